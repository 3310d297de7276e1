// policy_drift: the policy being evaluated must be the one the baseline ref holds. Whoever can
// push a tag can commit a weaker policy with it; this gate compares the effective policy
// (extends merged, defaults filled, normalized) with the same file at `baseline_ref` (the
// default branch unless given), read through the API with its own extends chain, and lists
// every change in words. With `lock`, a workspace file pinning the sha256 of the normalized
// policy (the report's `policy.sha256`) must match too.
//
// Fail closed: a baseline that does not exist is BASELINE_MISSING (fail), one that does not
// load is BASELINE_INVALID (error), a lock that is missing or unreadable is an error.
import { GateError, type Verdict } from '../model/types.js';
import { defaultBranchOf } from '../facts/compare.js';
import { readWorkspaceFile } from '../facts/workspace.js';
import { diffPolicies, type PolicyChange } from '../policy/diff.js';
import { canonicalJson } from '../policy/normalize.js';
import { PolicyError } from '../policy/types.js';
import type { PolicyFileRecord } from '../report/types.js';
import type { GateType } from './types.js';

export interface PolicyDriftParams {
  baseline_ref?: string;
  lock?: string;
}

export interface PolicyDriftFacts {
  /** The policy under evaluation. */
  evaluated: { policy: unknown; sha256: string; source: string; path: string; files: PolicyFileRecord[] };
  baselineRef: string;
  /** The same file at the baseline ref, loaded the same way; null when it does not exist there. */
  baseline: { policy: unknown; sha256: string; files: PolicyFileRecord[] } | null;
  /** The lock file, when the policy names one: its text, or null when it does not exist. */
  lock: { path: string; text: string | null } | null;
}

const LOCK_MAX_BYTES = 64 * 1024;
/** Changes listed in the one-line message; details hold them all. */
const MESSAGE_LIMIT = 10;

export const policyDriftGate: GateType<PolicyDriftParams, PolicyDriftFacts> = {
  type: 'policy_drift',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      baseline_ref: {
        description:
          'Branch, tag or commit whose copy of the policy file (same path, with its extends chain) the evaluated policy must equal. Default: the default branch.',
        type: 'string',
        minLength: 1,
      },
      lock: {
        description:
          "Workspace file holding the sha256 of the normalized policy (as in the report's policy.sha256); it must match.",
        type: 'string',
        minLength: 1,
      },
    },
  },
  async collect(params, ctx, facts) {
    const policy = ctx.policy;
    if (!policy) {
      throw new GateError(
        'POLICY_UNAVAILABLE',
        'The evaluated policy was not passed to this gate, so drift cannot be checked.',
      );
    }
    // Asked before the memo below: a memoized load must not wait on another memoized load.
    const baselineRef = params.baseline_ref ?? (await defaultBranchOf(facts, ctx.repository));
    const [baseline, lock] = await Promise.all([
      facts.memo(`policy-at-ref:${policy.path}@${baselineRef}`, async () => {
        try {
          return await policy.loadAtRef(baselineRef);
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
          throw new GateError(
            'BASELINE_INVALID',
            `The baseline policy '${policy.path}' at ${baselineRef} does not load, so drift cannot be judged: ${error.message.split('\n').slice(0, 5).join('; ')}`,
            { baseline_ref: baselineRef, issues: error.issues },
          );
        }
      }),
      params.lock === undefined
        ? Promise.resolve(null)
        : readWorkspaceFile(facts, params.lock, LOCK_MAX_BYTES).then((file) => {
            if (file.kind === 'too_large')
              throw new GateError(
                'LOCK_INVALID',
                `Lock file '${params.lock}' is ${file.size} bytes; it should hold one sha256.`,
              );
            return { path: params.lock!, text: file.kind === 'ok' ? file.text : null };
          }),
    ]);
    return {
      evaluated: {
        policy: policy.effective,
        sha256: policy.sha256,
        source: policy.source,
        path: policy.path,
        files: policy.files,
      },
      baselineRef,
      baseline: baseline && { policy: baseline.policy, sha256: baseline.sha256, files: baseline.files },
      lock,
    };
  },
  judge: judgePolicyDrift,
};

