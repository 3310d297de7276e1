// Workflow-run artifacts: looked up by name inside one run (never by a bare id, which could
// name any run's artifact), and downloaded with @actions/artifact with the API's digest
// checked. The archive comes back as bytes; nothing of it is extracted here (see util/zip.ts).
//
// Bounding the download. @actions/artifact retries a failed blob download five times with
// five-second sleeps, its blob request may wait three minutes for headers and thirty seconds
// per stalled chunk, and its own API request has no timeout: left alone, one broken blob can
// hold a gate for over fifteen minutes. So the blob is fetched here first, with a timeout
// and a size cap (the "probe", retried once after a 5xx or a dropped connection). A blob
// that fails, stalls, is cut short or does not match its digest ends the download there,
// without the library. Only a blob that just proved healthy goes to the library, whose call
// is then raced against LIBRARY_DEADLINE_MS. Worst case for the gate: the API client's own
// bound on the redirect request, 2 × PROBE_TIMEOUT_MS + 1 s, then LIBRARY_DEADLINE_MS. The
// cost is a second blob read of at most `maxBytes` (blob reads are not API requests).
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { GateError, type Repository } from '../engine/types.js';
import { toGateError } from '../github/errors.js';
import type { FactStore } from './store.js';

/** An artifact of a workflow run, as the API lists it. */
export interface RunArtifact {
  id: number;
  name: string;
  /** Size of the zip, as the API reports it. */
  sizeInBytes: number;
  expired: boolean;
  /** `sha256:<hex>` of the zip, recorded at upload; null for artifacts uploaded before digests existed. */
  digest: string | null;
  createdAt: string | null;
  expiresAt: string | null;
  workflowRunId: number;
}

/** What a download ended in, short of an error (those are thrown as GateError). */
export type ArtifactDownload =
  | { outcome: 'downloaded'; archive: Buffer; sha256: string }
  /** The API gives no sha256 digest, so the bytes cannot be verified: refused, never trusted. */
  | { outcome: 'unverifiable'; digest: string | null }
  | { outcome: 'digest_mismatch'; expected: string; actual: string }
  | { outcome: 'expired' }
  | { outcome: 'too_large'; bytes: number; maxBytes: number };

/** The part of @actions/artifact's client used here; tests may pass their own. */
export interface ArtifactDownloader {
  downloadArtifact(
    artifactId: number,
    options: {
      path: string;
      expectedHash: string;
      skipDecompress: boolean;
      findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string };
    },
  ): Promise<{ downloadPath?: string; digestMismatch?: boolean }>;
}

export interface DownloadOptions {
  /** Largest archive accepted, whatever the API says its size is. */
  maxBytes: number;
  /** Longest the probe may take, headers to last byte. */
  probeTimeoutMs?: number;
  /** Longest @actions/artifact may take before the download counts as failed. */
  libraryDeadlineMs?: number;
  /** Directory under which a private temporary directory is made (and removed) for the library. */
  tempRoot?: string;
  /** Loads the downloader; default: @actions/artifact, imported only now (it is heavy). */
  loadDownloader?: () => Promise<ArtifactDownloader>;
}

export const PROBE_TIMEOUT_MS = 30_000;
const PROBE_ATTEMPTS = 2;
const PROBE_RETRY_PAUSE_MS = 1_000;
/** Room for one of the library's own 5 s retry pauses on a blob that just answered well. */
export const LIBRARY_DEADLINE_MS = 60_000;

const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/i;

/**
 * The token @actions/artifact authenticates with (it builds its own client, so it needs the
 * raw token). Today it is the `token` input, carried by this repository's client; this one
 * accessor is where that would change.
 */
export function artifactDownloadToken(facts: FactStore): string {
  const token = facts.github.token;
  if (!token)
    throw new GateError('NO_TOKEN', 'No GitHub token for artifact downloads: set the `token` input.');
  return token;
}

/** Every artifact of run `runId` named `name` (memoized per run and name). */
export function listRunArtifacts(
  facts: FactStore,
  repo: Repository,
  runId: number,
  name: string,
): Promise<RunArtifact[]> {
  return facts.memo(`run-artifacts:${repo.owner}/${repo.repo}:${runId}:${name}`, async () => {
    const github = facts.github;
    let listed: unknown[];
    try {
      listed = await github.octokit.paginate(github.octokit.rest.actions.listWorkflowRunArtifacts, {
        ...repo,
        run_id: runId,
        name,
        per_page: 100,
      });
    } catch (error) {
      throw toGateError(error, `artifacts of run ${runId}`);
    }
    // Re-checked here: an artifact of another run, or of another name, is never this one.
    return listed
      .map((payload) => toRunArtifact(payload, runId))
      .filter((a): a is RunArtifact => a !== null && a.name === name && a.workflowRunId === runId);
  });
}

/**
 * The artifact named `name` in run `runId`, or null. Upload-artifact v4 keeps names unique in
 * a run; should several exist anyway, the newest upload is the run's last word.
 */
