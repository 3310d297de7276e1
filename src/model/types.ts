// The vocabulary shared by every layer: the policy, the engine, the gates, the facts, the GitHub edge and the reports. Imports nothing from src/.

export type Mode = 'required' | 'report_only' | 'off';
export const MODES: readonly Mode[] = ['required', 'report_only', 'off'];

/** Permissions on a repository a policy may require of whoever breaks glass, least first. */
export type OverridePermission = 'none' | 'write' | 'maintain' | 'admin';
export const OVERRIDE_PERMISSIONS: readonly OverridePermission[] = ['none', 'write', 'maintain', 'admin'];

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
  /**
   * Files whose sha256 this gate verified itself (hashed, or matched against a digest it
   * checked): they become the subjects of the evaluation's verification summary.
   */
  verifiedSubjects?: VerifiedSubject[];
}

/** A file and the sha256 an evaluation verified for it. */
export interface VerifiedSubject {
  name: string;
  /** 64 lowercase hex. */
  sha256: string;
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
  /**
   * Tells the edge what a gate is waiting for while it polls (pending checks), with the time
   * left; the action logs it, the command line shows it on a terminal. Optional: a gate that
   * waits must work without it.
   */
  reportWait?(message: string, remainingMs: number): void;
  /** Expands `{tag}`, `{version}`, ... in a policy string. */
  expand(template: string): string;
  /**
   * The policy under evaluation, for gates that judge the policy itself (policy_drift). Set
   * by evaluate.ts; absent elsewhere (a gate needing it must then fail closed).
   */
  policy?: PolicyUnderEvaluation;
  /**
   * What the policy trusts as the release build run, gathered by the engine from the gate
   * types that declare it (build_provenance's workflow, events and dispatch_from;
   * release_metadata's artifact). Every gate reading the build's outputs holds the run to
   * these rules. Absent: the defaults.
   */
  buildRunPolicy?: BuildRunPolicy;
}

/** The parts of the policy that say which build run is trusted; each part optional. */
export interface BuildRunPolicy {
  /** Workflow file name under .github/workflows/. */
  workflow?: string;
  events?: readonly string[];
  /** Branches a workflow_dispatch build may run on; absent: the default branch. */
  dispatchFrom?: readonly string[];
  /** Where the build's release metadata is. */
  metadata?: { artifact: string; file: string; maxBytes: number };
}

/** The effective policy of this evaluation, and a way to load its copy at another ref. */
export interface PolicyUnderEvaluation {
  /** The normalized effective policy (extends merged, defaults filled): what `sha256` hashes. */
  effective: unknown;
  sha256: string;
  /** `workspace` or `api@REF`. */
  source: string;
  /** Path of the top-level policy file. */
  path: string;
  /** Every file that made it up, with blob shas. */
  files: { path: string; blob_sha: string }[];
  /**
   * Loads the file at `path` from `ref` of this repository through the API, with its extends
   * chain, exactly as `policy_ref` would; null when the file does not exist there. Throws
   * PolicyError when it does not validate.
   */
  loadAtRef(
    ref: string,
  ): Promise<{ policy: unknown; sha256: string; files: { path: string; blob_sha: string }[] } | null>;
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
