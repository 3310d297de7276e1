// version_alignment: the judge reads every file entry from plain file texts and decides
// every code; `collect` reads all files in one GraphQL request.
import type { FileAtCommit, FilesAtCommit } from '../../../src/facts/files-at-commit.js';
import {
  captureGroupCount,
  judgeVersionAlignment,
  versionAlignmentGate,
  type VersionAlignmentParams,
  type VersionFileSpec,
} from '../../../src/gates/version-alignment.js';
import { context, factStore, fakeGitHub, OWNER, REPO, SHA } from '../../facts/commit/fake-github.js';
import { loadLibraries } from '../../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['toml']);

/** release-publish.yml's `versions` gate. */
const RELEASE_PUBLISH: VersionFileSpec[] = [
  { path: 'Cargo.toml', pointer: '/package/version' },
  { path: 'bindings/python/pyproject.toml', pointer: '/project/version' },
  { path: 'bindings/node/package.json', pointer: '/version' },
  { path: 'package-lock.json', pointer: '/version' },
  { path: 'package-lock.json', pointer: '/packages//version' },
  { path: 'bindings/node/native/Cargo.toml', pointer: '/package/version' },
];

function plasmiteFiles(
  version: string,
  overrides: Record<string, string | null> = {},
): Record<string, string | null> {
  return {
    'Cargo.toml': `[package]\nname = "plasmite"\nversion = "${version}"\nedition = "2021"\n`,
    'bindings/python/pyproject.toml': `[project]\nname = "plasmite"\nversion = "${version}"\n`,
    'bindings/node/package.json': JSON.stringify({ name: 'plasmite', version }, null, 2),
    'package-lock.json': JSON.stringify(
      { name: 'plasmite', version, lockfileVersion: 3, packages: { '': { name: 'plasmite', version } } },
      null,
      2,
    ),
    'bindings/node/native/Cargo.toml': `[package]\nname = "plasmite-node"\nversion = "${version}"\n`,
    ...overrides,
  };
}

function filesOf(texts: Record<string, string | null>): FilesAtCommit {
  return new Map(
    Object.entries(texts).map(([path, text]): [string, FileAtCommit | null] => [
      path,
      text === null ? null : { path, oid: 'b'.repeat(40), byteSize: text.length, text },
    ]),
  );
}

const params = (files: VersionFileSpec[] = RELEASE_PUBLISH, expect = '1.2.0'): VersionAlignmentParams => ({
  files,
  expect,
});
const judge = (p: VersionAlignmentParams, texts: Record<string, string | null>) =>
  judgeVersionAlignment(p, { files: filesOf(texts) }, context());

