// approval's judge with plain facts: every code, reviews counted as GitHub counts them, and the
// choice of pull request when the gate has to find it from the commit.
import { jest } from '@jest/globals';
import type { AssociatedPull } from '../../../src/facts/pulls.js';
import {
  choosePullRequest,
  countsFor,
  judgeApproval,
  selectPullRequest,
  type ApprovalFacts,
  type ApprovalParams,
  type PullSelection,
} from '../../../src/gates/approval.js';
import { context, HEAD, OLD_HEAD, pull, review } from './fixtures.js';

const PARAMS: ApprovalParams = {
  pull_request: 'auto',
  min_approvals: 1,
  from: { associations: ['OWNER', 'MEMBER', 'COLLABORATOR'] },
  require_current_head: true,
};

const EVENT: PullSelection = {
  source: 'event',
  number: 12,
  reason: "the triggering event's pull request",
  candidates: [],
};

function judge(
  reviews: ReturnType<typeof review>[],
  params: Partial<ApprovalParams> = {},
  pullOptions: Parameters<typeof pull>[1] = {},
) {
  const facts: ApprovalFacts = { selection: EVENT, pull: pull(reviews, pullOptions) };
  return judgeApproval({ ...PARAMS, ...params }, facts);
}

describe('approval: reviews as GitHub counts them', () => {
  it('one MEMBER approval of the head: APPROVED, naming who', () => {
    const verdict = judge([review('alice', 'APPROVED')]);
    expect(verdict).toMatchObject({ status: 'pass', code: 'APPROVED' });
    expect(verdict.message).toBe(
      `#12 approved by alice (MEMBER) on head ${HEAD.slice(0, 7)} (1 of 1 required approval).`,
    );
    expect(verdict.details).toMatchObject({
      approvals: [{ login: 'alice', association: 'MEMBER', commit: HEAD }],
    });
    expect(verdict.links).toEqual([
      { title: 'Pull request #12', url: 'https://github.com/acme/plasmite/pull/12' },
    ]);
  });

  it('approve, then a comment-only review: the comment withdraws nothing', () => {
    expect(judge([review('alice', 'APPROVED'), review('alice', 'COMMENTED')])).toMatchObject({
      status: 'pass',
      code: 'APPROVED',
    });
  });

  it('approve, then request changes: CHANGES_REQUESTED, naming who', () => {
    const verdict = judge([review('alice', 'APPROVED'), review('alice', 'CHANGES_REQUESTED')]);
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHANGES_REQUESTED' });
    expect(verdict.message).toContain('changes requested by alice (MEMBER)');
  });

  it('request changes, then approve: the approval is the latest position', () => {
    expect(judge([review('alice', 'CHANGES_REQUESTED'), review('alice', 'APPROVED')])).toMatchObject({
      status: 'pass',
      code: 'APPROVED',
    });
  });

  it('request changes, then comment: still requested', () => {
    expect(judge([review('alice', 'CHANGES_REQUESTED'), review('alice', 'COMMENTED')])).toMatchObject({
      code: 'CHANGES_REQUESTED',
    });
  });

  it("changes requested by one counted reviewer block, whatever the others' approvals", () => {
    const verdict = judge(
      [
        review('alice', 'APPROVED'),
        review('bob', 'APPROVED'),
        review('carol', 'CHANGES_REQUESTED', { association: 'OWNER' }),
      ],
      { min_approvals: 2 },
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHANGES_REQUESTED' });
    expect(verdict.message).toContain('carol (OWNER)');
    expect(verdict.message).not.toContain('alice');
  });

  it('changes requested by a reviewer who does not count do not block', () => {
    const verdict = judge([
      review('alice', 'APPROVED'),
      review('mallory', 'CHANGES_REQUESTED', { association: 'CONTRIBUTOR' }),
    ]);
    expect(verdict).toMatchObject({ status: 'pass', code: 'APPROVED' });
    expect(verdict.details).toMatchObject({
      not_counted: [{ login: 'mallory', state: 'CHANGES_REQUESTED' }],
    });
  });

  it('a dismissed approval is withdrawn: NOT_APPROVED', () => {
    // GitHub turns the dismissed review itself into DISMISSED.
    const verdict = judge([review('alice', 'DISMISSED')]);
    expect(verdict).toMatchObject({ status: 'fail', code: 'NOT_APPROVED' });
    expect(verdict.details).toMatchObject({ dismissed: [{ login: 'alice' }], approvals: [] });
  });

  it('approve, then a later review dismissed: the reviewer has no position', () => {
    expect(judge([review('alice', 'APPROVED'), review('alice', 'DISMISSED')])).toMatchObject({
      code: 'NOT_APPROVED',
    });
  });

  it('a dismissed change request no longer blocks', () => {
    expect(judge([review('alice', 'APPROVED'), review('bob', 'DISMISSED')])).toMatchObject({
      code: 'APPROVED',
    });
  });

  it("the author's own reviews never count, whatever their state or association", () => {
    const verdict = judge([review('octocat', 'APPROVED', { association: 'OWNER' })]);
    expect(verdict).toMatchObject({ status: 'fail', code: 'NOT_APPROVED' });
    expect(verdict.message).toContain("the author's own reviews never count");
    expect(verdict.details).toMatchObject({ author_reviews_ignored: 1, approvals: [] });
    // Case-insensitive, as logins are.
    expect(judge([review('OctoCat', 'CHANGES_REQUESTED')])).toMatchObject({ code: 'NOT_APPROVED' });
  });

  it('an approval of an older head: STALE_APPROVAL naming the reviewer and both commits', () => {
    const verdict = judge([review('bob', 'APPROVED', { commitId: OLD_HEAD })]);
    expect(verdict).toMatchObject({ status: 'fail', code: 'STALE_APPROVAL' });
    expect(verdict.message).toBe(
      `#12: bob (MEMBER) approved an older commit (${OLD_HEAD.slice(0, 7)}), not the head ${HEAD.slice(0, 7)}; 0 of 1 required approval on the current head. Ask for a new review.`,
    );
    expect(verdict.details).toMatchObject({ stale_approvals: [{ login: 'bob', commit: OLD_HEAD }] });
  });

  it('a review whose commit GitHub no longer knows is stale too', () => {
    expect(judge([review('bob', 'APPROVED', { commitId: null })])).toMatchObject({ code: 'STALE_APPROVAL' });
  });

  it('with require_current_head: false an older approval counts', () => {
    expect(
      judge([review('bob', 'APPROVED', { commitId: OLD_HEAD })], { require_current_head: false }),
    ).toMatchObject({
      status: 'pass',
      code: 'APPROVED',
    });
  });

  it('stale approvals that would not be enough anyway: NOT_APPROVED, mentioning them', () => {
    const verdict = judge([review('bob', 'APPROVED', { commitId: OLD_HEAD })], { min_approvals: 2 });
    expect(verdict).toMatchObject({ code: 'NOT_APPROVED' });
    expect(verdict.message).toContain('stale: bob (MEMBER)');
  });

  it('one current and one stale approval of two required: STALE_APPROVAL, 1 of 2', () => {
    const verdict = judge([review('alice', 'APPROVED'), review('bob', 'APPROVED', { commitId: OLD_HEAD })], {
      min_approvals: 2,
    });
    expect(verdict).toMatchObject({ code: 'STALE_APPROVAL' });
    expect(verdict.message).toContain('1 of 2 required approvals on the current head');
  });

  it('not enough: NOT_APPROVED, n of m and from whom', () => {
    const verdict = judge([review('alice', 'APPROVED')], { min_approvals: 2 });
    expect(verdict).toMatchObject({ status: 'fail', code: 'NOT_APPROVED' });
    expect(verdict.message).toBe(
      '#12 has 1 of 2 required approvals from OWNER, MEMBER or COLLABORATOR reviewers.',
    );
  });

  it('no reviews at all: NOT_APPROVED', () => {
    expect(judge([])).toMatchObject({
      status: 'fail',
      code: 'NOT_APPROVED',
      message: expect.stringContaining('0 of 1'),
    });
  });

  it('two approvals from the same reviewer count once', () => {
    expect(
      judge([review('alice', 'APPROVED'), review('alice', 'APPROVED')], { min_approvals: 2 }),
    ).toMatchObject({
      code: 'NOT_APPROVED',
    });
  });

  it('reviews are ordered by submission time when every time is known', () => {
    const verdict = judge([
      review('alice', 'APPROVED', { submittedAt: '2026-02-02T10:00:00Z' }),
      review('alice', 'CHANGES_REQUESTED', { submittedAt: '2026-02-01T10:00:00Z' }),
    ]);
    expect(verdict).toMatchObject({ code: 'APPROVED' });
  });

  it('150 reviews (as read over two pages): the latest position of each of 50 reviewers', () => {
    const reviews = Array.from({ length: 150 }, (_, i) => {
      const who = `reviewer-${i % 50}`;
      // Each reviewer: changes requested, approval, then (for the first 10) changes requested again.
      const round = Math.floor(i / 50);
      const state =
        round === 0
          ? 'CHANGES_REQUESTED'
          : round === 1
            ? 'APPROVED'
            : i % 50 < 10
              ? 'CHANGES_REQUESTED'
              : 'COMMENTED';
      return review(who, state);
    });
    const verdict = judge(reviews, { min_approvals: 40 });
    expect(verdict).toMatchObject({ code: 'CHANGES_REQUESTED' });
    expect((verdict.details!.changes_requested as unknown[]).length).toBe(10);
    expect((verdict.details!.approvals as unknown[]).length).toBe(40);
    expect(verdict.details!.reviews_read).toBe(150);
  });
});

describe('approval: whose approvals count (from)', () => {
  it('association filter: a CONTRIBUTOR approval does not count, and the message says so', () => {
    const verdict = judge([review('carol', 'APPROVED', { association: 'CONTRIBUTOR' })], {
      from: { associations: ['OWNER', 'MEMBER'] },
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'NOT_APPROVED' });
    expect(verdict.message).toBe(
      '#12 has 0 of 1 required approval from OWNER or MEMBER reviewers (not counted: carol (CONTRIBUTOR)).',
    );
  });

  it('users filter alone: only those logins count (case-insensitive), whatever their association', () => {
    const from = { users: ['Alice'] };
    expect(judge([review('bob', 'APPROVED', { association: 'OWNER' })], { from })).toMatchObject({
      code: 'NOT_APPROVED',
    });
    expect(judge([review('alice', 'APPROVED', { association: 'CONTRIBUTOR' })], { from })).toMatchObject({
      code: 'APPROVED',
    });
    expect(judge([], { from }).message).toContain('from Alice.');
  });

  it('users and associations: a reviewer counts if in users OR of a listed association', () => {
    const from = { users: ['dave'], associations: ['OWNER'] };
    expect(countsFor(from, 'dave', 'CONTRIBUTOR')).toBe(true);
    expect(countsFor(from, 'erin', 'OWNER')).toBe(true);
    expect(countsFor(from, 'erin', 'MEMBER')).toBe(false);
    expect(judge([], { from }).message).toContain('from dave or OWNER reviewers');
  });

  it('no from at all: OWNER, MEMBER and COLLABORATOR', () => {
    expect(countsFor(undefined, 'x', 'COLLABORATOR')).toBe(true);
    expect(countsFor(undefined, 'x', 'CONTRIBUTOR')).toBe(false);
    expect(countsFor(undefined, 'x', 'NONE')).toBe(false);
  });

  it('a deleted account is "ghost" and counts only by association', () => {
    expect(judge([review(null, 'APPROVED')])).toMatchObject({
      code: 'APPROVED',
      message: expect.stringContaining('ghost (MEMBER)'),
    });
  });
});

describe('approval: no pull request', () => {
  it('none associated with the commit: NO_PULL_REQUEST (fail, never pass), saying why', () => {
    const selection = choosePullRequest([], HEAD);
    const verdict = judgeApproval(PARAMS, { selection, pull: null });
    expect(verdict).toMatchObject({ status: 'fail', code: 'NO_PULL_REQUEST' });
    expect(verdict.message).toContain(
      `no open or merged pull request is associated with commit ${HEAD.slice(0, 7)}`,
    );
  });

  it('a number that does not exist: NO_PULL_REQUEST naming it', () => {
    const verdict = judgeApproval(PARAMS, {
      selection: {
        source: 'parameter',
        number: 99,
        reason: 'pull_request: 99 in the policy',
        candidates: [],
      },
      pull: null,
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'NO_PULL_REQUEST' });
    expect(verdict.message).toBe(
      'Pull request #99 (pull_request: 99 in the policy) does not exist in this repository.',
    );
  });
});

describe('approval: which pull request', () => {
  const associated = (over: Partial<AssociatedPull> & { number: number }): AssociatedPull => ({
    state: 'open',
    merged: false,
    draft: false,
    headSha: HEAD,
    mergeCommitSha: null,
    url: `https://github.com/acme/plasmite/pull/${over.number}`,
    ...over,
  });

  it('the parameter wins over the event, the event over the commit', async () => {
    const lookup = jest.fn(async (_sha: string) => [associated({ number: 3 })]);
    expect(
      await selectPullRequest({ pull_request: 7 }, context({ eventPullRequest: 12 }), lookup),
    ).toMatchObject({
      source: 'parameter',
      number: 7,
    });
    expect(await selectPullRequest({ pull_request: '8' }, context(), lookup)).toMatchObject({
      source: 'parameter',
      number: 8,
    });
    expect(
      await selectPullRequest({ pull_request: 'auto' }, context({ eventPullRequest: 12 }), lookup),
    ).toMatchObject({
      source: 'event',
      number: 12,
    });
    expect(lookup).not.toHaveBeenCalled();
    expect(await selectPullRequest({ pull_request: 'auto' }, context(), lookup)).toMatchObject({
      source: 'commit',
      number: 3,
    });
    expect(lookup).toHaveBeenCalledWith(HEAD);
  });

  it('no commit and no event: nothing to look up', async () => {
    const lookup = jest.fn(async (_sha: string): Promise<AssociatedPull[]> => []);
    expect(await selectPullRequest({ pull_request: 'auto' }, context({ sha: '' }), lookup)).toMatchObject({
      number: null,
    });
    expect(lookup).not.toHaveBeenCalled();
  });

  it('open with the commit as head first, then open containing it, then merged; closed never', () => {
    const pulls = [
      associated({ number: 20, merged: true, state: 'closed', mergeCommitSha: HEAD, headSha: OLD_HEAD }),
      associated({ number: 15, headSha: OLD_HEAD }),
      associated({ number: 14 }),
      associated({ number: 9, state: 'closed' }),
    ];
    expect(choosePullRequest(pulls, HEAD)).toMatchObject({
      number: 14,
      reason: expect.stringContaining('whose head is the commit'),
    });
    expect(
      choosePullRequest(
        pulls.filter((p) => p.number !== 14),
        HEAD,
      ),
    ).toMatchObject({ number: 15 });
    expect(
      choosePullRequest(
        pulls.filter((p) => p.number > 15 || p.number < 10),
        HEAD,
      ),
    ).toMatchObject({
      number: 20,
      reason: expect.stringContaining('merged the commit'),
    });
    const none = choosePullRequest([associated({ number: 9, state: 'closed' })], HEAD);
    expect(none).toMatchObject({
      number: null,
      reason: expect.stringContaining('closed without merging: #9'),
    });
    expect(none.candidates).toHaveLength(1);
  });

  it('several equal candidates: the lowest number, and the details say which and why', () => {
    const selection = choosePullRequest([associated({ number: 31 }), associated({ number: 30 })], HEAD);
    expect(selection).toMatchObject({
      number: 30,
      reason: expect.stringContaining('the lowest number of #30, #31'),
    });
    const verdict = judgeApproval(PARAMS, {
      selection,
      pull: pull([review('alice', 'APPROVED')], { number: 30 }),
    });
    expect(verdict.details).toMatchObject({
      selection: { source: 'commit', number: 30, candidates: [{ number: 31 }, { number: 30 }] },
    });
  });
});
