// The history and commit-CI gates (run_streak, failure_budget, workflow_green, jobs_succeeded)
// through the bundled action against the local GitHub emulator: the windows-graduation
// example's PREVIEW gates end to end, every code of the four gates, and how few API requests
// a 100-run history costs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  makeJob,
  makeRuns,
  shaOf,
  startEmulator,
  type Emulator,
  type JobSpec,
  type RunSpec,
  type Scenario,
} from '../../test/emulator/index.js';
import { NODES, ROOT, runAction, type ActionRun } from './harness.js';

const SHA = shaOf('release candidate');
const CI_FILE = '.github/workflows/ci.yml';
const OUR_TYPES = new Set(['run_streak', 'failure_budget', 'workflow_green', 'jobs_succeeded']);

/** The graduation example (examples/), keeping the gates of these four types (the others belong to other suites). */
function graduationPolicy(): string {
  const text = readFileSync(path.join(ROOT, 'examples', 'windows-graduation.yml'), 'utf8');
  const doc = parse(text) as {
    stages: Record<string, { gates: Record<string, string> }>;
    gates: Record<string, { type: string }>;
  };
  for (const [id, gate] of Object.entries(doc.gates)) {
    if (OUR_TYPES.has(gate.type)) continue;
    delete doc.gates[id];
    for (const stage of Object.values(doc.stages)) delete stage.gates[id];
  }
  return stringify(doc);
}

const ciWorkflow = (promoteAfter: number | string): string => `name: CI
on: [push, pull_request]
env:
  WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: ${promoteAfter}
  WINDOWS_SMOKE_ROLLBACK_FAILURES: "2"
  WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: "5"
jobs:
  windows-smoke:
    name: windows smoke
    runs-on: windows-latest
    steps: [{ run: plasmite.exe --version }]
`;

const smoke = (conclusion: JobSpec['conclusion'], extra: Partial<JobSpec> = {}): JobSpec =>
  makeJob('windows smoke', conclusion, { steps: ['plasmite.exe --version', 'pool roundtrip'], ...extra });

/**
 * `pattern`, newest first, one letter per run: S success, F failure, k skipped, c cancelled
 * (the job), x the job absent; then `padding` older green runs. The newest run is the commit
 * under evaluation, with the node smoke job beside windows smoke.
 */
function history(pattern: string, padding = 0): RunSpec[] {
  const letters = [...pattern, ...'S'.repeat(padding)];
  const conclusion = { S: 'success', F: 'failure', k: 'skipped', c: 'cancelled' } as const;
  return makeRuns(letters.length, (index) => {
    const letter = letters[index]!;
    const jobs = [
      makeJob('lint'),
      ...(letter === 'x' ? [] : [smoke(conclusion[letter as keyof typeof conclusion])]),
      ...(index === 0 ? [makeJob('node remote-only smoke')] : []),
    ];
    return {
      jobs,
      conclusion: letter === 'F' ? 'failure' : 'success',
      ...(index === 0 ? { head_sha: SHA } : {}),
    };
  });
}

function scenario(runs: RunSpec[], extra: Partial<Scenario> = {}): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    files: { [SHA]: { [CI_FILE]: ciWorkflow(10) } },
    runs,
    ...extra,
  };
}

interface Evaluated {
  result: ActionRun;
  gates: Record<string, { status: string; code: string; message: string; details: Record<string, unknown> }>;
  apiRequests: number;
  /** The API requests as `METHOD path?query` (GraphQL: `POST /graphql operation`). */
  requestLog: string[];
}

