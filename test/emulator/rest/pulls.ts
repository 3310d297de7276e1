// Pull requests, their reviews, and the pull requests associated with a commit.
import { notFound, ok, positiveInteger, type RepoContext, type Reply, type Route } from '../http.js';
import type { PullRequest, Review } from '../state/model.js';
import { identityOf, identityOfName, repositoryPayload, simpleUser, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { repoRoute } from './repo-route.js';

export const pullsRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/pulls', 'pull-requests', (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const pulls = ctx.repo.pulls
      .filter(
        (pull) =>
          (state === 'all' || pull.state === state) &&
          (!ctx.query.has('base') || pull.baseRef === ctx.query.get('base')) &&
          (!ctx.query.has('head') ||
            `${pull.headRepository.split('/')[0]}:${pull.headRef}` === ctx.query.get('head')),
      )
      .reverse();
    const page = paginate(ctx, pulls);
    return ok(
      page.items.map((pull) => pullPayload(ctx, pull)),
      page.headers,
    );
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', 'pull-requests', (ctx) =>
    withPull(ctx, (pull) => ok(pullPayload(ctx, pull))),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'pull-requests', (ctx) =>
    withPull(ctx, (pull) => {
      // Pending reviews are visible only to their author, never to a token.
      const page = paginate(
        ctx,
        pull.reviews.filter((review) => review.state !== 'PENDING'),
      );
      return ok(
        page.items.map((review) => reviewPayload(ctx, pull, review)),
        page.headers,
      );
    }),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', 'pull-requests', (ctx) => {
    const sha = ctx.repo.git.resolve(ctx.params.commit_sha);
    if (!sha) return notFound();
    const pulls = ctx.repo.pulls.filter((pull) => pull.headSha === sha || pull.mergeCommitSha === sha);
    const page = paginate(ctx, pulls);
    return ok(
      page.items.map((pull) => pullPayload(ctx, pull)),
      page.headers,
    );
  }),
];

function withPull(ctx: RepoContext, answer: (pull: PullRequest) => Reply): Reply {
  const number = positiveInteger(ctx.params.pull_number);
  const pull = ctx.repo.pulls.find((candidate) => candidate.number === number);
  return pull ? answer(pull) : notFound();
}

function pullPayload(ctx: RepoContext, pull: PullRequest): Schemas['pull-request'] {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const html = `${ctx.urls.web}/${ctx.repo.fullName}/pull/${pull.number}`;
  const self = `${api}/pulls/${pull.number}`;
  const repository = repositoryPayload(identityOf(ctx.repo), ctx.urls);
  const headIdentity =
    pull.headRepository.toLowerCase() === ctx.repo.fullName.toLowerCase()
      ? identityOf(ctx.repo)
      : identityOfName(pull.headRepository);
  const baseSha = ctx.repo.git.resolve(pull.baseRef) ?? pull.headSha;
  const link = (href: string) => ({ href });
  const closedAt = pull.state === 'closed' ? pull.createdAt : null;
  return {
    url: self,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(pull.user, ctx.urls),
    body: pull.body,
    labels: pull.labels.map((name) => ({
      id: 1,
      node_id: 'LA_kwDO',
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.createdAt,
    closed_at: closedAt,
    merged_at: pull.merged ? closedAt : null,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headIdentity.owner}:${pull.headRef}`,
      ref: pull.headRef,
      repo: repositoryPayload(headIdentity, ctx.urls),
      sha: pull.headSha,
      user: simpleUser(headIdentity.owner, ctx.urls),
    },
    base: {
      label: `${ctx.repo.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      repo: repository,
      sha: baseSha,
      user: simpleUser(ctx.repo.owner, ctx.urls),
    },
    _links: {
      self: link(self),
      html: link(html),
      issue: link(`${api}/issues/${pull.number}`),
      comments: link(`${api}/issues/${pull.number}/comments`),
      review_comments: link(`${self}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${self}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.merged ? simpleUser('octocat', ctx.urls) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

function reviewPayload(ctx: RepoContext, pull: PullRequest, review: Review): Schemas['pull-request-review'] {
  const html = `${ctx.urls.web}/${ctx.repo.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`;
  const pullApi = `${ctx.urls.api}/repos/${ctx.repo.fullName}/pulls/${pull.number}`;
  return {
    id: review.id,
    node_id: review.nodeId,
    user: simpleUser(review.user, ctx.urls),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullApi,
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: review.authorAssociation,
  };
}
