// workflowRuns: completed runs newest first, read 100 a page and only as far as asked; pages
// shared between walks; a missing workflow named as such.
import { GateError } from '../../../src/model/types.js';
import {
  defaultBranch,
  eventFilter,
  eventList,
  workflowFileName,
  workflowRuns,
} from '../../../src/facts/runs.js';
import { OWNER, REPO } from './builders.js';
import { fakeApi, greenRuns } from './fake-api.js';

const repo = { owner: OWNER, repo: REPO };
const query = { workflow: 'ci.yml', branch: 'main', event: 'push', status: 'completed' as const };

describe('workflowRuns', () => {
  it('asks for completed runs of the workflow file on the branch and event, 100 a page, without pull requests', async () => {
    const api = fakeApi({ runs: greenRuns(3) });
    const { runs, complete } = await workflowRuns(api.facts(), repo, query, { maxRuns: 200 });
    expect(runs.map((r) => r.id)).toEqual([1000, 999, 998]);
    expect(complete).toBe(true);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.path).toBe(`/repos/${OWNER}/${REPO}/actions/workflows/ci.yml/runs`);
    expect(api.requests[0]!.query).toEqual({
      branch: 'main',
      event: 'push',
      status: 'completed',
      exclude_pull_requests: 'true',
      per_page: '100',
      page: '1',
    });
  });

  it('maps the run as the gates need it, check suite node id included', async () => {
    const api = fakeApi({ runs: [{ id: 7, run_attempt: 2, conclusion: 'failure', head_sha: 'abc' }] });
    const { runs } = await workflowRuns(api.facts(), repo, query, { maxRuns: 10 });
    expect(runs[0]).toEqual({
      id: 7,
      runNumber: 7,
      attempt: 2,
      event: 'push',
      status: 'completed',
      conclusion: 'failure',
      headBranch: 'main',
      headSha: 'abc',
      htmlUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/7`,
      createdAt: '2026-03-04T10:00:00Z',
      checkSuiteNodeId: 'CS_7',
    });
  });

  it('stops paging as soon as `enough` is satisfied', async () => {
    const api = fakeApi({ runs: greenRuns(450) });
    const seen: number[] = [];
    const { runs, complete } = await workflowRuns(api.facts(), repo, query, {
      maxRuns: 1000,
      enough: (sofar) => {
        seen.push(sofar.length);
        return sofar.length >= 150;
      },
    });
    expect(seen).toEqual([100, 200]);
    expect(runs).toHaveLength(200);
    expect(complete).toBe(false);
    expect(api.requests.map((r) => r.query.page)).toEqual(['1', '2']);
  });

  it('never reads past max_runs, and says the history was cut short', async () => {
    const api = fakeApi({ runs: greenRuns(450) });
    const { runs, complete } = await workflowRuns(api.facts(), repo, query, {
      maxRuns: 150,
      enough: () => false,
    });
    expect(runs).toHaveLength(150);
    expect(complete).toBe(false);
    expect(api.requests).toHaveLength(2);
  });

  it('ends at the last page without asking for an empty one', async () => {
    const api = fakeApi({ runs: greenRuns(200) });
    const { runs, complete } = await workflowRuns(api.facts(), repo, query, {
      maxRuns: 1000,
      enough: () => false,
    });
    expect(runs).toHaveLength(200);
    expect(complete).toBe(true);
    expect(api.requests).toHaveLength(2);
  });

  it('shares each page between concurrent walks of the same history', async () => {
    const api = fakeApi({ runs: greenRuns(250) });
    const facts = api.facts();
    const [short, long] = await Promise.all([
      workflowRuns(facts, repo, query, { maxRuns: 200, enough: (r) => r.length >= 10 }),
      workflowRuns(facts, repo, query, { maxRuns: 300, enough: () => false }),
    ]);
    expect(short.runs).toHaveLength(100);
    expect(long.runs).toHaveLength(250);
    expect(api.requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
  });

  it('filters by commit for the commit gates', async () => {
    const api = fakeApi({
      runs: [
        { id: 1, head_sha: 'aaa' },
        { id: 2, head_sha: 'bbb', status: 'in_progress' },
      ],
    });
    const { runs } = await workflowRuns(
      api.facts(),
      repo,
      { workflow: 'ci.yml', headSha: 'bbb' },
      { maxRuns: 100 },
    );
    expect(runs.map((r) => [r.id, r.status])).toEqual([[2, 'in_progress']]);
    expect(api.requests[0]!.query).toEqual({
      head_sha: 'bbb',
      exclude_pull_requests: 'true',
      per_page: '100',
      page: '1',
    });
  });

  it('accepts a workflow path and asks by file name', async () => {
    expect(workflowFileName('.github/workflows/ci.yml')).toBe('ci.yml');
    const api = fakeApi({ runs: greenRuns(1) });
    await workflowRuns(api.facts(), repo, { ...query, workflow: '.github/workflows/ci.yml' }, { maxRuns: 5 });
    expect(api.requests[0]!.path).toMatch(/\/workflows\/ci\.yml\/runs$/);
  });

  it("names a missing workflow: no workflow 'x.yml' in owner/repo, with the permission", async () => {
    const api = fakeApi({ runs: greenRuns(1) });
    const error = await workflowRuns(
      api.facts(),
      repo,
      { ...query, workflow: 'nightly.yml' },
      { maxRuns: 5 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('WORKFLOW_NOT_FOUND');
    expect((error as GateError).message).toContain(`no workflow 'nightly.yml' in ${OWNER}/${REPO}`);
    expect((error as GateError).message).toContain('actions: read');
  });

  it('turns a 403 into a permission error naming actions: read', async () => {
    const api = fakeApi({
      rest: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }),
    });
    const error = (await workflowRuns(api.facts(), repo, query, { maxRuns: 5 }).catch(
      (e: unknown) => e,
    )) as GateError;
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('actions: read');
  });
});

describe('workflowRuns with several events', () => {
  // Newest first, as GitHub lists them: pushes, a nightly schedule run, a manual dispatch.
  const mixed = () => [
    { id: 10, event: 'push' },
    { id: 9, event: 'schedule' },
    { id: 8, event: 'workflow_dispatch' },
    { id: 7, event: 'push' },
    { id: 6, event: 'schedule' },
  ];

  it("lists once without the event filter and keeps the runs of the events named, in GitHub's order", async () => {
    const api = fakeApi({ runs: mixed() });
    const { runs, complete } = await workflowRuns(
      api.facts(),
      repo,
      { ...query, event: ['push', 'schedule'] },
      { maxRuns: 200 },
    );
    expect(runs.map((r) => [r.id, r.event])).toEqual([
      [10, 'push'],
      [9, 'schedule'],
      [7, 'push'],
      [6, 'schedule'],
    ]);
    expect(complete).toBe(true);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.query).not.toHaveProperty('event');
    expect(api.requests[0]!.query.branch).toBe('main');
  });

  it('costs one request per 100 runs read, whatever the number of events (per-event listings would cost one each)', async () => {
    const runs = Array.from({ length: 250 }, (_, i) => ({
      id: 1000 - i,
      event: ['push', 'schedule', 'workflow_dispatch'][i % 3]!,
    }));
    const api = fakeApi({ runs });
    const walked = await workflowRuns(
      api.facts(),
      repo,
      { ...query, event: ['push', 'schedule'] },
      { maxRuns: 1000, enough: (seen) => seen.length >= 100 },
    );
    // Two thirds of 100 runs per page: the second page brings the count past 100.
    expect(api.requests.map((r) => r.query.page)).toEqual(['1', '2']);
    expect(walked.runs.every((r) => r.event !== 'workflow_dispatch')).toBe(true);
    expect(walked.runs).toHaveLength(134);
  });

  it('bounds the runs read, other events included, by maxRuns', async () => {
    const api = fakeApi({ runs: mixed() });
    const { runs, complete } = await workflowRuns(
      api.facts(),
      repo,
      { ...query, event: ['push', 'schedule'] },
      { maxRuns: 3 },
    );
    expect(runs.map((r) => r.id)).toEqual([10, 9]);
    expect(complete).toBe(false);
  });

  it('asks the server to filter a single event, also when given as a one-element list', async () => {
    const api = fakeApi({ runs: mixed() });
    const { runs } = await workflowRuns(
      api.facts(),
      repo,
      { ...query, event: ['schedule'] },
      { maxRuns: 200 },
    );
    expect(runs.map((r) => r.id)).toEqual([9, 6]);
    expect(api.requests[0]!.query.event).toBe('schedule');
  });

  it('eventList and eventFilter: duplicates dropped; none means every event', () => {
    expect(eventList(['push', 'push', 'schedule'])).toEqual(['push', 'schedule']);
    expect(eventList(undefined)).toEqual([]);
    expect(eventFilter(undefined).serverEvent).toBeUndefined();
    expect(eventFilter(['push', 'push']).serverEvent).toBe('push');
  });
});

describe('defaultBranch', () => {
  it('asks the repository once per evaluation', async () => {
    const api = fakeApi({ defaultBranch: 'trunk' });
    const facts = api.facts();
    expect(await Promise.all([defaultBranch(facts, repo), defaultBranch(facts, repo)])).toEqual([
      'trunk',
      'trunk',
    ]);
    expect(api.requests).toHaveLength(1);
  });
});