async function evaluate(
  world: Scenario,
  policy = graduationPolicy(),
  options: { node?: string; inputs?: Record<string, string> } = {},
): Promise<Evaluated> {
  const emulator: Emulator = await startEmulator(world);
  try {
    const result = await runAction({
      apiUrl: emulator.url,
      node: options.node,
      // A full ref with its sha: the action needs no lookup to know the commit.
      inputs: { ref: 'refs/heads/main', sha: SHA, upload_report: 'false', ...(options.inputs ?? {}) },
      files: { '.github/release-gates.yml': policy },
    });
    if (!result.report) throw new Error(`no report\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    const gates = Object.fromEntries(
      result.report.gates.map((g) => [g.id, g as unknown as Evaluated['gates'][string]]),
    );
    const api = emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql');
    const requestLog = api.map(
      (r) =>
        `${r.method} ${r.path}${r.operation ? ` ${r.operation}` : ''}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''}`,
    );
    return { result, gates, apiRequests: api.length, requestLog };
  } finally {
    await emulator.close();
  }
}

describe.each(NODES)('the windows-graduation PREVIEW gates on $name', ({ bin }) => {
  it("3 of 10: STREAK_TOO_SHORT in the documented words, read from ci.yml's env at the commit", async () => {
    const { result, gates } = await evaluate(scenario(history('SSSFSS', 20)), undefined, { node: bin });
    expect(result.exitCode).toBe(0); // PREVIEW gates only report
    expect(result.outputs.stage).toBe('PREVIEW');
    expect(gates.windows_reliability).toMatchObject({
      status: 'fail',
      code: 'STREAK_TOO_SHORT',
      message: "3 of 10 consecutive green 'windows smoke' runs on main",
    });
    expect(gates.windows_reliability!.details).toMatchObject({
      required: 10,
      count_source: `${CI_FILE}#env.WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS`,
    });
    expect(JSON.parse(result.outputs.warnings!)).toContain('windows_reliability');
    expect(gates.windows_smoke_coverage).toMatchObject({ status: 'pass', code: 'JOBS_PASSED' });
    expect(gates.windows_rollback).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(result.outputs.demote).toBe('false');
  });
});

