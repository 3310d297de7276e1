// jobsOfRuns: the jobs of many runs in one GraphQL request per 100 check suites, REST's spelling
// of conclusions, the REST fallback (one request per run) and sharing between concurrent readers.
import { GateError } from '../../../src/model/types.js';
import {
  jobsOfRuns,
  lower,
  runsWithJobs,
  RUN_JOBS_QUERY,
  RUN_JOBS_WITH_STEPS_QUERY,
} from '../../../src/facts/jobs.js';
import { workflowRuns, type WorkflowRunFact } from '../../../src/facts/runs.js';
import { OWNER, REPO } from './builders.js';
import { fakeApi, greenRuns, type ApiOptions, type ApiRun } from './fake-api.js';

const repo = { owner: OWNER, repo: REPO };
const query = { workflow: 'ci.yml', branch: 'main', event: 'push', status: 'completed' as const };

/** Lists the runs first (one request), then clears the log so a test counts only the job reads. */
async function listed(options: ApiOptions): Promise<{
  api: ReturnType<typeof fakeApi>;
  runs: WorkflowRunFact[];
  facts: ReturnType<ReturnType<typeof fakeApi>['facts']>;
}> {
  const api = fakeApi(options);
  const facts = api.facts();
  const { runs } = await workflowRuns(facts, repo, query, { maxRuns: 1000, enough: () => false });
  api.requests.length = 0;
  return { api, runs, facts };
}

const ALL_CONCLUSIONS = [
  'success',
  'failure',
  'skipped',
  'cancelled',
  'neutral',
  'timed_out',
  'action_required',
  'startup_failure',
  'stale',
];

