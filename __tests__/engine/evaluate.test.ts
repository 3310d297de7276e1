// One evaluation (SPEC §5): modes, result, overrides, rehearsal, demote, fail-closed errors of
// the evaluation itself, and shared facts. Runs with fake gate types (third argument), a temp
// workspace holding the policy, an explicit sha and a full ref, so no GitHub client is needed.
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { evaluate, type Environment, type Evaluation } from '../../src/engine/evaluate.js';
import { GateError, type EvalContext, type Mode, type Verdict } from '../../src/model/types.js';
import type { GateType } from '../../src/gates/types.js';
import type { Settings } from '../../src/inputs.js';
import type { GateReport } from '../../src/report/types.js';
import {
  environment,
  fakeGate,
  MATURITY_POLICY,
  NOW,
  POLICY_FILE,
  settings,
  SHA,
  tempWorkspace,
  type FakeGateBehaviour,
} from '../fixtures/policies.js';

interface GateSpec {
  type?: string;
  mode?: Mode;
  with?: Record<string, unknown>;
  overridable?: boolean;
}

/** A one-stage (GA, match v*) policy with the given gates, plus an optional stage for branches. */
function policy(gates: Record<string, GateSpec>, options: { reasonMinLength?: number } = {}): string {
  return stringify({
    version: 1,
    stages: {
      GA: {
        match: ['v*'],
        gates: Object.fromEntries(Object.entries(gates).map(([id, g]) => [id, g.mode ?? 'required'])),
      },
      DEV: {
        match: ['main'],
        gates: Object.fromEntries(Object.keys(gates).map((id) => [id, 'report_only'])),
      },
    },
    gates: Object.fromEntries(
      Object.entries(gates).map(([id, g]) => [
        id,
        {
          type: g.type ?? 'fake',
          ...(g.overridable ? { overridable: true } : {}),
          ...(g.with ? { with: g.with } : {}),
        },
      ]),
    ),
    ...(options.reasonMinLength ? { overrides: { reason_min_length: options.reasonMinLength } } : {}),
  });
}

async function run(
  policyText: string | null,
  gateTypes: readonly GateType[],
  settingsOverrides: Partial<Settings> = {},
  environmentOverrides: Partial<Environment> = {},
  files: Record<string, string> = {},
): Promise<Evaluation> {
  const workspace = await tempWorkspace({
    ...(policyText === null ? {} : { [POLICY_FILE]: policyText }),
    ...files,
  });
  try {
    return await evaluate(
      settings(settingsOverrides),
      environment(workspace.dir, environmentOverrides),
      gateTypes,
    );
  } finally {
    await workspace.cleanup();
  }
}

const FAKE = [fakeGate('fake')];
const gateById = (evaluation: Evaluation, id: string): GateReport => {
  const gate = evaluation.report.gates.find((g) => g.id === id);
  if (!gate) throw new Error(`no gate ${id} in the report`);
  return gate;
};

const blockingIds = (e: Evaluation) => e.report.blocking.map((b) => b.gate);
const warningIds = (e: Evaluation) => e.report.warnings.map((w) => w.gate);

