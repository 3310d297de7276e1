// required_checks: the judge decides every code from plain facts; `collect` polls while a
// required check is pending, on a fake clock, and never waits on its own workflow run.
import { createHash } from 'node:crypto';
import type { CheckRunFact, CommitChecks, CommitStatusFact } from '../../../src/facts/checks.js';
import {
  assessChecks,
  checkNameMatcher,
  judgeRequiredChecks,
  RATE_LIMIT_RESERVE,
  requiredChecksGate,
  type RequiredChecksFacts,
  type RequiredChecksParams,
  type WaitRecord,
} from '../../../src/gates/required-checks.js';
import {
  context,
  factStore,
  fakeGitHub,
  httpError,
  OWNER,
  rawCheckRun,
  REPO,
  SHA,
} from '../../facts/commit/fake-github.js';

const ctx = context({ runId: 777 });

let nextId = 1;
function run(
  name: string,
  conclusion: string | null = 'success',
  status: CheckRunFact['status'] = conclusion === null ? 'in_progress' : 'completed',
): CheckRunFact {
  const id = nextId++;
  return {
    id,
    name,
    status,
    conclusion,
    startedAt: '2026-03-04T10:00:00Z',
    url: `https://github.com/${OWNER}/${REPO}/actions/runs/100/job/${id}`,
    app: 'github-actions',
    workflowRunId: 100,
  };
}

function status(context: string, state: CommitStatusFact['state']): CommitStatusFact {
  return {
    context,
    state,
    description: null,
    url: `https://ci.example.com/${context}`,
    updatedAt: '2026-03-04T10:00:00Z',
  };
}

function checks(
  checkRuns: CheckRunFact[],
  statuses: CommitStatusFact[] = [],
  ownRunCheckRuns: CheckRunFact[] = [],
): CommitChecks {
  return { sha: SHA, checkRuns, statuses, statusesRead: true, ownRunCheckRuns };
}

function params(overrides: Partial<RequiredChecksParams> = {}): RequiredChecksParams {
  return {
    checks: ['test', 'lint', 'security scan'],
    include_statuses: true,
    allow: ['success', 'neutral', 'skipped'],
    ...overrides,
  };
}

function waitRecord(overrides: Partial<WaitRecord> = {}): WaitRecord {
  return {
    polls: 0,
    waitedMs: 0,
    timeoutMs: 600_000,
    timedOut: false,
    countedRequests: 2,
    notModified: 0,
    stopped: null,
    progress: [],
    ...overrides,
  };
}

const judge = (p: RequiredChecksParams, c: CommitChecks, wait: RequiredChecksFacts['wait'] = null) =>
  judgeRequiredChecks(p, { checks: c, wait }, ctx);

