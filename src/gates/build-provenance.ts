// build_provenance: the release is built by the right workflow, in this repository, from the
// tag's own commit. The last check matters most on workflow_dispatch, where a run dispatched
// from a branch builds that branch's head, whatever tag it was asked to release.
import type { EvalContext, Link, Repository, Verdict } from '../model/types.js';
import { buildRun, describeBuildRunQuery, type BuildRun, type BuildRunLookup } from '../facts/build-run.js';
import type { GateType } from './types.js';

export interface BuildProvenanceParams {
  workflow: string;
  events: string[];
}

export interface BuildProvenanceFacts {
  /** Null when the evaluation has no tag or commit to hold the run against (nothing was read). */
  lookup: BuildRunLookup | null;
}

/** One failed check: its code and a sentence naming what was found and what was expected. */
export interface ProvenanceProblem {
  code: ProvenanceCode;
  message: string;
}

/** In the order they are checked; the first failed one is the verdict's code. */
export const PROVENANCE_CHECKS = [
  'WRONG_WORKFLOW',
  'FOREIGN_REPOSITORY',
  'RUN_NOT_SUCCESSFUL',
  'WRONG_EVENT',
  'TAG_MISMATCH',
  'SHA_MISMATCH',
] as const;
export type ProvenanceCode = (typeof PROVENANCE_CHECKS)[number];

/** A workflow file name, as in `.github/workflows/<name>`. */
export const WORKFLOW_FILE_SCHEMA = {
  description: 'File name of the release build workflow under .github/workflows/.',
  type: 'string',
  pattern: '^[^/\\\\]+\\.ya?ml$',
  default: 'release.yml',
} as const;

export const buildProvenanceGate: GateType<BuildProvenanceParams, BuildProvenanceFacts> = {
  type: 'build_provenance',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      workflow: WORKFLOW_FILE_SCHEMA,
      events: {
        description: 'Events that may have triggered the build run.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        uniqueItems: true,
        default: ['push', 'workflow_dispatch'],
      },
    },
  },
  async collect(params, ctx, facts) {
    if (targetProblem(ctx)) return { lookup: null };
    return { lookup: await buildRun(facts, ctx, { workflow: params.workflow }) };
  },
  judge: judgeBuildProvenance,
};

export function judgeBuildProvenance(
  params: BuildProvenanceParams,
  facts: BuildProvenanceFacts,
  ctx: EvalContext,
): Verdict {
  const unjudgeable = targetProblem(ctx);
  if (unjudgeable) return unjudgeable;
  const { lookup } = facts;
  if (!lookup)
    return { status: 'error', code: 'BUILD_RUN_UNKNOWN', message: 'The build run was not looked up.' };
  if (!lookup.found) return buildRunNotFound(lookup);

  const { run } = lookup;
  const problems = provenanceProblems(run, params, ctx);
  const details = {
    ...describeRun(run, lookup),
    expected: {
      workflow_path: `.github/workflows/${params.workflow}`,
      repository: repoName(ctx.repository),
      events: params.events,
      head_branch: ctx.tag,
      head_sha: ctx.sha,
    },
    failures: problems,
  };
  const links = runLinks(run, ctx);
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const more = rest.length ? ` (also ${rest.map((p) => p.code).join(', ')})` : '';
    return { status: 'fail', code: first!.code, message: `${first!.message}${more}`, details, links };
  }
  return {
    status: 'pass',
    code: 'BUILD_RUN_OK',
    message: `Build run ${run.id} (${run.path}, ${run.event}) built ${short(run.headSha)} for tag '${ctx.tag}' in ${repoName(ctx.repository)} and succeeded.`,
    details,
    links,
  };
}

/** An error verdict when there is no tag or commit to hold a build run against, else null. */
export function targetProblem(ctx: EvalContext): Verdict | null {
  if (!ctx.tag) {
    return {
      status: 'error',
      code: 'NOT_A_TAG',
      message: `Build provenance needs a tag, and '${ctx.refName}' is not one: evaluate the release tag.`,
    };
  }
  if (!ctx.sha) {
    return {
      status: 'error',
      code: 'SHA_UNRESOLVED',
      message: `The commit of tag '${ctx.tag}' could not be resolved, so no build run can be checked against it.`,
    };
  }
  return null;
}

