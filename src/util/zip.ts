// A small, strict zip reader for archives we do not trust (build artifacts). It reads entries
// into memory and never writes anything to disk, so a hostile archive cannot place a file
// anywhere. It still refuses the whole archive when any entry name could escape an extraction
// directory, or when sizes, offsets or checksums disagree: such an archive was built to attack
// an extractor, and nothing in it deserves trust.
//
// Scope is what artifact uploads produce: one disk, no zip64, no encryption, entries stored
// or deflated, with or without data descriptors (sizes are taken from the central directory).
import { inflateRawSync } from 'node:zlib';

/** Any reason an archive is refused; the message says what is wrong in words. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Largest declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /**
   * Largest uncompressed:compressed ratio of an entry of at least RATIO_CHECK_MIN_BYTES.
   * Real files rarely beat 20:1; a zip bomb relies on deflate's ~1000:1.
   */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 1000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
};

/** Tiny entries (a JSON file of spaces) may compress absurdly well and still be harmless. */
export const RATIO_CHECK_MIN_BYTES = 64 * 1024;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export interface ZipEntry {
  /** Normalised path: '/'-separated, without '.' or empty segments; directories end with '/'. */
  name: string;
  isDirectory: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  /** Declared uncompressed size; reading checks the real one against it. */
  size: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
  /** Offset of the entry's compressed bytes. */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_MASKED_DIRECTORY = 0x2000;
const HOST_UNIX = 3;
const UNIX_FILE_TYPE_MASK = 0o170000;
const UNIX_SYMLINK = 0o120000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks the central directory: every entry's name is safe, sizes are within the
 * limits, local headers agree with it, and no two entries share bytes or a name.
 */
export function listZipEntries(archive: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const end = findEndOfCentralDirectory(archive);
  if (end.count > limits.maxEntries) {
    throw new ZipError(`the archive lists ${end.count} entries, more than the ${limits.maxEntries} allowed`);
  }
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let totalBytes = 0;
  let cursor = end.directoryOffset;
  const directoryEnd = end.directoryOffset + end.directorySize;
  for (let index = 0; index < end.count; index++) {
    if (cursor + CENTRAL_SIZE > directoryEnd || archive.readUInt32LE(cursor) !== SIG_CENTRAL) {
      throw new ZipError(
        `central directory entry ${index + 1} of ${end.count} is missing or garbled (truncated archive?)`,
      );
    }
    const madeByHost = archive.readUInt8(cursor + 5);
    const flags = archive.readUInt16LE(cursor + 8);
    const method = archive.readUInt16LE(cursor + 10);
    const crc = archive.readUInt32LE(cursor + 16);
    const compressedSize = archive.readUInt32LE(cursor + 20);
    const size = archive.readUInt32LE(cursor + 24);
    const nameLength = archive.readUInt16LE(cursor + 28);
    const extraLength = archive.readUInt16LE(cursor + 30);
    const commentLength = archive.readUInt16LE(cursor + 32);
    const startDisk = archive.readUInt16LE(cursor + 34);
    const externalAttributes = archive.readUInt32LE(cursor + 38);
    const localHeaderOffset = archive.readUInt32LE(cursor + 42);
    const next = cursor + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd)
      throw new ZipError(`central directory entry ${index + 1} runs past the directory's end`);
    const rawName = archive.subarray(cursor + CENTRAL_SIZE, cursor + CENTRAL_SIZE + nameLength);
    cursor = next;

    const name = normaliseEntryName(decodeName(rawName));
    const label = `entry '${name}'`;
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_DIRECTORY))
      throw new ZipError(`${label} is encrypted`);
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
      throw new ZipError(
        `${label} uses compression method ${method}; only stored (0) and deflate (8) are read`,
      );
    }
    if (
      startDisk !== 0 ||
      compressedSize === 0xffffffff ||
      size === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      throw new ZipError(`${label} needs zip64 or multiple disks, which are not read`);
    }
    // A symlink entry is how an extractor is made to write through a link to anywhere.
    if (madeByHost === HOST_UNIX && ((externalAttributes >>> 16) & UNIX_FILE_TYPE_MASK) === UNIX_SYMLINK) {
      throw new ZipError(`${label} is a symbolic link`);
    }
    if (names.has(name))
      throw new ZipError(`the archive holds '${name}' twice; which one counts would depend on the extractor`);
    names.add(name);
    const isDirectory = name.endsWith('/');
    if (isDirectory && size !== 0) throw new ZipError(`directory ${label} declares ${size} bytes of content`);
    if (method === METHOD_STORED && compressedSize !== size) {
      throw new ZipError(`stored ${label} declares ${size} bytes but occupies ${compressedSize}`);
    }
    if (size > limits.maxEntryBytes) {
      throw new ZipError(
        `${label} declares ${size} bytes uncompressed, over the ${limits.maxEntryBytes}-byte limit`,
      );
    }
    totalBytes += size;
    if (totalBytes > limits.maxTotalBytes) {
      throw new ZipError(
        `the entries declare over ${limits.maxTotalBytes} bytes uncompressed in total (zip bomb?)`,
      );
    }
    if (size >= RATIO_CHECK_MIN_BYTES && size > limits.maxRatio * Math.max(compressedSize, 1)) {
      throw new ZipError(
        `${label} expands ${compressedSize} bytes to ${size}, a ratio over ${limits.maxRatio}:1 (zip bomb?)`,
      );
    }
    const dataOffset = checkLocalHeader(
      archive,
      localHeaderOffset,
      rawName,
      { flags, method, crc, compressedSize, size },
      label,
    );
    if (dataOffset + compressedSize > end.directoryOffset) {
      throw new ZipError(`${label}'s data runs into the central directory (truncated or garbled archive)`);
    }
    entries.push({
      name,
      isDirectory,
      method,
      crc32: crc,
      compressedSize,
      size,
      localHeaderOffset,
      dataOffset,
    });
  }
  if (cursor !== directoryEnd) throw new ZipError('the central directory holds more bytes than its entries');
  refuseOverlaps(entries);
  return entries;
}

