// The jobs of a run's earlier attempts: what a re-run replaced. A run re-run until green reports
// only its latest attempt, so a job that failed and then passed looks like any green job; its
// earlier attempts are the evidence of the flake.
//
// Only runs with `run_attempt > 1` have earlier attempts, so only those are read. GraphQL has no
// attempt number, but a re-run adds check runs to the run's check suite, and
// `checkRuns(filterBy: {checkType: ALL})` lists every one of them (LATEST, what the jobs read
// uses, lists one per job name): the jobs of 100 runs cost one request. REST's
// `GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs?filter=all` lists every attempt's jobs
// with their `run_attempt`, one request per run; it is the fallback for a run without a check
// suite id, a suite with more than 100 check runs, a GraphQL answer refused, or one that shows
// no earlier check run at all for a run that was re-run (then GraphQL cannot tell, so REST must).
// `GET .../runs/{run_id}/attempts/{attempt_number}/jobs` would cost one request per earlier
// attempt and carries over unchanged jobs into later attempts, so it is not used.
import type { Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { isRateLimitError, toGateError } from '../github/errors.js';
import { graphqlGateError } from '../github/graphql-errors.js';
import { lower, type JobFact } from './jobs.js';
import type { WorkflowRunFact } from './runs.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

export const RUN_ATTEMPTS_QUERY = `query RunAttempts($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: ALL }) {
        pageInfo { hasNextPage }
        nodes { databaseId name status conclusion }
      }
    }
  }
}`;

/** Suites per GraphQL request: `nodes(ids:)` takes at most 100. */
export const ATTEMPTS_CHUNK = 100;

/** Run id → the jobs its earlier attempts ran (every job a later attempt replaced). */
export type EarlierAttempts = Map<number, JobFact[]>;

/**
 * The jobs of the earlier attempts of each run with `attempt > 1`; runs never re-run are left out
 * (they have none). One GraphQL request per 100 re-run runs, REST per run where GraphQL cannot tell.
 */
export async function earlierAttempts(
  facts: FactStore,
  repo: Repository,
  runs: readonly WorkflowRunFact[],
): Promise<EarlierAttempts> {
  const rerun = [...new Map(runs.filter((run) => run.attempt > 1).map((run) => [run.id, run])).values()];
  const result: EarlierAttempts = new Map();
  if (!rerun.length) return result;
  const key = `earlier-attempts:${repo.owner}/${repo.repo}:${rerun.map((r) => `${r.id}.${r.attempt}`).join(',')}`;
  const read = await facts.memo(key, () => readEarlierAttempts(facts.github, repo, rerun));
  for (const [id, jobs] of read) result.set(id, jobs);
  return result;
}

async function readEarlierAttempts(
  github: GitHub,
  repo: Repository,
  runs: WorkflowRunFact[],
): Promise<EarlierAttempts> {
  const result: EarlierAttempts = new Map();
  const viaRest = runs.filter((run) => !run.checkSuiteNodeId);
  const viaGraphql = runs.filter((run) => run.checkSuiteNodeId);
  for (let start = 0; start < viaGraphql.length; start += ATTEMPTS_CHUNK) {
    const chunk = viaGraphql.slice(start, start + ATTEMPTS_CHUNK);
    const found = await queryChunk(github, repo, chunk);
    for (const run of chunk) {
      const jobs = found.get(run.id);
      if (jobs) result.set(run.id, jobs);
      else viaRest.push(run);
    }
  }
  for (const run of viaRest) result.set(run.id, await readEarlierAttemptsRest(github, repo, run));
  return result;
}

async function queryChunk(
  github: GitHub,
  repo: Repository,
  runs: WorkflowRunFact[],
): Promise<Map<number, JobFact[]>> {
  const found = new Map<number, JobFact[]>();
  const request = 'POST /graphql (RunAttempts)';
  let data: unknown;
  try {
    data = await github.octokit.graphql<unknown>(RUN_ATTEMPTS_QUERY, {
      ids: runs.map((run) => run.checkSuiteNodeId!),
    });
  } catch (error) {
    if (isRateLimitError(error))
      throw graphqlGateError(
        error,
        repo,
        `earlier attempts of ${runs.length} runs in ${repo.owner}/${repo.repo}`,
      );
    // Refused (or partly): every run of the chunk is read through REST instead.
    return found;
  }
  const nodes = Fields.of(data, request, 'data').list('nodes');
  runs.forEach((run, index) => {
    const jobs = earlierFromSuite(nodes[index] ?? null, run, request, index);
    if (jobs) found.set(run.id, jobs);
  });
  return found;
}

/**
 * The earlier attempts' jobs in one suite, or null when REST must tell: no suite, a suite of
 * another run, more than one page of check runs, or no job with more than one check run (a run
 * re-run re-runs at least one job, so the suite does not hold the earlier attempts).
 */
function earlierFromSuite(
  node: unknown,
  run: WorkflowRunFact,
  request: string,
  index: number,
): JobFact[] | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.keys(node).length)
    return null;
  const suite = Fields.of(node, request, `data.nodes[${index}]`);
  const owner = suite.objectOrNull('workflowRun')?.integerOrNull('databaseId') ?? null;
  if (owner !== null && owner !== run.id) return null;
  const checkRuns = suite.objectOrNull('checkRuns');
  if (!checkRuns || checkRuns.object('pageInfo').boolean('hasNextPage')) return null;
  const nodes = checkRuns.listOrNull('nodes');
  if (!nodes || nodes.some((entry) => entry === null)) return null;
  const all = nodes.map((entry, i) => {
    const checkRun = Fields.of(entry, request, `${checkRuns.path}.nodes[${i}]`);
    const id = checkRun.integerOrNull('databaseId');
    return {
      id,
      name: checkRun.string('name'),
      status: lower(checkRun.string('status'))!,
      conclusion: lower(checkRun.stringOrNull('conclusion')),
      htmlUrl: id && run.htmlUrl ? `${run.htmlUrl}/job/${id}` : run.htmlUrl,
    } satisfies JobFact;
  });
  // Without an attempt number, the latest of a name is the check run created last: ids grow.
  const newest = new Map<string, number>();
  for (const job of all) {
    if (job.id === null) return null;
    newest.set(job.name, Math.max(newest.get(job.name) ?? 0, job.id));
  }
  const earlier = all.filter((job) => job.id !== newest.get(job.name));
  return earlier.length ? earlier : null;
}