describe('evaluate: a passing evaluation', () => {
  test('fills the report: target, stage and why, policy, gates, stats', async () => {
    const text = policy({ a: { with: { outcome: 'pass', code: 'A_OK' } }, b: { mode: 'report_only' } });
    const { report, policyIssues } = await run(text, FAKE);
    expect(policyIssues).toEqual([]);
    expect(report.error).toBeNull();
    expect(report.result).toBe('pass');
    expect(report).toMatchObject({
      schema_version: 1,
      repository: 'acme/widget',
      ref: 'refs/tags/v1.2.0',
      tag: 'v1.2.0',
      version: '1.2.0',
      sha: SHA,
      stage: 'GA',
      stage_reason: "ref 'v1.2.0' matched 'v*' of stage GA",
      rehearsal: false,
      timestamp: NOW.toISOString(),
      build_run_id: null,
      blocking: [],
      warnings: [],
      demote: false,
      overrides: [],
      run_url: 'https://github.com/acme/widget/actions/runs/777',
    });
    expect(report.policy.path).toBe(POLICY_FILE);
    expect(report.policy.source).toBe('workspace');
    expect(report.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    const bytes = Buffer.from(text, 'utf8');
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    expect(report.policy.files).toEqual([{ path: POLICY_FILE, blob_sha: blob }]);
    expect(report.gates.map((g) => [g.id, g.type, g.mode, g.status, g.code])).toEqual([
      ['a', 'fake', 'required', 'pass', 'A_OK'],
      ['b', 'fake', 'report_only', 'pass', 'FAKE_OK'],
    ]);
    for (const gate of report.gates) {
      expect(gate.links).toEqual([]);
      expect(Number.isInteger(gate.duration_ms) && gate.duration_ms >= 0).toBe(true);
    }
    expect(report.stats.api_requests).toBe(0);
  });

  test('gates keep the order of the stage', async () => {
    const { report } = await run(policy({ z: {}, a: {}, m: {} }), FAKE);
    expect(report.gates.map((g) => g.id)).toEqual(['z', 'a', 'm']);
  });

  test('a branch is evaluated with no tag, at its stage', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { ref: 'refs/heads/main' });
    expect(report).toMatchObject({ ref: 'refs/heads/main', tag: null, stage: 'DEV', result: 'pass' });
  });

  test('a pull request ref (the default github.ref on pull_request) with a sha evaluates at a named stage', async () => {
    // The graduation pull request runs with `stage: GRADUATION` and ref refs/pull/N/merge.
    const text =
      'version: 1\nstages:\n  GRADUATION:\n    gates: { a: required }\ngates:\n  a: { type: fake }\n';
    const { report } = await run(text, FAKE, { ref: 'refs/pull/42/merge', stage: 'GRADUATION' });
    expect(report.error).toBeNull();
    expect(report).toMatchObject({
      ref: 'refs/pull/42/merge',
      tag: null,
      sha: SHA,
      stage: 'GRADUATION',
      result: 'pass',
    });
  });

  test('onGate is called once per gate, skipped ones included', async () => {
    const seen: string[] = [];
    await run(
      policy({ a: {}, b: { mode: 'off' }, c: { mode: 'report_only' } }),
      FAKE,
      {},
      { onGate: (g) => seen.push(`${g.id}:${g.status}`) },
    );
    expect(seen.sort()).toEqual(['a:pass', 'b:skipped', 'c:pass']);
  });
});

describe('evaluate: the gate context', () => {
  test('collect and judge see the evaluation, not the environment', async () => {
    const contexts: EvalContext[] = [];
    const probe = fakeGate('fake', {
      collect: async (_p, ctx) => {
        contexts.push(ctx);
      },
    });
    await run(
      policy({ a: {} }),
      [probe],
      { buildRunId: 4242, baseTag: 'v1.1.0', rehearsal: true },
      { eventPullRequest: 12 },
    );
    const [ctx] = contexts;
    expect(ctx).toMatchObject({
      repository: { owner: 'acme', repo: 'widget' },
      ref: 'refs/tags/v1.2.0',
      refName: 'v1.2.0',
      tag: 'v1.2.0',
      version: '1.2.0',
      sha: SHA,
      buildRunId: 4242,
      baseTag: 'v1.1.0',
      runId: 777,
      eventPullRequest: 12,
      serverUrl: 'https://github.com',
      now: NOW,
      rehearsal: true,
    });
    expect(ctx!.expand('{repo}@{tag} run {build_run_id} since {base_tag}')).toBe(
      'acme/widget@v1.2.0 run 4242 since v1.1.0',
    );
  });

  test('templates in parameters are expanded before collect', async () => {
    const { report } = await run(policy({ a: { with: { text: '{owner}/{version}/{sha}' } } }), FAKE);
    expect(gateById({ report, policyIssues: [] }, 'a').details).toEqual({ seen: `acme/1.2.0/${SHA}` });
  });

  test('{tag} on a branch makes the gate error TEMPLATE_UNRESOLVED, which blocks when required', async () => {
    const text = policy({ a: { with: { text: 'Release blockers: {tag}' } } });
    const evaluation = await run(text, FAKE, { ref: 'refs/heads/main', stage: 'GA' });
    expect(gateById(evaluation, 'a')).toMatchObject({ status: 'error', code: 'TEMPLATE_UNRESOLVED' });
    expect(evaluation.report.result).toBe('fail');
    expect(blockingIds(evaluation)).toEqual(['a']);
  });

  test('on a branch, ctx.version is the ref name (as EvalContext documents), not an empty string', async () => {
    const versions: string[] = [];
    const probe = fakeGate('fake', {
      collect: async (_p, ctx) => {
        versions.push(ctx.version);
      },
    });
    await run(policy({ a: {} }), [probe], { ref: 'refs/heads/main' });
    expect(versions).toEqual(['main']);
  });
});

