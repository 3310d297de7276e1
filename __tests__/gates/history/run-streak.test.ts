// run_streak: consecutive green runs of a job on a branch. The judge is tested with plain facts;
// collect against the fake API, for what it reads and how little.
import fc from 'fast-check';
import type { WorkflowFileEnv } from '../../../src/facts/workflow-file.js';
import {
  countStreak,
  judgeRunStreak,
  resolveCount,
  runStreakGate,
  type RunStreakParams,
  type StreakFacts,
} from '../../../src/gates/run-streak.js';
import { context, history, jobFact, JOB, LETTERS, runFact, SHA } from '../../facts/history/builders.js';
import { fakeApi, greenRuns, type ApiRun } from '../../facts/history/fake-api.js';

const params = (overrides: Partial<RunStreakParams> = {}): RunStreakParams => ({
  workflow: 'ci.yml',
  job: JOB,
  branch: 'main',
  event: 'push',
  count: 10,
  max_runs: 200,
  reruns: 'count',
  ...overrides,
});

const facts = (pattern: string, overrides: Partial<StreakFacts> = {}): StreakFacts => ({
  branch: 'main',
  countFile: null,
  history: history(pattern),
  complete: true,
  ...overrides,
});

describe('judgeRunStreak', () => {
  it('passes with STREAK_MET once the streak reaches count', () => {
    const verdict = judgeRunStreak(params(), facts('SSSSSSSSSSF'));
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'STREAK_MET',
      message: "10 of 10 consecutive green 'windows smoke' runs on main",
    });
    expect(verdict.details).toMatchObject({ streak: 10, required: 10, count_source: 'count' });
  });

  it('fails with STREAK_TOO_SHORT, in exactly the documented words', () => {
    const verdict = judgeRunStreak(params(), facts('SSSFSSSSSSSSSS'));
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('STREAK_TOO_SHORT');
    expect(verdict.message).toBe("3 of 10 consecutive green 'windows smoke' runs on main");
  });

  it('names and links the run that broke the streak', () => {
    const verdict = judgeRunStreak(params(), facts('SSTS'));
    expect(verdict.details!.broken_by).toMatchObject({
      id: 98,
      run_number: 98,
      conclusion: 'timed_out',
      url: 'https://github.com/acme/plasmite/actions/runs/98',
    });
    expect(verdict.links).toEqual([
      {
        title: 'Run #98 broke the streak (timed_out)',
        url: 'https://github.com/acme/plasmite/actions/runs/98',
      },
    ]);
    expect(verdict.details!.considered).toEqual([
      { id: 100, run_number: 100, attempt: 1, conclusion: 'success', outcome: 'counted' },
      { id: 99, run_number: 99, attempt: 1, conclusion: 'success', outcome: 'counted' },
      { id: 98, run_number: 98, attempt: 1, conclusion: 'timed_out', outcome: 'broke' },
    ]);
  });

  it('passes over runs where the job is absent, skipped or cancelled: they neither count nor break', () => {
    const verdict = judgeRunStreak(params(), facts('SSkSSxSScSSSSS'));
    expect(verdict).toMatchObject({
      code: 'STREAK_MET',
      message: "10 of 10 consecutive green 'windows smoke' runs on main",
    });
    const outcomes = (verdict.details!.considered as { outcome: string }[]).map((c) => c.outcome);
    expect(outcomes.filter((o) => o === 'passed_over')).toHaveLength(3);
  });

  it('a failure straight away is a streak of 0, not NO_RUNS', () => {
    expect(judgeRunStreak(params(), facts('kFSSS'))).toMatchObject({
      code: 'STREAK_TOO_SHORT',
      message: "0 of 10 consecutive green 'windows smoke' runs on main",
    });
  });

  it('fails with NO_RUNS when the job ran in none of the runs read', () => {
    const verdict = judgeRunStreak(params(), facts('xxkc'));
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('NO_RUNS');
    expect(verdict.message).toBe(
      "No completed 'ci.yml' run on main (push) in which 'windows smoke' ran; looked at 4 completed runs.",
    );
    expect(judgeRunStreak(params(), facts('')).code).toBe('NO_RUNS');
  });

  it('says when the history was cut short by max_runs', () => {
    const short = judgeRunStreak(params({ max_runs: 5 }), facts('SSSSS', { complete: false }));
    expect(short).toMatchObject({
      code: 'STREAK_TOO_SHORT',
      message: "5 of 10 consecutive green 'windows smoke' runs on main",
    });
    expect(short.details!.history_limit_reached).toBe(true);
    expect(judgeRunStreak(params(), facts('xxx', { complete: false })).message).toContain(
      'the latest 3 completed runs (max_runs)',
    );
  });

  it('uses each run as its latest attempt says: a failed attempt 1 re-run to success counts', () => {
    const rerun = { run: runFact(50, { attempt: 2 }), jobs: [jobFact(JOB, 'success')] };
    const verdict = judgeRunStreak(params({ count: 2 }), {
      ...facts(''),
      history: [rerun, ...history('S', JOB, 49)],
      earlierAttempts: new Map([[50, [jobFact(JOB, 'failure', { id: 1 })]]]),
    });
    expect(verdict.code).toBe('STREAK_MET');
    expect((verdict.details!.considered as { attempt: number }[])[0]!.attempt).toBe(2);
  });

  it('errors with JOBS_UNAVAILABLE when a re-run green it counts has no earlier attempts read', () => {
    const rerun = { run: runFact(50, { attempt: 2 }), jobs: [jobFact(JOB, 'success')] };
    const verdict = judgeRunStreak(params({ count: 2 }), {
      ...facts(''),
      history: [rerun, ...history('S', JOB, 49)],
    });
    expect(verdict).toMatchObject({ status: 'error', code: 'JOBS_UNAVAILABLE', details: { runs: [50] } });
    expect(verdict.message).toContain('#50');
  });

  it('does not need the earlier attempts of a re-run the walk never reached', () => {
    const rerun = { run: runFact(40, { attempt: 3 }), jobs: [jobFact(JOB, 'success')] };
    const verdict = judgeRunStreak(params({ count: 2 }), {
      ...facts(''),
      history: [...history('SS', JOB, 50), rerun],
    });
    expect(verdict.code).toBe('STREAK_MET');
  });
  it('takes a glob: every matrix leg must succeed for the run to count', () => {
    const matrix = (a: string, b: string, id: number) => ({
      run: runFact(id),
      jobs: [jobFact(`${JOB} (x86_64)`, a), jobFact(`${JOB} (aarch64)`, b)],
    });
    const runs = [
      matrix('success', 'success', 5),
      matrix('success', 'skipped', 4),
      matrix('skipped', 'skipped', 3),
      matrix('success', 'failure', 2),
    ];
    const verdict = judgeRunStreak(params({ job: `${JOB} (*)`, count: 3 }), { ...facts(''), history: runs });
    expect(verdict).toMatchObject({
      code: 'STREAK_TOO_SHORT',
      message: `2 of 3 consecutive green '${JOB} (*)' runs on main`,
    });
    expect(verdict.details!.broken_by).toMatchObject({ id: 2, conclusion: 'success, failure' });
    expect((verdict.details!.broken_by as { jobs: { name: string }[] }).jobs.map((j) => j.name)).toEqual([
      `${JOB} (x86_64)`,
      `${JOB} (aarch64)`,
    ]);
  });

  it('errors with COUNT_FROM_INVALID when count_from cannot give a count', () => {
    const countFrom = { file: '.github/workflows/ci.yml', env: 'N' };
    const file = (env: Record<string, unknown>): WorkflowFileEnv => ({
      kind: 'ok',
      path: countFrom.file,
      ref: SHA,
      env,
    });
    const verdict = judgeRunStreak(
      params({ count: undefined, count_from: countFrom }),
      facts('', { countFile: file({ N: 'ten' }) }),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'COUNT_FROM_INVALID' });
    expect(verdict.message).toBe(
      `count_from: N in .github/workflows/ci.yml at ${SHA} is "ten", not a positive integer.`,
    );
    expect(verdict.details).toEqual({ file: countFrom.file, env: 'N', ref: SHA, value: 'ten' });
  });
});

