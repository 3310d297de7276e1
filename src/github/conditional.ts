// Conditional GETs (`If-None-Match`) and the rate-limit headers of GitHub's answers. Kept apart
// from client.ts, which loads Octokit: facts import this at start-up, the client only on the
// first read from GitHub (see connect.ts).
import type { GitHub } from './client.js';
/** What GitHub said about the rate limit in an answer's headers; null where it said nothing. */
export interface RateLimitState {
  /** `x-ratelimit-remaining`: requests left in the current window. */
  remaining: number | null;
  /** `x-ratelimit-reset` as epoch milliseconds: when the window starts afresh. */
  resetAtMs: number | null;
  /** `retry-after` in milliseconds: how long GitHub asks the client to hold off. */
  retryAfterMs: number | null;
}

/** An answer to a conditional GET: the body (the previous one on a 304) and its validator. */
export interface ConditionalAnswer {
  data: unknown;
  /** The `ETag` to send as `If-None-Match` next time; null when GitHub sent none. */
  etag: string | null;
  /** True for `304 Not Modified`, which GitHub does not count against the rate limit. */
  notModified: boolean;
  /** The `Link` header, for pagination. */
  link: string | undefined;
  rateLimit: RateLimitState;
}

/** A next page, by the URL of GitHub's `Link` header. */
export interface NextPage {
  method: 'GET';
  url: string;
}

/** A body read before, with the ETag GitHub gave it. */
export interface RememberedAnswer {
  etag: string;
  data: unknown;
}

/**
 * GET with `If-None-Match` when an earlier answer is remembered. GitHub answers `304 Not
 * Modified` when nothing changed, and a 304 does not count against the rate limit; Octokit
 * throws it as a RequestError with status 304, which is turned back here into "unchanged":
 * the remembered body, as it was. Other errors are thrown as they are.
 */
export async function conditionalGet(
  github: GitHub,
  route: string | NextPage,
  params: Record<string, unknown>,
  previous: RememberedAnswer | null,
): Promise<ConditionalAnswer> {
  const conditions = previous ? { headers: { 'if-none-match': previous.etag } } : {};
  try {
    const response =
      typeof route === 'string'
        ? await github.octokit.request(route, { ...params, ...conditions })
        : await github.octokit.request({ ...route, ...conditions });
    const answerHeaders = response.headers as Record<string, string | undefined>;
    return {
      data: response.data,
      etag: answerHeaders.etag ?? null,
      notModified: false,
      link: answerHeaders.link,
      rateLimit: rateLimitOf(answerHeaders),
    };
  } catch (error) {
    const failure = error as { status?: number; response?: { headers?: Record<string, string | undefined> } };
    if (failure.status !== 304 || !previous) throw error;
    const answerHeaders = failure.response?.headers ?? {};
    return {
      data: previous.data,
      etag: answerHeaders.etag ?? previous.etag,
      notModified: true,
      link: undefined,
      rateLimit: rateLimitOf(answerHeaders),
    };
  }
}

/** The rate-limit headers of an answer (or of an error's answer). */
export function rateLimitOf(headers: Record<string, string | number | undefined>): RateLimitState {
  const number = (name: string): number | null => {
    const value = headers[name];
    if (value === undefined || value === '') return null;
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
  };
  const reset = number('x-ratelimit-reset');
  const retryAfter = number('retry-after');
  return {
    remaining: number('x-ratelimit-remaining'),
    resetAtMs: reset === null ? null : reset * 1000,
    retryAfterMs: retryAfter === null ? null : retryAfter * 1000,
  };
}