describe('evaluate: fail closed', () => {
  test('collect throwing → error GATE_CRASHED, blocking, result fail', async () => {
    const crashing = fakeGate('fake', {
      collect: async () => {
        throw new Error('socket hang up');
      },
    });
    const evaluation = await run(policy({ a: {} }), [crashing]);
    expect(gateById(evaluation, 'a')).toMatchObject({ status: 'error', code: 'GATE_CRASHED' });
    expect(gateById(evaluation, 'a').message).toContain('socket hang up');
    expect(evaluation.report.blocking).toEqual([
      { gate: 'a', code: 'GATE_CRASHED', message: gateById(evaluation, 'a').message },
    ]);
    expect(evaluation.report.result).toBe('fail');
    expect(evaluation.report.error).toBeNull();
  });

  test('a GateError keeps its code', async () => {
    const denied = fakeGate('fake', {
      collect: async () => {
        throw new GateError('PERMISSION_DENIED', 'The token lacks `checks: read`', {
          permission: 'checks: read',
        });
      },
    });
    const evaluation = await run(policy({ a: {} }), [denied]);
    expect(gateById(evaluation, 'a')).toMatchObject({
      status: 'error',
      code: 'PERMISSION_DENIED',
      details: { permission: 'checks: read' },
    });
  });

  test('a malformed verdict is INVALID_VERDICT and blocks', async () => {
    const sloppy = fakeGate('fake', {
      judge: () => ({ status: 'passed', code: 'OK', message: 'fine' }) as unknown as Verdict,
    });
    const evaluation = await run(policy({ a: {} }), [sloppy]);
    expect(gateById(evaluation, 'a')).toMatchObject({ status: 'error', code: 'INVALID_VERDICT' });
    expect(evaluation.report.result).toBe('fail');
  });

  test('one crashing gate does not stop the others', async () => {
    const types = [
      fakeGate('fake'),
      fakeGate('crash', {
        collect: async () => {
          throw new Error('x');
        },
      }),
    ];
    const evaluation = await run(policy({ a: {}, b: { type: 'crash', mode: 'report_only' }, c: {} }), types);
    expect(evaluation.report.gates.map((g) => g.status)).toEqual(['pass', 'error', 'pass']);
    expect(evaluation.report.result).toBe('pass');
    expect(warningIds(evaluation)).toEqual(['b']);
  });
});

