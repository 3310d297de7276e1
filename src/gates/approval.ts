// approval: the graduation sign-off. Reviews count as GitHub counts them: per reviewer, the
// latest review that takes a position decides (APPROVED or CHANGES_REQUESTED; a DISMISSED one
// withdraws it; a later comment-only review changes nothing), the pull request's author never
// counts, and changes requested by a reviewer who counts block whatever the approvals.
import type { EvalContext, Link, Verdict } from '../model/types.js';
import {
  pullRequestWithReviews,
  pullsForCommit,
  type AssociatedPull,
  type PullRequestFact,
  type ReviewFact,
} from '../facts/pulls.js';
import type { GateType } from './types.js';

export const ASSOCIATIONS = [
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
] as const;

export interface ApprovalFrom {
  users?: string[];
  associations?: string[];
}

export interface ApprovalParams {
  /** `auto` or a pull request number (a digit string is accepted too). */
  pull_request: number | string;
  min_approvals: number;
  from: ApprovalFrom;
  require_current_head: boolean;
}

export interface CandidatePull {
  number: number;
  state: string;
  merged: boolean;
  head_sha: string;
  url: string;
}

/** Which pull request the gate looked at, and why that one. */
export interface PullSelection {
  source: 'parameter' | 'event' | 'commit';
  /** Null when no pull request could be chosen. */
  number: number | null;
  reason: string;
  /** For `commit`: every pull request GitHub associates with the commit. */
  candidates: CandidatePull[];
}

export interface ApprovalFacts {
  selection: PullSelection;
  /** Null when there is no pull request (none chosen, or the chosen number does not exist). */
  pull: PullRequestFact | null;
}

const DEFAULT_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
const POSITIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const GHOST = 'ghost';

export const approvalGate: GateType<ApprovalParams, ApprovalFacts> = {
  type: 'approval',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      pull_request: {
        description:
          "The pull request to check: `auto` (the triggering event's pull request, else the one associated with the commit under evaluation: an open pull request whose head is the commit first, then another open one containing it, then the one that merged it; the lowest number among equals, named in the details), or a number.",
        anyOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: '^(auto|[1-9][0-9]*)$' },
        ],
        default: 'auto',
      },
      min_approvals: {
        description: 'Approvals needed from reviewers who count (see `from`).',
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 1,
      },
      from: {
        description:
          'Whose approvals count. A reviewer counts when their login is in `users` OR their association with the repository (on their deciding review) is in `associations`; with only one of the two given, only that one applies. Absent: OWNER, MEMBER and COLLABORATOR. The pull request author never counts.',
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          users: {
            description: 'GitHub logins (case-insensitive).',
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$' },
          },
          associations: {
            description: 'Author associations, as GitHub reports them on a review.',
            type: 'array',
            minItems: 1,
            items: { enum: [...ASSOCIATIONS] },
          },
        },
        default: { associations: DEFAULT_ASSOCIATIONS },
      },
      require_current_head: {
        description:
          "Only approvals of the pull request's current head commit count; an approval of an earlier commit is stale (STALE_APPROVAL when that is why approvals fall short).",
        type: 'boolean',
        default: true,
      },
    },
  },
  async collect(params, ctx, facts) {
    const selection = await selectPullRequest(params, ctx, (sha) =>
      pullsForCommit(facts, ctx.repository, sha),
    );
    if (selection.number === null) return { selection, pull: null };
    return { selection, pull: await pullRequestWithReviews(facts, ctx.repository, selection.number) };
  },
  judge: judgeApproval,
};

/** The parameter's number, else the event's pull request, else one associated with the commit. */
export async function selectPullRequest(
  params: Pick<ApprovalParams, 'pull_request'>,
  ctx: Pick<EvalContext, 'eventPullRequest' | 'sha'>,
  associated: (sha: string) => Promise<AssociatedPull[]>,
): Promise<PullSelection> {
  const explicit = params.pull_request === 'auto' ? null : Number(params.pull_request);
  if (explicit !== null)
    return {
      source: 'parameter',
      number: explicit,
      reason: `pull_request: ${explicit} in the policy`,
      candidates: [],
    };
  if (ctx.eventPullRequest !== null)
    return {
      source: 'event',
      number: ctx.eventPullRequest,
      reason: "the triggering event's pull request",
      candidates: [],
    };
  if (!ctx.sha)
    return {
      source: 'commit',
      number: null,
      reason: 'no commit under evaluation to look up',
      candidates: [],
    };
  return choosePullRequest(await associated(ctx.sha), ctx.sha);
}

