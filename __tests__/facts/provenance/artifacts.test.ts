// Artifact listing and download against a small local server that answers like GitHub (the
// run's artifact listing, the 302 to a signed blob URL) and like blob storage, with the real
// @actions/artifact, and with stand-ins for the library where a test needs it to stall or
// throw. Each artifact is downloaded once, by the library; every failure ends in its own error
// within a bounded time, never in "missing" and never in a pass.
import { jest } from '@jest/globals';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtifactDownloader, DownloadOptions, RunArtifact } from '../../../src/facts/artifacts.js';
import { artifactFor, metadataZip, RUN_ID } from '../../gates/provenance/fixtures.js';
import { RequestCounter } from '../../../src/github/counter.js';

type BlobMode = 'ok' | 'tampered';
type RedirectMode = 'ok' | 'status500' | 'status403' | 'gone' | 'rate-limited';

// The first test loads @actions/artifact, which takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const ARCHIVE = metadataZip();
const ARTIFACT_ID = 555;
const state = {
  blobModes: [] as BlobMode[],
  redirectModes: [] as RedirectMode[],
  /** Pages of the run's artifact listing, as answered (each a JSON body). */
  pages: [] as unknown[],
  log: [] as string[],
  pauses: [] as number[],
};

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  state.log.push(`${request.method} ${url.pathname}${url.search}`);
  if (url.pathname === `/repos/acme/plasmite/actions/runs/${RUN_ID}/artifacts`) {
    const page = Number(url.searchParams.get('page') ?? '1');
    const next: Record<string, string> =
      page < state.pages.length
        ? { link: `<${baseUrl}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"` }
        : {};
    json(response, 200, state.pages[page - 1] ?? { total_count: 0, artifacts: [] }, next);
  } else if (url.pathname === `/repos/acme/plasmite/actions/artifacts/${ARTIFACT_ID}/zip`) {
    const mode = state.redirectModes.shift() ?? 'ok';
    if (mode === 'gone') return json(response, 410, { message: 'Artifact has expired' });
    if (mode === 'status500') return json(response, 500, { message: 'Server Error' });
    if (mode === 'status403')
      return json(response, 403, { message: 'Resource not accessible by integration' });
    if (mode === 'rate-limited') {
      return json(
        response,
        403,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '2' },
      );
    }
    response.writeHead(302, { location: `${baseUrl}/blobs/release-metadata.zip?sig=secret-signature` });
    response.end();
  } else if (url.pathname === '/blobs/release-metadata.zip') {
    const mode = state.blobModes.shift() ?? 'ok';
    const body = mode === 'tampered' ? Buffer.concat([ARCHIVE, Buffer.from('x')]) : ARCHIVE;
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(body.length),
      'content-disposition': 'attachment; filename=release-metadata.zip',
    });
    response.end(body);
  } else {
    json(response, 404, {});
  }
}

const server = createServer(answer);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// @actions/github (and so @actions/artifact) fixes its API URL when first loaded.
process.env.GITHUB_API_URL = baseUrl;
const { createGitHub } = await import('../../../src/github/client.js');
const { FactStore } = await import('../../../src/facts/store.js');
const { downloadRunArtifact, findRunArtifact, listRunArtifacts, attemptDeadlineMs, ATTEMPT_DEADLINE_MS } =
  await import('../../../src/facts/artifacts.js');

// @actions/artifact reports its progress on stdout as workflow commands; keep test output readable.
const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

const REPO = { owner: 'acme', repo: 'plasmite' };

