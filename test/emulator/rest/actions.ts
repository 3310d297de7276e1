// GitHub Actions: workflows, runs, jobs (every attempt kept) and artifacts with their zip downloads.
import { artifactBlobPath } from '../blobs.js';
import {
  githubError,
  notFound,
  ok,
  positiveInteger,
  redirect,
  type RepoContext,
  type Reply,
  type Route,
  type Urls,
} from '../http.js';
import { findWorkflow } from '../state/actions.js';
import {
  latestAttempts,
  type Artifact,
  type Job,
  type RepositoryState,
  type Workflow,
  type WorkflowRun,
} from '../state/model.js';
import { identityOf, identityOfName, minimalRepositoryPayload, simpleUser, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { repoRoute } from './repo-route.js';

const RUN_STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);

export const actionsRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/actions/workflows', 'actions', (ctx) => {
    const page = paginate(ctx, ctx.repo.workflows);
    return ok(
      { total_count: ctx.repo.workflows.length, workflows: page.items.map((w) => workflowPayload(ctx, w)) },
      page.headers,
    );
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}', 'actions', (ctx) => {
    const workflow = findWorkflow(ctx.repo.workflows, ctx.params.workflow_id);
    return workflow ? ok(workflowPayload(ctx, workflow)) : notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', 'actions', (ctx) => {
    const workflow = findWorkflow(ctx.repo.workflows, ctx.params.workflow_id);
    if (!workflow) return notFound();
    return listRuns(ctx, (run) => run.workflow === workflow);
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/runs', 'actions', (ctx) => listRuns(ctx, () => true)),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 'actions', (ctx) =>
    withRun(ctx, (run) => ok(runPayload(ctx.repo, run, ctx.urls))),
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
    'actions',
    (ctx) =>
      withRun(ctx, (run) => {
        const attempt = positiveInteger(ctx.params.attempt_number);
        if (!attempt || attempt > run.runAttempt) return notFound();
        return ok(runPayload(ctx.repo, run, ctx.urls, attempt));
      }),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', 'actions', (ctx) =>
    withRun(ctx, (run) => {
      const filter = ctx.query.get('filter') ?? 'latest';
      if (filter !== 'latest' && filter !== 'all') return githubError(422, `Invalid filter: ${filter}`);
      return listJobs(ctx, run, filter === 'all' ? run.jobs : latestAttempts(run.jobs));
    }),
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    'actions',
    (ctx) =>
      withRun(ctx, (run) => {
        const attempt = positiveInteger(ctx.params.attempt_number);
        if (!attempt || attempt > run.runAttempt) return notFound();
        // A later attempt shows the jobs it re-ran and, like GitHub, those it carried over unchanged.
        return listJobs(ctx, run, latestAttempts(run.jobs, attempt));
      }),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', 'actions', (ctx) => {
    const id = positiveInteger(ctx.params.job_id);
    for (const run of ctx.repo.runs) {
      const job = run.jobs.find((candidate) => candidate.id === id);
      if (job) return ok(jobPayload(ctx.repo, run, job, ctx.urls));
    }
    return notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', 'actions', (ctx) =>
    withRun(ctx, (run) => listArtifacts(ctx, run.artifacts)),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/artifacts', 'actions', (ctx) =>
    listArtifacts(
      ctx,
      ctx.repo.runs.flatMap((run) => run.artifacts),
    ),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', 'actions', (ctx) =>
    withArtifact(ctx, (artifact) => ok(artifactPayload(ctx.repo, artifact, ctx.urls))),
  ),
  repoRoute(
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    'actions',
    (ctx) =>
      withArtifact(ctx, (artifact) => {
        if (ctx.params.archive_format !== 'zip') return notFound();
        if (artifact.expired) return githubError(410, 'Artifact has expired');
        return redirect(ctx.blobs.signedUrl(ctx.urls.api, artifactBlobPath(artifact)));
      }),
  ),
];

function withRun(ctx: RepoContext, answer: (run: WorkflowRun) => Reply): Reply {
  const id = positiveInteger(ctx.params.run_id);
  const run = ctx.repo.runs.find((candidate) => candidate.id === id);
  return run ? answer(run) : notFound();
}

function withArtifact(ctx: RepoContext, answer: (artifact: Artifact) => Reply): Reply {
  const id = positiveInteger(ctx.params.artifact_id);
  const artifact = ctx.repo.runs.flatMap((run) => run.artifacts).find((candidate) => candidate.id === id);
  return artifact ? answer(artifact) : notFound();
}

/** The filters GitHub's run lists take; `status` accepts a status or a conclusion. */
function listRuns(ctx: RepoContext, inScope: (run: WorkflowRun) => boolean): Reply {
  const { query } = ctx;
  const status = query.get('status');
  const checkSuiteId = positiveInteger(query.get('check_suite_id'));
  const runs = ctx.repo.runs.filter(
    (run) =>
      inScope(run) &&
      (!query.has('branch') || run.headBranch === query.get('branch')) &&
      (!query.has('event') || run.event === query.get('event')) &&
      (!query.has('head_sha') || run.headSha === query.get('head_sha')) &&
      (!query.has('actor') || run.actor === query.get('actor')) &&
      (checkSuiteId === undefined || run.checkSuiteId === checkSuiteId) &&
      (!status || (RUN_STATUSES.has(status) ? run.status === status : run.conclusion === status)),
  );
  const page = paginate(ctx, runs);
  return ok(
    { total_count: runs.length, workflow_runs: page.items.map((run) => runPayload(ctx.repo, run, ctx.urls)) },
    page.headers,
  );
}