/**
 * The uncompressed bytes of an entry, checked against its declared size and CRC-32. Inflating
 * stops at the declared size, so an entry that lies about it cannot exhaust memory.
 */
export function readZipEntry(archive: Buffer, entry: ZipEntry): Buffer {
  const raw = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (raw.length !== entry.compressedSize) throw new ZipError(`entry '${entry.name}' is truncated`);
  let data: Buffer;
  if (entry.method === METHOD_STORED) {
    data = Buffer.from(raw);
  } else {
    try {
      // One byte of headroom tells "exactly the declared size" from "more than declared".
      data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        throw new ZipError(`entry '${entry.name}' inflates beyond its declared ${entry.size} bytes`);
      throw new ZipError(`entry '${entry.name}' has corrupt deflate data (${(error as Error).message})`);
    }
  }
  if (data.length !== entry.size) {
    throw new ZipError(`entry '${entry.name}' holds ${data.length} bytes, but declares ${entry.size}`);
  }
  if (crc32(data) !== entry.crc32)
    throw new ZipError(`entry '${entry.name}' fails its CRC-32 check (corrupt archive)`);
  return data;
}

/** The entry with this (normalised) name, or undefined. */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const wanted = normaliseEntryName(name);
  return entries.find((entry) => entry.name === wanted);
}

/**
 * An entry name as a safe relative path, or a ZipError: absolute paths, drive letters,
 * backslashes (a separator on Windows), control characters and `..` segments are refused
 * outright rather than cleaned up, because an archive carrying them is hostile or broken.
 */
export function normaliseEntryName(raw: string): string {
  const shown = JSON.stringify(raw);
  if (raw.length === 0) throw new ZipError('an entry has an empty name');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(raw))
    throw new ZipError(`entry ${shown} has control characters in its name`);
  if (raw.includes('\\'))
    throw new ZipError(`entry ${shown} has a backslash in its name (a path separator on Windows)`);
  if (/^[A-Za-z]:/.test(raw)) throw new ZipError(`entry ${shown} starts with a drive letter`);
  if (raw.startsWith('/')) throw new ZipError(`entry ${shown} is an absolute path`);
  const segments = raw.split('/');
  if (segments.includes('..'))
    throw new ZipError(`entry ${shown} climbs out of the extraction directory with '..'`);
  const isDirectory = raw.endsWith('/');
  const kept = segments.filter((segment) => segment !== '' && segment !== '.');
  if (kept.length === 0) throw new ZipError(`entry ${shown} names no file`);
  // Checked again once `./` is gone: `./C:` would otherwise become the drive-relative `C:`.
  if (/^[A-Za-z]:/.test(kept[0]!)) throw new ZipError(`entry ${shown} starts with a drive letter`);
  return kept.join('/') + (isDirectory ? '/' : '');
}

