// homebrew_formula (SPEC §6): the tap's formula has this release's version, each platform's
// url, and after each url the sha256 of that file in the release. Every code.
import { GateError } from '../../../src/model/types.js';
import {
  assetNameOf,
  expectedUrls,
  homebrewFormulaGate,
  judgeHomebrewFormula,
  type HomebrewFacts,
  type HomebrewFormulaParams,
} from '../../../src/gates/homebrew-formula.js';
import { evalContext } from '../../fixtures/policies.js';
import { NO_RELEASE, releaseAsset, releaseListing, sha } from './fixtures.js';
import { goreleaserCask, plasmiteSeedFormula } from '../../fixtures/homebrew-files.js';
import { loadLibraries } from '../../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['jmespath', 'toml']);

const ctx = evalContext({ repository: { owner: 'acme', repo: 'plasmite' } });
const BASE = 'https://github.com/acme/plasmite/releases/download/v1.2.0';
const PLATFORMS = ['linux_amd64', 'darwin_amd64', 'darwin_arm64'];
const CONTENT: Record<string, string> = Object.fromEntries(PLATFORMS.map((p) => [p, `${p} bytes`]));
const fileOf = (platform: string) => `plasmite_1.2.0_${platform}.tar.gz`;

const params = (overrides: Partial<HomebrewFormulaParams> = {}): HomebrewFormulaParams => ({
  repository: 'acme/homebrew-tap',
  path: 'Formula/plasmite.rb',
  url: `${BASE}/plasmite_1.2.0_{platform}.tar.gz`,
  platforms: PLATFORMS,
  checksums_file: 'sha256sums.txt',
  ...overrides,
});

function formula(
  options: { version?: string | null; shas?: Record<string, string>; urls?: Record<string, string> } = {},
): string {
  const version = options.version === undefined ? '1.2.0' : options.version;
  const entry = (platform: string) =>
    `      url "${options.urls?.[platform] ?? `${BASE}/${fileOf(platform)}`}"\n      sha256 "${options.shas?.[platform] ?? sha(CONTENT[platform]!)}"`;
  return `class Plasmite < Formula
  desc "Persistent message pools"
${version === null ? '' : `  version "${version}"\n`}  on_macos do
    if Hardware::CPU.intel?
${entry('darwin_amd64')}
    end
    if Hardware::CPU.arm?
${entry('darwin_arm64')}
    end
  end
  on_linux do
    if Hardware::CPU.intel?
${entry('linux_amd64')}
    end
  end
end
`;
}

function facts(text: string | null, overrides: Partial<HomebrewFacts> = {}): HomebrewFacts {
  return {
    tap: { owner: 'acme', repo: 'homebrew-tap' },
    formula: text === null ? null : { path: 'Formula/plasmite.rb', ref: '', text, sha: 'blobsha' },
    release: releaseListing(PLATFORMS.map((p, id) => releaseAsset(fileOf(p), CONTENT[p]!, { id }))),
    checksumTexts: {},
    ...overrides,
  };
}

describe('homebrew_formula parameters', () => {
  test('url × platforms, and the asset a url names', () => {
    expect(expectedUrls(params()).map((e) => e.url)).toEqual(PLATFORMS.map((p) => `${BASE}/${fileOf(p)}`));
    expect(expectedUrls({ url: 'https://x/a.tgz' })).toEqual([{ platform: null, url: 'https://x/a.tgz' }]);
    expect(assetNameOf('https://x/dl/v1/my%20tool.tar.gz?raw=1#x')).toBe('my tool.tar.gz');
    expect(assetNameOf('https://x/dl/%E0%A4%A')).toBe('%E0%A4%A');
  });

  test('checkParams: {platform} and platforms go together', () => {
    expect(() => homebrewFormulaGate.checkParams!(params({ platforms: undefined }))).toThrow(GateError);
    expect(() => homebrewFormulaGate.checkParams!(params({ url: 'https://x/a.tgz' }))).toThrow(
      'no {platform}',
    );
    expect(() => homebrewFormulaGate.checkParams!(params())).not.toThrow();
    expect(homebrewFormulaGate.extraPlaceholders).toEqual(['platform']);
  });

  test('checkParams: an artifacts glob needs source: build_artifacts', () => {
    expect(() => homebrewFormulaGate.checkParams!(params({ artifacts: 'dist-*' }))).toThrow(
      'artifacts (a glob of build artifacts) needs source: build_artifacts.',
    );
    expect(() =>
      homebrewFormulaGate.checkParams!(params({ artifacts: 'dist-*', source: 'build_artifacts' })),
    ).not.toThrow();
  });
});

