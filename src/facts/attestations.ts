// A file's GitHub artifact attestations, verified. The list comes from
// `GET /repos/{owner}/{repo}/attestations/sha256:{digest}` (permission `attestations: read`;
// cursor-paginated through Link headers). Each entry carries its Sigstore bundle inline, or only
// a `bundle_url` to the bundle Snappy-compressed in storage, as the GitHub CLI reads it.
//
// Verification needs the Sigstore libraries, which are large: they are imported here on first
// use (src/supply-chain/verify.ts is a chunk of its own), never at start-up.
import path from 'node:path';
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { nodeFetch } from '../github/transport.js';
import type { BundleCheck, SigstoreTrust } from '../supply-chain/verify.js';
import { readWorkspaceFile } from './workspace.js';
import type { FactStore } from './store.js';

/** One attestation as the API lists it. */
export interface AttestationRecord {
  /** The bundle as JSON, when the API sends it inline. */
  bundle: unknown;
  /** Where the Snappy-compressed bundle can be fetched, when it is not inline. */
  bundleUrl: string | null;
  repositoryId: number | null;
}

/** An attestation of a file, after cryptographic verification. */
export type AttestationCheck = BundleCheck & { index: number; delivery: 'inline' | 'bundle_url' };

/** Enough for any real release; past it the listing is an error, never a silent cut. */
export const MAX_ATTESTATIONS = 300;
const PER_PAGE = 100;
/** Bundles are a few KiB; anything much bigger is not one. */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const BUNDLE_TIMEOUT_MS = 20_000;
/** A Sigstore trusted root is a few KiB. */
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;

/** The Sigstore verifier, a chunk of its own: imported by the first gate that verifies. */
async function loadVerifier(): Promise<typeof import('../supply-chain/verify.js')> {
  try {
    return await import('../supply-chain/verify.js');
  } catch (error) {
    throw new GateError(
      'VERIFIER_NOT_LOADED',
      `Cannot load the Sigstore verifier: ${(error as Error).message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`,
    );
  }
}

/** The attestations GitHub holds for a sha256 digest in this repository; none → []. */
export function listAttestations(
  facts: FactStore,
  repo: Repository,
  sha256: string,
): Promise<AttestationRecord[]> {
  return facts.memo(`attestations:${repo.owner}/${repo.repo}:${sha256}`, async () => {
    const octokit = facts.github.octokit;
    const records: AttestationRecord[] = [];
    try {
      const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        ...repo,
        subject_digest: `sha256:${sha256}`,
        per_page: PER_PAGE,
      });
      for await (const page of pages) {
        const list = (page.data as { attestations?: unknown }).attestations;
        if (!Array.isArray(list)) {
          throw new GateError(
            'API_ERROR',
            `GitHub answered the attestations of sha256:${sha256} without an 'attestations' list.`,
          );
        }
        records.push(...list.map(toRecord));
        if (records.length > MAX_ATTESTATIONS) {
          throw new GateError(
            'TOO_MANY_ATTESTATIONS',
            `sha256:${sha256} has more than ${MAX_ATTESTATIONS} attestations; not all could be read.`,
          );
        }
      }
    } catch (error) {
      // GitHub answers 404 for a digest it holds no attestation of (the GitHub CLI reads it so).
      if ((error as { status?: number }).status === 404) return [];
      throw toGateError(error, `the attestations of sha256:${sha256}`);
    }
    return records;
  });
}

function toRecord(payload: unknown): AttestationRecord {
  const raw = (payload ?? {}) as Record<string, unknown>;
  return {
    bundle: raw.bundle && typeof raw.bundle === 'object' ? raw.bundle : null,
    bundleUrl: typeof raw.bundle_url === 'string' && raw.bundle_url ? raw.bundle_url : null,
    repositoryId: typeof raw.repository_id === 'number' ? raw.repository_id : null,
  };
}

/**
 * The bundle behind a `bundle_url`: Snappy-compressed JSON in storage. The URL is signed, so no
 * GitHub token is sent (it may be another host).
 */