describe('jobsOfRuns through GraphQL', () => {
  it('reads the jobs of 100 runs in one request, by check suite node id', async () => {
    const { api, runs, facts } = await listed({ runs: greenRuns(100) });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.path).toBe('/graphql');
    expect(api.requests[0]!.graphqlQuery).toBe(RUN_JOBS_QUERY);
    expect(api.requests[0]!.ids).toEqual(runs.map((r) => `CS_${r.id}`));
    expect(byRun.size).toBe(100);
    expect(byRun.get(1000)).toEqual({
      runId: 1000,
      source: 'graphql',
      jobs: [
        {
          id: 91_000,
          name: 'windows smoke',
          status: 'completed',
          conclusion: 'success',
          htmlUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/1000/job/91000`,
        },
      ],
    });
  });

  it('chunks at 100 suites per request', async () => {
    const { api, runs, facts } = await listed({ runs: greenRuns(250) });
    await jobsOfRuns(facts, repo, runs);
    expect(api.requests.map((r) => r.ids!.length)).toEqual([100, 100, 50]);
  });

  it("spells GraphQL's enums as REST does", async () => {
    const jobs = ALL_CONCLUSIONS.map((conclusion, index) => ({
      id: index + 1,
      name: `job ${conclusion}`,
      conclusion,
    }));
    const { runs, facts } = await listed({
      runs: [
        { id: 1, jobs: [...jobs, { id: 99, name: 'running', status: 'in_progress', conclusion: null }] },
      ],
    });
    const [entry] = (await jobsOfRuns(facts, repo, runs)).values();
    expect(entry!.jobs.map((j) => j.conclusion)).toEqual([...ALL_CONCLUSIONS, null]);
    expect(entry!.jobs.map((j) => j.status)).toEqual([
      ...ALL_CONCLUSIONS.map(() => 'completed'),
      'in_progress',
    ]);
    expect(lower('TIMED_OUT')).toBe('timed_out');
    expect(lower(null)).toBeNull();
  });

  it('reads steps only when asked, with the steps query and smaller chunks', async () => {
    const runsWithSteps: ApiRun[] = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      jobs: [
        {
          id: 100 + i,
          name: 'windows smoke',
          steps: [{ name: 'checkout' }, { name: 'pool roundtrip', conclusion: 'failure' }],
        },
      ],
    }));
    const { api, runs, facts } = await listed({ runs: runsWithSteps });
    const byRun = await jobsOfRuns(facts, repo, runs, { steps: true });
    expect(api.requests.map((r) => [r.graphqlQuery === RUN_JOBS_WITH_STEPS_QUERY, r.ids!.length])).toEqual([
      [true, 25],
      [true, 5],
    ]);
    expect(byRun.get(1)!.jobs[0]!.steps).toEqual([
      { name: 'checkout', number: 1, status: 'completed', conclusion: 'success' },
      { name: 'pool roundtrip', number: 2, status: 'completed', conclusion: 'failure' },
    ]);
  });

  it('shares one read between concurrent callers, and never reads a run twice', async () => {
    const { api, runs, facts } = await listed({ runs: greenRuns(100) });
    await Promise.all([jobsOfRuns(facts, repo, runs), jobsOfRuns(facts, repo, runs.slice(0, 5))]);
    await jobsOfRuns(facts, repo, runs.slice(10, 20));
    expect(api.requests).toHaveLength(1);
  });

  it('serves a request without steps from jobs read with steps, not the other way round', async () => {
    const { api, runs, facts } = await listed({ runs: greenRuns(2) });
    await jobsOfRuns(facts, repo, runs, { steps: true });
    await jobsOfRuns(facts, repo, runs);
    expect(api.requests).toHaveLength(1);
    await jobsOfRuns(facts, repo, runs, { steps: true });
    expect(api.requests).toHaveLength(1);
    const fresh = await listed({ runs: greenRuns(2) });
    await jobsOfRuns(fresh.facts, repo, fresh.runs);
    await jobsOfRuns(fresh.facts, repo, fresh.runs, { steps: true });
    expect(fresh.api.requests).toHaveLength(2);
  });
});

describe('jobsOfRuns falling back to REST', () => {
  const restJobs = (requests: { path: string; query: Record<string, string> }[]) =>
    requests.filter((r) => r.path.endsWith('/jobs'));

  it('reads each run through REST (filter=latest) when GraphQL is refused, and stops trying GraphQL', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(150),
      graphql: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }),
    });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(api.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    expect(restJobs(api.requests)).toHaveLength(150);
    expect(restJobs(api.requests)[0]!.query).toEqual({ filter: 'latest', per_page: '100' });
    expect(byRun.get(1000)!.source).toBe('rest');
    expect(byRun.get(1000)!.jobs[0]).toMatchObject({
      id: 91_000,
      name: 'windows smoke',
      conclusion: 'success',
    });
  });

  it('remembers the refusal for later reads, and serves steps from a REST read without asking again', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(3),
      graphql: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }),
    });
    await jobsOfRuns(facts, repo, runs.slice(0, 2));
    await jobsOfRuns(facts, repo, runs.slice(2));
    await jobsOfRuns(facts, repo, runs, { steps: true });
    expect(api.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    expect(restJobs(api.requests)).toHaveLength(3);
  });

  it('falls back when GraphQL answers only errors (e.g. GHES without the field)', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(3),
      graphql: () => ({ status: 200, body: { errors: [{ message: "Field 'checkRuns' doesn't exist" }] } }),
    });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(restJobs(api.requests)).toHaveLength(3);
    expect([...byRun.values()].every((e) => e.source === 'rest')).toBe(true);
  });

  it('keeps what a partial GraphQL answer gave and reads only the missing runs through REST', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(3),
      graphql: (ids) => ({
        status: 200,
        body: {
          data: {
            nodes: ids.map((id, i) =>
              i === 1
                ? null
                : {
                    workflowRun: { databaseId: Number(id.slice(3)) },
                    checkRuns: { pageInfo: { hasNextPage: false }, nodes: [] },
                  },
            ),
          },
          errors: [
            { type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${ids[1]}'` },
          ],
        },
      }),
    });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(restJobs(api.requests).map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/actions/runs/999/jobs`,
    ]);
    expect(byRun.get(1000)!.source).toBe('graphql');
    expect(byRun.get(999)!.source).toBe('rest');
  });

  it('reads through REST a run without a check suite id, or with more than 100 jobs', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ id: 5000 + i, name: `shard ${i}` }));
    const { api, runs, facts } = await listed({
      runs: [
        { id: 3, suite: null, jobs: [{ id: 1, name: 'a' }] },
        { id: 2, jobs: many },
        { id: 1, jobs: [{ id: 2, name: 'b' }] },
      ],
    });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(api.requests.filter((r) => r.path === '/graphql').map((r) => r.ids)).toEqual([['CS_2', 'CS_1']]);
    // Run 3 (no suite) takes one request, run 2 (130 jobs) two pages.
    expect(
      restJobs(api.requests)
        .map((r) => `${r.path.split('/')[6]}:${r.query.page ?? '1'}`)
        .sort(),
    ).toEqual(['2:1', '2:2', '3:1']);
    expect(byRun.get(2)!.jobs).toHaveLength(130);
    expect(byRun.get(1)!.source).toBe('graphql');
  });

  it('refuses an answer that belongs to another run', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(1),
      graphql: () => ({
        status: 200,
        body: {
          data: {
            nodes: [
              { workflowRun: { databaseId: 4 }, checkRuns: { pageInfo: { hasNextPage: false }, nodes: [] } },
            ],
          },
        },
      }),
    });
    const byRun = await jobsOfRuns(facts, repo, runs);
    expect(byRun.get(1000)!.source).toBe('rest');
    expect(restJobs(api.requests)).toHaveLength(1);
  });

  it('does not fall back on a rate limit: it is an error (REST would only make it worse)', async () => {
    const { api, runs, facts } = await listed({
      runs: greenRuns(5),
      graphql: () => ({ status: 403, body: { message: 'API rate limit exceeded for installation ID 1.' } }),
    });
    const error = (await jobsOfRuns(facts, repo, runs).catch((e: unknown) => e)) as GateError;
    expect(error).toBeInstanceOf(GateError);
    expect(error.code).toBe('RATE_LIMITED');
    expect(restJobs(api.requests)).toHaveLength(0);
  });

  it('reports a REST failure as a gate error naming actions: read', async () => {
    const { runs, facts } = await listed({
      runs: greenRuns(1),
      graphql: () => ({ status: 502, body: { message: 'Bad gateway' } }),
      rest: (r) =>
        r.path.endsWith('/jobs')
          ? { status: 403, body: { message: 'Resource not accessible by integration' } }
          : null,
    });
    const error = (await jobsOfRuns(facts, repo, runs).catch((e: unknown) => e)) as GateError;
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('actions: read');
  });
});

describe('runsWithJobs', () => {
  it('walks pages of runs with their jobs and stops when the history decides', async () => {
    const api = fakeApi({ runs: greenRuns(250) });
    const { history, complete } = await runsWithJobs(api.facts(), repo, query, {
      maxRuns: 1000,
      enough: (seen) => seen.length >= 120,
    });
    expect(history).toHaveLength(200);
    expect(complete).toBe(false);
    expect(history[150]!.jobs[0]!.name).toBe('windows smoke');
    // Two pages of runs, two GraphQL requests.
    expect(api.requests.map((r) => (r.path === '/graphql' ? 'graphql' : `runs:${r.query.page}`))).toEqual([
      'runs:1',
      'graphql',
      'runs:2',
      'graphql',
    ]);
  });
});