describe('judgeHomebrewFormula', () => {
  test('FORMULA_ALIGNED when version, urls and sha256s match the release', () => {
    const verdict = judgeHomebrewFormula(params(), facts(formula()), ctx);
    expect(verdict).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(verdict.message).toBe(
      'acme/homebrew-tap:Formula/plasmite.rb at its default branch installs 1.2.0: all 3 platform urls and sha256s match the release.',
    );
    expect(verdict.links![0]).toEqual({
      title: 'Formula Formula/plasmite.rb',
      url: 'https://github.com/acme/homebrew-tap/blob/HEAD/Formula/plasmite.rb',
    });
  });

  test('FORMULA_MISSING when the tap has no such file', () => {
    const verdict = judgeHomebrewFormula(params({ ref: 'main' }), facts(null), ctx);
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'FORMULA_MISSING',
      message: "acme/homebrew-tap has no formula 'Formula/plasmite.rb' at main.",
    });
  });

  test('FORMULA_VERSION_MISMATCH for another version, and for none', () => {
    const wrong = judgeHomebrewFormula(params(), facts(formula({ version: '1.1.0' })), ctx);
    expect(wrong).toMatchObject({ status: 'fail', code: 'FORMULA_VERSION_MISMATCH' });
    expect(wrong.message).toContain('version "1.1.0" on line 3, expected "1.2.0"');
    const none = judgeHomebrewFormula(params(), facts(formula({ version: null })), ctx);
    expect(none).toMatchObject({ status: 'fail', code: 'FORMULA_VERSION_MISMATCH' });
    expect(none.message).toContain('declares no version (add version "1.2.0")');
  });

  test('FORMULA_URL_MISMATCH names each platform whose url is not there', () => {
    const verdict = judgeHomebrewFormula(
      params(),
      facts(
        formula({
          urls: { darwin_arm64: `${BASE.replace('v1.2.0', 'v1.1.0')}/plasmite_1.1.0_darwin_arm64.tar.gz` },
        }),
      ),
      ctx,
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_URL_MISMATCH' });
    expect(verdict.message).toContain(`darwin_arm64: no url "${BASE}/${fileOf('darwin_arm64')}"`);
    expect(verdict.message).not.toContain('linux_amd64');
  });

  test('FORMULA_SHA_MISMATCH gives the formula sha256, its line and the release one', () => {
    const verdict = judgeHomebrewFormula(
      params(),
      facts(formula({ shas: { linux_amd64: 'f'.repeat(64) } })),
      ctx,
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    expect(verdict.message).toContain(
      `linux_amd64: sha256 "${'f'.repeat(64)}" on line 17, but the release file's is ${sha(CONTENT.linux_amd64!)}`,
    );
  });

  test('FORMULA_SHA_MISMATCH when a url has no sha256 after it', () => {
    const text = formula().replace(/\n\s+sha256 "[0-9a-f]+"\n(\s+end\n\s+end\nend)/, '\n$1');
    const verdict = judgeHomebrewFormula(params(), facts(text), ctx);
    expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    expect(verdict.message).toContain('linux_amd64: url on line 16 has no sha256 in its block');
  });

  test('the first problem by fix order gives the code; the message has them all', () => {
    const verdict = judgeHomebrewFormula(
      params(),
      facts(formula({ version: '1.1.0', shas: { darwin_amd64: 'e'.repeat(64) } })),
      ctx,
    );
    expect(verdict.code).toBe('FORMULA_VERSION_MISMATCH');
    expect(verdict.message).toContain('darwin_amd64: sha256');
    expect(verdict.details!.problems).toHaveLength(2);
  });

  test('ASSET_MISSING when the release lacks the file a url points at, or there is no release', () => {
    const release = releaseListing([
      releaseAsset(fileOf('linux_amd64'), CONTENT.linux_amd64!),
      releaseAsset(fileOf('darwin_amd64'), CONTENT.darwin_amd64!),
    ]);
    const missing = judgeHomebrewFormula(params(), facts(formula(), { release }), ctx);
    expect(missing).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(missing.message).toContain(
      `darwin_arm64: the url points at '${fileOf('darwin_arm64')}', which release v1.2.0 does not have`,
    );
    const noRelease = judgeHomebrewFormula(params(), facts(formula(), { release: NO_RELEASE }), ctx);
    expect(noRelease).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(noRelease.message).toContain('no published release');
  });

  test('an asset without a digest is checked against the release checksum listing', () => {
    const release = releaseListing(
      PLATFORMS.map((p) => releaseAsset(fileOf(p), CONTENT[p]!, { digest: null })),
    );
    const listing = PLATFORMS.map((p) => `${sha(CONTENT[p]!)}  ${fileOf(p)}`).join('\n');
    expect(
      judgeHomebrewFormula(
        params(),
        facts(formula(), { release, checksumTexts: { 'sha256sums.txt': listing } }),
        ctx,
      ),
    ).toMatchObject({ status: 'pass' });
    const wrongListing = listing.replace(sha(CONTENT.darwin_amd64!), 'd'.repeat(64));
    expect(
      judgeHomebrewFormula(
        params(),
        facts(formula(), { release, checksumTexts: { 'sha256sums.txt': wrongListing } }),
        ctx,
      ),
    ).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    const sidecars = Object.fromEntries(
      PLATFORMS.map((p) => [`${fileOf(p)}.sha256`, `${sha(CONTENT[p]!)}  ${fileOf(p)}\n`]),
    );
    expect(
      judgeHomebrewFormula(params(), facts(formula(), { release, checksumTexts: sidecars }), ctx),
    ).toMatchObject({ status: 'pass' });
    expect(
      judgeHomebrewFormula(
        params(),
        facts(formula(), { release, checksumTexts: { 'sha256sums.txt': 'junk' } }),
        ctx,
      ),
    ).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
  });

  test('an asset with neither digest nor checksum cannot be verified: error', () => {
    const release = releaseListing(
      PLATFORMS.map((p) => releaseAsset(fileOf(p), CONTENT[p]!, { digest: null })),
    );
    const verdict = judgeHomebrewFormula(params(), facts(formula(), { release }), ctx);
    expect(verdict).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
  });

  test('FORMULA_UNPARSABLE (error) for a formula that cannot be tokenized', () => {
    const verdict = judgeHomebrewFormula(params(), facts('class P < Formula\n  url "https://x\n'), ctx);
    expect(verdict).toMatchObject({ status: 'error', code: 'FORMULA_UNPARSABLE' });
    expect(verdict.message).toContain('line 2: unterminated string');
  });

  test('a single url without platforms', () => {
    const text = `class P < Formula\n  version "1.2.0"\n  url "${BASE}/${fileOf('linux_amd64')}"\n  sha256 "${sha(CONTENT.linux_amd64!)}"\nend\n`;
    const verdict = judgeHomebrewFormula(
      params({ url: `${BASE}/${fileOf('linux_amd64')}`, platforms: undefined }),
      facts(text),
      ctx,
    );
    expect(verdict).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(verdict.message).toContain('its url and sha256 match');
  });
});

