// Shared fixtures of the governance gates (approval, open_issues) and file_blockers: plain facts
// for the judges, and a real client against the in-process emulator for the facts.
import type { EvalContext } from '../../../src/model/types.js';
import { FactStore } from '../../../src/facts/store.js';
import type { PullRequestFact, ReviewFact } from '../../../src/facts/pulls.js';
import { createGitHub, type GitHub } from '../../../src/github/client.js';
import { shaOf, startEmulator, type Emulator, type Scenario } from '../../../test/emulator/index.js';
import { RequestCounter } from '../../../src/github/counter.js';

export const HEAD = shaOf('pull head');
export const OLD_HEAD = shaOf('older pull head');
export const MAIN = shaOf('main head');

export function review(
  author: string | null,
  state: string,
  options: Partial<Omit<ReviewFact, 'author' | 'state'>> = {},
): ReviewFact {
  return { author, state, association: 'MEMBER', commitId: HEAD, submittedAt: null, ...options };
}

export function pull(reviews: ReviewFact[], options: Partial<PullRequestFact> = {}): PullRequestFact {
  return {
    number: 12,
    url: 'https://github.com/acme/plasmite/pull/12',
    state: 'OPEN',
    draft: false,
    headSha: HEAD,
    author: 'octocat',
    reviews,
    ...options,
  };
}

export function context(overrides: Partial<EvalContext> = {}): EvalContext {
  return {
    repository: { owner: 'acme', repo: 'plasmite' },
    ref: 'refs/tags/v1.2.0',
    refName: 'v1.2.0',
    tag: 'v1.2.0',
    version: '1.2.0',
    sha: HEAD,
    buildRunId: null,
    baseTag: null,
    runId: null,
    eventPullRequest: null,
    serverUrl: 'https://github.com',
    now: new Date('2026-03-01T12:00:00Z'),
    rehearsal: false,
    expand: (text) => text,
    ...overrides,
  };
}

export interface Live {
  emulator: Emulator;
  github: GitHub;
  facts: FactStore;
  /** REST and GraphQL requests the emulator answered so far. */
  apiRequests(): number;
}

/** The emulator on a free port and a real client (retries off, so a fault shows at once). */
export async function live(scenario: Scenario): Promise<Live> {
  const emulator = await startEmulator(scenario, { latencyMs: 0 });
  const github = createGitHub({
    token: 'test-token',
    baseUrl: emulator.apiUrl,
    counter: new RequestCounter(),
    retries: 0,
    retryBaseMs: 1,
  });
  const facts = new FactStore({ workspace: '/nonexistent', env: {}, github, externalGithub: github });
  return {
    emulator,
    github,
    facts,
    apiRequests: () => emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql').length,
  };
}

export function repository(extra: Partial<Scenario> = {}): Scenario {
  return { repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' }, ...extra };
}
