// The vocabulary shared by the policy, the engine, the gates and the reports.

export type Mode = 'required' | 'report_only' | 'off';
export const MODES: readonly Mode[] = ['required', 'report_only', 'off'];

/** Final status of a gate in the report. */
export type GateStatus = 'pass' | 'fail' | 'error' | 'overridden' | 'skipped';

export interface Link {
  title: string;
  url: string;
}

/** What a gate's judge decides. `error` means the gate could not be evaluated. */
export interface Verdict {
  status: 'pass' | 'fail' | 'error';
  /** UPPER_SNAKE code, e.g. STREAK_MET. */
  code: string;
  /** One line a person can act on. */
  message: string;
  details?: Record<string, unknown>;
  links?: Link[];
  /** Set by failure_budget when the budget is exceeded: the rollback trigger. */
  demote?: boolean;
}

/** Position of a node in a policy file, 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

/** A gate as declared in the policy (`gates.<id>`). */
export interface GateDefinition {
  id: string;
  type: string;
  description?: string;
  overridable: boolean;
  with: Record<string, unknown>;
}

export interface StageDefinition {
  name: string;
  description?: string;
  match?: string[];
  gates: Record<string, Mode>;
}

export interface Repository {
  owner: string;
  repo: string;
}

/**
 * Everything a gate may know about the evaluation besides its facts. Built once by the
 * engine; gates never read the environment or the clock themselves.
 */
export interface EvalContext {
  repository: Repository;
  /** Full ref, e.g. refs/tags/v1.2.0 or refs/heads/main. */
  ref: string;
  /** Short ref name, e.g. v1.2.0 or main. */
  refName: string;
  /** The tag when the ref is a tag, else null. */
  tag: string | null;
  /** The tag without a leading `v`; the ref name when it is not a tag. */
  version: string;
  /** The commit under evaluation. Empty only when it could not be resolved. */
  sha: string;
  buildRunId: number | null;
  baseTag: string | null;
  /** The workflow run executing this evaluation (GITHUB_RUN_ID), if any. */
  runId: number | null;
  /** The pull request of the triggering event, if any. */
  eventPullRequest: number | null;
  /** Web URL of the server, for links (GITHUB_SERVER_URL). */
  serverUrl: string;
  now: Date;
  rehearsal: boolean;
  /** Expands `{tag}`, `{version}`, ... in a policy string. */
  expand(template: string): string;
}

/** A raised gate error that carries its own code (e.g. a permission problem). */
export class GateError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GateError';
  }
}
