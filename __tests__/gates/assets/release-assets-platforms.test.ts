// release_assets with platforms_from: the platform list of a required name read from a file of
// the repository (plasmite's release/targets.json) at the commit under evaluation.
import { GateError } from '../../../src/model/types.js';
import {
  judgeReleaseAssets,
  readRequiredPlatforms,
  releaseAssetsGate,
  type ReleaseAssetsParams,
} from '../../../src/gates/release-assets.js';
import { context, factStore, fakeGitHub, SHA } from '../../facts/commit/fake-github.js';
import { releaseAsset, releaseListing, sha256sums } from './fixtures.js';
import { loadLibraries } from '../../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['jmespath', 'toml']);

const TARGETS = 'release/targets.json';
const SDK = "targets[?channels.github_sdk=='official'].sdk_platform";
const targetsJson = (platforms: string[]) =>
  JSON.stringify({
    schema_version: 1,
    targets: platforms.map((p) => ({ sdk_platform: p, channels: { github_sdk: 'official' } })),
  });

const params = (overrides: Partial<ReleaseAssetsParams> = {}): ReleaseAssetsParams => ({
  source: 'release',
  required: [
    { name: 'plasmite_1.2.0_{platform}.tar.gz', platforms_from: { file: TARGETS, query: SDK } },
    { name: 'plasmite-1.2.0.tgz' },
  ],
  checksums: 'sha256sums',
  checksums_file: 'sha256sums.txt',
  verify: 'digest',
  workflow: 'release.yml',
  max_download_bytes: 1 << 30,
  ...overrides,
});

function withTargets(text: string | null) {
  return fakeGitHub({}, (variables) => ({
    data: {
      repository: {
        commit: { __typename: 'Commit' },
        file0:
          text === null || variables.file0 !== `${SHA}:${TARGETS}`
            ? null
            : {
                __typename: 'Blob',
                oid: 'b'.repeat(40),
                byteSize: text.length,
                isBinary: false,
                isTruncated: false,
                text,
              },
      },
    },
  }));
}

describe('release_assets platforms_from parameters', () => {
  test('checkParams: platform or platforms_from with {platform}, never both; the query must compile', () => {
    expect(() => releaseAssetsGate.checkParams!(params())).not.toThrow();
    const both = params({
      required: [{ name: 'p_{platform}', platform: ['x'], platforms_from: { file: TARGETS, query: SDK } }],
    });
    expect(() => releaseAssetsGate.checkParams!(both)).toThrow('has both platform and platforms_from');
    const noTemplate = params({
      required: [{ name: 'p.tgz', platforms_from: { file: TARGETS, query: SDK } }],
    });
    expect(() => releaseAssetsGate.checkParams!(noTemplate)).toThrow('no {platform} to put it in');
    const badQuery = params({
      required: [{ name: 'p_{platform}', platforms_from: { file: TARGETS, query: '][' } }],
    });
    expect(() => releaseAssetsGate.checkParams!(badQuery)).toThrow(GateError);
    expect(() => releaseAssetsGate.checkParams!(badQuery)).toThrow('required[0].platforms_from.query');
  });
});

describe('readRequiredPlatforms', () => {
  test('reads each platforms_from into a platform list; literal entries stay as written', async () => {
    const { github, calls } = withTargets(targetsJson(['linux_amd64', 'darwin_arm64']));
    const { facts } = factStore(github);
    const read = await readRequiredPlatforms(params().required, context(), facts);
    expect(read!.required).toEqual([
      { name: 'plasmite_1.2.0_{platform}.tar.gz', platform: ['linux_amd64', 'darwin_arm64'] },
      { name: 'plasmite-1.2.0.tgz' },
    ]);
    expect(read!.platformsRead).toEqual([
      { file: TARGETS, query: SDK, sha: SHA, platforms: ['linux_amd64', 'darwin_arm64'] },
    ]);
    expect(calls).toHaveLength(1);
  });

  test('no platforms_from: nothing is read', async () => {
    const { github, calls } = withTargets(null);
    const { facts } = factStore(github);
    expect(
      await readRequiredPlatforms([{ name: 'a_{platform}', platform: ['x'] }], context(), facts),
    ).toBeNull();
    expect(calls).toHaveLength(0);
  });

  test('a targets file missing at the commit is PLATFORMS_UNREADABLE, never an empty list', async () => {
    const { github } = withTargets(null);
    const { facts } = factStore(github);
    await expect(readRequiredPlatforms(params().required, context(), facts)).rejects.toMatchObject({
      code: 'PLATFORMS_UNREADABLE',
    });
  });
});

describe('judgeReleaseAssets with platforms read from the repository', () => {
  const files: Record<string, string> = {
    'plasmite_1.2.0_linux_amd64.tar.gz': 'linux bytes',
    'plasmite_1.2.0_darwin_arm64.tar.gz': 'darwin bytes',
    'plasmite-1.2.0.tgz': 'npm bytes',
  };
  const sums = sha256sums(files);
  const listing = releaseListing([
    ...Object.entries(files).map(([name, content], id) => releaseAsset(name, content, { id })),
    releaseAsset('sha256sums.txt', sums, { id: 99 }),
  ]);
  const read = (platforms: string[]) => ({
    required: [
      { name: 'plasmite_1.2.0_{platform}.tar.gz', platform: platforms },
      { name: 'plasmite-1.2.0.tgz' },
    ],
    platformsRead: [{ file: TARGETS, query: SDK, sha: SHA, platforms }],
  });

  test('every platform of the file has its file: ASSETS_OK, and the report says where the list came from', () => {
    const verdict = judgeReleaseAssets(params(), {
      listing,
      checksumTexts: { 'sha256sums.txt': sums },
      downloaded: {},
      ...read(['linux_amd64', 'darwin_arm64']),
    });
    expect(verdict).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(verdict.details!.platforms_from).toEqual(read(['linux_amd64', 'darwin_arm64']).platformsRead);
  });

  test('a platform in the file that the release lacks: ASSET_MISSING naming it and the file', () => {
    const verdict = judgeReleaseAssets(params(), {
      listing,
      checksumTexts: { 'sha256sums.txt': sums },
      downloaded: {},
      ...read(['linux_amd64', 'darwin_arm64', 'windows_amd64']),
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toBe(
      `1 of 4 required files missing from release v1.2.0: plasmite_1.2.0_windows_amd64.tar.gz (platforms from ${TARGETS} at ${SHA.slice(0, 7)}).`,
    );
  });
});
