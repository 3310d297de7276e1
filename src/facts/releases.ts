// Release assets as the gates see them, from either place a release's files live: the GitHub
// release of the tag (after publishing), or the artifacts of the release build run (before
// publishing, one artifact per file, named like the file). Either way a gate gets a listing of
// names with the API's sha256 digests, and can read or hash any listed file.
//
// Downloads are bounded: a size cap checked against the API's size before the first byte and
// again while streaming, and a byte count that must equal the API's size at the end, so a cut
// connection is a download error, never a checksum mismatch and never a pass.
import { createHash } from 'node:crypto';
import { GateError, type EvalContext, type Link, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { parseApiDigest } from '../util/checksums.js';
import picomatch from 'picomatch';
import { findRunArtifact, listRunArtifacts, type RunArtifact } from './artifacts.js';
import { fileInArtifact, filesInArtifact } from './build/archive.js';
import { trustedBuildRun } from './build/find.js';
import { refusalError } from './build/refusals.js';
import type { FactStore } from './store.js';

export type AssetSourceKind = 'release' | 'build_artifacts';

/** One downloadable file of a release, wherever it lives. */
export interface AssetEntry {
  name: string;
  /** The file's size in bytes, as the API reports it; null when unknown (build artifacts). */
  size: number | null;
  /** Lowercase sha256 hex the API reports for exactly these bytes; null when it reports none. */
  digest: string | null;
  /** An expired artifact is listed (so a message can say so) but cannot be read. */
  expired: boolean;
  /** Where the bytes come from: a release asset, an artifact that is the file, or a file inside an artifact. */
  origin:
    | { kind: 'release_asset'; id: number }
    | { kind: 'artifact'; artifact: RunArtifact }
    | { kind: 'artifact_file'; artifact: RunArtifact; path: string; archiveMaxBytes: number };
  /** Other artifacts holding a file of the same name (the file is then ambiguous). */
  alsoIn?: string[];
}

export interface AssetListing {
  source: AssetSourceKind;
  /** 'release v1.2.0' or 'build run 42', for messages. */
  where: string;
  link: Link | null;
  /** Why there is nothing to list (no release for the tag, no build run); null when listed. */
  absent: string | null;
  /** By name. For build artifacts, the names asked for, from one listing of the build run. */
  assets: Record<string, AssetEntry>;
}

/** A published release, reduced to what the asset gates read. */
export interface ReleaseFact {
  id: number;
  tag: string;
  htmlUrl: string;
  prerelease: boolean;
  assets: AssetEntry[];
}

/** Assets per page of the assets listing; also the embedded count beyond which it is used. */
const ASSETS_PAGE_SIZE = 100;

/** The published release of `tag`, or null (drafts have no tag as far as the API is concerned). */
export function releaseByTag(facts: FactStore, repo: Repository, tag: string): Promise<ReleaseFact | null> {
  return facts.memo(`release:${repo.owner}/${repo.repo}:${tag}`, async () => {
    const octokit = facts.github.octokit;
    let data: Record<string, unknown>;
    try {
      ({ data } = (await octokit.rest.repos.getReleaseByTag({ ...repo, tag })) as {
        data: Record<string, unknown>;
      });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw toGateError(error, `the release of tag '${tag}'`);
    }
    const id = typeof data.id === 'number' ? data.id : null;
    if (id === null)
      throw new GateError('API_ERROR', `GitHub returned the release of tag '${tag}' without an id.`);
    let rawAssets = Array.isArray(data.assets) ? (data.assets as unknown[]) : [];
    // The release payload embeds its assets; a release with very many may not embed them all,
    // so past one page's worth the paginated listing is the authority.
    if (rawAssets.length >= ASSETS_PAGE_SIZE) {
      try {
        rawAssets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
          ...repo,
          release_id: id,
          per_page: ASSETS_PAGE_SIZE,
        });
      } catch (error) {
        throw toGateError(error, `the assets of release '${tag}'`);
      }
    }
    return {
      id,
      tag,
      htmlUrl: typeof data.html_url === 'string' ? data.html_url : '',
      prerelease: data.prerelease === true,
      assets: rawAssets.map(toReleaseAsset).filter((asset): asset is AssetEntry => asset !== null),
    };
  });
}