describe('resolveCount', () => {
  const countFrom = { file: '.github/workflows/ci.yml', env: 'WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS' };
  const withEnv = (env: Record<string, unknown>): WorkflowFileEnv => ({
    kind: 'ok',
    path: countFrom.file,
    ref: 'abc',
    env,
  });
  const resolve = (file: WorkflowFileEnv | null, maxRuns = 200) =>
    resolveCount({ count_from: countFrom, max_runs: maxRuns }, file);

  it('takes count as given', () => {
    expect(resolveCount({ count: 4, max_runs: 200 }, null)).toEqual({ ok: true, count: 4, source: 'count' });
  });

  it('reads an integer, or a string of digits, from the env', () => {
    expect(resolve(withEnv({ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10 }))).toEqual({
      ok: true,
      count: 10,
      source: `${countFrom.file}#env.${countFrom.env}`,
    });
    expect(resolve(withEnv({ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: '10' }))).toMatchObject({
      ok: true,
      count: 10,
    });
  });

  it.each([
    [{ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 0 }, 'is 0, not a positive integer'],
    [
      { WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: '${{ vars.N }}' },
      'is "${{ vars.N }}", not a positive integer',
    ],
    [{ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 2.5 }, 'is 2.5, not a positive integer'],
    [{ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: true }, 'is true, not a positive integer'],
    [{ OTHER: 3 }, 'has no WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS under its top-level env'],
    [{ WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 500 }, 'is 500, more than max_runs 200'],
  ])('refuses env %j', (env, words) => {
    const result = resolve(withEnv(env));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
    expect(!result.ok && result.message).toContain(countFrom.file);
  });

  it('explains a missing or unreadable file', () => {
    expect(resolve({ kind: 'missing', path: countFrom.file, ref: 'abc' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('.github/workflows/ci.yml at abc does not exist'),
    });
    expect(
      resolve({ kind: 'invalid', path: countFrom.file, ref: 'abc', reason: 'not valid YAML: x' }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('is not valid YAML: x') });
  });
});

describe('countStreak', () => {
  const letters = fc.constantFrom(...Object.keys(LETTERS));

  it('is decided exactly when the streak reached count or a run broke it, and never looks further', () => {
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), fc.integer({ min: 1, max: 15 }), (pattern, count) => {
        const walk = countStreak(history(pattern.join('')), JOB, count);
        const ran = pattern.filter((l) => l === 'S' || l === 'F' || l === 'T');
        const leadingGreen = ran.findIndex((l) => l !== 'S');
        const expectedStreak = Math.min(count, leadingGreen === -1 ? ran.length : leadingGreen);
        const decided = expectedStreak >= count || leadingGreen !== -1;
        return (
          walk.streak === expectedStreak &&
          walk.decided === decided &&
          (walk.breaker === null) === (expectedStreak >= count || leadingGreen === -1)
        );
      }),
    );
  });

  it('a prefix that decides gives the same answer as the whole history (safe to stop paging)', () => {
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (pattern, count) => {
        const full = history(pattern.join(''));
        for (let n = 0; n <= full.length; n++) {
          const prefix = countStreak(full.slice(0, n), JOB, count);
          if (prefix.decided) return prefix.streak === countStreak(full, JOB, count).streak;
        }
        return true;
      }),
    );
  });
});