describe('judgeVersionAlignment', () => {
  it('VERSIONS_ALIGNED when all six entries state the version', () => {
    const verdict = judge(params(), plasmiteFiles('1.2.0'));
    expect(verdict).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
    expect(verdict.message).toBe(
      'All 6 version entries state 1.2.0: Cargo.toml /package/version = 1.2.0 ✓; bindings/python/pyproject.toml /project/version = 1.2.0 ✓; ' +
        'bindings/node/package.json /version = 1.2.0 ✓; package-lock.json /version = 1.2.0 ✓; package-lock.json /packages//version = 1.2.0 ✓; ' +
        'bindings/node/native/Cargo.toml /package/version = 1.2.0 ✓',
    );
  });

  it('VERSION_MISMATCH lists every file with its value', () => {
    const verdict = judge(
      params(),
      plasmiteFiles('1.2.0', { 'bindings/node/package.json': JSON.stringify({ version: '1.1.9' }) }),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'VERSION_MISMATCH' });
    expect(verdict.message).toBe(
      'Versions disagree with 1.2.0: Cargo.toml /package/version = 1.2.0 ✓; bindings/python/pyproject.toml /project/version = 1.2.0 ✓; ' +
        'bindings/node/package.json /version = 1.1.9 ✗ (expected 1.2.0); package-lock.json /version = 1.2.0 ✓; package-lock.json /packages//version = 1.2.0 ✓; ' +
        'bindings/node/native/Cargo.toml /package/version = 1.2.0 ✓',
    );
    expect(verdict.links).toEqual([
      {
        title: 'bindings/node/package.json at 3f78685',
        url: `https://github.com/${OWNER}/${REPO}/blob/${SHA}/bindings/node/package.json`,
      },
    ]);
    expect((verdict.details as { files: unknown[] }).files[2]).toEqual({
      path: 'bindings/node/package.json',
      pointer: '/version',
      value: '1.1.9',
      state: 'mismatch',
    });
  });

  it("reads package-lock.json's root package through /packages//version (the empty key)", () => {
    const lock = JSON.stringify({
      version: '1.2.0',
      packages: { '': { version: '1.1.0' }, 'node_modules/a': { version: '1.2.0' } },
    });
    const verdict = judge(params([{ path: 'package-lock.json', pointer: '/packages//version' }]), {
      'package-lock.json': lock,
    });
    expect(verdict).toMatchObject({
      code: 'VERSION_MISMATCH',
      message:
        'Versions disagree with 1.2.0: package-lock.json /packages//version = 1.1.0 ✗ (expected 1.2.0)',
    });
  });

  it('VERSION_FILE_MISSING for a missing file', () => {
    const verdict = judge(params(), plasmiteFiles('1.2.0', { 'bindings/node/native/Cargo.toml': null }));
    expect(verdict).toMatchObject({ status: 'fail', code: 'VERSION_FILE_MISSING' });
    expect(verdict.message).toMatch(
      /^Version not found at 3f78685: Cargo\.toml \/package\/version = 1\.2\.0 ✓; .*; bindings\/node\/native\/Cargo\.toml \/package\/version: file missing ✗$/,
    );
  });

  it('VERSION_FILE_MISSING for a pointer with nothing at it, saying where it stops', () => {
    const verdict = judge(
      params([{ path: 'Cargo.toml', pointer: '/workspace/package/version' }]),
      plasmiteFiles('1.2.0'),
    );
    expect(verdict).toMatchObject({
      code: 'VERSION_FILE_MISSING',
      message:
        'Version not found at 3f78685: Cargo.toml /workspace/package/version: not found (nothing at /workspace) ✗',
    });
    expect(
      judge(params([{ path: 'Cargo.toml', pointer: '/package/vers' }]), plasmiteFiles('1.2.0')).message,
    ).toContain('Cargo.toml /package/vers: not found ✗');
  });

  it('a missing value wins over a mismatch elsewhere (both are listed)', () => {
    const verdict = judge(
      params(),
      plasmiteFiles('1.2.0', {
        'Cargo.toml': '[package]\nversion = "1.1.0"\n',
        'bindings/python/pyproject.toml': null,
      }),
    );
    expect(verdict.code).toBe('VERSION_FILE_MISSING');
    expect(verdict.message).toContain('Cargo.toml /package/version = 1.1.0 ✗ (expected 1.2.0)');
    expect(verdict.message).toContain('bindings/python/pyproject.toml /project/version: file missing ✗');
  });

  it('a table where a version should be is a mismatch that says what it found (Cargo workspace inheritance)', () => {
    const verdict = judge(params([{ path: 'Cargo.toml', pointer: '/package/version' }]), {
      'Cargo.toml': '[package]\nversion.workspace = true\n',
    });
    expect(verdict).toMatchObject({
      code: 'VERSION_MISMATCH',
      message:
        "Versions disagree with 1.2.0: Cargo.toml /package/version: inherits the workspace's version (version.workspace = true): read /workspace/package/version of the workspace's Cargo.toml instead ✗",
    });
    const table = judge(params([{ path: 'Cargo.toml', pointer: '/package' }]), {
      'Cargo.toml': '[package]\nversion = "1.2.0"\n',
    });
    expect(table.message).toBe(
      'Versions disagree with 1.2.0: Cargo.toml /package: a table/object, not a version ✗',
    );
  });

  it('regex entries: the one capture group is the version; no match is missing', () => {
    const files = { 'src/version.rs': 'pub const VERSION: &str = "1.2.0";\n', 'README.md': '# plasmite\n' };
    const specs: VersionFileSpec[] = [
      { path: 'src/version.rs', regex: 'VERSION: &str = "([^"]+)"' },
      { path: 'README.md', regex: '^version: (\\S+)$' },
    ];
    expect(judge(params(specs.slice(0, 1)), files)).toMatchObject({
      code: 'VERSIONS_ALIGNED',
      message: 'The version entry states 1.2.0: src/version.rs =~ /VERSION: &str = "([^"]+)"/ = 1.2.0 ✓',
    });
    expect(judge(params(specs), files)).toMatchObject({
      code: 'VERSION_FILE_MISSING',
      message: expect.stringContaining('README.md =~ /^version: (\\S+)$/: no match ✗'),
    });
  });

  it('regexes are multiline: ^ and $ match at line ends', () => {
    const verdict = judge(params([{ path: 'VERSION.txt', regex: '^v(\\d+\\.\\d+\\.\\d+)$' }]), {
      'VERSION.txt': 'release\nv1.2.0\n',
    });
    expect(verdict.code).toBe('VERSIONS_ALIGNED');
  });

  it('YAML values are compared as written', () => {
    const spec: VersionFileSpec[] = [{ path: 'chart/Chart.yaml', pointer: '/version' }];
    expect(judge(params(spec, '1.10'), { 'chart/Chart.yaml': 'version: 1.10\n' }).code).toBe(
      'VERSIONS_ALIGNED',
    );
    expect(judge(params(spec, '1.1'), { 'chart/Chart.yaml': 'version: 1.10\n' }).code).toBe(
      'VERSION_MISMATCH',
    );
  });

  it('an unparseable file is an error with the parser’s line and column, the other entries still listed in details', () => {
    const broken = '{\n  "name": "plasmite",\n  "version": "1.2.0",\n}\n';
    const verdict = judge(params(), plasmiteFiles('1.2.0', { 'package-lock.json': broken }));
    expect(verdict).toMatchObject({ status: 'error', code: 'VERSION_FILE_INVALID' });
    // Two entries read package-lock.json; it is parsed (and reported) once.
    expect(verdict.message).toMatch(
      /^Cannot read the version: package-lock\.json:4:1: invalid JSON: [^;]+\.$/,
    );
    expect((verdict.details as { files: { state: string }[] }).files.map((f) => f.state)).toEqual([
      'aligned',
      'aligned',
      'aligned',
      'invalid',
      'invalid',
      'aligned',
    ]);
  });

  it('a broken TOML file names its line', () => {
    const verdict = judge(params(RELEASE_PUBLISH.slice(0, 1)), {
      'Cargo.toml': '[package]\nversion = "1.2.0\n',
    });
    expect(verdict).toMatchObject({
      status: 'error',
      code: 'VERSION_FILE_INVALID',
      message: expect.stringMatching(/^Cannot read the version: Cargo\.toml:2:\d+: invalid TOML: /),
    });
  });

  it('compares with `expect` exactly', () => {
    expect(judge(params(RELEASE_PUBLISH.slice(0, 1), 'v1.2.0'), plasmiteFiles('1.2.0')).code).toBe(
      'VERSION_MISMATCH',
    );
  });

  it('errors (fails closed) when the commit is unknown', () => {
    expect(judgeVersionAlignment(params(), { files: new Map() }, context({ sha: '' }))).toMatchObject({
      status: 'error',
      code: 'SHA_UNRESOLVED',
    });
  });
});

