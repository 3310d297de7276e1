// Artifact lookup and download against a small local server that answers like GitHub (the
// listing, the 302 to a signed blob URL) and like blob storage, with the real @actions/artifact.
// The probe must stop a broken blob before the library's minutes of retries begin.
import { jest } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtifactDownloader, DownloadOptions, RunArtifact } from '../../../src/facts/artifacts.js';
import { artifactFor, metadataZip, RUN_ID } from '../../gates/provenance/fixtures.js';

type BlobMode = 'ok' | 'tampered' | 'status500' | 'truncate' | 'stall';

// The first test loads @actions/artifact, which takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const ARCHIVE = metadataZip();
const ARTIFACT_ID = 555;
const state = {
  blobModes: [] as BlobMode[],
  apiGone: false,
  listing: [] as unknown[],
  log: [] as string[],
  pauses: [] as number[],
};

function answer(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  state.log.push(`${request.method} ${url.pathname}${url.search}`);
  if (url.pathname === `/repos/acme/plasmite/actions/runs/${RUN_ID}/artifacts`) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ total_count: state.listing.length, artifacts: state.listing }));
  } else if (url.pathname === `/repos/acme/plasmite/actions/artifacts/${ARTIFACT_ID}/zip`) {
    if (state.apiGone) {
      response.writeHead(410, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Artifact has expired' }));
      return;
    }
    response.writeHead(302, { location: `${baseUrl}/blobs/release-metadata.zip?sig=secret-signature` });
    response.end();
  } else if (url.pathname === '/blobs/release-metadata.zip') {
    const mode = state.blobModes.shift() ?? 'ok';
    if (mode === 'stall') return;
    if (mode === 'status500') {
      response.writeHead(500);
      response.end('server busy');
      return;
    }
    const body = mode === 'tampered' ? Buffer.concat([ARCHIVE, Buffer.from('x')]) : ARCHIVE;
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(body.length),
      'content-disposition': 'attachment; filename=release-metadata.zip',
    });
    if (mode === 'truncate') response.write(body.subarray(0, 20), () => response.socket?.destroy());
    else response.end(body);
  } else {
    response.writeHead(404);
    response.end('{}');
  }
}

const server = createServer(answer);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// @actions/github (and so @actions/artifact) fixes its API URL when first loaded.
process.env.GITHUB_API_URL = baseUrl;
const { createGitHub, RequestCounter } = await import('../../../src/github/client.js');
const { FactStore } = await import('../../../src/facts/store.js');
const { downloadRunArtifact, findRunArtifact } = await import('../../../src/facts/artifacts.js');

const REPO = { owner: 'acme', repo: 'plasmite' };

function newFacts(apiUrl = baseUrl) {
  const counter = new RequestCounter();
  const github = createGitHub({ token: 'ghs_test', baseUrl: apiUrl, counter, retries: 0 });
  // Pauses between probe attempts are recorded, not waited.
  const sleep = async (ms: number) => void state.pauses.push(ms);
  return {
    facts: new FactStore({ workspace: '/tmp', env: {}, github, externalGithub: null, sleep }),
    counter,
  };
}

const artifact: RunArtifact = artifactFor(ARCHIVE, { id: ARTIFACT_ID });
const options = (more: Partial<DownloadOptions> = {}): DownloadOptions => ({ maxBytes: 1048576, ...more });
const blobRequests = () => state.log.filter((line) => line.startsWith('GET /blobs/')).length;
const apiRedirects = () => state.log.filter((line) => line.endsWith(`/artifacts/${ARTIFACT_ID}/zip`)).length;

