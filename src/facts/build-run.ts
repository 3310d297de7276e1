// The release build run: the workflow run whose outputs (artifacts, metadata, benchmarks) a
// release is made from. It is the run named by `build_run_id`, or else the newest successful
// run of the build workflow for the tag. Judging whether that run deserves trust is the
// build_provenance gate's job; this module only finds it, once per evaluation.
import { GateError, type EvalContext, type Repository } from '../engine/types.js';
import { toGateError } from '../github/errors.js';
import type { FactStore } from './store.js';

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
  /** For a tag push, GitHub sets this to the tag name. */
  headBranch: string | null;
  headSha: string;
  /** 'owner/name' the run belongs to. */
  repository: string | null;
  /** 'owner/name' the run's code came from; a fork's name for a fork run, null when it is gone. */
  headRepository: string | null;
  htmlUrl: string;
  createdAt: string | null;
}

/** How the run was looked for, so a message can say what was searched. */
export type BuildRunQuery = { by: 'id'; runId: number } | { by: 'search'; workflow: string; tag: string };

export type BuildRunLookup =
  | { found: true; query: BuildRunQuery; run: BuildRun }
  | { found: false; query: BuildRunQuery; reason: string };

export interface BuildRunOptions {
  /** Workflow file name (release.yml) searched when the evaluation names no build run. */
  workflow: string;
}

/**
 * Runs listed per search (one request). The newest matching run is the one wanted; more let
 * the client re-check the server's filters and look past fork runs (see below).
 */
const SEARCH_PAGE_SIZE = 30;

/**
 * The build run of this evaluation. Shared by every gate that reads the build's outputs
 * (build_provenance, release_metadata, release_assets, evidence, metric_budgets): one read
 * per evaluation, whichever gate asks first.
 */
export function buildRun(
  facts: FactStore,
  ctx: EvalContext,
  options: BuildRunOptions,
): Promise<BuildRunLookup> {
  const repo = ctx.repository;
  if (ctx.buildRunId !== null) {
    const runId = ctx.buildRunId;
    // Keyed by id alone: gates naming different workflows still share the one run.
    return facts.memo(`build-run:${repo.owner}/${repo.repo}:id:${runId}`, () =>
      readRunById(facts, repo, runId),
    );
  }
  const tag = ctx.tag;
  if (!tag) {
    return Promise.reject(
      new GateError(
        'NOT_A_TAG',
        `No build run can be found for '${ctx.refName}': it is not a tag. Evaluate a tag, or pass build_run_id.`,
      ),
    );
  }
  const workflow = options.workflow;
  return facts.memo(`build-run:${repo.owner}/${repo.repo}:search:${workflow}@${tag}`, () =>
    searchNewestSuccessfulRun(facts, repo, workflow, tag),
  );
}

async function readRunById(facts: FactStore, repo: Repository, runId: number): Promise<BuildRunLookup> {
  const query: BuildRunQuery = { by: 'id', runId };
  try {
    const { data } = await facts.github.octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
    return { found: true, query, run: toBuildRun(data) };
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
}

async function searchNewestSuccessfulRun(
  facts: FactStore,
  repo: Repository,
  workflow: string,
  tag: string,
): Promise<BuildRunLookup> {
  const query: BuildRunQuery = { by: 'search', workflow, tag };
  let runs: unknown[];
  try {
    const { data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflow,
      branch: tag,
      status: 'success',
      per_page: SEARCH_PAGE_SIZE,
    });
    runs = data.workflow_runs;
  } catch (error) {
    if (statusOf(error) === 404) {
      return {
        found: false,
        query,
        reason: `workflow '${workflow}' does not exist in ${repo.owner}/${repo.repo}`,
      };
    }
    throw toGateError(error, `runs of workflow '${workflow}' for tag '${tag}'`);
  }
  // GitHub lists newest first. The filters are applied again here: a run that does not match
  // them must not be chosen because a server ignored a query parameter.
  const matching = runs
    .map(toBuildRun)
    .filter((run) => run.headBranch === tag && run.status === 'completed' && run.conclusion === 'success');
  // A fork's pull request from a branch named like the tag also has that head_branch. It must
  // not push the real build aside (that would let anyone block a release), so this
  // repository's own runs come first; a fork run is returned only when there is nothing
  // else, for build_provenance to refuse by name.
  const own = `${repo.owner}/${repo.repo}`.toLowerCase();
  const newest = matching.find((run) => run.headRepository?.toLowerCase() === own) ?? matching[0];
  if (!newest) {
    return {
      found: false,
      query,
      reason: `no successful run of '${workflow}' with head_branch '${tag}' in ${repo.owner}/${repo.repo}`,
    };
  }
  return { found: true, query, run: newest };
}

/** Describes the lookup for messages: 'run 42' or "the newest successful run of 'release.yml' for tag 'v1.2.0'". */
export function describeBuildRunQuery(query: BuildRunQuery): string {
  return query.by === 'id'
    ? `build run ${query.runId} (build_run_id)`
    : `the newest successful run of '${query.workflow}' for tag '${query.tag}'`;
}

interface RawRun {
  id?: unknown;
  name?: unknown;
  path?: unknown;
  workflow_id?: unknown;
  run_number?: unknown;
  run_attempt?: unknown;
  event?: unknown;
  status?: unknown;
  conclusion?: unknown;
  head_branch?: unknown;
  head_sha?: unknown;
  repository?: { full_name?: unknown } | null;
  head_repository?: { full_name?: unknown } | null;
  html_url?: unknown;
  created_at?: unknown;
}

/** Narrows a run payload; anything unexpected becomes null or '' so that checks fail, not pass. */
export function toBuildRun(payload: unknown): BuildRun {
  const raw = (payload ?? {}) as RawRun;
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const integer = (value: unknown): number | null =>
    typeof value === 'number' && Number.isInteger(value) ? value : null;
  const id = integer(raw.id);
  if (id === null) throw new GateError('API_ERROR', 'GitHub returned a workflow run without an id.');
  return {
    id,
    name: text(raw.name),
    path: text(raw.path) ?? '',
    workflowId: integer(raw.workflow_id) ?? 0,
    runNumber: integer(raw.run_number) ?? 0,
    runAttempt: integer(raw.run_attempt),
    event: text(raw.event) ?? '',
    status: text(raw.status),
    conclusion: text(raw.conclusion),
    headBranch: text(raw.head_branch),
    headSha: text(raw.head_sha) ?? '',
    repository: text(raw.repository?.full_name),
    headRepository: text(raw.head_repository?.full_name),
    htmlUrl: text(raw.html_url) ?? '',
    createdAt: text(raw.created_at),
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