describe('runStreakGate.collect', () => {
  const ctx = context();
  const windowsRun = (id: number, conclusion: string | null = 'success'): ApiRun => ({
    id,
    jobs: [
      { id: 10_000 + id, name: 'lint' },
      ...(conclusion ? [{ id: 20_000 + id, name: JOB, conclusion }] : []),
    ],
  });

  it('reads one page and one GraphQL batch for a streak decided within 100 runs', async () => {
    const api = fakeApi({ runs: greenRuns(100) });
    const gotten = await runStreakGate.collect(params(), ctx, api.facts());
    expect(api.requests.map((r) => r.path)).toEqual([
      '/repos/acme/plasmite/actions/workflows/ci.yml/runs',
      '/graphql',
    ]);
    expect(judgeRunStreak(params(), gotten)).toMatchObject({ code: 'STREAK_MET' });
  });

  it('pages on while skipped runs leave the streak undecided, and stops when decided', async () => {
    // 150 runs where the job was skipped, then 10 green: the second page decides.
    const runs = [
      ...Array.from({ length: 150 }, (_, i) => windowsRun(1000 - i, 'skipped')),
      ...Array.from({ length: 10 }, (_, i) => windowsRun(800 - i)),
    ];
    const api = fakeApi({ runs: [...runs, ...greenRuns(200, 700)] });
    const gotten = await runStreakGate.collect(params(), ctx, api.facts());
    expect(api.requests.map((r) => (r.path === '/graphql' ? 'graphql' : `runs:${r.query.page}`))).toEqual([
      'runs:1',
      'graphql',
      'runs:2',
      'graphql',
    ]);
    expect(judgeRunStreak(params(), gotten)).toMatchObject({ code: 'STREAK_MET' });
  });

  it('reads earlier attempts only for the re-run greens the streak counts: one more GraphQL request', async () => {
    const flaky = (id: number): ApiRun => ({
      id,
      run_attempt: 2,
      jobs: [
        { id: 30_000 + id, name: JOB, conclusion: 'failure', attempt: 1 },
        { id: 40_000 + id, name: JOB, attempt: 2 },
      ],
    });
    // Newest first: 10 greens (two of them flaky), then a re-run run beyond the streak.
    const runs = [
      ...greenRuns(3, 1000),
      flaky(997),
      ...greenRuns(5, 996),
      flaky(991),
      greenRuns(1, 990)[0]!,
      flaky(989),
    ];
    const api = fakeApi({ runs });
    const gotten = await runStreakGate.collect(params(), ctx, api.facts());
    expect(api.requests.map((r) => (r.path === '/graphql' ? 'graphql' : 'runs'))).toEqual([
      'runs',
      'graphql',
      'graphql',
    ]);
    expect(api.requests[2]!.ids).toEqual(['CS_997', 'CS_991']);
    const counted = judgeRunStreak(params(), gotten);
    expect(counted).toMatchObject({
      code: 'STREAK_MET',
      message: "10 of 10 consecutive green 'windows smoke' runs on main; 2 needed a re-run",
    });
    expect((counted.details!.flaky_greens as { id: number }[]).map((f) => f.id)).toEqual([997, 991]);
    const refused = judgeRunStreak(params({ reruns: 'refuse' }), gotten);
    expect(refused).toMatchObject({
      code: 'STREAK_TOO_SHORT',
      message:
        "3 of 10 consecutive green 'windows smoke' runs on main; run #997 was green only after a re-run (reruns: refuse)",
    });
  });

  it('reads push and schedule runs in one listing for event: [push, schedule]', async () => {
    const runs: ApiRun[] = greenRuns(12).map((run, i) => ({ ...run, event: i % 2 ? 'schedule' : 'push' }));
    runs.splice(3, 0, {
      id: 5000,
      event: 'workflow_dispatch',
      jobs: [{ id: 1, name: JOB, conclusion: 'failure' }],
    });
    const api = fakeApi({ runs });
    const p = params({ event: ['push', 'schedule'] });
    const gotten = await runStreakGate.collect(p, ctx, api.facts());
    expect(api.requests).toHaveLength(2);
    expect(api.requests[0]!.query).not.toHaveProperty('event');
    // The failed dispatch run is no main push or schedule run: it does not break the streak.
    expect(judgeRunStreak(p, gotten)).toMatchObject({ code: 'STREAK_MET' });
    expect(gotten.history.map((entry) => entry.run.event)).not.toContain('workflow_dispatch');
    expect(new Set(gotten.history.map((entry) => entry.run.event))).toEqual(new Set(['push', 'schedule']));
  });

  it('asks for the default branch only when the policy names none', async () => {
    const api = fakeApi({ runs: greenRuns(10), defaultBranch: 'main' });
    const gotten = await runStreakGate.collect(params({ branch: undefined }), ctx, api.facts());
    expect(gotten.branch).toBe('main');
    expect(api.requests[0]!.path).toBe('/repos/acme/plasmite');
    expect(api.requests[1]!.query.branch).toBe('main');
    const named = fakeApi({ runs: greenRuns(10) });
    await runStreakGate.collect(params(), ctx, named.facts());
    expect(named.requests.some((r) => r.path === '/repos/acme/plasmite')).toBe(false);
  });

  it('reads count_from at the commit under evaluation', async () => {
    const file = '.github/workflows/ci.yml';
    const api = fakeApi({ runs: greenRuns(5), files: { [`${file}@${SHA}`]: 'env:\n  N: "3"\n' } });
    const p = params({ count: undefined, count_from: { file, env: 'N' } });
    const gotten = await runStreakGate.collect(p, ctx, api.facts());
    expect(judgeRunStreak(p, gotten)).toMatchObject({
      code: 'STREAK_MET',
      message: "3 of 3 consecutive green 'windows smoke' runs on main",
    });
  });

  it('reads no history when count_from is unusable', async () => {
    const file = '.github/workflows/ci.yml';
    const api = fakeApi({ runs: greenRuns(5), files: { [`${file}@${SHA}`]: 'env:\n  N: lots\n' } });
    const p = params({ count: undefined, count_from: { file, env: 'N' } });
    const gotten = await runStreakGate.collect(p, ctx, api.facts());
    expect(api.requests).toHaveLength(1);
    expect(judgeRunStreak(p, gotten)).toMatchObject({
      status: 'error',
      code: 'COUNT_FROM_INVALID',
      message: `count_from: N in ${file} at ${SHA} is "lots", not a positive integer.`,
    });
  });
});