beforeEach(() => {
  state.blobModes = [];
  state.apiGone = false;
  state.log = [];
  state.listing = [];
  state.pauses = [];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('downloadRunArtifact with @actions/artifact', () => {
  it('downloads the archive, verifies its digest and removes its temporary directory', async () => {
    const { facts, counter } = newFacts();
    const tempRoot = mkdtempSync(path.join(tmpdir(), 'rg-artifacts-test-'));
    const result = await downloadRunArtifact(facts, REPO, artifact, options({ tempRoot }));
    expect(result).toEqual({ outcome: 'downloaded', archive: ARCHIVE, sha256: artifact.digest });
    // Ours and the library's redirect, the probe and the library's blob read.
    expect(apiRedirects()).toBe(2);
    expect(blobRequests()).toBe(2);
    expect(counter.count).toBe(2);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('downloads once for every gate that asks', async () => {
    const { facts } = newFacts();
    const [a, b] = await Promise.all([
      downloadRunArtifact(facts, REPO, artifact, options()),
      downloadRunArtifact(facts, REPO, artifact, options()),
    ]);
    expect(a).toBe(b);
    expect(blobRequests()).toBe(2);
  });

  it('stops at a probe whose bytes do not match the digest, without the library', async () => {
    state.blobModes = ['tampered'];
    const result = await downloadRunArtifact(newFacts().facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'digest_mismatch', expected: artifact.digest });
    expect(blobRequests()).toBe(1);
  });

  it("reports the library's digest mismatch as a mismatch, never a warning", async () => {
    state.blobModes = ['ok', 'tampered'];
    const result = await downloadRunArtifact(newFacts().facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'digest_mismatch', expected: artifact.digest });
    expect(blobRequests()).toBe(2);
  });

  it('reads the blob once more after a passing storage error', async () => {
    state.blobModes = ['status500'];
    const result = await downloadRunArtifact(newFacts().facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'downloaded' });
    expect(blobRequests()).toBe(3);
    expect(state.pauses).toEqual([1000]);
  });

  it('fails fast on a blob storage error instead of entering the library retry loop', async () => {
    state.blobModes = ['status500', 'status500', 'status500', 'status500', 'status500', 'status500'];
    const started = Date.now();
    await expect(downloadRunArtifact(newFacts().facts, REPO, artifact, options())).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message: expect.stringContaining(
        `blob storage answered 500 for ${baseUrl}/blobs/release-metadata.zip.`,
      ),
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(blobRequests()).toBe(2);
  });

  it('never shows the signed URL query in a message', async () => {
    state.blobModes = ['status500', 'status500'];
    await expect(downloadRunArtifact(newFacts().facts, REPO, artifact, options())).rejects.toMatchObject({
      message: expect.not.stringContaining('secret-signature'),
    });
  });

  it('fails on a body cut short', async () => {
    state.blobModes = ['truncate', 'truncate'];
    await expect(downloadRunArtifact(newFacts().facts, REPO, artifact, options())).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
    });
    expect(blobRequests()).toBe(2);
  });

  it('times out a stalled blob', async () => {
    state.blobModes = ['stall'];
    await expect(
      downloadRunArtifact(newFacts().facts, REPO, artifact, options({ probeTimeoutMs: 300 })),
    ).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    server.closeAllConnections();
  });

  it('bounds the library call by a deadline', async () => {
    const stuck: ArtifactDownloader = { downloadArtifact: () => new Promise(() => undefined) };
    const started = Date.now();
    const download = downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ libraryDeadlineMs: 200, loadDownloader: async () => stuck }),
    );
    await expect(download).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('@actions/artifact'),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('turns a library failure into an error', async () => {
    const failing: ArtifactDownloader = {
      downloadArtifact: async () =>
        Promise.reject(new Error('Unable to download and extract artifact: boom')),
    };
    await expect(
      downloadRunArtifact(newFacts().facts, REPO, artifact, options({ loadDownloader: async () => failing })),
    ).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message: expect.stringContaining('boom'),
    });
  });

  it('hands the library the run, the repository, the token and the expected digest', async () => {
    const seen: unknown[] = [];
    const recording: ArtifactDownloader = {
      downloadArtifact: async (id, given) => {
        seen.push({ id, ...given, path: 'TEMP' });
        const { writeFileSync } = await import('node:fs');
        writeFileSync(path.join(given.path, 'release-metadata.zip'), ARCHIVE);
        return { downloadPath: given.path, digestMismatch: false };
      },
    };
    await downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ loadDownloader: async () => recording }),
    );
    expect(seen).toEqual([
      {
        id: ARTIFACT_ID,
        path: 'TEMP',
        expectedHash: artifact.digest,
        skipDecompress: true,
        findBy: {
          token: 'ghs_test',
          workflowRunId: RUN_ID,
          repositoryOwner: 'acme',
          repositoryName: 'plasmite',
        },
      },
    ]);
  });

  it('reports an artifact that expired since it was listed (410)', async () => {
    state.apiGone = true;
    expect(await downloadRunArtifact(newFacts().facts, REPO, artifact, options())).toEqual({
      outcome: 'expired',
    });
    expect(blobRequests()).toBe(0);
  });

  it('stops reading past maxBytes, whatever the API said the size was', async () => {
    const small = { ...artifact, sizeInBytes: 10 };
    expect(await downloadRunArtifact(newFacts().facts, REPO, small, options({ maxBytes: 50 }))).toMatchObject(
      { outcome: 'too_large', maxBytes: 50 },
    );
  });

  it('refuses without a request what the listing already refuses', async () => {
    const { facts, counter } = newFacts();
    expect(await downloadRunArtifact(facts, REPO, { ...artifact, digest: null }, options())).toEqual({
      outcome: 'unverifiable',
      digest: null,
    });
    expect(
      await downloadRunArtifact(facts, REPO, { ...artifact, digest: 'sha1:abc' }, options()),
    ).toMatchObject({ outcome: 'unverifiable' });
    expect(await downloadRunArtifact(facts, REPO, { ...artifact, expired: true }, options())).toEqual({
      outcome: 'expired',
    });
    expect(
      await downloadRunArtifact(facts, REPO, { ...artifact, sizeInBytes: 2_000_000 }, options()),
    ).toMatchObject({ outcome: 'too_large' });
    expect(counter.count).toBe(0);
  });

  it('refuses to send the token to a server other than the one the library would use', async () => {
    await expect(
      downloadRunArtifact(newFacts('http://127.0.0.1:9').facts, REPO, artifact, options()),
    ).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message: expect.stringContaining('Set GITHUB_API_URL'),
    });
  });
});