describe('judgeRequiredChecks', () => {
  it('CHECKS_PASSED when every named check concluded in allow (check runs and statuses)', () => {
    const verdict = judge(
      params(),
      checks([run('test'), run('lint', 'skipped')], [status('security scan', 'success')]),
    );
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'CHECKS_PASSED',
      message: 'All 3 required checks passed on 3f78685: test, lint, security scan.',
    });
    expect(verdict.details).toMatchObject({ missing: [], ignored_own_run: [] });
  });

  it('CHECKS_FAILED lists each failed check with its conclusion and link', () => {
    const test = run('test', 'failure');
    const verdict = judge(params(), checks([test, run('lint', 'timed_out'), run('security scan')]));
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'CHECKS_FAILED',
      message: '2 of 3 required checks failed on 3f78685: test (failure), lint (timed_out).',
    });
    expect(verdict.links).toEqual([
      { title: 'test (failure)', url: test.url },
      expect.objectContaining({ title: 'lint (timed_out)' }),
      { title: 'Checks of 3f78685', url: `https://github.com/${OWNER}/${REPO}/commit/${SHA}/checks` },
    ]);
  });

  it('a failed commit status counts, and says so with its target link', () => {
    const verdict = judge(
      params({ checks: ['ci/*'] }),
      checks([], [status('ci/jenkins', 'error'), status('ci/circle', 'success')]),
    );
    expect(verdict).toMatchObject({
      code: 'CHECKS_FAILED',
      message: '1 of 2 required checks failed on 3f78685: ci/jenkins (error).',
    });
    expect(verdict.links![0]).toEqual({
      title: 'ci/jenkins (error)',
      url: 'https://ci.example.com/ci/jenkins',
    });
  });

  it('a failure wins over pending and missing checks, and mentions them', () => {
    const verdict = judge(params(), checks([run('test', 'cancelled'), run('lint', null)]));
    expect(verdict).toMatchObject({
      code: 'CHECKS_FAILED',
      message: '1 of 3 required checks failed on 3f78685: test (cancelled) (also 1 pending, 1 missing).',
    });
  });

  it('CHECK_MISSING names the missing check and what was reported', () => {
    const verdict = judge(params(), checks([run('test'), run('lint')], [status('ci/jenkins', 'success')]));
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'CHECK_MISSING',
      message:
        "Required check 'security scan' was not reported on 3f78685; reported: test, lint, ci/jenkins.",
    });
    expect(verdict.details).toMatchObject({ missing: ['security scan'] });
  });

  it('CHECK_MISSING explains a check that only this workflow run has (it is ignored)', () => {
    const verdict = judge(
      params({ checks: ['test', 'release-gates'] }),
      checks([run('test')], [], [run('release-gates', null)]),
    );
    expect(verdict.code).toBe('CHECK_MISSING');
    expect(verdict.message).toContain(
      "'release-gates' (only in this workflow run, which is ignored so the gate never waits on itself)",
    );
    expect(verdict.details).toMatchObject({ ignored_own_run: ['release-gates'] });
  });

  it('CHECKS_PENDING without a wait says how to wait', () => {
    const verdict = judge(
      params(),
      checks([run('test', null, 'queued'), run('lint'), run('security scan', null)]),
    );
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'CHECKS_PENDING',
      message:
        '2 of 3 required checks still pending on 3f78685: test (queued), security scan (in_progress); set `wait` to poll until they finish.',
    });
  });

  it('CHECKS_PENDING after a wait timed out says how long', () => {
    const verdict = judge(params({ checks: ['test'] }), checks([run('test', null)]), {
      ...waitRecord(),
      polls: 40,
      waitedMs: 20 * 60_000,
      timeoutMs: 20 * 60_000,
      timedOut: true,
    });
    expect(verdict).toMatchObject({
      code: 'CHECKS_PENDING',
      message:
        '1 of 1 required check still pending on 3f78685 after waiting 20 min (timeout): test (in_progress).',
    });
    expect(verdict.details).toMatchObject({ wait: { polls: 40, timedOut: true } });
  });

  it('a pending commit status is pending', () => {
    expect(
      judge(params({ checks: ['deploy/*'] }), checks([], [status('deploy/preview', 'pending')])).code,
    ).toBe('CHECKS_PENDING');
  });

  it('include_statuses: false ignores statuses entirely (a status-only check is then missing)', () => {
    const c = checks([run('test')], [status('lint', 'failure')]);
    expect(judge(params({ checks: ['test'], include_statuses: false }), c).code).toBe('CHECKS_PASSED');
    expect(judge(params({ checks: ['test', 'lint'], include_statuses: false }), c).code).toBe(
      'CHECK_MISSING',
    );
  });

  it('allow widens what passes', () => {
    const c = checks([run('test', 'action_required')]);
    expect(judge(params({ checks: ['test'] }), c).code).toBe('CHECKS_FAILED');
    expect(judge(params({ checks: ['test'], allow: ['success', 'action_required'] }), c).code).toBe(
      'CHECKS_PASSED',
    );
    expect(
      judge(params({ checks: ['test'], allow: ['success'] }), checks([run('test', 'skipped')])).code,
    ).toBe('CHECKS_FAILED');
  });

  it('a glob requires every check it matches (matrix legs)', () => {
    const c = checks([
      run('test (ubuntu-latest, 20)'),
      run('test (windows-latest, 20)', 'failure'),
      run('lint'),
    ]);
    const verdict = judge(params({ checks: ['test (*)'] }), c);
    expect(verdict).toMatchObject({
      code: 'CHECKS_FAILED',
      message: '1 of 2 required checks failed on 3f78685: test (windows-latest, 20) (failure).',
    });
  });

  it('`all` is every check reported except this run’s own', () => {
    const c = checks(
      [run('test'), run('lint', 'neutral')],
      [status('ci/jenkins', 'success')],
      [run('release-gates', null)],
    );
    expect(judge(params({ checks: 'all' }), c)).toMatchObject({
      code: 'CHECKS_PASSED',
      message: 'All 3 required checks passed on 3f78685: test, lint, ci/jenkins.',
    });
    expect(judge(params({ checks: 'all' }), checks([run('test'), run('e2e', 'failure')])).code).toBe(
      'CHECKS_FAILED',
    );
  });

  it('`all` on a commit with no check run and no status fails closed as NO_CHECKS', () => {
    expect(judge(params({ checks: 'all' }), checks([]))).toMatchObject({
      status: 'fail',
      code: 'NO_CHECKS',
      message: 'No checks were reported on 3f78685; `checks: all` needs at least one.',
    });
    expect(judge(params({ checks: 'all' }), checks([], [], [run('release-gates', null)])).message).toBe(
      "No checks were reported on 3f78685 besides this workflow run's own, which are ignored; `checks: all` needs at least one.",
    );
  });

  it('`all` with statuses left out counts only check runs: a commit with only statuses is NO_CHECKS', () => {
    const onlyStatuses = checks([], [status('ci/jenkins', 'success')]);
    expect(judge(params({ checks: 'all', include_statuses: false }), onlyStatuses)).toMatchObject({
      code: 'NO_CHECKS',
      message:
        'No checks were reported on 3f78685 (commit statuses are not counted: include_statuses is false); `checks: all` needs at least one.',
    });
    // The same commit passes once statuses count: NO_CHECKS is about nothing, not about statuses.
    expect(judge(params({ checks: 'all' }), onlyStatuses).code).toBe('CHECKS_PASSED');
  });

  it('`all` with a single check or status is judged on it, not NO_CHECKS', () => {
    expect(judge(params({ checks: 'all' }), checks([run('test', 'failure')])).code).toBe('CHECKS_FAILED');
    expect(judge(params({ checks: 'all' }), checks([], [status('ci/jenkins', 'pending')])).code).toBe(
      'CHECKS_PENDING',
    );
  });

  it('a wait stopped by the rate limit is an error naming why, never a pass or a plain pending', () => {
    const stopped = { code: 'WAIT_RATE_LIMITED', message: 'only 12 API requests are left' };
    const verdict = judge(
      params({ checks: ['test', 'lint'] }),
      checks([run('test', null), run('lint')]),
      waitRecord({ polls: 3, waitedMs: 90_000, stopped }),
    );
    expect(verdict).toMatchObject({
      status: 'error',
      code: 'WAIT_RATE_LIMITED',
      message:
        'Stopped waiting on the checks on 3f78685 after waiting 1 min 30 s: only 12 API requests are left. 1 of 2 required checks were still pending or not reported.',
    });
    // A failure seen before the stop still decides: the verdict was already known.
    expect(
      judge(params({ checks: ['test', 'lint'] }), checks([run('test', 'failure'), run('lint', null)]), {
        ...waitRecord({ stopped }),
      }).code,
    ).toBe('CHECKS_FAILED');
  });

  it('one required check passing reads naturally; long lists are shortened', () => {
    expect(judge(params({ checks: ['test'] }), checks([run('test')])).message).toBe(
      'The required check passed on 3f78685: test.',
    );
    const many = Array.from({ length: 9 }, (_, i) => run(`job ${i}`));
    expect(judge(params({ checks: 'all' }), checks(many)).message).toBe(
      'All 9 required checks passed on 3f78685: job 0, job 1, job 2, job 3, job 4, job 5 and 3 more.',
    );
  });

  it('errors (fails closed) when the commit is unknown', () => {
    const verdict = judgeRequiredChecks(
      params(),
      { checks: checks([run('test')]), wait: null },
      context({ sha: '' }),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'SHA_UNRESOLVED' });
  });
});