/** Every attempt's jobs of one run through REST; those of the latest attempt of each name are dropped. */
async function readEarlierAttemptsRest(
  github: GitHub,
  repo: Repository,
  run: WorkflowRunFact,
): Promise<JobFact[]> {
  let raw: unknown;
  try {
    raw = await github.octokit.paginate(github.octokit.rest.actions.listJobsForWorkflowRun, {
      ...repo,
      run_id: run.id,
      filter: 'all',
      per_page: 100,
    });
  } catch (error) {
    throw toGateError(error, `the jobs of every attempt of run ${run.id} in ${repo.owner}/${repo.repo}`);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${run.id}/jobs?filter=all`;
  const all = Fields.each(raw, request, 'jobs').map((job) => ({
    attempt: job.optionalInteger('run_attempt') ?? 1,
    job: {
      id: job.integer('id'),
      name: job.string('name'),
      status: job.string('status'),
      conclusion: job.stringOrNull('conclusion'),
      htmlUrl: job.stringOrNull('html_url') ?? run.htmlUrl,
    } satisfies JobFact,
  }));
  const latest = new Map<string, number>();
  for (const { attempt, job } of all) latest.set(job.name, Math.max(latest.get(job.name) ?? 0, attempt));
  return all.filter(({ attempt, job }) => attempt < latest.get(job.name)!).map(({ job }) => job);
}
