// Finds the release build run of this evaluation and judges it by the rules of trust.ts, once
// per evaluation and set of rules: build_provenance and every gate reading the build's outputs
// share the reads.
//
// By `build_run_id`: that run. Otherwise a search, cheapest first:
//  1. the newest successful run of the workflow whose head_branch is the tag (one request);
//     this repository's own runs first, so a fork's run named like the tag cannot push the real
//     build aside (it is returned only when there is nothing else, to be refused by name);
//  2. when that finds no trusted run and workflow_dispatch is an allowed event: the
//     DISPATCH_SEARCH_PAGE_SIZE newest successful workflow_dispatch runs of the workflow (one
//     request); of those from a `dispatch_from` branch, at most DISPATCH_ATTESTATION_BOUND have
//     their metadata read (an artifact listing and a download each), those whose display_title
//     names the tag first, newest first otherwise; the first that attests the tag is the run.
// When no run is trusted, the one that says best why is returned, for build_provenance to
// report: the run on the tag, else the first dispatch run tried, else a dispatch from a branch
// not in `dispatch_from`.
import { GateError, type EvalContext, type Repository } from '../../model/types.js';
import { defaultBranch } from '../runs.js';
import type { FactStore } from '../store.js';
import {
  collectMetadata,
  DEFAULT_METADATA_LOCATION,
  type MetadataFacts,
  type MetadataLocation,
} from './metadata.js';
import {
  describeBuildRunQuery,
  DISPATCH_SEARCH_PAGE_SIZE,
  listDispatchRuns,
  listTagRuns,
  readRunById,
  type BuildRun,
  type BuildRunLookup,
  type BuildRunQuery,
} from './run.js';
import { isBranchDispatch, judgeTrust, runProblems, type TrustJudgement, type TrustRules } from './trust.js';

/** Dispatch runs whose metadata the search reads at most (two requests each). */
export const DISPATCH_ATTESTATION_BOUND = 5;

export const DEFAULT_BUILD_WORKFLOW = 'release.yml';
export const DEFAULT_BUILD_EVENTS: readonly string[] = ['push', 'workflow_dispatch'];

/** The rules as the policy gives them; `dispatchFrom: null` is the default branch, read only when needed. */
export interface BuildRunRules extends Omit<TrustRules, 'dispatchFrom'> {
  dispatchFrom: readonly string[] | null;
}

export type BuildRunFinding =
  | { found: false; lookup: Extract<BuildRunLookup, { found: false }>; rules: TrustRules | BuildRunRules }
  | {
      found: true;
      lookup: Extract<BuildRunLookup, { found: true }>;
      run: BuildRun;
      rules: TrustRules | BuildRunRules;
      /** What was read of the run's metadata for the dispatch rule; null when not needed. */
      attestation: MetadataFacts | null;
      trust: TrustJudgement;
    };

/**
 * The rules of this evaluation: the policy's (ctx.buildRunPolicy, from build_provenance and
 * release_metadata), with a gate's own `workflow` parameter in front when it names one.
 */
export function rulesFor(ctx: EvalContext, workflow?: string): BuildRunRules {
  const policy = ctx.buildRunPolicy ?? {};
  return {
    workflow: workflow ?? policy.workflow ?? DEFAULT_BUILD_WORKFLOW,
    events: policy.events ?? DEFAULT_BUILD_EVENTS,
    dispatchFrom: policy.dispatchFrom ?? null,
    metadata: policy.metadata ?? DEFAULT_METADATA_LOCATION,
  };
}

