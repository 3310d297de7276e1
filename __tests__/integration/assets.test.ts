// release_assets, homebrew_formula and metric_budgets through the bundled action (node
// dist/index.js) against the emulator: releases with digests, asset downloads through 302s,
// artifacts as zips, the homebrew tap as another repository. Each code as a user reaches it,
// and what each costs in API requests.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { GateReport } from '../../src/report/types.js';
import { startEmulator, type Emulator, type LoggedRequest } from '../../test/emulator/index.js';
import {
  formulaText,
  npmPackage,
  OWNER,
  plasmiteScenario,
  PLATFORMS,
  releaseFiles,
  REPO,
  sha256,
  sidecarsOf,
  TAG,
  TAG_SHA,
  tarball,
  windowsZip,
  type PlasmiteOptions,
} from '../gates/assets/scenario.js';
import { NODES, runAction, type ActionRun } from './harness.js';

jest.setTimeout(60_000);

const ASSETS_GATE = `    type: release_assets
    with:
      source: release
      required:
        - name: "plasmite_{version}_{platform}.tar.gz"
          platform: [linux_amd64, darwin_amd64, darwin_arm64]
        - name: "plasmite-{version}.tgz"
      checksums: sha256sums`;

const SIDECAR_GATE = ASSETS_GATE.replace('checksums: sha256sums', 'checksums: sidecar');

const HOMEBREW_GATE = `    type: homebrew_formula
    with:
      repository: "{owner}/homebrew-tap"
      path: Formula/plasmite.rb
      url: "https://github.com/{repo}/releases/download/{tag}/plasmite_{version}_{platform}.tar.gz"
      platforms: [linux_amd64, darwin_amd64, darwin_arm64]`;

const PERFORMANCE_GATE = `    type: metric_budgets
    with:
      current: { artifact: { name: bench, file: summary.json } }
      baseline: { artifact: { name: bench, file: summary.json, workflow: release.yml, ref: "{base_tag}" } }
      metrics:
        - { name: "*.ms_per_msg", direction: lower_is_better, max_regression_percent: 15, noise_floor: 0.0001 }`;

/** windows-graduation.yml's Gate 3, as written there. */
const WINDOWS_PARITY_GATE = `    type: release_assets
    description: "Gate 3: the official release flow publishes Windows with the same contract"
    with:
      source: release
      required:
        - name: "plasmite_{version}_{platform}.zip"
          platform: [windows_amd64]
        - name: "plasmite_{version}_{platform}.tar.gz"
          platform: [linux_amd64, darwin_amd64, darwin_arm64]
      checksums: sidecar`;

function policy(gateYaml: string): string {
  return `version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { gate: required }
gates:
  gate:
${gateYaml}
`;
}

interface Evaluation {
  run: ActionRun;
  gate: GateReport;
  requests: LoggedRequest[];
}

const emulators: Emulator[] = [];
afterAll(() => Promise.all(emulators.map((e) => e.close())));