function toReleaseAsset(payload: unknown): AssetEntry | null {
  const raw = (payload ?? {}) as Record<string, unknown>;
  if (typeof raw.id !== 'number' || typeof raw.name !== 'string') return null;
  // An asset still uploading (state 'starter') has no complete bytes yet: not available.
  if (raw.state !== undefined && raw.state !== 'uploaded') return null;
  return {
    name: raw.name,
    size: typeof raw.size === 'number' ? raw.size : null,
    digest: parseApiDigest(raw.digest),
    expired: false,
    origin: { kind: 'release_asset', id: raw.id },
  };
}

export interface ListAssetsOptions {
  source: AssetSourceKind;
  /** Build workflow file searched for the build run when the evaluation names none. */
  workflow: string;
  /** Names to look up among build artifacts (a release lists all of its assets anyway). */
  names: readonly string[];
  /** Glob (picomatch) of the artifacts opened to find files inside them; absent: every artifact. */
  artifacts?: string;
  /** Largest artifact opened to look inside. */
  maxArchiveBytes?: number;
}

/** The assets of this evaluation's release, from the release of the tag or the build run. */
export async function listAssets(
  facts: FactStore,
  ctx: EvalContext,
  options: ListAssetsOptions,
): Promise<AssetListing> {
  const repo = ctx.repository;
  if (options.source === 'release') {
    const tag = requireTag(ctx, 'a release');
    const release = await releaseByTag(facts, repo, tag);
    const where = `release ${tag}`;
    if (!release) {
      return {
        source: 'release',
        where,
        link: null,
        absent: `${repo.owner}/${repo.repo} has no published release for tag '${tag}'`,
        assets: {},
      };
    }
    return {
      source: 'release',
      where,
      link: release.htmlUrl ? { title: `Release ${tag}`, url: release.htmlUrl } : null,
      absent: null,
      assets: Object.fromEntries(release.assets.map((asset) => [asset.name, asset])),
    };
  }
  const found = await trustedBuildRun(facts, ctx, options.workflow);
  if (!found.ok)
    return { source: 'build_artifacts', where: found.where, link: null, absent: found.reason, assets: {} };
  const { run, where } = found;
  const wanted = [...new Set(options.names)];
  const artifacts = await Promise.all(wanted.map((name) => findRunArtifact(facts, repo, run.id, name)));
  const assets: Record<string, AssetEntry> = {};
  for (const artifact of artifacts) {
    if (!artifact) continue;
    assets[artifact.name] = {
      name: artifact.name,
      // The API's size is the zip's, not the file's.
      size: null,
      digest: parseApiDigest(artifact.digest),
      expired: artifact.expired,
      origin: { kind: 'artifact', artifact },
    };
  }
  const notOwn = wanted.filter((name) => !assets[name]);
  if (notOwn.length > 0) {
    const inside = await filesInsideArtifacts(facts, repo, run.id, notOwn, options);
    Object.assign(assets, inside);
  }
  return {
    source: 'build_artifacts',
    where,
    link: run.htmlUrl ? { title: `Build run ${run.id}`, url: run.htmlUrl } : null,
    absent: null,
    assets,
  };
}

/**
 * Files found inside the run's artifacts (those matching `options.artifacts`, each downloaded
 * once): plasmite's `dist-<target>` zips hold `plasmite_<version>_<platform>.tar.gz`. A file is
 * matched by its name in the zip, in any folder. An artifact that cannot be opened is a
 * refusal for the whole listing, never "the file is missing".
 */
