// The file formats real release processes write, through the bundled action (node
// dist/index.js) against the emulator: a GoReleaser cask (sha256 before url, #{version} urls),
// a formula left with a url for a platform the release does not build, a platform list read
// from the repository's release/targets.json, a PowerShell-written sidecar, and manifests that
// must agree with each other on a branch with no tag.
import { jest } from '@jest/globals';
import { shaOf, startEmulator, type Emulator, type Scenario } from '../../test/emulator/index.js';
import type { GateReport } from '../../src/report/types.js';
import {
  OWNER,
  plasmiteScenario,
  releaseFiles,
  REPO,
  sha256,
  tarball,
  TAG,
  TAG_SHA,
  type PlasmiteOptions,
} from '../gates/assets/scenario.js';
import { goreleaserCask, plasmiteSeedFormula } from '../fixtures/homebrew-files.js';
import { runAction, type ActionRun } from './harness.js';

jest.setTimeout(60_000);

function policy(gateYaml: string, match = '"v*"'): string {
  return `version: 1
stages:
  CHECK:
    match: [${match}]
    gates: { gate: required }
gates:
  gate:
${gateYaml}
`;
}

const emulators: Emulator[] = [];
afterAll(() => Promise.all(emulators.map((e) => e.close())));

async function evaluate(
  scenario: Scenario,
  gateYaml: string,
  inputs: Record<string, string>,
  repository = `${OWNER}/${REPO}`,
): Promise<{ run: ActionRun; gate: GateReport }> {
  const emulator = await startEmulator(scenario);
  emulators.push(emulator);
  const run = await runAction({
    apiUrl: emulator.url,
    repository,
    inputs: { upload_report: 'false', ...inputs },
    files: { '.github/release-gates.yml': policy(gateYaml, inputs.stage ? '"*"' : '"v*"') },
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const gate = run.report.gates.find((g) => g.id === 'gate');
  if (!gate) throw new Error(`gate not evaluated: ${JSON.stringify(run.report.error)}\n${run.stdout}`);
  return { run, gate };
}

// ---------------------------------------------------------------------------------------------
// A GoReleaser project with a cask in its tap.

const ERGO_TAG = 'v4.2.0';
const ERGO_SHA = shaOf('ergo v4.2.0');
const ERGO_PLATFORMS = ['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64'] as const;
const ergoFile = (platform: string) => `ergo_4.2.0_${platform}.tar.gz`;
const ergoBytes = (platform: string) => `ergo 4.2.0 ${platform} archive\n`;
const ERGO_HASHES = ERGO_PLATFORMS.map((p) => sha256(ergoBytes(p))) as [string, string, string, string];

function ergoScenario(cask: string): Scenario {
  return {
    repository: { owner: 'acme', name: 'ergo', default_branch: 'main' },
    branches: { main: ERGO_SHA },
    tags: { [ERGO_TAG]: ERGO_SHA },
    releases: [
      {
        tag: ERGO_TAG,
        assets: [
          ...ERGO_PLATFORMS.map((p) => ({ name: ergoFile(p), content: ergoBytes(p) })),
          {
            name: 'checksums.txt',
            content: ERGO_PLATFORMS.map((p) => `${sha256(ergoBytes(p))}  ${ergoFile(p)}\n`).join(''),
          },
        ],
      },
    ],
    other_repositories: {
      'acme/homebrew-tap': { default_branch: 'main', files: { main: { 'Casks/ergo.rb': cask } } },
    },
  };
}

const CASK_GATE = `    type: homebrew_formula
    with:
      repository: "{owner}/homebrew-tap"
      path: Casks/ergo.rb
      url: "https://github.com/{repo}/releases/download/{tag}/ergo_{version}_{platform}.tar.gz"
      platforms: [darwin_amd64, darwin_arm64, linux_amd64, linux_arm64]`;

const ERGO_DOWNLOADS = 'https://github.com/acme/ergo/releases/download';

describe('a GoReleaser cask', () => {
  test('aligned with its release: FORMULA_ALIGNED', async () => {
    const { run, gate } = await evaluate(
      ergoScenario(goreleaserCask(ERGO_DOWNLOADS, '4.2.0', ERGO_HASHES)),
      CASK_GATE,
      { ref: `refs/tags/${ERGO_TAG}`, sha: ERGO_SHA },
      'acme/ergo',
    );
    expect(gate).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(gate.message).toBe(
      'acme/homebrew-tap:Casks/ergo.rb at its default branch installs 4.2.0: all 4 platform urls and sha256s match the release.',
    );
    expect(run.exitCode).toBe(0);
    // The cask through the contents API and the release: GitHub's digests need no download.
    expect(run.report!.stats.api_requests).toBe(2);
  });

  test('a stale hash in the darwin_arm64 block: FORMULA_SHA_MISMATCH naming darwin_arm64 alone', async () => {
    const stale: [string, string, string, string] = [...ERGO_HASHES];
    stale[1] = sha256('ergo 4.1.0 darwin_arm64 archive\n');
    const { run, gate } = await evaluate(
      ergoScenario(goreleaserCask(ERGO_DOWNLOADS, '4.2.0', stale)),
      CASK_GATE,
      { ref: `refs/tags/${ERGO_TAG}`, sha: ERGO_SHA },
      'acme/ergo',
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    expect(gate.message).toBe(
      `acme/homebrew-tap:Casks/ergo.rb at its default branch does not match ${ERGO_TAG}: darwin_arm64: sha256 "${stale[1]}" on line 11, but the release file's is ${ERGO_HASHES[1]}.`,
    );
    expect(run.exitCode).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// plasmite-like: the seed formula's dangling url, and platforms from release/targets.json.

const PLASMITE_DOWNLOADS = `https://github.com/${OWNER}/${REPO}/releases/download`;
const FILES = releaseFiles();
const hashOf = (platform: string) => sha256(FILES[tarball(platform)]!);

const FORMULA_GATE = `    type: homebrew_formula
    with:
      repository: "{owner}/homebrew-tap"
      path: Formula/plasmite.rb
      url: "https://github.com/{repo}/releases/download/{tag}/plasmite_{version}_{platform}.tar.gz"
      platforms_from:
        file: release/targets.json
        query: "targets[?channels.homebrew=='official'].sdk_platform"`;

const ASSETS_GATE = `    type: release_assets
    with:
      required:
        - name: "plasmite_{version}_{platform}.tar.gz"
          platforms_from:
            file: release/targets.json
            query: "targets[?channels.github_sdk=='official'].sdk_platform"
      checksums: sha256sums`;

/** Shaped like plasmite's release/targets.json: one entry per Rust target and its channels. */
function targetsJson(extra: { sdk_platform: string; rust_target: string }[] = []): string {
  const target = (rust_target: string, sdk_platform: string, official: boolean) => ({
    rust_target,
    sdk_platform,
    build_sdk: official,
    channels: {
      github_sdk: official ? 'official' : null,
      homebrew: official ? 'official' : null,
      npm: 'official',
    },
  });
  return `${JSON.stringify(
    {
      schema_version: 1,
      targets: [
        target('x86_64-unknown-linux-gnu', 'linux_amd64', true),
        target('x86_64-apple-darwin', 'darwin_amd64', true),
        target('aarch64-apple-darwin', 'darwin_arm64', true),
        target('x86_64-pc-windows-msvc', 'windows_amd64', false),
        ...extra.map((e) => target(e.rust_target, e.sdk_platform, true)),
      ],
    },
    null,
    2,
  )}\n`;
}

function plasmiteWith(targets: string | null, options: PlasmiteOptions = {}): Scenario {
  return {
    ...plasmiteScenario(options),
    files: targets === null ? {} : { [TAG_SHA]: { 'release/targets.json': targets } },
  };
}

const atTag = { ref: `refs/tags/${TAG}`, sha: TAG_SHA };

describe('a formula that points at nothing', () => {
  test('the seed formula with a linux_arm64 url and a placeholder sha256: FORMULA_STRAY_URL', async () => {
    const seed = plasmiteSeedFormula(
      PLASMITE_DOWNLOADS,
      [hashOf('darwin_arm64'), hashOf('darwin_amd64'), hashOf('linux_amd64')],
      '1.2.0',
    );
    const { run, gate } = await evaluate(plasmiteWith(targetsJson(), { formula: seed }), FORMULA_GATE, atTag);
    expect(gate).toMatchObject({ status: 'fail', code: 'FORMULA_STRAY_URL' });
    expect(gate.message).toContain(
      `linux_arm64: url "${PLASMITE_DOWNLOADS}/${TAG}/${tarball('linux_arm64')}" on line 20 points into this release's downloads, but platform linux_arm64 is not among the platforms checked (linux_amd64, darwin_amd64, darwin_arm64) and release ${TAG} has no '${tarball('linux_arm64')}'`,
    );
    expect(gate.message).toContain('sha256 "PLACEHOLDER_LINUX_ARM64_SHA256" on line 21');
    expect(gate.details).toMatchObject({
      platforms_from: {
        file: 'release/targets.json',
        sha: TAG_SHA,
        platforms: ['linux_amd64', 'darwin_amd64', 'darwin_arm64'],
      },
    });
    expect(run.exitCode).toBe(1);
  });

  test('the tap formula as published (linux x86_64 only, odie otherwise): FORMULA_ALIGNED', async () => {
    const tap = plasmiteSeedFormula(
      PLASMITE_DOWNLOADS,
      [hashOf('darwin_arm64'), hashOf('darwin_amd64'), hashOf('linux_amd64')],
      '1.2.0',
    ).replace(
      / {4}if Hardware::CPU\.arm\?\n\s+url "[^"]+linux_arm64[^"]+"\n\s+sha256 "PLACEHOLDER_LINUX_ARM64_SHA256"\n {4}else\n([\s\S]*?) {4}end\n/,
      '    if Hardware::CPU.intel?\n$1    else\n      odie "Plasmite is supported on x86_64 Linux only"\n    end\n',
    );
    expect(tap).toContain('odie');
    const { gate } = await evaluate(plasmiteWith(targetsJson(), { formula: tap }), FORMULA_GATE, atTag);
    expect(gate).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
  });
});

describe('platforms from release/targets.json', () => {
  test('every official platform is in the release: ASSETS_OK', async () => {
    const { run, gate } = await evaluate(plasmiteWith(targetsJson()), ASSETS_GATE, atTag);
    expect(gate).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
    expect(gate.message).toContain('All 3 required files');
    // The release, its sha256sums.txt, and one GraphQL request for targets.json.
    expect(run.report!.stats.api_requests).toBe(3);
  });

  test('a platform in targets.json that the release lacks: ASSET_MISSING naming it', async () => {
    const targets = targetsJson([{ rust_target: 'aarch64-unknown-linux-gnu', sdk_platform: 'linux_arm64' }]);
    const { run, gate } = await evaluate(plasmiteWith(targets), ASSETS_GATE, atTag);
    expect(gate).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(gate.message).toBe(
      `1 of 4 required files missing from release ${TAG}: ${tarball('linux_arm64')} (platforms from release/targets.json at ${TAG_SHA.slice(0, 7)}).`,
    );
    expect(run.exitCode).toBe(1);
  });

  test('targets.json missing at the commit: PLATFORMS_UNREADABLE, an error, never a pass', async () => {
    const { run, gate } = await evaluate(plasmiteWith(null), ASSETS_GATE, atTag);
    expect(gate).toMatchObject({ status: 'error', code: 'PLATFORMS_UNREADABLE' });
    expect(gate.message).toContain(`'release/targets.json' does not exist at ${TAG_SHA.slice(0, 7)}`);
    expect(gate.message).toContain("targets[?channels.github_sdk=='official'].sdk_platform");
    expect(run.exitCode).toBe(1);
  });

  test('a query that matches nothing: PLATFORMS_INVALID', async () => {
    const { gate } = await evaluate(
      plasmiteWith(targetsJson()),
      ASSETS_GATE.replace('channels.github_sdk', 'channel.github_sdk'),
      atTag,
    );
    expect(gate).toMatchObject({ status: 'error', code: 'PLATFORMS_INVALID' });
    expect(gate.message).toContain('gives an empty list (nothing matched');
  });
});

describe('checksum files as Windows writes them', () => {
  const SIDECAR_GATE = `    type: release_assets
    with:
      required:
        - name: "plasmite_{version}_{platform}.zip"
          platform: [windows_amd64]
      checksums: sidecar`;
  const zip = 'plasmite_1.2.0_windows_amd64.zip';
  const line = `${sha256(FILES[zip]!)}  ${zip}\r\n`;

  test('a sidecar with a UTF-8 BOM and CRLF: ASSETS_OK', async () => {
    const { gate } = await evaluate(
      plasmiteWith(null, { extraAssets: { [`${zip}.sha256`]: `\uFEFF${line}` } }),
      SIDECAR_GATE,
      atTag,
    );
    expect(gate).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
  });

  test("PowerShell 5's Out-File (UTF-16): CHECKSUM_MALFORMED saying it is UTF-16", async () => {
    const utf16 = Buffer.from(`\uFEFF${line}`, 'utf16le').toString('base64');
    const scenario = plasmiteWith(null, { extraAssets: { [`${zip}.sha256`]: 'replaced below' } });
    const release = scenario.releases![0]!;
    release.assets = release.assets!.map((asset) =>
      asset.name === `${zip}.sha256` ? { ...asset, content: { base64: utf16 } } : asset,
    );
    const { gate } = await evaluate(scenario, SIDECAR_GATE, atTag);
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(gate.message).toContain(`${zip}.sha256: is UTF-16 text`);
    expect(gate.details).toMatchObject({ file: `${zip}.sha256`, line: 0 });
  });

  test('one space where two are expected: CHECKSUM_MALFORMED saying so', async () => {
    const { gate } = await evaluate(
      plasmiteWith(null, { extraAssets: { [`${zip}.sha256`]: line.replace('  ', ' ') } }),
      SIDECAR_GATE,
      atTag,
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKSUM_MALFORMED' });
    expect(gate.message).toContain('one space between the checksum and the name where two are expected');
  });
});

// ---------------------------------------------------------------------------------------------
// Manifests that must agree, on a branch with no tag.

const FEATURE = shaOf('feature/bump');
const OFF = shaOf('feature/half-bump');

function manifests(version: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'Cargo.toml': `[package]\nname = "plasmite"\nversion = "${version}"\nedition = "2024"\n\n[package.metadata.binstall]\npkg-fmt = "tgz"\n`,
    'bindings/python/pyproject.toml': `[build-system]\nrequires = ["setuptools>=68"]\n\n[project]\nname = "plasmite"\nversion = "${version}"\n`,
    'bindings/node/package.json': `${JSON.stringify({ name: 'plasmite', version }, null, 2)}\n`,
    'bindings/node/package-lock.json': `${JSON.stringify({ name: 'plasmite', version, lockfileVersion: 3, requires: true, packages: { '': { name: 'plasmite', version, license: 'MIT' } } }, null, 2)}\n`,
    'bindings/node/native/Cargo.toml': `[package]\nname = "plasmite-node"\nversion = "${version}"\nedition = "2024"\n`,
    ...overrides,
  };
}

const CONSISTENT_GATE = `    type: version_alignment
    with:
      expect: consistent
      files:
        - { path: Cargo.toml, pointer: /package/version }
        - { path: bindings/python/pyproject.toml, pointer: /project/version }
        - { path: bindings/node/package.json, pointer: /version }
        - { path: bindings/node/package-lock.json, pointer: /version }
        - { path: bindings/node/package-lock.json, pointer: "/packages//version" }
        - { path: bindings/node/native/Cargo.toml, pointer: /package/version }`;

function branchScenario(): Scenario {
  return {
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    branches: { main: TAG_SHA, 'feature/bump': FEATURE, 'feature/half-bump': OFF },
    files: {
      [FEATURE]: manifests('0.9.0'),
      [OFF]: manifests('0.9.0', {
        'bindings/node/package-lock.json': `${JSON.stringify({ name: 'plasmite', version: '0.9.0', packages: { '': { name: 'plasmite', version: '0.8.0' } } }, null, 2)}\n`,
      }),
    },
  };
}

describe('expect: consistent on a branch with no tag', () => {
  test('every manifest states the same version: VERSIONS_ALIGNED', async () => {
    const { run, gate } = await evaluate(branchScenario(), CONSISTENT_GATE, {
      ref: 'refs/heads/feature/bump',
      stage: 'CHECK',
    });
    expect(run.report!.tag).toBeNull();
    expect(gate).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
    expect(gate.message).toMatch(/^All 6 version entries state 0\.9\.0 \(consistent\): /);
    expect(run.exitCode).toBe(0);
    // The branch resolved to its commit, then the five files in one GraphQL request.
    expect(run.report!.stats.api_requests).toBe(2);
  });

  test('one manifest off: VERSION_MISMATCH listing every file with its value', async () => {
    const { run, gate } = await evaluate(branchScenario(), CONSISTENT_GATE, {
      ref: 'refs/heads/feature/half-bump',
      stage: 'CHECK',
    });
    expect(gate).toMatchObject({ status: 'fail', code: 'VERSION_MISMATCH' });
    expect(gate.message).toBe(
      'Versions disagree among the files (2 different: 0.9.0, 0.8.0): Cargo.toml /package/version = 0.9.0 ✓; bindings/python/pyproject.toml /project/version = 0.9.0 ✓; bindings/node/package.json /version = 0.9.0 ✓; bindings/node/package-lock.json /version = 0.9.0 ✓; bindings/node/package-lock.json /packages//version = 0.8.0 ✗ (expected 0.9.0); bindings/node/native/Cargo.toml /package/version = 0.9.0 ✓',
    );
    expect(run.exitCode).toBe(1);
  });
});