async function evaluate(
  gateYaml: string,
  options: PlasmiteOptions = {},
  inputs: Record<string, string> = {},
  node?: string,
): Promise<Evaluation> {
  const emulator = await startEmulator(plasmiteScenario(options));
  emulators.push(emulator);
  const run = await runAction({
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    inputs: { ref: `refs/tags/${TAG}`, sha: TAG_SHA, upload_report: 'false', ...inputs },
    files: { '.github/release-gates.yml': policy(gateYaml) },
    ...(node ? { node } : {}),
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const gate = run.report.gates.find((g) => g.id === 'gate');
  if (!gate) throw new Error(`gate not evaluated: ${JSON.stringify(run.report.error)}\n${run.stdout}`);
  return { run, gate, requests: emulator.requests() };
}

const apiRoutes = (requests: LoggedRequest[]) =>
  requests.filter((r) => r.kind === 'rest' || r.kind === 'graphql').map((r) => r.route);

describe('release_assets through the bundle', () => {
  test('every file, listed in sha256sums.txt, matching GitHub digests: ASSETS_OK in 2 requests', async () => {
    const { run, gate, requests } = await evaluate(ASSETS_GATE);
    expect(gate).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(gate.message).toBe(
      "All 4 required files are in release v1.2.0 and match sha256sums.txt (checked against GitHub's digests).",
    );
    expect(apiRoutes(requests)).toEqual([
      'GET /repos/{owner}/{repo}/releases/tags/{tag}',
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    ]);
    expect(run.report!.stats.api_requests).toBe(2);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
  });

  test('a missing file: ASSET_MISSING lists every one, the step fails', async () => {
    const { run, gate } = await evaluate(ASSETS_GATE, {
      extraAssets: { [tarball('darwin_arm64')]: null, [npmPackage]: null },
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(gate.message).toBe(
      `2 of 4 required files missing from release v1.2.0: ${tarball('darwin_arm64')}, ${npmPackage}.`,
    );
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['gate']);
  });

  test('no release for the tag: ASSET_MISSING saying so', async () => {
    const { gate } = await evaluate(ASSETS_GATE, { noRelease: true });
    expect(gate).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(gate.message).toContain("acme/plasmite has no published release for tag 'v1.2.0'");
  });

  test('sha256sums.txt missing: CHECKSUM_MISSING', async () => {
    const { gate } = await evaluate(ASSETS_GATE, { extraAssets: { 'sha256sums.txt': null } });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISSING' });
    expect(gate.message).toBe(
      'Missing checksums: release v1.2.0 has no sha256sums.txt (sha256sums.txt must list every required file).',
    );
  });

  test('a sidecar missing: CHECKSUM_MISSING names it', async () => {
    const { gate } = await evaluate(SIDECAR_GATE, { extraAssets: { [`${npmPackage}.sha256`]: null } });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISSING' });
    expect(gate.message).toContain(`release v1.2.0 has no ${npmPackage}.sha256`);
  });

  test('sha256sums.txt with a malformed line: CHECKSUM_MALFORMED names the line', async () => {
    const files = releaseFiles();
    const sums = Object.entries(files)
      .map(([name, content], index) =>
        index === 1 ? `${sha256(content).toUpperCase()}  ${name}` : `${sha256(content)}  ${name}`,
      )
      .join('\n');
    const { gate } = await evaluate(ASSETS_GATE, { extraAssets: { 'sha256sums.txt': sums } });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(gate.message).toContain('sha256sums.txt line 2: the checksum has upper-case hex digits');
    expect(gate.details).toMatchObject({ file: 'sha256sums.txt', line: 2 });
  });

  test('a sidecar naming another file: CHECKSUM_MALFORMED', async () => {
    const content = releaseFiles()[tarball('linux_amd64')]!;
    const { gate } = await evaluate(SIDECAR_GATE, {
      extraAssets: {
        [`${tarball('linux_amd64')}.sha256`]: `${sha256(content)}  dist/${tarball('linux_amd64')}\n`,
      },
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(gate.message).toContain(
      `${tarball('linux_amd64')}.sha256 line 1: names 'dist/${tarball('linux_amd64')}'`,
    );
  });

  test('a file rebuilt after sha256sums.txt was written: CHECKSUM_MISMATCH with name, expected and actual', async () => {
    const files = releaseFiles();
    const published = { ...files, [tarball('darwin_amd64')]: 'rebuilt darwin bytes\n' };
    const sums = Object.entries(files)
      .map(([name, content]) => `${sha256(content)}  ${name}\n`)
      .join('');
    const { gate } = await evaluate(ASSETS_GATE, {
      files: published,
      extraAssets: { 'sha256sums.txt': sums },
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
    expect(gate.message).toContain(
      `${tarball('darwin_amd64')}: sha256sums.txt line 2 says ${sha256(files[tarball('darwin_amd64')]!)}, GitHub's digest is ${sha256('rebuilt darwin bytes\n')}`,
    );
  });

  test('a wrong sidecar, verified by download: CHECKSUM_MISMATCH', async () => {
    const sidecars = sidecarsOf({ [npmPackage]: 'something else' });
    const gateYaml = `${SIDECAR_GATE}\n      verify: download`;
    const { gate, requests } = await evaluate(gateYaml, { extraAssets: sidecars });
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MISMATCH' });
    expect(gate.message).toContain(
      `${npmPackage}: ${npmPackage}.sha256 says ${sha256('something else')}, the downloaded file hashes to ${sha256(releaseFiles()[npmPackage]!)}`,
    );
    // The release, four sidecars and four files.
    expect(apiRoutes(requests)).toHaveLength(9);
  });

  test('an asset GitHub has no digest for: error, suggesting verify: download', async () => {
    const { run, gate } = await evaluate(ASSETS_GATE, { digests: { [npmPackage]: null } });
    expect(gate).toMatchObject({ status: 'error', code: 'ASSET_DIGEST_MISSING' });
    expect(gate.message).toContain('verify: download');
    expect(run.exitCode).toBe(1);
  });

  test("windows-graduation's windows_release_parity: passes with the Windows zip and sidecars", async () => {
    const { gate } = await evaluate(WINDOWS_PARITY_GATE);
    expect(gate).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(gate.details!.required).toEqual([windowsZip, ...PLATFORMS.map(tarball)]);
  });

  test('windows_release_parity: a release without the Windows build fails', async () => {
    const { gate } = await evaluate(WINDOWS_PARITY_GATE, {
      extraAssets: { [windowsZip]: null, [`${windowsZip}.sha256`]: null },
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(gate.message).toContain(windowsZip);
  });

  test('from the build run artifacts (zipped): each file is downloaded, verified and hashed', async () => {
    const { run, gate } = await evaluate(ASSETS_GATE.replace('source: release', 'source: build_artifacts'));
    expect(gate).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(gate.message).toContain('build run 7001');
    // The run search, one listing of the run, and one redirect per download (4 + sha256sums.txt).
    expect(run.report!.stats.api_requests).toBe(7);
  });
});

describe.each(NODES)('the three gates pass on $name', ({ bin }) => {
  test('release_assets, homebrew_formula and metric_budgets', async () => {
    for (const gate of [ASSETS_GATE, HOMEBREW_GATE, PERFORMANCE_GATE]) {
      const { run } = await evaluate(gate, {}, { base_tag: 'v1.1.0' }, bin);
      expect(run.report!.gates[0]).toMatchObject({ status: 'pass' });
      expect(run.exitCode).toBe(0);
    }
  });
});

describe('homebrew_formula through the bundle', () => {
  test('the tap formula installs this release: FORMULA_ALIGNED in 2 requests', async () => {
    const { run, gate, requests } = await evaluate(HOMEBREW_GATE);
    expect(gate).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(gate.message).toBe(
      'acme/homebrew-tap:Formula/plasmite.rb at its default branch installs 1.2.0: all 3 platform urls and sha256s match the release.',
    );
    expect(apiRoutes(requests).sort()).toEqual([
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/releases/tags/{tag}',
    ]);
    expect(run.exitCode).toBe(0);
  });

  test('the formula still at the previous version: FORMULA_VERSION_MISMATCH', async () => {
    const { gate } = await evaluate(HOMEBREW_GATE, { formula: formulaText({ version: '1.1.0' }) });
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_VERSION_MISMATCH' });
    expect(gate.message).toContain('version "1.1.0" on line 5, expected "1.2.0"');
  });

  test('urls pointing at another release: FORMULA_URL_MISMATCH', async () => {
    const { gate } = await evaluate(HOMEBREW_GATE, { formula: formulaText({ urlVersion: '1.1.0' }) });
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_URL_MISMATCH' });
    expect(gate.message).toContain(
      'darwin_amd64: no url "https://github.com/acme/plasmite/releases/download/v1.2.0/plasmite_1.2.0_darwin_amd64.tar.gz"',
    );
  });

  test('a stale sha256: FORMULA_SHA_MISMATCH', async () => {
    const { gate } = await evaluate(HOMEBREW_GATE, {
      formula: formulaText({ shas: { darwin_arm64: sha256('old build') } }),
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    expect(gate.message).toContain(
      `darwin_arm64: sha256 "${sha256('old build')}" on line 15, but the release file's is ${sha256(releaseFiles()[tarball('darwin_arm64')]!)}`,
    );
  });

  test('no formula in the tap: FORMULA_MISSING', async () => {
    const { gate } = await evaluate(HOMEBREW_GATE, { formula: null });
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_MISSING' });
  });
});

describe('metric_budgets through the bundle', () => {
  test('within budget against the base tag build', async () => {
    const { run, gate, requests } = await evaluate(PERFORMANCE_GATE, {}, { base_tag: 'v1.1.0' });
    // Per document: the run search, the run's artifact listing, and the download's redirect
    // (read by @actions/artifact, once).
    expect(apiRoutes(requests).filter((r) => r?.endsWith('/runs'))).toHaveLength(2);
    expect(run.report!.stats.api_requests).toBe(6);
    expect(gate).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(gate.message).toBe(
      "2 metrics within budget against summary.json in artifact 'bench' of run 7000 (v1.1.0).",
    );
  });

  test('a regression beyond 15% with disjoint ranges: REGRESSED, the step fails', async () => {
    const { run, gate } = await evaluate(
      PERFORMANCE_GATE,
      {
        currentBench: {
          'enqueue.ms_per_msg': [0.0161, 0.0165, 0.0163],
          'read.ms_per_msg': [0.0051, 0.005, 0.0052],
        },
      },
      { base_tag: 'v1.1.0' },
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'REGRESSED' });
    expect(gate.message).toBe(
      'Regressed: enqueue.ms_per_msg 35.83% worse (median 0.012 → 0.0163) (over 15%, ranges do not overlap).',
    );
    expect(run.exitCode).toBe(1);
  });

  test('a candidate regression (overlapping ranges) passes with a warning in the message', async () => {
    const { run, gate } = await evaluate(
      PERFORMANCE_GATE,
      { currentBench: { 'enqueue.ms_per_msg': [0.0118, 0.0163, 0.0165], 'read.ms_per_msg': 0.005 } },
      { base_tag: 'v1.1.0' },
    );
    expect(gate).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(gate.message).toContain(
      'Warning: candidate regression (ranges overlap, not failing): enqueue.ms_per_msg 35.83% worse (median 0.012 → 0.0163)',
    );
    expect(gate.details!.candidate_regressions).toHaveLength(1);
    expect(run.exitCode).toBe(0);
    expect(readFileSync(`${run.workspace}/dist/maturity/maturity-eval.md`, 'utf8')).toContain(
      'candidate regression',
    );
  });

  test('no baseline for any metric: NO_COMPARABLE_METRICS fails', async () => {
    const { gate } = await evaluate(
      PERFORMANCE_GATE,
      { baselineBench: { 'enqueue.ms_per_msg': 0, 'read.ms_per_msg': 0 } },
      { base_tag: 'v1.1.0' },
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'NO_COMPARABLE_METRICS' });
    expect(gate.message).toContain('no baseline for enqueue.ms_per_msg, read.ms_per_msg');
  });

  test('a baseline run without the artifact: ARTIFACT_MISSING (error)', async () => {
    const { gate } = await evaluate(PERFORMANCE_GATE, { baselineBench: null }, { base_tag: 'v1.1.0' });
    expect(gate).toMatchObject({ status: 'error', code: 'ARTIFACT_MISSING' });
    expect(gate.message).toBe(
      "Metrics file summary.json in artifact 'bench' of run 7000 (v1.1.0) does not exist: the build must upload 'bench' (actions/upload-artifact).",
    );
  });

  test('no base_tag: the gate cannot be evaluated, never passes', async () => {
    const { gate } = await evaluate(PERFORMANCE_GATE);
    expect(gate.status).toBe('error');
  });
});