async function filesInsideArtifacts(
  facts: FactStore,
  repo: Repository,
  runId: number,
  names: readonly string[],
  options: ListAssetsOptions,
): Promise<Record<string, AssetEntry>> {
  const maxBytes = options.maxArchiveBytes ?? DEFAULT_ARCHIVE_MAX_BYTES;
  const matches = options.artifacts ? picomatch(options.artifacts) : () => true;
  const listed = await listRunArtifacts(facts, repo, runId);
  const opened = listed.filter((artifact) => matches(artifact.name) && !names.includes(artifact.name));
  const found: Record<string, AssetEntry> = {};
  const contents = await Promise.all(
    opened
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(async (artifact) => ({ artifact, read: await filesInArtifact(facts, repo, artifact, maxBytes) })),
  );
  for (const { artifact, read } of contents) {
    if ('refusal' in read) throw refusalError(read.refusal, `artifact '${artifact.name}' of run ${runId}`);
    for (const path of read.names) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (!names.includes(name)) continue;
      const earlier = found[name];
      if (earlier) {
        earlier.alsoIn = [...(earlier.alsoIn ?? []), artifact.name];
        continue;
      }
      found[name] = {
        name,
        size: null,
        digest: null,
        expired: false,
        origin: { kind: 'artifact_file', artifact, path, archiveMaxBytes: maxBytes },
      };
    }
  }
  return found;
}

/** Largest artifact opened to look for files inside it, unless the gate says otherwise. */
export const DEFAULT_ARCHIVE_MAX_BYTES = 2 * 1024 * 1024 * 1024;

/** A refusal as the error a gate ends in: the shared code, a sentence naming what was read. */
function requireTag(ctx: EvalContext, what: string): string {
  if (!ctx.tag)
    throw new GateError('NOT_A_TAG', `'${ctx.refName}' is not a tag, so it has no ${what}. Evaluate a tag.`);
  return ctx.tag;
}

// ---------------------------------------------------------------------------------------------
// Reading and hashing

/** The bytes of a (small) asset, e.g. a checksums file. */
export function readAsset(
  facts: FactStore,
  repo: Repository,
  asset: AssetEntry,
  maxBytes: number,
): Promise<Buffer> {
  const origin = asset.origin;
  // Artifact downloads are memoized inside artifacts.ts already.
  if (origin.kind !== 'release_asset') return artifactAssetBytes(facts, repo, asset, maxBytes);
  return facts.memo(`asset-bytes:${assetKey(repo, origin.id)}:${maxBytes}`, () =>
    onceMoreIfCut(async () => {
      const chunks: Buffer[] = [];
      await streamReleaseAsset(facts, repo, asset, origin.id, maxBytes, (chunk) =>
        chunks.push(Buffer.from(chunk)),
      );
      return Buffer.concat(chunks);
    }),
  );
}

/** The sha256 hex of an asset's bytes, streamed (release) or read from the verified artifact. */
export async function hashAsset(
  facts: FactStore,
  repo: Repository,
  asset: AssetEntry,
  maxBytes: number,
): Promise<string> {
  const origin = asset.origin;
  if (origin.kind !== 'release_asset') {
    const bytes = await artifactAssetBytes(facts, repo, asset, maxBytes);
    return createHash('sha256').update(bytes).digest('hex');
  }
  return facts.memo(`asset-sha256:${assetKey(repo, origin.id)}:${maxBytes}`, () =>
    onceMoreIfCut(async () => {
      const hash = createHash('sha256');
      await streamReleaseAsset(facts, repo, asset, origin.id, maxBytes, (chunk) => hash.update(chunk));
      return hash.digest('hex');
    }),
  );
}

/**
 * A download whose connection broke mid-body (or ended short of the listed size) is tried once
 * more from the start, as the API client retries a dropped request; anything else is final.
 */
async function onceMoreIfCut<T>(download: () => Promise<T>): Promise<T> {
  try {
    return await download();
  } catch (error) {
    if (!(error instanceof GateError) || error.details.cut !== true) throw error;
    return download();
  }
}

function assetKey(repo: Repository, releaseAssetId: number): string {
  return `${repo.owner}/${repo.repo}:${releaseAssetId}`;
}

/**
 * Streams a release asset through the API (`Accept: application/octet-stream`, which answers
 * with a redirect to storage that fetch follows), feeding each chunk to `onChunk`.
 */