describe('flaky greens (reruns)', () => {
  // Newest first: 100 and 97 were re-run; 100's first attempt failed, 97's first was cancelled.
  const flakyHistory = (): StreakFacts => {
    const runs = history('SSSSSS', JOB, 100);
    runs[0] = { ...runs[0]!, run: runFact(100, { attempt: 2 }) };
    runs[3] = { ...runs[3]!, run: runFact(97, { attempt: 2 }) };
    return {
      ...facts(''),
      history: runs,
      earlierAttempts: new Map([
        [
          100,
          [
            jobFact(JOB, 'failure', {
              id: 1,
              htmlUrl: 'https://github.com/acme/plasmite/actions/runs/100/job/1',
            }),
            jobFact('lint', 'success', { id: 2 }),
          ],
        ],
        [97, [jobFact(JOB, 'cancelled', { id: 3 }), jobFact('lint', 'failure', { id: 4 })]],
      ]),
    };
  };

  it('with count: a flaky green counts, and the message, details and links name it', () => {
    const verdict = judgeRunStreak(params({ count: 6 }), flakyHistory());
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'STREAK_MET',
      message: "6 of 6 consecutive green 'windows smoke' runs on main; 1 needed a re-run",
    });
    expect(verdict.details!.flaky_greens).toEqual([
      {
        id: 100,
        run_number: 100,
        attempt: 2,
        url: 'https://github.com/acme/plasmite/actions/runs/100',
        failed_attempts: [
          {
            name: JOB,
            conclusion: 'failure',
            url: 'https://github.com/acme/plasmite/actions/runs/100/job/1',
          },
        ],
      },
    ]);
    expect(verdict.links).toEqual([
      {
        title: 'Run #100 was green only after a re-run (attempt 2)',
        url: 'https://github.com/acme/plasmite/actions/runs/100',
      },
    ]);
    expect(verdict.details!.history_strip).toBe('🔁✅✅✅✅✅');
  });

  it('a re-run whose earlier attempt of this job was cancelled, or failed only in another job, is no flake', () => {
    const verdict = judgeRunStreak(params({ count: 6, reruns: 'refuse' }), flakyHistory());
    // 97 is not flaky, so with refuse only 100 ends the streak, before anything counted.
    expect(verdict).toMatchObject({ status: 'fail', code: 'STREAK_TOO_SHORT' });
    const considered = verdict.details!.considered as { id: number; flaky?: boolean }[];
    expect(considered.filter((c) => c.flaky).map((c) => c.id)).toEqual([100]);
  });

  it('with refuse: a flaky green ends the streak like a failure, and the message names it', () => {
    const runs = flakyHistory();
    // Move the flake down to the third run: two greens count before it.
    const [a, b, c] = runs.history;
    runs.history = [
      { ...b!, run: runFact(99) },
      { ...c!, run: runFact(98) },
      { ...a!, run: runFact(100, { attempt: 2, runNumber: 97 }) },
      ...runs.history.slice(3),
    ];
    const verdict = judgeRunStreak(params({ count: 3, reruns: 'refuse' }), runs);
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'STREAK_TOO_SHORT',
      message:
        "2 of 3 consecutive green 'windows smoke' runs on main; run #97 was green only after a re-run (reruns: refuse)",
    });
    expect(verdict.details!.broken_by).toMatchObject({ id: 100, flaky: true, conclusion: 'success' });
    expect(verdict.details!.flaky_greens).toMatchObject([{ id: 100, attempt: 2 }]);
    expect(verdict.links).toEqual([
      {
        title: 'Run #97 was green only after a re-run (attempt 2)',
        url: 'https://github.com/acme/plasmite/actions/runs/100',
      },
    ]);
    expect(verdict.details!.history_strip).toBe('✅✅🔁');
    // The same history with count passes.
    expect(judgeRunStreak(params({ count: 3 }), runs)).toMatchObject({
      status: 'pass',
      message: "3 of 3 consecutive green 'windows smoke' runs on main; 1 needed a re-run",
    });
  });

  it('a flaky matrix leg makes the run flaky', () => {
    const run = runFact(60, { attempt: 2 });
    const verdict = judgeRunStreak(params({ job: JOB, count: 1, reruns: 'refuse' }), {
      ...facts(''),
      history: [
        { run, jobs: [jobFact(`${JOB} (x86_64)`, 'success'), jobFact(`${JOB} (aarch64)`, 'success')] },
      ],
      earlierAttempts: new Map([[60, [jobFact(`${JOB} (aarch64)`, 'timed_out', { id: 9 })]]]),
    });
    expect(verdict.code).toBe('STREAK_TOO_SHORT');
  });
});

