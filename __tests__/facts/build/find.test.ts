// Finding the build run: by id, or the newest successful run of the workflow for the tag;
// read once per evaluation whichever gates ask.
import { GateError } from '../../../src/model/types.js';
import { findBuildRun, titleNamesTag } from '../../../src/facts/build/find.js';
import { DEFAULT_METADATA_LOCATION } from '../../../src/facts/build/metadata.js';
import type { BuildRunLookup } from '../../../src/facts/build/run.js';
import { FactStore } from '../../../src/facts/store.js';
import type { EvalContext } from '../../../src/model/types.js';
import type { GitHub } from '../../../src/github/client.js';
import { context, MAIN_SHA, RUN_ID, TAG, TAG_SHA } from '../../gates/provenance/fixtures.js';
import { RequestCounter } from '../../../src/github/counter.js';

/** The run found for tag pushes only (the dispatch search has tests of its own). */
async function buildRun(
  facts: FactStore,
  ctx: EvalContext,
  options: { workflow: string },
): Promise<BuildRunLookup> {
  const finding = await findBuildRun(facts, ctx, {
    workflow: options.workflow,
    events: ['push'],
    dispatchFrom: ['main'],
    metadata: DEFAULT_METADATA_LOCATION,
  });
  return finding.lookup;
}

interface Calls {
  getWorkflowRun: unknown[];
  listWorkflowRuns: unknown[];
}

function runPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: RUN_ID,
    name: 'release',
    path: '.github/workflows/release.yml',
    workflow_id: 7,
    run_number: 12,
    run_attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    head_branch: TAG,
    head_sha: TAG_SHA,
    repository: { full_name: 'acme/plasmite' },
    head_repository: { full_name: 'acme/plasmite' },
    html_url: `https://github.com/acme/plasmite/actions/runs/${RUN_ID}`,
    created_at: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

function httpError(status: number, url: string): Error {
  return Object.assign(new Error(status === 404 ? 'Not Found' : 'Resource not accessible by integration'), {
    status,
    request: { method: 'GET', url: `https://api.github.com${url}` },
  });
}

function store(answers: { run?: () => unknown; runs?: () => unknown }): { facts: FactStore; calls: Calls } {
  const calls: Calls = { getWorkflowRun: [], listWorkflowRuns: [] };
  const actions = {
    getWorkflowRun: async (params: unknown) => {
      calls.getWorkflowRun.push(params);
      return { data: answers.run!() };
    },
    listWorkflowRuns: async (params: unknown) => {
      calls.listWorkflowRuns.push(params);
      return { data: { total_count: 0, workflow_runs: answers.runs!() } };
    },
  };
  const github = {
    octokit: { rest: { actions } },
    baseUrl: 'https://api.github.com',
    counter: new RequestCounter(),
    token: 't',
  } as unknown as GitHub;
  return { facts: new FactStore({ workspace: '/tmp', env: {}, github, externalGithub: null }), calls };
}

describe('buildRun by build_run_id', () => {
  it('reads the run once for every gate that asks, whatever workflow they name', async () => {
    const { facts, calls } = store({ run: () => runPayload() });
    const ctx = context({ buildRunId: RUN_ID });
    const [a, b] = await Promise.all([
      buildRun(facts, ctx, { workflow: 'release.yml' }),
      buildRun(facts, ctx, { workflow: 'other.yml' }),
    ]);
    expect(a).toBe(b);
    expect(a).toMatchObject({
      found: true,
      query: { by: 'id', runId: RUN_ID },
      run: { id: RUN_ID, headSha: TAG_SHA, headRepository: 'acme/plasmite' },
    });
    expect(calls.getWorkflowRun).toEqual([{ owner: 'acme', repo: 'plasmite', run_id: RUN_ID }]);
    expect(calls.listWorkflowRuns).toEqual([]);
  });

  it('reports a run that does not exist', async () => {
    const { facts } = store({
      run: () => {
        throw httpError(404, '/repos/acme/plasmite/actions/runs/77');
      },
    });
    expect(await buildRun(facts, context({ buildRunId: 77 }), { workflow: 'release.yml' })).toEqual({
      found: false,
      query: { by: 'id', runId: 77 },
      reason: 'workflow run 77 does not exist in acme/plasmite',
    });
  });

  it('turns a permission problem into an error naming the permission', async () => {
    const { facts } = store({
      run: () => {
        throw httpError(403, '/repos/acme/plasmite/actions/runs/77');
      },
    });
    const failure = buildRun(facts, context({ buildRunId: 77 }), { workflow: 'release.yml' });
    await expect(failure).rejects.toBeInstanceOf(GateError);
    await expect(failure).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('actions: read'),
    });
  });

  it('looks the id up even on a branch (the provenance gate then refuses the missing tag)', async () => {
    const { facts } = store({ run: () => runPayload() });
    const lookup = await buildRun(facts, context({ tag: null, buildRunId: RUN_ID }), {
      workflow: 'release.yml',
    });
    expect(lookup.found).toBe(true);
  });
});

