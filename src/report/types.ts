import type { GateStatus, Link, Mode, VerifiedSubject } from '../model/types.js';

/** One gate's line in the report (`gates[]` of maturity-eval.json). */
export interface GateReport {
  id: string;
  type: string;
  description?: string;
  mode: Mode;
  status: GateStatus;
  code: string;
  message: string;
  details: Record<string, unknown>;
  links: Link[];
  duration_ms: number;
  /** Files whose sha256 the gate verified (the verdict's `verifiedSubjects`). */
  verified_subjects?: VerifiedSubject[];
}

export interface BlockingEntry {
  gate: string;
  code: string;
  message: string;
}

export interface OverrideRecord {
  gate: string;
  actor: string;
  reason: string;
  /** ISO time of the evaluation that applied the override. */
  at: string;
}

/** An override the policy refused (overrides.allowed_actors, overrides.min_permission). */
export interface RefusedOverride extends OverrideRecord {
  /** Why this actor may not: not listed, too little permission, or it could not be read. */
  why: string;
  /** Who may, in words. */
  who_may: string;
}

export interface PolicyFileRecord {
  /** `path` for a workspace file, or `owner/repo/path@ref` for a file read through the API. */
  path: string;
  /** Git blob sha of the file's bytes. */
  blob_sha: string;
}

/** maturity-eval.json, validated by schemas/report.schema.json. */
export interface EvaluationReport {
  schema_version: 1;
  tool: { name: 'release-gates'; version: string };
  repository: string;
  ref: string;
  tag: string | null;
  version: string;
  sha: string;
  stage: string | null;
  stage_reason: string;
  rehearsal: boolean;
  timestamp: string;
  policy: {
    path: string;
    /** `workspace` or `api@REF` (policy_ref). */
    source: string;
    /** sha256 of the normalized effective policy. */
    sha256: string | null;
    files: PolicyFileRecord[];
  };
  build_run_id: number | null;
  result: 'pass' | 'fail';
  blocking: BlockingEntry[];
  warnings: BlockingEntry[];
  demote: boolean;
  overrides: OverrideRecord[];
  /** Overrides asked for by someone the policy does not allow: the gates stayed failed. */
  refused_overrides?: RefusedOverride[];
  gates: GateReport[];
  /** Set when the evaluation itself could not complete (bad policy, crash): the reason. */
  error?: { code: string; message: string } | null;
  stats: { api_requests: number; duration_ms: number };
  /** Link to the workflow run that produced the report, when known. */
  run_url?: string | null;
}
