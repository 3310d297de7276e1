// The asset, base-tag and metrics facts against the local GitHub emulator (real Octokit, real
// redirects, real @actions/artifact downloads): what they read, how many requests it takes,
// and that every broken download ends in an error with its own code, never a pass.
import { jest } from '@jest/globals';
import { startEmulator, type Emulator, type Fault } from '../../../test/emulator/index.js';
import type { EvalContext } from '../../../src/model/types.js';
import { GateError } from '../../../src/model/types.js';
import { evalContext } from '../../fixtures/policies.js';
import {
  BASE_RUN_ID,
  BUILD_RUN_ID,
  formulaText,
  npmPackage,
  OWNER,
  plasmiteScenario,
  PLATFORMS,
  RELEASE_URL,
  releaseFiles,
  REPO,
  sha256,
  sha256sumsOf,
  TAG,
  TAG_SHA,
  tarball,
  type PlasmiteOptions,
} from './scenario.js';
import { RequestCounter } from '../../../src/github/counter.js';

const scenarioEmulators: Emulator[] = [];

// @actions/github (and so @actions/artifact) fixes its API URL when first loaded: start the
// emulator first, then load the modules under test.
const emulator: Emulator = await startEmulator(plasmiteScenario());
process.env.GITHUB_API_URL = emulator.apiUrl;
const { createGitHub } = await import('../../../src/github/client.js');
const { FactStore } = await import('../../../src/facts/store.js');
const { pickBaseTag, resolveBaseTag } = await import('../../../src/facts/base-tag.js');
const { hashAsset, listAssets, readAsset, releaseByTag } = await import('../../../src/facts/releases.js');
const { readMetricsDocument } = await import('../../../src/facts/metrics.js');
const { releaseAssetsGate } = await import('../../../src/gates/release-assets.js');
const { homebrewFormulaGate } = await import('../../../src/gates/homebrew-formula.js');
const { metricBudgetsGate } = await import('../../../src/gates/metric-budgets.js');

// @actions/artifact reports its progress on stdout as workflow commands; keep test output readable.
const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);

afterAll(async () => {
  quiet.mockRestore();
  await emulator.close();
  await Promise.all(scenarioEmulators.map((e) => e.close()));
});

const repository = { owner: OWNER, repo: REPO };
// The tag's own commit: a build run's outputs are only read for the commit it built.
const ctx = (overrides: Partial<EvalContext> = {}) => evalContext({ repository, sha: TAG_SHA, ...overrides });

function factsFor(target: Emulator = emulator, workspace = '/nonexistent') {
  const counter = new RequestCounter();
  const github = createGitHub({ token: 'ghs_test', baseUrl: target.apiUrl, counter, retries: 0 });
  return { facts: new FactStore({ workspace, env: {}, github, externalGithub: github }), counter };
}

/** An emulator of its own for a scenario variant (release and API reads only: artifact downloads need the first one). */
async function variant(options: PlasmiteOptions): Promise<Emulator> {
  const started = await startEmulator(plasmiteScenario(options));
  scenarioEmulators.push(started);
  return started;
}

async function gateError(promise: Promise<unknown>): Promise<GateError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('expected a GateError');
}

describe('pickBaseTag', () => {
  const tags = [
    'v1.0.0',
    'v1.1.0',
    'v1.2.0-rc.1',
    'v1.2.0-rc.2',
    'v1.2.0',
    'v1.3.0',
    'nightly',
    'release-2025',
    'v2',
    '1.1.0',
    'v1.1.1+build.5',
  ];

  test.each([
    ['v1.2.0', 'v1.2.0-rc.2'],
    ['v1.2.0-rc.2', 'v1.2.0-rc.1'],
    ['v1.2.0-rc.1', 'v1.1.1+build.5'],
    ['v1.1.1', 'v1.1.0'],
    ['1.1.1', '1.1.0'],
    ['v1.0.0', null],
    ['v9.0.0', 'v1.3.0'],
  ])('below %s is %s', (tag, expected) => {
    expect(pickBaseTag(tags, tag)).toBe(expected);
  });

  test('a tag that is not semver has no base', () => {
    expect(pickBaseTag(tags, 'nightly')).toBeNull();
  });

  test('the answer does not depend on the order tags are listed in', () => {
    expect(pickBaseTag([...tags].reverse(), 'v1.1.1')).toBe('v1.1.0');
    expect(pickBaseTag(['1.1.0', 'v1.1.0'], 'v1.2.0')).toBe('v1.1.0');
    expect(pickBaseTag(['v1.1.0', '1.1.0'], '1.2.0')).toBe('1.1.0');
  });
});

