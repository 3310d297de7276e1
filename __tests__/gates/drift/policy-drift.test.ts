// policy_drift: every code from plain facts (judge), and collect with a stand-in for the
// engine's policy (ctx.policy) and the default-branch lookup.
import { GateError } from '../../../src/model/types.js';
import { GATE_TYPES } from '../../../src/gates/registry.js';
import {
  judgePolicyDrift,
  parseLock,
  policyDriftGate,
  type PolicyDriftFacts,
} from '../../../src/gates/policy-drift.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { PolicyError } from '../../../src/policy/types.js';
import { tempWorkspace } from '../../fixtures/policies.js';
import { context, factStore, fakeGitHub, type PolicyUnderEvaluation } from './fakes.js';

const POLICY = `version: 1
stages:
  GA:
    match: ["v*"]
    gates: { deps_approval: required, drift: required }
gates:
  deps_approval:
    type: sbom_licenses
    with: { allow: [MIT, Apache-2.0] }
  drift:
    type: policy_drift
  windows_reliability:
    type: run_streak
    with: { workflow: ci.yml, job: windows smoke, count: 10 }
`;

const load = (text: string, file = '.github/release-gates.yml', source = 'workspace') =>
  loadPolicy({ text, file }, GATE_TYPES, { source });

async function driftFacts(
  evaluatedText: string,
  baselineText: string | null,
  lock: PolicyDriftFacts['lock'] = null,
): Promise<PolicyDriftFacts> {
  const evaluated = await load(evaluatedText);
  const baseline = baselineText === null ? null : await load(baselineText, evaluated.path, 'api@main');
  return {
    evaluated: {
      policy: evaluated.policy,
      sha256: evaluated.sha256,
      source: evaluated.source,
      path: evaluated.path,
      files: evaluated.files,
    },
    baselineRef: 'main',
    baseline: baseline && { policy: baseline.policy, sha256: baseline.sha256, files: baseline.files },
    lock,
  };
}

const WEAKENED = POLICY.replace('deps_approval: required', 'deps_approval: report_only')
  .replace('count: 10', 'count: 3')
  .replace('  drift:\n', '  x:\n    type: evidence\n    with: { path: x.json }\n  drift:\n');

