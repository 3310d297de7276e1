// GraphQL objects for Actions: a workflow run's check suite, whose check runs are the run's jobs.
// This is what lets a client fetch the jobs of 100 runs in one `nodes(ids: [...])` query.
import { nodeId } from '../state/ids.js';
import { latestAttempts, type Job, type RepositoryState, type WorkflowRun } from '../state/model.js';
import { connection, type ConnectionArgs } from './connection.js';
import { commitObject, repositoryObject, type GraphqlContext } from './git-objects.js';

type GraphqlObject = Record<string, unknown>;

const GITHUB_ACTIONS_APP_ID = 15368;

/** GraphQL enums are the REST values in upper case (`success` → SUCCESS). */
export function enumValue(value: string | null): string | null {
  return value === null ? null : value.toUpperCase();
}

interface CheckRunFilter {
  checkType?: 'ALL' | 'LATEST';
  checkName?: string;
  status?: string;
  statuses?: string[];
  conclusions?: string[];
  appId?: number;
}

export function checkSuiteObject(
  context: GraphqlContext,
  repo: RepositoryState,
  run: WorkflowRun,
): GraphqlObject {
  const suite: GraphqlObject = {
    __typename: 'CheckSuite',
    id: run.checkSuiteNodeId,
    databaseId: run.checkSuiteId,
    status: enumValue(run.status),
    conclusion: enumValue(run.conclusion),
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
    url: `${context.urls.web}/${repo.fullName}/commit/${run.headSha}/checks?check_suite_id=${run.checkSuiteId}`,
    resourcePath: `/${repo.fullName}/commit/${run.headSha}/checks?check_suite_id=${run.checkSuiteId}`,
    app: {
      __typename: 'App',
      id: nodeId('A', GITHUB_ACTIONS_APP_ID),
      databaseId: GITHUB_ACTIONS_APP_ID,
      slug: 'github-actions',
      name: 'GitHub Actions',
    },
    repository: () => repositoryObject(context, repo),
    commit: () => commitObject(context, repo, run.headSha),
    workflowRun: () => workflowRunObject(context, repo, run, suite),
    checkRuns: (args: ConnectionArgs & { filterBy?: CheckRunFilter }) =>
      connection(
        filterJobs(run, args.filterBy ?? {}).map((job) => checkRunObject(context, repo, run, job, suite)),
        args,
        'checkRuns',
      ),
  };
  return suite;
}

/** GitHub's CheckRunFilter; without a checkType only the latest attempt of each job is listed. */
function filterJobs(run: WorkflowRun, filter: CheckRunFilter): Job[] {
  const jobs = filter.checkType === 'ALL' ? run.jobs : latestAttempts(run.jobs);
  const statuses = filter.statuses ?? (filter.status ? [filter.status] : undefined);
  return jobs.filter(
    (job) =>
      (!filter.checkName || job.name === filter.checkName) &&
      (!statuses || statuses.includes(enumValue(job.status) ?? '')) &&
      (!filter.conclusions || filter.conclusions.includes(enumValue(job.conclusion) ?? '')) &&
      (filter.appId === undefined || filter.appId === GITHUB_ACTIONS_APP_ID),
  );
}

function checkRunObject(
  context: GraphqlContext,
  repo: RepositoryState,
  run: WorkflowRun,
  job: Job,
  suite: GraphqlObject,
): GraphqlObject {
  const url = `${context.urls.web}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`;
  return {
    __typename: 'CheckRun',
    id: job.nodeId,
    databaseId: job.id,
    name: job.name,
    status: enumValue(job.status),
    conclusion: enumValue(job.conclusion),
    startedAt: job.startedAt,
    completedAt: job.completedAt,
    detailsUrl: url,
    url,
    permalink: url,
    resourcePath: `/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    title: null,
    summary: null,
    text: null,
    externalId: null,
    isRequired: false,
    checkSuite: suite,
    repository: () => repositoryObject(context, repo),
    annotations: (args: ConnectionArgs) => connection([], args, 'annotations'),
    steps: (args: ConnectionArgs & { number?: number }) =>
      connection(
        job.steps
          .filter((step) => args.number === undefined || step.number === args.number)
          .map((step) => ({
            name: step.name,
            number: step.number,
            status: enumValue(step.status),
            conclusion: enumValue(step.conclusion),
            startedAt: step.startedAt,
            completedAt: step.completedAt,
            secondsToCompletion: step.completedAt
              ? Math.round((Date.parse(step.completedAt) - Date.parse(step.startedAt)) / 1000)
              : null,
            externalId: null,
          })),
        args,
        'steps',
      ),
  };
}

export function workflowRunObject(
  context: GraphqlContext,
  repo: RepositoryState,
  run: WorkflowRun,
  suite = checkSuiteObject(context, repo, run),
): GraphqlObject {
  const url = `${context.urls.web}/${repo.fullName}/actions/runs/${run.id}`;
  return {
    __typename: 'WorkflowRun',
    id: run.nodeId,
    databaseId: run.id,
    runNumber: run.runNumber,
    event: run.event,
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
    url,
    resourcePath: `/${repo.fullName}/actions/runs/${run.id}`,
    checkSuite: suite,
    file: { __typename: 'WorkflowRunFile', id: nodeId('WRF', run.id), path: run.workflow.path },
    workflow: {
      __typename: 'Workflow',
      id: run.workflow.nodeId,
      databaseId: run.workflow.id,
      name: run.workflow.name,
      state: 'ACTIVE',
      url: `${context.urls.web}/${repo.fullName}/actions/workflows/${run.workflow.path.split('/').pop() ?? ''}`,
      resourcePath: `/${repo.fullName}/actions/workflows/${run.workflow.path.split('/').pop() ?? ''}`,
    },
  };
}
