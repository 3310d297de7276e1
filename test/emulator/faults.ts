// Fault injection: which request a fault hits, and what it does to a reply. The transport-level
// kinds (reset, stall, truncate) are carried out by the server; this module decides and rewrites.
import { createHash } from 'node:crypto';
import type { Reply } from './http.js';
import type { Fault } from './scenario.js';
import { readZip, writeZip } from './zip.js';

interface ArmedFault {
  fault: Fault;
  /** Requests it still affects; Infinity for a fault without `times`. */
  remaining: number;
}

export class FaultTable {
  private armed: ArmedFault[] = [];

  constructor(faults: readonly Fault[] = []) {
    this.replace(faults);
  }

  replace(faults: readonly Fault[]): void {
    this.armed = faults.map((fault) => ({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY }));
  }

  /** The faults still armed, with how many requests each will still affect (`times`). */
  list(): Fault[] {
    return this.armed
      .filter((entry) => entry.remaining > 0)
      .map((entry) => ({
        ...entry.fault,
        ...(Number.isFinite(entry.remaining) && { times: entry.remaining }),
      }));
  }

  /** The first armed fault matching this request, counted as used. */
  take(method: string, path: string, route: string | null): Fault | undefined {
    const entry = this.armed.find(
      (candidate) => candidate.remaining > 0 && faultMatches(candidate.fault.route, method, path, route),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    return entry.fault;
  }
}

/**
 * 'METHOD PATH' or 'PATH', where PATH is compared with the route pattern and with the concrete
 * path; '*' matches any run of characters. Without '*', the match is exact.
 */
export function faultMatches(pattern: string, method: string, path: string, route: string | null): boolean {
  const [, wantedMethod, wantedPath] = /^(?:([A-Z]+)\s+)?(.*)$/.exec(pattern.trim()) ?? [];
  if (wantedMethod && wantedMethod !== method) return false;
  const glob = new RegExp(
    `^${(wantedPath ?? '')
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  const routePath = route?.slice(route.indexOf(' ') + 1);
  return glob.test(path) || (routePath !== undefined && glob.test(routePath));
}

/** The reply a 'status' fault sends instead of the real one. */
export function statusFaultReply(fault: Fault): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.secondaryRateLimit) {
    headers['retry-after'] ??= '60';
    return errorReply(
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMULATOR.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      headers,
    );
  }
  if (fault.primaryRateLimit) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 60));
    return errorReply(
      fault.status ?? 403,
      'API rate limit exceeded for installation ID 1.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      headers,
    );
  }
  const status = fault.status ?? 500;
  return errorReply(
    status,
    status >= 500 ? 'Server Error' : `Emulated ${status}`,
    'https://docs.github.com/rest',
    headers,
  );
}

function errorReply(
  status: number,
  message: string,
  documentation: string,
  headers: Record<string, string>,
): Reply {
  return { status, headers, json: { message, documentation_url: documentation, status: String(status) } };
}

/** 'wrong_digest': JSON digests stop matching the bytes, and served bytes stop matching their digests. */
export function withWrongDigest(reply: Reply): Reply {
  if (reply.json !== undefined) return { ...reply, json: replaceDigests(reply.json) };
  if (reply.body === undefined) return reply;
  const bytes = Buffer.from(reply.body);
  return {
    ...reply,
    body:
      reply.headers?.['content-type'] === 'application/zip'
        ? tamperZip(bytes)
        : Buffer.concat([bytes, Buffer.from('\n')]),
  };
}

function replaceDigests(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(replaceDigests);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === 'digest' && (typeof inner === 'string' || inner === null)
        ? [
            key,
            `sha256:${createHash('sha256')
              .update(`wrong:${String(inner)}`)
              .digest('hex')}`,
          ]
        : [key, replaceDigests(inner)],
    ),
  );
}

/** Still a valid archive, so only a digest check can notice the change. */
function tamperZip(bytes: Buffer): Buffer {
  try {
    return writeZip([...readZip(bytes), { name: 'tampered.txt', data: Buffer.from('changed in transit\n') }]);
  } catch {
    return Buffer.concat([bytes, Buffer.from('\n')]);
  }
}

/** The first part of a body, for 'malformed_json' and 'truncated_zip' (a complete response, cut content). */
export function cutBody(bytes: Buffer): Buffer {
  return bytes.length > 1 ? bytes.subarray(0, Math.floor(bytes.length / 2)) : Buffer.from('{"');
}
