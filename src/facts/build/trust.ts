// Whether a run may be taken as the release build of the tag: every rule written once, for
// build_provenance (which reports them) and for every gate that reads what the build produced
// (which read nothing from a run build_provenance would refuse).
//
// The rules: the run ran the build workflow (by path), belongs to this repository and built
// its code (never a fork), succeeded, was triggered by an allowed event, and then either
//  - tag_push: ran on the tag (head_branch = tag) and built the tag's commit, or
//  - dispatch_attested: was a workflow_dispatch run on one of the `dispatch_from` branches
//    (such a run checks the tag out, so its head_branch and head_sha are the branch's), and
//    its release metadata attests the tag: source_sha = the tag's commit, source_ref =
//    refs/tags/{tag}, source_run_id = the run's own id.
import type { EvalContext, Repository } from '../../model/types.js';
import {
  attestationExpected,
  compareExpected,
  describeMismatches,
  readMetadata,
  type FieldMismatch,
  type MetadataFacts,
  type MetadataLocation,
} from './metadata.js';
import type { BuildRun } from './run.js';

/** What the policy trusts as a release build run. */
export interface TrustRules {
  /** Workflow file name under .github/workflows/. */
  workflow: string;
  /** Events that may have triggered the run. */
  events: readonly string[];
  /** Branches a workflow_dispatch build may run on (resolved: the default branch when unset). */
  dispatchFrom: readonly string[];
  /** Where the run's metadata is, for the dispatch rule. */
  metadata: MetadataLocation;
}

/** Which rule admitted the run. */
export type Admission = 'tag_push' | 'dispatch_attested';

/** In the order they are checked; the first failed one is the verdict's code. */
export const TRUST_CHECKS = [
  'WRONG_WORKFLOW',
  'FOREIGN_REPOSITORY',
  'RUN_NOT_SUCCESSFUL',
  'WRONG_EVENT',
  'DISPATCH_FROM_UNTRUSTED_BRANCH',
  'DISPATCH_NOT_ATTESTED',
  'TAG_MISMATCH',
  'SHA_MISMATCH',
] as const;
export type TrustCode = (typeof TRUST_CHECKS)[number];

/** One failed rule: its code and a sentence naming what was found and what was expected. */
export interface TrustProblem {
  code: TrustCode;
  message: string;
  /** For DISPATCH_NOT_ATTESTED when the metadata was read: the fields that differ. */
  mismatches?: FieldMismatch[];
}

export type TrustJudgement =
  | { trusted: true; admittedBy: Admission; problems: [] }
  | { trusted: false; admittedBy: null; problems: TrustProblem[] };

/**
 * Whether the dispatch rule applies: a workflow_dispatch run that did not run on the tag
 * itself. (A dispatch on the tag is held to the tag rule, like a push.)
 */
export function isBranchDispatch(run: BuildRun, ctx: EvalContext): boolean {
  return run.event === 'workflow_dispatch' && run.headBranch !== ctx.tag;
}

/**
 * Every rule `run` fails, in TRUST_CHECKS order. `attestation` is what was read of the run's
 * metadata; it is only consulted for a branch dispatch (null: not read).
 */
export function judgeTrust(
  run: BuildRun,
  rules: TrustRules,
  ctx: EvalContext,
  attestation: MetadataFacts | null,
): TrustJudgement {
  const problems: TrustProblem[] = [...runProblems(run, rules, ctx.repository)];
  let admittedBy: Admission = 'tag_push';
  if (isBranchDispatch(run, ctx)) {
    admittedBy = 'dispatch_attested';
    problems.push(...dispatchProblems(run, rules, ctx, attestation));
  } else {
    problems.push(...tagProblems(run, ctx));
  }
  return problems.length === 0
    ? { trusted: true, admittedBy, problems: [] }
    : { trusted: false, admittedBy: null, problems };
}