describe('checkNameMatcher', () => {
  it.each([
    ['test', 'test', true],
    ['test', 'Test', false],
    ['test', 'test (ubuntu)', false],
    ['test (*)', 'test (ubuntu-latest, 20)', true],
    ['test (ubuntu-latest, 20)', 'test (ubuntu-latest, 20)', true],
    ['CI / *', 'CI / test', true],
    ['ci/*', 'ci/circleci: build', true],
    ['*', 'anything / at all', true],
    ['build-?', 'build-1', true],
    ['build-?', 'build-10', false],
    ['a.b', 'axb', false],
    ['[x]', '[x]', true],
    ['why?', 'why?', true],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(checkNameMatcher(pattern)(name)).toBe(expected);
  });
});

describe('assessChecks', () => {
  it('counts a name present both as a check run and a status twice: both must pass', () => {
    const { outcomes } = assessChecks(
      params({ checks: ['test'] }),
      checks([run('test')], [status('test', 'failure')]),
    );
    expect(outcomes.map((o) => [o.kind, o.state])).toEqual([
      ['check_run', 'passed'],
      ['status', 'failed'],
    ]);
  });

  it('selects a check once even when two patterns match it', () => {
    expect(assessChecks(params({ checks: ['test', 't*'] }), checks([run('test')])).outcomes).toHaveLength(1);
  });
});