function listJobs(ctx: RepoContext, run: WorkflowRun, jobs: Job[]): Reply {
  const page = paginate(ctx, jobs);
  return ok(
    { total_count: jobs.length, jobs: page.items.map((job) => jobPayload(ctx.repo, run, job, ctx.urls)) },
    page.headers,
  );
}

function listArtifacts(ctx: RepoContext, artifacts: Artifact[]): Reply {
  const name = ctx.query.get('name');
  const matching = artifacts.filter((artifact) => name === null || artifact.name === name);
  const page = paginate(ctx, matching);
  return ok(
    {
      total_count: matching.length,
      artifacts: page.items.map((artifact) => artifactPayload(ctx.repo, artifact, ctx.urls)),
    },
    page.headers,
  );
}

function workflowPayload(ctx: RepoContext, workflow: Workflow): Schemas['workflow'] {
  const html = `${ctx.urls.web}/${ctx.repo.fullName}/blob/${ctx.repo.defaultBranch}/${workflow.path}`;
  return {
    id: workflow.id,
    node_id: workflow.nodeId,
    name: workflow.name,
    path: workflow.path,
    state: 'active',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/actions/workflows/${workflow.id}`,
    html_url: html,
    badge_url: `${ctx.urls.web}/${ctx.repo.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

/** A run as GitHub returns it; `attempt` numbers an earlier attempt (the emulator keeps one status per run). */
export function runPayload(
  repo: RepositoryState,
  run: WorkflowRun,
  urls: Urls,
  attempt = run.runAttempt,
): Schemas['workflow-run'] {
  const api = `${urls.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
  const commit = repo.git.commit(run.headSha);
  const headRepository =
    run.headRepository.toLowerCase() === repo.fullName.toLowerCase()
      ? identityOf(repo)
      : identityOfName(run.headRepository);
  const author = { name: run.actor, email: `${run.actor}@users.noreply.github.com` };
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    check_suite_id: run.checkSuiteId,
    check_suite_node_id: run.checkSuiteNodeId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflow.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow.id,
    url: api,
    html_url: `${urls.web}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: simpleUser(run.actor, urls),
    triggering_actor: simpleUser(run.actor, urls),
    run_attempt: attempt,
    referenced_workflows: [],
    run_started_at: run.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${urls.api}/repos/${repo.fullName}/check-suites/${run.checkSuiteId}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: attempt > 1 ? `${api}/attempts/${attempt - 1}` : null,
    workflow_url: `${urls.api}/repos/${repo.fullName}/actions/workflows/${run.workflow.id}`,
    head_commit: {
      id: run.headSha,
      tree_id: commit?.treeSha ?? '',
      message: commit?.message ?? '',
      timestamp: commit?.date ?? run.createdAt,
      author,
      committer: author,
    },
    repository: minimalRepositoryPayload(identityOf(repo), urls),
    head_repository: minimalRepositoryPayload(headRepository, urls),
    head_repository_id: headRepository.id,
  };
}

function jobPayload(repo: RepositoryState, run: WorkflowRun, job: Job, urls: Urls): Schemas['job'] {
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${urls.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
    run_attempt: job.attempt,
    node_id: job.nodeId,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    url: `${urls.api}/repos/${repo.fullName}/actions/jobs/${job.id}`,
    html_url: `${urls.web}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion:
      job.conclusion === 'stale' || job.conclusion === 'startup_failure' ? 'failure' : job.conclusion,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((step) => ({
      name: step.name,
      status: step.status,
      conclusion: step.conclusion,
      number: step.number,
      started_at: step.startedAt,
      completed_at: step.completedAt,
    })),
    check_run_url: `${urls.api}/repos/${repo.fullName}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: 1,
    runner_name: 'GitHub Actions 1',
    runner_group_id: 1,
    runner_group_name: 'GitHub Actions',
    workflow_name: run.name,
  };
}

export function artifactPayload(repo: RepositoryState, artifact: Artifact, urls: Urls): Schemas['artifact'] {
  const run = repo.runs.find((candidate) => candidate.id === artifact.runId);
  const api = `${urls.api}/repos/${repo.fullName}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: artifact.nodeId,
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes(),
    url: api,
    archive_download_url: `${api}/zip`,
    expired: artifact.expired,
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    digest: artifact.digest(),
    workflow_run: run && {
      id: run.id,
      repository_id: repo.id,
      head_repository_id:
        run.headRepository === repo.fullName ? repo.id : identityOfName(run.headRepository).id,
      head_branch: run.headBranch ?? undefined,
      head_sha: run.headSha,
    },
  };
}
