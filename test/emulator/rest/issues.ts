// Issues (with pull requests mixed in, as GitHub's issues API lists them), milestones and
// comments. Creating, editing and commenting change the state, so tests can check what a client wrote.
import {
  created,
  notFound,
  ok,
  parseJsonBody,
  positiveInteger,
  type RepoContext,
  type Reply,
  type Route,
} from '../http.js';
import { ID_BASE, isoAt, nodeId, stableNumber } from '../state/ids.js';
import type { Issue, IssueComment, Milestone, PullRequest, RepositoryState } from '../state/model.js';
import { simpleUser, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { repoRoute } from './repo-route.js';

/** Who the emulator says wrote what a client creates: the Actions token's bot. */
const TOKEN_USER = 'github-actions[bot]';

export const issuesRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/issues', 'issues', listIssues),
  repoRoute('POST', '/repos/{owner}/{repo}/issues', 'issues', createIssue),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}', 'issues', (ctx) =>
    withIssue(ctx, (issue) => ok(issuePayload(ctx, issue))),
  ),
  repoRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', 'issues', updateIssue),
  repoRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues', (ctx) =>
    withIssue(ctx, (issue) => {
      const page = paginate(
        ctx,
        ctx.repo.comments.filter((comment) => comment.issueNumber === issue.number),
      );
      return ok(
        page.items.map((comment) => commentPayload(ctx, comment)),
        page.headers,
      );
    }),
  ),
  repoRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues', (ctx) =>
    withIssue(ctx, (issue) => {
      const body = parseJsonBody<{ body?: unknown }>(ctx)?.body;
      if (typeof body !== 'string' || body === '') return validationFailed('IssueComment', 'body');
      const id = ID_BASE.comment + ctx.repo.comments.length + 1;
      const now = isoAt(Date.now());
      const comment = {
        id,
        nodeId: nodeId('IC', id),
        issueNumber: issue.number,
        body,
        user: TOKEN_USER,
        createdAt: now,
        updatedAt: now,
      };
      ctx.repo.comments.push(comment);
      return created(commentPayload(ctx, comment));
    }),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/milestones', 'issues', (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const milestones = ctx.repo.milestones.filter(
      (milestone) => state === 'all' || milestone.state === state,
    );
    const page = paginate(ctx, milestones);
    return ok(
      page.items.map((milestone) => milestonePayload(ctx, milestone)),
      page.headers,
    );
  }),
];

/** Issues and, unless listed among them already, pull requests as the issues API shows them. */
function allIssues(repo: RepositoryState): Issue[] {
  const listed = new Set(repo.issues.map((issue) => issue.number));
  return [...repo.issues, ...repo.pulls.filter((pull) => !listed.has(pull.number)).map(pullAsIssue)];
}

function pullAsIssue(pull: PullRequest): Issue {
  return {
    id: pull.id,
    nodeId: pull.nodeId,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    stateReason: null,
    labels: pull.labels,
    milestone: null,
    isPullRequest: true,
    htmlUrl: null,
    user: pull.user,
    createdAt: pull.createdAt,
    updatedAt: pull.createdAt,
    closedAt: null,
  };
}

function withIssue(ctx: RepoContext, answer: (issue: Issue) => Reply): Reply {
  const number = positiveInteger(ctx.params.issue_number);
  const issue = allIssues(ctx.repo).find((candidate) => candidate.number === number);
  return issue ? answer(issue) : notFound();
}

function listIssues(ctx: RepoContext): Reply {
  const { query } = ctx;
  const state = query.get('state') ?? 'open';
  const labels = (query.get('labels') ?? '')
    .split(',')
    .map((label) => label.trim().toLowerCase())
    .filter(Boolean);
  const milestone = query.get('milestone');
  const since = query.get('since');
  const sortKey = query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
  const ascending = query.get('direction') === 'asc';
  const issues = allIssues(ctx.repo)
    .filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        labels.every((label) => issue.labels.some((own) => own.toLowerCase() === label)) &&
        matchesMilestone(issue, milestone) &&
        (!query.has('creator') || issue.user === query.get('creator')) &&
        (!since || issue.updatedAt >= since),
    )
    .sort((a, b) => (ascending ? 1 : -1) * (a[sortKey].localeCompare(b[sortKey]) || a.number - b.number));
  const page = paginate(ctx, issues);
  return ok(
    page.items.map((issue) => issuePayload(ctx, issue)),
    page.headers,
  );
}

function matchesMilestone(issue: Issue, filter: string | null): boolean {
  if (filter === null) return true;
  if (filter === '*') return issue.milestone !== null;
  if (filter === 'none') return issue.milestone === null;
  return issue.milestone?.number === Number(filter);
}

interface IssueInput {
  title?: unknown;
  body?: unknown;
  state?: unknown;
  state_reason?: unknown;
  labels?: unknown;
  milestone?: unknown;
}