describe('homebrew_formula on casks', () => {
  const ERGO = 'https://github.com/acme/ergo/releases/download';
  const ERGO_PLATFORMS = ['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64'];
  const ergoFile = (platform: string) => `ergo_1.2.0_${platform}.tar.gz`;
  const ergoBytes = (platform: string) => `ergo ${platform} bytes`;
  const ergoParams = params({
    repository: 'acme/homebrew-tap',
    path: 'Casks/ergo.rb',
    url: `${ERGO}/v1.2.0/ergo_1.2.0_{platform}.tar.gz`,
    platforms: ERGO_PLATFORMS,
  });
  const ergoRelease = releaseListing(
    ERGO_PLATFORMS.map((p, id) => releaseAsset(ergoFile(p), ergoBytes(p), { id })),
  );
  const hashes = ERGO_PLATFORMS.map((p) => sha(ergoBytes(p))) as [string, string, string, string];
  const caskFacts = (text: string): HomebrewFacts => ({
    tap: { owner: 'acme', repo: 'homebrew-tap' },
    formula: { path: 'Casks/ergo.rb', ref: '', text, sha: 'blobsha' },
    release: ergoRelease,
    checksumTexts: {},
  });

  test('FORMULA_MISSING for a cask path says cask', () => {
    const verdict = judgeHomebrewFormula(ergoParams, { ...caskFacts(''), formula: null }, ctx);
    expect(verdict.message).toBe("acme/homebrew-tap has no cask 'Casks/ergo.rb' at its default branch.");
  });

  test('a GoReleaser cask aligned with its release: FORMULA_ALIGNED', () => {
    const verdict = judgeHomebrewFormula(ergoParams, caskFacts(goreleaserCask(ERGO, '1.2.0', hashes)), ctx);
    expect(verdict).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(verdict.message).toContain('all 4 platform urls and sha256s match');
    expect(verdict.details!.formula).toMatchObject({ kind: 'cask' });
  });

  test.each(ERGO_PLATFORMS.map((platform, index) => [platform, index] as const))(
    'a stale sha256 in the %s block names that platform, and only it',
    (platform, index) => {
      const stale = [...hashes] as typeof hashes;
      stale[index] = 'e'.repeat(64);
      const verdict = judgeHomebrewFormula(ergoParams, caskFacts(goreleaserCask(ERGO, '1.2.0', stale)), ctx);
      expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
      expect(verdict.details!.problems).toEqual([
        {
          code: 'FORMULA_SHA_MISMATCH',
          text: expect.stringMatching(
            new RegExp(
              `^${platform}: sha256 "e{64}" on line \\d+, but the release file's is ${hashes[index]}$`,
            ),
          ),
        },
      ]);
      for (const other of ERGO_PLATFORMS.filter((p) => p !== platform))
        expect(verdict.message).not.toContain(other);
    },
  );

  test('a multi-architecture sha256 statement is not understood: it fails, never passes unchecked', () => {
    const cask = `cask "ergo" do
  arch arm: "arm64", intel: "amd64"
  version "1.2.0"
  sha256 arm: "${hashes[1]}", intel: "${hashes[0]}"
  url "${ERGO}/v#{version}/ergo_#{version}_darwin_#{arch}.tar.gz"
end
`;
    const verdict = judgeHomebrewFormula(
      { ...ergoParams, platforms: ['darwin_amd64', 'darwin_arm64'] },
      caskFacts(cask),
      ctx,
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_URL_MISMATCH' });
  });

  test('a cask of another version: FORMULA_VERSION_MISMATCH and its #{version} urls miss', () => {
    const verdict = judgeHomebrewFormula(ergoParams, caskFacts(goreleaserCask(ERGO, '1.1.0', hashes)), ctx);
    expect(verdict.code).toBe('FORMULA_VERSION_MISMATCH');
    expect(verdict.message).toContain(`darwin_amd64: no url "${ERGO}/v1.2.0/${ergoFile('darwin_amd64')}"`);
  });
});

describe('FORMULA_STRAY_URL', () => {
  const SEED_PLATFORMS = ['darwin_arm64', 'darwin_amd64', 'linux_amd64'];
  const seedFile = (platform: string) => `plasmite_0.1.0_${platform}.tar.gz`;
  const seedBytes = (platform: string) => `plasmite ${platform} 0.1.0`;
  const seedCtx = evalContext({
    repository: { owner: 'acme', repo: 'plasmite' },
    tag: 'v0.1.0',
    version: '0.1.0',
  });
  const SEED_BASE = 'https://github.com/acme/plasmite/releases/download';
  const seedParams = params({
    url: `${SEED_BASE}/v0.1.0/plasmite_0.1.0_{platform}.tar.gz`,
    platforms: SEED_PLATFORMS,
  });
  const seedHashes = SEED_PLATFORMS.map((p) => sha(seedBytes(p))) as [string, string, string];
  const seedFacts = (text: string, extra: string[] = []): HomebrewFacts => ({
    tap: { owner: 'acme', repo: 'homebrew-tap' },
    formula: { path: 'Formula/plasmite.rb', ref: '', text, sha: 'blobsha' },
    release: releaseListing(
      [...SEED_PLATFORMS, ...extra].map((p, id) => releaseAsset(seedFile(p), seedBytes(p), { id })),
      'release v0.1.0',
    ),
    checksumTexts: {},
  });

  test("plasmite's seed formula: the linux_arm64 url with a placeholder sha256 is a stray", () => {
    const verdict = judgeHomebrewFormula(
      seedParams,
      seedFacts(plasmiteSeedFormula(SEED_BASE, seedHashes)),
      seedCtx,
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'FORMULA_STRAY_URL' });
    expect(verdict.message).toContain(
      `linux_arm64: url "${SEED_BASE}/v0.1.0/${seedFile('linux_arm64')}" on line 20 points into this release's downloads, but platform linux_arm64 is not among the platforms checked (darwin_arm64, darwin_amd64, linux_amd64) and release v0.1.0 has no '${seedFile('linux_arm64')}'`,
    );
    expect(verdict.message).toContain(
      'sha256 "PLACEHOLDER_LINUX_ARM64_SHA256" on line 21 is not 64 lower-case hex digits (a placeholder?)',
    );
    expect(verdict.details!.problems).toHaveLength(1);
  });

  test('the same formula without the leftover block is aligned (the check can pass)', () => {
    const text = plasmiteSeedFormula(SEED_BASE, seedHashes).replace(
      / {4}if Hardware::CPU\.arm\?\n\s+url "[^"]+linux_arm64[^"]+"\n\s+sha256 "PLACEHOLDER_LINUX_ARM64_SHA256"\n {4}else\n([\s\S]*?) {4}end\n/,
      '    if Hardware::CPU.intel?\n$1    end\n',
    );
    expect(text).not.toContain('linux_arm64');
    expect(judgeHomebrewFormula(seedParams, seedFacts(text), seedCtx)).toMatchObject({
      status: 'pass',
      code: 'FORMULA_ALIGNED',
    });
  });

  test('a url to a file the release has but the policy does not check is a stray too', () => {
    const hashed = plasmiteSeedFormula(SEED_BASE, seedHashes).replace(
      'PLACEHOLDER_LINUX_ARM64_SHA256',
      sha(seedBytes('linux_arm64')),
    );
    const verdict = judgeHomebrewFormula(seedParams, seedFacts(hashed, ['linux_arm64']), seedCtx);
    expect(verdict.code).toBe('FORMULA_STRAY_URL');
    expect(verdict.message).toContain(
      `release v0.1.0 has '${seedFile('linux_arm64')}': add it to the policy or remove the url`,
    );
    expect(verdict.message).not.toContain('placeholder');
    // With linux_arm64 in the policy the same formula is aligned.
    expect(
      judgeHomebrewFormula(
        { ...seedParams, platforms: [...SEED_PLATFORMS, 'linux_arm64'] },
        seedFacts(hashed, ['linux_arm64']),
        seedCtx,
      ),
    ).toMatchObject({ status: 'pass' });
  });

  test('a placeholder or upper-case sha256 on a checked url is a stray, not a sha mismatch', () => {
    const upper = judgeHomebrewFormula(
      params(),
      facts(formula({ shas: { darwin_arm64: sha(CONTENT.darwin_arm64!).toUpperCase() } })),
      ctx,
    );
    expect(upper.code).toBe('FORMULA_STRAY_URL');
    expect(upper.message).toContain('darwin_arm64: sha256');
    expect(upper.message).toContain('upper case; brew audit wants lower case');
    expect(upper.details!.problems).toHaveLength(1);
    const placeholder = judgeHomebrewFormula(
      params(),
      facts(formula({ shas: { linux_amd64: 'TODO' } })),
      ctx,
    );
    expect(placeholder.code).toBe('FORMULA_STRAY_URL');
    expect(placeholder.message).toContain(
      'linux_amd64: sha256 "TODO" on line 17 is not 64 lower-case hex digits',
    );
  });

  test('urls outside the release downloads (another host, another tag) are not strays', () => {
    const text = formula().replace(
      '  on_linux do',
      `  resource "extra" do\n    url "${BASE}/unrelated.tar.gz"\n    sha256 "PLACEHOLDER"\n  end\n  on_linux do`,
    );
    expect(judgeHomebrewFormula(params(), facts(text), ctx)).toMatchObject({ status: 'pass' });
    const older = formula({
      urls: { darwin_arm64: `${BASE.replace('v1.2.0', 'v1.1.0')}/${fileOf('darwin_arm64')}` },
    });
    const verdict = judgeHomebrewFormula(params(), facts(older), ctx);
    expect(verdict.code).toBe('FORMULA_URL_MISMATCH');
    expect((verdict.details!.problems as { code: string }[]).map((p) => p.code)).toEqual([
      'FORMULA_URL_MISMATCH',
    ]);
  });
});

