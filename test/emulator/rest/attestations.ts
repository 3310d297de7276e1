// Artifact attestations: `GET /repos/{owner}/{repo}/attestations/{subject_digest}` as GitHub's
// OpenAPI description has it — `{attestations: [{bundle, repository_id, bundle_url}]}`, cursor
// pagination (`per_page` up to 100, `before`/`after` cursors named in the Link header), 404 for
// a digest with no attestation — and the storage GitHub's `bundle_url` points to, serving the
// bundle Snappy-compressed (what the GitHub CLI decodes).
import snappy from 'snappyjs';
import type { operations } from '@octokit/openapi-types';
import { storageError } from '../blobs.js';
import { githubError, notFound, ok, positiveInteger, type RepoContext, type Route } from '../http.js';
import type { AttestationSpec } from '../scenario.js';
import { repoRoute } from './repo-route.js';

type ListAttestations =
  operations['repos/list-attestations']['responses']['200']['content']['application/json'];

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export const attestationsRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/attestations/{subject_digest}', 'attestations', (ctx) => {
    const digest = ctx.params.subject_digest!.toLowerCase();
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
      return githubError(422, `Invalid subject_digest '${ctx.params.subject_digest}'`);
    // Attestations belong to the repository that made them.
    if (ctx.repo !== ctx.state.repository) return notFound();
    const all = ctx.state.attestations
      .map((spec, index) => ({ spec, index }))
      .filter(({ spec }) => spec.subject_digest.toLowerCase() === digest);
    if (all.length === 0) return notFound();
    const requested = positiveInteger(ctx.query.get('per_page'));
    const perPage = requested ? Math.min(requested, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
    const after = decodeCursor(ctx.query.get('after'));
    const before = decodeCursor(ctx.query.get('before'));
    let start = after === null ? 0 : after + 1;
    if (before !== null) start = Math.max(0, before - perPage);
    const end = before !== null ? Math.min(before, start + perPage) : start + perPage;
    const page = all.slice(start, end);
    const links: string[] = [];
    if (end < all.length) links.push(`<${pageUrl(ctx, 'after', end - 1)}>; rel="next"`);
    if (start > 0) links.push(`<${pageUrl(ctx, 'before', start)}>; rel="prev"`);
    const body: ListAttestations = {
      attestations: page.map(({ spec, index }) => attestationPayload(ctx, spec, index)),
    };
    return ok(body, links.length > 0 ? { link: links.join(', ') } : {});
  }),
];

export const attestationBlobRoute: Route = {
  method: 'GET',
  pattern: '/_blobs/attestations/{attestation_index}',
  kind: 'blob',
  needsToken: false,
  handle(ctx) {
    if (!ctx.blobs.verify(ctx.path, ctx.query))
      return storageError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    const index = Number(ctx.params.attestation_index);
    const spec = Number.isInteger(index) ? ctx.state.attestations[index] : undefined;
    if (!spec) return storageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const compressed = Buffer.from(snappy.compress(Buffer.from(JSON.stringify(spec.bundle))));
    return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: compressed };
  },
};

function attestationPayload(
  ctx: RepoContext,
  spec: AttestationSpec,
  index: number,
): NonNullable<ListAttestations['attestations']>[number] {
  const delivery = spec.delivery ?? 'inline';
  return {
    ...(delivery !== 'url' ? { bundle: spec.bundle } : {}),
    repository_id: ctx.repo.id,
    ...(delivery !== 'inline'
      ? { bundle_url: ctx.blobs.signedUrl(ctx.urls.api, `/_blobs/attestations/${index}`) }
      : {}),
  };
}

/** Cursors are opaque to clients; here each is the position of an attestation in the list. */
function decodeCursor(value: string | null): number | null {
  if (!value) return null;
  const decoded = Number(Buffer.from(value, 'base64url').toString('utf8').replace(/^pos:/, ''));
  return Number.isInteger(decoded) && decoded >= 0 ? decoded : null;
}

function pageUrl(ctx: RepoContext, direction: 'after' | 'before', position: number): string {
  const query = new URLSearchParams(ctx.query);
  query.delete('after');
  query.delete('before');
  query.set(direction, Buffer.from(`pos:${position}`).toString('base64url'));
  return `${ctx.urls.api}${ctx.rawPath}?${query.toString()}`;
}