function newFacts(apiUrl = baseUrl) {
  const counter = new RequestCounter();
  const github = createGitHub({ token: 'ghs_test', baseUrl: apiUrl, counter, retries: 0 });
  // Pauses between library calls are recorded, not waited.
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

/** A stand-in for the library that writes `bytes` as the archive and reports `digestMismatch`. */
function writing(bytes: Buffer, digestMismatch = false): ArtifactDownloader & { calls: number } {
  const downloader = {
    calls: 0,
    downloadArtifact: async (_id: number, given: { path: string }) => {
      downloader.calls++;
      writeFileSync(path.join(given.path, 'release-metadata.zip'), bytes);
      return { downloadPath: given.path, digestMismatch };
    },
  };
  return downloader;
}

/** A stand-in that never answers for the first `stalls` calls, then behaves like `then`. */
function stalling(stalls: number, then?: ArtifactDownloader): ArtifactDownloader & { calls: number } {
  const downloader = {
    calls: 0,
    downloadArtifact: (id: number, given: Parameters<ArtifactDownloader['downloadArtifact']>[1]) => {
      downloader.calls++;
      if (downloader.calls <= stalls || !then) return new Promise<never>(() => undefined);
      return then.downloadArtifact(id, given);
    },
  };
  return downloader;
}

beforeEach(() => {
  state.blobModes = [];
  state.redirectModes = [];
  state.log = [];
  state.pages = [];
  state.pauses = [];
});

afterAll(async () => {
  quiet.mockRestore();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('downloadRunArtifact with @actions/artifact', () => {
  it('downloads once: one redirect, one blob read, the digest verified, the temporary directory removed', async () => {
    const { facts, counter } = newFacts();
    const tempRoot = mkdtempSync(path.join(tmpdir(), 'rg-artifacts-test-'));
    const result = await downloadRunArtifact(facts, REPO, artifact, options({ tempRoot }));
    expect(result).toEqual({ outcome: 'downloaded', archive: ARCHIVE, sha256: artifact.digest });
    expect(apiRedirects()).toBe(1);
    expect(blobRequests()).toBe(1);
    expect(counter.count).toBe(1); // the library's redirect, counted
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('downloads once for every gate that asks', async () => {
    const { facts } = newFacts();
    const [a, b] = await Promise.all([
      downloadRunArtifact(facts, REPO, artifact, options()),
      downloadRunArtifact(facts, REPO, artifact, options()),
    ]);
    expect(a).toBe(b);
    expect(blobRequests()).toBe(1);
  });

  it('bytes that do not hash to the digest are a mismatch, never retried', async () => {
    state.blobModes = ['tampered'];
    const result = await downloadRunArtifact(newFacts().facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'digest_mismatch', expected: artifact.digest });
    expect(result).not.toMatchObject({ actual: artifact.digest });
    expect(blobRequests()).toBe(1);
    expect(apiRedirects()).toBe(1);
  });

  it('hashes the bytes itself: matching bytes the library calls a mismatch are a mismatch', async () => {
    const result = await downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ loadDownloader: async () => writing(ARCHIVE, true) }),
    );
    expect(result).toMatchObject({ outcome: 'digest_mismatch', expected: artifact.digest });
  });

  it('hashes the bytes itself: other bytes the library calls fine are a mismatch', async () => {
    const other = Buffer.concat([ARCHIVE, Buffer.from('appended')]);
    const result = await downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ loadDownloader: async () => writing(other, false) }),
    );
    expect(result).toMatchObject({ outcome: 'digest_mismatch', expected: artifact.digest });
  });

  it('a file over maxBytes is too large, whatever the API said its size was', async () => {
    const big = Buffer.alloc(5000, 1);
    const result = await downloadRunArtifact(
      newFacts().facts,
      REPO,
      { ...artifact, sizeInBytes: 10 },
      options({ maxBytes: 100, loadDownloader: async () => writing(big) }),
    );
    expect(result).toEqual({ outcome: 'too_large', bytes: 5000, maxBytes: 100 });
  });

  it('a library call that stalls is tried once more, then is a TIMEOUT naming the artifact', async () => {
    const stuck = stalling(Infinity);
    const started = Date.now();
    const download = downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ attemptDeadlineMs: 200, loadDownloader: async () => stuck }),
    );
    await expect(download).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringMatching(
        /^Downloading artifact 'release-metadata' \(id 555\) of run 4242 with @actions\/artifact did not finish within 0\.2 s on any of 2 tries: .*Re-run the job/,
      ),
      details: { attempts: 2, deadline_ms: 200 },
    });
    expect(stuck.calls).toBe(2);
    expect(state.pauses).toEqual([1000]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a library call that stalls once is recovered by the second', async () => {
    const once = stalling(1, writing(ARCHIVE));
    const result = await downloadRunArtifact(
      newFacts().facts,
      REPO,
      artifact,
      options({ attemptDeadlineMs: 200, loadDownloader: async () => once }),
    );
    expect(result).toMatchObject({ outcome: 'downloaded', sha256: artifact.digest });
    expect(once.calls).toBe(2);
  });

  it('the deadline grows with the size the API reports (a 1 MiB/s floor)', () => {
    expect(attemptDeadlineMs(1000)).toBe(ATTEMPT_DEADLINE_MS + 1);
    expect(attemptDeadlineMs(100 * 1024 * 1024)).toBe(ATTEMPT_DEADLINE_MS + 100_000);
    expect(attemptDeadlineMs(Number.POSITIVE_INFINITY)).toBe(ATTEMPT_DEADLINE_MS);
  });

  it('a library failure is ARTIFACT_DOWNLOAD_FAILED with its reason, not retried (it retried the blob itself)', async () => {
    let calls = 0;
    const failing: ArtifactDownloader = {
      downloadArtifact: async () => {
        calls++;
        throw new Error('Unable to download and extract artifact: Artifact download failed after 5 retries.');
      },
    };
    await expect(
      downloadRunArtifact(newFacts().facts, REPO, artifact, options({ loadDownloader: async () => failing })),
    ).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message:
        "Downloading artifact 'release-metadata' (id 555) of run 4242 with @actions/artifact failed: Unable to download and extract artifact: Artifact download failed after 5 retries.",
    });
    expect(calls).toBe(1);
  });

  it.each([
    ['no file', []],
    ['two files', ['release-metadata.zip', 'other.zip']],
  ])(
    'a download that leaves %s is ARTIFACT_DOWNLOAD_FAILED, and its directory is removed',
    async (_what, names) => {
      const tempRoot = mkdtempSync(path.join(tmpdir(), 'rg-artifacts-test-'));
      const odd: ArtifactDownloader = {
        downloadArtifact: async (_id, given) => {
          for (const name of names) writeFileSync(path.join(given.path, name), ARCHIVE);
          return { downloadPath: given.path };
        },
      };
      await expect(
        downloadRunArtifact(
          newFacts().facts,
          REPO,
          artifact,
          options({ tempRoot, loadDownloader: async () => odd }),
        ),
      ).rejects.toMatchObject({
        code: 'ARTIFACT_DOWNLOAD_FAILED',
        message: `Downloading artifact 'release-metadata' (id 555) of run 4242: expected one archive, found ${names.length} files.`,
      });
      expect(readdirSync(tempRoot)).toEqual([]);
    },
  );

  it('GitHub Enterprise Server, which the library refuses, is said so', async () => {
    const ghes: ArtifactDownloader = {
      downloadArtifact: async () => {
        throw Object.assign(new Error('not supported'), { name: 'GHESNotSupportedError' });
      },
    };
    await expect(
      downloadRunArtifact(newFacts().facts, REPO, artifact, options({ loadDownloader: async () => ghes })),
    ).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message: expect.stringContaining('does not support GitHub Enterprise Server'),
    });
  });

  it('a redirect that failed once (5xx) is asked for once more', async () => {
    state.redirectModes = ['status500'];
    const { facts, counter } = newFacts();
    const result = await downloadRunArtifact(facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'downloaded' });
    expect(apiRedirects()).toBe(2);
    expect(blobRequests()).toBe(1);
    expect(counter.count).toBe(2);
    expect(state.pauses).toEqual([1000]);
  });

  it('a redirect that keeps failing is an API error naming the artifact and the request', async () => {
    state.redirectModes = ['status500', 'status500', 'status500'];
    await expect(downloadRunArtifact(newFacts().facts, REPO, artifact, options())).rejects.toMatchObject({
      code: 'API_ERROR',
      message: expect.stringMatching(
        /artifact 'release-metadata' \(id 555\) of run 4242 \(500 on GET \/repos\/acme\/plasmite\/actions\/artifacts\/555\/zip\)/,
      ),
    });
    expect(apiRedirects()).toBe(2);
    expect(blobRequests()).toBe(0);
  });

  it('a rate-limited redirect is asked for again after the wait it asks for', async () => {
    state.redirectModes = ['rate-limited'];
    const result = await downloadRunArtifact(newFacts().facts, REPO, artifact, options());
    expect(result).toMatchObject({ outcome: 'downloaded' });
    expect(state.pauses).toEqual([2000]);
  });

  it('a redirect refused (403) names the permission, and is not retried', async () => {
    state.redirectModes = ['status403'];
    await expect(downloadRunArtifact(newFacts().facts, REPO, artifact, options())).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('`actions: read`'),
    });
    expect(apiRedirects()).toBe(1);
  });

  it('reports an artifact that expired since it was listed (410)', async () => {
    state.redirectModes = ['gone'];
    expect(await downloadRunArtifact(newFacts().facts, REPO, artifact, options())).toEqual({
      outcome: 'expired',
    });
    expect(blobRequests()).toBe(0);
  });

  // A blob that stalls or is cut mid-body through the real library is left to the integration
  // tests and the fault matrix, which run the bundle: the library keeps retrying an abandoned
  // call for half a minute, which the action's process exit ends but a test runner would wait for.

  it('hands the library the run, the repository, the token and the expected digest', async () => {
    const seen: unknown[] = [];
    const recording: ArtifactDownloader = {
      downloadArtifact: async (id, given) => {
        seen.push({ id, ...given, path: 'TEMP' });
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
    ).toMatchObject({ outcome: 'too_large', bytes: 2_000_000 });
    expect(
      await downloadRunArtifact(
        facts,
        REPO,
        { ...artifact, sizeInBytes: Number.POSITIVE_INFINITY },
        options(),
      ),
    ).toMatchObject({ outcome: 'too_large' });
    expect(counter.count).toBe(0);
    expect(state.log).toEqual([]);
  });

  it('refuses to send the token to a server other than the one the library would use', async () => {
    await expect(
      downloadRunArtifact(newFacts('http://127.0.0.1:9').facts, REPO, artifact, options()),
    ).rejects.toMatchObject({
      code: 'ARTIFACT_DOWNLOAD_FAILED',
      message: expect.stringContaining('Set GITHUB_API_URL'),
    });
    expect(state.log).toEqual([]);
  });
});