function createIssue(ctx: RepoContext): Reply {
  const input = parseJsonBody<IssueInput>(ctx) ?? {};
  if (typeof input.title !== 'string' || input.title === '') return validationFailed('Issue', 'title');
  const number = Math.max(0, ...allIssues(ctx.repo).map((issue) => issue.number)) + 1;
  const now = isoAt(Date.now());
  const issue: Issue = {
    id: ID_BASE.issue + number,
    nodeId: nodeId('I', ID_BASE.issue + number),
    number,
    title: input.title,
    body: typeof input.body === 'string' ? input.body : null,
    state: 'open',
    stateReason: null,
    labels: labelNames(input.labels),
    milestone: findMilestone(ctx.repo, input.milestone),
    isPullRequest: false,
    htmlUrl: null,
    user: TOKEN_USER,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  ctx.repo.issues.push(issue);
  return created(issuePayload(ctx, issue));
}

function updateIssue(ctx: RepoContext): Reply {
  return withIssue(ctx, (found) => {
    let issue = ctx.repo.issues.find((candidate) => candidate.number === found.number);
    if (!issue) {
      // A pull request edited through the issues API becomes an issues entry from then on.
      issue = found;
      ctx.repo.issues.push(issue);
    }
    const input = parseJsonBody<IssueInput>(ctx) ?? {};
    const now = isoAt(Date.now());
    if (typeof input.title === 'string') issue.title = input.title;
    if (typeof input.body === 'string' || input.body === null) issue.body = input.body;
    if (input.labels !== undefined) issue.labels = labelNames(input.labels);
    if (input.milestone !== undefined) issue.milestone = findMilestone(ctx.repo, input.milestone);
    if (input.state === 'closed') {
      if (issue.state === 'open') issue.closedAt = now;
      issue.state = 'closed';
      issue.stateReason = input.state_reason === 'not_planned' ? 'not_planned' : 'completed';
    } else if (input.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.stateReason = 'reopened';
      issue.closedAt = null;
    }
    issue.updatedAt = now;
    return ok(issuePayload(ctx, issue));
  });
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((label: unknown) =>
      typeof label === 'string'
        ? label
        : typeof label === 'object' && label && 'name' in label
          ? String(label.name)
          : '',
    )
    .filter(Boolean);
}

function findMilestone(repo: RepositoryState, value: unknown): Milestone | null {
  if (value === null || value === undefined) return null;
  return repo.milestones.find((milestone) => milestone.number === Number(value)) ?? null;
}

function validationFailed(resource: string, field: string): Reply {
  return {
    status: 422,
    json: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'missing_field', field }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

function labelPayload(ctx: RepoContext, name: string) {
  const id = stableNumber(`label:${name}`);
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

function issuePayload(ctx: RepoContext, issue: Issue): Schemas['issue'] {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}/issues/${issue.number}`;
  const html =
    issue.htmlUrl ??
    `${ctx.urls.web}/${ctx.repo.fullName}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`;
  const pullApi = `${ctx.urls.api}/repos/${ctx.repo.fullName}/pulls/${issue.number}`;
  const pull = ctx.repo.pulls.find((candidate) => candidate.number === issue.number);
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: `${ctx.urls.api}/repos/${ctx.repo.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(issue.user, ctx.urls),
    labels: issue.labels.map((name) => labelPayload(ctx, name)),
    assignee: null,
    assignees: [],
    milestone: issue.milestone && milestonePayload(ctx, issue.milestone),
    locked: false,
    active_lock_reason: null,
    comments: ctx.repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
    ...(issue.isPullRequest && {
      pull_request: {
        url: pullApi,
        html_url: `${ctx.urls.web}/${ctx.repo.fullName}/pull/${issue.number}`,
        diff_url: `${ctx.urls.web}/${ctx.repo.fullName}/pull/${issue.number}.diff`,
        patch_url: `${ctx.urls.web}/${ctx.repo.fullName}/pull/${issue.number}.patch`,
        merged_at: pull?.merged ? pull.createdAt : null,
      },
    }),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'MEMBER',
  };
}

function milestonePayload(ctx: RepoContext, milestone: Milestone): Schemas['milestone'] {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}/milestones/${milestone.number}`;
  const issues = ctx.repo.issues.filter((issue) => issue.milestone === milestone);
  return {
    url: api,
    html_url: `${ctx.urls.web}/${ctx.repo.fullName}/milestone/${milestone.number}`,
    labels_url: `${api}/labels`,
    id: milestone.id,
    node_id: milestone.nodeId,
    number: milestone.number,
    state: milestone.state,
    title: milestone.title,
    description: milestone.description,
    creator: simpleUser('octocat', ctx.urls),
    open_issues: issues.filter((issue) => issue.state === 'open').length,
    closed_issues: issues.filter((issue) => issue.state === 'closed').length,
    created_at: milestone.createdAt,
    updated_at: milestone.createdAt,
    closed_at: null,
    due_on: milestone.dueOn,
  };
}

function commentPayload(ctx: RepoContext, comment: IssueComment): Schemas['issue-comment'] {
  const issueApi = `${ctx.urls.api}/repos/${ctx.repo.fullName}/issues/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${ctx.urls.web}/${ctx.repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(comment.user, ctx.urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: issueApi,
    author_association: 'NONE',
  };
}