describe('run_streak and failure_budget through the bundle', () => {
  it('10 of 10 with two skipped runs and a cancelled one between the green ones: STREAK_MET', async () => {
    const { gates } = await evaluate(scenario(history('SSkSScSSkSSSSSF', 5)));
    expect(gates.windows_reliability).toMatchObject({
      status: 'pass',
      code: 'STREAK_MET',
      message: "10 of 10 consecutive green 'windows smoke' runs on main",
    });
    const considered = gates.windows_reliability!.details.considered as { outcome: string }[];
    expect(considered.filter((c) => c.outcome === 'passed_over')).toHaveLength(3);
    expect(considered.filter((c) => c.outcome === 'counted')).toHaveLength(10);
  });

  it('2 failures in the latest 5: BUDGET_EXCEEDED and the demote output', async () => {
    const { result, gates } = await evaluate(scenario(history('SFSFS', 20)));
    expect(gates.windows_rollback).toMatchObject({
      status: 'fail',
      code: 'BUDGET_EXCEEDED',
      message: "2 failures in the latest 5 'windows smoke' runs on main (demote at 2): demote",
    });
    expect(result.outputs.demote).toBe('true');
    expect(result.report!.demote).toBe(true);
  });

  it('reads count_from at the commit under evaluation, not on the branch', async () => {
    const world = scenario(history('SSSSFSS', 20), {
      files: { [SHA]: { [CI_FILE]: ciWorkflow(4) }, main: { [CI_FILE]: ciWorkflow(50) } },
    });
    const { gates } = await evaluate(world);
    expect(gates.windows_reliability).toMatchObject({
      code: 'STREAK_MET',
      message: "4 of 4 consecutive green 'windows smoke' runs on main",
    });
  });

  it('errors with COUNT_FROM_INVALID naming the file, the key and the value', async () => {
    const { gates } = await evaluate(
      scenario(history('SSS'), { files: { [SHA]: { [CI_FILE]: ciWorkflow('"ten"') } } }),
    );
    expect(gates.windows_reliability).toMatchObject({
      status: 'error',
      code: 'COUNT_FROM_INVALID',
      message: `count_from: WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS in ${CI_FILE} at ${SHA} is "ten", not a positive integer.`,
    });
  });

  it('counts a run whose failed attempt 1 was re-run to success, and says it needed a re-run', async () => {
    const runs = history('SSSF', 20);
    runs[1] = {
      ...runs[1]!,
      run_attempt: 2,
      jobs: [makeJob('lint'), smoke('failure', { attempt: 1 }), smoke('success', { attempt: 2 })],
    };
    const world = scenario(runs, { files: { [SHA]: { [CI_FILE]: ciWorkflow(3) } } });
    const { gates } = await evaluate(world);
    expect(gates.windows_reliability).toMatchObject({
      code: 'STREAK_MET',
      message: "3 of 3 consecutive green 'windows smoke' runs on main; 1 needed a re-run",
    });
    const considered = gates.windows_reliability!.details.considered as {
      attempt: number;
      conclusion: string;
    }[];
    expect(considered[1]).toMatchObject({ attempt: 2, conclusion: 'success', flaky: true });
  });

  it('takes at most 3 API requests for both gates over 100 runs of history', async () => {
    const policy = `version: 1
stages:
  PREVIEW:
    match: ["**"]
    gates: { windows_reliability: report_only, windows_rollback: report_only }
gates:
  windows_reliability:
    type: run_streak
    with:
      workflow: ci.yml
      job: windows smoke
      branch: main
      count_from: { file: ${CI_FILE}, env: WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS }
  windows_rollback:
    type: failure_budget
    with: { workflow: ci.yml, job: windows smoke, branch: main, window: 5, max_failures: 1 }
`;
    const { result, gates, apiRequests, requestLog } = await evaluate(
      scenario(history('SSkSSFSS', 92)),
      policy,
    );
    expect(gates.windows_reliability!.code).toBe('STREAK_TOO_SHORT');
    expect(gates.windows_rollback!.code).toBe('WITHIN_BUDGET');
    // The workflow file, one page of 100 runs, one GraphQL query for their jobs.
    expect(apiRequests).toBeLessThanOrEqual(3);
    expect(requestLog.map((r) => r.split('?')[0])).toEqual([
      `GET /repos/acme/plasmite/contents/${CI_FILE}`,
      'GET /repos/acme/plasmite/actions/workflows/ci.yml/runs',
      'POST /graphql RunJobs',
    ]);
    expect(result.report!.stats.api_requests).toBeLessThanOrEqual(3);
  });
});

describe('when GitHub is less helpful', () => {
  it('falls back to one REST request per run when GraphQL is refused, and still judges', async () => {
    const world = scenario(history('SSSSSSSSSSSF'), {
      faults: [{ route: 'POST /graphql', kind: 'status', status: 403 }],
    });
    const { gates, requestLog } = await evaluate(world);
    expect(gates.windows_reliability).toMatchObject({
      code: 'STREAK_MET',
      message: "10 of 10 consecutive green 'windows smoke' runs on main",
    });
    expect(gates.windows_rollback!.code).toBe('WITHIN_BUDGET');
    expect(gates.windows_smoke_coverage!.code).toBe('JOBS_PASSED');
    const jobReads = requestLog.filter((r) => /\/actions\/runs\/\d+\/jobs/.test(r));
    expect(jobReads.every((r) => r.includes('filter=latest'))).toBe(true);
    // Each run of the 12-run page through REST. The commit's run may be read twice: its steps
    // query can be queued behind the first GraphQL request (Octokit's throttling runs GraphQL
    // one at a time) before that one is refused.
    expect(new Set(jobReads).size).toBe(12);
    expect(jobReads.length).toBeLessThanOrEqual(13);
  });

  it('names actions: read when the token cannot see Actions', async () => {
    const { gates } = await evaluate(scenario(history('SSS'), { permissions: { actions: 'none' } }));
    for (const id of ['windows_reliability', 'windows_rollback', 'windows_smoke_coverage']) {
      expect(gates[id]).toMatchObject({ status: 'error', code: 'PERMISSION_DENIED' });
      expect(gates[id]!.message).toContain('actions: read');
    }
  });
});