describe('judgePolicyDrift', () => {
  test('NO_DRIFT: comments, key order and spelled-out defaults are not changes', async () => {
    const rewritten = `# reordered, with defaults written out
gates:
  windows_reliability: { type: run_streak, overridable: false, with: { count: 10, job: windows smoke, workflow: ci.yml } }
  drift: { type: policy_drift, with: {} }
  deps_approval:
    type: sbom_licenses
    with: { allow: [MIT, Apache-2.0], deny: [], fail_on_unknown: true, source: dependency_graph }
stages:
  GA: { gates: { drift: required, deps_approval: required }, match: ["v*"] }
version: 1
overrides: { reason_min_length: 20 }
`;
    const facts = await driftFacts(rewritten, POLICY);
    expect(facts.evaluated.sha256).toBe(facts.baseline!.sha256);
    const verdict = judgePolicyDrift({}, facts);
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'NO_DRIFT',
      message: `Policy '.github/release-gates.yml' (workspace) equals its copy at main (sha256 ${facts.evaluated.sha256.slice(0, 12)}).`,
    });
    expect(verdict.details).toMatchObject({ baseline_ref: 'main', changes: [] });
  });

  test('POLICY_DRIFT lists each change in words', async () => {
    const verdict = judgePolicyDrift({}, await driftFacts(WEAKENED, POLICY));
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'POLICY_DRIFT',
      message:
        "Policy '.github/release-gates.yml' (workspace) differs from main (3 changes): " +
        'GA.deps_approval: required → report_only; gates.windows_reliability.with.count: 10 → 3; gates.x: added.',
    });
    expect(verdict.details!.changes).toEqual([
      {
        path: 'GA.deps_approval',
        kind: 'changed',
        before: 'required',
        after: 'report_only',
        text: 'GA.deps_approval: required → report_only',
      },
      {
        path: 'gates.windows_reliability.with.count',
        kind: 'changed',
        before: 10,
        after: 3,
        text: 'gates.windows_reliability.with.count: 10 → 3',
      },
      expect.objectContaining({ path: 'gates.x', kind: 'added', text: 'gates.x: added' }),
    ]);
  });

  test('a gate removed from a stage, and many changes: ten in the message, all in details', async () => {
    const removed = POLICY.replace('{ deps_approval: required, drift: required }', '{ drift: required }');
    expect(judgePolicyDrift({}, await driftFacts(removed, POLICY)).message).toContain(
      'GA.deps_approval: removed (was required)',
    );
    const many = Array.from(
      { length: 12 },
      (_, i) => `  extra${i}:\n    type: evidence\n    with: { path: e${i}.json }\n`,
    );
    const verdict = judgePolicyDrift({}, await driftFacts(`${POLICY}${many.join('')}`, POLICY));
    expect(verdict.message).toMatch(/\(12 changes\): .*; … and 2 more\.$/);
    expect(verdict.details!.changes).toHaveLength(12);
  });

  test('BASELINE_MISSING fails closed', async () => {
    expect(judgePolicyDrift({}, await driftFacts(POLICY, null))).toMatchObject({
      status: 'fail',
      code: 'BASELINE_MISSING',
      message:
        "Policy file '.github/release-gates.yml' does not exist at main, so there is no baseline to compare with: commit it there, or fix baseline_ref.",
    });
  });

  describe('lock', () => {
    test('a matching lock passes; the sha256 may be prefixed and followed by a name', async () => {
      const facts = await driftFacts(POLICY, POLICY);
      const lock = {
        path: '.github/release-gates.lock',
        text: `# pinned\nsha256:${facts.evaluated.sha256}  policy\n`,
      };
      expect(judgePolicyDrift({ lock: lock.path }, { ...facts, lock })).toMatchObject({
        code: 'NO_DRIFT',
        message: expect.stringContaining("and matches lock file '.github/release-gates.lock'"),
      });
    });

    test('a mismatch is POLICY_DRIFT naming both hashes', async () => {
      const facts = await driftFacts(POLICY, POLICY);
      const pinned = 'a'.repeat(64);
      const verdict = judgePolicyDrift({ lock: 'l' }, { ...facts, lock: { path: 'l', text: `${pinned}\n` } });
      expect(verdict).toMatchObject({
        status: 'fail',
        code: 'POLICY_DRIFT',
        message: `Lock file 'l' pins sha256 ${pinned}, but the effective policy's is ${facts.evaluated.sha256}.`,
        details: { lock: { path: 'l', pinned, actual: facts.evaluated.sha256 } },
      });
    });

    test('drift and a lock mismatch are both named', async () => {
      const facts = await driftFacts(WEAKENED, POLICY, { path: 'l', text: 'b'.repeat(64) });
      expect(judgePolicyDrift({ lock: 'l' }, facts).message).toMatch(
        /differs from main \(3 changes\): .*; lock file 'l' pins sha256 b{64}, but the effective policy's is [0-9a-f]{64}\.$/,
      );
    });

    test('a missing or unreadable lock is an error, never a pass', async () => {
      const facts = await driftFacts(POLICY, POLICY);
      expect(judgePolicyDrift({ lock: 'l' }, { ...facts, lock: { path: 'l', text: null } })).toMatchObject({
        status: 'error',
        code: 'LOCK_MISSING',
      });
      expect(
        judgePolicyDrift({ lock: 'l' }, { ...facts, lock: { path: 'l', text: 'not a hash\n' } }),
      ).toMatchObject({
        status: 'error',
        code: 'LOCK_INVALID',
      });
      // Drift found anyway is the finding.
      const drifted = await driftFacts(WEAKENED, POLICY, { path: 'l', text: null });
      expect(judgePolicyDrift({ lock: 'l' }, drifted)).toMatchObject({
        status: 'fail',
        code: 'POLICY_DRIFT',
        message: expect.stringContaining("Lock file 'l' does not exist in the workspace"),
      });
    });

    test('parseLock', () => {
      const hash = 'C'.repeat(64);
      expect(parseLock(`\uFEFF\n# c\n  ${hash}\n`)).toBe('c'.repeat(64));
      expect(parseLock('sha256:xyz')).toBeNull();
      expect(parseLock('')).toBeNull();
      expect(parseLock(`${hash}0`)).toBeNull();
    });
  });
});