describe('min_span_hours (soak)', () => {
  const hourly = (pattern: string, stepHours: number): StreakFacts => {
    const newest = Date.parse('2026-03-10T12:00:00Z');
    return {
      ...facts(''),
      history: history(pattern).map((entry, index) => ({
        ...entry,
        run: { ...entry.run, createdAt: new Date(newest - index * stepHours * 3_600_000).toISOString() },
      })),
    };
  };

  it('fails with SOAK_TOO_SHORT when the streak is long enough but spans too little time', () => {
    // 10 runs 3 h apart: 27 h from the oldest to the newest.
    const verdict = judgeRunStreak(params({ min_span_hours: 72 }), hourly('SSSSSSSSSSF', 3));
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'SOAK_TOO_SHORT',
      message:
        "10 of 10 consecutive green 'windows smoke' runs on main, spanning only 27 h of the 72 h needed",
    });
    expect(verdict.details).toMatchObject({ streak: 10, min_span_hours: 72, span_hours: 27 });
  });

  it('walks on past count while the streak is green, and passes once it spans enough', () => {
    // 30 green runs 3 h apart; 25 of them span 72 h.
    const verdict = judgeRunStreak(params({ min_span_hours: 72 }), hourly('S'.repeat(30), 3));
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'STREAK_MET',
      message: "25 of 10 consecutive green 'windows smoke' runs on main; spanning 72 h (72 h needed)",
    });
  });

  it('exactly the span needed passes; one run short of it does not', () => {
    expect(judgeRunStreak(params({ count: 2, min_span_hours: 6 }), hourly('SSS', 3)).code).toBe('STREAK_MET');
    expect(judgeRunStreak(params({ count: 2, min_span_hours: 6 }), hourly('SSF', 3)).code).toBe(
      'SOAK_TOO_SHORT',
    );
  });

  it('a count not reached is STREAK_TOO_SHORT whatever the span', () => {
    expect(judgeRunStreak(params({ min_span_hours: 1 }), hourly('SSSF', 24)).code).toBe('STREAK_TOO_SHORT');
  });

  it('an unreadable run time never satisfies the soak', () => {
    const broken = hourly('SSSS', 30);
    broken.history[1] = { ...broken.history[1]!, run: { ...broken.history[1]!.run, createdAt: 'yesterday' } };
    const verdict = judgeRunStreak(params({ count: 2, min_span_hours: 60 }), broken);
    expect(verdict.code).toBe('SOAK_TOO_SHORT');
    expect(verdict.message).toContain('spanning only ? h of the 60 h needed');
    expect(verdict.details!.span_hours).toBeNull();
  });
});