/** Every check `run` fails, in PROVENANCE_CHECKS order. */
export function provenanceProblems(
  run: BuildRun,
  params: BuildProvenanceParams,
  ctx: EvalContext,
): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  const expectedPath = `.github/workflows/${params.workflow}`;
  const here = repoName(ctx.repository);
  if (!workflowPathMatches(run.path, params.workflow, ctx.repository)) {
    problems.push({
      code: 'WRONG_WORKFLOW',
      message: `Build run ${run.id} ran '${run.path || '(no path)'}', not '${expectedPath}'.`,
    });
  }
  // The run must belong to this repository and build its code: a fork's run never counts,
  // and neither does a run whose head repository is gone (null).
  const sameRepository = sameName(run.repository, here) && sameName(run.headRepository, here);
  if (!sameRepository) {
    const from = run.headRepository ?? 'a repository that no longer exists';
    problems.push({
      code: 'FOREIGN_REPOSITORY',
      message: `Build run ${run.id} built code from ${from}, not ${here}: a fork's run is never a release build.`,
    });
  }
  if (run.status !== 'completed' || run.conclusion !== 'success') {
    const state =
      run.status !== 'completed'
        ? `is '${run.status ?? 'unknown'}', not completed`
        : `concluded '${run.conclusion ?? 'unknown'}', not 'success'`;
    problems.push({ code: 'RUN_NOT_SUCCESSFUL', message: `Build run ${run.id} ${state}.` });
  }
  if (!params.events.includes(run.event)) {
    problems.push({
      code: 'WRONG_EVENT',
      message: `Build run ${run.id} was triggered by '${run.event || '(none)'}', not one of: ${params.events.join(', ')}.`,
    });
  }
  if (run.headBranch !== ctx.tag) {
    problems.push({
      code: 'TAG_MISMATCH',
      message: `Build run ${run.id} ran on '${run.headBranch ?? '(no ref)'}', not on tag '${ctx.tag}'.`,
    });
  }
  if (run.headSha.toLowerCase() !== ctx.sha.toLowerCase()) {
    const why =
      run.event === 'workflow_dispatch'
        ? ' (a dispatched run builds the head of the branch it was dispatched from)'
        : '';
    problems.push({
      code: 'SHA_MISMATCH',
      message: `Build run ${run.id} built ${short(run.headSha) || '(no commit)'}, but tag '${ctx.tag}' points at ${short(ctx.sha)}${why}.`,
    });
  }
  return problems;
}

/**
 * Whether a run's `path` is `.github/workflows/<workflow>` of this repository. GitHub reports
 * the plain path; its documentation also shows `owner/repo/<path>@<ref>`, accepted here when
 * owner/repo is this repository.
 */
export function workflowPathMatches(runPath: string, workflow: string, repository: Repository): boolean {
  const match = /^(?:([^/]+)\/([^/]+)\/(?=\.github\/))?(\.github\/workflows\/[^@]+)(?:@.+)?$/.exec(runPath);
  if (!match) return false;
  const [, owner, repo, file] = match;
  if (owner !== undefined && !sameName(`${owner}/${repo}`, repoName(repository))) return false;
  return file === `.github/workflows/${workflow}`;
}

/** The verdict when no build run was found, naming what was searched. */
export function buildRunNotFound(lookup: Extract<BuildRunLookup, { found: false }>): Verdict {
  const hint =
    lookup.query.by === 'id'
      ? 'Check the build_run_id input.'
      : 'Run the build workflow for the tag, or pass the run as build_run_id.';
  return {
    status: 'fail',
    code: 'BUILD_RUN_NOT_FOUND',
    message: `No build run: looked for ${describeBuildRunQuery(lookup.query)}, but ${lookup.reason}. ${hint}`,
    details: { query: lookup.query, reason: lookup.reason },
  };
}

/** The run as report details. */
export function describeRun(
  run: BuildRun,
  lookup: Extract<BuildRunLookup, { found: true }>,
): Record<string, unknown> {
  return {
    run_id: run.id,
    run_url: run.htmlUrl || null,
    found_by: lookup.query.by === 'id' ? 'build_run_id' : 'search',
    workflow_path: run.path,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    repository: run.repository,
    head_repository: run.headRepository,
    run_attempt: run.runAttempt,
  };
}

export function runLinks(run: BuildRun, ctx: EvalContext): Link[] {
  const url = run.htmlUrl || `${ctx.serverUrl}/${repoName(ctx.repository)}/actions/runs/${run.id}`;
  return [{ title: `Build run ${run.id}`, url }];
}

function repoName(repository: Repository): string {
  return `${repository.owner}/${repository.repo}`;
}

/** GitHub owner and repository names are case-insensitive. */
function sameName(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
