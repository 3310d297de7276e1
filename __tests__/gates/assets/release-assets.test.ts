// release_assets (SPEC §6): required names from templates × platforms, checksums from a
// sha256sums listing or sidecars, verified against GitHub's digests or a download. Every code.
import { GateError } from '../../../src/model/types.js';
import {
  checksumFileNames,
  expectedChecksums,
  judgeReleaseAssets,
  releaseAssetsGate,
  requiredAssetNames,
  type ReleaseAssetsFacts,
  type ReleaseAssetsParams,
} from '../../../src/gates/release-assets.js';
import {
  artifactAsset,
  artifactListing,
  NO_RELEASE,
  releaseAsset,
  releaseListing,
  sha,
  sha256sums,
} from './fixtures.js';

const FILES: Record<string, string> = {
  'plasmite_1.2.0_linux_amd64.tar.gz': 'linux bytes',
  'plasmite_1.2.0_darwin_arm64.tar.gz': 'darwin bytes',
  'plasmite-1.2.0.tgz': 'npm bytes',
};
const NAMES = Object.keys(FILES);

const params = (overrides: Partial<ReleaseAssetsParams> = {}): ReleaseAssetsParams => ({
  source: 'release',
  required: [
    { name: 'plasmite_1.2.0_{platform}.tar.gz', platform: ['linux_amd64', 'darwin_arm64'] },
    { name: 'plasmite-1.2.0.tgz' },
  ],
  checksums: 'sha256sums',
  checksums_file: 'sha256sums.txt',
  verify: 'digest',
  workflow: 'release.yml',
  max_download_bytes: 1 << 30,
  ...overrides,
});

const releaseAssets = () => NAMES.map((name, id) => releaseAsset(name, FILES[name]!, { id }));

function releaseFacts(overrides: Partial<ReleaseAssetsFacts> = {}): ReleaseAssetsFacts {
  const sums = sha256sums(FILES);
  return {
    listing: releaseListing([...releaseAssets(), releaseAsset('sha256sums.txt', sums, { id: 99 })]),
    checksumTexts: { 'sha256sums.txt': sums },
    downloaded: {},
    ...overrides,
  };
}

describe('required names and checksum files', () => {
  test('templates × platform lists, in policy order, each name once', () => {
    expect(requiredAssetNames(params().required)).toEqual(NAMES);
    expect(requiredAssetNames([{ name: 'a_{platform}', platform: ['x', 'y'] }, { name: 'a_x' }])).toEqual([
      'a_x',
      'a_y',
    ]);
  });

  test('sha256sums needs one listing; sidecar one NAME.sha256 per file', () => {
    expect(checksumFileNames(params(), NAMES)).toEqual(['sha256sums.txt']);
    expect(checksumFileNames(params({ checksums: 'sidecar' }), ['a.zip'])).toEqual(['a.zip.sha256']);
  });

  test.each([
    [{ required: [{ name: 'p_{platform}.zip' }] }, 'no platform list'],
    [{ required: [{ name: 'p.zip', platform: ['x'] }] }, 'no {platform}'],
    [{ required: [{ name: 'dist/p.zip' }] }, "'/'"],
    [{ checksums_file: 'out/sums.txt' }, 'plain file name'],
  ])('checkParams refuses %j', (overrides, reason) => {
    expect(() => releaseAssetsGate.checkParams!(params(overrides as Partial<ReleaseAssetsParams>))).toThrow(
      GateError,
    );
    expect(() => releaseAssetsGate.checkParams!(params(overrides as Partial<ReleaseAssetsParams>))).toThrow(
      reason,
    );
  });

  test('gates expand {platform} themselves', () => {
    expect(releaseAssetsGate.extraPlaceholders).toEqual(['platform']);
  });

  test('expectedChecksums reports files that are absent and names not listed', () => {
    expect(expectedChecksums(params(), NAMES, {})).toEqual({
      kind: 'ok',
      expected: new Map(),
      missingFiles: ['sha256sums.txt'],
      unlisted: [],
    });
    const partial = expectedChecksums(params(), NAMES, {
      'sha256sums.txt': sha256sums({ 'plasmite-1.2.0.tgz': 'npm bytes' }),
    });
    expect(partial).toMatchObject({ kind: 'ok', missingFiles: [], unlisted: NAMES.slice(0, 2) });
  });
});

