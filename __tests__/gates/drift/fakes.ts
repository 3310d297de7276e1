// Small stand-ins for the sbom_licenses and policy_drift tests: a GitHub client answering the
// few routes these gates read, a fact store over it, and an evaluation context.
import type { EvalContext, PolicyUnderEvaluation } from '../../../src/model/types.js';
import { FactStore } from '../../../src/facts/store.js';
import { type GitHub } from '../../../src/github/client.js';
import { RequestCounter } from '../../../src/github/counter.js';

export const OWNER = 'acme';
export const REPO = 'plasmite';
const API = 'https://api.github.com';

/** An Octokit-like HTTP error, as toGateError reads it. */
export function httpError(
  status: number,
  path: string,
  message = 'Not Found',
  headers: Record<string, string> = {},
): Error {
  return Object.assign(new Error(message), {
    status,
    request: { method: 'GET', url: `${API}${path}` },
    response: { headers },
  });
}

export interface FakeRoutes {
  sbom?: () => unknown;
  defaultBranch?: string;
}

export function fakeGitHub(routes: FakeRoutes): { github: GitHub; calls: string[] } {
  const calls: string[] = [];
  const counter = new RequestCounter();
  const call = async (route: string, answer: () => unknown) => {
    calls.push(route);
    counter.count++;
    return { status: 200, headers: {}, data: answer() };
  };
  const octokit = {
    rest: {
      dependencyGraph: {
        exportSbom: () =>
          call('GET /repos/{owner}/{repo}/dependency-graph/sbom', () => {
            if (!routes.sbom) throw httpError(404, `/repos/${OWNER}/${REPO}/dependency-graph/sbom`);
            return routes.sbom();
          }),
      },
      repos: {
        get: () =>
          call('GET /repos/{owner}/{repo}', () => ({ default_branch: routes.defaultBranch ?? 'main' })),
      },
    },
  };
  return { github: { octokit, baseUrl: API, counter, token: 't' } as unknown as GitHub, calls };
}

export function factStore(github: GitHub | null, workspace = '/nonexistent'): FactStore {
  return new FactStore({ workspace, env: {}, github, externalGithub: null });
}

export function context(overrides: Partial<EvalContext> = {}): EvalContext {
  return {
    repository: { owner: OWNER, repo: REPO },
    ref: 'refs/tags/v1.2.0',
    refName: 'v1.2.0',
    tag: 'v1.2.0',
    version: '1.2.0',
    sha: '3f786850e387550fdab836ed7e6dc881de23001b',
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

export type { PolicyUnderEvaluation };