const TIERS: { matches: (pull: AssociatedPull, sha: string) => boolean; why: string }[] = [
  {
    matches: (p, sha) => p.state === 'open' && p.headSha === sha,
    why: 'the open pull request whose head is the commit',
  },
  { matches: (p) => p.state === 'open', why: 'an open pull request containing the commit' },
  {
    matches: (p, sha) => p.merged && p.mergeCommitSha === sha,
    why: 'the pull request that merged the commit',
  },
  { matches: (p) => p.merged, why: 'a merged pull request containing the commit' },
];

/** Picks one of the commit's pull requests, deterministically; closed unmerged ones never. */
export function choosePullRequest(pulls: readonly AssociatedPull[], sha: string): PullSelection {
  const candidates: CandidatePull[] = pulls.map((p) => ({
    number: p.number,
    state: p.merged ? 'merged' : p.state,
    merged: p.merged,
    head_sha: p.headSha,
    url: p.url,
  }));
  for (const tier of TIERS) {
    const matching = pulls.filter((p) => tier.matches(p, sha)).sort((a, b) => a.number - b.number);
    const chosen = matching[0];
    if (!chosen) continue;
    const among =
      matching.length > 1 ? ` (the lowest number of ${matching.map((p) => `#${p.number}`).join(', ')})` : '';
    return {
      source: 'commit',
      number: chosen.number,
      reason: `#${chosen.number}: ${tier.why} ${sha.slice(0, 7)}${among}`,
      candidates,
    };
  }
  const closed = pulls.filter((p) => p.state === 'closed' && !p.merged).map((p) => `#${p.number}`);
  return {
    source: 'commit',
    number: null,
    reason: `no open or merged pull request is associated with commit ${sha.slice(0, 7)}${closed.length ? ` (closed without merging: ${closed.join(', ')})` : ''}`,
    candidates,
  };
}

interface Position {
  login: string;
  association: string;
  state: string;
  commitId: string | null;
  url?: string;
}