describe('resolveBaseTag', () => {
  test('reads the tags once and picks the highest semver tag below', async () => {
    const { facts, counter } = factsFor();
    expect(await resolveBaseTag(facts, repository, 'v1.2.0')).toBe('v1.2.0-rc.1');
    expect(await resolveBaseTag(facts, repository, 'v1.2.0-rc.1')).toBe('v1.1.0');
    expect(await resolveBaseTag(facts, repository, 'v1.0.0')).toBeNull();
    expect(await resolveBaseTag(facts, repository, 'nightly')).toBeNull();
    expect(counter.count).toBe(1);
  });

  test('a GitHub failure is a gate error naming what was read', async () => {
    const broken = await variant({});
    broken.setFaults([
      { route: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', kind: 'status', status: 403 },
    ]);
    const { facts } = factsFor(broken);
    const error = await gateError(resolveBaseTag(facts, repository, 'v1.2.0'));
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('contents: read');
  });
});

describe('releaseByTag and downloads', () => {
  test('lists a release and its assets with their digests, in one request', async () => {
    const { facts, counter } = factsFor();
    const release = await releaseByTag(facts, repository, TAG);
    const files = releaseFiles();
    expect(release!.assets.find((a) => a.name === npmPackage)).toMatchObject({
      digest: sha256(files[npmPackage]!),
      size: files[npmPackage]!.length,
    });
    expect(await releaseByTag(facts, repository, 'v9.9.9')).toBeNull();
    expect(counter.count).toBe(2);
  });

  test('a release with more than 100 assets is read through the paginated listing', async () => {
    const many = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`extra-${i}.txt`, `extra ${i}`]));
    const big = await variant({ extraAssets: many });
    const { facts, counter } = factsFor(big);
    const release = await releaseByTag(facts, repository, TAG);
    expect(release!.assets.length).toBe(130 + Object.keys(releaseFiles()).length * 2 + 1);
    expect(counter.count).toBe(3); // the release, then two pages of 100
  });

  test('reads and hashes assets through the 302 to storage, once each', async () => {
    const { facts, counter } = factsFor();
    const release = await releaseByTag(facts, repository, TAG);
    const sums = release!.assets.find((a) => a.name === 'sha256sums.txt')!;
    const linux = release!.assets.find((a) => a.name === tarball('linux_amd64'))!;
    expect((await readAsset(facts, repository, sums, 4096)).toString()).toBe(sha256sumsOf(releaseFiles()));
    expect(await hashAsset(facts, repository, linux, 4096)).toBe(
      sha256(releaseFiles()[tarball('linux_amd64')]!),
    );
    expect(await hashAsset(facts, repository, linux, 4096)).toBe(linux.digest);
    expect(counter.count).toBe(3);
  });

  test('a file over the size cap is refused before downloading', async () => {
    const { facts, counter } = factsFor();
    const linux = (await releaseByTag(facts, repository, TAG))!.assets.find(
      (a) => a.name === tarball('linux_amd64'),
    )!;
    const error = await gateError(hashAsset(facts, repository, linux, 10));
    expect(error.code).toBe('ASSET_TOO_LARGE');
    expect(counter.count).toBe(1);
  });

  test.each<[string, Fault, string]>([
    ['a connection cut mid-body', { route: '/_blobs/*', kind: 'truncate' }, 'ASSET_DOWNLOAD_FAILED'],
    ['a short body', { route: '/_blobs/*', kind: 'truncated_zip' }, 'ASSET_DOWNLOAD_FAILED'],
    ['more bytes than GitHub lists', { route: '/_blobs/*', kind: 'wrong_digest' }, 'ASSET_DOWNLOAD_FAILED'],
    [
      'a 404 from the API',
      { route: 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}', kind: 'status', status: 404 },
      'NOT_FOUND',
    ],
  ])('%s is an error, never a hash', async (_what, fault, code) => {
    const broken = await variant({});
    const { facts } = factsFor(broken);
    const linux = (await releaseByTag(facts, repository, TAG))!.assets.find(
      (a) => a.name === tarball('linux_amd64'),
    )!;
    broken.setFaults([fault]);
    const error = await gateError(hashAsset(facts, repository, linux, 1 << 20));
    expect(error.code).toBe(code);
  });
});

