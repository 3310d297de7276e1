// ref_on_branch: a release is cut from the branch it claims to come from. The commit must be
// in the branch's history (comparing BRANCH...COMMIT: `behind` or `identical`), and when a
// tag is evaluated, that tag must exist on the remote and point (peeled through an
// annotated tag object) at the commit under evaluation.
//
// Codes beyond the SPEC's minimum: TAG_POINTS_ELSEWHERE, when the tag exists but names
// another commit (it was moved, or `sha` was given for a different commit). It is a `fail`
// of its own rather than NOT_ON_BRANCH because the fix is different: re-tag, not merge.
import { GateError, type EvalContext, type Verdict } from '../model/types.js';
import { compareCommits, defaultBranchOf, type CommitComparison } from '../facts/compare.js';
import { resolveRef } from '../facts/refs.js';
import type { FactStore } from '../facts/store.js';
import type { GateType } from './types.js';

export interface RefOnBranchParams {
  /** Defaults to the repository's default branch. */
  branch?: string;
}

export interface TagFact {
  name: string;
  /** The commit the tag points at, peeled; null when the tag does not exist on the remote. */
  sha: string | null;
}

export interface RefOnBranchFacts {
  branch: string;
  comparison: CommitComparison | null;
  /** null when the ref under evaluation is not a tag. */
  tag: TagFact | null;
}

export const refOnBranchGate: GateType<RefOnBranchParams, RefOnBranchFacts> = {
  type: 'ref_on_branch',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      branch: {
        description:
          "The branch the commit must be reachable from. Default: the repository's default branch.",
        type: 'string',
        minLength: 1,
      },
    },
  },
  async collect(params, ctx, facts) {
    if (!ctx.sha) return { branch: params.branch ?? '', comparison: null, tag: null };
    const branch = params.branch
      ? params.branch.replace(/^refs\/heads\//, '')
      : await defaultBranchOf(facts, ctx.repository);
    const [comparison, tag] = await Promise.all([
      compareCommits(facts, ctx.repository, branch, ctx.sha),
      ctx.tag ? remoteTag(ctx, facts, ctx.tag) : Promise.resolve(null),
    ]);
    return { branch, comparison, tag };
  },
  judge: judgeRefOnBranch,
};

async function remoteTag(ctx: EvalContext, facts: FactStore, name: string): Promise<TagFact> {
  try {
    // The same memo key the engine used to resolve a full tag ref, so usually no request.
    const resolved = await resolveRef(facts, ctx.repository, `refs/tags/${name}`);
    return { name, sha: resolved.sha };
  } catch (error) {
    if (error instanceof GateError && error.code === 'REF_NOT_FOUND') return { name, sha: null };
    throw error;
  }
}

export function judgeRefOnBranch(
  _params: RefOnBranchParams,
  facts: RefOnBranchFacts,
  ctx: EvalContext,
): Verdict {
  if (!ctx.sha || !facts.comparison) {
    return {
      status: 'error',
      code: 'SHA_UNRESOLVED',
      message: 'The commit under evaluation is unknown, so its place on a branch cannot be checked.',
    };
  }
  const { branch, comparison, tag } = facts;
  const short = ctx.sha.slice(0, 7);
  const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const details: Record<string, unknown> = {
    sha: ctx.sha,
    branch,
    comparison: { status: comparison.status, ahead_by: comparison.aheadBy, behind_by: comparison.behindBy },
    tag: tag ? { name: tag.name, sha: tag.sha } : null,
  };
  const links = [
    {
      title: `${short} on ${branch}`,
      url: comparison.url ?? `${ctx.serverUrl}/${repo}/compare/${encodeURIComponent(branch)}...${ctx.sha}`,
    },
  ];

  if (tag && tag.sha === null) {
    return {
      status: 'fail',
      code: 'TAG_NOT_FOUND',
      message: `Tag '${tag.name}' does not exist in ${repo}: push it (git push origin ${tag.name}) before releasing.`,
      details,
      links,
    };
  }
  if (tag && tag.sha !== ctx.sha) {
    return {
      status: 'fail',
      code: 'TAG_POINTS_ELSEWHERE',
      message: `Tag '${tag.name}' points at ${tag.sha!.slice(0, 7)}, not at the commit under evaluation ${short}: the tag was moved, or the wrong sha was given.`,
      details,
      links,
    };
  }
  if (comparison.status === 'identical' || comparison.status === 'behind') {
    const where =
      comparison.status === 'identical'
        ? `the head of ${branch}`
        : `on ${branch} (${plural(comparison.behindBy, 'commit')} behind its head)`;
    return {
      status: 'pass',
      code: 'ON_BRANCH',
      message: `${tag ? `Tag '${tag.name}' → ` : ''}${short} is ${where}.`,
      details,
      links,
    };
  }
  const extra = `${plural(comparison.aheadBy, 'commit')} that ${branch} does not have`;
  return {
    status: 'fail',
    code: 'NOT_ON_BRANCH',
    message: `${tag ? `Tag '${tag.name}' → ` : ''}${short} is not on ${branch}: it has ${extra} (${comparison.status}). Release from a commit merged into ${branch}.`,
    details,
    links,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