export function fetchBundle(facts: FactStore, url: string): Promise<unknown> {
  return facts.memo(`attestation-bundle:${url}`, async () => {
    const where = `the attestation bundle at ${safeUrl(url)}`;
    let compressed: Buffer;
    try {
      // Over node:http like every other request (proxies honoured; Node's own fetch would load
      // its copy of undici, about 13 MiB, for this one download).
      const response = await nodeFetch(url, {
        signal: AbortSignal.timeout(BUNDLE_TIMEOUT_MS),
        redirect: 'follow',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > MAX_BUNDLE_BYTES)
        throw new Error(`${length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
      compressed = Buffer.from(await response.arrayBuffer());
      if (compressed.length > MAX_BUNDLE_BYTES)
        throw new Error(`${compressed.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
    } catch (error) {
      throw new GateError('API_ERROR', `Could not fetch ${where}: ${(error as Error).message}.`, {
        url: safeUrl(url),
      });
    }
    try {
      const { uncompress } = (await import('snappyjs')).default;
      const json = Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8');
      return JSON.parse(json) as unknown;
    } catch (error) {
      throw new GateError(
        'API_ERROR',
        `${where} is not a Snappy-compressed JSON bundle: ${(error as Error).message}.`,
        { url: safeUrl(url) },
      );
    }
  });
}

/** The URL without its query string (a storage signature). */
function safeUrl(url: string): string {
  return url.split('?')[0]!;
}

export interface TrustOptions {
  /** Workspace path of a Sigstore trusted root JSON; null for Sigstore's public-good root via TUF. */
  trustedRoot: string | null;
}

/**
 * What bundles are verified against. Without a file: Sigstore's public-good root through TUF
 * (`RELEASE_GATES_TUF_MIRROR` + `RELEASE_GATES_TUF_ROOT` name another mirror and its root.json;
 * the cache goes under RUNNER_TEMP on a runner). Unreachable or unreadable: the gate errors.
 */
export function sigstoreTrust(facts: FactStore, options: TrustOptions): Promise<SigstoreTrust> {
  const file = options.trustedRoot;
  if (file) {
    return facts.memo(
      `sigstore-trust:file:${file}`,
      async () => {
        const read = await readWorkspaceFile(facts, file, MAX_TRUSTED_ROOT_BYTES);
        const source = `'${file}'`;
        if (read.kind !== 'ok') {
          throw new GateError(
            'TRUSTED_ROOT_UNAVAILABLE',
            read.kind === 'missing'
              ? `The trusted root ${source} does not exist in the workspace; no attestation can be verified without it.`
              : `The trusted root ${source} is ${read.size} bytes, over the ${read.maxBytes}-byte limit.`,
            { trusted_root: file },
          );
        }
        let json: unknown;
        try {
          json = JSON.parse(read.text);
        } catch (error) {
          throw new GateError(
            'TRUSTED_ROOT_UNAVAILABLE',
            `The trusted root ${source} is not JSON: ${(error as Error).message}.`,
            { trusted_root: file },
          );
        }
        return (await loadVerifier()).trustFromTrustedRoot(json, source);
      },
      'local',
    );
  }
  return facts.memo(
    'sigstore-trust:public-good',
    async () => {
      const env = facts.env;
      const cachePath =
        env.RELEASE_GATES_TUF_CACHE ||
        (env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'sigstore-tuf') : undefined);
      return (await loadVerifier()).publicGoodTrust({
        cachePath,
        mirrorURL: env.RELEASE_GATES_TUF_MIRROR || undefined,
        rootPath: env.RELEASE_GATES_TUF_ROOT || undefined,
      });
    },
    'local',
  );
}

/** Every attestation of the file, each verified as a statement about `sha256`. */
export async function verifiedAttestations(
  facts: FactStore,
  repo: Repository,
  sha256: string,
  trust: SigstoreTrust,
): Promise<AttestationCheck[]> {
  const records = await listAttestations(facts, repo, sha256);
  const { verifyAttestationBundle } = await loadVerifier();
  return Promise.all(
    records.map(async (record, index): Promise<AttestationCheck> => {
      if (record.bundle !== null)
        return { ...verifyAttestationBundle(record.bundle, sha256, trust), index, delivery: 'inline' };
      if (record.bundleUrl === null)
        return {
          ok: false,
          reason: 'GitHub listed it with neither a bundle nor a bundle_url',
          index,
          delivery: 'inline',
        };
      const bundle = await fetchBundle(facts, record.bundleUrl);
      return { ...verifyAttestationBundle(bundle, sha256, trust), index, delivery: 'bundle_url' };
    }),
  );
}