describe('expect: consistent', () => {
  const consistent = (files: VersionFileSpec[] = RELEASE_PUBLISH) => params(files, 'consistent');
  const onBranch = context({
    ref: 'refs/heads/feature/x',
    refName: 'feature/x',
    tag: null,
    version: 'feature/x',
  });
  const judgeOnBranch = (p: VersionAlignmentParams, texts: Record<string, string | null>) =>
    judgeVersionAlignment(p, { files: filesOf(texts) }, onBranch);

  it('passes when every file states the same version, whatever it is, with no tag', () => {
    const verdict = judgeOnBranch(consistent(), plasmiteFiles('0.8.1-dev'));
    expect(verdict).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
    expect(verdict.message).toMatch(
      /^All 6 version entries state 0\.8\.1-dev \(consistent\): Cargo\.toml \/package\/version = 0\.8\.1-dev ✓; /,
    );
    expect(verdict.details!.versions).toEqual({
      '0.8.1-dev': RELEASE_PUBLISH.map((f) => `${f.path} ${'pointer' in f ? f.pointer : ''}`),
    });
  });

  it('one manifest off: VERSION_MISMATCH lists every file with its value, the odd one marked', () => {
    const verdict = judgeOnBranch(
      consistent(),
      plasmiteFiles('0.8.1', {
        'bindings/node/package.json': JSON.stringify({ name: 'plasmite', version: '0.8.0' }),
      }),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'VERSION_MISMATCH' });
    expect(verdict.message).toBe(
      'Versions disagree among the files (2 different: 0.8.1, 0.8.0): Cargo.toml /package/version = 0.8.1 ✓; bindings/python/pyproject.toml /project/version = 0.8.1 ✓; bindings/node/package.json /version = 0.8.0 ✗ (expected 0.8.1); package-lock.json /version = 0.8.1 ✓; package-lock.json /packages//version = 0.8.1 ✓; bindings/node/native/Cargo.toml /package/version = 0.8.1 ✓',
    );
    expect(verdict.details!.versions).toEqual({
      '0.8.1': [
        'Cargo.toml /package/version',
        'bindings/python/pyproject.toml /project/version',
        'package-lock.json /version',
        'package-lock.json /packages//version',
        'bindings/node/native/Cargo.toml /package/version',
      ],
      '0.8.0': ['bindings/node/package.json /version'],
    });
  });

  it('two files, two versions: no majority, so both are marked and neither is "expected"', () => {
    const files: VersionFileSpec[] = [
      { path: 'Cargo.toml', pointer: '/package/version' },
      { path: 'bindings/node/package.json', pointer: '/version' },
    ];
    const verdict = judgeOnBranch(consistent(files), {
      'Cargo.toml': '[package]\nversion = "0.9.0"\n',
      'bindings/node/package.json': '{"version": "0.8.0"}',
    });
    expect(verdict.message).toBe(
      'Versions disagree among the files (2 different: 0.9.0, 0.8.0): Cargo.toml /package/version = 0.9.0 ✗; bindings/node/package.json /version = 0.8.0 ✗',
    );
  });

  it("the lock file's root package pointer disagreeing with its top-level version is caught", () => {
    const lock = JSON.stringify({
      name: 'plasmite',
      version: '0.8.1',
      packages: { '': { version: '0.8.0' } },
    });
    const verdict = judgeOnBranch(consistent(), plasmiteFiles('0.8.1', { 'package-lock.json': lock }));
    expect(verdict.code).toBe('VERSION_MISMATCH');
    expect(verdict.message).toContain('package-lock.json /packages//version = 0.8.0 ✗ (expected 0.8.1)');
  });

  it('a workspace: [workspace.package] and a member reading it, and a member that inherits', () => {
    const files: VersionFileSpec[] = [
      { path: 'Cargo.toml', pointer: '/workspace/package/version' },
      { path: 'crates/cli/Cargo.toml', pointer: '/package/version' },
    ];
    const texts = {
      'Cargo.toml':
        '[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "2.0.0"\nedition = "2021"\n',
      'crates/cli/Cargo.toml': '[package]\nname = "cli"\nversion = "2.0.0"\n',
    };
    expect(judgeOnBranch(consistent(files), texts)).toMatchObject({ status: 'pass' });
    const inherits = judgeOnBranch(consistent(files), {
      ...texts,
      'crates/cli/Cargo.toml': '[package]\nname = "cli"\nversion.workspace = true\n',
    });
    expect(inherits).toMatchObject({ status: 'fail', code: 'VERSION_MISMATCH' });
    expect(inherits.message).toContain(
      "crates/cli/Cargo.toml /package/version: inherits the workspace's version",
    );
    // [package] read where only [workspace.package] exists: the version is not found.
    const wrongSection = judgeOnBranch(
      consistent([{ path: 'Cargo.toml', pointer: '/package/version' }]),
      texts,
    );
    expect(wrongSection).toMatchObject({ status: 'fail', code: 'VERSION_FILE_MISSING' });
    expect(wrongSection.message).toContain('Cargo.toml /package/version: not found (nothing at /package)');
  });

  it('a missing file is still VERSION_FILE_MISSING, an unparseable one VERSION_FILE_INVALID', () => {
    expect(judgeOnBranch(consistent(), plasmiteFiles('0.8.1', { 'Cargo.toml': null }))).toMatchObject({
      code: 'VERSION_FILE_MISSING',
    });
    expect(judgeOnBranch(consistent(), plasmiteFiles('0.8.1', { 'Cargo.toml': '[package\n' }))).toMatchObject(
      {
        status: 'error',
        code: 'VERSION_FILE_INVALID',
      },
    );
  });
});

