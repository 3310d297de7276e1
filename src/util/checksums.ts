// SHA-256 checksum files as `sha256sum` writes them: one `<64 lowercase hex> <mode><NAME>` line
// per file, where the mode is a space (text) or `*` (binary). The parser is strict on purpose:
// a line it cannot read is reported with its number, never skipped, because a skipped line
// would turn into a "missing checksum" that hides a broken release pipeline.
import { createHash } from 'node:crypto';

export const CHECKSUM_MALFORMED = 'CHECKSUM_MALFORMED';

/** A checksum file that cannot be trusted as written; names the file and the line. */
export class ChecksumParseError extends Error {
  readonly code = CHECKSUM_MALFORMED;

  constructor(
    readonly file: string,
    /** 1-based; 0 when the problem is the file as a whole. */
    readonly line: number,
    readonly reason: string,
    /** The offending line, shortened and quoted for display. */
    readonly excerpt: string = '',
  ) {
    super(`${file}${line ? ` line ${line}` : ''}: ${reason}${excerpt ? ` (${excerpt})` : ''}`);
    this.name = 'ChecksumParseError';
  }
}

export interface ChecksumEntry {
  name: string;
  /** 64 lowercase hex digits. */
  sha256: string;
  line: number;
}

const LINE = /^([0-9a-fA-F]{64}) ([ *])(.*)$/;
const HEX64 = /^[0-9a-f]{64}$/;
// Control characters never occur in an asset name; in a line they mean a corrupt or hostile file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Parses a `sha256sums.txt`; throws ChecksumParseError for the first line it cannot read. */
export function parseSha256Sums(text: string, file = 'sha256sums.txt'): Map<string, ChecksumEntry> {
  const entries = new Map<string, ChecksumEntry>();
  for (const [index, raw] of splitLines(text).entries()) {
    if (raw === '') continue;
    const entry = parseLine(raw, index + 1, file);
    const earlier = entries.get(entry.name);
    if (earlier && earlier.sha256 !== entry.sha256) {
      throw new ChecksumParseError(
        file,
        entry.line,
        `'${entry.name}' is listed again with a different checksum (first on line ${earlier.line})`,
        quote(raw),
      );
    }
    if (!earlier) entries.set(entry.name, entry);
  }
  return entries;
}

/** Parses a `NAME.sha256` sidecar: exactly one line, naming exactly `expectedName`. */
export function parseSidecar(text: string, file: string, expectedName: string): ChecksumEntry {
  const lines = splitLines(text)
    .map((raw, index) => ({ raw, number: index + 1 }))
    .filter((line) => line.raw !== '');
  if (lines.length === 0)
    throw new ChecksumParseError(file, 0, `is empty; expected '<64 lowercase hex>  ${expectedName}'`);
  if (lines.length > 1)
    throw new ChecksumParseError(
      file,
      lines[1]!.number,
      `has more than one line; a sidecar holds the checksum of '${expectedName}' only`,
      quote(lines[1]!.raw),
    );
  const entry = parseLine(lines[0]!.raw, lines[0]!.number, file);
  if (entry.name !== expectedName) {
    throw new ChecksumParseError(
      file,
      entry.line,
      `names '${entry.name}', expected '${expectedName}'`,
      quote(lines[0]!.raw),
    );
  }
  return entry;
}

/** The hex of a GitHub API `digest` (`sha256:<hex>`), or null when absent or another algorithm. */
export function parseApiDigest(digest: unknown): string | null {
  if (typeof digest !== 'string') return null;
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(digest.trim());
  return match ? match[1]!.toLowerCase() : null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isSha256Hex(text: string): boolean {
  return HEX64.test(text);
}

function parseLine(raw: string, line: number, file: string): ChecksumEntry {
  const shown = quote(raw);
  if (raw.startsWith('\\')) {
    throw new ChecksumParseError(
      file,
      line,
      'escaped file names (a leading backslash) are not supported',
      shown,
    );
  }
  if (/^SHA256 ?\(/.test(raw)) {
    throw new ChecksumParseError(
      file,
      line,
      "BSD-style 'SHA256 (NAME) = HEX' lines are not supported; write '<hex>  <NAME>' (sha256sum's format)",
      shown,
    );
  }
  const match = LINE.exec(raw);
  if (!match)
    throw new ChecksumParseError(
      file,
      line,
      "expected '<64 lowercase hex>  <NAME>' or '<64 lowercase hex> *<NAME>'",
      shown,
    );
  const [, hex, , name] = match as unknown as [string, string, string, string];
  if (!HEX64.test(hex)) throw new ChecksumParseError(file, line, 'hex digits must be lowercase', shown);
  if (name === '') throw new ChecksumParseError(file, line, 'no file name after the checksum', shown);
  if (/^\s|\s$/.test(name))
    throw new ChecksumParseError(file, line, 'the file name starts or ends with white space', shown);
  if (CONTROL.test(name))
    throw new ChecksumParseError(file, line, 'the file name contains control characters', shown);
  return { name, sha256: hex, line };
}

/** Lines without their terminators; a CRLF file reads like an LF file, a leading BOM is dropped. */
function splitLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line as it may appear in a message: shortened, with control characters made visible. */
function quote(line: string): string {
  const short = line.length > 100 ? `${line.slice(0, 100)}…` : line;
  return JSON.stringify(short);
}