/** The sha256 a lock file pins: the first word of its first line that is not a comment. */
export function parseLock(text: string): string | null {
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'));
  const word = line
    ?.split(/\s+/)[0]
    ?.replace(/^sha256:/i, '')
    .toLowerCase();
  return word && /^[0-9a-f]{64}$/.test(word) ? word : null;
}

export function judgePolicyDrift(params: PolicyDriftParams, facts: PolicyDriftFacts): Verdict {
  const { evaluated, baselineRef, baseline, lock } = facts;
  const details: Record<string, unknown> = {
    path: evaluated.path,
    baseline_ref: baselineRef,
    evaluated: { source: evaluated.source, sha256: evaluated.sha256, files: evaluated.files },
  };
  if (!baseline) {
    return {
      status: 'fail',
      code: 'BASELINE_MISSING',
      message: `Policy file '${evaluated.path}' does not exist at ${baselineRef}, so there is no baseline to compare with: commit it there, or fix baseline_ref.`,
      details,
    };
  }
  details.baseline = { sha256: baseline.sha256, files: baseline.files };
  const changes = diffPolicies(baseline.policy, evaluated.policy);
  // The canonical text decides; the list of changes explains.
  const drifted = canonicalJson(baseline.policy) !== canonicalJson(evaluated.policy);
  details.changes = changes.map(describeChange);

  let lockProblem: Verdict | null = null;
  let lockMismatch: string | null = null;
  if (lock) {
    const pinned = lock.text === null ? null : parseLock(lock.text);
    details.lock = { path: lock.path, pinned, actual: evaluated.sha256 };
    if (lock.text === null) {
      lockProblem = {
        status: 'error',
        code: 'LOCK_MISSING',
        message: `Lock file '${lock.path}' does not exist in the workspace; it must hold the policy's sha256 (${evaluated.sha256}).`,
        details,
      };
    } else if (pinned === null) {
      lockProblem = {
        status: 'error',
        code: 'LOCK_INVALID',
        message: `Lock file '${lock.path}' holds no sha256 (64 hex digits on its first line that is not a # comment).`,
        details,
      };
    } else if (pinned !== evaluated.sha256) {
      lockMismatch = `lock file '${lock.path}' pins sha256 ${pinned}, but the effective policy's is ${evaluated.sha256}`;
    }
  }

  if (drifted || lockMismatch) {
    const parts: string[] = [];
    if (drifted) {
      const listed = changes.slice(0, MESSAGE_LIMIT).map((c) => c.text);
      if (changes.length > MESSAGE_LIMIT) listed.push(`… and ${changes.length - MESSAGE_LIMIT} more`);
      if (listed.length === 0) listed.push(`sha256 ${baseline.sha256} → ${evaluated.sha256}`);
      const n = changes.length || 1;
      parts.push(
        `Policy '${evaluated.path}' (${evaluated.source}) differs from ${baselineRef} (${n} change${n === 1 ? '' : 's'}): ${listed.join('; ')}`,
      );
    }
    if (lockMismatch) parts.push(drifted ? lockMismatch : capitalize(lockMismatch));
    if (lockProblem) parts.push(lockProblem.message.replace(/\.$/, ''));
    return { status: 'fail', code: 'POLICY_DRIFT', message: `${parts.join('; ')}.`, details };
  }
  if (lockProblem) return lockProblem;
  return {
    status: 'pass',
    code: 'NO_DRIFT',
    message: `Policy '${evaluated.path}' (${evaluated.source}) equals its copy at ${baselineRef} (sha256 ${evaluated.sha256.slice(0, 12)})${lock ? `, and matches lock file '${lock.path}'` : ''}.`,
    details,
  };
}

function describeChange(change: PolicyChange): Record<string, unknown> {
  return {
    path: change.path,
    kind: change.kind,
    ...(change.kind !== 'added' ? { before: change.before } : {}),
    ...(change.kind !== 'removed' ? { after: change.after } : {}),
    text: change.text,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