describe('evaluate: modes and the result', () => {
  const statuses = ['pass', 'fail', 'error'] as const;
  const modes: Mode[] = ['required', 'report_only', 'off'];

  test('every mode × status: required fail/error blocks, report_only fail/error warns, off is skipped', async () => {
    const collected: string[] = [];
    const counting = fakeGate('fake', {
      collect: async (params) => {
        collected.push(String(params.code));
      },
    });
    const gates: Record<string, GateSpec> = {};
    for (const mode of modes)
      for (const status of statuses)
        gates[`${mode}_${status}`] = {
          mode,
          with: { outcome: status, code: `C_${mode}_${status}`.toUpperCase() },
        };
    const evaluation = await run(policy(gates), [counting]);
    expect(blockingIds(evaluation)).toEqual(['required_fail', 'required_error']);
    expect(warningIds(evaluation)).toEqual(['report_only_fail', 'report_only_error']);
    expect(evaluation.report.result).toBe('fail');
    for (const status of statuses) {
      expect(gateById(evaluation, `off_${status}`)).toMatchObject({
        status: 'skipped',
        mode: 'off',
        code: 'SKIPPED',
      });
      expect(gateById(evaluation, `required_${status}`).status).toBe(status);
      expect(gateById(evaluation, `report_only_${status}`).status).toBe(status);
    }
    // An `off` gate is not evaluated at all.
    expect(collected.filter((c) => c.startsWith('C_OFF'))).toEqual([]);
    expect(collected).toHaveLength(6);
  });

  test('blocking entries carry the gate, its code and its message', async () => {
    const evaluation = await run(policy({ a: { with: { outcome: 'fail', code: 'NOT_GREEN' } } }), FAKE);
    expect(evaluation.report.blocking).toEqual([{ gate: 'a', code: 'NOT_GREEN', message: 'fake fail' }]);
  });

  test.each([
    [['pass', 'pass'], 'pass'],
    [['fail', 'pass'], 'fail'],
    [['pass', 'error'], 'fail'],
  ] as const)('required gates %j → %s', async (outcomes, result) => {
    const gates = Object.fromEntries(outcomes.map((o, i) => [`g${i}`, { with: { outcome: o } }]));
    expect((await run(policy(gates), FAKE)).report.result).toBe(result);
  });

  test('result is pass when only report-only gates fail or error and off gates would fail', async () => {
    const gates: Record<string, GateSpec> = {
      ok: { with: { outcome: 'pass' } },
      warnFail: { mode: 'report_only', with: { outcome: 'fail' } },
      warnError: { mode: 'report_only', with: { outcome: 'error', code: 'BROKEN' } },
      skipped: { mode: 'off', with: { outcome: 'fail' } },
    };
    const evaluation = await run(policy(gates), FAKE);
    expect(evaluation.report.result).toBe('pass');
    expect(blockingIds(evaluation)).toEqual([]);
    expect(warningIds(evaluation)).toEqual(['warnFail', 'warnError']);
  });

  test('a stage with no gates passes', async () => {
    const text = 'version: 1\nstages:\n  GA:\n    match: ["v*"]\n    gates: {}\ngates: {}\n';
    const { report } = await run(text, FAKE);
    expect(report.result).toBe('pass');
    expect(report.gates).toEqual([]);
  });
});

describe('evaluate: demote', () => {
  test('a verdict with demote sets demote, also in report-only mode', async () => {
    const budget = fakeGate('budget', {
      judge: () => ({
        status: 'fail',
        code: 'BUDGET_EXCEEDED',
        message: '2 failures in the latest 5 runs',
        demote: true,
      }),
    });
    const evaluation = await run(policy({ rollback: { type: 'budget', mode: 'report_only' }, a: {} }), [
      budget,
      fakeGate('fake'),
    ]);
    expect(evaluation.report.demote).toBe(true);
    expect(evaluation.report.result).toBe('pass');
  });

  test('no demote without a verdict asking for it; an off gate never demotes', async () => {
    const budget = fakeGate('budget', {
      judge: () => ({ status: 'fail', code: 'BUDGET_EXCEEDED', message: 'x', demote: true }),
    });
    expect((await run(policy({ a: { with: { outcome: 'fail' } } }), FAKE)).report.demote).toBe(false);
    expect((await run(policy({ r: { type: 'budget', mode: 'off' } }), [budget])).report.demote).toBe(false);
  });
});

