// The only place that builds Octokit clients: retry and rate-limit handling, a per-request
// timeout, GitHub Enterprise Server base URLs and a request counter for the report.
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { RequestCounter } from './counter.js';
import { failFastOnLastingTransportFailure } from './transport-errors.js';

export type Octokit = ReturnType<typeof getOctokit>;

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

type FetchLike = (url: string, init?: Record<string, unknown>) => Promise<Response>;

export function createGitHub(options: GitHubOptions): GitHub {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  let waitedMs = 0;
  // Proxy-aware fetch from @actions/github (honours https_proxy / no_proxy), wrapped to
  // count requests and bound each one in time: a stalled connection must end in `error`.
  const underlying = (actionsDefaults.request?.fetch ?? fetch) as FetchLike;
  const countingFetch: FetchLike = (url, init = {}) =>
    options.counter.run(async () => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const given = init.signal as AbortSignal | undefined;
      const signal = given ? AbortSignal.any([given, timeout]) : timeout;
      return readWhole(await underlying(url, { ...init, signal }), init.method, signal);
    });
  const mayWait = (retryAfterSeconds: number, retryCount: number): boolean => {
    const ms = retryAfterSeconds * 1000;
    if (retryCount >= 2 || waitedMs + ms > maxWaitMs) return false;
    waitedMs += ms;
    return true;
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { fetch: countingFetch },
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
    },
    // Before retry: a refused connection is reported in a second, not after 14 s of backoff.
    failFastOnLastingTransportFailure(options.baseUrl),
    retry,
    throttling,
  );
  // Octokit derives the GraphQL endpoint from baseUrl, GHES's /api/v3 → /api/graphql included.
  return { octokit, baseUrl: options.baseUrl, counter: options.counter, token: options.token };
}

/**
 * A successful JSON answer, read to its end (within the request's timeout) and checked to
 * parse to an object or array. Octokit itself hands a JSON body it cannot parse, or one cut off mid-transfer, to the
 * caller as a string (or ''): gates would then read a list as empty or a field as absent.
 * Thrown here instead, it becomes a request error like a dropped connection: retried, then
 * reported as what it is. Other answers (downloads, raw files) are left as streams.
 */
async function readWhole(response: Response, method: unknown, signal: AbortSignal): Promise<Response> {
  const { status } = response;
  if (status < 200 || status >= 300 || status === 204 || status === 205 || method === 'HEAD') return response;
  if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? '')) return response;
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal.aborted) throw error; // a timeout stays a timeout
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new Error(`the answer was cut off mid-transfer (${cause})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`the answer is not valid JSON (${bytes.byteLength} bytes, cut short or garbled)`);
  }
  // Every successful JSON answer of the REST and GraphQL APIs is an object or an array. Octokit
  // reads a `null` list as an empty one: an issues listing of `null` would mean "no blockers".
  if (parsed === null || typeof parsed !== 'object')
    throw new Error(`the answer is JSON but not an object or array (${JSON.stringify(parsed).slice(0, 40)})`);
  const whole = new Response(bytes, { status, statusText: response.statusText, headers: response.headers });
  // Octokit reads the final URL (after redirects) from the response.
  Object.defineProperty(whole, 'url', { value: response.url });
  return whole;
}