describe('homebrew_formula with platforms_from', () => {
  test('checkParams: platforms_from takes the place of platforms, never both, and its query must compile', () => {
    const from = {
      file: 'release/targets.json',
      query: "targets[?channels.homebrew=='official'].sdk_platform",
    };
    expect(() =>
      homebrewFormulaGate.checkParams!(params({ platforms: undefined, platforms_from: from })),
    ).not.toThrow();
    expect(() => homebrewFormulaGate.checkParams!(params({ platforms_from: from }))).toThrow('not both');
    expect(() =>
      homebrewFormulaGate.checkParams!(
        params({ platforms: undefined, platforms_from: { ...from, query: 'targets[?' } }),
      ),
    ).toThrow('not a valid JMESPath expression');
    expect(() =>
      homebrewFormulaGate.checkParams!(
        params({ url: 'https://x/a.tgz', platforms: undefined, platforms_from: from }),
      ),
    ).toThrow('platforms_from is given but url has no {platform}');
  });

  test('the judge checks the platforms read from the repository, and reports where they came from', () => {
    const platformsRead = {
      file: 'release/targets.json',
      query: 'q',
      sha: 'abc',
      platforms: ['linux_amd64', 'darwin_arm64'],
    };
    const noList = params({
      platforms: undefined,
      platforms_from: { file: 'release/targets.json', query: 'q' },
    });
    // darwin_amd64 is in the formula but not in the list read: a stray.
    const verdict = judgeHomebrewFormula(noList, facts(formula(), { platformsRead }), ctx);
    expect(verdict.code).toBe('FORMULA_STRAY_URL');
    expect(verdict.message).toContain(
      'platform darwin_amd64 is not among the platforms checked (linux_amd64, darwin_arm64)',
    );
    expect(verdict.details!.platforms_from).toEqual(platformsRead);
    const all = { ...platformsRead, platforms: PLATFORMS };
    expect(judgeHomebrewFormula(noList, facts(formula(), { platformsRead: all }), ctx)).toMatchObject({
      status: 'pass',
    });
  });
});
