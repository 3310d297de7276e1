import type { GateDefinition, OverridePermission, SourcePosition, StageDefinition } from '../model/types.js';
import type { PolicyFileRecord } from '../report/types.js';

export interface Policy {
  version: 1;
  extends?: string;
  stages: Record<string, StageDefinition>;
  gates: Record<string, GateDefinition>;
  overrides: OverrideRules;
}

/** Break-glass settings; who may is absent when the policy does not restrict it. */
export interface OverrideRules {
  reason_min_length: number;
  allowed_actors?: string[];
  min_permission?: OverridePermission;
}

/** A policy ready to evaluate, with where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  /** Path of the top-level policy file as given. */
  path: string;
  /** `workspace`, or `api@REF` when read through the API (policy_ref). */
  source: string;
  /** Every file that made up the effective policy, top-level first. */
  files: PolicyFileRecord[];
  /** sha256 of the normalized effective policy (comments and key order do not matter). */
  sha256: string;
}

export interface PolicyIssue extends SourcePosition {
  message: string;
}

/** A policy that cannot be used; carries every problem found, each with its position. */
export class PolicyError extends Error {
  constructor(readonly issues: PolicyIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'PolicyError';
  }
}

export function formatIssue(issue: PolicyIssue): string {
  return `${issue.file}:${issue.line}:${issue.col} ${issue.message}`;
}
