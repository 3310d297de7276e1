// The facts of approval and open_issues read through a real client from the in-process emulator:
// pagination, request counts, pull requests mixed into the issues API, milestones, and errors
// that name the permission to grant.
import { GateError } from '../../../src/model/types.js';
import { findMilestone, milestones, openIssues } from '../../../src/facts/issues.js';
import { pullRequestWithReviews, pullsForCommit } from '../../../src/facts/pulls.js';
import { errorVerdict } from '../../../src/engine/run-gate.js';
import { approvalGate, type ApprovalParams } from '../../../src/gates/approval.js';
import { openIssuesGate, type OpenIssuesParams } from '../../../src/gates/open-issues.js';
import type { ReviewSpec } from '../../../test/emulator/index.js';
import { context, HEAD, live, MAIN, OLD_HEAD, repository, type Live } from './fixtures.js';

const APPROVAL: ApprovalParams = {
  pull_request: 'auto',
  min_approvals: 1,
  from: { associations: ['OWNER', 'MEMBER'] },
  require_current_head: true,
};

let world: Live | null = null;
afterEach(async () => {
  await world?.emulator.close();
  world = null;
});

async function start(...args: Parameters<typeof repository>): Promise<Live> {
  world = await live(repository(...args));
  return world;
}

async function runApproval(params: ApprovalParams, ctx = context()) {
  const facts = await approvalGate.collect(params, ctx, world!.facts);
  return approvalGate.judge(params, facts, ctx);
}

