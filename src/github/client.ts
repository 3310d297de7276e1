// The only place that builds Octokit clients: retry and rate-limit handling, a per-request
// timeout, GitHub Enterprise Server base URLs and a request counter for the report.
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import {
  answersParsedOnce,
  readWhole,
  unreachableFetch,
  type AnswerFetch,
  type FetchLike,
} from './answers.js';
import type { RequestCounter } from './counter.js';
import { failFastOnLastingTransportFailure } from './transport-errors.js';
import { nodeFetch } from './transport.js';

// Octokit as @actions/github's getOctokit composes it (REST methods, pagination), built here
// from the same packages: @actions/github itself loads the undici package (a megabyte) for the
// fetch and proxy agent it would give Octokit, and this client uses neither.
const RestOctokit = OctokitCore.plugin(restEndpointMethods, paginateRest);
export type Octokit = InstanceType<typeof RestOctokit>;

export interface GitHubOptions {
  token: string;
  /** REST base URL, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  baseUrl: string;
  counter: RequestCounter;
  /** A single request is abandoned after this long. */
  timeoutMs?: number;
  /** Retries of a failed request (5xx, connection reset, timeout). */
  retries?: number;
  /** Base of the quadratic backoff between retries. */
  retryBaseMs?: number;
  /** Longest total time spent waiting on rate limits before giving up. */
  maxRateLimitWaitMs?: number;
}

export interface GitHub {
  octokit: Octokit;
  baseUrl: string;
  counter: RequestCounter;
  /** The token itself, for libraries that build their own client (@actions/artifact downloads). */
  token: string;
}

export function createGitHub(options: GitHubOptions): GitHub {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  let waitedMs = 0;
  // Requests over node:http(s) (transport.ts: proxies as @actions/github honours them, without
  // undici's WebAssembly parser), counted and each bounded in time: a stalled connection must
  // end in `error`.
  const underlying = nodeFetch as FetchLike;
  const countingFetch: AnswerFetch = (url, init = {}, read = {}) =>
    options.counter.run(async () => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const given = init.signal as AbortSignal | undefined;
      const signal = given ? AbortSignal.any([given, timeout]) : timeout;
      return readWhole(await underlying(url, { ...init, signal }), init.method, signal, read);
    });
  const mayWait = (retryAfterSeconds: number, retryCount: number): boolean => {
    const ms = retryAfterSeconds * 1000;
    if (retryCount >= 2 || waitedMs + ms > maxWaitMs) return false;
    waitedMs += ms;
    return true;
  };
  const Client = RestOctokit.plugin(
    // First: each request's JSON answer, parsed once, is its `data` before any plugin reads it.
    answersParsedOnce(countingFetch),
    // Before retry: a refused connection is reported in a second, not after 14 s of backoff.
    failFastOnLastingTransportFailure(options.baseUrl),
    retry,
    throttling,
  );
  const userAgent = orchestrationUserAgent(process.env.ACTIONS_ORCHESTRATION_ID);
  const octokit: Octokit = new Client({
    auth: `token ${options.token}`,
    ...(userAgent ? { userAgent } : {}),
    baseUrl: options.baseUrl,
    request: { fetch: unreachableFetch },
    // Retries go here, not in `request`: a per-request `retries` makes plugin-retry retry
    // every failure, 404s and 403s included.
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      // plugin-throttling sends GraphQL through its write limiter (one at a time, 1 s apart).
      // Every GraphQL request here is a read, and the few REST writes (file_blockers) are
      // sequential anyway, so that spacing would only add seconds to an evaluation.
      write: new Bottleneck.Group({ id: 'release-gates-write', maxConcurrent: 4, minTime: 0 }),
      onRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) =>
        mayWait(retryAfter, retryCount),
      onSecondaryRateLimit: (retryAfter: number, _opts: unknown, _o: unknown, retryCount: number) =>
        mayWait(retryAfter, retryCount),
    },
  });
  // Octokit derives the GraphQL endpoint from baseUrl, GHES's /api/v3 → /api/graphql included.
  return { octokit, baseUrl: options.baseUrl, counter: options.counter, token: options.token };
}

/**
 * The user agent @actions/github gives a job with an orchestration id (`actions_orchestration_id/…`,
 * which lets GitHub tie the requests to the job); none without one (Octokit's own stays).
 */
export function orchestrationUserAgent(orchestrationId: string | undefined): string | undefined {
  const id = orchestrationId?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
