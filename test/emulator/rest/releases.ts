// Releases and their assets. Asset bytes are reached the two ways GitHub offers, both ending in a
// 302 to the blob store: the API asset URL with `Accept: application/octet-stream`, and the
// browser_download_url (no token needed).
import { assetBlobPath } from '../blobs.js';
import {
  notFound,
  ok,
  positiveInteger,
  redirect,
  type RepoContext,
  type Reply,
  type Route,
  type Urls,
} from '../http.js';
import type { Release, ReleaseAsset, RepositoryState } from '../state/model.js';
import { simpleUser, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { visibleRepository } from '../state/visibility.js';
import { repoRoute } from './repo-route.js';

export const releasesRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/releases', 'contents', (ctx) => {
    const page = paginate(ctx, [...ctx.repo.releases].reverse());
    return ok(
      page.items.map((release) => releasePayload(ctx.repo, release, ctx.urls)),
      page.headers,
    );
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/releases/latest', 'contents', (ctx) => {
    const latest = [...ctx.repo.releases].reverse().find((release) => !release.draft && !release.prerelease);
    return latest ? ok(releasePayload(ctx.repo, latest, ctx.urls)) : notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', 'contents', (ctx) => {
    // Drafts have no tag yet as far as this endpoint is concerned.
    const release = ctx.repo.releases.find(
      (candidate) => candidate.tag === ctx.params.tag && !candidate.draft,
    );
    return release ? ok(releasePayload(ctx.repo, release, ctx.urls)) : notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', 'contents', (ctx) => {
    const id = positiveInteger(ctx.params.asset_id);
    for (const release of ctx.repo.releases) {
      const asset = release.assets.find((candidate) => candidate.id === id);
      if (!asset) continue;
      if ((ctx.headers.accept ?? '').includes('application/octet-stream')) {
        return redirect(ctx.blobs.signedUrl(ctx.urls.api, assetBlobPath(asset)));
      }
      return ok(assetPayload(ctx.repo, release, asset, ctx.urls));
    }
    return notFound();
  }),
  repoRoute('GET', '/repos/{owner}/{repo}/releases/{release_id}', 'contents', (ctx) =>
    withRelease(ctx, (release) => ok(releasePayload(ctx.repo, release, ctx.urls))),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', 'contents', (ctx) =>
    withRelease(ctx, (release) => {
      const page = paginate(ctx, release.assets);
      return ok(
        page.items.map((asset) => assetPayload(ctx.repo, release, asset, ctx.urls)),
        page.headers,
      );
    }),
  ),
];

export const releaseDownloadRoute: Route = {
  method: 'GET',
  pattern: '/{owner}/{repo}/releases/download/{tag}/{asset_name}',
  kind: 'download',
  needsToken: false,
  handle(ctx) {
    const repo = visibleRepository(ctx.state, ctx.token, ctx.params.owner, ctx.params.repo);
    const release = repo?.releases.find((candidate) => candidate.tag === ctx.params.tag);
    const asset = release?.assets.find((candidate) => candidate.name === ctx.params.asset_name);
    return asset ? redirect(ctx.blobs.signedUrl(ctx.urls.api, assetBlobPath(asset))) : notFound();
  },
};

function withRelease(ctx: RepoContext, answer: (release: Release) => Reply): Reply {
  const id = positiveInteger(ctx.params.release_id);
  const release = ctx.repo.releases.find((candidate) => candidate.id === id);
  return release ? answer(release) : notFound();
}

function releasePayload(repo: RepositoryState, release: Release, urls: Urls): Schemas['release'] {
  const api = `${urls.api}/repos/${repo.fullName}/releases/${release.id}`;
  return {
    url: api,
    html_url: `${urls.web}/${repo.fullName}/releases/tag/${release.tag}`,
    assets_url: `${api}/assets`,
    upload_url: `${urls.api}/repos/${repo.fullName}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${urls.api}/repos/${repo.fullName}/tarball/${release.tag}`,
    zipball_url: `${urls.api}/repos/${repo.fullName}/zipball/${release.tag}`,
    id: release.id,
    node_id: release.nodeId,
    tag_name: release.tag,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: simpleUser('github-actions[bot]', urls),
    assets: release.assets.map((asset) => assetPayload(repo, release, asset, urls)),
  };
}

function assetPayload(
  repo: RepositoryState,
  release: Release,
  asset: ReleaseAsset,
  urls: Urls,
): Schemas['release-asset'] {
  return {
    url: `${urls.api}/repos/${repo.fullName}/releases/assets/${asset.id}`,
    browser_download_url: `${urls.api}/${repo.fullName}/releases/download/${release.tag}/${asset.name}`,
    id: asset.id,
    node_id: asset.nodeId,
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.content.length,
    digest: asset.digest,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: simpleUser('github-actions[bot]', urls),
  };
}