describe('build artifacts as release files', () => {
  test('looks up only the names asked for, in the build run', async () => {
    const { facts } = factsFor();
    const listing = await listAssets(facts, ctx(), {
      source: 'build_artifacts',
      workflow: 'release.yml',
      names: [npmPackage, 'nope.zip'],
    });
    expect(listing).toMatchObject({
      source: 'build_artifacts',
      where: `build run ${BUILD_RUN_ID}`,
      absent: null,
    });
    expect(Object.keys(listing.assets)).toEqual([npmPackage]);
  });

  test('a zipped artifact is read as the file it holds, verified against its digest', async () => {
    const { facts } = factsFor();
    const listing = await listAssets(facts, ctx(), {
      source: 'build_artifacts',
      workflow: 'release.yml',
      names: [npmPackage],
    });
    const asset = listing.assets[npmPackage]!;
    expect(asset.digest).not.toBe(sha256(releaseFiles()[npmPackage]!)); // the zip's digest
    expect(await hashAsset(facts, repository, asset, 1 << 20)).toBe(sha256(releaseFiles()[npmPackage]!));
    expect((await readAsset(facts, repository, asset, 1 << 20)).toString()).toBe(releaseFiles()[npmPackage]);
  });

  test('a tampered artifact download is DIGEST_MISMATCH', async () => {
    // Artifact downloads need the emulator @actions/artifact was loaded for: fault it briefly.
    const { facts } = factsFor();
    const listing = await listAssets(facts, ctx(), {
      source: 'build_artifacts',
      workflow: 'release.yml',
      names: [npmPackage],
    });
    emulator.setFaults([{ route: '/_blobs/*', kind: 'wrong_digest' }]);
    try {
      expect((await gateError(hashAsset(facts, repository, listing.assets[npmPackage]!, 1 << 20))).code).toBe(
        'DIGEST_MISMATCH',
      );
    } finally {
      emulator.setFaults([]);
    }
  });

  test('no build run for the tag: absent, with the reason', async () => {
    const { facts } = factsFor();
    const listing = await listAssets(facts, ctx({ tag: 'v1.3.0', refName: 'v1.3.0' }), {
      source: 'build_artifacts',
      workflow: 'release.yml',
      names: [npmPackage],
    });
    expect(listing.absent).toContain("no successful run of 'release.yml'");
  });
});