describe('requiredChecksGate.collect', () => {
  const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
  const STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status';

  /** A commit whose `test` check finishes after `finishAt` ms on the fake clock. */
  function scenario(finishAt: number, conclusion = 'success') {
    let now = 0;
    const fake = fakeGitHub({
      [CHECK_RUNS]: () => ({
        data: {
          check_runs: [
            rawCheckRun(1, 'lint', { runId: 100 }),
            now >= finishAt
              ? rawCheckRun(3, 'test', { runId: 100, conclusion })
              : rawCheckRun(2, 'test', { runId: 100, status: 'in_progress', conclusion: null }),
            // This workflow run's own job: in progress for as long as the gate runs.
            rawCheckRun(4, 'release-gates', { runId: 777, status: 'in_progress', conclusion: null }),
          ],
        },
      }),
      [STATUS]: () => ({ data: { statuses: [] } }),
    });
    const store = factStore(fake.github);
    store.clock.onSleep = (t) => (now = t);
    return { ...fake, ...store };
  }

  const waiting = (timeout_minutes: number, interval_seconds: number) =>
    params({ checks: ['test', 'lint'], wait: { timeout_minutes, interval_seconds } });

  it('without wait reads once and reports what it saw', async () => {
    const { facts, calls, clock } = scenario(60_000);
    const result = await requiredChecksGate.collect(params({ checks: ['test', 'lint'] }), ctx, facts);
    expect(result.wait).toBeNull();
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([]);
    expect(requiredChecksGate.judge(params({ checks: ['test', 'lint'] }), result, ctx).code).toBe(
      'CHECKS_PENDING',
    );
  });

  it('waits while a check is pending, re-reading every interval, until it turns green', async () => {
    const { facts, calls, clock } = scenario(95_000);
    const p = waiting(20, 30);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    // Nothing changes for a while: the delay grows by half each time (30 s, 45 s, 68 s).
    expect(clock.sleeps).toEqual([30_000, 45_000, 68_000]);
    expect(result.wait).toMatchObject({ polls: 3, waitedMs: 143_000, timeoutMs: 1_200_000, timedOut: false });
    // One check-runs and one status read per reading: the first and three polls.
    expect(calls).toHaveLength(8);
    const verdict = requiredChecksGate.judge(p, result, ctx);
    expect(verdict).toMatchObject({
      code: 'CHECKS_PASSED',
      message: 'All 2 required checks passed on 3f78685 after waiting 2 min 23 s: test, lint.',
    });
    // The action's own job, in progress all along, never held the gate.
    expect(verdict.details).toMatchObject({ ignored_own_run: ['release-gates'] });
  });

  it('never waits on its own run with `all`', async () => {
    const { facts, clock } = scenario(0);
    const p = params({ checks: 'all', wait: { timeout_minutes: 5, interval_seconds: 10 } });
    const result = await requiredChecksGate.collect(p, ctx, facts);
    expect(clock.sleeps).toEqual([]);
    expect(requiredChecksGate.judge(p, result, ctx).code).toBe('CHECKS_PASSED');
  });

  it('stops at the timeout: the last sleep ends at the deadline and one more reading is taken', async () => {
    const { facts, clock } = scenario(Number.POSITIVE_INFINITY);
    const p = waiting(1.5, 40);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    // 40 s, then the backed-off 60 s is cut to the 50 s left.
    expect(clock.sleeps).toEqual([40_000, 50_000]);
    expect(result.wait).toMatchObject({ polls: 2, waitedMs: 90_000, timeoutMs: 90_000, timedOut: true });
    expect(requiredChecksGate.judge(p, result, ctx)).toMatchObject({
      code: 'CHECKS_PENDING',
      message: expect.stringContaining(
        'still pending on 3f78685 after waiting 1 min 30 s (timeout): test (in_progress)',
      ),
    });
  });

  it('stops waiting as soon as a required check fails', async () => {
    const { facts, clock } = scenario(30_000, 'failure');
    const p = waiting(20, 30);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    expect(clock.sleeps).toEqual([30_000]);
    expect(requiredChecksGate.judge(p, result, ctx).code).toBe('CHECKS_FAILED');
  });

  it('waits for a named check that is not reported yet, then calls it missing', async () => {
    const { facts, clock } = scenario(0);
    const p = params({ checks: ['test', 'e2e'], wait: { timeout_minutes: 1, interval_seconds: 30 } });
    const result = await requiredChecksGate.collect(p, ctx, facts);
    expect(clock.sleeps).toEqual([30_000, 30_000]);
    expect(requiredChecksGate.judge(p, result, ctx)).toMatchObject({
      code: 'CHECK_MISSING',
      message:
        "Required check 'e2e' was not reported on 3f78685 after waiting 1 min (timeout); reported: lint, test.",
    });
  });

  it('does not wait when nothing is pending', async () => {
    const { facts, clock, calls } = scenario(0);
    const result = await requiredChecksGate.collect(waiting(20, 30), ctx, facts);
    expect(clock.sleeps).toEqual([]);
    expect(result.wait).toEqual({
      polls: 0,
      waitedMs: 0,
      timeoutMs: 1_200_000,
      timedOut: false,
      countedRequests: 2,
      notModified: 0,
      stopped: null,
      progress: [],
    });
    expect(calls).toHaveLength(2);
  });

  it('makes no request when the commit is unknown (the judge errors)', async () => {
    const { facts, calls } = scenario(0);
    const noSha = context({ sha: '' });
    const result = await requiredChecksGate.collect(waiting(20, 30), noSha, facts);
    expect(calls).toHaveLength(0);
    expect(requiredChecksGate.judge(waiting(20, 30), result, noSha).status).toBe('error');
  });
});

