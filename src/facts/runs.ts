// Workflow-run history: the runs of one workflow file, newest first, read a page at a time and
// only as far as a gate needs. Each page is memoized on its own, so two gates walking the same
// history share every page they both read.
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

/** A workflow run as the gates see it (its latest attempt, as the runs API reports it). */
export interface WorkflowRunFact {
  id: number;
  runNumber: number;
  /** The latest attempt; a re-run replaces the run's status and conclusion with its own. */
  attempt: number;
  event: string;
  status: string;
  conclusion: string | null;
  headBranch: string | null;
  headSha: string;
  htmlUrl: string;
  createdAt: string;
  /** Global id of the run's check suite: the key to its jobs in one GraphQL query. */
  checkSuiteNodeId: string | null;
}

export interface RunQuery {
  /** File name of the workflow (`ci.yml`); a path is reduced to its file name, as the API expects. */
  workflow: string;
  branch?: string;
  /** One event, or several (`[push, schedule]`): a run triggered by any of them belongs to the history. */
  event?: string | readonly string[];
  /** Only `completed` is used: the history gates never look at unfinished runs. */
  status?: 'completed';
  headSha?: string;
}

export interface RunWalkOptions {
  /**
   * Never read more runs than this (the rest of the history is left unread). With several events
   * it bounds the runs read, those of other events included (see `eventFilter`).
   */
  maxRuns: number;
  /**
   * Called after each page with every run read so far (the same list each time, grown by the
   * page); true stops the walk. Async so a gate can look at the runs' jobs (read in one batch
   * per page) before deciding it has seen enough.
   */
  enough?: (runs: readonly WorkflowRunFact[]) => boolean | Promise<boolean>;
}

export interface RunList {
  /** Newest first, at most `maxRuns`. */
  runs: WorkflowRunFact[];
  /** True when no older run exists beyond `runs`. */
  complete: boolean;
}

/**
 * One page size for every walk: GitHub answers 100 runs in one request as readily as 10, and a
 * shared page size is what lets two gates share pages.
 */
export const RUNS_PAGE_SIZE = 100;

/** Reads runs newest first until `enough` says so, the history ends, or `maxRuns` is reached. */
export async function workflowRuns(
  facts: FactStore,
  repo: Repository,
  query: RunQuery,
  options: RunWalkOptions,
): Promise<RunList> {
  const { serverEvent, keeps } = eventFilter(query.event);
  const runs: WorkflowRunFact[] = [];
  let read = 0;
  for (let page = 1; ; page++) {
    const { items, last } = await runsPage(facts, repo, { ...query, event: serverEvent }, page);
    const room = options.maxRuns - read;
    read += items.length;
    runs.push(...items.slice(0, room).filter(keeps));
    if (read >= options.maxRuns) return { runs, complete: last && read === options.maxRuns };
    if (last) return { runs, complete: true };
    if (options.enough && (await options.enough(runs))) return { runs, complete: false };
  }
}

/** The events a query names, as a list: none (any event), one, or several. */
export function eventList(event: string | readonly string[] | undefined): string[] {
  if (event === undefined) return [];
  return [...new Set(typeof event === 'string' ? [event] : event)];
}

/**
 * How a query's events are asked for. The runs API filters by one event only. For several, the
 * history is listed without the event filter and the other events' runs dropped here, rather than
 * one listing per event merged by creation time: one request then covers 100 runs of every event,
 * where per-event listings cost at least one request per event before the first run can be judged,
 * and a merge must read each listing ahead to know which run is newest. On a branch the runs of
 * other events are few (pull request runs carry their own head branch), so little is read in vain.
 */
export function eventFilter(event: string | readonly string[] | undefined): {
  serverEvent: string | undefined;
  keeps: (run: WorkflowRunFact) => boolean;
} {
  const events = eventList(event);
  if (events.length <= 1) return { serverEvent: events[0], keeps: () => true };
  const wanted = new Set(events);
  return { serverEvent: undefined, keeps: (run) => wanted.has(run.event) };
}