describe('every code of the four gates, in one evaluation', () => {
  const job = (
    name: string,
    conclusion: JobSpec['conclusion'],
    steps: (string | { name: string; conclusion: JobSpec['conclusion'] })[] = [],
  ): JobSpec => makeJob(name, conclusion, { steps });

  // ci.yml's history: 'windows smoke' green 12 times, 'flaky' failing twice lately; the newest
  // run is the commit's, with jobs for each jobs_succeeded case.
  const ciRuns = makeRuns(12, (index) => ({
    jobs: [
      job(
        'windows smoke',
        'success',
        index === 0 ? ['plasmite.exe --version', { name: 'pool roundtrip', conclusion: 'skipped' }] : [],
      ),
      job('flaky', index === 1 || index === 3 ? 'failure' : 'success'),
      ...(index === 0 ? [job('node remote-only smoke', 'success'), job('docs', 'failure')] : []),
    ],
    ...(index === 0 ? { head_sha: SHA } : {}),
  }));
  const runs: RunSpec[] = [
    ...ciRuns,
    ...makeRuns(
      1,
      () => ({ head_sha: SHA, status: 'in_progress', conclusion: null, jobs: [job('build', null)] }),
      { workflow: 'pending.yml' },
    ),
    ...makeRuns(1, () => ({ head_sha: SHA, conclusion: 'failure', jobs: [job('build', 'failure')] }), {
      workflow: 'red.yml',
    }),
    ...makeRuns(2, () => ({ head_sha: shaOf('another commit') }), { workflow: 'elsewhere.yml' }),
  ];

  const gate = (type: string, params: string): string => `    type: ${type}\n    with: ${params}`;
  const definitions: Record<string, string> = {
    streak_met: gate('run_streak', '{ workflow: ci.yml, job: windows smoke, count: 10 }'),
    streak_short: gate('run_streak', '{ workflow: ci.yml, job: flaky, count: 10 }'),
    streak_none: gate('run_streak', '{ workflow: ci.yml, job: never ran, count: 2 }'),
    streak_no_workflow: gate('run_streak', '{ workflow: nightly.yml, job: windows smoke, count: 2 }'),
    budget_ok: gate('failure_budget', '{ workflow: ci.yml, job: windows smoke }'),
    budget_over: gate('failure_budget', '{ workflow: ci.yml, job: flaky }'),
    budget_none: gate('failure_budget', '{ workflow: ci.yml, job: never ran }'),
    green: gate('workflow_green', '{ workflow: ci.yml }'),
    pending: gate('workflow_green', '{ workflow: pending.yml }'),
    red: gate('workflow_green', '{ workflow: red.yml }'),
    no_run: gate('workflow_green', '{ workflow: elsewhere.yml }'),
    jobs_ok: gate(
      'jobs_succeeded',
      "{ workflow: ci.yml, jobs: [{ name: windows smoke, steps: ['plasmite.exe --version'] }, { name: node remote-only smoke }] }",
    ),
    job_missing: gate('jobs_succeeded', '{ workflow: ci.yml, jobs: [{ name: macos smoke }] }'),
    job_failed: gate('jobs_succeeded', '{ workflow: ci.yml, jobs: [{ name: docs }] }'),
    step_missing: gate(
      'jobs_succeeded',
      '{ workflow: ci.yml, jobs: [{ name: windows smoke, steps: [bench] }] }',
    ),
    step_failed: gate(
      'jobs_succeeded',
      '{ workflow: ci.yml, jobs: [{ name: windows smoke, steps: [pool roundtrip] }] }',
    ),
    jobs_no_run: gate('jobs_succeeded', '{ workflow: pending.yml, jobs: [{ name: build }] }'),
  };
  const policy = `version: 1
stages:
  CHECK:
    match: ["**"]
    gates: { ${Object.keys(definitions)
      .map((id) => `${id}: required`)
      .join(', ')} }
gates:
${Object.entries(definitions)
  .map(([id, body]) => `  ${id}:\n${body}`)
  .join('\n')}
`;

  let evaluated: Evaluated;
  beforeAll(async () => {
    evaluated = await evaluate(scenario(runs), policy);
  }, 60_000);

  it.each([
    ['streak_met', 'pass', 'STREAK_MET'],
    ['streak_short', 'fail', 'STREAK_TOO_SHORT'],
    ['streak_none', 'fail', 'NO_RUNS'],
    ['streak_no_workflow', 'error', 'WORKFLOW_NOT_FOUND'],
    ['budget_ok', 'pass', 'WITHIN_BUDGET'],
    ['budget_over', 'fail', 'BUDGET_EXCEEDED'],
    ['budget_none', 'fail', 'NO_RUNS'],
    ['green', 'pass', 'CI_GREEN'],
    ['pending', 'fail', 'CI_PENDING'],
    ['red', 'fail', 'CI_FAILED'],
    ['no_run', 'fail', 'NO_CI_RUN'],
    ['jobs_ok', 'pass', 'JOBS_PASSED'],
    ['job_missing', 'fail', 'JOB_MISSING'],
    ['job_failed', 'fail', 'JOB_FAILED'],
    ['step_missing', 'fail', 'STEP_MISSING'],
    ['step_failed', 'fail', 'STEP_FAILED'],
    ['jobs_no_run', 'fail', 'NO_CI_RUN'],
  ])('%s → %s %s', (id, status, code) => {
    expect(evaluated.gates[id]).toMatchObject({ status, code });
  });

  it('words the results for people', () => {
    const { gates } = evaluated;
    expect(gates.streak_no_workflow!.message).toContain("no workflow 'nightly.yml' in acme/plasmite");
    expect(gates.streak_no_workflow!.message).toContain('actions: read');
    expect(gates.streak_short!.message).toBe("1 of 10 consecutive green 'flaky' runs on main");
    expect(gates.budget_over!.message).toBe(
      "2 failures in the latest 5 'flaky' runs on main (budget 1): demote",
    );
    expect(gates.step_failed!.message).toBe(
      `In 'ci.yml' run #12 for ${SHA.slice(0, 7)}: step 'pool roundtrip' of job 'windows smoke' concluded skipped.`,
    );
  });

  it('blocks (required gates), sets demote, and exits 1', () => {
    const { result } = evaluated;
    expect(result.outputs.result).toBe('fail');
    expect(result.outputs.demote).toBe('true');
    expect(result.exitCode).toBe(1);
  });

  it('shares reads between gates: one runs page per workflow query, one GraphQL query per kind', () => {
    // ci.yml history (1 page) + its jobs (1 GraphQL); ci.yml/pending/red/elsewhere for the commit
    // (4 pages) + the commit run's jobs with steps (1 GraphQL) + nightly.yml's 404 (1).
    // The client retries 404s as if they were 5xx (src/github/client.ts passes `retries` in
    // `request`, where plugin-retry's limiter applies it to every failure): nightly.yml's 404 is
    // asked four times. Distinct requests are what these gates decide.
    expect(new Set(evaluated.requestLog).size).toBeLessThanOrEqual(9);
    expect(evaluated.requestLog.filter((r) => r.startsWith('POST /graphql'))).toHaveLength(2);
    expect(evaluated.requestLog.filter((r) => r.includes('/ci.yml/runs?branch=main'))).toHaveLength(1);
  });
});