/** The build run and the judgement of it, memoized per rules. */
export function findBuildRun(
  facts: FactStore,
  ctx: EvalContext,
  rules: BuildRunRules,
): Promise<BuildRunFinding> {
  const repo = ctx.repository;
  if (ctx.buildRunId === null && !ctx.tag) {
    return Promise.reject(
      new GateError(
        'NOT_A_TAG',
        `No build run can be found for '${ctx.refName}': it is not a tag. Evaluate a tag, or pass build_run_id.`,
      ),
    );
  }
  const where = ctx.buildRunId !== null ? `id:${ctx.buildRunId}` : `tag:${ctx.tag}`;
  const key = [
    `build-finding:${repo.owner}/${repo.repo}:${where}:${ctx.sha}`,
    rules.workflow,
    rules.events.join(','),
    rules.dispatchFrom?.join(',') ?? '(default branch)',
    `${rules.metadata.artifact}/${rules.metadata.file}/${rules.metadata.maxBytes}`,
  ].join('|');
  return facts.memo(key, () =>
    ctx.buildRunId !== null ? byId(facts, ctx, rules, ctx.buildRunId) : search(facts, ctx, rules),
  );
}

async function byId(
  facts: FactStore,
  ctx: EvalContext,
  rules: BuildRunRules,
  runId: number,
): Promise<BuildRunFinding> {
  const lookup = await readRunById(facts, ctx.repository, runId);
  if (!lookup.found) return { found: false, lookup, rules };
  return judged(facts, ctx, rules, lookup);
}

async function search(facts: FactStore, ctx: EvalContext, rules: BuildRunRules): Promise<BuildRunFinding> {
  const repo = ctx.repository;
  const tag = ctx.tag!;
  const query: BuildRunQuery = { by: 'search', workflow: rules.workflow, tag };
  const listing = await listTagRuns(facts, repo, rules.workflow, tag);
  if ('missing' in listing)
    return { found: false, lookup: { found: false, query, reason: listing.missing }, rules };
  const own = listing.runs.filter((run) => isOwn(run, repo));
  const tagRun = own[0] ?? listing.runs[0];
  let first: BuildRunFinding | null = null;
  if (tagRun) {
    first = await judged(facts, ctx, rules, { found: true, query, run: tagRun });
    if (first.found && first.trust.trusted) return first;
  }
  const dispatched = rules.events.includes('workflow_dispatch')
    ? await searchDispatchRuns(facts, ctx, rules, query)
    : null;
  if (dispatched?.found && dispatched.trust.trusted) return dispatched;
  // Nothing trusted: the run on the tag says best why, else the dispatch run tried.
  if (first) return first;
  if (dispatched) return dispatched;
  const dispatchNote = rules.events.includes('workflow_dispatch')
    ? `, and none of the ${DISPATCH_SEARCH_PAGE_SIZE} newest successful workflow_dispatch runs of it attests the tag`
    : '';
  return {
    found: false,
    lookup: {
      found: false,
      query,
      reason: `no successful run of '${rules.workflow}' with head_branch '${tag}' in ${repo.owner}/${repo.repo}${dispatchNote}`,
    },
    rules,
  };
}

/**
 * The first dispatch run (by the order above) that the rules trust; else, so that the verdict
 * says why, the first one judged (DISPATCH_NOT_ATTESTED), or the newest dispatch from a branch
 * not in `dispatch_from` (DISPATCH_FROM_UNTRUSTED_BRANCH, judged without a download); else null.
 */
async function searchDispatchRuns(
  facts: FactStore,
  ctx: EvalContext,
  rules: BuildRunRules,
  query: BuildRunQuery,
): Promise<BuildRunFinding | null> {
  const repo = ctx.repository;
  const listing = await listDispatchRuns(facts, repo, rules.workflow);
  if ('missing' in listing) return null;
  const branches = await dispatchBranches(facts, repo, rules);
  const dispatches = listing.runs.filter(
    (run) => isOwn(run, repo) && isBranchDispatch(run, ctx) && runProblems(run, rules, repo).length === 0,
  );
  const fromTrusted = dispatches.filter(
    (run) => run.headBranch !== null && branches.includes(run.headBranch),
  );
  const tag = ctx.tag!;
  const ordered = [
    ...fromTrusted.filter((run) => titleNamesTag(run.displayTitle ?? null, tag)),
    ...fromTrusted.filter((run) => !titleNamesTag(run.displayTitle ?? null, tag)),
  ].slice(0, DISPATCH_ATTESTATION_BOUND);
  let first: BuildRunFinding | null = null;
  for (const run of ordered) {
    const finding = await judged(facts, ctx, rules, { found: true, query, run });
    if (finding.found && finding.trust.trusted) return finding;
    first ??= finding;
  }
  if (first) return first;
  const elsewhere = dispatches.find((run) => !fromTrusted.includes(run));
  return elsewhere ? judged(facts, ctx, rules, { found: true, query, run: elsewhere }) : null;
}

