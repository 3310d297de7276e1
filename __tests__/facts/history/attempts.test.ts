// earlierAttempts: the jobs a re-run replaced, read only for runs with run_attempt > 1, in one
// GraphQL request per 100 such runs, REST where GraphQL cannot tell.
import { GateError } from '../../../src/model/types.js';
import { earlierAttempts } from '../../../src/facts/attempts.js';
import { workflowRuns } from '../../../src/facts/runs.js';
import { OWNER, REPO } from './builders.js';
import { fakeApi, type ApiOptions, type ApiRun } from './fake-api.js';

const repo = { owner: OWNER, repo: REPO };
const query = { workflow: 'ci.yml', branch: 'main', event: 'push', status: 'completed' as const };

/** A run whose `windows smoke` failed in attempt 1 and passed in attempt 2 (lint carried over). */
const flaky = (id: number, extra: Partial<ApiRun> = {}): ApiRun => ({
  id,
  run_attempt: 2,
  jobs: [
    { id: id * 10 + 1, name: 'lint' },
    { id: id * 10 + 2, name: 'windows smoke', conclusion: 'failure', attempt: 1 },
    { id: id * 10 + 3, name: 'windows smoke', attempt: 2 },
  ],
  ...extra,
});

async function read(options: ApiOptions) {
  const api = fakeApi(options);
  const facts = api.facts();
  const { runs } = await workflowRuns(facts, repo, query, { maxRuns: 100 });
  api.requests.length = 0;
  return { api, facts, runs };
}

describe('earlierAttempts', () => {
  it('asks nothing when no run was re-run', async () => {
    const { api, facts, runs } = await read({ runs: [{ id: 1 }, { id: 2 }] });
    expect((await earlierAttempts(facts, repo, runs)).size).toBe(0);
    expect(api.requests).toHaveLength(0);
  });

  it('reads every re-run run in one GraphQL request (checkType: ALL), only those with attempt > 1', async () => {
    const { api, facts, runs } = await read({ runs: [flaky(5), { id: 4 }, flaky(3)] });
    const attempts = await earlierAttempts(facts, repo, runs);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.ids).toEqual(['CS_5', 'CS_3']);
    expect(api.requests[0]!.graphqlQuery).toContain('checkType: ALL');
    expect(attempts.get(5)).toEqual([
      {
        id: 52,
        name: 'windows smoke',
        status: 'completed',
        conclusion: 'failure',
        htmlUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/5/job/52`,
      },
    ]);
    expect(attempts.has(4)).toBe(false);
  });

  it('shares the read between gates asking for the same runs', async () => {
    const { api, facts, runs } = await read({ runs: [flaky(5)] });
    await Promise.all([earlierAttempts(facts, repo, runs), earlierAttempts(facts, repo, runs)]);
    expect(api.requests).toHaveLength(1);
  });

  it('asks REST (filter=all) for a run GraphQL shows no earlier check run for: the suite cannot tell', async () => {
    const { api, facts, runs } = await read({
      runs: [flaky(5)],
      // A suite holding only the latest attempt's check runs.
      graphql: (ids) => ({
        status: 200,
        body: {
          data: {
            nodes: ids.map(() => ({
              workflowRun: { databaseId: 5 },
              checkRuns: {
                pageInfo: { hasNextPage: false },
                nodes: [
                  { databaseId: 53, name: 'windows smoke', status: 'COMPLETED', conclusion: 'SUCCESS' },
                ],
              },
            })),
          },
        },
      }),
    });
    const attempts = await earlierAttempts(facts, repo, runs);
    expect(api.requests.map((r) => `${r.path}${r.query.filter ? `?filter=${r.query.filter}` : ''}`)).toEqual([
      '/graphql',
      `/repos/${OWNER}/${REPO}/actions/runs/5/jobs?filter=all`,
    ]);
    expect(attempts.get(5)!.map((j) => [j.id, j.conclusion])).toEqual([[52, 'failure']]);
  });

  it('reads a run without a check suite id through REST, one request for all its attempts', async () => {
    const { api, facts, runs } = await read({ runs: [flaky(5, { suite: null })] });
    const attempts = await earlierAttempts(facts, repo, runs);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.query.filter).toBe('all');
    expect(attempts.get(5)!.map((j) => j.name)).toEqual(['windows smoke']);
  });

  it('falls back to REST when GraphQL refuses the query', async () => {
    const { api, facts, runs } = await read({
      runs: [flaky(5), flaky(3)],
      graphql: () => ({
        status: 200,
        body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible' }] },
      }),
    });
    const attempts = await earlierAttempts(facts, repo, runs);
    expect(api.requests.map((r) => r.path)).toEqual([
      '/graphql',
      `/repos/${OWNER}/${REPO}/actions/runs/5/jobs`,
      `/repos/${OWNER}/${REPO}/actions/runs/3/jobs`,
    ]);
    expect([...attempts.keys()]).toEqual([5, 3]);
  });

  it('stops on a rate limit instead of spending more requests on REST', async () => {
    const { api, facts, runs } = await read({
      runs: [flaky(5)],
      graphql: () => ({
        status: 200,
        body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation.' }] },
      }),
    });
    const error = await earlierAttempts(facts, repo, runs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('RATE_LIMITED');
    expect(api.requests).toHaveLength(1);
  });

  it('a REST failure is an error naming the run and the permission, never an empty history', async () => {
    const { facts, runs } = await read({
      runs: [flaky(5, { suite: null })],
      rest: (request) =>
        request.query.filter === 'all'
          ? { status: 403, body: { message: 'Resource not accessible by integration' } }
          : null,
    });
    const error = (await earlierAttempts(facts, repo, runs).catch((e: unknown) => e)) as GateError;
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('every attempt of run 5');
    expect(error.message).toContain('actions: read');
  });
});