/** The file name GitHub's `{workflow_id}` accepts, from `ci.yml` or `.github/workflows/ci.yml`. */
export function workflowFileName(workflow: string): string {
  return workflow.slice(workflow.lastIndexOf('/') + 1);
}

/** Members of a listed run that no gate reads, at any depth of the page: 11 of a run's 12.8 kB. */
const RUN_MEMBERS_NOT_READ = [
  'repository',
  'head_repository',
  'head_commit',
  'actor',
  'triggering_actor',
  'referenced_workflows',
];

function runsPage(
  facts: FactStore,
  repo: Repository,
  query: RunQuery & { event: string | undefined },
  page: number,
): Promise<{ items: WorkflowRunFact[]; last: boolean }> {
  const file = workflowFileName(query.workflow);
  const filters = { branch: query.branch, event: query.event, status: query.status, head_sha: query.headSha };
  const key = `runs:${repo.owner}/${repo.repo}:${file}:${JSON.stringify(filters)}:page=${page}`;
  return facts.memo(key, async () => {
    let data: unknown;
    try {
      ({ data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: file,
        ...(query.branch ? { branch: query.branch } : {}),
        ...(query.event ? { event: query.event } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.headSha ? { head_sha: query.headSha } : {}),
        // The pull requests of each run are not needed and make every page heavier.
        exclude_pull_requests: true,
        per_page: RUNS_PAGE_SIZE,
        page,
        // Nor are the objects that make up most of a run (toRunFact reads none of them): left
        // out as the page is parsed, they are never built (answersParsedOnce).
        request: { omitKeys: RUN_MEMBERS_NOT_READ },
      }));
    } catch (error) {
      throw runsError(error, file, repo);
    }
    const answer = Fields.of(data, `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${file}/runs`);
    const items = answer.objects('workflow_runs').map(toRunFact);
    const last = items.length < RUNS_PAGE_SIZE || page * RUNS_PAGE_SIZE >= answer.integer('total_count');
    return { items, last };
  });
}

function runsError(error: unknown, file: string, repo: Repository): GateError {
  const repository = `${repo.owner}/${repo.repo}`;
  return toGateError(error, `runs of workflow '${file}' in ${repository}`, {
    code: 'WORKFLOW_NOT_FOUND',
    message: `Workflow not found: no workflow '${file}' in ${repository}. Use the file name under .github/workflows/ (e.g. ci.yml), and grant \`actions: read\` if the token cannot see Actions.`,
    details: { workflow: file, repository, permission: 'actions: read' },
  });
}

/** A run of the listing, every field the gates read checked (a `workflow-run` in GitHub's schema). */
function toRunFact(run: Fields): WorkflowRunFact {
  return {
    id: run.integer('id'),
    runNumber: run.integer('run_number'),
    attempt: run.optionalInteger('run_attempt') ?? 1,
    event: run.string('event'),
    status: run.stringOrNull('status') ?? 'unknown',
    conclusion: run.stringOrNull('conclusion'),
    headBranch: run.stringOrNull('head_branch'),
    headSha: run.string('head_sha'),
    htmlUrl: run.string('html_url'),
    createdAt: run.string('created_at'),
    checkSuiteNodeId: run.optionalString('check_suite_node_id'),
  };
}

/** The repository's default branch, asked once per evaluation and only when a gate needs it. */
export function defaultBranch(facts: FactStore, repo: Repository): Promise<string> {
  return facts.memo(`default-branch:${repo.owner}/${repo.repo}`, async () => {
    let data: unknown;
    try {
      ({ data } = await facts.github.octokit.rest.repos.get({ ...repo }));
    } catch (error) {
      throw toGateError(error, `repository ${repo.owner}/${repo.repo}`);
    }
    return Fields.of(data, `GET /repos/${repo.owner}/${repo.repo}`).string('default_branch');
  });
}
