// platforms_from: a JMESPath query over a JSON, YAML or TOML file of the repository, read at
// the commit under evaluation. Each way it can go wrong is an error with its own code naming
// the file and the query; nothing falls back to an empty or partial list.
import fc from 'fast-check';
import { GateError } from '../../../src/model/types.js';
import {
  checkPlatformsFrom,
  platformsFromText,
  readPlatformsFrom,
  type PlatformsFrom,
} from '../../../src/facts/platforms-from.js';
import { context, factStore, fakeGitHub, httpError, SHA } from './fake-github.js';
import { loadLibraries } from '../../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['jmespath', 'toml']);

// Shaped like plasmite's release/targets.json: one entry per Rust target with its channels.
const TARGETS_JSON = JSON.stringify(
  {
    schema_version: 1,
    targets: [
      target('x86_64-unknown-linux-gnu', 'linux_amd64', {
        github_sdk: 'official',
        homebrew: 'official',
        pypi: null,
      }),
      target('x86_64-apple-darwin', 'darwin_amd64', {
        github_sdk: 'official',
        homebrew: 'official',
        pypi: 'official',
      }),
      target('aarch64-apple-darwin', 'darwin_arm64', {
        github_sdk: 'official',
        homebrew: 'official',
        pypi: 'official',
      }),
      target(
        'x86_64-pc-windows-msvc',
        'windows_amd64',
        { github_sdk: null, homebrew: null, pypi: 'official' },
        false,
      ),
    ],
  },
  null,
  2,
);

function target(rust: string, sdk: string, channels: Record<string, string | null>, buildSdk = true) {
  return { rust_target: rust, sdk_platform: sdk, build_sdk: buildSdk, channels };
}

const HOMEBREW = "targets[?channels.homebrew=='official'].sdk_platform";
const spec = (file: string, query = HOMEBREW): PlatformsFrom => ({ file, query });

function gateError(run: () => unknown): GateError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('expected a GateError');
}

describe('platformsFromText', () => {
  test("plasmite's targets.json: the homebrew platforms, and the SDK ones", () => {
    expect(platformsFromText(spec('release/targets.json'), TARGETS_JSON)).toEqual([
      'linux_amd64',
      'darwin_amd64',
      'darwin_arm64',
    ]);
    expect(
      platformsFromText(spec('release/targets.json', 'targets[?build_sdk].sdk_platform'), TARGETS_JSON),
    ).toHaveLength(3);
    expect(
      platformsFromText(
        spec('release/targets.json', "targets[?channels.pypi=='official'].sdk_platform"),
        TARGETS_JSON,
      ),
    ).toEqual(['darwin_amd64', 'darwin_arm64', 'windows_amd64']);
  });

  test('YAML: booleans are booleans, so a filter on `false` drops the entry', () => {
    const yaml = `targets:
  - name: linux_amd64
    homebrew: true
  - name: linux_arm64
    homebrew: false
  - name: darwin_arm64
    homebrew: true
`;
    expect(platformsFromText(spec('release/targets.yml', 'targets[?homebrew].name'), yaml)).toEqual([
      'linux_amd64',
      'darwin_arm64',
    ]);
  });

  test('TOML: an array of tables', () => {
    const toml = `[[target]]
platform = "linux_amd64"
tier = 1

[[target]]
platform = "windows_amd64"
tier = 2
`;
    expect(platformsFromText(spec('dist.toml', 'target[?tier==`1`].platform'), toml)).toEqual([
      'linux_amd64',
    ]);
    expect(platformsFromText(spec('dist.toml', 'target[*].platform'), toml)).toEqual([
      'linux_amd64',
      'windows_amd64',
    ]);
  });

  test.each([
    ['nothing matched (a misspelt field)', 'targetz[*].sdk_platform', 'gives null'],
    ['an empty list', "targets[?channels.homebrew=='nightly'].sdk_platform", 'gives an empty list'],
    ['an object', 'targets[0]', 'gives an object'],
    ['a string', 'targets[0].sdk_platform', 'gives a string "linux_amd64"'],
    ['a list with a null', '[targets[0].channels.pypi, targets[1].sdk_platform]', 'item 0 is null'],
    ['a list of booleans', 'targets[*].build_sdk', 'item 0 is a boolean'],
    ['the same name twice (projections drop nulls)', 'targets[*].channels.homebrew', "'official' twice"],
  ])('%s is PLATFORMS_INVALID naming file and query', (_what, query, reason) => {
    const error = gateError(() => platformsFromText(spec('release/targets.json', query), TARGETS_JSON));
    expect(error.code).toBe('PLATFORMS_INVALID');
    expect(error.message).toContain(`'${query}'`);
    expect(error.message).toContain("'release/targets.json'");
    expect(error.message).toContain(reason);
    expect(error.details).toMatchObject({ file: 'release/targets.json', query });
  });

  test('the same platform twice, or one that cannot be part of a file name, is PLATFORMS_INVALID', () => {
    const json = JSON.stringify({ p: ['linux_amd64', 'linux_amd64'], q: ['linux amd64'], r: ['a/b'] });
    expect(gateError(() => platformsFromText(spec('x.json', 'p'), json)).message).toContain(
      "'linux_amd64' twice",
    );
    expect(gateError(() => platformsFromText(spec('x.json', 'q'), json)).message).toContain(
      'cannot be part of a file name',
    );
    expect(gateError(() => platformsFromText(spec('x.json', 'r'), json)).code).toBe('PLATFORMS_INVALID');
  });

  test('a query that fails at run time is PLATFORMS_QUERY_FAILED', () => {
    const error = gateError(() =>
      platformsFromText(spec('release/targets.json', 'abs(targets)'), TARGETS_JSON),
    );
    expect(error.code).toBe('PLATFORMS_QUERY_FAILED');
    expect(error.message).toContain("the query 'abs(targets)' fails on 'release/targets.json'");
    expect(error.message).toContain('expected argument 1 to be type (number)');
  });

  test.each([
    ['release/targets.json', '{"targets": [', 'invalid JSON'],
    ['release/targets.yml', 'targets: [a, b\n', 'invalid YAML'],
    ['release/targets.toml', 'targets = [\n', 'invalid TOML'],
  ])('%s that does not parse is PLATFORMS_UNREADABLE with the position', (file, text, reason) => {
    const error = gateError(() => platformsFromText(spec(file, 'targets'), text, 'abc1234'));
    expect(error.code).toBe('PLATFORMS_UNREADABLE');
    expect(error.message).toContain(`'${file}' (query 'targets')`);
    expect(error.message).toContain(reason);
    expect(error.message).toContain('at abc1234');
  });
});

