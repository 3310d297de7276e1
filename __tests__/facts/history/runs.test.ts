// workflowRuns: completed runs newest first, read 100 a page and only as far as asked; pages
// shared between walks; a missing workflow named as such.
import { GateError } from '../../../src/model/types.js';
import { defaultBranch, workflowFileName, workflowRuns } from '../../../src/facts/runs.js';
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
