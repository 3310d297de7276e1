// Conditional requests as GitHub answers them: a successful GET carries an `ETag` (weak, as
// GitHub's JSON answers are: `W/"…"`), and a request whose `If-None-Match` names the current
// one gets `304 Not Modified` with no body. GitHub does not count a 304 against the rate limit;
// the server refunds it and the request log marks it (`notModified`).
import { createHash } from 'node:crypto';
import type { Reply, RequestContext } from './http.js';

/** The reply, with its ETag; a 304 instead when the client already holds this representation. */
export function conditional(ctx: RequestContext, reply: Reply): Reply {
  if (reply.status !== 200 || reply.json === undefined) return reply;
  const etag = weakEtag(reply.json, reply.headers?.link ?? '');
  if (ifNoneMatchHolds(ctx.headers['if-none-match'], etag)) {
    return { status: 304, headers: { etag, ...(reply.headers?.link ? { link: reply.headers.link } : {}) } };
  }
  return { ...reply, headers: { ...reply.headers, etag } };
}

function weakEtag(json: unknown, link: string): string {
  const digest = createHash('sha256').update(JSON.stringify(json)).update(link).digest('hex');
  return `W/"${digest.slice(0, 40)}"`;
}

/**
 * RFC 9110 §13.1.2: `If-None-Match` is compared weakly (`W/"x"` equals `"x"`), may list several
 * tags, and `*` matches any current representation.
 */
export function ifNoneMatchHolds(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const listed = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  return listed.some((tag) => tag === '*' || (tag !== '' && opaque(tag) === opaque(etag)));
}