describe('evaluate: overrides (break glass)', () => {
  const REASON = 'Hotfix for CVE-2026-1234, approved by SRE on call';
  const failing = { overridable: true, with: { outcome: 'fail', code: 'FROZEN' } } as const;

  test('an overridable failing gate is overridden, recorded with actor, reason and time, and does not block', async () => {
    const evaluation = await run(policy({ freeze: failing, a: {} }), FAKE, {
      overrideFreeze: true,
      overrideReason: REASON,
    });
    const gate = gateById(evaluation, 'freeze');
    expect(gate).toMatchObject({ status: 'overridden', code: 'OVERRIDDEN' });
    expect(gate.message).toContain('octocat');
    expect(gate.message).toContain(REASON);
    expect(gate.message).toContain('FROZEN');
    expect(gate.details).toMatchObject({ overridden: { code: 'FROZEN', message: 'fake fail' } });
    expect(evaluation.report.overrides).toEqual([
      { gate: 'freeze', actor: 'octocat', reason: REASON, at: NOW.toISOString() },
    ]);
    expect(evaluation.report.result).toBe('pass');
    expect(blockingIds(evaluation)).toEqual([]);
    expect(warningIds(evaluation)).toEqual([]);
  });

  test('a gate not marked overridable is not overridden', async () => {
    const evaluation = await run(policy({ a: { with: { outcome: 'fail' } } }), FAKE, {
      overrideFreeze: true,
      overrideReason: REASON,
    });
    expect(gateById(evaluation, 'a').status).toBe('fail');
    expect(evaluation.report.overrides).toEqual([]);
    expect(evaluation.report.result).toBe('fail');
  });

  test('an error is never overridden, even on an overridable gate', async () => {
    const evaluation = await run(
      policy({ freeze: { overridable: true, with: { outcome: 'error', code: 'INVALID_NOW' } } }),
      FAKE,
      {
        overrideFreeze: true,
        overrideReason: REASON,
      },
    );
    expect(gateById(evaluation, 'freeze')).toMatchObject({ status: 'error', code: 'INVALID_NOW' });
    expect(evaluation.report.overrides).toEqual([]);
    expect(evaluation.report.result).toBe('fail');
  });

  test('a passing overridable gate is left alone and records nothing', async () => {
    const evaluation = await run(policy({ freeze: { overridable: true } }), FAKE, {
      overrideFreeze: true,
      overrideReason: REASON,
    });
    expect(gateById(evaluation, 'freeze').status).toBe('pass');
    expect(evaluation.report.overrides).toEqual([]);
  });

  test('without override_freeze nothing is overridden, even with a reason', async () => {
    const evaluation = await run(policy({ freeze: failing }), FAKE, {
      overrideFreeze: false,
      overrideReason: REASON,
    });
    expect(gateById(evaluation, 'freeze').status).toBe('fail');
    expect(evaluation.report.result).toBe('fail');
  });

  test('a reason shorter than overrides.reason_min_length is an evaluation error; no gate runs', async () => {
    let ran = false;
    const probe = fakeGate('fake', {
      collect: async () => {
        ran = true;
      },
    });
    const evaluation = await run(policy({ freeze: failing }), [probe], {
      overrideFreeze: true,
      overrideReason: 'x'.repeat(19),
    });
    expect(evaluation.report.error).toMatchObject({ code: 'OVERRIDE_REASON_TOO_SHORT' });
    expect(evaluation.report.error!.message).toContain('19 characters');
    expect(evaluation.report.error!.message).toContain('at least 20');
    expect(evaluation.report.result).toBe('fail');
    expect(evaluation.report.gates).toEqual([]);
    expect(evaluation.report.overrides).toEqual([]);
    expect(ran).toBe(false);
  });

  test('a reason of exactly the minimum length is enough; the policy sets the minimum', async () => {
    const exact = await run(policy({ freeze: failing }), FAKE, {
      overrideFreeze: true,
      overrideReason: 'x'.repeat(20),
    });
    expect(gateById(exact, 'freeze').status).toBe('overridden');

    const custom = await run(policy({ freeze: failing }, { reasonMinLength: 50 }), FAKE, {
      overrideFreeze: true,
      overrideReason: REASON,
    });
    expect(custom.report.error).toMatchObject({ code: 'OVERRIDE_REASON_TOO_SHORT' });
    expect(custom.report.error!.message).toContain('at least 50');
  });

  test('an overridden gate in report-only mode is not a warning', async () => {
    const evaluation = await run(policy({ freeze: { ...failing, mode: 'report_only' } }), FAKE, {
      overrideFreeze: true,
      overrideReason: REASON,
    });
    expect(gateById(evaluation, 'freeze').status).toBe('overridden');
    expect(warningIds(evaluation)).toEqual([]);
  });
});

