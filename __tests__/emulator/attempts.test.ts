// Re-run runs and scheduled runs in the emulator, as GitHub shows them: a re-run creates new jobs
// (higher ids, later starts) whatever order a scenario lists the attempts in; the GraphQL suite
// lists every attempt's check runs with checkType ALL and one per job with LATEST; REST
// filter=all carries each job's run_attempt; the event filter tells schedule runs from pushes.
import { makeJob, makeRuns, startEmulator, type Emulator } from '../../test/emulator/index.js';
import { octokitFor } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'widgets' };
let emulator: Emulator;
let octokit: ReturnType<typeof octokitFor>;

beforeAll(async () => {
  const runs = makeRuns(3, (index) => ({
    event: index === 1 ? 'schedule' : 'push',
    ...(index === 0
      ? {
          run_attempt: 2,
          // Listed latest first on purpose: ids and times must still follow the attempts.
          jobs: [makeJob('smoke', 'success', { attempt: 2 }), makeJob('smoke', 'failure', { attempt: 1 })],
        }
      : { jobs: [makeJob('smoke')] }),
  }));
  emulator = await startEmulator({ repository: { owner: 'acme', name: 'widgets' }, runs });
  octokit = octokitFor(emulator.apiUrl);
});
afterAll(() => emulator.close());

describe('re-run runs', () => {
  it('gives a later attempt a higher job id and a later start', async () => {
    const { data } = await octokit.rest.actions.listWorkflowRuns({ ...REPO, workflow_id: 'ci.yml' });
    const rerun = data.workflow_runs.find((run) => run.run_attempt === 2)!;
    const all = await octokit.rest.actions.listJobsForWorkflowRun({
      ...REPO,
      run_id: rerun.id,
      filter: 'all',
    });
    const byAttempt = [...all.data.jobs].sort((a, b) => (a.run_attempt ?? 0) - (b.run_attempt ?? 0));
    expect(byAttempt.map((job) => [job.run_attempt, job.conclusion])).toEqual([
      [1, 'failure'],
      [2, 'success'],
    ]);
    expect(byAttempt[1]!.id).toBeGreaterThan(byAttempt[0]!.id);
    expect(Date.parse(byAttempt[1]!.started_at)).toBeGreaterThan(Date.parse(byAttempt[0]!.started_at));
    const latest = await octokit.rest.actions.listJobsForWorkflowRun({ ...REPO, run_id: rerun.id });
    expect(latest.data.jobs.map((job) => job.id)).toEqual([byAttempt[1]!.id]);

    const result = await octokit.graphql<{
      nodes: { all: { nodes: { databaseId: number }[] }; latest: { nodes: { databaseId: number }[] } }[];
    }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on CheckSuite {
        all: checkRuns(first: 100, filterBy: { checkType: ALL }) { nodes { databaseId } }
        latest: checkRuns(first: 100, filterBy: { checkType: LATEST }) { nodes { databaseId } } } } }`,
      { ids: [rerun.check_suite_node_id] },
    );
    expect(result.nodes[0]!.all.nodes.map((n) => n.databaseId).sort()).toEqual(
      byAttempt.map((job) => job.id).sort(),
    );
    expect(result.nodes[0]!.latest.nodes.map((n) => n.databaseId)).toEqual([byAttempt[1]!.id]);
  });
});

describe('scheduled runs', () => {
  it('are told apart from pushes by the event filter, and listed with them without it', async () => {
    const list = async (event?: string) =>
      (
        await octokit.rest.actions.listWorkflowRuns({
          ...REPO,
          workflow_id: 'ci.yml',
          ...(event ? { event } : {}),
        })
      ).data.workflow_runs.map((run) => run.event);
    expect(await list('schedule')).toEqual(['schedule']);
    expect(await list('push')).toEqual(['push', 'push']);
    expect(await list()).toEqual(['push', 'schedule', 'push']);
  });
});