describe('gates against the emulator', () => {
  const assetsParams = {
    source: 'release' as const,
    required: [
      { name: 'plasmite_1.2.0_{platform}.tar.gz', platform: [...PLATFORMS] },
      { name: 'plasmite-1.2.0.tgz' },
    ],
    checksums: 'sha256sums' as const,
    checksums_file: 'sha256sums.txt',
    verify: 'digest' as const,
    workflow: 'release.yml',
    max_download_bytes: 1 << 20,
  };

  test('release_assets with digests: ASSETS_OK in two requests (release, sha256sums.txt)', async () => {
    const { facts, counter } = factsFor();
    const collected = await releaseAssetsGate.collect(assetsParams, ctx(), facts);
    expect(releaseAssetsGate.judge(assetsParams, collected, ctx())).toMatchObject({
      status: 'pass',
      code: 'ASSETS_OK',
    });
    expect(counter.count).toBe(2);
  });

  test('release_assets with verify: download hashes every file', async () => {
    const { facts, counter } = factsFor();
    const params = { ...assetsParams, verify: 'download' as const, checksums: 'sidecar' as const };
    const collected = await releaseAssetsGate.collect(params, ctx(), facts);
    expect(Object.keys(collected.downloaded).sort()).toEqual([...PLATFORMS.map(tarball), npmPackage].sort());
    expect(releaseAssetsGate.judge(params, collected, ctx())).toMatchObject({
      status: 'pass',
      code: 'ASSETS_OK',
    });
    expect(counter.count).toBe(1 + 4 + 4); // release, 4 sidecars, 4 files
  });

  test('release_assets from zipped build artifacts downloads and hashes each file', async () => {
    const { facts } = factsFor();
    const params = { ...assetsParams, source: 'build_artifacts' as const };
    const collected = await releaseAssetsGate.collect(params, ctx(), facts);
    expect(Object.keys(collected.downloaded).length).toBe(4);
    expect(releaseAssetsGate.judge(params, collected, ctx())).toMatchObject({
      status: 'pass',
      code: 'ASSETS_OK',
    });
  });

  test('homebrew_formula reads the tap and the release: FORMULA_ALIGNED', async () => {
    const { facts, counter } = factsFor();
    const params = {
      repository: `${OWNER}/homebrew-tap`,
      path: 'Formula/plasmite.rb',
      url: `${RELEASE_URL}/plasmite_1.2.0_{platform}.tar.gz`,
      platforms: [...PLATFORMS],
      checksums_file: 'sha256sums.txt',
    };
    const collected = await homebrewFormulaGate.collect(params, ctx(), facts);
    expect(collected.formula?.text).toBe(formulaText());
    expect(homebrewFormulaGate.judge(params, collected, ctx())).toMatchObject({
      status: 'pass',
      code: 'FORMULA_ALIGNED',
    });
    expect(counter.count).toBe(2);
  });

  test('homebrew_formula: a missing formula file is FORMULA_MISSING', async () => {
    const { facts } = factsFor();
    const params = {
      repository: `${OWNER}/homebrew-tap`,
      path: 'Formula/other.rb',
      url: `${RELEASE_URL}/x.tar.gz`,
      checksums_file: 'sha256sums.txt',
    };
    const collected = await homebrewFormulaGate.collect(params, ctx(), facts);
    expect(homebrewFormulaGate.judge(params, collected, ctx())).toMatchObject({
      status: 'fail',
      code: 'FORMULA_MISSING',
    });
  });

  test('metric_budgets: the build run artifact against the base tag run artifact', async () => {
    const { facts } = factsFor();
    const params = {
      current: { artifact: { name: 'bench', file: 'summary.json' } },
      baseline: { artifact: { name: 'bench', file: 'summary.json', workflow: 'release.yml', ref: 'v1.1.0' } },
      metrics: [
        {
          name: '*.ms_per_msg',
          direction: 'lower_is_better' as const,
          max_regression_percent: 15,
          noise_floor: 0.0001,
        },
      ],
      workflow: 'release.yml',
      max_bytes: 1 << 20,
    };
    const collected = await metricBudgetsGate.collect(params, ctx(), facts);
    expect(collected.current.label).toBe(`summary.json in artifact 'bench' of run ${BUILD_RUN_ID}`);
    expect(collected.baseline.label).toBe(`summary.json in artifact 'bench' of run ${BASE_RUN_ID} (v1.1.0)`);
    expect(metricBudgetsGate.judge(params, collected, ctx())).toMatchObject({
      status: 'pass',
      code: 'WITHIN_BUDGET',
    });
  });

  test('metric sources: a fork run is never a baseline, and a missing run or artifact is an error', async () => {
    const { facts } = factsFor();
    const options = { maxBytes: 1 << 20, buildWorkflow: 'release.yml' };
    const fork = await gateError(
      readMetricsDocument(
        facts,
        ctx(),
        { artifact: { name: 'bench', file: 'summary.json', workflow: 'release.yml', ref: 'v1.0.0' } },
        options,
      ),
    );
    expect(fork.code).toBe('FOREIGN_REPOSITORY');
    const noRun = await gateError(
      readMetricsDocument(
        facts,
        ctx(),
        { artifact: { name: 'bench', file: 'summary.json', workflow: 'release.yml', ref: 'v0.9.0' } },
        options,
      ),
    );
    expect(noRun.code).toBe('RUN_NOT_FOUND');
    const noArtifact = await gateError(
      readMetricsDocument(facts, ctx(), { artifact: { name: 'benchmarks', file: 'summary.json' } }, options),
    );
    expect(noArtifact).toMatchObject({
      code: 'ARTIFACT_MISSING',
      message: expect.stringContaining(`artifact 'benchmarks' of run ${BUILD_RUN_ID}`),
    });
    const noFile = await gateError(
      readMetricsDocument(facts, ctx(), { artifact: { name: 'bench', file: 'other.json' } }, options),
    );
    expect(noFile).toMatchObject({
      code: 'OUTPUT_MISSING',
      message: expect.stringContaining('summary.json'),
    });
    const noWorkspaceFile = await gateError(
      readMetricsDocument(facts, ctx(), { file: 'dist/bench.json' }, options),
    );
    expect(noWorkspaceFile.code).toBe('OUTPUT_MISSING');
  });
});
