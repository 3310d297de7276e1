// build_provenance: the release is built by the right workflow, in this repository, from the
// tag's own commit: on the tag itself, or dispatched from a trusted branch with metadata that
// attests the tag. The rules live in facts/build/trust.ts, shared with every gate that reads
// the build's outputs; this gate reports them.
import type { EvalContext, Link, Verdict } from '../model/types.js';
import { DEFAULT_BUILD_EVENTS, findBuildRun, rulesFor, type BuildRunFinding } from '../facts/build/find.js';
import { describeBuildRunQuery, type BuildRun, type BuildRunLookup } from '../facts/build/run.js';
import { repoName, TRUST_CHECKS, type TrustCode, type TrustProblem } from '../facts/build/trust.js';
import { defineGate } from './types.js';

export interface BuildProvenanceParams {
  workflow: string;
  events: string[];
  /** Branches a workflow_dispatch build may run on; absent: the default branch. */
  dispatch_from?: string[];
}

export interface BuildProvenanceFacts {
  /** Null when the evaluation has no tag or commit to hold the run against (nothing was read). */
  finding: BuildRunFinding | null;
}

/** In the order they are checked; the first failed one is the verdict's code. */
export const PROVENANCE_CHECKS = TRUST_CHECKS;
export type ProvenanceCode = TrustCode;
export type ProvenanceProblem = TrustProblem;

/** A workflow file name, as in `.github/workflows/<name>`. */
export const WORKFLOW_FILE_SCHEMA = {
  description: 'File name of the release build workflow under .github/workflows/.',
  type: 'string',
  pattern: '^[^/\\\\]+\\.ya?ml$',
  default: 'release.yml',
} as const;

export const buildProvenanceGate = defineGate<BuildProvenanceParams, BuildProvenanceFacts>({
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
        default: [...DEFAULT_BUILD_EVENTS],
      },
      dispatch_from: {
        description:
          "Branches a workflow_dispatch build may run on (it checks the tag out, so its head is the branch's); such a run is accepted when its release metadata attests the tag. Default: the repository's default branch.",
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        uniqueItems: true,
      },
    },
  },
  buildRunPolicy: (params) => ({
    workflow: params.workflow,
    events: params.events,
    ...(params.dispatch_from ? { dispatchFrom: params.dispatch_from } : {}),
  }),
  async collect(params, ctx, facts) {
    if (targetProblem(ctx)) return { finding: null };
    const rules = {
      ...rulesFor(ctx, params.workflow),
      events: params.events,
      dispatchFrom: params.dispatch_from ?? null,
    };
    return { finding: await findBuildRun(facts, ctx, rules) };
  },
  judge: judgeBuildProvenance,
});

export function judgeBuildProvenance(
  params: BuildProvenanceParams,
  facts: BuildProvenanceFacts,
  ctx: EvalContext,
): Verdict {
  const unjudgeable = targetProblem(ctx);
  if (unjudgeable) return unjudgeable;
  const { finding } = facts;
  if (!finding)
    return { status: 'error', code: 'BUILD_RUN_UNKNOWN', message: 'The build run was not looked up.' };
  if (!finding.found) return buildRunNotFound(finding.lookup);

  const { run, trust } = finding;
  const problems = trust.problems;
  const details = {
    ...describeRun(run, finding.lookup),
    admitted_by: trust.admittedBy,
    expected: {
      workflow_path: `.github/workflows/${params.workflow}`,
      repository: repoName(ctx.repository),
      events: params.events,
      head_branch: ctx.tag,
      head_sha: ctx.sha,
      dispatch_from: finding.rules.dispatchFrom,
    },
    failures: problems.map(({ code, message }) => ({ code, message })),
  };
  const links = runLinks(run, ctx);
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const more = rest.length ? ` (also ${rest.map((p) => p.code).join(', ')})` : '';
    return { status: 'fail', code: first!.code, message: `${first!.message}${more}`, details, links };
  }
  const how =
    trust.admittedBy === 'dispatch_attested'
      ? `dispatched from '${run.headBranch}', built tag '${ctx.tag}' (${short(ctx.sha)}) as its release metadata attests`
      : `built ${short(run.headSha)} for tag '${ctx.tag}'`;
  return {
    status: 'pass',
    code: 'BUILD_RUN_OK',
    message: `Build run ${run.id} (${run.path}, ${run.event}) ${how} in ${repoName(ctx.repository)} and succeeded.`,
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
    display_title: run.displayTitle ?? null,
  };
}

export function runLinks(run: BuildRun, ctx: EvalContext): Link[] {
  const url = run.htmlUrl || `${ctx.serverUrl}/${repoName(ctx.repository)}/actions/runs/${run.id}`;
  return [{ title: `Build run ${run.id}`, url }];
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
