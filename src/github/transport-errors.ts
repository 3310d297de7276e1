// Failures below HTTP: no status ever came back, so none may be reported. Node's fetch throws
// `TypeError: fetch failed` with the socket's error (ECONNREFUSED, ENOTFOUND, ...) as its cause,
// and Octokit wraps that in a RequestError with a made-up status 500; the cause chain still
// says what happened, and this module names it.
import type { Octokit } from '@octokit/core';

/** What went wrong on the way to the server, in words. */
export interface TransportFailure {
  /** The socket's error code, e.g. ECONNREFUSED (not a gate's code: it goes into details). */
  errorCode: string;
  /** `connection refused`, `host not found`, ... */
  reason: string;
  /**
   * Retrying soon will not help (nothing listens, the name does not resolve, the URL is
   * refused by fetch itself): such a failure is reported at once, after a short bounded retry.
   */
  lasting: boolean;
}

const FAILURES: Record<string, { reason: string; lasting: boolean }> = {
  ECONNREFUSED: { reason: 'connection refused', lasting: true },
  ENOTFOUND: { reason: 'host not found', lasting: true },
  EAI_AGAIN: { reason: 'host name lookup failed (temporary DNS failure)', lasting: false },
  EHOSTUNREACH: { reason: 'host unreachable', lasting: true },
  ENETUNREACH: { reason: 'network unreachable', lasting: true },
  ECONNRESET: { reason: 'connection reset', lasting: false },
  EPIPE: { reason: 'connection closed while sending', lasting: false },
  ETIMEDOUT: { reason: 'connection timed out', lasting: false },
  UND_ERR_CONNECT_TIMEOUT: { reason: 'connection timed out', lasting: false },
  UND_ERR_SOCKET: { reason: 'connection closed by the server', lasting: false },
  UND_ERR_HEADERS_TIMEOUT: { reason: 'no answer from the server (headers timeout)', lasting: false },
  CERT_HAS_EXPIRED: { reason: 'TLS certificate has expired', lasting: true },
  DEPTH_ZERO_SELF_SIGNED_CERT: {
    reason: 'self-signed TLS certificate (set NODE_EXTRA_CA_CERTS)',
    lasting: true,
  },
  SELF_SIGNED_CERT_IN_CHAIN: {
    reason: 'self-signed TLS certificate in the chain (set NODE_EXTRA_CA_CERTS)',
    lasting: true,
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    reason: 'TLS certificate cannot be verified (set NODE_EXTRA_CA_CERTS)',
    lasting: true,
  },
  ERR_TLS_CERT_ALTNAME_INVALID: { reason: "TLS certificate does not match the host's name", lasting: true },
};

/** Node's fetch refuses some ports itself (`bad port`: 1, 9, 25, ...) without a socket error. */
const BAD_PORT = /^bad port$/i;

/**
 * The transport failure somewhere in `error`'s cause chain (Octokit's RequestError → fetch's
 * TypeError → the socket error), or null when the failure is not one (an HTTP answer, a
 * timeout of our own, a parse error).
 */
export function transportFailure(error: unknown): TransportFailure | null {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
    seen.add(current);
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && Object.hasOwn(FAILURES, code))
      return { errorCode: code, ...FAILURES[code]! };
    if (typeof message === 'string' && BAD_PORT.test(message))
      return {
        errorCode: 'ERR_BAD_PORT',
        reason: 'port refused by fetch (a port reserved for other protocols)',
        lasting: true,
      };
    current = cause;
  }
  return null;
}

/** `cannot connect to GITHUB_API_URL http://127.0.0.1:8080: connection refused`. */
export function describeTransportFailure(failure: TransportFailure, apiUrl: string): string {
  return `cannot connect to GITHUB_API_URL ${apiUrl}: ${failure.reason}`;
}

/**
 * A request that failed below HTTP. It carries no `status`, so Octokit's retry plugin (which
 * retries by status) leaves it alone and nothing downstream can report a status that never came.
 */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    readonly apiUrl: string,
    /** Octokit's request options, for naming the request (method and path). */
    readonly request: { method?: string; url?: string } | undefined,
    options?: { cause?: unknown },
  ) {
    super(describeTransportFailure(failure, apiUrl), options);
    this.name = 'TransportError';
  }
}

/**
 * An Octokit plugin (put it before plugin-retry, so it sees each attempt first): a lasting
 * transport failure is retried briefly (`delaysMs`), then thrown as a TransportError at once,
 * instead of plugin-retry's quadratic backoff of a status 500 that never happened.
 */
export function failFastOnLastingTransportFailure(
  apiUrl: string,
  delaysMs: readonly number[] = [200, 500],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
) {
  return (octokit: Octokit): Record<string, never> => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options);
        } catch (error) {
          const failure = transportFailure(error);
          if (!failure || !failure.lasting) throw error;
          if (attempt < delaysMs.length) {
            await sleep(delaysMs[attempt]!);
            continue;
          }
          // Octokit's RequestError names the request with its URL expanded; the options hold the route.
          const request = (error as { request?: { method?: string; url?: string } }).request ?? {
            method: options.method,
            url: requestUrl(apiUrl, options.url),
          };
          throw new TransportError(
            failure,
            apiUrl,
            { method: request.method, url: request.url },
            { cause: error },
          );
        }
      }
    });
    return {};
  };
}

function requestUrl(apiUrl: string, url: string | undefined): string | undefined {
  if (!url) return undefined;
  // Octokit's options hold the route (`/repos/{owner}/{repo}`) or an absolute URL.
  return /^https?:\/\//.test(url)
    ? url
    : `${apiUrl.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
}
