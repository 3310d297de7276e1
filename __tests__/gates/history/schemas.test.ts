// The four gates' parameter schemas: accepted by Ajv's strict mode, self-contained, closed to
// unknown keys, defaults declared; and the windows-graduation example's gates load through them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  failureBudgetGate,
  resolveBudget,
  type FailureBudgetParams,
} from '../../../src/gates/failure-budget.js';
import { jobsSucceededGate } from '../../../src/gates/jobs-succeeded.js';
import { GATE_TYPES } from '../../../src/gates/registry.js';
import { runStreakGate } from '../../../src/gates/run-streak.js';
import type { GateType } from '../../../src/gates/types.js';
import { workflowGreenGate } from '../../../src/gates/workflow-green.js';
import { createAjv } from '../../../src/policy/ajv.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { renderPolicyReference } from '../../../src/policy/reference.js';
import { buildPolicySchema } from '../../../src/policy/schema.js';
import { PolicyError } from '../../../src/policy/types.js';
import { parse, stringify } from 'yaml';

const GATES = [
  runStreakGate,
  failureBudgetGate,
  workflowGreenGate,
  jobsSucceededGate,
] as unknown as GateType[];

function validate(
  gate: GateType,
  params: Record<string, unknown>,
): { ok: boolean; value: Record<string, unknown>; errors: string[] } {
  const check = createAjv({ useDefaults: true }).compile(gate.paramsSchema);
  const value = structuredClone(params);
  const ok = check(value);
  return { ok, value, errors: (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
}

describe.each(GATES.map((g) => [g.type, g] as const))('%s parameters', (_type, gate) => {
  it('compile under strict Ajv, with and without defaults', () => {
    expect(() => createAjv().compile(gate.paramsSchema)).not.toThrow();
    expect(() => createAjv({ useDefaults: true }).compile(gate.paramsSchema)).not.toThrow();
  });

  it('are self-contained and closed', () => {
    expect(JSON.stringify(gate.paramsSchema)).not.toContain('$ref');
    expect(gate.paramsSchema.additionalProperties).toBe(false);
  });

  it('are registered', () => {
    expect(GATE_TYPES.map((g) => g.type)).toContain(gate.type);
  });
});

describe('the policy schema with every registered gate', () => {
  it('compiles under strict Ajv, and its reference documents count and count_from', () => {
    const schema = buildPolicySchema(GATE_TYPES);
    expect(() => createAjv().compile(schema)).not.toThrow();
    const reference = renderPolicyReference(schema);
    expect(reference).toContain('run_streak');
    expect(reference).toContain('count_from');
  });
});

describe('run_streak parameters', () => {
  const base = { workflow: 'ci.yml', job: 'windows smoke' };

  it('fill defaults: event push, max_runs 200, reruns count; the branch stays absent (the default branch)', () => {
    expect(validate(runStreakGate as unknown as GateType, { ...base, count: 10 }).value).toEqual({
      ...base,
      count: 10,
      event: 'push',
      max_runs: 200,
      reruns: 'count',
    });
  });

  it('take event as a string or a list of distinct names, never an empty one', () => {
    const gate = runStreakGate as unknown as GateType;
    expect(validate(gate, { ...base, count: 1, event: ['push', 'schedule'] }).ok).toBe(true);
    expect(validate(gate, { ...base, count: 1, event: [] }).ok).toBe(false);
    expect(validate(gate, { ...base, count: 1, event: ['push', 'push'] }).ok).toBe(false);
    expect(validate(gate, { ...base, count: 1, event: [''] }).ok).toBe(false);
    expect(validate(gate, { ...base, count: 1, event: '' }).ok).toBe(false);
  });

  it('take reruns count or refuse, and a positive min_span_hours', () => {
    const gate = runStreakGate as unknown as GateType;
    expect(validate(gate, { ...base, count: 1, reruns: 'refuse', min_span_hours: 72 }).ok).toBe(true);
    expect(validate(gate, { ...base, count: 1, reruns: 'ignore' }).ok).toBe(false);
    expect(validate(gate, { ...base, count: 1, min_span_hours: 0 }).ok).toBe(false);
    expect(validate(gate, { ...base, count: 1, min_span_hours: '72' }).ok).toBe(false);
  });

  it('take exactly one of count and count_from', () => {
    const gate = runStreakGate as unknown as GateType;
    expect(validate(gate, { ...base, count: 10 }).ok).toBe(true);
    expect(validate(gate, { ...base, count_from: { file: '.github/workflows/ci.yml', env: 'N' } }).ok).toBe(
      true,
    );
    expect(validate(gate, base).ok).toBe(false);
    expect(
      validate(gate, { ...base, count: 10, count_from: { file: '.github/workflows/ci.yml', env: 'N' } }).ok,
    ).toBe(false);
    expect(validate(gate, { ...base, count: 0 }).ok).toBe(false);
    expect(validate(gate, { ...base, count_from: { file: 'ci.yml' } }).ok).toBe(false);
  });

  it('refuse a workflow given by its display name instead of its file', () => {
    expect(validate(runStreakGate as unknown as GateType, { ...base, workflow: 'CI', count: 1 }).ok).toBe(
      false,
    );
  });

  it('refuse a count above max_runs', () => {
    expect(() =>
      runStreakGate.checkParams!({ ...base, event: 'push', count: 300, max_runs: 200, reruns: 'count' }),
    ).toThrow(/count 300 is more than max_runs 200/);
  });
});

describe('defaults of the other gates', () => {
  it('failure_budget: event push; window and max_failures left for the gate (5 and 1), so window_from and demote_at can stand in', () => {
    const value = validate(failureBudgetGate as unknown as GateType, { workflow: 'ci.yml', job: 'x' }).value;
    expect(value).toEqual({ workflow: 'ci.yml', job: 'x', event: 'push' });
    expect(resolveBudget(value as unknown as FailureBudgetParams)).toMatchObject({
      ok: true,
      window: 5,
      maxFailures: 1,
    });
  });

  it('workflow_green: require latest; only latest or any', () => {
    const gate = workflowGreenGate as unknown as GateType;
    expect(validate(gate, { workflow: 'ci.yml' }).value).toEqual({ workflow: 'ci.yml', require: 'latest' });
    expect(validate(gate, { workflow: 'ci.yml', require: 'all' }).ok).toBe(false);
  });

  it('jobs_succeeded: steps default to none; at least one job', () => {
    const gate = jobsSucceededGate as unknown as GateType;
    expect(validate(gate, { workflow: 'ci.yml', jobs: [{ name: 'a' }] }).value).toEqual({
      workflow: 'ci.yml',
      jobs: [{ name: 'a', steps: [] }],
    });
    expect(validate(gate, { workflow: 'ci.yml', jobs: [] }).ok).toBe(false);
    expect(validate(gate, { workflow: 'ci.yml', jobs: [{ name: 'a', step: ['x'] }] }).ok).toBe(false);
  });
});

describe('failure_budget numbers given twice', () => {
  const policy = (withText: string): string => `version: 1
stages:
  MAIN: { match: ["**"], gates: { rollback: required } }
gates:
  rollback:
    type: failure_budget
    with: { workflow: ci.yml, job: windows smoke, ${withText} }
`;
  const load = (withText: string) =>
    loadPolicy({ text: policy(withText), file: 'release-gates.yml' }, GATES, { source: 'workspace' });

  it('is a validation error naming the file and the keys that clash', async () => {
    const error = await load('max_failures: 1, demote_at: 2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toContain('release-gates.yml');
    expect((error as PolicyError).message).toContain('not max_failures and demote_at');
    const twice = await load(
      'window: 5, window_from: { file: .github/workflows/ci.yml, env: WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS }',
    ).catch((e: unknown) => e);
    expect((twice as PolicyError).message).toContain('window or window_from, not both');
  });

  it('loads demote_at alone, or both numbers from the workflow file', async () => {
    await expect(load('demote_at: 2, window: 5')).resolves.toBeDefined();
    await expect(
      load(
        'window_from: { file: .github/workflows/ci.yml, env: W }, demote_at_from: { file: .github/workflows/ci.yml, env: F }',
      ),
    ).resolves.toBeDefined();
  });
});

describe('the windows-graduation example', () => {
  const example = readFileSync(
    path.resolve(import.meta.dirname, '../../../examples/windows-graduation.yml'),
    'utf8',
  );

  it('loads its history and smoke gates through these schemas', async () => {
    // Keep only the gates these four types cover, so the test does not depend on the others.
    const ours = new Set(GATES.map((g) => g.type));
    const doc = parse(example) as {
      stages: Record<string, { gates: Record<string, string> }>;
      gates: Record<string, { type: string }>;
    };
    for (const [id, gate] of Object.entries(doc.gates)) {
      if (ours.has(gate.type)) continue;
      delete doc.gates[id];
      for (const stage of Object.values(doc.stages)) delete stage.gates[id];
    }
    const text = stringify(doc);
    try {
      const loaded = await loadPolicy({ text, file: 'windows-graduation.yml' }, GATES, {
        source: 'workspace',
      });
      expect(Object.values(loaded.policy.gates).every((g) => ours.has(g.type))).toBe(true);
      expect(loaded.policy.gates.windows_reliability!.with).toEqual({
        workflow: 'ci.yml',
        job: 'windows smoke',
        branch: 'main',
        event: ['push', 'schedule'],
        max_runs: 200,
        reruns: 'count',
        count_from: { file: '.github/workflows/ci.yml', env: 'WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS' },
      });
      expect(loaded.policy.gates.windows_rollback!.with).toEqual({
        workflow: 'ci.yml',
        job: 'windows smoke',
        branch: 'main',
        event: ['push', 'schedule'],
        demote_at_from: { file: '.github/workflows/ci.yml', env: 'WINDOWS_SMOKE_ROLLBACK_FAILURES' },
        window_from: { file: '.github/workflows/ci.yml', env: 'WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS' },
      });
    } catch (error) {
      if (error instanceof PolicyError) throw new Error(error.message);
      throw error;
    }
  });
});
