// The policy's digests in the report: sha256 of its text, and Git's blob id of each file it
// was read from (what the contents API calls `sha`), checked against known answers.
import { gitBlobSha, sha256Hex } from '../../src/policy/normalize.js';

test('sha256Hex is SHA-256 of the UTF-8 text', () => {
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('abc')).toBe(sha256Hex(new TextEncoder().encode('abc')));
});

test("gitBlobSha is Git's blob id", () => {
  // `printf 'hello\n' | git hash-object --stdin`, and `git hash-object --stdin < /dev/null`.
  expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  // Bytes as given; text as UTF-8 (`printf 'caf\xc3\xa9' | git hash-object --stdin`).
  expect(gitBlobSha('caf\u00e9')).toBe('1c2e52cfe7542a64cdea57e5fec2fc1739846c03');
  expect(gitBlobSha(Buffer.from([0x63, 0x61, 0x66, 0xc3, 0xa9]))).toBe(
    '1c2e52cfe7542a64cdea57e5fec2fc1739846c03',
  );
});