/** Judges a found run, reading its metadata first when the dispatch rule needs it. */
async function judged(
  facts: FactStore,
  ctx: EvalContext,
  rules: BuildRunRules,
  lookup: Extract<BuildRunLookup, { found: true }>,
): Promise<BuildRunFinding> {
  const run = lookup.run;
  const resolved: TrustRules = { ...rules, dispatchFrom: rules.dispatchFrom ?? [] };
  let attestation: MetadataFacts | null = null;
  if (isBranchDispatch(run, ctx)) {
    resolved.dispatchFrom = await dispatchBranches(facts, ctx.repository, rules);
    // Only a run that passes every other rule, from an allowed branch, is worth a download.
    const allowed = run.headBranch !== null && resolved.dispatchFrom.includes(run.headBranch);
    if (ctx.tag && allowed && runProblems(run, rules, ctx.repository).length === 0)
      attestation = await collectMetadata(facts, ctx.repository, run.id, rules.metadata);
  }
  const trust = judgeTrust(run, resolved, ctx, attestation);
  return { found: true, lookup, run, rules: resolved, attestation, trust };
}

async function dispatchBranches(
  facts: FactStore,
  repo: Repository,
  rules: BuildRunRules,
): Promise<readonly string[]> {
  return rules.dispatchFrom ?? [await defaultBranch(facts, repo)];
}

/** Whether a run title names the tag as a word ("release v1.2.0", not "release v1.2.0-rc.1"). */
export function titleNamesTag(title: string | null, tag: string): boolean {
  if (!title) return false;
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s"'(/:=])${escaped}(?=$|[\\s"'),;:])`).test(title);
}

function isOwn(run: BuildRun, repo: Repository): boolean {
  return run.headRepository?.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}

/** A gate's view of the run it may read outputs from. */
export type TrustedRun =
  | { ok: true; run: BuildRun; where: string; admittedBy: 'tag_push' | 'dispatch_attested' }
  | { ok: false; code: 'BUILD_RUN_NOT_FOUND' | 'UNTRUSTED_BUILD_RUN'; where: string; reason: string };

/**
 * The build run whose outputs a gate may read: exactly a run build_provenance would accept
 * under the policy's rules (with the gate's own workflow, when it names one).
 */
export async function trustedBuildRun(
  facts: FactStore,
  ctx: EvalContext,
  workflow?: string,
): Promise<TrustedRun> {
  const finding = await findBuildRun(facts, ctx, rulesFor(ctx, workflow));
  return toTrustedRun(finding);
}

export function toTrustedRun(finding: BuildRunFinding): TrustedRun {
  const described = describeBuildRunQuery(finding.lookup.query);
  if (!finding.found)
    return {
      ok: false,
      code: 'BUILD_RUN_NOT_FOUND',
      where: described,
      reason: `${finding.lookup.reason} (looked for ${described})`,
    };
  const { run, trust } = finding;
  const where = `build run ${run.id}`;
  if (!trust.trusted) {
    return {
      ok: false,
      code: 'UNTRUSTED_BUILD_RUN',
      where,
      reason: `build run ${run.id} is not a trusted release build: ${trust.problems.map((p) => p.message).join(' ')}`,
    };
  }
  return { ok: true, run, where, admittedBy: trust.admittedBy };
}

export type { MetadataLocation };