describe('platformsFromText on any input', () => {
  test('property: a list of distinct usable names, or a GateError with a PLATFORMS_ code; nothing else', () => {
    const file = fc.constantFrom('t.json', 't.yml', 't.toml');
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        TARGETS_JSON,
        'targets:\n  - a\n  - b\n',
        'targets = ["a", "b"]\n',
        '{"targets": [1, null, "x"]}',
      ),
    );
    const query = fc.constantFrom(
      'targets',
      'targets[*]',
      '@',
      'targets[0]',
      HOMEBREW,
      'length(@)',
      'keys(@)',
      'targets[?@]',
    );
    fc.assert(
      fc.property(file, text, query, (path, body, q) => {
        try {
          const platforms = platformsFromText(spec(path, q), body);
          expect(platforms.length).toBeGreaterThan(0);
          expect(new Set(platforms).size).toBe(platforms.length);
          for (const p of platforms) expect(p).toMatch(/^[^/\\{}\s]+$/);
        } catch (error) {
          expect(error).toBeInstanceOf(GateError);
          expect((error as GateError).code).toMatch(/^PLATFORMS_(UNREADABLE|QUERY_FAILED|INVALID)$/);
        }
      }),
      { numRuns: 300, seed: 1404 },
    );
  });
});

describe('checkPlatformsFrom', () => {
  test('a query that does not compile, or a file type that cannot be parsed, is INVALID_PARAMS', () => {
    expect(() => checkPlatformsFrom(spec('release/targets.json'), 'platforms_from')).not.toThrow();
    const syntax = gateError(() =>
      checkPlatformsFrom(spec('release/targets.json', 'targets[?'), 'platforms_from'),
    );
    expect(syntax.code).toBe('INVALID_PARAMS');
    expect(syntax.message).toContain("platforms_from.query 'targets[?' is not a valid JMESPath expression");
    const type = gateError(() =>
      checkPlatformsFrom(spec('release/targets.txt'), 'required[0].platforms_from'),
    );
    expect(type.message).toContain("required[0].platforms_from.file 'release/targets.txt' is not a .json");
  });
});

describe('readPlatformsFrom', () => {
  const blob = (text: string) => ({
    __typename: 'Blob',
    oid: 'b'.repeat(40),
    byteSize: text.length,
    isBinary: false,
    isTruncated: false,
    text,
  });
  const answering = (objects: Record<string, unknown>) =>
    fakeGitHub({}, (variables) => {
      const answer: Record<string, unknown> = { commit: { __typename: 'Commit' } };
      for (const [name, value] of Object.entries(variables)) {
        if (!name.startsWith('file')) continue;
        const [sha, path] = String(value).split(/:(.*)/s) as [string, string];
        answer[name] = sha === SHA ? (objects[path] ?? null) : null;
      }
      return { data: { repository: answer } };
    });

  test('reads the file at the commit under evaluation, in one request', async () => {
    const { github, calls } = answering({ 'release/targets.json': blob(TARGETS_JSON) });
    const { facts } = factStore(github);
    const read = await readPlatformsFrom(facts, context(), spec('release/targets.json'));
    expect(read).toEqual({
      file: 'release/targets.json',
      query: HOMEBREW,
      sha: SHA,
      platforms: ['linux_amd64', 'darwin_amd64', 'darwin_arm64'],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params.file0).toBe(`${SHA}:release/targets.json`);
  });

  test('a file missing at the commit, or a directory, is PLATFORMS_UNREADABLE', async () => {
    const { github } = answering({ release: { __typename: 'Tree' } });
    const { facts } = factStore(github);
    await expect(readPlatformsFrom(facts, context(), spec('release/targets.json'))).rejects.toMatchObject({
      code: 'PLATFORMS_UNREADABLE',
      message: expect.stringContaining(`'release/targets.json' does not exist at ${SHA.slice(0, 7)}`),
    });
    await expect(readPlatformsFrom(facts, context(), spec('release'))).rejects.toMatchObject({
      code: 'PLATFORMS_UNREADABLE',
      message: expect.stringContaining('is a directory, not a file'),
    });
  });

  test('an API failure keeps its own code, naming the permission', async () => {
    const { github } = fakeGitHub({}, () => {
      throw httpError(403, '/graphql');
    });
    const { facts } = factStore(github);
    const error = await readPlatformsFrom(facts, context(), spec('release/targets.json')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).not.toBe('PLATFORMS_UNREADABLE');
    expect((error as GateError).message).toMatch(/contents: read|permission/i);
  });

  test('without a commit there is nothing to read: SHA_UNRESOLVED', async () => {
    const { facts } = factStore(null);
    await expect(
      readPlatformsFrom(facts, context({ sha: '' }), spec('release/targets.json')),
    ).rejects.toMatchObject({
      code: 'SHA_UNRESOLVED',
    });
  });
});
