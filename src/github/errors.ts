// Turns HTTP failures into gate errors a person can act on: which permission to grant,
// which name was wrong, or that GitHub itself failed.
import { GateError } from '../model/types.js';
import { transportFailure, TransportError } from './transport-errors.js';

interface HttpLikeError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * The workflow permission a REST path needs (read, or write for a mutation). Only the part
 * after /repos/{owner}/{repo}/ decides: a repository called `actions` or a file under
 * `.github/actions/` is still `contents`.
 */
export function permissionFor(method: string, url: string): string {
  const level = ['GET', 'HEAD'].includes(method.toUpperCase()) ? 'read' : 'write';
  const path = safePath(url);
  if (/^\/(api\/)?graphql$/.test(path) || path.endsWith('/api/graphql')) return 'contents: read';
  if (/^(\/api\/v3)?\/search\/issues/.test(path)) return `issues: ${level}`;
  const route = /^(?:\/api\/v3)?\/repos\/[^/]+\/[^/]+\/(.*)$/.exec(path)?.[1] ?? '';
  const [first = '', , third = ''] = route.split('/');
  if (first === 'actions') return `actions: ${level}`;
  if (first === 'attestations') return `attestations: ${level}`;
  if (first === 'check-runs' || first === 'check-suites') return `checks: ${level}`;
  if (first === 'statuses') return `statuses: ${level}`;
  if (first === 'commits' && (third === 'check-runs' || third === 'check-suites')) return `checks: ${level}`;
  if (first === 'commits' && (third === 'status' || third === 'statuses')) return `statuses: ${level}`;
  if (first === 'commits' && third === 'pulls') return `pull-requests: ${level}`;
  if (first === 'pulls') return `pull-requests: ${level}`;
  if (first === 'issues' || first === 'milestones' || first === 'labels') return `issues: ${level}`;
  return `contents: ${level}`;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function describeRequest(e: HttpLikeError): string {
  const method = e.request?.method ?? 'GET';
  const url = e.request?.url ?? '';
  return `${method} ${safePath(url)}`;
}

function isRateLimited(e: HttpLikeError): boolean {
  const headers = e.response?.headers ?? {};
  const text = String(e.message ?? '').toLowerCase();
  return headers['x-ratelimit-remaining'] === '0' || text.includes('rate limit');
}

/**
 * A rate limit, primary or secondary, from REST (429, or 403 with the rate-limit header or words)
 * or GraphQL (whose RATE_LIMITED error says "rate limit exceeded" without a status). Worth knowing
 * apart from other refusals: a fallback to more requests would only make it worse.
 */
export function isRateLimitError(error: unknown): boolean {
  const e = (error ?? {}) as HttpLikeError;
  if (e.status === 429) return true;
  if (e.status === 403 && isRateLimited(e)) return true;
  return String(e.message ?? '')
    .toLowerCase()
    .includes('rate limit exceeded');
}

/** What a 404 means where the generic NOT_FOUND would say too little (`WORKFLOW_NOT_FOUND`). */
export interface NotFoundMeaning {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Maps any error thrown by a GitHub read to a GateError. `what` names the thing being read
 * (`workflow 'ci.yml'`), so a 404 says which name was wrong; `notFound` replaces the 404's
 * code and message where the caller knows better which name it was.
 */
export function toGateError(error: unknown, what: string, notFound?: NotFoundMeaning): GateError {
  if (error instanceof GateError) return error;
  const e = (error ?? {}) as HttpLikeError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 404 && notFound)
    return new GateError(notFound.code, notFound.message, { status: 404, ...notFound.details });
  const request = describeRequest(e);
  const permission = permissionFor(e.request?.method ?? 'GET', e.request?.url ?? '');
  const details = { status: status ?? null, request };
  const reason = firstLine(e.message ?? String(error));
  // No answer came back: say what failed on the way, never the status Octokit invents (500).
  const transport = error instanceof TransportError ? error.failure : transportFailure(error);
  if (transport) {
    const told =
      error instanceof TransportError ? error.message : `${transport.reason} (${transport.errorCode})`;
    return new GateError('API_ERROR', `Could not read ${what} (${request}): ${told}`, {
      request,
      transport: transport.errorCode,
    });
  }
  if (status === 401) {
    return new GateError(
      'BAD_CREDENTIALS',
      `GitHub rejected the token reading ${what} (401 on ${request}): check the \`token\` input.`,
      details,
    );
  }
  if (status === 429 || (status === 403 && isRateLimited(e))) {
    return new GateError(
      'RATE_LIMITED',
      `GitHub rate limit reached reading ${what} (403 on ${request}); retry later or use a token with a higher limit.`,
      details,
    );
  }
  if (status === 403) {
    return new GateError(
      'PERMISSION_DENIED',
      `The token lacks \`${permission}\` to read ${what} (403 on ${request}: ${reason}). Grant \`permissions: ${permission}\` in the workflow.`,
      { ...details, permission },
    );
  }
  if (status === 404) {
    return new GateError(
      'NOT_FOUND',
      `${capitalize(what)} not found (404 on ${request}). Check the name, or that the token can see it (\`${permission}\`).`,
      { ...details, permission },
    );
  }
  if (status === 410) {
    return new GateError('GONE', `${capitalize(what)} is gone (410 on ${request}).`, details);
  }
  if (status === 422) {
    return new GateError(
      'INVALID_REQUEST',
      `GitHub refused the request for ${what} (422 on ${request}: ${reason}).`,
      details,
    );
  }
  if (/abort|timeout|timed out/i.test(reason)) {
    return new GateError('TIMEOUT', `Timed out reading ${what} (${request}).`, details);
  }
  if (status !== undefined && status >= 500) {
    return new GateError(
      'API_ERROR',
      `GitHub failed reading ${what} (${status} on ${request}) after retries: ${reason}`,
      details,
    );
  }
  return new GateError('API_ERROR', `Could not read ${what} (${request}): ${reason}`, details);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