async function streamReleaseAsset(
  facts: FactStore,
  repo: Repository,
  asset: AssetEntry,
  assetId: number,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const what = `release asset '${asset.name}'`;
  if (asset.size !== null && asset.size > maxBytes) {
    throw new GateError(
      'ASSET_TOO_LARGE',
      `${capitalize(what)} is ${asset.size} bytes, over the ${maxBytes}-byte limit for downloads.`,
      {
        asset: asset.name,
        size: asset.size,
        max_bytes: maxBytes,
      },
    );
  }
  let body: AsyncIterable<Uint8Array> | null;
  try {
    const response = await facts.github.octokit.request(
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      {
        ...repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
      },
    );
    body = response.data as unknown as AsyncIterable<Uint8Array> | null;
  } catch (error) {
    throw toGateError(error, what);
  }
  let received = 0;
  try {
    for await (const chunk of body ?? []) {
      received += chunk.length;
      if (received > maxBytes) {
        throw new GateError(
          'ASSET_TOO_LARGE',
          `${capitalize(what)} sent more than ${maxBytes} bytes, the limit for downloads; download stopped.`,
          {
            asset: asset.name,
            max_bytes: maxBytes,
          },
        );
      }
      if (asset.size !== null && received > asset.size) {
        throw new GateError(
          'ASSET_DOWNLOAD_FAILED',
          `${capitalize(what)} sent more than the ${asset.size} bytes GitHub lists for it; download stopped.`,
          {
            asset: asset.name,
            size: asset.size,
          },
        );
      }
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof GateError) throw error;
    const reason = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new GateError(
      'ASSET_DOWNLOAD_FAILED',
      `Downloading ${what} failed after ${received} bytes: ${reason}`,
      { asset: asset.name, cut: true },
    );
  }
  if (asset.size !== null && received !== asset.size) {
    throw new GateError(
      'ASSET_DOWNLOAD_FAILED',
      `Downloading ${what} ended after ${received} of ${asset.size} bytes (cut short).`,
      {
        asset: asset.name,
        received,
        size: asset.size,
        cut: true,
      },
    );
  }
}

/**
 * The bytes of a build-artifact asset: the artifact that is the file (uploaded unzipped, or a
 * zip holding it), or the file inside an artifact that holds several. The archive is
 * downloaded once whatever `maxBytes` the reader asks for; the file itself must fit it.
 */
async function artifactAssetBytes(
  facts: FactStore,
  repo: Repository,
  asset: AssetEntry,
  maxBytes: number,
): Promise<Buffer> {
  const origin = asset.origin;
  if (origin.kind === 'release_asset') throw new Error('not an artifact');
  const artifact = origin.artifact;
  const what = `artifact '${artifact.name}' of run ${artifact.workflowRunId}`;
  if (origin.kind === 'artifact')
    return artifactFile(facts, repo, artifact, { file: asset.name, orWhole: true, maxBytes });
  const read = await fileInArtifact(facts, repo, artifact, artifact.name, {
    file: origin.path,
    maxBytes: origin.archiveMaxBytes,
  });
  if ('refusal' in read) throw refusalError(read.refusal, what);
  if (read.bytes.length > maxBytes) {
    throw new GateError(
      'OUTPUT_TOO_LARGE',
      `'${origin.path}' in ${what} is ${read.bytes.length} bytes, over the ${maxBytes}-byte limit.`,
      { artifact: artifact.name, file: origin.path, size: read.bytes.length, max_bytes: maxBytes },
    );
  }
  return read.bytes;
}

export interface ArtifactFileOptions {
  /** Path of the file inside the artifact's zip. */
  file: string;
  /**
   * An artifact uploaded unzipped (upload-artifact's `archive: false`) is the file itself:
   * accept the whole download when it is not a zip holding `file`.
   */
  orWhole: boolean;
  maxBytes: number;
}

/**
 * One file of a run's artifact, from a download whose sha256 matched the API's digest; a
 * refusal is thrown with its shared code (facts/build/refusals.ts).
 */
export async function artifactFile(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  options: ArtifactFileOptions,
): Promise<Buffer> {
  const read = await fileInArtifact(facts, repo, artifact, artifact.name, options);
  if ('refusal' in read)
    throw refusalError(read.refusal, `artifact '${artifact.name}' of run ${artifact.workflowRunId}`);
  return read.bytes;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