describe('waiting that spares the quota', () => {
  const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
  const STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status';

  interface World {
    /** Fake-clock time (ms) at which `lint` concludes, or never. */
    lintAt: number;
    lintConclusion: string;
    /** x-ratelimit-remaining sent with each answer (decremented by counted answers). */
    remaining: number;
    retryAfterSeconds?: number;
    /** Throw a primary rate-limit error on reads after this time. */
    rateLimitedAfter?: number;
  }

  /**
   * GitHub as seen by a conditional client: each answer carries a weak ETag of its body, and a
   * request whose If-None-Match names it gets Octokit's RequestError with status 304.
   */
  function world(settings: Partial<World> = {}) {
    const w: World = { lintAt: Infinity, lintConclusion: 'failure', remaining: 900, ...settings };
    let now = 0;
    const answered = { ok: 0, notModified: 0 };
    const conditional = (body: () => unknown) => (params: Record<string, unknown>) => {
      if (w.rateLimitedAfter !== undefined && now > w.rateLimitedAfter)
        throw Object.assign(new Error('API rate limit exceeded for installation'), {
          status: 403,
          request: { method: 'GET', url: 'https://api.github.com/repos/acme/plasmite/commits/x/check-runs' },
          response: { headers: { 'x-ratelimit-remaining': '0' } },
        });
      const data = body();
      const etag = `W/"${createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 20)}"`;
      const sent = (params.headers as Record<string, string> | undefined)?.['if-none-match'];
      const headers: Record<string, string> = {
        etag,
        'x-ratelimit-remaining': String(w.remaining),
        'x-ratelimit-reset': '1796000000',
        ...(w.retryAfterSeconds !== undefined ? { 'retry-after': String(w.retryAfterSeconds) } : {}),
      };
      if (sent === etag) {
        answered.notModified++;
        throw Object.assign(new Error('Not Modified'), { status: 304, response: { headers } });
      }
      answered.ok++;
      w.remaining--;
      return { data, headers };
    };
    const fake = fakeGitHub({
      [CHECK_RUNS]: conditional(() => ({
        check_runs: [
          rawCheckRun(1, 'test', { status: 'in_progress', conclusion: null }),
          now >= w.lintAt
            ? rawCheckRun(3, 'lint', { conclusion: w.lintConclusion })
            : rawCheckRun(2, 'lint', { status: 'in_progress', conclusion: null }),
        ],
      })),
      [STATUS]: conditional(() => ({ statuses: [] })),
    });
    const store = factStore(fake.github);
    store.clock.onSleep = (t) => (now = t);
    return { ...fake, ...store, answered, world: w };
  }

  const waitFor = (timeout_minutes: number, interval_seconds: number) =>
    params({ checks: ['test', 'lint'], wait: { timeout_minutes, interval_seconds } });

  it('a 30-minute wait on an unchanging check costs 2 counted requests; every later reading is a 304', async () => {
    const { facts, clock, answered, calls } = world();
    const progress: [string, number][] = [];
    const p = waitFor(30, 30);
    const result = await requiredChecksGate.collect(
      p,
      { ...ctx, reportWait: (message, left) => progress.push([message, left]) },
      facts,
    );
    // Backed off from 30 s by half each time, capped at four intervals, the last cut to the deadline.
    expect(clock.sleeps.slice(0, 5)).toEqual([30_000, 45_000, 68_000, 102_000, 120_000]);
    expect(Math.max(...clock.sleeps)).toBe(120_000);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(1_800_000);
    expect(result.wait).toMatchObject({
      timedOut: true,
      countedRequests: 2,
      notModified: 2 * clock.sleeps.length,
    });
    expect(answered).toEqual({ ok: 2, notModified: 2 * clock.sleeps.length });
    // Every poll after the first sent the ETag of the last answer.
    const conditionalCalls = calls.filter(
      (c) => (c.params.headers as Record<string, string> | undefined)?.['if-none-match'],
    );
    expect(conditionalCalls).toHaveLength(calls.length - 2);
    // Progress before each poll: what is pending and the time left.
    expect(progress).toHaveLength(clock.sleeps.length);
    expect(progress[0]).toEqual([
      'Waiting on 2 of 2 required checks on 3f78685: test (in_progress), lint (in_progress); 30 min left, next reading in 30 s',
      1_800_000,
    ]);
    expect(progress[1]![1]).toBe(1_770_000);
    expect(result.wait!.progress).toEqual(progress.map(([m]) => m));
    expect(requiredChecksGate.judge(p, result, ctx).code).toBe('CHECKS_PENDING');
  });

  it('ends early when another required check fails, and the change costs one counted request', async () => {
    const { facts, clock, answered } = world({ lintAt: 100_000 });
    const p = waitFor(30, 30);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    // 30 + 45 + 68 = 143 s: the reading after lint failed ends the wait.
    expect(clock.sleeps).toEqual([30_000, 45_000, 68_000]);
    expect(answered.ok).toBe(3); // first check-runs + status, and the changed check-runs
    expect(result.wait).toMatchObject({ countedRequests: 3, notModified: 5, timedOut: false });
    expect(requiredChecksGate.judge(p, result, ctx)).toMatchObject({
      code: 'CHECKS_FAILED',
      message: expect.stringContaining('lint (failure)'),
    });
  });

  it('a change resets the delay to the interval', async () => {
    const { facts, clock } = world({ lintAt: 100_000, lintConclusion: 'success' });
    await requiredChecksGate.collect(waitFor(5, 30), ctx, facts);
    // lint turns green at 143 s: the next delay is 30 s again, then grows.
    expect(clock.sleeps.slice(0, 5)).toEqual([30_000, 45_000, 68_000, 30_000, 45_000]);
  });

  it('stops before the quota runs out: below the reserve it is WAIT_RATE_LIMITED, not a pending pass later', async () => {
    const { facts, clock } = world({ remaining: RATE_LIMIT_RESERVE });
    const p = waitFor(30, 30);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    // The first reading's answers said 50, then 49 left: below the reserve of 50.
    expect(clock.sleeps).toEqual([]);
    expect(requiredChecksGate.judge(p, result, ctx)).toMatchObject({
      status: 'error',
      code: 'WAIT_RATE_LIMITED',
      message: expect.stringContaining(
        `only ${RATE_LIMIT_RESERVE - 1} API requests are left in this hour's rate limit (it resets at`,
      ),
    });
  });

  it('holds off as long as retry-after asks, and stops when that is past the timeout', async () => {
    const held = world({ retryAfterSeconds: 90, lintAt: 50_000 });
    const result = await requiredChecksGate.collect(waitFor(30, 30), ctx, held.facts);
    expect(held.clock.sleeps[0]).toBe(90_000);
    expect(result.wait?.stopped).toBeNull();

    const tooLong = world({ retryAfterSeconds: 3600 });
    const p = waitFor(30, 30);
    const stopped = await requiredChecksGate.collect(p, ctx, tooLong.facts);
    expect(tooLong.clock.sleeps).toEqual([]);
    expect(requiredChecksGate.judge(p, stopped, ctx)).toMatchObject({
      status: 'error',
      code: 'WAIT_RATE_LIMITED',
      message: expect.stringContaining(
        'GitHub asked to hold off for 60 min (retry-after), past the 30 min timeout',
      ),
    });
  });

  it('a rate-limit error while polling stops the wait with WAIT_RATE_LIMITED; the reading before it is kept', async () => {
    const { facts, clock } = world({ rateLimitedAfter: 60_000 });
    const p = waitFor(30, 30);
    const result = await requiredChecksGate.collect(p, ctx, facts);
    expect(clock.sleeps).toEqual([30_000, 45_000]);
    expect(result.wait).toMatchObject({ polls: 1, stopped: { code: 'WAIT_RATE_LIMITED' } });
    expect(requiredChecksGate.judge(p, result, ctx)).toMatchObject({
      status: 'error',
      code: 'WAIT_RATE_LIMITED',
      message: expect.stringContaining('GitHub rate limit reached'),
    });
  });

  it('other errors while polling are not swallowed', async () => {
    const { facts } = world();
    let reads = 0;
    const failing = fakeGitHub({
      [CHECK_RUNS]: () => {
        if (++reads > 1) throw httpError(500, '/repos/acme/plasmite/commits/x/check-runs', 'boom');
        return { data: { check_runs: [rawCheckRun(1, 'test', { status: 'queued', conclusion: null })] } };
      },
      [STATUS]: () => ({ data: { statuses: [] } }),
    });
    void facts;
    const store = factStore(failing.github);
    await expect(
      requiredChecksGate.collect(
        params({ checks: ['test'], wait: { timeout_minutes: 5, interval_seconds: 10 } }),
        ctx,
        store.facts,
      ),
    ).rejects.toMatchObject({ code: 'API_ERROR' });
  });

  it('a list of more than one page is read whole on every poll, never trusted to a first-page 304', async () => {
    const page2 = 'https://api.github.com/repositories/1/commits/x/check-runs?page=2';
    let now = 0;
    const pages = fakeGitHub({
      [CHECK_RUNS]: () => ({
        data: { check_runs: [rawCheckRun(1, 'test', { status: 'in_progress', conclusion: null })] },
        headers: { etag: 'W/"p1"', link: `<${page2}>; rel="next"` },
      }),
      [page2]: () => ({
        data: {
          check_runs: [
            now > 40_000
              ? rawCheckRun(3, 'lint', { conclusion: 'failure' })
              : rawCheckRun(2, 'lint', { status: 'queued', conclusion: null }),
          ],
        },
        headers: { etag: 'W/"p2"' },
      }),
      [STATUS]: () => ({ data: { statuses: [] } }),
    });
    const store = factStore(pages.github);
    store.clock.onSleep = (t) => (now = t);
    const p = waitFor(5, 30);
    const result = await requiredChecksGate.collect(p, ctx, store.facts);
    expect(
      pages.calls
        .filter((c) => c.route === CHECK_RUNS)
        .every((c) => !(c.params.headers as Record<string, string> | undefined)?.['if-none-match']),
    ).toBe(true);
    expect(requiredChecksGate.judge(p, result, ctx).code).toBe('CHECKS_FAILED');
  });
});
