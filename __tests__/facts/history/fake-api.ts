// A real Octokit over a fake transport: the facts are tested through the same request building,
// pagination, GraphQL client and error classes they meet in production, against a small model
// of a repository's Actions history. Every request is logged, so tests count them.
import { getOctokit } from '@actions/github';
import { type GitHub } from '../../../src/github/client.js';
import { FactStore } from '../../../src/facts/store.js';
import { OWNER, REPO } from './builders.js';
import { RequestCounter } from '../../../src/github/counter.js';

export const API = 'https://api.example.test';

export interface ApiStep {
  name: string;
  conclusion?: string | null;
}

export interface ApiJob {
  id: number;
  name: string;
  /** The run attempt that ran this job (default 1); a job re-run appears once per attempt. */
  attempt?: number;
  status?: string;
  conclusion?: string | null;
  steps?: ApiStep[];
}

export interface ApiRun {
  id: number;
  workflow?: string;
  run_attempt?: number;
  event?: string;
  status?: string;
  conclusion?: string | null;
  head_branch?: string;
  head_sha?: string;
  /** The check suite's node id; null = the run has none (old runs, some GHES versions). */
  suite?: string | null;
  jobs?: ApiJob[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** GraphQL: the ids asked for. */
  ids?: string[];
  graphqlQuery?: string;
}

export interface ApiOptions {
  /** Newest first, as GitHub lists them. */
  runs?: ApiRun[];
  workflows?: string[];
  defaultBranch?: string;
  /** `path@ref` → file text. */
  files?: Record<string, string>;
  /** Replaces the GraphQL answer (return null to answer normally). */
  graphql?: (ids: string[], query: string) => { status: number; body: unknown } | null;
  /** Replaces any REST answer (return null to answer normally). */
  rest?: (request: LoggedRequest) => { status: number; body: unknown } | null;
}

export interface FakeApi {
  github: GitHub;
  requests: LoggedRequest[];
  facts: () => FactStore;
}

export function fakeApi(options: ApiOptions = {}): FakeApi {
  const requests: LoggedRequest[] = [];
  const counter = new RequestCounter();
  const runs = options.runs ?? [];
  const workflows = options.workflows ?? ['ci.yml'];
  const suiteOf = (run: ApiRun): string | null => (run.suite === undefined ? `CS_${run.id}` : run.suite);

  // Like fetch, a response knows its URL (Octokit's paginator reads it).
  const fakeFetch = async (url: string, init: { method?: string; body?: string } = {}): Promise<Response> =>
    Object.defineProperty(await answer(url, init), 'url', { value: url });

  const answer = async (url: string, init: { method?: string; body?: string }): Promise<Response> => {
    counter.count++;
    const parsed = new URL(url);
    const request: LoggedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
    };
    requests.push(request);
    if (request.path === '/graphql') {
      const { query, variables } = JSON.parse(init.body ?? '{}') as {
        query: string;
        variables: { ids: string[] };
      };
      request.ids = variables.ids;
      request.graphqlQuery = query;
      const override = options.graphql?.(variables.ids, query);
      if (override) return json(override.status, override.body);
      const nodes = variables.ids.map((id) => {
        const run = runs.find((candidate) => suiteOf(candidate) === id);
        return run ? suiteNode(run, query.includes('steps('), query.includes('checkType: ALL')) : null;
      });
      return json(200, { data: { nodes } });
    }
    const override = options.rest?.(request);
    if (override) return json(override.status, override.body);
    return restAnswer(request, parsed);
  };

  const restAnswer = (request: LoggedRequest, url: URL): Response => {
    const base = `/repos/${OWNER}/${REPO}`;
    const path = request.path;
    if (path === base)
      return json(200, { full_name: `${OWNER}/${REPO}`, default_branch: options.defaultBranch ?? 'main' });
    let match = new RegExp(`^${base}/actions/workflows/([^/]+)/runs$`).exec(path);
    if (match) {
      const file = decodeURIComponent(match[1]!);
      if (!workflows.includes(file)) return json(404, { message: 'Not Found' });
      const q = request.query;
      const selected = runs.filter(
        (run) =>
          (run.workflow ?? 'ci.yml') === file &&
          (!q.branch || (run.head_branch ?? 'main') === q.branch) &&
          (!q.event || (run.event ?? 'push') === q.event) &&
          (!q.status || (run.status ?? 'completed') === q.status) &&
          (!q.head_sha || run.head_sha === q.head_sha),
      );
      const { items, link } = page(selected, url);
      return json(200, { total_count: selected.length, workflow_runs: items.map(runPayload) }, link);
    }
    match = new RegExp(`^${base}/actions/runs/(\\d+)/jobs$`).exec(path);
    if (match) {
      const run = runs.find((candidate) => candidate.id === Number(match![1]));
      if (!run) return json(404, { message: 'Not Found' });
      const jobs = request.query.filter === 'all' ? (run.jobs ?? []) : latestJobs(run);
      const { items, link } = page(jobs, url);
      return json(200, { total_count: jobs.length, jobs: items.map((job) => jobPayload(run, job)) }, link);
    }
    match = new RegExp(`^${base}/contents/(.+)$`).exec(path);
    if (match) {
      const text = options.files?.[`${decodeURIComponent(match[1]!)}@${request.query.ref ?? ''}`];
      if (text === undefined) return json(404, { message: 'Not Found' });
      return json(200, {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
        sha: 'blob',
      });
    }
    return json(404, { message: `no fake route for ${request.method} ${path}` });
  };

