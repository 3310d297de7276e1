// The release build run: the workflow run whose outputs (artifacts, metadata, benchmarks) a
// release is made from. It is the run named by `build_run_id`, or else the newest successful
// run of the build workflow for the tag. Judging whether that run deserves trust is the
// build_provenance gate's job; this module only finds it, once per evaluation.
import { GateError, type EvalContext, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
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
}

async function searchNewestSuccessfulRun(
  facts: FactStore,
  repo: Repository,
  workflow: string,
  tag: string,
): Promise<BuildRunLookup> {
  const query: BuildRunQuery = { by: 'search', workflow, tag };
  let data: unknown;
  try {
    ({ data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflow,
      branch: tag,
      status: 'success',
      per_page: SEARCH_PAGE_SIZE,
    }));
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
  const request = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
  const matching = Fields.of(data, request)
    .objects('workflow_runs')
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
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
