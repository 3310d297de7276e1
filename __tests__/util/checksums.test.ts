// The strict sha256sum-format parser: what it accepts, and that every line it cannot read is
// reported with its number (CHECKSUM_MALFORMED), never skipped and never a crash.
import fc from 'fast-check';
import {
  ChecksumParseError,
  isSha256Hex,
  parseApiDigest,
  parseSha256Sums,
  parseSidecar,
  sha256Hex,
} from '../../src/util/checksums.js';

const A = 'a'.repeat(64);
const B = '0123456789abcdef'.repeat(4);

function malformed(run: () => unknown): ChecksumParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChecksumParseError);
    return error as ChecksumParseError;
  }
  throw new Error('expected a ChecksumParseError');
}

describe('parseSha256Sums', () => {
  test('reads text-mode and binary-mode lines with their line numbers', () => {
    const entries = parseSha256Sums(`${A}  plasmite_1.2.0_linux_amd64.tar.gz\n${B} *plasmite-1.2.0.tgz\n`);
    expect([...entries.values()]).toEqual([
      { name: 'plasmite_1.2.0_linux_amd64.tar.gz', sha256: A, line: 1 },
      { name: 'plasmite-1.2.0.tgz', sha256: B, line: 2 },
    ]);
  });

  test('accepts CRLF line ends, a UTF-8 BOM, empty lines and no final newline', () => {
    const entries = parseSha256Sums(`\uFEFF${A}  one.tar.gz\r\n\r\n${B}  two.tar.gz`);
    expect(entries.get('one.tar.gz')).toEqual({ name: 'one.tar.gz', sha256: A, line: 1 });
    expect(entries.get('two.tar.gz')?.line).toBe(3);
  });

  test('keeps names with spaces inside them exactly', () => {
    expect(parseSha256Sums(`${A}  my file.zip\n`).has('my file.zip')).toBe(true);
  });

  test('an empty file lists nothing', () => {
    expect(parseSha256Sums('').size).toBe(0);
  });

  test('a name listed twice with the same checksum is fine', () => {
    expect(parseSha256Sums(`${A}  x.tgz\n${A}  x.tgz\n`).get('x.tgz')?.line).toBe(1);
  });

  test.each([
    ['uppercase hex', `${A.toUpperCase()}  x.tgz`, 'upper-case hex digits'],
    ['a short hash', `${'a'.repeat(63)}  x.tgz`, 'the checksum has 63 hex digits, a sha256 has 64'],
    ['a long hash', `${'a'.repeat(65)}  x.tgz`, 'the checksum has 65 hex digits'],
    ['a hash alone', A, 'a bare checksum without a file name'],
    ['two spaces and no name', `${A}  `, 'no file name'],
    ['one space where two are expected', `${A} x.tgz`, 'one space between the checksum and the name'],
    ['a tab separator', `${A}\tx.tgz`, 'a tab between the checksum and the name'],
    ['three spaces', `${A}   x.tgz`, 'white space'],
    ['a trailing space', `${A}  x.tgz `, 'white space'],
    ['a leading space', ` ${A}  x.tgz`, 'the line starts with white space'],
    ['BSD style', `SHA256 (x.tgz) = ${A}`, 'BSD-style'],
    ['an escaped name', `\\${A}  x\\ny.tgz`, 'escaped'],
    ['a control character', `${A}  x\u0007.tgz`, 'control characters'],
    ['a line of spaces', '   ', 'starts with white space'],
    ['a comment', `# checksums`, 'does not start with a hex checksum'],
    [
      'PowerShell Get-FileHash table',
      `SHA256          ${A.toUpperCase()}  x.tgz`,
      'does not start with a hex checksum',
    ],
  ])('%s is CHECKSUM_MALFORMED naming the line', (_what, line, reason) => {
    const error = malformed(() => parseSha256Sums(`${B}  fine.tgz\n${line}\n`, 'sha256sums.txt'));
    expect(error.code).toBe('CHECKSUM_MALFORMED');
    expect(error.line).toBe(2);
    expect(error.file).toBe('sha256sums.txt');
    expect(error.message).toContain('sha256sums.txt line 2');
    expect(error.message).toContain(reason);
  });

  test('a name listed again with another checksum is malformed, naming both lines', () => {
    const error = malformed(() => parseSha256Sums(`${A}  x.tgz\n${B}  y.tgz\n${B}  x.tgz\n`));
    expect(error.line).toBe(3);
    expect(error.message).toContain('first on line 1');
  });

  test('the offending line is quoted and shortened, control characters made visible', () => {
    const error = malformed(() => parseSha256Sums(`garbage\u0001${'x'.repeat(300)}`));
    expect(error.excerpt).toContain('\\u0001');
    expect(error.excerpt.length).toBeLessThan(120);
  });

  test('property: any text parses or fails with ChecksumParseError, nothing else', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        A,
        B,
        '  ',
        ' *',
        ' ',
        '\n',
        '\r\n',
        '\t',
        '\\',
        'SHA256 (',
        '\uFEFF',
        'x.tgz',
        A.toUpperCase(),
      ),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          try {
            const entries = parseSha256Sums(text);
            for (const entry of entries.values()) {
              expect(isSha256Hex(entry.sha256)).toBe(true);
              expect(entry.name.length).toBeGreaterThan(0);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ChecksumParseError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('property: well-formed listings read back exactly', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._+-][A-Za-z0-9._+ -]{0,30}[A-Za-z0-9._+-]$/);
    const hex = fc
      .uint8Array({ minLength: 32, maxLength: 32 })
      .map((bytes) => Buffer.from(bytes).toString('hex'));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, hex, fc.boolean()), { selector: ([n]) => n, maxLength: 20 }),
        (rows) => {
          const text = rows.map(([n, h, binary]) => `${h} ${binary ? '*' : ' '}${n}`).join('\n') + '\n';
          const entries = parseSha256Sums(text);
          expect(entries.size).toBe(rows.length);
          rows.forEach(([n, h], index) =>
            expect(entries.get(n)).toEqual({ name: n, sha256: h, line: index + 1 }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseSidecar', () => {
  test('reads the one line naming the file', () => {
    expect(parseSidecar(`${A}  x.tgz\n`, 'x.tgz.sha256', 'x.tgz')).toEqual({
      name: 'x.tgz',
      sha256: A,
      line: 1,
    });
    expect(parseSidecar(`${A} *x.tgz`, 'x.tgz.sha256', 'x.tgz').sha256).toBe(A);
  });

  test.each([
    ['empty', '', 'is empty'],
    ['a hash without a name', `${A}\n`, 'a bare checksum without a file name'],
    ['one space', `${A} x.tgz\n`, 'one space between the checksum and the name where two are expected'],
    ['another name', `${A}  dist/x.tgz\n`, "names 'dist/x.tgz', expected 'x.tgz'"],
    ['two lines', `${A}  x.tgz\n${B}  x.tgz\n`, 'more than one line'],
    ['uppercase hex', `${A.toUpperCase()}  x.tgz`, 'upper-case hex digits'],
  ])('%s is CHECKSUM_MALFORMED', (_what, text, reason) => {
    const error = malformed(() => parseSidecar(text, 'x.tgz.sha256', 'x.tgz'));
    expect(error.file).toBe('x.tgz.sha256');
    expect(error.message).toContain(reason);
  });

  test('property: any text parses or fails with ChecksumParseError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom(`${A}  x.tgz`, `${A}  x.tgz\n\n`, `${A} *y`)),
        (text) => {
          try {
            expect(parseSidecar(text, 'x.tgz.sha256', 'x.tgz').name).toBe('x.tgz');
          } catch (error) {
            expect(error).toBeInstanceOf(ChecksumParseError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('parseApiDigest and sha256Hex', () => {
  test('reads sha256:<hex> (lower-casing it) and nothing else', () => {
    expect(parseApiDigest(`sha256:${A.toUpperCase()}`)).toBe(A);
    expect(parseApiDigest(`sha512:${A}`)).toBeNull();
    expect(parseApiDigest(A)).toBeNull();
    expect(parseApiDigest(null)).toBeNull();
    expect(parseApiDigest(undefined)).toBeNull();
    expect(parseApiDigest('sha256:abc')).toBeNull();
  });

  test('hashes bytes to lowercase hex', () => {
    expect(sha256Hex(Buffer.from(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});

describe('checksum files as release tools write them', () => {
  const utf16le = (text: string): string => Buffer.from(`\uFEFF${text}`, 'utf16le').toString('utf8');
  const utf16be = (text: string): string => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return Buffer.from(le.map((_, i) => le[i ^ 1]!)).toString('utf8');
  };

  test('GoReleaser checksums.txt (two spaces) and cargo-dist sidecars (binary mode) are read', () => {
    const sums = parseSha256Sums(
      `${A}  ergo_4.2.0_darwin_amd64.tar.gz\n${B}  ergo_4.2.0_linux_arm64.tar.gz\n`,
      'checksums.txt',
    );
    expect(sums.get('ergo_4.2.0_linux_arm64.tar.gz')?.sha256).toBe(B);
    const sidecar = parseSidecar(
      `${B} *plasmite-x86_64-unknown-linux-gnu.tar.xz\n`,
      'plasmite-x86_64-unknown-linux-gnu.tar.xz.sha256',
      'plasmite-x86_64-unknown-linux-gnu.tar.xz',
    );
    expect(sidecar).toEqual({ name: 'plasmite-x86_64-unknown-linux-gnu.tar.xz', sha256: B, line: 1 });
  });

  test('a Windows-written sidecar with a UTF-8 BOM and CRLF is read', () => {
    expect(parseSidecar(`\uFEFF${A}  x.zip\r\n`, 'x.zip.sha256', 'x.zip').sha256).toBe(A);
    expect(parseSha256Sums(`\uFEFF${A} *x.zip\r\n${B}  y.zip\r\n`).get('y.zip')?.line).toBe(2);
  });

  test.each([
    ['little-endian (PowerShell 5 Out-File)', utf16le],
    ['big-endian', utf16be],
  ])('UTF-16 %s is refused as UTF-16, for sidecars and listings alike', (_what, encode) => {
    const sidecar = malformed(() => parseSidecar(encode(`${A}  x.zip\r\n`), 'x.zip.sha256', 'x.zip'));
    expect(sidecar.message).toContain('x.zip.sha256: is UTF-16 text');
    expect(sidecar.message).toContain('Out-File');
    expect(sidecar.message).not.toContain('more than one line');
    expect(sidecar.line).toBe(0);
    const listing = malformed(() => parseSha256Sums(encode(`${A}  x.zip\r\n${B}  y.zip\r\n`), 'sums.txt'));
    expect(listing.reason).toMatch(/^is UTF-16 text/);
  });

  test('a NUL byte in otherwise UTF-8 text is refused naming its line', () => {
    const error = malformed(() => parseSha256Sums(`${A}  x.zip\n${B}  y\u0000.zip\n`));
    expect(error.line).toBe(2);
    expect(error.reason).toContain('NUL byte');
  });

  test('every problem of a line is named: upper-case hex and one space together', () => {
    const error = malformed(() => parseSha256Sums(`${A.toUpperCase()} x.zip\n`));
    expect(error.reason).toContain('upper-case hex digits');
    expect(error.reason).toContain('one space between the checksum and the name');
  });
});