export function judgeApproval(params: ApprovalParams, facts: ApprovalFacts, _ctx?: unknown): Verdict {
  const { selection, pull } = facts;
  const fromText = describeFrom(params.from);
  const details: Record<string, unknown> = {
    selection: {
      source: selection.source,
      number: selection.number,
      reason: selection.reason,
      ...(selection.candidates.length ? { candidates: selection.candidates } : {}),
    },
    min_approvals: params.min_approvals,
    require_current_head: params.require_current_head,
    from: params.from,
  };
  if (!pull) {
    return {
      status: 'fail',
      code: 'NO_PULL_REQUEST',
      message:
        selection.number === null
          ? `No pull request to check: ${selection.reason}. Run on the pull request (a pull_request event) or set pull_request in the gate.`
          : `Pull request #${selection.number} (${selection.reason}) does not exist in this repository.`,
      details,
    };
  }
  const links: Link[] = pull.url ? [{ title: `Pull request #${pull.number}`, url: pull.url }] : [];
  const head = pull.headSha;
  details.pull_request = {
    number: pull.number,
    url: pull.url,
    state: pull.state,
    draft: pull.draft,
    author: pull.author,
    head_sha: head,
  };

  const author = pull.author?.toLowerCase() ?? null;
  const positions = new Map<string, Position>();
  let ownReviews = 0;
  for (const review of chronological(pull.reviews)) {
    if (!POSITIONS.has(review.state)) continue;
    const login = review.author ?? GHOST;
    if (author !== null && login.toLowerCase() === author) {
      ownReviews++;
      continue;
    }
    positions.set(login.toLowerCase(), {
      login,
      association: review.association,
      state: review.state,
      commitId: review.commitId,
      ...(review.url ? { url: review.url } : {}),
    });
  }

  const counts = (p: Position) => countsFor(params.from, p.login, p.association);
  const all = [...positions.values()];
  const counted = all.filter(counts);
  const requesters = counted.filter((p) => p.state === 'CHANGES_REQUESTED');
  const approvers = counted.filter((p) => p.state === 'APPROVED');
  const current = approvers.filter((p) => !params.require_current_head || p.commitId === head);
  const stale = approvers.filter((p) => params.require_current_head && p.commitId !== head);
  const notCounted = all.filter((p) => !counts(p) && p.state !== 'DISMISSED');
  const summary = (p: Position) => ({
    login: p.login,
    association: p.association,
    ...(p.commitId !== null ? { commit: p.commitId } : {}),
  });
  Object.assign(details, {
    approvals: current.map(summary),
    stale_approvals: stale.map(summary),
    changes_requested: requesters.map(summary),
    not_counted: notCounted.map((p) => ({ ...summary(p), state: p.state })),
    dismissed: all.filter((p) => p.state === 'DISMISSED').map(summary),
    ...(ownReviews ? { author_reviews_ignored: ownReviews } : {}),
    reviews_read: pull.reviews.length,
  });
  const reviewLinks = (ps: Position[]): Link[] =>
    ps
      .filter((p) => p.url)
      .slice(0, 5)
      .map((p) => ({ title: `Review by ${p.login}`, url: p.url! }));
  const who = (ps: Position[]) => ps.map((p) => `${p.login} (${p.association})`).join(', ');
  const prName = `#${pull.number}`;
  const required = `${params.min_approvals} required approval${params.min_approvals === 1 ? '' : 's'}`;

  if (requesters.length) {
    return {
      status: 'fail',
      code: 'CHANGES_REQUESTED',
      message: `${prName}: changes requested by ${who(requesters)}; address them and ask for a new review.`,
      details,
      links: [...links, ...reviewLinks(requesters)],
    };
  }
  if (current.length >= params.min_approvals) {
    return {
      status: 'pass',
      code: 'APPROVED',
      message: `${prName} approved by ${who(current)}${params.require_current_head ? ` on head ${short(head)}` : ''} (${current.length} of ${required}).`,
      details,
      links,
    };
  }
  if (stale.length && current.length + stale.length >= params.min_approvals) {
    const commits = [...new Set(stale.map((p) => short(p.commitId)))].join(', ');
    return {
      status: 'fail',
      code: 'STALE_APPROVAL',
      message: `${prName}: ${who(stale)} approved an older commit (${commits}), not the head ${short(head)}; ${current.length} of ${required} on the current head. Ask for a new review.`,
      details,
      links: [...links, ...reviewLinks(stale)],
    };
  }
  const notes: string[] = [];
  const otherApprovals = notCounted.filter((p) => p.state === 'APPROVED');
  if (otherApprovals.length) notes.push(`not counted: ${who(otherApprovals)}`);
  if (stale.length) notes.push(`stale: ${who(stale)}`);
  if (ownReviews) notes.push(`the author's own reviews never count`);
  return {
    status: 'fail',
    code: 'NOT_APPROVED',
    message: `${prName} has ${current.length} of ${required} from ${fromText}${notes.length ? ` (${notes.join('; ')})` : ''}.`,
    details,
    links,
  };
}

/** In submission order: GitHub lists reviews that way; sorted again when every time is known. */
function chronological(reviews: readonly ReviewFact[]): ReviewFact[] {
  if (!reviews.every((r) => r.submittedAt && !Number.isNaN(Date.parse(r.submittedAt)))) return [...reviews];
  return reviews
    .map((review, index) => ({ review, index, at: Date.parse(review.submittedAt!) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((entry) => entry.review);
}

/** Users OR associations; a list not given does not apply; neither given: the default associations. */
export function countsFor(from: ApprovalFrom | undefined, login: string, association: string): boolean {
  const users = from?.users;
  const associations = from?.associations ?? (users ? undefined : DEFAULT_ASSOCIATIONS);
  const byUser = users?.some((user) => user.toLowerCase() === login.toLowerCase()) ?? false;
  const byAssociation = associations?.includes(association) ?? false;
  return byUser || byAssociation;
}

function describeFrom(from: ApprovalFrom | undefined): string {
  const users = from?.users;
  const associations = from?.associations ?? (users ? undefined : DEFAULT_ASSOCIATIONS);
  const parts: string[] = [];
  if (users?.length) parts.push(orList(users));
  if (associations?.length) parts.push(`${orList(associations)} reviewers`);
  return parts.join(' or ');
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function short(sha: string | null): string {
  return sha ? sha.slice(0, 7) : 'an unknown commit';
}
