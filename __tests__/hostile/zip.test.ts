// Zip bombs and zip slip in artifacts: refused whole, before anything is inflated past the
// limits, and a gate reading such an artifact never passes. (The zip slip property with random
// names runs in properties.test.ts.)
import { judgeReleaseMetadata } from '../../src/gates/release-metadata.js';
import { DEFAULT_ZIP_LIMITS, listZipEntries, readZipEntry, ZipError } from '../../src/util/zip.js';
import { writeZip } from '../../test/emulator/zip.js';

const SHA = 'a'.repeat(40);

/** Rewrites the uncompressed size an archive declares for its first entry (both headers). */
function declareSize(archive: Buffer, size: number): Buffer {
  const out = Buffer.from(archive);
  out.writeUInt32LE(size, 22); // local header
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt32LE(size, central + 24);
  return out;
}

const metadata = JSON.stringify({ tag: 'v1.2.0', version: '1.2.0', source_sha: SHA });

function judge(archive: Buffer) {
  return judgeReleaseMetadata(
    {
      workflow: 'release.yml',
      artifact: 'release-metadata',
      file: 'metadata.json',
      expect: { tag: 'v1.2.0', version: '1.2.0', source_sha: SHA },
      max_bytes: 1_048_576,
    },
    {
      lookup: {
        found: true,
        query: { by: 'id', runId: 7001 },
        run: {
          id: 7001,
          name: 'release',
          path: '.github/workflows/release.yml',
          workflowId: 1,
          runNumber: 1,
          runAttempt: 1,
          event: 'push',
          status: 'completed',
          conclusion: 'success',
          headBranch: 'v1.2.0',
          headSha: SHA,
          repository: 'acme/plasmite',
          headRepository: 'acme/plasmite',
          htmlUrl: '',
          createdAt: null,
        },
      },
      trust: { problems: [], rule: 'tag_push' },
      artifact: {
        id: 1,
        name: 'release-metadata',
        sizeInBytes: archive.length,
        expired: false,
        digest: `sha256:${'0'.repeat(64)}`,
        createdAt: null,
        expiresAt: null,
        workflowRunId: 7001,
      },
      download: { outcome: 'downloaded', archive, sha256: `sha256:${'0'.repeat(64)}` },
    },
    {
      repository: { owner: 'acme', repo: 'plasmite' },
      ref: 'refs/tags/v1.2.0',
      refName: 'v1.2.0',
      tag: 'v1.2.0',
      version: '1.2.0',
      sha: SHA,
      buildRunId: null,
      baseTag: null,
      runId: null,
      eventPullRequest: null,
      serverUrl: 'https://github.com',
      now: new Date(),
      rehearsal: false,
      expand: (t) => t,
    },
  );
}

test('the honest archive passes (the fixture is right)', () => {
  expect(judge(writeZip([{ name: 'metadata.json', data: Buffer.from(metadata) }])).status).toBe('pass');
});

describe('zip bombs', () => {
  test('an entry that inflates past the per-entry limit is refused from its header', () => {
    const bomb = writeZip([
      { name: 'metadata.json', data: Buffer.alloc(DEFAULT_ZIP_LIMITS.maxEntryBytes + 1) },
    ]);
    expect(bomb.length).toBeLessThan(64 * 1024); // deflate: ~1000:1
    expect(() => listZipEntries(bomb)).toThrow(ZipError);
    expect(judge(bomb)).toMatchObject({ status: 'fail', code: 'METADATA_INVALID' });
  });

  test('a small entry with an absurd compression ratio is refused', () => {
    const bomb = writeZip([{ name: 'metadata.json', data: Buffer.alloc(4 * 1024 * 1024, 0x20) }]);
    expect(() => listZipEntries(bomb)).toThrow(/ratio|compress/i);
  });

  test('many entries, each within limits, past the total', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({
      name: `f${i}`,
      data: Buffer.alloc(DEFAULT_ZIP_LIMITS.maxEntryBytes - 1, i),
    }));
    // Random-ish bytes would not compress; zeros trip the ratio first. Either way: refused.
    expect(() => listZipEntries(writeZip(entries))).toThrow(ZipError);
    expect(() =>
      listZipEntries(
        writeZip(
          Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
            name: `f${i}`,
            data: Buffer.from('x'),
          })),
        ),
      ),
    ).toThrow(/entries/);
  });

  test('a header that lies about the size: inflating stops, nothing past the declared size', () => {
    const liar = declareSize(
      writeZip([{ name: 'metadata.json', data: Buffer.alloc(2 * 1024 * 1024, 0x20) }]),
      10,
    );
    let refused: unknown;
    try {
      for (const entry of listZipEntries(liar)) readZipEntry(liar, entry);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ZipError);
    expect(judge(liar).status).not.toBe('pass');
  });
});

describe('zip slip', () => {
  test.each([
    '../metadata.json',
    '/metadata.json',
    'a/../../metadata.json',
    '..\\metadata.json',
    'C:/metadata.json',
    './C:',
    'x/\u0000/metadata.json',
  ])('%j next to a good metadata.json: the whole archive is refused', (name) => {
    const archive = writeZip([
      { name: 'metadata.json', data: Buffer.from(metadata) },
      { name, data: Buffer.from(metadata) },
    ]);
    expect(() => listZipEntries(archive)).toThrow(ZipError);
    expect(judge(archive)).toMatchObject({ status: 'fail', code: 'METADATA_INVALID' });
  });

  test('a duplicate name (a second metadata.json that would overwrite the first) is refused', () => {
    const archive = writeZip([
      { name: 'metadata.json', data: Buffer.from(metadata) },
      {
        name: './metadata.json',
        data: Buffer.from(JSON.stringify({ tag: 'v9', version: '9', source_sha: SHA })),
      },
    ]);
    expect(judge(archive).status).not.toBe('pass');
  });
});
