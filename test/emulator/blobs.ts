// The blob store GitHub redirects downloads to. Like Azure SAS URLs, the links carry their own
// signature and need no GitHub token; a link without a valid `sig` is refused, so a client that
// drops the query string fails here as it would against the real storage.
import { createHmac } from 'node:crypto';
import type { Reply, RequestContext, Route } from './http.js';
import { positiveInteger } from './http.js';
import type { Artifact, ReleaseAsset, ScenarioState } from './state/model.js';

const SIGNING_KEY = 'release-gates-emulator-blob-key';
const STORAGE_VERSION = '2025-01-05';

export class BlobSigner {
  /** A download (or upload) URL for a blob path such as '/_blobs/artifacts/7/name.zip'. */
  signedUrl(baseUrl: string, path: string, permissions = 'r'): string {
    const query = new URLSearchParams({
      sv: STORAGE_VERSION,
      sr: 'b',
      sp: permissions,
      se: new Date(Date.now() + 60 * 60_000).toISOString(),
      sig: this.signature(path, permissions),
    });
    return `${baseUrl}${encodeURI(path)}?${query.toString()}`;
  }

  verify(path: string, query: URLSearchParams): boolean {
    const permissions = query.get('sp') ?? '';
    return query.get('sig') === this.signature(path, permissions);
  }

  private signature(path: string, permissions: string): string {
    return createHmac('sha256', SIGNING_KEY).update(`${permissions}\n${path}`).digest('base64');
  }
}

export function storageError(status: number, code: string, message: string): Reply {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return { status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': code }, body: xml };
}

export function artifactBlobPath(artifact: Artifact): string {
  return `/_blobs/artifacts/${artifact.id}/${artifact.name}.zip`;
}

export function assetBlobPath(asset: ReleaseAsset): string {
  return `/_blobs/assets/${asset.id}/${asset.name}`;
}

export function findArtifact(state: ScenarioState, id: number | undefined): Artifact | undefined {
  for (const repo of state.repositories.values()) {
    for (const run of repo.runs) {
      const artifact = run.artifacts.find((candidate) => candidate.id === id);
      if (artifact) return artifact;
    }
  }
  return undefined;
}

export function findAsset(state: ScenarioState, id: number | undefined): ReleaseAsset | undefined {
  for (const repo of state.repositories.values()) {
    for (const release of repo.releases) {
      const asset = release.assets.find((candidate) => candidate.id === id);
      if (asset) return asset;
    }
  }
  return undefined;
}

function blobRoute(pattern: string, serve: (ctx: RequestContext) => Reply): Route {
  return {
    method: 'GET',
    pattern,
    kind: 'blob',
    needsToken: false,
    handle(ctx) {
      if (!ctx.blobs.verify(ctx.path, ctx.query)) {
        return storageError(403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
      }
      return serve(ctx);
    },
  };
}

export const blobRoutes: Route[] = [
  blobRoute('/_blobs/artifacts/{artifact_id}/{file_name}', (ctx) => {
    const artifact = findArtifact(ctx.state, positiveInteger(ctx.params.artifact_id));
    if (!artifact) return storageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return {
      status: 200,
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename=${artifact.name}.zip; filename*=UTF-8''${encodeURIComponent(artifact.name)}.zip`,
      },
      body: artifact.archive(),
    };
  }),
  blobRoute('/_blobs/assets/{asset_id}/{asset_name}', (ctx) => {
    const asset = findAsset(ctx.state, positiveInteger(ctx.params.asset_id));
    if (!asset) return storageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return {
      status: 200,
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename=${asset.name}`,
      },
      body: asset.content,
    };
  }),
];