describe('evaluate: rehearsal', () => {
  const freezeLike = (behaviour: FakeGateBehaviour = {}) =>
    fakeGate('freeze_like', { blocksInRehearsal: false, ...behaviour });

  test('a gate type with blocksInRehearsal: false shows its fail but does not block a rehearsal', async () => {
    const evaluation = await run(
      policy({ freeze: { type: 'freeze_like', with: { outcome: 'fail', code: 'FROZEN' } } }),
      [freezeLike()],
      {
        rehearsal: true,
      },
    );
    const gate = gateById(evaluation, 'freeze');
    expect(gate).toMatchObject({ status: 'fail', code: 'FROZEN', mode: 'required' });
    expect(gate.details).toHaveProperty('rehearsal');
    expect(blockingIds(evaluation)).toEqual([]);
    expect(evaluation.report.result).toBe('pass');
    expect(evaluation.report.rehearsal).toBe(true);
  });

  test('the same gate blocks when it is not a rehearsal', async () => {
    const evaluation = await run(
      policy({ freeze: { type: 'freeze_like', with: { outcome: 'fail', code: 'FROZEN' } } }),
      [freezeLike()],
    );
    expect(blockingIds(evaluation)).toEqual(['freeze']);
    expect(evaluation.report.result).toBe('fail');
    expect(gateById(evaluation, 'freeze').details).not.toHaveProperty('rehearsal');
  });

  test('other gate types still block a rehearsal', async () => {
    const evaluation = await run(
      policy({
        freeze: { type: 'freeze_like', with: { outcome: 'fail' } },
        checks: { with: { outcome: 'fail', code: 'CHECKS_FAILED' } },
      }),
      [freezeLike(), fakeGate('fake')],
      { rehearsal: true },
    );
    expect(blockingIds(evaluation)).toEqual(['checks']);
    expect(evaluation.report.result).toBe('fail');
  });

  test('the real freeze_window gate does not block a rehearsal on a frozen Saturday, and blocks live', async () => {
    const saturday = new Date('2026-03-07T18:00:00Z');
    const rehearsal = await run(
      MATURITY_POLICY,
      undefined as unknown as GateType[],
      { rehearsal: true, stage: 'GA' },
      { now: saturday },
      {
        'dist/release/verify.json': '{"ok": true}',
      },
    );
    // The default registry (third argument omitted) is used when undefined is passed.
    expect(gateById(rehearsal, 'release_freeze')).toMatchObject({ status: 'fail', code: 'FROZEN' });
    expect(blockingIds(rehearsal)).not.toContain('release_freeze');

    const live = await run(
      MATURITY_POLICY,
      undefined as unknown as GateType[],
      { stage: 'GA' },
      { now: saturday },
      {
        'dist/release/verify.json': '{"ok": true}',
      },
    );
    expect(blockingIds(live)).toContain('release_freeze');
  });
});