describe('versionAlignmentGate.collect', () => {
  it('reads the six files of release-publish.yml in one GraphQL request', async () => {
    const texts = plasmiteFiles('1.2.0');
    const { github, calls } = fakeGitHub({}, (variables) => {
      const repository: Record<string, unknown> = { commit: { __typename: 'Commit' } };
      for (const [name, value] of Object.entries(variables)) {
        if (!name.startsWith('file')) continue;
        const text = texts[String(value).slice(SHA.length + 1)];
        repository[name] =
          text === undefined || text === null
            ? null
            : {
                __typename: 'Blob',
                oid: 'b'.repeat(40),
                byteSize: text.length,
                isBinary: false,
                isTruncated: false,
                text,
              };
      }
      return { data: { repository } };
    });
    const { facts } = factStore(github);
    const result = await versionAlignmentGate.collect(params(), context(), facts);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.kind).toBe('graphql');
    expect([...result.files.keys()].sort()).toEqual(Object.keys(texts).sort());
    expect(versionAlignmentGate.judge(params(), result, context()).code).toBe('VERSIONS_ALIGNED');
  });

  it('makes no request when the commit is unknown', async () => {
    const { github, calls } = fakeGitHub({});
    const { facts } = factStore(github);
    const noSha = context({ sha: '' });
    const result = await versionAlignmentGate.collect(params(), noSha, facts);
    expect(calls).toEqual([]);
    expect(versionAlignmentGate.judge(params(), result, noSha).status).toBe('error');
  });
});

describe('captureGroupCount', () => {
  it.each([
    ['a', 0],
    ['(a)', 1],
    ['(?:a)(b)', 1],
    ['(?<v>a)', 1],
    ['(a)|(b)', 2],
    ['\\(a\\)', 0],
    ['[(]a[)]', 0],
    ['((a))', 2],
  ])('%s has %i', (source, count) => {
    expect(captureGroupCount(source)).toBe(count);
  });
});
