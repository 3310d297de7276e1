// A scripted stand-in for the GitHub client, for the commit facts and gates: each REST route
// and the GraphQL endpoint answer through a handler, and every call is recorded so tests can
// count requests. Errors are shaped like Octokit's RequestError (status + request.url).
import type { EvalContext } from '../../../src/model/types.js';
import { FactStore, type FactSources } from '../../../src/facts/store.js';
import type { GitHub } from '../../../src/github/client.js';
import { RequestCounter } from '../../../src/github/counter.js';

export const OWNER = 'acme';
export const REPO = 'plasmite';
export const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
export const OTHER_SHA = '89e6c98d92887913cadf06b2adb97f26cde4849b';
export const API = 'https://api.github.com';

export interface Response {
  data: unknown;
  headers?: Record<string, string>;
}

export interface Call {
  kind: 'rest' | 'graphql';
  /** Route for REST (`GET /repos/...` or a full URL for a next page), the query for GraphQL. */
  route: string;
  params: Record<string, unknown>;
}

export type Handler = (params: Record<string, unknown>, call: Call) => Response | Promise<Response>;

export interface FakeGitHub {
  github: GitHub;
  calls: Call[];
}

/** An Octokit-like error: what toGateError reads. */
export function httpError(
  status: number,
  url: string,
  message = 'Resource not accessible by integration',
): Error {
  return Object.assign(new Error(message), {
    status,
    request: { method: 'GET', url: `${API}${url}` },
    response: { headers: {} },
  });
}

/**
 * `routes` maps a route (`GET /repos/{owner}/{repo}/compare/{basehead}`) or a full next-page
 * URL to its handler; `graphql` answers every GraphQL query.
 */
export function fakeGitHub(routes: Record<string, Handler>, graphql?: Handler): FakeGitHub {
  const calls: Call[] = [];
  const counter = new RequestCounter();
  const answer = async (
    route: string,
    params: Record<string, unknown>,
  ): Promise<Response & { status: number }> => {
    const call: Call = { kind: 'rest', route, params };
    calls.push(call);
    counter.count++;
    const handler = routes[route];
    if (!handler) throw httpError(404, route, `no fake route for ${route}`);
    return { status: 200, headers: {}, ...(await handler(params, call)) };
  };
  const rest = (route: string) => (params: Record<string, unknown>) => answer(route, params);
  const octokit = {
    request: (route: string | { method: string; url: string }, params: Record<string, unknown> = {}) =>
      typeof route === 'string' ? answer(route, params) : answer(route.url, {}),
    graphql: async (query: string, variables: Record<string, unknown>) => {
      const call: Call = { kind: 'graphql', route: query, params: variables };
      calls.push(call);
      counter.count++;
      if (!graphql) throw new Error('no fake GraphQL handler');
      return (await graphql(variables, call)).data;
    },
    rest: {
      repos: {
        get: rest('GET /repos/{owner}/{repo}'),
        compareCommitsWithBasehead: rest('GET /repos/{owner}/{repo}/compare/{basehead}'),
      },
      git: {
        getRef: rest('GET /repos/{owner}/{repo}/git/ref/{ref}'),
        getTag: rest('GET /repos/{owner}/{repo}/git/tags/{tag_sha}'),
        getBlob: rest('GET /repos/{owner}/{repo}/git/blobs/{file_sha}'),
      },
      pulls: { get: rest('GET /repos/{owner}/{repo}/pulls/{pull_number}') },
    },
  };
  return { github: { octokit, baseUrl: API, counter } as unknown as GitHub, calls };
}

export interface RawRunOptions {
  status?: string;
  conclusion?: string | null;
  started?: string | null;
  runId?: number | null;
  app?: string;
}

/** A check run as the REST API returns it; an Actions job of run `runId` unless null. */
export function rawCheckRun(id: number, name: string, options: RawRunOptions = {}): Record<string, unknown> {
  const runId = options.runId === undefined ? 100 : options.runId;
  const app = options.app ?? 'github-actions';
  const html =
    runId === null
      ? `https://github.com/${OWNER}/${REPO}/runs/${id}`
      : `https://github.com/${OWNER}/${REPO}/actions/runs/${runId}/job/${id}`;
  return {
    id,
    name,
    status: options.status ?? 'completed',
    conclusion: options.conclusion === undefined ? 'success' : options.conclusion,
    started_at: options.started === undefined ? '2026-03-04T10:00:00Z' : options.started,
    html_url: html,
    details_url: html,
    app: { slug: app },
  };
}

/** A fact store over a fake client, with a fake clock that only moves when the gate sleeps. */
export function factStore(
  github: GitHub | null,
  extra: Partial<FactSources> = {},
): { facts: FactStore; clock: FakeClock } {
  const clock = new FakeClock();
  const facts = new FactStore({
    workspace: '/nonexistent',
    env: {},
    github,
    externalGithub: null,
    sleep: (ms) => clock.sleep(ms),
    monotonicNow: () => clock.now,
    ...extra,
  });
  return { facts, clock };
}

export class FakeClock {
  now = 0;
  readonly sleeps: number[] = [];
  /** Called after each sleep, so a test can change the world while the gate waits. */
  onSleep: (now: number) => void = () => {};

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.now += ms;
    this.onSleep(this.now);
  }
}

export function context(overrides: Partial<EvalContext> = {}): EvalContext {
  return {
    repository: { owner: OWNER, repo: REPO },
    ref: 'refs/tags/v1.2.0',
    refName: 'v1.2.0',
    tag: 'v1.2.0',
    version: '1.2.0',
    sha: SHA,
    buildRunId: null,
    baseTag: null,
    runId: 777,
    eventPullRequest: null,
    serverUrl: 'https://github.com',
    now: new Date('2026-03-04T15:00:00Z'),
    rehearsal: false,
    expand: (template) => template,
    ...overrides,
  };
}