/** The rules that do not depend on the tag: workflow, repository, success, event. */
export function runProblems(
  run: BuildRun,
  rules: Pick<TrustRules, 'workflow' | 'events'>,
  repository: Repository,
): TrustProblem[] {
  const problems: TrustProblem[] = [];
  const expectedPath = `.github/workflows/${rules.workflow}`;
  if (!workflowPathMatches(run.path, rules.workflow, repository)) {
    problems.push({
      code: 'WRONG_WORKFLOW',
      message: `Build run ${run.id} ran '${run.path || '(no path)'}', not '${expectedPath}'.`,
    });
  }
  const foreign = foreignRunProblem(run, repository);
  if (foreign) problems.push(foreign);
  if (run.status !== 'completed' || run.conclusion !== 'success') {
    const state =
      run.status !== 'completed'
        ? `is '${run.status ?? 'unknown'}', not completed`
        : `concluded '${run.conclusion ?? 'unknown'}', not 'success'`;
    problems.push({ code: 'RUN_NOT_SUCCESSFUL', message: `Build run ${run.id} ${state}.` });
  }
  if (!rules.events.includes(run.event)) {
    problems.push({
      code: 'WRONG_EVENT',
      message: `Build run ${run.id} was triggered by '${run.event || '(none)'}', not one of: ${rules.events.join(', ')}.`,
    });
  }
  return problems;
}

/**
 * The run must belong to this repository and build its code: a fork's run never counts, and
 * neither does a run whose head repository is gone (null). Null when the run is this repository's.
 */
export function foreignRunProblem(run: BuildRun, repository: Repository): TrustProblem | null {
  const here = repoName(repository);
  if (sameName(run.repository, here) && sameName(run.headRepository, here)) return null;
  const from = run.headRepository ?? 'a repository that no longer exists';
  return {
    code: 'FOREIGN_REPOSITORY',
    message: `Build run ${run.id} built code from ${from}, not ${here}: a fork's run is never a release build.`,
  };
}

function tagProblems(run: BuildRun, ctx: EvalContext): TrustProblem[] {
  const problems: TrustProblem[] = [];
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

function dispatchProblems(
  run: BuildRun,
  rules: TrustRules,
  ctx: EvalContext,
  attestation: MetadataFacts | null,
): TrustProblem[] {
  if (run.headBranch === null || !rules.dispatchFrom.includes(run.headBranch)) {
    return [
      {
        code: 'DISPATCH_FROM_UNTRUSTED_BRANCH',
        message: `Build run ${run.id} was dispatched from '${run.headBranch ?? '(no branch)'}', not from ${rules.dispatchFrom.map((b) => `'${b}'`).join(' or ')} (dispatch_from); a dispatch from another branch builds whatever that branch holds.`,
      },
    ];
  }
  const what = `Build run ${run.id}, dispatched from '${run.headBranch}',`;
  const location = rules.metadata;
  if (!attestation) {
    return [
      {
        code: 'DISPATCH_NOT_ATTESTED',
        message: `${what} has no release metadata read to attest tag '${ctx.tag}'.`,
      },
    ];
  }
  const reading = readMetadata(attestation, location);
  if (!reading.ok) {
    return [
      {
        code: 'DISPATCH_NOT_ATTESTED',
        message: `${what} does not attest tag '${ctx.tag}': its artifact '${location.artifact}' ${reading.refusal.message}`,
      },
    ];
  }
  const mismatches = compareExpected(attestationExpected(ctx, run.id), reading.metadata);
  if (mismatches.length > 0) {
    return [
      {
        code: 'DISPATCH_NOT_ATTESTED',
        message: `${what} does not attest tag '${ctx.tag}': ${location.file} has ${describeMismatches(mismatches)}.`,
        mismatches,
      },
    ];
  }
  return [];
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

export function repoName(repository: Repository): string {
  return `${repository.owner}/${repository.repo}`;
}

/** GitHub owner and repository names are case-insensitive. */
function sameName(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