/** CRC-32 (IEEE 802.3), as zip uses it. Written out so the reader runs on every Node 20. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

interface EndOfCentralDirectory {
  count: number;
  directoryOffset: number;
  directorySize: number;
}

/** The end record is the last thing in the archive, followed only by its own comment. */
function findEndOfCentralDirectory(archive: Buffer): EndOfCentralDirectory {
  if (archive.length < END_SIZE)
    throw new ZipError(`not a zip archive: ${archive.length} bytes is too short`);
  const lowest = Math.max(0, archive.length - END_SIZE - MAX_COMMENT);
  for (let offset = archive.length - END_SIZE; offset >= lowest; offset--) {
    if (archive.readUInt32LE(offset) !== SIG_END) continue;
    if (offset + END_SIZE + archive.readUInt16LE(offset + 20) !== archive.length) continue;
    const disk = archive.readUInt16LE(offset + 4);
    const directoryDisk = archive.readUInt16LE(offset + 6);
    const countOnDisk = archive.readUInt16LE(offset + 8);
    const count = archive.readUInt16LE(offset + 10);
    const directorySize = archive.readUInt32LE(offset + 12);
    const directoryOffset = archive.readUInt32LE(offset + 16);
    const zip64 =
      (offset >= 20 && archive.readUInt32LE(offset - 20) === SIG_ZIP64_LOCATOR) ||
      count === 0xffff ||
      directorySize === 0xffffffff ||
      directoryOffset === 0xffffffff;
    if (zip64) throw new ZipError('the archive is zip64, which is not read');
    if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count)
      throw new ZipError('multi-disk archives are not read');
    if (directoryOffset + directorySize !== offset) {
      throw new ZipError(
        'the central directory is not where the end record says (truncated or garbled archive)',
      );
    }
    return { count, directoryOffset, directorySize };
  }
  throw new ZipError('not a zip archive, or truncated: no end-of-central-directory record');
}

interface CentralFields {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
}

/** The local header must exist and agree with the central directory; returns where data starts. */
function checkLocalHeader(
  archive: Buffer,
  offset: number,
  rawName: Buffer,
  central: CentralFields,
  label: string,
): number {
  if (offset + LOCAL_SIZE > archive.length || archive.readUInt32LE(offset) !== SIG_LOCAL) {
    throw new ZipError(
      `${label} has no local header where the directory says (truncated or garbled archive)`,
    );
  }
  const flags = archive.readUInt16LE(offset + 6);
  const method = archive.readUInt16LE(offset + 8);
  const nameLength = archive.readUInt16LE(offset + 26);
  const extraLength = archive.readUInt16LE(offset + 28);
  const localName = archive.subarray(offset + LOCAL_SIZE, offset + LOCAL_SIZE + nameLength);
  // Extractors that trust local headers and those that trust the directory must see one archive.
  if (method !== central.method || !localName.equals(rawName)) {
    throw new ZipError(`${label}'s local header disagrees with the central directory`);
  }
  if (!(flags & FLAG_DATA_DESCRIPTOR)) {
    const agrees =
      archive.readUInt32LE(offset + 14) === central.crc &&
      archive.readUInt32LE(offset + 18) === central.compressedSize &&
      archive.readUInt32LE(offset + 22) === central.size;
    if (!agrees)
      throw new ZipError(`${label}'s local header disagrees with the central directory on sizes or CRC`);
  }
  return offset + LOCAL_SIZE + nameLength + extraLength;
}

/** Overlapping entries are how the densest zip bombs reuse one compressed stream many times. */
function refuseOverlaps(entries: readonly ZipEntry[]): void {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const previous = byOffset[i - 1]!;
    if (previous.dataOffset + previous.compressedSize > byOffset[i]!.localHeaderOffset) {
      throw new ZipError(`entries '${previous.name}' and '${byOffset[i]!.name}' overlap in the archive`);
    }
  }
}

function decodeName(raw: Buffer): string {
  try {
    return utf8.decode(raw);
  } catch {
    throw new ZipError(`an entry name is not valid UTF-8 (${raw.toString('hex').slice(0, 64)})`);
  }
}
