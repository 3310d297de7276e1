// The jobs of workflow runs. REST lists one run's jobs per request; GraphQL reads the jobs of 100
// runs at once through their check suites (a job is a check run of its run's suite), so history
// gates cost one request per 100 runs. REST remains the fallback where GraphQL is not available
// (GitHub Enterprise Server without it, a token GraphQL refuses) or a run does not fit one query.
import { GateError, type Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { isRateLimitError, toGateError } from '../github/errors.js';
import { graphqlGateError } from '../github/graphql-errors.js';
import { workflowRuns, type RunQuery, type WorkflowRunFact } from './runs.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

export interface StepFact {
  name: string;
  number: number;
  status: string;
  conclusion: string | null;
}

/** A job of a run's latest attempt, with REST's lower-case status and conclusion. */
export interface JobFact {
  /** The job id (equal to its check run id); null if GraphQL could not give it. */
  id: number | null;
  name: string;
  status: string;
  conclusion: string | null;
  htmlUrl: string;
  /** Present when read with steps. */
  steps?: StepFact[];
}

export interface RunJobs {
  runId: number;
  jobs: JobFact[];
  /** Where the jobs came from: one batched GraphQL query, or REST for this run alone. */
  source: 'graphql' | 'rest';
}

export interface JobsOptions {
  /** Read each job's steps too (jobs_succeeded). Far costlier in GraphQL points, so opt-in. */
  steps?: boolean;
}

/**
 * Jobs without steps. Steps are left out on purpose: with them, 100 suites × 100 jobs × 100 steps
 * would pass GitHub's 500,000-node limit and cost ~100 rate-limit points instead of ~1.
 */
export const RUN_JOBS_QUERY = `query RunJobs($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      databaseId
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: LATEST }) {
        pageInfo { hasNextPage }
        nodes { databaseId name status conclusion }
      }
    }
  }
}`;

/** Jobs with their steps, for a few runs at a time (see STEPS_CHUNK). */
export const RUN_JOBS_WITH_STEPS_QUERY = `query RunJobsWithSteps($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      databaseId
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: LATEST }) {
        pageInfo { hasNextPage }
        nodes {
          databaseId
          name
          status
          conclusion
          steps(first: 100) {
            pageInfo { hasNextPage }
            nodes { name number status conclusion }
          }
        }
      }
    }
  }
}`;

/** Suites per GraphQL request: `nodes(ids:)` takes at most 100. */
export const JOBS_CHUNK = 100;
/** With steps: 25 × (100 jobs × 100 steps) stays well under GitHub's 500,000-node limit. */
export const STEPS_CHUNK = 25;
/** Parallel REST requests when falling back to one request per run. */
const REST_PARALLELISM = 4;

interface StoreState {
  /** Each run's jobs (with or without steps), so a run is never read twice. */
  cache: Map<string, Promise<RunJobs>>;
  /** Set once GraphQL refused a query outright: later reads go straight to REST. */
  graphqlRefused: boolean;
}

/** Per evaluation: the store's lifetime is the evaluation's. */
const states = new WeakMap<FactStore, StoreState>();

/**
 * The jobs of each run's latest attempt, by run id. Runs not read before are read together:
 * one GraphQL request per 100 runs (25 with steps). Concurrent callers asking for the same runs
 * share the same read.
 */
export async function jobsOfRuns(
  facts: FactStore,
  repo: Repository,
  runs: readonly WorkflowRunFact[],
  options: JobsOptions = {},
): Promise<Map<number, RunJobs>> {
  const state = states.get(facts) ?? { cache: new Map<string, Promise<RunJobs>>(), graphqlRefused: false };
  states.set(facts, state);
  const { cache } = state;
  const withSteps = options.steps === true;
  const keyOf = (run: WorkflowRunFact, steps: boolean): string =>
    `${repo.owner}/${repo.repo}:${run.id}:${run.attempt}:${steps ? 'steps' : 'jobs'}`;
  const cached = (run: WorkflowRunFact): Promise<RunJobs> | undefined =>
    cache.get(keyOf(run, withSteps)) ?? (withSteps ? undefined : cache.get(keyOf(run, true)));

  const unique = [...new Map(runs.map((run) => [run.id, run])).values()];
  const missing = unique.filter((run) => !cached(run));
  if (missing.length) {
    // Registered before any await, so a concurrent caller finds these reads in flight.
    const key = `jobs:${repo.owner}/${repo.repo}:${withSteps ? 'steps' : 'jobs'}:${missing.map((r) => `${r.id}.${r.attempt}`).join(',')}`;
    const batch = facts.memo(key, () => readJobs(facts.github, repo, missing, withSteps, state));
    for (const run of missing) {
      cache.set(
        keyOf(run, withSteps),
        batch.then((byRun) => byRun.get(run.id)!),
      );
    }
    // REST lists steps whether asked or not: a run read through REST needs no second read for them.
    void batch.then(
      (byRun) => {
        for (const run of missing) {
          const entry = byRun.get(run.id);
          if (entry?.source === 'rest' && !cache.has(keyOf(run, true)))
            cache.set(keyOf(run, true), Promise.resolve(entry));
        }
      },
      () => {},
    );
  }
  const entries = await Promise.all(unique.map(async (run) => [run.id, await cached(run)!] as const));
  return new Map(entries);
}

async function readJobs(
  github: GitHub,
  repo: Repository,
  runs: WorkflowRunFact[],
  withSteps: boolean,
  state: StoreState,
): Promise<Map<number, RunJobs>> {
  const result = new Map<number, RunJobs>();
  const viaRest: WorkflowRunFact[] = runs.filter((run) => !run.checkSuiteNodeId);
  const viaGraphql = runs.filter((run) => run.checkSuiteNodeId);
  const chunkSize = withSteps ? STEPS_CHUNK : JOBS_CHUNK;
  for (let start = 0; start < viaGraphql.length; start += chunkSize) {
    const chunk = viaGraphql.slice(start, start + chunkSize);
    if (state.graphqlRefused) {
      viaRest.push(...chunk);
      continue;
    }
    const answer = await queryChunk(github, repo, chunk, withSteps);
    // A server that refuses the query outright will refuse the next one too.
    if (answer.refused) state.graphqlRefused = true;
    for (const run of chunk) {
      const jobs = answer.found.get(run.id);
      if (jobs) result.set(run.id, jobs);
      else viaRest.push(run);
    }
  }
  await forEachLimited(viaRest, REST_PARALLELISM, async (run) => {
    result.set(run.id, await readJobsRest(github, repo, run));
  });
  return result;
}

interface ChunkAnswer {
  found: Map<number, RunJobs>;
  /** GraphQL failed as a whole (HTTP error, or errors without data): stop using it. */
  refused: boolean;
}

async function queryChunk(
  github: GitHub,
  repo: Repository,
  runs: WorkflowRunFact[],
  withSteps: boolean,
): Promise<ChunkAnswer> {
  const ids = runs.map((run) => run.checkSuiteNodeId!);
  const request = `POST /graphql (${withSteps ? 'RunJobsWithSteps' : 'RunJobs'})`;
  let nodes: unknown[] | undefined;
  let refused = false;
  let data: unknown;
  try {
    data = await github.octokit.graphql<unknown>(withSteps ? RUN_JOBS_WITH_STEPS_QUERY : RUN_JOBS_QUERY, {
      ids,
    });
  } catch (error) {
    if (isRateLimitError(error))
      throw graphqlGateError(error, repo, `jobs of ${runs.length} runs in ${repo.owner}/${repo.repo}`);
    // GraphqlResponseError carries what did resolve (a suite the token may not see is null).
    const partial = (error as { data?: { nodes?: unknown } | null }).data?.nodes;
    if (Array.isArray(partial)) nodes = partial;
    // Nothing resolved at all (no data, or every suite refused): the next chunk would fare no better.
    refused = !nodes || nodes.every((node) => node === null);
  }
  // Checked outside the try: a damaged answer is refused, not taken for GraphQL being unavailable.
  if (!refused && !nodes) nodes = Fields.of(data, request, 'data').list('nodes');
  const found = new Map<number, RunJobs>();
  // `nodes(ids:)` answers in the order of the ids, one entry (or null) each.
  runs.forEach((run, index) => {
    const jobs = nodes ? jobsFromSuite(nodes[index] ?? null, run, withSteps, request, index) : null;
    if (jobs) found.set(run.id, { runId: run.id, jobs, source: 'graphql' });
  });
  return { found, refused };
}

/**
 * The jobs of one suite, or null when the suite must be read through REST instead: GitHub gave
 * no suite (one the token may not see), no check runs, more than one page of them, or a job
 * without its steps. A suite that is there but malformed is refused.
 */
function jobsFromSuite(
  node: unknown,
  run: WorkflowRunFact,
  withSteps: boolean,
  request: string,
  index: number,
): JobFact[] | null {
  // `{}`: the id named something other than a check suite, so the fragment selected nothing.
  const empty =
    typeof node === 'object' && node !== null && !Array.isArray(node) && !Object.keys(node).length;
  if (node === null || empty) return null;
  const suite = Fields.of(node, request, `data.nodes[${index}]`);
  const owner = suite.objectOrNull('workflowRun')?.integerOrNull('databaseId') ?? null;
  // A suite of another run would be a wrong answer, not a partial one.
  if (owner !== null && owner !== run.id) return null;
  const checkRuns = suite.objectOrNull('checkRuns');
  if (!checkRuns) return null;
  if (checkRuns.object('pageInfo').boolean('hasNextPage')) return null;
  const nodes = checkRuns.listOrNull('nodes');
  if (!nodes) return null;
  const jobs: JobFact[] = [];
  for (const [i, entry] of nodes.entries()) {
    if (entry === null) return null;
    const checkRun = Fields.of(entry, request, `${checkRuns.path}.nodes[${i}]`);
    const id = checkRun.integerOrNull('databaseId');
    const job: JobFact = {
      id,
      name: checkRun.string('name'),
      status: lower(checkRun.string('status'))!,
      conclusion: lower(checkRun.stringOrNull('conclusion')),
      htmlUrl: id && run.htmlUrl ? `${run.htmlUrl}/job/${id}` : run.htmlUrl,
    };
    if (withSteps) {
      const steps = checkRun.objectOrNull('steps');
      if (!steps || steps.object('pageInfo').boolean('hasNextPage')) return null;
      const stepNodes = steps.listOrNull('nodes');
      if (!stepNodes || stepNodes.some((step) => step === null)) return null;
      job.steps = stepNodes.map((entry, s) => {
        const step = Fields.of(entry, request, `${steps.path}.nodes[${s}]`);
        return {
          name: step.string('name'),
          number: step.integer('number'),
          status: lower(step.string('status'))!,
          conclusion: lower(step.stringOrNull('conclusion')),
        };
      });
    }
    jobs.push(job);
  }
  return jobs;
}

/** GraphQL's enums (SUCCESS, TIMED_OUT, IN_PROGRESS) as REST spells them (success, timed_out, in_progress). */
export function lower(value: string | null | undefined): string | null {
  return typeof value === 'string' ? value.toLowerCase() : null;
}

/** One run's jobs through REST, steps included (the API always sends them). */
async function readJobsRest(github: GitHub, repo: Repository, run: WorkflowRunFact): Promise<RunJobs> {
  let raw: unknown;
  try {
    raw = await github.octokit.paginate(github.octokit.rest.actions.listJobsForWorkflowRun, {
      ...repo,
      run_id: run.id,
      filter: 'latest',
      per_page: 100,
    });
  } catch (error) {
    throw toGateError(error, `jobs of run ${run.id} in ${repo.owner}/${repo.repo}`);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${run.id}/jobs`;
  const jobs = Fields.each(raw, request, 'jobs').map((job): JobFact => ({
    id: job.integer('id'),
    name: job.string('name'),
    status: job.string('status'),
    conclusion: job.stringOrNull('conclusion'),
    htmlUrl: job.stringOrNull('html_url') ?? run.htmlUrl,
    steps: (job.value('steps') === undefined ? [] : job.objects('steps')).map((step) => ({
      name: step.string('name'),
      number: step.integer('number'),
      status: step.string('status'),
      conclusion: step.stringOrNull('conclusion'),
    })),
  }));
  return { runId: run.id, jobs, source: 'rest' };
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface RunWithJobs {
  run: WorkflowRunFact;
  jobs: JobFact[];
}

export interface HistoryOptions {
  maxRuns: number;
  /**
   * Pure: true once the runs read so far (newest first, with their jobs) decide the gate. Called
   * after each page with the same list, grown by that page: a gate may judge only the runs added.
   */
  enough: (history: readonly RunWithJobs[]) => boolean;
}

/**
 * A workflow's runs newest first with their jobs, read page by page (100 runs, then their jobs in
 * one GraphQL request) until `enough` is satisfied. Two gates reading the same history share
 * both the pages and the jobs.
 */
export async function runsWithJobs(
  facts: FactStore,
  repo: Repository,
  query: RunQuery,
  options: HistoryOptions,
): Promise<{ history: RunWithJobs[]; complete: boolean }> {
  // The runs read so far only grow, a page at a time: each page's runs get their jobs once,
  // not every run read so far after every page (quadratic in the pages of a long history).
  const history: RunWithJobs[] = [];
  const attach = async (runs: readonly WorkflowRunFact[]): Promise<RunWithJobs[]> => {
    const added = runs.slice(history.length);
    const byRun = await jobsOfRuns(facts, repo, added);
    history.push(...added.map((run) => ({ run, jobs: jobsOf(byRun, run) })));
    return history;
  };
  const { runs, complete } = await workflowRuns(facts, repo, query, {
    maxRuns: options.maxRuns,
    enough: async (runs) => options.enough(await attach(runs)),
  });
  return { history: await attach(runs), complete };
}

function jobsOf(byRun: ReadonlyMap<number, RunJobs>, run: WorkflowRunFact): JobFact[] {
  const entry = byRun.get(run.id);
  if (!entry) throw new GateError('JOBS_UNAVAILABLE', `The jobs of run ${run.id} could not be read.`);
  return entry.jobs;
}
