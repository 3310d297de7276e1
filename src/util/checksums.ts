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

const HEX64 = /^[0-9a-f]{64}$/;
// Control characters never occur in an asset name; in a line they mean a corrupt or hostile file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Parses a `sha256sums.txt`; throws ChecksumParseError for the first line it cannot read. */
export function parseSha256Sums(text: string, file = 'sha256sums.txt'): Map<string, ChecksumEntry> {
  checkEncoding(text, file);
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
  checkEncoding(text, file);
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

const EXPECTED = "expected '<64 lowercase hex>  <NAME>' or '<64 lowercase hex> *<NAME>'";

function parseLine(raw: string, line: number, file: string): ChecksumEntry {
  const shown = quote(raw);
  const refuse = (reason: string) => new ChecksumParseError(file, line, reason, shown);
  if (raw.startsWith('\\')) throw refuse('escaped file names (a leading backslash) are not supported');
  if (/^SHA256 ?\(/.test(raw))
    throw refuse(
      "BSD-style 'SHA256 (NAME) = HEX' lines are not supported; write '<hex>  <NAME>' (sha256sum's format)",
    );
  if (/^\s/.test(raw)) throw refuse(`the line starts with white space; ${EXPECTED}`);
  const hash = /^\S*/.exec(raw)![0];
  if (!/^[0-9a-fA-F]+$/.test(hash)) throw refuse(`the line does not start with a hex checksum; ${EXPECTED}`);
  if (hash.length !== 64)
    throw refuse(`the checksum has ${hash.length} hex digits, a sha256 has 64; ${EXPECTED}`);
  const rest = raw.slice(64);
  // Every way the separator can be wrong, each with its own reason: the line is refused for all.
  const reasons: string[] = [];
  if (!HEX64.test(hash))
    reasons.push(
      'the checksum has upper-case hex digits; sha256sum writes lower-case (e.g. .ToLower() after Get-FileHash)',
    );
  let name: string;
  if (rest === '') {
    throw refuse(
      `a bare checksum without a file name; ${EXPECTED} (sha256sum writes the name, 'cut -d" " -f1' drops it)`,
    );
  }
  if (rest.startsWith('\t')) {
    reasons.push(
      "a tab between the checksum and the name; sha256sum writes two spaces, or ' *' in binary mode",
    );
    name = rest.slice(1);
  } else if (rest.startsWith('  ') || rest.startsWith(' *')) {
    name = rest.slice(2);
  } else {
    // rest starts with one space followed by the name.
    reasons.push(
      "one space between the checksum and the name where two are expected; sha256sum writes two spaces (text mode) or ' *' (binary mode)",
    );
    name = rest.slice(1);
  }
  if (name === '' || /^\s*$/.test(name))
    throw refuse(['no file name after the checksum', ...reasons].join('; '));
  if (/^\s|\s$/.test(name)) reasons.push('the file name starts or ends with white space');
  if (CONTROL.test(name)) reasons.push('the file name contains control characters');
  if (reasons.length) throw refuse(reasons.join('; '));
  return { name, sha256: hash, line };
}

/**
 * A checksum file must be UTF-8 (or ASCII) text. PowerShell 5's `Out-File` writes UTF-16 (BOM
 * FF FE, a NUL byte after each ASCII character): decoded as UTF-8 it is replacement characters
 * and NULs, and every line would be refused for a reason that hides the real one.
 */
function checkEncoding(text: string, file: string): void {
  const NUL = '\u0000';
  if (!text.includes(NUL)) return;
  const utf16Bom = ['\uFFFD\uFFFD', '\uFFFE', `\uFEFF${NUL}`, `${NUL}\uFEFF`].some((mark) =>
    text.startsWith(mark),
  );
  const nulls = text.split(NUL).length - 1;
  if (utf16Bom || nulls * 3 >= text.length) {
    throw new ChecksumParseError(
      file,
      0,
      "is UTF-16 text (byte-order mark FF FE or FE FF, a NUL byte beside each character), as PowerShell 5's Out-File writes it; write it as UTF-8 or ASCII (Out-File -Encoding ascii, or Set-Content)",
    );
  }
  const at = text.indexOf(NUL);
  throw new ChecksumParseError(
    file,
    text.slice(0, at).split('\n').length,
    'contains a NUL byte; a checksum file is text',
  );
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