  const runPayload = (run: ApiRun): Record<string, unknown> => ({
    id: run.id,
    run_number: run.id,
    run_attempt: run.run_attempt ?? 1,
    event: run.event ?? 'push',
    status: run.status ?? 'completed',
    conclusion:
      run.conclusion === undefined
        ? (run.status ?? 'completed') === 'completed'
          ? 'success'
          : null
        : run.conclusion,
    head_branch: run.head_branch ?? 'main',
    head_sha: run.head_sha ?? 'sha',
    html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${run.id}`,
    created_at: '2026-03-04T10:00:00Z',
    ...(suiteOf(run) ? { check_suite_node_id: suiteOf(run) } : {}),
  });

  const octokit = getOctokit('test-token', { baseUrl: API, request: { fetch: fakeFetch } });
  const github: GitHub = { octokit, baseUrl: API, counter, token: 'test-token' };
  return {
    github,
    requests,
    facts: () => new FactStore({ workspace: '/nonexistent', env: {}, github, externalGithub: null }),
  };
}

/** Each job's latest attempt, as GitHub lists a run's jobs by default (`filter=latest`). */
function latestJobs(run: ApiRun): ApiJob[] {
  const latest = new Map<string, ApiJob>();
  for (const job of run.jobs ?? []) {
    const seen = latest.get(job.name);
    if (!seen || (job.attempt ?? 1) >= (seen.attempt ?? 1)) latest.set(job.name, job);
  }
  return [...latest.values()];
}

function jobPayload(run: ApiRun, job: ApiJob): Record<string, unknown> {
  const conclusion = job.conclusion === undefined ? 'success' : job.conclusion;
  return {
    id: job.id,
    run_id: run.id,
    run_attempt: job.attempt ?? 1,
    name: job.name,
    status: job.status ?? (conclusion === null ? 'in_progress' : 'completed'),
    conclusion,
    html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${run.id}/job/${job.id}`,
    steps: (job.steps ?? []).map((step, index) => ({
      name: step.name,
      number: index + 1,
      status: 'completed',
      conclusion: step.conclusion === undefined ? 'success' : step.conclusion,
    })),
  };
}

/** A check suite as GitHub's GraphQL API returns it: enums upper-case, at most 100 check runs. */
function suiteNode(run: ApiRun, withSteps: boolean, everyAttempt = false): Record<string, unknown> {
  const jobs = everyAttempt ? (run.jobs ?? []) : latestJobs(run);
  const upper = (value: string | null | undefined): string | null => (value ? value.toUpperCase() : null);
  return {
    databaseId: 5000 + run.id,
    workflowRun: { databaseId: run.id },
    checkRuns: {
      pageInfo: { hasNextPage: jobs.length > 100 },
      nodes: jobs.slice(0, 100).map((job) => {
        const conclusion = job.conclusion === undefined ? 'success' : job.conclusion;
        return {
          databaseId: job.id,
          name: job.name,
          status: upper(job.status ?? (conclusion === null ? 'in_progress' : 'completed')),
          conclusion: upper(conclusion),
          ...(withSteps
            ? {
                steps: {
                  pageInfo: { hasNextPage: false },
                  nodes: (job.steps ?? []).map((step, index) => ({
                    name: step.name,
                    number: index + 1,
                    status: 'COMPLETED',
                    conclusion: upper(step.conclusion === undefined ? 'success' : step.conclusion),
                  })),
                },
              }
            : {}),
        };
      }),
    },
  };
}

function page<T>(items: T[], url: URL): { items: T[]; link: string | undefined } {
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const number = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((number - 1) * perPage, number * perPage);
  if (number * perPage >= items.length) return { items: slice, link: undefined };
  const next = new URL(url);
  next.searchParams.set('page', String(number + 1));
  return { items: slice, link: `<${next.toString()}>; rel="next"` };
}

function json(status: number, body: unknown, link?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (link) headers.link = link;
  return new Response(JSON.stringify(body), { status, headers });
}

/** `count` runs, newest first, ids counting down from `newest`, each with a passing `windows smoke` job. */
export function greenRuns(count: number, newest = 1000): ApiRun[] {
  return Array.from({ length: count }, (_, index) => ({
    id: newest - index,
    jobs: [{ id: 90_000 + newest - index, name: 'windows smoke' }],
  }));
}
