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
    expect(verdict.message).toContain('linux_amd64: url on line 16 has no sha256 after it');
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
