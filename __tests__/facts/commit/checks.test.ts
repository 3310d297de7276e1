// checksOfCommit: every page of check runs and statuses, the newest per name, and the
// check runs of the workflow run executing the action set apart.
import { GateError } from '../../../src/model/types.js';
import {
  checksOfCommit,
  newestPerName,
  nextPageUrl,
  workflowRunIdOf,
  type CheckRunFact,
} from '../../../src/facts/checks.js';
import {
  API,
  factStore,
  fakeGitHub,
  httpError,
  OWNER,
  rawCheckRun,
  REPO,
  SHA,
  type Handler,
} from './fake-github.js';

const repo = { owner: OWNER, repo: REPO };
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status';

function rawStatus(
  context: string,
  state: string,
  updated = '2026-03-04T10:00:00Z',
): Record<string, unknown> {
  return {
    context,
    state,
    description: null,
    target_url: `https://ci.example.com/${context}`,
    updated_at: updated,
  };
}

const onePage =
  (checkRuns: unknown[]): Handler =>
  () => ({ data: { total_count: checkRuns.length, check_runs: checkRuns } });
const statusPage =
  (statuses: unknown[]): Handler =>
  () => ({ data: { state: 'success', statuses, total_count: statuses.length } });

describe('checksOfCommit', () => {
  it('reads check runs and statuses at the commit with 100 per page and the latest filter', async () => {
    const { github, calls } = fakeGitHub({
      [CHECK_RUNS]: onePage([rawCheckRun(1, 'test')]),
      [STATUS]: statusPage([rawStatus('ci/jenkins', 'success')]),
    });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: true });
    expect(checks.checkRuns.map((r) => r.name)).toEqual(['test']);
    expect(checks.statuses).toEqual([
      {
        context: 'ci/jenkins',
        state: 'success',
        description: null,
        url: 'https://ci.example.com/ci/jenkins',
        updatedAt: '2026-03-04T10:00:00Z',
      },
    ]);
    expect(checks.statusesRead).toBe(true);
    expect(calls.map((c) => c.route).sort()).toEqual([CHECK_RUNS, STATUS]);
    expect(calls.find((c) => c.route === CHECK_RUNS)!.params).toEqual({
      owner: OWNER,
      repo: REPO,
      ref: SHA,
      filter: 'latest',
      per_page: 100,
    });
    expect(calls.find((c) => c.route === STATUS)!.params).toEqual({
      owner: OWNER,
      repo: REPO,
      ref: SHA,
      per_page: 100,
    });
  });

  it('follows Link rel="next" through every page of both lists', async () => {
    const page2 = `${API}/repositories/1/commits/${SHA}/check-runs?per_page=100&page=2`;
    const page3 = `${API}/repositories/1/commits/${SHA}/check-runs?per_page=100&page=3`;
    const status2 = `${API}/repositories/1/commits/${SHA}/status?per_page=100&page=2`;
    const link = (next: string, last: string) => `<${next}>; rel="next", <${last}>; rel="last"`;
    const { github, calls } = fakeGitHub({
      [CHECK_RUNS]: () => ({
        data: { total_count: 3, check_runs: [rawCheckRun(1, 'a')] },
        headers: { link: link(page2, page3) },
      }),
      [page2]: () => ({
        data: { total_count: 3, check_runs: [rawCheckRun(2, 'b')] },
        headers: { link: `<${page3}>; rel="next", <${CHECK_RUNS}>; rel="first"` },
      }),
      [page3]: () => ({
        data: { total_count: 3, check_runs: [rawCheckRun(3, 'c')] },
        headers: { link: `<${page2}>; rel="prev"` },
      }),
      [STATUS]: () => ({
        data: { statuses: [rawStatus('s1', 'success')] },
        headers: { link: link(status2, status2) },
      }),
      [status2]: () => ({ data: { statuses: [rawStatus('s2', 'pending')] } }),
    });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: true });
    expect(checks.checkRuns.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(checks.statuses.map((s) => s.context)).toEqual(['s1', 's2']);
    expect(calls).toHaveLength(5);
  });

  it('keeps the newest check run per name (re-runs, one job name in two workflows)', async () => {
    const { github } = fakeGitHub({
      [CHECK_RUNS]: onePage([
        rawCheckRun(10, 'test', { conclusion: 'failure', started: '2026-03-04T09:00:00Z', runId: 1 }),
        rawCheckRun(30, 'test', { conclusion: 'success', started: '2026-03-04T11:00:00Z', runId: 2 }),
        rawCheckRun(20, 'test', { conclusion: 'cancelled', started: '2026-03-04T10:00:00Z', runId: 3 }),
        rawCheckRun(11, 'lint'),
      ]),
    });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: false });
    expect(checks.checkRuns.map((r) => [r.name, r.id, r.conclusion])).toEqual([
      ['test', 30, 'success'],
      ['lint', 11, 'success'],
    ]);
  });

  it('sets apart the check runs of the workflow run executing the action before picking the newest', async () => {
    const { github } = fakeGitHub({
      [CHECK_RUNS]: onePage([
        rawCheckRun(1, 'build', { runId: 500 }),
        // This run's own job (in progress) and a job waiting on it, both newer than CI's `build`.
        rawCheckRun(2, 'build', {
          runId: 777,
          status: 'in_progress',
          conclusion: null,
          started: '2026-03-04T12:00:00Z',
        }),
        rawCheckRun(3, 'publish', { runId: 777, status: 'queued', conclusion: null, started: null }),
      ]),
    });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: 777, includeStatuses: false });
    expect(checks.checkRuns.map((r) => [r.name, r.id])).toEqual([['build', 1]]);
    expect(checks.ownRunCheckRuns.map((r) => [r.name, r.id])).toEqual([
      ['build', 2],
      ['publish', 3],
    ]);
  });

  it('does not read statuses (nor need statuses: read) when they are not wanted', async () => {
    const { github, calls } = fakeGitHub({ [CHECK_RUNS]: onePage([]) });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: false });
    expect(checks).toEqual({
      sha: SHA,
      checkRuns: [],
      statuses: [],
      statusesRead: false,
      ownRunCheckRuns: [],
    });
    expect(calls.map((c) => c.route)).toEqual([CHECK_RUNS]);
  });

  it('is memoized, and `fresh` reads again', async () => {
    let conclusion = 'in_progress';
    const { github, calls } = fakeGitHub({
      [CHECK_RUNS]: () => ({
        data: {
          check_runs: [
            rawCheckRun(
              1,
              'test',
              conclusion === 'in_progress' ? { status: 'in_progress', conclusion: null } : {},
            ),
          ],
        },
      }),
    });
    const { facts } = factStore(github);
    const options = { ownRunId: null, includeStatuses: false };
    await checksOfCommit(facts, repo, SHA, options);
    await checksOfCommit(facts, repo, SHA, options);
    expect(calls).toHaveLength(1);
    conclusion = 'success';
    const fresh = await checksOfCommit(facts, repo, SHA, { ...options, fresh: true });
    expect(fresh.checkRuns[0]!.status).toBe('completed');
    expect(calls).toHaveLength(2);
    // Later memoized readers see the fresh answer too.
    expect((await checksOfCommit(facts, repo, SHA, options)).checkRuns[0]!.status).toBe('completed');
  });

  it('names `checks: read` on a 403 for check runs', async () => {
    const { github } = fakeGitHub({
      [CHECK_RUNS]: () => {
        throw httpError(403, `/repos/${OWNER}/${REPO}/commits/${SHA}/check-runs?per_page=100`);
      },
    });
    const { facts } = factStore(github);
    const error = await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('PERMISSION_DENIED');
    expect((error as GateError).message).toContain('`checks: read`');
    expect((error as GateError).message).toContain('check runs of 3f78685');
  });

  it('names `statuses: read` on a 403 for commit statuses', async () => {
    const { github } = fakeGitHub({
      [CHECK_RUNS]: onePage([]),
      [STATUS]: () => {
        throw httpError(403, `/repos/${OWNER}/${REPO}/commits/${SHA}/status?per_page=100`);
      },
    });
    const { facts } = factStore(github);
    const error = (await checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: true }).catch(
      (e: unknown) => e,
    )) as GateError;
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('`statuses: read`');
  });

  it('fails with NO_TOKEN when there is no client', async () => {
    const { facts } = factStore(null);
    await expect(
      checksOfCommit(facts, repo, SHA, { ownRunId: null, includeStatuses: true }),
    ).rejects.toMatchObject({ code: 'NO_TOKEN' });
  });
});