describe('buildRun by search', () => {
  it('asks for successful runs of the workflow on the tag and takes the newest', async () => {
    const { facts, calls } = store({ runs: () => [runPayload({ id: 3 }), runPayload({ id: 2 })] });
    const lookup = await buildRun(facts, context(), { workflow: 'release.yml' });
    expect(lookup).toMatchObject({
      found: true,
      query: { by: 'search', workflow: 'release.yml', tag: TAG },
      run: { id: 3 },
    });
    expect(calls.listWorkflowRuns).toEqual([
      {
        owner: 'acme',
        repo: 'plasmite',
        workflow_id: 'release.yml',
        branch: TAG,
        status: 'success',
        per_page: 30,
      },
    ]);
  });

  it('re-applies the filters instead of trusting the server', async () => {
    const { facts } = store({
      runs: () => [
        runPayload({ id: 5, head_branch: 'main' }),
        runPayload({ id: 4, conclusion: 'failure' }),
        runPayload({ id: 3, status: 'in_progress', conclusion: null }),
        runPayload({ id: 2 }),
      ],
    });
    expect(await buildRun(facts, context(), { workflow: 'release.yml' })).toMatchObject({
      found: true,
      run: { id: 2 },
    });
  });

  it("does not let a fork's run named like the tag push the real build aside", async () => {
    const fork = {
      head_repository: { full_name: 'mallory/plasmite' },
      head_sha: MAIN_SHA,
      event: 'pull_request',
    };
    const { facts } = store({ runs: () => [runPayload({ id: 9, ...fork }), runPayload({ id: 2 })] });
    expect(await buildRun(facts, context(), { workflow: 'release.yml' })).toMatchObject({ run: { id: 2 } });
  });

  it('returns a fork run when it is the only one, for build_provenance to refuse by name', async () => {
    const { facts } = store({
      runs: () => [runPayload({ id: 9, head_repository: { full_name: 'mallory/plasmite' } })],
    });
    expect(await buildRun(facts, context(), { workflow: 'release.yml' })).toMatchObject({
      run: { id: 9, headRepository: 'mallory/plasmite' },
    });
  });

  it('reports no successful run with what was searched', async () => {
    const { facts } = store({ runs: () => [] });
    expect(await buildRun(facts, context(), { workflow: 'release.yml' })).toEqual({
      found: false,
      query: { by: 'search', workflow: 'release.yml', tag: TAG },
      reason: `no successful run of 'release.yml' with head_branch '${TAG}' in acme/plasmite`,
    });
  });

  it('reports a workflow that does not exist', async () => {
    const { facts } = store({
      runs: () => {
        throw httpError(404, '/repos/acme/plasmite/actions/workflows/nope.yml/runs');
      },
    });
    expect(await buildRun(facts, context(), { workflow: 'nope.yml' })).toMatchObject({
      found: false,
      reason: "workflow 'nope.yml' does not exist in acme/plasmite",
    });
  });

  it('cannot search without a tag', async () => {
    const { facts, calls } = store({ runs: () => [] });
    await expect(
      buildRun(facts, context({ tag: null, refName: 'main' }), { workflow: 'release.yml' }),
    ).rejects.toMatchObject({ code: 'NOT_A_TAG' });
    expect(calls.listWorkflowRuns).toEqual([]);
  });
});

describe('a damaged run answer', () => {
  const BY_ID = `GET /repos/acme/plasmite/actions/runs/${RUN_ID}`;
  const SEARCH = 'GET /repos/acme/plasmite/actions/workflows/release.yml/runs';
  const refused = (request: string, problem: string) => ({
    code: 'API_ERROR',
    message: expect.stringContaining(`GitHub's answer to ${request} ${problem}. Retry;`),
    details: expect.objectContaining({ request }),
  });
  const byId = (payload: unknown) =>
    buildRun(store({ run: () => payload }).facts, context({ buildRunId: RUN_ID }), {
      workflow: 'release.yml',
    });
  const search = (runs: unknown) =>
    buildRun(store({ runs: () => runs }).facts, context(), { workflow: 'release.yml' });

  it.each<[string, Record<string, unknown>, string]>([
    ['no id', { id: undefined }, 'has no id integer'],
    ['a head sha that is a number', { head_sha: 1 }, 'has head_sha = 1, not a string'],
    ['a conclusion that is a number', { conclusion: 5 }, 'has conclusion = 5, not a string'],
    ['no path', { path: undefined }, 'has no path string'],
    ['no repository', { repository: null }, 'has repository = null, not an object'],
    ['a repository without a name', { repository: {} }, 'has no repository.full_name string'],
    ['a head branch that is an object', { head_branch: {} }, 'has head_branch = {}, not a string'],
  ])('by id: refuses %s', async (_what, change, problem) => {
    await expect(byId(runPayload(change))).rejects.toMatchObject(refused(BY_ID, problem));
  });

  it('by id: refuses an answer that is not an object', async () => {
    await expect(byId('x')).rejects.toMatchObject(refused(BY_ID, 'is "x", not an object'));
  });

  it.each<[string, unknown, string]>([
    ['no list', undefined, 'has no workflow_runs list'],
    ['a list of another type', 7, 'has workflow_runs = 7, not a list'],
    ['an entry that is null', [null], 'has workflow_runs[0] = null, not an object'],
    ['an entry without an event', [runPayload({ event: undefined })], 'has no workflow_runs[0].event string'],
  ])('by search: refuses %s', async (_what, runs, problem) => {
    await expect(search(runs)).rejects.toMatchObject(refused(SEARCH, problem));
  });

  it('keeps what GitHub sends as null: an unfinished run, a deleted fork, no name', async () => {
    const lookup = await byId(
      runPayload({ status: null, conclusion: null, head_branch: null, head_repository: null, name: null }),
    );
    expect(lookup).toMatchObject({
      found: true,
      run: { status: null, conclusion: null, headBranch: null, headRepository: null, name: null },
    });
  });
});

describe('titleNamesTag', () => {
  it.each<[string | null, boolean]>([
    ['release v1.2.0', true],
    ['v1.2.0', true],
    ['Release (v1.2.0)', true],
    ['release: v1.2.0', true],
    ['release v1.2.0-rc.1', false],
    ['release v1.2.01', false],
    ['release xv1.2.0', false],
    ['release v1a2b0', false],
    ['release', false],
    [null, false],
  ])('%j → %s', (title, expected) => {
    expect(titleNamesTag(title, 'v1.2.0')).toBe(expected);
  });
});