describe('findRunArtifact', () => {
  const listed = (overrides: Record<string, unknown>) => ({
    id: 1,
    name: 'release-metadata',
    size_in_bytes: 100,
    expired: false,
    digest: 'sha256:' + 'a'.repeat(64),
    created_at: '2026-03-01T10:00:00Z',
    expires_at: '2026-05-30T10:00:00Z',
    workflow_run: { id: RUN_ID },
    ...overrides,
  });

  it('asks the run for the artifact by name and takes the newest', async () => {
    state.listing = [
      listed({ id: 1 }),
      listed({ id: 2, created_at: '2026-03-01T11:00:00Z' }),
      listed({ id: 3, workflow_run: { id: 1 } }),
    ];
    const { facts } = newFacts();
    const found = await findRunArtifact(facts, REPO, RUN_ID, 'release-metadata');
    expect(found).toMatchObject({ id: 2, digest: 'sha256:' + 'a'.repeat(64), workflowRunId: RUN_ID });
    await findRunArtifact(facts, REPO, RUN_ID, 'release-metadata');
    expect(state.log).toEqual([
      `GET /repos/acme/plasmite/actions/runs/${RUN_ID}/artifacts?name=release-metadata&per_page=100`,
    ]);
  });

  it('ignores artifacts of other names or runs, and reads unknown fields as refusals', async () => {
    state.listing = [listed({ id: 4, name: 'other' }), listed({ id: 5, workflow_run: { id: 1 } })];
    expect(await findRunArtifact(newFacts().facts, REPO, RUN_ID, 'release-metadata')).toBeNull();
    state.listing = [
      listed({ id: 6, size_in_bytes: undefined, expired: undefined, digest: '', workflow_run: undefined }),
    ];
    expect(await findRunArtifact(newFacts().facts, REPO, RUN_ID, 'release-metadata')).toMatchObject({
      id: 6,
      sizeInBytes: Number.POSITIVE_INFINITY,
      expired: true,
      digest: null,
      workflowRunId: RUN_ID,
    });
  });
});