export async function findRunArtifact(
  facts: FactStore,
  repo: Repository,
  runId: number,
  name: string,
): Promise<RunArtifact | null> {
  const artifacts = await listRunArtifacts(facts, repo, runId, name);
  const newestFirst = [...artifacts].sort(
    (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id,
  );
  return newestFirst[0] ?? null;
}

/**
 * Downloads a run's artifact as zip bytes whose sha256 equals the API's digest, or says why
 * not. Memoized, so gates reading files of one artifact share one download. Transport
 * problems are thrown as GateError (ARTIFACT_DOWNLOAD_FAILED, TIMEOUT, ...).
 */
export async function downloadRunArtifact(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  options: DownloadOptions,
): Promise<ArtifactDownload> {
  // What the listing already refuses costs no request (and is not memoized: it is free).
  const expected = SHA256_DIGEST.exec(artifact.digest ?? '')?.[1]?.toLowerCase();
  if (!expected) return { outcome: 'unverifiable', digest: artifact.digest };
  if (artifact.expired) return { outcome: 'expired' };
  if (artifact.sizeInBytes > options.maxBytes) {
    return { outcome: 'too_large', bytes: artifact.sizeInBytes, maxBytes: options.maxBytes };
  }
  const key = `artifact-download:${repo.owner}/${repo.repo}:${artifact.workflowRunId}:${artifact.id}:${expected}:${options.maxBytes}`;
  return facts.memo(key, () => download(facts, repo, artifact, expected, options));
}

/** The network part: `expected` is the lowercase hex of the API's sha256 digest. */
async function download(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  expected: string,
  options: DownloadOptions,
): Promise<ArtifactDownload> {
  const github = facts.github;
  // The library builds its own client from GITHUB_API_URL; it must be the server this
  // evaluation reads, or the token would go elsewhere.
  const libraryBaseUrl = actionsDefaults.baseUrl ?? 'https://api.github.com';
  if (trimSlash(libraryBaseUrl) !== trimSlash(github.baseUrl)) {
    throw new GateError(
      'ARTIFACT_DOWNLOAD_FAILED',
      `Cannot download artifact '${artifact.name}': @actions/artifact would use ${libraryBaseUrl}, but this evaluation reads ${github.baseUrl}. Set GITHUB_API_URL to ${github.baseUrl}.`,
    );
  }
  const what = `artifact '${artifact.name}' (id ${artifact.id}) of run ${artifact.workflowRunId}`;

  const blobUrl = await resolveBlobUrl(facts, repo, artifact, what);
  if (blobUrl === 'expired') return { outcome: 'expired' };
  const probe = await probeBlob(facts, blobUrl, options, what);
  if ('tooLarge' in probe) return { outcome: 'too_large', bytes: probe.tooLarge, maxBytes: options.maxBytes };
  const probeDigest = sha256(probe.bytes);
  if (probeDigest !== expected) {
    return { outcome: 'digest_mismatch', expected: `sha256:${expected}`, actual: `sha256:${probeDigest}` };
  }

  const downloaded = await downloadWithLibrary(facts, repo, artifact, expected, options, what);
  if ('tooLarge' in downloaded)
    return { outcome: 'too_large', bytes: downloaded.tooLarge, maxBytes: options.maxBytes };
  const actual = sha256(downloaded.bytes);
  if (downloaded.libraryMismatch || actual !== expected) {
    return { outcome: 'digest_mismatch', expected: `sha256:${expected}`, actual: `sha256:${actual}` };
  }
  return { outcome: 'downloaded', archive: downloaded.bytes, sha256: `sha256:${actual}` };
}

/** The signed blob URL the API redirects an artifact download to, or 'expired' (410). */
async function resolveBlobUrl(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  what: string,
): Promise<string | 'expired'> {
  let location: string | undefined;
  let status: number;
  try {
    const response = await facts.github.octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    status = response.status;
    location = response.headers.location;
  } catch (error) {
    if ((error as { status?: number }).status === 410) return 'expired';
    throw toGateError(error, what);
  }
  if (status !== 302 || !location) {
    throw new GateError(
      'ARTIFACT_DOWNLOAD_FAILED',
      `Downloading ${what}: GitHub answered ${status} without a redirect to the archive.`,
      { status },
    );
  }
  return location;
}

type BlobRead = { bytes: Buffer } | { tooLarge: number };

/**
 * The probe: the blob read once more after a pause when storage failed in a way that may
 * pass (a 5xx, a dropped connection), as the API client retries; never after a timeout.
 */
async function probeBlob(
  facts: FactStore,
  url: string,
  options: DownloadOptions,
  what: string,
): Promise<BlobRead> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchBlob(url, options.maxBytes, options.probeTimeoutMs ?? PROBE_TIMEOUT_MS, what);
    } catch (error) {
      const transient = error instanceof GateError && error.details.transient === true;
      if (!transient || attempt >= PROBE_ATTEMPTS) throw error;
      await facts.sleep(PROBE_RETRY_PAUSE_MS);
    }
  }
}

