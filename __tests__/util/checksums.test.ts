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
    ['uppercase hex', `${A.toUpperCase()}  x.tgz`, 'lowercase'],
    ['a short hash', `${'a'.repeat(63)}  x.tgz`, "expected '<64 lowercase hex>"],
    ['a hash alone', A, "expected '<64 lowercase hex>"],
    ['two spaces and no name', `${A}  `, 'no file name'],
    ['a tab separator', `${A}\tx.tgz`, "expected '<64 lowercase hex>"],
    ['three spaces', `${A}   x.tgz`, 'white space'],
    ['a trailing space', `${A}  x.tgz `, 'white space'],
    ['BSD style', `SHA256 (x.tgz) = ${A}`, 'BSD-style'],
    ['an escaped name', `\\${A}  x\\ny.tgz`, 'escaped'],
    ['a control character', `${A}  x\u0007.tgz`, 'control characters'],
    ['a line of spaces', '   ', "expected '<64 lowercase hex>"],
    ['a comment', `# checksums`, "expected '<64 lowercase hex>"],
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
    const error = malformed(() => parseSha256Sums(`garbage\u0000${'x'.repeat(300)}`));
    expect(error.excerpt).toContain('\\u0000');
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
    ['a hash without a name', `${A}\n`, "expected '<64 lowercase hex>"],
    ['another name', `${A}  dist/x.tgz\n`, "names 'dist/x.tgz', expected 'x.tgz'"],
    ['two lines', `${A}  x.tgz\n${B}  x.tgz\n`, 'more than one line'],
    ['uppercase hex', `${A.toUpperCase()}  x.tgz`, 'lowercase'],
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
