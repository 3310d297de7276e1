// Check runs and commit statuses on a commit.
import {
  githubError,
  notFound,
  ok,
  positiveInteger,
  type RepoContext,
  type Reply,
  type Route,
  type Urls,
} from '../http.js';
import { conditional } from '../conditional.js';
import { stableNumber, nodeId } from '../state/ids.js';
import type { CheckRun, CommitStatus, RepositoryState } from '../state/model.js';
import { identityOf, minimalRepositoryPayload, simpleUser, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { repoRoute } from './repo-route.js';

// GitHub Actions' real app id, so a client that filters by app_id sees the familiar value.
const GITHUB_ACTIONS_APP_ID = 15368;

export const checksRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', 'checks', (ctx) =>
    conditional(
      ctx,
      withCommit(ctx, (sha) => listCheckRuns(ctx, sha)),
    ),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', 'checks', (ctx) => {
    const id = positiveInteger(ctx.params.check_run_id);
    const checkRun = ctx.repo.checkRuns.find((candidate) => candidate.id === id);
    return checkRun ? ok(checkRunPayload(ctx.repo, checkRun, ctx.urls)) : notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{ref}/status', 'statuses', (ctx) =>
    conditional(
      ctx,
      withCommit(ctx, (sha) => combinedStatus(ctx, sha)),
    ),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses', 'statuses', (ctx) =>
    withCommit(ctx, (sha) => {
      const newestFirst = ctx.repo.statuses.filter((status) => status.sha === sha).reverse();
      const page = paginate(ctx, newestFirst);
      return ok(
        page.items.map((status) => statusPayload(ctx, status)),
        page.headers,
      );
    }),
  ),
];

function withCommit(ctx: RepoContext, answer: (sha: string) => Reply): Reply {
  const sha = ctx.repo.git.resolve(ctx.params.ref);
  return sha ? answer(sha) : githubError(422, `No commit found for SHA: ${ctx.params.ref}`);
}

function listCheckRuns(ctx: RepoContext, sha: string): Reply {
  const { query } = ctx;
  let checkRuns = ctx.repo.checkRuns.filter(
    (checkRun) =>
      checkRun.headSha === sha &&
      (!query.has('check_name') || checkRun.name === query.get('check_name')) &&
      (!query.has('status') || checkRun.status === query.get('status')) &&
      (!query.has('app_id') || String(appId(checkRun.appSlug)) === query.get('app_id')),
  );
  if ((query.get('filter') ?? 'latest') === 'latest') checkRuns = latestPerSuiteAndName(checkRuns);
  const page = paginate(ctx, checkRuns);
  return ok(
    {
      total_count: checkRuns.length,
      check_runs: page.items.map((checkRun) => checkRunPayload(ctx.repo, checkRun, ctx.urls)),
    },
    page.headers,
  );
}

/** `filter=latest`: a re-run replaces the earlier check run of the same name in its suite. */
function latestPerSuiteAndName(checkRuns: CheckRun[]): CheckRun[] {
  const latest = new Map<string, CheckRun>();
  for (const checkRun of checkRuns) latest.set(`${checkRun.checkSuiteId}|${checkRun.name}`, checkRun);
  return [...latest.values()];
}

function appId(slug: string): number {
  return slug === 'github-actions' ? GITHUB_ACTIONS_APP_ID : stableNumber(slug);
}

function checkRunPayload(repo: RepositoryState, checkRun: CheckRun, urls: Urls): Schemas['check-run'] {
  const api = `${urls.api}/repos/${repo.fullName}/check-runs/${checkRun.id}`;
  const html =
    checkRun.runId === null
      ? `${urls.web}/${repo.fullName}/runs/${checkRun.id}`
      : `${urls.web}/${repo.fullName}/actions/runs/${checkRun.runId}/job/${checkRun.id}`;
  const id = appId(checkRun.appSlug);
  return {
    id: checkRun.id,
    head_sha: checkRun.headSha,
    node_id: checkRun.nodeId,
    external_id: '',
    url: api,
    html_url: html,
    details_url: checkRun.detailsUrl ?? html,
    status: checkRun.status,
    conclusion:
      checkRun.conclusion === 'stale' || checkRun.conclusion === 'startup_failure'
        ? 'failure'
        : checkRun.conclusion,
    started_at: checkRun.startedAt,
    completed_at: checkRun.completedAt,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${api}/annotations`,
    },
    name: checkRun.name,
    check_suite: { id: checkRun.checkSuiteId },
    app: {
      id,
      slug: checkRun.appSlug,
      node_id: nodeId('A', id),
      owner: simpleUser('github', urls),
      name: checkRun.appSlug === 'github-actions' ? 'GitHub Actions' : checkRun.appSlug,
      description: '',
      external_url: `${urls.web}/apps/${checkRun.appSlug}`,
      html_url: `${urls.web}/apps/${checkRun.appSlug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: {},
      events: [],
    },
    pull_requests: [],
  };
}

/** GitHub's combined state: failure if any context failed or errored, pending if any is pending or none exist. */
function combinedStatus(ctx: RepoContext, sha: string): Reply {
  const latestPerContext = new Map<string, CommitStatus>();
  for (const status of ctx.repo.statuses)
    if (status.sha === sha) latestPerContext.set(status.context, status);
  const statuses = [...latestPerContext.values()];
  // The state covers every context; the statuses array is paginated like any list.
  const page = paginate(ctx, statuses);
  const states = new Set(statuses.map((status) => status.state));
  const state =
    states.has('failure') || states.has('error')
      ? 'failure'
      : statuses.length === 0 || states.has('pending')
        ? 'pending'
        : 'success';
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const payload: Schemas['combined-commit-status'] = {
    state,
    statuses: page.items.map((status) => {
      const { creator: _creator, ...simple } = statusPayload(ctx, status);
      return simple;
    }),
    sha,
    total_count: statuses.length,
    repository: minimalRepositoryPayload(identityOf(ctx.repo), ctx.urls),
    commit_url: `${api}/commits/${sha}`,
    url: `${api}/commits/${sha}/status`,
  };
  return ok(payload, page.headers);
}

function statusPayload(ctx: RepoContext, status: CommitStatus): Schemas['status'] {
  return {
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/statuses/${status.sha}`,
    avatar_url: null,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator: simpleUser('octocat', ctx.urls),
  };
}