/** Reads the blob whole within `timeoutMs`, stopping as soon as it passes `maxBytes`. */
async function fetchBlob(url: string, maxBytes: number, timeoutMs: number, what: string): Promise<BlobRead> {
  const shownUrl = withoutQuery(url); // the query is a signature: never in a message
  // The proxy-aware fetch the GitHub client uses, so a runner behind a proxy reaches the blob too.
  const fetchBlobUrl = (actionsDefaults.request?.fetch ?? fetch) as typeof fetch;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchBlobUrl(url, { signal });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new GateError(
        'ARTIFACT_DOWNLOAD_FAILED',
        `Downloading ${what}: blob storage answered ${response.status} for ${shownUrl}.`,
        { status: response.status, transient: response.status >= 500 },
      );
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { tooLarge: declared };
    }
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of response.body ?? []) {
      received += (chunk as Uint8Array).length;
      if (received > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { tooLarge: received };
      }
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    if (error instanceof GateError) throw error;
    if (signal.aborted) {
      throw new GateError(
        'TIMEOUT',
        `Downloading ${what} took longer than ${Math.round(timeoutMs / 1000)} s (${shownUrl}).`,
      );
    }
    const reason = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new GateError('ARTIFACT_DOWNLOAD_FAILED', `Downloading ${what} failed: ${reason} (${shownUrl}).`, {
      transient: true,
    });
  }
}

type LibraryRead = { bytes: Buffer; libraryMismatch: boolean } | { tooLarge: number };

/** The download proper, through @actions/artifact, into a private directory removed afterwards. */
async function downloadWithLibrary(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  expected: string,
  options: DownloadOptions,
  what: string,
): Promise<LibraryRead> {
  const token = artifactDownloadToken(facts);
  const directory = await mkdtemp(path.join(options.tempRoot ?? tmpdir(), 'release-gates-artifact-'));
  try {
    const downloader = await (options.loadDownloader ?? loadArtifactClient)();
    // The library makes one API request (the redirect) with a client of its own: count it.
    facts.github.counter.count++;
    const deadlineMs = options.libraryDeadlineMs ?? LIBRARY_DEADLINE_MS;
    let result: { digestMismatch?: boolean };
    try {
      result = await withDeadline(
        downloader.downloadArtifact(artifact.id, {
          path: directory,
          expectedHash: `sha256:${expected}`,
          skipDecompress: true,
          findBy: {
            token,
            workflowRunId: artifact.workflowRunId,
            repositoryOwner: repo.owner,
            repositoryName: repo.repo,
          },
        }),
        deadlineMs,
      );
    } catch (error) {
      if (error === DEADLINE) {
        throw new GateError(
          'TIMEOUT',
          `Downloading ${what} with @actions/artifact took longer than ${Math.round(deadlineMs / 1000)} s.`,
        );
      }
      const name = (error as Error).name;
      if (name === 'GHESNotSupportedError') {
        throw new GateError(
          'ARTIFACT_DOWNLOAD_FAILED',
          `Cannot download ${what}: @actions/artifact does not support GitHub Enterprise Server.`,
        );
      }
      throw new GateError(
        'ARTIFACT_DOWNLOAD_FAILED',
        `Downloading ${what} failed: ${firstLine((error as Error).message)}`,
      );
    }
    // skipDecompress writes the archive as one file, named after the server's Content-Disposition.
    const files = await readdir(directory);
    if (files.length !== 1) {
      throw new GateError(
        'ARTIFACT_DOWNLOAD_FAILED',
        `Downloading ${what}: expected one archive, found ${files.length} files.`,
      );
    }
    const file = path.join(directory, files[0]!);
    const { size } = await stat(file);
    if (size > options.maxBytes) return { tooLarge: size };
    return { bytes: await readFile(file), libraryMismatch: result.digestMismatch === true };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function loadArtifactClient(): Promise<ArtifactDownloader> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

const DEADLINE = Symbol('deadline');

/** Rejects with DEADLINE after `ms`. The abandoned work cannot be cancelled: it ends on its own. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(DEADLINE), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** `listedRunId` is the run whose artifact list it came from, when the payload does not say. */
function toRunArtifact(payload: unknown, listedRunId: number): RunArtifact | null {
  const raw = (payload ?? {}) as Record<string, unknown>;
  const run = (raw.workflow_run ?? {}) as Record<string, unknown>;
  if (typeof raw.id !== 'number' || typeof raw.name !== 'string') return null;
  return {
    id: raw.id,
    name: raw.name,
    // A missing size reads as too large and a missing `expired` as expired: unknown never passes.
    sizeInBytes: typeof raw.size_in_bytes === 'number' ? raw.size_in_bytes : Number.POSITIVE_INFINITY,
    expired: raw.expired !== false,
    digest: typeof raw.digest === 'string' && raw.digest ? raw.digest : null,
    createdAt: typeof raw.created_at === 'string' ? raw.created_at : null,
    expiresAt: typeof raw.expires_at === 'string' ? raw.expires_at : null,
    workflowRunId: typeof run.id === 'number' ? run.id : listedRunId,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}