describe('flaky greens, soak time and the runbook rule through the bundle (SPEC §10.1, §10.2)', () => {
  /** A run re-run to green: its attempt 1 of the job failed, attempt 2 passed (lint carried over). */
  const rerunToGreen = (run: RunSpec): RunSpec => ({
    ...run,
    run_attempt: 2,
    jobs: [makeJob('lint'), smoke('failure', { attempt: 1 }), smoke('success', { attempt: 2 })],
  });
  const streakPolicy = (extra: string): string => `version: 1
stages:
  PREVIEW:
    match: ["**"]
    gates: { windows_reliability: required }
gates:
  windows_reliability:
    type: run_streak
    with: { workflow: ci.yml, job: windows smoke, branch: main, count: 5${extra} }
`;

  it('one flaky green in the streak: passes with reruns: count and fails with refuse, both naming it', async () => {
    const runs = history('SSSSSF', 10);
    runs[2] = rerunToGreen(runs[2]!);
    const flakyRun = runs.length - 2; // run numbers count up from the oldest
    const counted = await evaluate(scenario(runs), streakPolicy(''));
    expect(counted.gates.windows_reliability).toMatchObject({
      status: 'pass',
      code: 'STREAK_MET',
      message: "5 of 5 consecutive green 'windows smoke' runs on main; 1 needed a re-run",
    });
    const flaky = counted.gates.windows_reliability!.details.flaky_greens as {
      run_number: number;
      url: string;
    }[];
    expect(flaky).toHaveLength(1);
    expect(flaky[0]!.run_number).toBe(flakyRun);
    expect(flaky[0]!.url).toMatch(/\/actions\/runs\/\d+$/);
    expect(counted.gates.windows_reliability!.details.history_strip).toBe('✅✅🔁✅✅');
    expect(counted.result.exitCode).toBe(0);
    // The history (one page), its jobs (one query), and the earlier attempts of the one re-run run.
    expect(counted.requestLog.map((r) => r.split('?')[0])).toEqual([
      'GET /repos/acme/plasmite/actions/workflows/ci.yml/runs',
      'POST /graphql RunJobs',
      'POST /graphql RunAttempts',
    ]);
    const summary = counted.result.summary;
    expect(summary).toContain('**History (newest first):** ✅✅🔁✅✅');
    // The link to the flaky run, with its title escaped as every string in the summary is.
    expect(summary).toMatch(new RegExp(`Run \\\\?#${flakyRun} was green only after a re-run`));

    const refused = await evaluate(scenario(runs), streakPolicy(', reruns: refuse'));
    expect(refused.gates.windows_reliability).toMatchObject({
      status: 'fail',
      code: 'STREAK_TOO_SHORT',
      message: `2 of 5 consecutive green 'windows smoke' runs on main; run #${flakyRun} was green only after a re-run (reruns: refuse)`,
    });
    expect(refused.gates.windows_reliability!.details.history_strip).toBe('✅✅🔁');
    expect(refused.result.exitCode).toBe(1);
  });

  it('a 10-run streak over 30 hours fails min_span_hours: 72 with SOAK_TOO_SHORT', async () => {
    // 10 green runs 3 h 20 min apart (30 h from the oldest to the newest), then a failure.
    const runs = makeRuns(
      11,
      (index) => ({
        jobs: [makeJob('lint'), smoke(index === 10 ? 'failure' : 'success')],
        ...(index === 0 ? { head_sha: SHA } : {}),
      }),
      { spacingHours: 10 / 3 },
    );
    const policy = streakPolicy(', min_span_hours: 72').replace('count: 5', 'count: 10');
    const { gates, result } = await evaluate(scenario(runs), policy);
    expect(gates.windows_reliability).toMatchObject({
      status: 'fail',
      code: 'SOAK_TOO_SHORT',
      message:
        "10 of 10 consecutive green 'windows smoke' runs on main, spanning only 30 h of the 72 h needed",
    });
    expect(gates.windows_reliability!.details).toMatchObject({
      streak: 10,
      span_hours: 30,
      min_span_hours: 72,
    });
    expect(result.outputs.result).toBe('fail');
    // The same streak with a soak it does span passes.
    const shorter = await evaluate(
      scenario(runs),
      streakPolicy(', min_span_hours: 30').replace('count: 5', 'count: 10'),
    );
    expect(shorter.gates.windows_reliability).toMatchObject({ status: 'pass', code: 'STREAK_MET' });
  });

  describe('the rollback rule as the runbook says it, from ci.yml, over push and nightly runs', () => {
    const runbookWorkflow = `name: ci
on:
  push:
    branches: ["main"]
  pull_request:
  schedule:
    - cron: "0 8 * * *"
env:
  WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: "10"
  WINDOWS_SMOKE_ROLLBACK_FAILURES: "2"
  WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: "5"
jobs:
  windows-smoke:
    name: windows smoke
    runs-on: windows-latest
    steps: [{ run: plasmite.exe --version }]
`;
    // Newest first. Pushes are green; two nightly runs failed; a manual dispatch failed too,
    // which is no push or schedule run.
    const events = ['push', 'schedule', 'workflow_dispatch', 'push', 'schedule', 'push', 'push', 'push'];
    const failed = new Set([1, 2, 4]);
    const runs = makeRuns(events.length, (index) => ({
      event: events[index]!,
      conclusion: failed.has(index) ? 'failure' : 'success',
      jobs: [makeJob('lint'), smoke(failed.has(index) ? 'failure' : 'success')],
      ...(index === 0 ? { head_sha: SHA } : {}),
    }));
    const rollbackPolicy = (event: string): string => `version: 1
stages:
  PREVIEW:
    match: ["**"]
    gates: { windows_rollback: report_only }
gates:
  windows_rollback:
    type: failure_budget
    with:
      workflow: ci.yml
      job: windows smoke
      branch: main
      event: ${event}
      window_from: { file: ${CI_FILE}, env: WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS }
      demote_at_from: { file: ${CI_FILE}, env: WINDOWS_SMOKE_ROLLBACK_FAILURES }
`;
    const world = (workflow = runbookWorkflow) =>
      scenario(runs, { files: { [SHA]: { [CI_FILE]: workflow } } });

    it('2 failures in the latest 5 push and schedule runs: demote=true, with the numbers from ci.yml', async () => {
      const { gates, result, requestLog } = await evaluate(world(), rollbackPolicy('[push, schedule]'));
      expect(gates.windows_rollback).toMatchObject({
        status: 'fail',
        code: 'BUDGET_EXCEEDED',
        message: "2 failures in the latest 5 'windows smoke' runs on main (demote at 2): demote",
      });
      expect(gates.windows_rollback!.details).toMatchObject({
        window: 5,
        demote_at: 2,
        window_source: `${CI_FILE}#env.WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS`,
        budget_source: `${CI_FILE}#env.WINDOWS_SMOKE_ROLLBACK_FAILURES`,
        history_strip: '✅❌✅❌✅',
      });
      expect(result.outputs.demote).toBe('true');
      expect(result.exitCode).toBe(0); // report_only: it warns, and still sets demote
      // The file once, one listing without the event filter, one GraphQL query for the jobs.
      expect(requestLog.map((r) => r.split('?')[0])).toEqual([
        `GET /repos/acme/plasmite/contents/${CI_FILE}`,
        'GET /repos/acme/plasmite/actions/workflows/ci.yml/runs',
        'POST /graphql RunJobs',
      ]);
      expect(requestLog[1]).not.toContain('event=');
    });

    it('push alone sees no failure: the nightly runs are what the rule exists for', async () => {
      const { gates, result } = await evaluate(world(), rollbackPolicy('push'));
      expect(gates.windows_rollback).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
      expect(result.outputs.demote).toBe('false');
    });

    it('a threshold ci.yml does not hold is an error naming the file and the variable, and does not demote', async () => {
      const { gates, result } = await evaluate(
        world(
          runbookWorkflow.replace(
            'WINDOWS_SMOKE_ROLLBACK_FAILURES: "2"',
            'WINDOWS_SMOKE_ROLLBACK_FAILURES: "two"',
          ),
        ),
        rollbackPolicy('[push, schedule]'),
      );
      expect(gates.windows_rollback).toMatchObject({
        status: 'error',
        code: 'DEMOTE_AT_FROM_INVALID',
        message: `demote_at_from: WINDOWS_SMOKE_ROLLBACK_FAILURES in ${CI_FILE} at ${SHA} is "two", not a positive integer.`,
      });
      expect(result.outputs.demote).toBe('false');
    });
  });
});