describe('collect', () => {
  function policyContext(
    loadAtRef: PolicyUnderEvaluation['loadAtRef'],
    effective: unknown = { version: 1 },
  ): PolicyUnderEvaluation {
    return {
      effective,
      sha256: 'e'.repeat(64),
      source: 'workspace',
      path: '.github/release-gates.yml',
      files: [{ path: '.github/release-gates.yml', blob_sha: 'f'.repeat(40) }],
      loadAtRef,
    };
  }

  test('the baseline is the default branch unless given, loaded once per ref', async () => {
    const { github, calls } = fakeGitHub({ defaultBranch: 'trunk' });
    const asked: string[] = [];
    const policy = policyContext(async (ref) => {
      asked.push(ref);
      return { policy: { version: 1 }, sha256: 'e'.repeat(64), files: [] };
    });
    const store = factStore(github);
    const ctx = context({ policy });
    const [a, b] = await Promise.all([
      policyDriftGate.collect({}, ctx, store),
      policyDriftGate.collect({}, ctx, store),
    ]);
    expect(a.baselineRef).toBe('trunk');
    expect(b.baseline).toEqual(a.baseline);
    expect(calls).toEqual(['GET /repos/{owner}/{repo}']);
    const given = await policyDriftGate.collect({ baseline_ref: 'v1.1.0' }, ctx, store);
    expect(given.baselineRef).toBe('v1.1.0');
    expect(asked).toEqual(['trunk', 'v1.1.0']);
    expect(judgePolicyDrift({}, a).code).toBe('NO_DRIFT');
  });

  test('a baseline that does not exist is BASELINE_MISSING', async () => {
    const facts = await policyDriftGate.collect(
      { baseline_ref: 'main' },
      context({ policy: policyContext(async () => null) }),
      factStore(null),
    );
    expect(judgePolicyDrift({}, facts).code).toBe('BASELINE_MISSING');
  });

  test('a baseline that does not load is BASELINE_INVALID, quoting the positions', async () => {
    const invalid = new PolicyError([{ file: 'acme/org/base.yml@v3', line: 4, col: 7, message: 'boom' }]);
    const error = await policyDriftGate
      .collect(
        { baseline_ref: 'main' },
        context({ policy: policyContext(() => Promise.reject(invalid)) }),
        factStore(null),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect(error).toMatchObject({
      code: 'BASELINE_INVALID',
      message: expect.stringContaining('acme/org/base.yml@v3:4:7 boom'),
    });
  });

  test('without the policy from the engine it fails closed', async () => {
    await expect(
      policyDriftGate.collect({ baseline_ref: 'main' }, context(), factStore(null)),
    ).rejects.toMatchObject({
      code: 'POLICY_UNAVAILABLE',
    });
  });

  test('the lock file is read from the workspace; absent is reported, not thrown', async () => {
    const ws = await tempWorkspace({ '.github/policy.lock': `${'e'.repeat(64)}\n` });
    try {
      const ctx = context({
        policy: policyContext(async () => ({ policy: { version: 1 }, sha256: 'e'.repeat(64), files: [] })),
      });
      const store = factStore(null, ws.dir);
      const found = await policyDriftGate.collect(
        { baseline_ref: 'main', lock: '.github/policy.lock' },
        ctx,
        store,
      );
      expect(found.lock).toEqual({ path: '.github/policy.lock', text: `${'e'.repeat(64)}\n` });
      expect(judgePolicyDrift({ lock: '.github/policy.lock' }, found).code).toBe('NO_DRIFT');
      const absent = await policyDriftGate.collect({ baseline_ref: 'main', lock: 'none.lock' }, ctx, store);
      expect(absent.lock).toEqual({ path: 'none.lock', text: null });
      await expect(
        policyDriftGate.collect({ baseline_ref: 'main', lock: '../outside' }, ctx, store),
      ).rejects.toMatchObject({
        code: 'INVALID_PARAMS',
      });
    } finally {
      await ws.cleanup();
    }
  });
});