describe('workflowRunIdOf', () => {
  it.each([
    ['https://github.com/acme/plasmite/actions/runs/123/job/456', 123],
    ['https://ghes.example.com/acme/plasmite/actions/runs/9/job/1?pr=3', 9],
    ['https://github.com/acme/plasmite/actions/runs/123/job/456#step:2:1', 123],
    ['https://github.com/acme/plasmite/runs/456', null],
    ['https://ci.example.com/build/1', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(workflowRunIdOf(url)).toBe(expected);
  });

  it('trusts only GitHub Actions: another app cannot get its check run ignored through its details_url', async () => {
    const { github } = fakeGitHub({
      [CHECK_RUNS]: onePage([
        {
          ...rawCheckRun(1, 'sneaky', { runId: null, app: 'other-app' }),
          details_url: `https://github.com/${OWNER}/${REPO}/actions/runs/777/job/1`,
        },
      ]),
    });
    const { facts } = factStore(github);
    const checks = await checksOfCommit(facts, repo, SHA, { ownRunId: 777, includeStatuses: false });
    expect(checks.checkRuns.map((r) => [r.name, r.workflowRunId])).toEqual([['sneaky', null]]);
    expect(checks.ownRunCheckRuns).toEqual([]);
  });
});

describe('newestPerName', () => {
  const run = (id: number, startedAt: string | null): CheckRunFact => ({
    id,
    name: 'x',
    status: 'completed',
    conclusion: 'success',
    startedAt,
    url: '',
    app: 'github-actions',
    workflowRunId: 1,
  });

  it('prefers the later start, then the higher id', () => {
    expect(newestPerName([run(5, '2026-01-01T00:00:02Z'), run(9, '2026-01-01T00:00:01Z')])[0]!.id).toBe(5);
    expect(newestPerName([run(5, '2026-01-01T00:00:01Z'), run(9, '2026-01-01T00:00:01Z')])[0]!.id).toBe(9);
  });

  it('takes a queued re-run (no start yet) over the finished run it replaces', () => {
    expect(newestPerName([run(5, '2026-01-01T00:00:01Z'), run(9, null)])[0]!.id).toBe(9);
  });
});

describe('nextPageUrl', () => {
  it('finds rel="next" wherever it is listed', () => {
    expect(nextPageUrl('<https://x/2>; rel="next", <https://x/9>; rel="last"')).toBe('https://x/2');
    expect(nextPageUrl('<https://x/1>; rel="prev", <https://x/3>; rel="next"')).toBe('https://x/3');
    expect(nextPageUrl('<https://x/1>; rel="prev", <https://x/1>; rel="first"')).toBeNull();
    expect(nextPageUrl(undefined)).toBeNull();
  });
});
