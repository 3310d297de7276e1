// The bundled action with gates that need no GitHub data, run as the runner runs it, on
// every Node the bundle must support. The commit is given (full ref + sha), so no API call
// is needed; the API URL points at a closed port to prove it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NODES, ROOT, runAction, type ActionRun } from './harness.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const SECRET = 'pypi-Sup3rS3cretValue-do-not-print';

const POLICY = `
version: 1
stages:
  PILOT:
    match: [main]
    gates: { verify: report_only, creds: report_only }
  GA:
    match: ["v*"]
    gates: { verify: required, creds: required, release_freeze: required }
  QUIET:
    gates: { verify: off, creds: required }
gates:
  verify:
    type: evidence
    with: { path: dist/release/verify.json }
  creds:
    type: secrets_present
    with: { env: [{ name: PYPI_API_TOKEN, prefix: "pypi-" }] }
  release_freeze:
    type: freeze_window
    overridable: true
    with:
      timezone: America/Denver
      windows:
        - { name: Weekend, weekly: { days: [SAT, SUN], start: "00:00", end: "24:00" } }
overrides:
  reason_min_length: 20
`;

const WEEKDAY = '2026-11-18T17:00:00Z'; // a Wednesday
const SATURDAY = '2026-11-21T17:00:00Z';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
(addFormats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validateReport = ajv.compile(schema);

function run(
  options: {
    ref?: string;
    now?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
    files?: Record<string, string>;
    node?: string;
  } = {},
): Promise<ActionRun> {
  return runAction({
    node: options.node,
    inputs: { ref: options.ref ?? 'refs/tags/v1.2.0', sha: SHA, ...(options.inputs ?? {}) },
    env: { RELEASE_GATES_NOW: options.now ?? WEEKDAY, PYPI_API_TOKEN: SECRET, ...(options.env ?? {}) },
    files: {
      '.github/release-gates.yml': POLICY,
      'dist/release/verify.json': '{"ok": true}',
      ...(options.files ?? {}),
    },
  });
}

function expectValidReport(result: ActionRun): void {
  expect(result.report).not.toBeNull();
  const valid = validateReport(result.report);
  expect(validateReport.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

function expectNoSecret(result: ActionRun): void {
  for (const text of [
    result.stdout,
    result.stderr,
    result.summary,
    result.reportMd ?? '',
    JSON.stringify(result.report),
  ]) {
    expect(text).not.toContain(SECRET);
  }
}

// CI names the versions it proves (.ci/run: 20 and 24; each leg of ci.yml: its own); a
// laptop runs the bundle on the Node it has.
test('the bundle runs on every Node version CI requires (RELEASE_GATES_REQUIRE_NODES)', () => {
  const required = (process.env.RELEASE_GATES_REQUIRE_NODES ?? '').split(/[\s,]+/).filter(Boolean);
  const names = NODES.map((n) => n.name);
  for (const major of required) expect(names).toContain(`node ${major}`);
  for (const name of names) expect(Number(name.replace('node ', ''))).toBeGreaterThanOrEqual(20);
});

describe.each(NODES)('the bundled action on $name', ({ bin }) => {
  test('all required gates pass: exit 0, outputs, both reports and the summary', async () => {
    const result = await run({ node: bin });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      result: 'pass',
      stage: 'GA',
      blocking: '[]',
      warnings: '[]',
      demote: 'false',
    });
    expect(JSON.parse(result.outputs.gates!)).toEqual({
      verify: 'pass',
      creds: 'pass',
      release_freeze: 'pass',
    });
    expect(result.outputs.report_json).toBe(path.join(result.workspace, 'dist/maturity/maturity-eval.json'));
    expect(result.outputs.report_md).toBe(path.join(result.workspace, 'dist/maturity/maturity-eval.md'));
    expectValidReport(result);
    expect(result.report).toMatchObject({
      result: 'pass',
      stage: 'GA',
      tag: 'v1.2.0',
      version: '1.2.0',
      sha: SHA,
      ref: 'refs/tags/v1.2.0',
    });
    expect(result.report!.stage_reason).toBe("ref 'v1.2.0' matched 'v*' of stage GA");
    expect(result.summary).toContain('✅ PASS');
    expect(result.summary).toBe(result.reportMd);
    expect(result.stdout).toContain('::notice::Report upload skipped: no artifact service');
    expect(result.report!.stats.api_requests).toBe(0);
    expectNoSecret(result);
  });

  test('a required gate that fails blocks: exit 1, an error annotation per blocking gate', async () => {
    const result = await run({
      node: bin,
      files: {
        'dist/release/verify.json': '{"ok": false, "code": "SLO_MISSED", "message": "p99 over budget"}',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(JSON.parse(result.outputs.blocking!)).toEqual(['verify']);
    expect(result.report!.blocking).toEqual([
      { gate: 'verify', code: 'SLO_MISSED', message: 'p99 over budget' },
    ]);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'p99 over budget',
      'Blocked by verify.',
    ]);
    expect(result.summary).toContain('❌ BLOCKED');
    expectValidReport(result);
    expectNoSecret(result);
  });
});

describe('modes, overrides and rehearsal through the bundle', () => {
  test('report_only failures are warnings: exit 0 with a warning annotation', async () => {
    const result = await run({
      ref: 'refs/heads/main',
      env: { PYPI_API_TOKEN: '' },
      files: { 'dist/release/verify.json': '{"ok": "true"}' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect(JSON.parse(result.outputs.warnings!)).toEqual(['verify', 'creds']);
    expect(result.annotations.filter((a) => a.level === 'warning')).toHaveLength(2);
    expect(result.report!.gates.map((g) => [g.id, g.status, g.code])).toEqual([
      ['verify', 'fail', 'EVIDENCE_FAILED'],
      ['creds', 'fail', 'MISSING_SECRET'],
    ]);
    expectValidReport(result);
  });

  test('mode off skips the gate; an explicit stage is used by name', async () => {
    const result = await run({
      inputs: { stage: 'QUIET' },
      files: { 'dist/release/verify.json': 'not json' },
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.gates!)).toEqual({ verify: 'skipped', creds: 'pass' });
    expect(result.report!.stage_reason).toBe('stage QUIET was requested by name');
  });

  test('a freeze blocks a live run on a Saturday', async () => {
    const result = await run({ now: SATURDAY });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs.blocking!)).toEqual(['release_freeze']);
    expect(result.report!.gates.find((g) => g.id === 'release_freeze')!.code).toBe('FROZEN');
  });

  test('break glass with a long enough reason: overridden, recorded, passes', async () => {
    const reason = 'Security fix for CVE-2026-1234, approved by the release lead';
    const result = await run({ now: SATURDAY, inputs: { override_freeze: 'true', override_reason: reason } });
    expect(result.exitCode).toBe(0);
    const gate = result.report!.gates.find((g) => g.id === 'release_freeze')!;
    expect(gate.status).toBe('overridden');
    expect(gate.code).toBe('OVERRIDDEN');
    expect(result.report!.overrides).toEqual([
      { gate: 'release_freeze', actor: 'release-captain', reason, at: '2026-11-21T17:00:00.000Z' },
    ]);
    expect(result.summary).toContain('Overrides');
    expectValidReport(result);
  });

  test('break glass with a short reason fails before any gate runs', async () => {
    const result = await run({
      now: SATURDAY,
      inputs: { override_freeze: 'true', override_reason: 'urgent' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error).toEqual({
      code: 'OVERRIDE_REASON_TOO_SHORT',
      message: expect.stringContaining('at least 20'),
    });
    expect(result.report!.gates).toEqual([]);
    expectValidReport(result);
  });

  test('a rehearsal is not blocked by a freeze and says REHEARSAL', async () => {
    const result = await run({ now: SATURDAY, inputs: { rehearsal: 'true' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('pass');
    expect(JSON.parse(result.outputs.warnings!)).toEqual(['release_freeze']);
    expect(result.report!.rehearsal).toBe(true);
    expect(result.summary).toContain('REHEARSAL');
  });

  test('fail_on_blocking: false reports fail but exits 0', async () => {
    const result = await run({ now: SATURDAY, inputs: { fail_on_blocking: 'false' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('fail');
  });

  test('summary: false leaves the job summary empty but still writes the reports', async () => {
    const result = await run({ inputs: { summary: 'false', report_dir: 'out/reports' } });
    expect(result.summary).toBe('');
    expect(result.outputs.report_json).toBe(path.join(result.workspace, 'out/reports/maturity-eval.json'));
    expect(result.report!.result).toBe('pass');
  });
});

describe('configuration errors fail the step and still write reports and outputs', () => {
  test('an invalid input quotes the value and names what is accepted', async () => {
    const result = await run({ inputs: { build_run_id: 'latest' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.report!.error).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining("Invalid build_run_id 'latest'"),
    });
    expect(result.stdout).toContain("::error::INVALID_INPUT: Invalid build_run_id 'latest'");
    expectValidReport(result);
  });

  test('an unknown stage lists the stages of the policy', async () => {
    const result = await run({ inputs: { stage: 'GAA' } });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.message).toBe(
      "Invalid stage 'GAA'. Expected auto or one of: PILOT, GA, QUIET.",
    );
  });

  test('an invalid policy is annotated on its line, with fail_on_blocking false too', async () => {
    const broken = POLICY.replace(
      'creds: required, release_freeze',
      'creds: required, signoff: required, release_freeze',
    );
    const result = await run({
      inputs: { fail_on_blocking: 'false' },
      files: { '.github/release-gates.yml': broken },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.code).toBe('POLICY_INVALID');
    const annotation = result.annotations.find((a) =>
      a.properties.includes('file=.github/release-gates.yml'),
    );
    expect(annotation).toBeDefined();
    expect(annotation!.properties).toContain('line=9');
    expect(annotation!.message).toContain("Stage 'GA' uses gate 'signoff', which is not defined under gates");
    expectValidReport(result);
  });

  test('a missing policy file says how to fix it', async () => {
    const result = await run({ inputs: { policy: 'nope.yml' } });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.code).toBe('POLICY_NOT_FOUND');
    expect(result.report!.error!.message).toContain('actions/checkout');
  });

  test('an invalid RELEASE_GATES_NOW is an input error', async () => {
    const result = await run({ now: 'next tuesday' });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.code).toBe('INVALID_INPUT');
  });

  test('without a token and without a sha, the ref cannot be resolved: fail, never pass', async () => {
    const result = await runAction({
      inputs: { ref: 'refs/tags/v1.2.0', token: '' },
      env: { RELEASE_GATES_NOW: WEEKDAY, PYPI_API_TOKEN: SECRET },
      files: { '.github/release-gates.yml': POLICY, 'dist/release/verify.json': '{"ok": true}' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.code).toBe('NO_TOKEN');
  });

  test('an unreachable API ends in an error naming the request, within bounded time', async () => {
    const result = await runAction({
      inputs: { ref: 'refs/tags/v1.2.0' },
      env: { RELEASE_GATES_NOW: WEEKDAY },
      files: { '.github/release-gates.yml': POLICY },
    });
    expect(result.exitCode).toBe(1);
    expect(result.report!.error!.code).toBe('API_ERROR');
    expect(result.report!.error!.message).toContain("ref 'refs/tags/v1.2.0'");
  });
});