describe('pull request reviews over GraphQL', () => {
  it('150 position-taking reviews among 60 comments: every one read, in 2 requests', async () => {
    const reviews: ReviewSpec[] = [];
    for (let i = 0; i < 210; i++) {
      const who = `reviewer-${i % 70}`;
      // 60 comment-only reviews are never read; the other 150 are spread over 70 reviewers.
      reviews.push({ user: who, state: i < 60 ? 'COMMENTED' : i < 120 ? 'CHANGES_REQUESTED' : 'APPROVED' });
    }
    const { facts, apiRequests, emulator } = await start({
      pulls: [{ number: 12, head_sha: HEAD, head_ref: 'graduate', user: 'octocat', reviews }],
    });
    const pull = await pullRequestWithReviews(facts, { owner: 'acme', repo: 'plasmite' }, 12);
    expect(pull).toMatchObject({ number: 12, headSha: HEAD, author: 'octocat', state: 'OPEN' });
    expect(pull!.reviews).toHaveLength(150);
    expect(pull!.reviews.every((r) => r.state !== 'COMMENTED')).toBe(true);
    expect(apiRequests()).toBe(2);
    expect(
      emulator.requests().every((r) => r.kind === 'graphql' && r.operation === 'PullRequestReviews'),
    ).toBe(true);
    // Memoized: a second gate asking for the same pull request costs nothing.
    await pullRequestWithReviews(facts, { owner: 'acme', repo: 'plasmite' }, 12);
    expect(apiRequests()).toBe(2);
  });

  it("through the gate: the event's pull request, one request, APPROVED", async () => {
    const { apiRequests } = await start({
      pulls: [
        { number: 12, head_sha: HEAD, head_ref: 'graduate', reviews: [{ user: 'alice', state: 'APPROVED' }] },
      ],
    });
    expect(await runApproval(APPROVAL, context({ eventPullRequest: 12 }))).toMatchObject({
      code: 'APPROVED',
    });
    expect(apiRequests()).toBe(1);
  });

  it('stale, withdrawn and contributor reviews as the emulator serves them', async () => {
    await start({
      commits: [{ sha: OLD_HEAD }, { sha: HEAD, parents: [OLD_HEAD] }],
      pulls: [
        {
          number: 12,
          head_sha: HEAD,
          head_ref: 'graduate',
          reviews: [
            { user: 'alice', state: 'APPROVED', commit_id: OLD_HEAD },
            { user: 'bob', state: 'DISMISSED' },
            { user: 'carol', state: 'APPROVED', author_association: 'CONTRIBUTOR' },
            { user: 'alice', state: 'COMMENTED' },
          ],
        },
      ],
    });
    const verdict = await runApproval(APPROVAL, context({ eventPullRequest: 12 }));
    expect(verdict).toMatchObject({ code: 'STALE_APPROVAL' });
    expect(verdict.details).toMatchObject({
      stale_approvals: [{ login: 'alice', commit: OLD_HEAD }],
      dismissed: [{ login: 'bob' }],
      not_counted: [{ login: 'carol', association: 'CONTRIBUTOR' }],
    });
  });

  it('a pull request number that does not exist: NO_PULL_REQUEST, not an error', async () => {
    await start();
    expect(await runApproval({ ...APPROVAL, pull_request: 99 })).toMatchObject({
      status: 'fail',
      code: 'NO_PULL_REQUEST',
    });
  });

  it('GitHub failing: an error with a code, never a pass', async () => {
    const { emulator } = await start({
      pulls: [
        { number: 12, head_sha: HEAD, head_ref: 'graduate', reviews: [{ user: 'alice', state: 'APPROVED' }] },
      ],
    });
    emulator.setFaults([{ route: 'POST /graphql', kind: 'status', status: 502 }]);
    const error = await runApproval(APPROVAL, context({ eventPullRequest: 12 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect(errorVerdict(error, 'signoff')).toMatchObject({ status: 'error', code: 'API_ERROR' });
  });
});

describe('the pull request of a commit', () => {
  it('no event: found from the commit (REST) and read (GraphQL): 2 requests', async () => {
    const { apiRequests, emulator } = await start({
      commits: [{ sha: MAIN }, { sha: HEAD, parents: [MAIN] }],
      pulls: [
        { number: 12, head_sha: HEAD, head_ref: 'graduate', reviews: [{ user: 'alice', state: 'APPROVED' }] },
        { number: 13, head_sha: HEAD, head_ref: 'graduate-copy', state: 'closed' },
      ],
    });
    const verdict = await runApproval(APPROVAL);
    expect(verdict).toMatchObject({ code: 'APPROVED' });
    expect(verdict.details).toMatchObject({
      selection: {
        source: 'commit',
        number: 12,
        candidates: [{ number: 12 }, { number: 13, state: 'closed' }],
      },
    });
    expect(apiRequests()).toBe(2);
    expect(emulator.requests()[0]).toMatchObject({
      route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    });
  });

  it('none: NO_PULL_REQUEST', async () => {
    await start({ commits: [{ sha: HEAD }] });
    expect(await pullsForCommit(world!.facts, { owner: 'acme', repo: 'plasmite' }, HEAD)).toEqual([]);
    expect(await runApproval(APPROVAL)).toMatchObject({ status: 'fail', code: 'NO_PULL_REQUEST' });
  });

  it('a token without pull-requests access: PERMISSION_DENIED naming `pull-requests: read`', async () => {
    await start({ commits: [{ sha: HEAD }], permissions: { 'pull-requests': 'none' } });
    const error = (await runApproval(APPROVAL).catch((e: unknown) => e)) as GateError;
    expect(error).toBeInstanceOf(GateError);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('pull-requests: read');
  });
});

describe('open issues', () => {
  const issues = Array.from({ length: 230 }, (_, i) => ({
    number: i + 1,
    title: i % 2 ? `Crash in v1.2.0 (${i + 1})` : `Crash in v1.3.0 (${i + 1})`,
    labels: ['release-blocker'],
    milestone: i < 200 ? 'v1.2.0' : 'v1.3.0',
  }));

  it('every page, pull requests left out, milestone by title: 1 + 3 requests', async () => {
    const { facts, apiRequests } = await start({
      milestones: [
        { number: 3, title: 'v1.2.0' },
        { number: 4, title: 'v1.3.0', state: 'closed' },
      ],
      issues: [
        ...issues,
        {
          number: 400,
          title: 'Crash in v1.2.0 fix',
          pull_request: true,
          labels: ['release-blocker'],
          milestone: 'v1.2.0',
        },
      ],
      pulls: [
        {
          number: 401,
          head_sha: HEAD,
          head_ref: 'fix',
          title: 'Fix v1.2.0 crash',
          labels: ['release-blocker'],
        },
      ],
    });
    const params: OpenIssuesParams = {
      labels: ['release-blocker'],
      milestone: 'v1.2.0',
      title_contains: 'V1.2.0',
      max_open: 0,
    };
    const verdict = openIssuesGate.judge(
      params,
      await openIssuesGate.collect(params, context(), facts),
      context(),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'OPEN_BLOCKERS' });
    expect(verdict.details).toMatchObject({ open: 100, pull_requests_skipped: 1 });
    expect(apiRequests()).toBe(1 + 3); // milestones, then 201 items over 3 pages
  });

  it('a closed milestone still filters; without labels pull requests are still left out', async () => {
    const { facts } = await start({
      milestones: [{ number: 4, title: 'v1.3.0', state: 'closed' }],
      issues: [{ number: 1, title: 'Bug', milestone: 'v1.3.0' }],
      pulls: [{ number: 2, head_sha: HEAD, head_ref: 'x' }],
    });
    const repo = { owner: 'acme', repo: 'plasmite' };
    expect(findMilestone(await milestones(facts, repo), 'v1.3.0')).toMatchObject({ number: 4 });
    const all = await openIssues(facts, repo, {});
    expect(all.issues.map((i) => i.number)).toEqual([1]);
    expect(all.pullRequestsSkipped).toBe(1);
  });

  it('an unknown milestone: MILESTONE_NOT_FOUND naming it and the known ones', async () => {
    const { facts } = await start({ milestones: [{ number: 3, title: 'v1.2.0' }] });
    const params: OpenIssuesParams = { milestone: 'v9', max_open: 0 };
    const error = (await openIssuesGate
      .collect(params, context(), facts)
      .catch((e: unknown) => e)) as GateError;
    expect(error).toMatchObject({ code: 'MILESTONE_NOT_FOUND' });
    expect(error.message).toBe("Milestone 'v9' does not exist; milestones: 'v1.2.0'.");
  });

  it('a token without issues access: PERMISSION_DENIED naming `issues: read`', async () => {
    const { facts } = await start({ permissions: { issues: 'none' } });
    const error = (await openIssuesGate
      .collect({ max_open: 0 }, context(), facts)
      .catch((e: unknown) => e)) as GateError;
    expect(error).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(error.message).toContain('issues: read');
  });
});