describe('judgeReleaseAssets', () => {
  test('ASSETS_OK when every file is there and matches its digest', () => {
    const verdict = judgeReleaseAssets(params(), releaseFacts());
    expect(verdict).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(verdict.message).toBe(
      "All 3 required files are in release v1.2.0 and match sha256sums.txt (checked against GitHub's digests).",
    );
    expect(verdict.details!.verified).toEqual(
      NAMES.map((name) => ({ name, sha256: sha(FILES[name]!), via: 'api_digest' })),
    );
    expect(verdict.links).toEqual([
      { title: 'Release v1.2.0', url: 'https://github.com/acme/plasmite/releases/tag/v1.2.0' },
    ]);
  });

  test('ASSET_MISSING lists every missing file', () => {
    const listing = releaseListing([
      releaseAsset('plasmite-1.2.0.tgz', 'npm bytes'),
      releaseAsset('sha256sums.txt', ''),
    ]);
    const verdict = judgeReleaseAssets(params(), releaseFacts({ listing }));
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toBe(
      '2 of 3 required files missing from release v1.2.0: plasmite_1.2.0_linux_amd64.tar.gz, plasmite_1.2.0_darwin_arm64.tar.gz.',
    );
    expect(verdict.details!.missing).toEqual(NAMES.slice(0, 2));
  });

  test('ASSET_MISSING when the tag has no release, with what to do', () => {
    const verdict = judgeReleaseAssets(params(), { listing: NO_RELEASE, checksumTexts: {}, downloaded: {} });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toContain(
      "None of the 3 required files can be found: acme/plasmite has no published release for tag 'v1.2.0'.",
    );
    expect(verdict.message).toContain('source: build_artifacts');
    expect(verdict.details!.missing).toEqual(NAMES);
  });

  test('an expired build artifact counts as missing, and says so', () => {
    const listing = artifactListing([
      artifactAsset(NAMES[0]!, sha(FILES[NAMES[0]!]!), { expired: true }),
      artifactAsset(NAMES[1]!, sha(FILES[NAMES[1]!]!)),
      artifactAsset(NAMES[2]!, sha(FILES[NAMES[2]!]!)),
    ]);
    const verdict = judgeReleaseAssets(params({ source: 'build_artifacts' }), releaseFacts({ listing }));
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toContain(`${NAMES[0]} (expired)`);
  });

  test('CHECKSUM_MISSING when sha256sums.txt is not in the release', () => {
    const verdict = judgeReleaseAssets(
      params(),
      releaseFacts({ listing: releaseListing(releaseAssets()), checksumTexts: {} }),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISSING' });
    expect(verdict.message).toBe(
      'Missing checksums: release v1.2.0 has no sha256sums.txt (sha256sums.txt must list every required file).',
    );
  });

  test('CHECKSUM_MISSING names the files sha256sums.txt does not list', () => {
    const sums = sha256sums({ 'plasmite-1.2.0.tgz': 'npm bytes' });
    const verdict = judgeReleaseAssets(params(), releaseFacts({ checksumTexts: { 'sha256sums.txt': sums } }));
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISSING' });
    expect(verdict.message).toContain(
      'sha256sums.txt does not list plasmite_1.2.0_linux_amd64.tar.gz, plasmite_1.2.0_darwin_arm64.tar.gz',
    );
  });

  test('CHECKSUM_MISSING lists every missing sidecar', () => {
    const sidecar = `${sha('npm bytes')}  plasmite-1.2.0.tgz\n`;
    const verdict = judgeReleaseAssets(params({ checksums: 'sidecar' }), {
      listing: releaseListing([...releaseAssets(), releaseAsset('plasmite-1.2.0.tgz.sha256', sidecar)]),
      checksumTexts: { 'plasmite-1.2.0.tgz.sha256': sidecar },
      downloaded: {},
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISSING' });
    expect(verdict.message).toContain(
      'has no plasmite_1.2.0_linux_amd64.tar.gz.sha256, plasmite_1.2.0_darwin_arm64.tar.gz.sha256',
    );
    expect(verdict.message).toContain('NAME.sha256 sidecar');
  });

  test('CHECKSUM_MALFORMED names the file and the line', () => {
    const sums = `${sha256sums(FILES)}not a checksum line\n`;
    const verdict = judgeReleaseAssets(params(), releaseFacts({ checksumTexts: { 'sha256sums.txt': sums } }));
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(verdict.message).toContain('sha256sums.txt line 4');
    expect(verdict.details).toMatchObject({ file: 'sha256sums.txt', line: 4 });
  });

  test('CHECKSUM_MALFORMED for a sidecar naming another file', () => {
    const texts = Object.fromEntries(
      NAMES.map((name) => [`${name}.sha256`, `${sha(FILES[name]!)}  ${name}\n`]),
    );
    texts[`${NAMES[1]}.sha256`] = `${sha(FILES[NAMES[1]!]!)}  dist/${NAMES[1]}\n`;
    const verdict = judgeReleaseAssets(params({ checksums: 'sidecar' }), {
      listing: releaseListing(releaseAssets()),
      checksumTexts: texts,
      downloaded: {},
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(verdict.message).toContain(`${NAMES[1]}.sha256 line 1: names 'dist/${NAMES[1]}'`);
  });

  test('sidecars that match pass', () => {
    const texts = Object.fromEntries(
      NAMES.map((name) => [`${name}.sha256`, `${sha(FILES[name]!)}  ${name}\n`]),
    );
    const verdict = judgeReleaseAssets(params({ checksums: 'sidecar' }), {
      listing: releaseListing(releaseAssets()),
      checksumTexts: texts,
      downloaded: {},
    });
    expect(verdict).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(verdict.message).toContain('their .sha256 sidecars');
  });

  test('CHECKSUM_MISMATCH gives name, expected and actual for every file', () => {
    const assets = releaseAssets();
    assets[0] = releaseAsset(NAMES[0]!, 'tampered linux bytes');
    assets[2] = releaseAsset(NAMES[2]!, 'tampered npm bytes', { id: 2 });
    const verdict = judgeReleaseAssets(
      params(),
      releaseFacts({ listing: releaseListing([...assets, releaseAsset('sha256sums.txt', '')]) }),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
    expect(verdict.message).toContain(
      `${NAMES[0]}: sha256sums.txt line 1 says ${sha('linux bytes')}, GitHub's digest is ${sha('tampered linux bytes')}`,
    );
    expect(verdict.details!.mismatches).toEqual([
      {
        name: NAMES[0],
        expected: sha('linux bytes'),
        actual: sha('tampered linux bytes'),
        expected_from: 'sha256sums.txt line 1',
        actual_from: 'api_digest',
      },
      {
        name: NAMES[2],
        expected: sha('npm bytes'),
        actual: sha('tampered npm bytes'),
        expected_from: 'sha256sums.txt line 3',
        actual_from: 'api_digest',
      },
    ]);
  });

  test('an asset without an API digest cannot be verified by digest: error, suggesting verify: download', () => {
    const assets = releaseAssets();
    assets[1] = releaseAsset(NAMES[1]!, FILES[NAMES[1]!]!, { digest: null });
    const verdict = judgeReleaseAssets(
      params(),
      releaseFacts({ listing: releaseListing([...assets, releaseAsset('sha256sums.txt', '')]) }),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
    expect(verdict.message).toContain(NAMES[1]);
    expect(verdict.message).toContain('verify: download');
  });

  test('verify: download compares with the downloaded hash, not the digest', () => {
    const downloaded = Object.fromEntries(NAMES.map((name) => [name, sha(FILES[name]!)]));
    const assets = NAMES.map((name) => releaseAsset(name, FILES[name]!, { digest: null }));
    const ok = judgeReleaseAssets(
      params({ verify: 'download' }),
      releaseFacts({ listing: releaseListing(assets), downloaded }),
    );
    expect(ok).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(ok.message).toContain('hashed after download');

    const bad = judgeReleaseAssets(
      params({ verify: 'download' }),
      releaseFacts({
        listing: releaseListing(assets),
        downloaded: { ...downloaded, [NAMES[2]!]: sha('other') },
      }),
    );
    expect(bad).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
    expect(bad.message).toContain(`the downloaded file hashes to ${sha('other')}`);
  });

  test('verify: download with a file that was not hashed is an error, never a pass', () => {
    const verdict = judgeReleaseAssets(params({ verify: 'download' }), releaseFacts({ downloaded: {} }));
    expect(verdict).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
  });

  describe('build artifacts', () => {
    test('an unzipped upload whose digest is the file hash passes without a download', () => {
      const listing = artifactListing(NAMES.map((name) => artifactAsset(name, sha(FILES[name]!))));
      const verdict = judgeReleaseAssets(params({ source: 'build_artifacts' }), releaseFacts({ listing }));
      expect(verdict).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
      expect(verdict.message).toContain('build run 42');
    });

    test('a zipped artifact is judged on the hash of the file inside it', () => {
      const listing = artifactListing(NAMES.map((name) => artifactAsset(name, sha(`zip of ${name}`))));
      const downloaded = Object.fromEntries(NAMES.map((name) => [name, sha(FILES[name]!)]));
      expect(
        judgeReleaseAssets(params({ source: 'build_artifacts' }), releaseFacts({ listing, downloaded })),
      ).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
      const tampered = judgeReleaseAssets(
        params({ source: 'build_artifacts' }),
        releaseFacts({ listing, downloaded: { ...downloaded, [NAMES[0]!]: sha('evil') } }),
      );
      expect(tampered).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
      expect(tampered.details!.mismatches).toEqual([
        expect.objectContaining({ name: NAMES[0], actual: sha('evil'), actual_from: 'download' }),
      ]);
    });

    test('a zipped artifact that was not downloaded is never taken on trust', () => {
      const listing = artifactListing(NAMES.map((name) => artifactAsset(name, sha(`zip of ${name}`))));
      expect(
        judgeReleaseAssets(params({ source: 'build_artifacts' }), releaseFacts({ listing })),
      ).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
    });

    test('no build run: ASSET_MISSING with the reason', () => {
      const listing = {
        ...NO_RELEASE,
        source: 'build_artifacts' as const,
        absent: "no successful run of 'release.yml' with head_branch 'v1.2.0'",
      };
      const verdict = judgeReleaseAssets(params({ source: 'build_artifacts' }), {
        listing,
        checksumTexts: {},
        downloaded: {},
      });
      expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
      expect(verdict.message).toContain("no successful run of 'release.yml'");
      expect(verdict.message).not.toContain('Publish');
    });
  });
});

describe('files inside build artifacts, checksums: none', () => {
  const inside = (name: string, artifact: string, alsoIn?: string[]) => {
    const entry = artifactAsset(artifact, null);
    if (entry.origin.kind !== 'artifact') throw new Error('fixture');
    return {
      name,
      size: null,
      digest: null,
      expired: false,
      origin: {
        kind: 'artifact_file' as const,
        artifact: entry.origin.artifact,
        path: `dist/${name}`,
        archiveMaxBytes: 1 << 30,
      },
      ...(alsoIn ? { alsoIn } : {}),
    };
  };
  const none = params({ source: 'build_artifacts', checksums: 'none', artifacts: 'dist-*' });
  const allInside = () => NAMES.map((name) => inside(name, `dist-${name}`));
  const hashes = Object.fromEntries(NAMES.map((name) => [name, sha(FILES[name]!)]));

  test('passes with every file hashed, and reports them as verified subjects', () => {
    const verdict = judgeReleaseAssets(none, {
      listing: artifactListing(allInside()),
      checksumTexts: {},
      downloaded: hashes,
    });
    expect(verdict).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(verdict.message).toMatch(/checksums: none/);
    expect(verdict.verifiedSubjects).toEqual(NAMES.map((name) => ({ name, sha256: hashes[name] })));
  });

  test('a file not hashed is an error, never a pass', () => {
    const { [NAMES[0]!]: _dropped, ...rest } = hashes;
    const verdict = judgeReleaseAssets(none, {
      listing: artifactListing(allInside()),
      checksumTexts: {},
      downloaded: rest,
    });
    expect(verdict).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
    expect(verdict.verifiedSubjects).toBeUndefined();
  });

  test('a missing platform file is ASSET_MISSING naming it', () => {
    const verdict = judgeReleaseAssets(none, {
      listing: artifactListing(allInside().slice(1)),
      checksumTexts: {},
      downloaded: hashes,
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toContain(NAMES[0]);
  });

  test('a file inside two artifacts is ASSET_AMBIGUOUS naming both', () => {
    const assets = allInside();
    assets[0] = inside(NAMES[0]!, 'dist-a', ['dist-b']);
    const verdict = judgeReleaseAssets(none, {
      listing: artifactListing(assets),
      checksumTexts: {},
      downloaded: hashes,
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_AMBIGUOUS' });
    expect(verdict.message).toContain('dist-a, dist-b');
  });

  test('a checksum listing inside an artifact is checked like a release one', () => {
    const sums = sha256sums({ ...FILES, [NAMES[1]!]: 'rebuilt' });
    const verdict = judgeReleaseAssets(params({ source: 'build_artifacts' }), {
      listing: artifactListing([...allInside(), inside('sha256sums.txt', 'dist-sums')]),
      checksumTexts: { 'sha256sums.txt': sums },
      downloaded: hashes,
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
    expect(verdict.message).toContain(NAMES[1]);
  });

  test('checksums: none and artifacts are refused with a published release', () => {
    expect(() => releaseAssetsGate.checkParams!(params({ checksums: 'none' }))).toThrow(
      /only with source: build_artifacts/,
    );
    expect(() => releaseAssetsGate.checkParams!(params({ artifacts: 'dist-*' }))).toThrow(
      /needs source: build_artifacts/,
    );
    expect(() => releaseAssetsGate.checkParams!(none)).not.toThrow();
  });
});
