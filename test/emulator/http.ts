// What a handler returns, and GitHub's standard error bodies.
import type { IncomingHttpHeaders } from 'node:http';
import type { PermissionScope } from './scenario.js';
import type { BlobSigner } from './blobs.js';
import type { RepositoryState, ScenarioState } from './state/model.js';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON. */
  json?: unknown;
  /** Sent as is. */
  body?: Buffer | string;
  /** The GraphQL operation's name, for the request log. */
  operation?: string;
}

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  used: number;
  resetEpochSeconds: number;
}

/** Where links in payloads point: API and download URLs at the emulator, html_url at the web host. */
export interface Urls {
  api: string;
  web: string;
}

export interface RequestContext {
  method: string;
  /** Percent-decoded path, without the query. */
  path: string;
  /** The path as the client sent it, for building links back to it. */
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  params: Record<string, string>;
  token: string | null;
  /** The rate-limit budget after this request, as its headers report it. */
  rateLimit: RateLimitSnapshot;
  state: ScenarioState;
  urls: Urls;
  blobs: BlobSigner;
}

export interface RepoContext extends RequestContext {
  repo: RepositoryState;
}

export type RouteKind = 'rest' | 'graphql' | 'download' | 'blob' | 'results';

export interface Route {
  method: string;
  /** GitHub's own route notation: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}' without the method. */
  pattern: string;
  kind: RouteKind;
  /** Whether GitHub would answer 401 without an authorization header. */
  needsToken: boolean;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

const DOCUMENTATION_URL = 'https://docs.github.com/rest';

export function ok(json: unknown, headers?: Record<string, string>): Reply {
  return { status: 200, json, headers };
}

export function created(json: unknown): Reply {
  return { status: 201, json };
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { location } };
}

export function githubError(status: number, message: string, headers?: Record<string, string>): Reply {
  return { status, headers, json: { message, documentation_url: DOCUMENTATION_URL, status: String(status) } };
}

export function notFound(): Reply {
  return githubError(404, 'Not Found');
}

/** GitHub's answer when the token's permissions lack a scope, naming the one it wanted. */
export function forbiddenByPermissions(scope: PermissionScope, level: 'read' | 'write'): Reply {
  return githubError(403, 'Resource not accessible by integration', {
    'x-accepted-github-permissions': `${scope}=${level}`,
  });
}

export function parseJsonBody<T>(ctx: RequestContext): T | undefined {
  if (ctx.body.length === 0) return undefined;
  try {
    return JSON.parse(ctx.body.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

export function positiveInteger(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}