describe('listRunArtifacts and findRunArtifact', () => {
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
  const page = (artifacts: unknown[], total = artifacts.length) => ({ total_count: total, artifacts });

  it('lists the run once, unfiltered, and finds every artifact by name in that listing', async () => {
    state.pages = [
      page([
        listed({ id: 1 }),
        listed({ id: 2, created_at: '2026-03-01T11:00:00Z' }),
        listed({ id: 3, name: 'bench' }),
      ]),
    ];
    const { facts, counter } = newFacts();
    const [metadata, bench, absent] = await Promise.all([
      findRunArtifact(facts, REPO, RUN_ID, 'release-metadata'),
      findRunArtifact(facts, REPO, RUN_ID, 'bench'),
      findRunArtifact(facts, REPO, RUN_ID, 'sbom'),
    ]);
    // Of two artifacts with one name, the newest upload.
    expect(metadata).toMatchObject({ id: 2, digest: 'sha256:' + 'a'.repeat(64), workflowRunId: RUN_ID });
    expect(bench).toMatchObject({ id: 3, name: 'bench' });
    // Absent from a listing that was read whole: missing, which the gates report as such.
    expect(absent).toBeNull();
    expect(state.log).toEqual([
      `GET /repos/acme/plasmite/actions/runs/${RUN_ID}/artifacts?per_page=100&page=1`,
    ]);
    expect(counter.count).toBe(1);
  });

  it('reads every page of a run with more than 100 artifacts', async () => {
    const all = Array.from({ length: 130 }, (_, i) => listed({ id: i + 1, name: `file-${i}` }));
    state.pages = [page(all.slice(0, 100), 130), page(all.slice(100), 130)];
    const { facts } = newFacts();
    expect(await listRunArtifacts(facts, REPO, RUN_ID)).toHaveLength(130);
    expect(await findRunArtifact(facts, REPO, RUN_ID, 'file-129')).toMatchObject({ id: 130 });
    expect(state.log).toHaveLength(2);
  });

  it('reads fields that decide whether an artifact may be used as refusals when they are missing', async () => {
    state.pages = [
      page([
        listed({ id: 6, size_in_bytes: undefined, expired: undefined, digest: '', workflow_run: undefined }),
      ]),
    ];
    expect(await findRunArtifact(newFacts().facts, REPO, RUN_ID, 'release-metadata')).toMatchObject({
      id: 6,
      sizeInBytes: Number.POSITIVE_INFINITY,
      expired: true,
      digest: null,
      workflowRunId: RUN_ID,
    });
  });

  it.each<[string, unknown[], RegExp]>([
    ['a page without its list', [{ total_count: 1 }], /page 1 is not a count and a list of artifacts/],
    ['a page without its count', [{ artifacts: [] }], /page 1 is not a count and a list of artifacts/],
    ['an answer that is a bare list', [[listed({})]], /page 1 is not a count and a list of artifacts/],
    ['an entry without an id', [page([listed({ id: undefined })])], /an entry has no id or no name/],
    ['an entry without a name', [page([listed({ name: null })])], /an entry has no id or no name/],
    ['a null entry', [page([null])], /an entry has no id or no name/],
    [
      "another run's artifact",
      [page([listed({ workflow_run: { id: 1 } })])],
      /artifact 'release-metadata' \(id 1\) is listed as one of run 1/,
    ],
    ['fewer artifacts than it counts', [page([listed({})], 3)], /it counts 3 artifacts but lists 1/],
    [
      'pages past what it counts',
      [page([listed({})], 1), page([listed({ id: 2 })], 1), page([], 1)],
      /it pages on past the 1 artifacts it counts/,
    ],
  ])('a listing with %s is an API error, never "missing"', async (_what, pages, problem) => {
    state.pages = pages;
    const found = findRunArtifact(newFacts().facts, REPO, RUN_ID, 'release-metadata');
    await expect(found).rejects.toMatchObject({
      code: 'API_ERROR',
      message: expect.stringMatching(problem),
    });
    await expect(found).rejects.toMatchObject({
      message: expect.stringContaining(`GET /repos/acme/plasmite/actions/runs/${RUN_ID}/artifacts`),
    });
  });

  it('a listing GitHub refuses is an error naming the permission', async () => {
    const { facts } = newFacts();
    // No such run on this server: the listing answers 404.
    await expect(findRunArtifact(facts, REPO, 9999, 'release-metadata')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('actions: read'),
    });
  });
});