describe('evaluate: the evaluation itself fails closed', () => {
  test('a missing policy file is POLICY_NOT_FOUND, result fail, with the path in the message', async () => {
    const { report, policyIssues } = await run(null, FAKE);
    expect(report.error).toMatchObject({ code: 'POLICY_NOT_FOUND' });
    expect(report.error!.message).toContain(`'${POLICY_FILE}'`);
    expect(report.result).toBe('fail');
    expect(report.gates).toEqual([]);
    expect(report.stage).toBeNull();
    expect(policyIssues).toEqual([]);
  });

  test('a policy path leaving the workspace is refused, result fail', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { policy: '../../etc/release-gates.yml' });
    expect(report.result).toBe('fail');
    expect(report.error).not.toBeNull();
    expect(report.error!.code).not.toBe('EVALUATION_CRASHED');
  });

  test('an invalid policy is POLICY_INVALID with positioned policyIssues', async () => {
    const text = policy({ a: { with: { outcome: 'maybe' } } });
    const { report, policyIssues } = await run(text, FAKE);
    expect(report.error).toMatchObject({ code: 'POLICY_INVALID' });
    expect(report.error!.message).toContain('The policy is invalid');
    expect(report.result).toBe('fail');
    expect(policyIssues).toHaveLength(1);
    expect(policyIssues[0]).toMatchObject({
      file: POLICY_FILE,
      line: text.split('\n').findIndex((l) => l.includes('maybe')) + 1,
    });
    expect(report.error!.message).toContain(`${POLICY_FILE}:${policyIssues[0]!.line}:`);
  });

  test('a YAML syntax error is POLICY_INVALID too', async () => {
    const { report, policyIssues } = await run('version: 1\nstages: {\n', FAKE);
    expect(report.error!.code).toBe('POLICY_INVALID');
    expect(policyIssues.length).toBeGreaterThan(0);
  });

  test('an unknown stage is STAGE_UNKNOWN with SPEC’s message', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { stage: 'GAA' });
    expect(report.error).toEqual({
      code: 'STAGE_UNKNOWN',
      message: "Invalid stage 'GAA'. Expected auto or one of: GA, DEV.",
    });
    expect(report.result).toBe('fail');
  });

  test('a stage named like an Object.prototype member is STAGE_UNKNOWN, not a crash', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { stage: 'constructor' });
    expect(report.error).toMatchObject({ code: 'STAGE_UNKNOWN' });
  });

  test('a ref no stage matches is STAGE_NO_MATCH naming the ref', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { ref: 'refs/heads/feature/x' });
    expect(report.error).toMatchObject({ code: 'STAGE_NO_MATCH' });
    expect(report.error!.message).toContain("'feature/x'");
    expect(report.ref).toBe('refs/heads/feature/x');
  });

  test('no repository is NO_REPOSITORY', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, {}, { repository: null });
    expect(report.error).toMatchObject({ code: 'NO_REPOSITORY' });
    expect(report.result).toBe('fail');
  });

  test('without a sha, resolving the ref needs the API: no token is NO_TOKEN, never a pass', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { sha: null });
    expect(report.error).toMatchObject({ code: 'NO_TOKEN' });
    expect(report.result).toBe('fail');
  });

  test('a short ref with a sha still asks the API whether it is a tag or a branch', async () => {
    const { report } = await run(policy({ a: {} }), FAKE, { ref: 'v1.2.0' });
    expect(report.error).toMatchObject({ code: 'NO_TOKEN' });
  });

  test('a crash outside any gate (onGate throwing) is EVALUATION_CRASHED with a report', async () => {
    const { report } = await run(
      policy({ a: {} }),
      FAKE,
      {},
      {
        onGate: () => {
          throw new Error('terminal closed');
        },
      },
    );
    expect(report.error).toMatchObject({ code: 'EVALUATION_CRASHED' });
    expect(report.error!.message).toContain('terminal closed');
    expect(report.result).toBe('fail');
  });
});

