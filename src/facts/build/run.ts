// The release build run as GitHub lists it: read by id, or listed for a search (runs of the
// build workflow on the tag, and workflow_dispatch runs that may have built the tag from a
// branch). Each read is one request, memoized. Which run is chosen, and whether it deserves
// trust, is decided in trust.ts and find.ts; this module only reads.
import { toGateError } from '../../github/errors.js';
import type { Repository } from '../../model/types.js';
import { Fields } from '../shape.js';
import type { FactStore } from '../store.js';

/** A workflow run, reduced to what gates judge. */
export interface BuildRun {
  id: number;
  /** The workflow's name as the run shows it. */
  name: string | null;
  /** Path of the workflow file, as the API reports it ('.github/workflows/release.yml'). */
  path: string;
  workflowId: number;
  runNumber: number;
  runAttempt: number | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  /** For a tag push, GitHub sets this to the tag name; for a dispatch, the branch dispatched from. */
  headBranch: string | null;
  headSha: string;
  /** 'owner/name' the run belongs to. */
  repository: string | null;
  /** 'owner/name' the run's code came from; a fork's name for a fork run, null when it is gone. */
  headRepository: string | null;
  htmlUrl: string;
  createdAt: string | null;
  /** The title GitHub shows for the run (`run-name:`), e.g. "release v1.2.0"; absent on old servers. */
  displayTitle?: string | null;
}

/** How the run was looked for, so a message can say what was searched. */
export type BuildRunQuery = { by: 'id'; runId: number } | { by: 'search'; workflow: string; tag: string };

export type BuildRunLookup =
  | { found: true; query: BuildRunQuery; run: BuildRun }
  | { found: false; query: BuildRunQuery; reason: string };

/** A listing of runs, or why the workflow could not be listed (it does not exist). */
export type RunListing = { runs: BuildRun[] } | { missing: string };

/**
 * Runs listed per search (one request). The newest matching run is the one wanted; more let
 * the client re-check the server's filters and look past fork runs.
 */
export const SEARCH_PAGE_SIZE = 30;

/** workflow_dispatch runs listed when searching for a dispatch-built release (one request). */
export const DISPATCH_SEARCH_PAGE_SIZE = 20;

/** The run `runId` of this repository, or why there is none. */
export function readRunById(facts: FactStore, repo: Repository, runId: number): Promise<BuildRunLookup> {
  return facts.memo(`build-run:${repo.owner}/${repo.repo}:id:${runId}`, async () => {
    const query: BuildRunQuery = { by: 'id', runId };
    let answer: unknown;
    try {
      const { data } = await facts.github.octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
      answer = data;
    } catch (error) {
      if (statusOf(error) === 404) {
        return {
          found: false,
          query,
          reason: `workflow run ${runId} does not exist in ${repo.owner}/${repo.repo}`,
        };
      }
      throw toGateError(error, `build run ${runId}`);
    }
    return {
      found: true,
      query,
      run: toBuildRun(Fields.of(answer, `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${runId}`)),
    };
  });
}

/**
 * Successful runs of `workflow` whose head_branch is `tag`, newest first. GitHub's filters are
 * applied again here: a run that does not match them must not be chosen because a server
 * ignored a query parameter.
 */
export function listTagRuns(
  facts: FactStore,
  repo: Repository,
  workflow: string,
  tag: string,
): Promise<RunListing> {
  return facts.memo(`build-runs:${repo.owner}/${repo.repo}:${workflow}:branch:${tag}`, async () => {
    const listing = await listSuccessfulRuns(facts, repo, workflow, {
      branch: tag,
      per_page: SEARCH_PAGE_SIZE,
    });
    if ('missing' in listing) return listing;
    return { runs: listing.runs.filter((run) => run.headBranch === tag) };
  });
}

/** Successful workflow_dispatch runs of `workflow`, newest first (one page). */
export function listDispatchRuns(facts: FactStore, repo: Repository, workflow: string): Promise<RunListing> {
  return facts.memo(`build-runs:${repo.owner}/${repo.repo}:${workflow}:event:workflow_dispatch`, async () => {
    const listing = await listSuccessfulRuns(facts, repo, workflow, {
      event: 'workflow_dispatch',
      per_page: DISPATCH_SEARCH_PAGE_SIZE,
    });
    if ('missing' in listing) return listing;
    return { runs: listing.runs.filter((run) => run.event === 'workflow_dispatch') };
  });
}

async function listSuccessfulRuns(
  facts: FactStore,
  repo: Repository,
  workflow: string,
  filters: { branch?: string; event?: string; per_page: number },
): Promise<RunListing> {
  let data: unknown;
  try {
    ({ data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflow,
      status: 'success',
      ...filters,
    }));
  } catch (error) {
    if (statusOf(error) === 404)
      return { missing: `workflow '${workflow}' does not exist in ${repo.owner}/${repo.repo}` };
    const which = filters.branch ? `for tag '${filters.branch}'` : `triggered by ${filters.event}`;
    throw toGateError(error, `runs of workflow '${workflow}' ${which}`);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
  const runs = Fields.of(data, request)
    .objects('workflow_runs')
    .map(toBuildRun)
    .filter((run) => run.status === 'completed' && run.conclusion === 'success');
  return { runs };
}

/** Describes the lookup for messages: 'run 42' or "the newest successful run of 'release.yml' for tag 'v1.2.0'". */
export function describeBuildRunQuery(query: BuildRunQuery): string {
  return query.by === 'id'
    ? `build run ${query.runId} (build_run_id)`
    : `the newest successful run of '${query.workflow}' for tag '${query.tag}'`;
}

/**
 * A run as the gates read it (a `workflow-run` in GitHub's schema): every field checked, null
 * only where GitHub sends null (`head_repository` is null once a fork is deleted).
 */
function toBuildRun(raw: Fields): BuildRun {
  return {
    id: raw.integer('id'),
    name: raw.optionalString('name'),
    path: raw.string('path'),
    workflowId: raw.integer('workflow_id'),
    runNumber: raw.integer('run_number'),
    runAttempt: raw.optionalInteger('run_attempt'),
    event: raw.string('event'),
    status: raw.stringOrNull('status'),
    conclusion: raw.stringOrNull('conclusion'),
    headBranch: raw.stringOrNull('head_branch'),
    headSha: raw.string('head_sha'),
    repository: raw.object('repository').string('full_name'),
    headRepository: raw.objectOrNull('head_repository')?.string('full_name') ?? null,
    htmlUrl: raw.string('html_url'),
    createdAt: raw.string('created_at'),
    displayTitle: raw.optionalString('display_title'),
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