describe('evaluate: shared facts', () => {
  test('two gates needing the same fact cause one load (FactStore.memo)', async () => {
    let loads = 0;
    const history = fakeGate('history', {
      collect: (_params, _ctx, facts) =>
        facts.memo('runs(ci.yml, main, push)', async () => {
          loads++;
          await new Promise((resolve) => setTimeout(resolve, 5));
          return ['run-1', 'run-2'];
        }),
      judge: (_params, facts) => ({ status: 'pass', code: 'SEEN', message: (facts as string[]).join(',') }),
    });
    const evaluation = await run(
      policy({ streak: { type: 'history' }, budget: { type: 'history', mode: 'report_only' } }),
      [history],
    );
    expect(loads).toBe(1);
    expect(evaluation.report.gates.map((g) => g.message)).toEqual(['run-1,run-2', 'run-1,run-2']);
  });

  test('a failed shared load makes every gate that needs it error', async () => {
    let loads = 0;
    const history = fakeGate('history', {
      collect: (_params, _ctx, facts) =>
        facts.memo('runs', async () => {
          loads++;
          throw new GateError('API_ERROR', 'GitHub failed (502)');
        }),
    });
    const evaluation = await run(policy({ a: { type: 'history' }, b: { type: 'history' } }), [history]);
    expect(loads).toBe(1);
    expect(evaluation.report.gates.map((g) => [g.status, g.code])).toEqual([
      ['error', 'API_ERROR'],
      ['error', 'API_ERROR'],
    ]);
  });

  test('each evaluation has its own fact store', async () => {
    let loads = 0;
    const history = fakeGate('history', {
      collect: (_params, _ctx, facts) =>
        facts.memo('k', async () => {
          loads++;
        }),
    });
    const types = [history];
    await run(policy({ a: { type: 'history' } }), types);
    await run(policy({ a: { type: 'history' } }), types);
    expect(loads).toBe(2);
  });
});

describe('evaluate: the real evidence and secrets_present gates', () => {
  const text = [
    'version: 1',
    'stages:',
    '  GA:',
    '    match: ["v*"]',
    '    gates: { verify: required, credentials: required }',
    'gates:',
    '  verify:',
    '    type: evidence',
    '    with: { path: "dist/{tag}/verify.json" }',
    '  credentials:',
    '    type: secrets_present',
    '    with: { env: [{ name: PYPI_API_TOKEN, prefix: "pypi-" }, CARGO_REGISTRY_TOKEN] }',
    '',
  ].join('\n');
  const SECRET = 'pypi-AgEIcHlwaS5vcmcCJDk4ZTVhNjQ2';
  const CARGO = 'cio_Zm9vYmFyYmF6cXV4';

  test('evidence at a templated path and present secrets pass', async () => {
    const evaluation = await run(
      text,
      undefined as unknown as GateType[],
      {},
      { env: { PYPI_API_TOKEN: SECRET, CARGO_REGISTRY_TOKEN: CARGO } },
      { 'dist/v1.2.0/verify.json': JSON.stringify({ ok: true }) },
    );
    expect(evaluation.report.gates.map((g) => [g.id, g.status, g.code])).toEqual([
      ['verify', 'pass', 'EVIDENCE_OK'],
      ['credentials', 'pass', 'SECRETS_PRESENT'],
    ]);
    expect(evaluation.report.result).toBe('pass');
    expect(JSON.stringify(evaluation.report)).not.toContain(SECRET);
    expect(JSON.stringify(evaluation.report)).not.toContain(CARGO);
  });

  test('a wrong prefix and a failing evidence block, and no secret value reaches the report', async () => {
    const wrong = 'ghp_ThisIsTheRealTokenValue123';
    const evaluation = await run(
      text,
      undefined as unknown as GateType[],
      {},
      { env: { PYPI_API_TOKEN: wrong, CARGO_REGISTRY_TOKEN: CARGO } },
      {
        'dist/v1.2.0/verify.json': JSON.stringify({
          ok: 'true',
          code: 'TRACES_MISSING',
          message: 'No traces from eu-west',
        }),
      },
    );
    expect(evaluation.report.blocking).toEqual([
      { gate: 'verify', code: 'TRACES_MISSING', message: 'No traces from eu-west' },
      { gate: 'credentials', code: 'SECRET_FORMAT', message: "PYPI_API_TOKEN does not start with 'pypi-'." },
    ]);
    const written = JSON.stringify(evaluation);
    expect(written).not.toContain(wrong);
    expect(written).not.toContain(CARGO);
  });
});
