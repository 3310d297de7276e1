// acme/plasmite and its tap acme/homebrew-tap, built like the public sandover/plasmite and
// sandover/homebrew-tap (read as reference; nothing here is copied from them): the layouts and
// shapes their real files have, so examples/release-publish.yml and
// examples/windows-graduation.yml are tried on the process they model.
//
// - Manifests in the real places: Cargo.toml `[package]`, bindings/python/pyproject.toml
//   `[project]`, bindings/node/package.json and its package-lock.json (`version` and
//   `packages[""].version`), bindings/node/native/Cargo.toml `[package]`.
// - release/targets.json lists each Rust target with its sdk_platform, node_platform and the
//   channel each ships on (`official`, `preview` or null): Windows ships on npm and PyPI only.
// - ci.yml runs on push to main, pull requests and a nightly schedule, and keeps the Windows
//   thresholds in its top-level env (as strings, the way YAML workflows write them).
// - release.yml runs on a tag push, or by dispatch from main with a `tag` input (it then checks
//   the tag out: the run's head_branch is main and its head_sha main's head; its run-name names
//   the tag). It uploads `release-metadata` (metadata.json written by a shell heredoc, so
//   `source_run_id` is a string), one `dist-<rust_target>` zip per SDK target holding
//   `plasmite_<version>_<sdk_platform>.tar.gz` (no checksum file: the publisher computes
//   sha256sums.txt after download), `node-native-<node_platform>`, `py-dist-<sdk_platform>`
//   wheels, `py-sdist` and `node-dist`.
// - No GitHub release of the version under evaluation exists yet: everything is checked
//   against the build before publishing. The previous version is published.
// - The tap's Formula/plasmite.rb has `on_macos do / if Hardware::CPU.arm? … else … end` and
//   `on_linux do / if Hardware::CPU.intel? … else odie … end`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commitChain, makeJob, makeRuns, shaOf } from '../emulator/builders.js';
import type { ArtifactSpec, Conclusion, RunSpec, Scenario } from '../emulator/scenario.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const RELEASE_PUBLISH_POLICY = readFileSync(
  path.join(ROOT, 'examples', 'release-publish.yml'),
  'utf8',
);
export const GRADUATION_POLICY = readFileSync(path.join(ROOT, 'examples', 'windows-graduation.yml'), 'utf8');

export const OWNER = 'acme';
export const REPO = 'plasmite';
export const TAP = `${OWNER}/homebrew-tap`;
export const TAG = 'v0.9.0';
export const VERSION = '0.9.0';
export const PREVIOUS_TAG = 'v0.8.0';
export const PREVIOUS_VERSION = '0.8.0';
/** The branch of a version bump, with no tag yet: versions must agree with each other. */
export const BUMP_BRANCH = 'bump-0.9.1';
export const BUMP_VERSION = '0.9.1';

/** main: 30 commits, oldest first. v0.8.0 is commit 12, v0.9.0 commit 25, main's head commit 30. */
export const MAIN = commitChain(30, 'plasmite-process-main');
export const PREVIOUS_SHA = MAIN[11]!.sha;
export const TAG_SHA = MAIN[24]!.sha;
export const MAIN_HEAD = MAIN[29]!.sha;
export const BUMP_SHA = shaOf('plasmite-process bump 0.9.1');
export const EXPERIMENT_SHA = shaOf('plasmite-process experiment');

export const BUILD_RUN_ID = 9_100_200_301;
export const PREVIOUS_BUILD_RUN_ID = 9_100_200_201;
/** The ci.yml run on the tag's commit (release.yml requires it green). */
export const TAG_CI_RUN_ID = 9_100_200_300;

export interface Target {
  rust_target: string;
  runner: string;
  sdk_platform: string;
  node_platform: string;
  build_sdk: boolean;
  upload_sdist: boolean;
  upload_wheel: boolean;
  channels: Record<
    'github_sdk' | 'homebrew' | 'npm' | 'pypi' | 'cargo_binstall',
    'official' | 'preview' | null
  >;
}

const official = (homebrew: boolean, pypi: boolean): Target['channels'] => ({
  github_sdk: homebrew ? 'official' : null,
  homebrew: homebrew ? 'official' : null,
  npm: 'official',
  pypi: pypi ? 'official' : null,
  cargo_binstall: homebrew ? 'preview' : null,
});

export const TARGETS: Target[] = [
  {
    rust_target: 'x86_64-unknown-linux-gnu',
    runner: 'ubuntu-latest',
    sdk_platform: 'linux_amd64',
    node_platform: 'linux-x64',
    build_sdk: true,
    upload_sdist: true,
    upload_wheel: false,
    channels: official(true, false),
  },
  {
    rust_target: 'x86_64-apple-darwin',
    runner: 'macos-15-intel',
    sdk_platform: 'darwin_amd64',
    node_platform: 'darwin-x64',
    build_sdk: true,
    upload_sdist: false,
    upload_wheel: true,
    channels: official(true, true),
  },
  {
    rust_target: 'aarch64-apple-darwin',
    runner: 'macos-latest',
    sdk_platform: 'darwin_arm64',
    node_platform: 'darwin-arm64',
    build_sdk: true,
    upload_sdist: false,
    upload_wheel: true,
    channels: official(true, true),
  },
  {
    rust_target: 'x86_64-pc-windows-msvc',
    runner: 'windows-latest',
    sdk_platform: 'windows_amd64',
    node_platform: 'win32-x64',
    build_sdk: false,
    upload_sdist: false,
    upload_wheel: true,
    channels: official(false, true),
  },
];

/** A Linux arm64 target that targets.json once listed as official while release.yml did not build it. */
export const LINUX_ARM64_TARGET: Target = {
  rust_target: 'aarch64-unknown-linux-gnu',
  runner: 'ubuntu-24.04-arm',
  sdk_platform: 'linux_arm64',
  node_platform: 'linux-arm64',
  build_sdk: true,
  upload_sdist: false,
  upload_wheel: false,
  channels: official(true, false),
};

export function targetsJson(targets: Target[] = TARGETS): string {
  return `${JSON.stringify({ schema_version: 1, targets }, null, 2)}\n`;
}

/** The platforms Homebrew ships (what the formula and the policy's platforms_from select). */
export const HOMEBREW_PLATFORMS = TARGETS.filter((t) => t.channels.homebrew === 'official').map(
  (t) => t.sdk_platform,
);

export const tarball = (platform: string, version = VERSION) => `plasmite_${version}_${platform}.tar.gz`;
export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');

/** The SDK tarball's bytes (text is enough: only hashes matter); `build` tells a rebuild apart. */
export function tarballContent(platform: string, version = VERSION, build = 1): string {
  return `plasmite ${version} SDK for ${platform} (bin/plasmite bin/pls include/plasmite.h lib/) build ${build}\n`;
}

// ---------------------------------------------------------------------------------------------
// Files of the repository

export function manifests(version: string): Record<string, string> {
  return {
    'Cargo.toml': `[package]
name = "plasmite"
version = "${version}"
edition = "2021"
description = "Persistent JSON message pools with a CLI and a C ABI"
license = "MIT"

[lib]
crate-type = ["rlib", "cdylib", "staticlib"]

[[bin]]
name = "plasmite"
path = "src/main.rs"

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"
`,
    'bindings/python/pyproject.toml': `[build-system]
requires = ["setuptools>=69", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "plasmite"
version = "${version}"
description = "Python bindings for plasmite"
requires-python = ">=3.9"
license = { text = "MIT" }

[tool.setuptools]
packages = ["plasmite"]
`,
    'bindings/node/package.json': `${JSON.stringify(
      {
        name: 'plasmite',
        version,
        description: 'Node bindings for plasmite',
        main: 'index.js',
        bin: { plasmite: 'bin/plasmite.js' },
        files: ['index.js', 'index.d.ts', 'bin/', 'native/'],
        scripts: { build: 'napi build --platform --release' },
        devDependencies: { '@napi-rs/cli': '^2.18.0' },
        license: 'MIT',
      },
      null,
      2,
    )}\n`,
    'bindings/node/package-lock.json': `${JSON.stringify(
      {
        name: 'plasmite',
        version,
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': {
            name: 'plasmite',
            version,
            license: 'MIT',
            bin: { plasmite: 'bin/plasmite.js' },
            devDependencies: { '@napi-rs/cli': '^2.18.0' },
          },
          'node_modules/@napi-rs/cli': { version: '2.18.4', dev: true, license: 'MIT' },
        },
      },
      null,
      2,
    )}\n`,
    'bindings/node/native/Cargo.toml': `[package]
name = "plasmite-node"
version = "${version}"
edition = "2021"

[lib]
crate-type = ["cdylib"]

[dependencies]
napi = "2"
napi-derive = "2"
`,
  };
}

export interface CiThresholds {
  promoteAfter?: string;
  rollbackFailures?: string;
  rollbackWindow?: string;
}

/** ci.yml: push to main, pull requests and a nightly schedule; the Windows thresholds in env. */
export function ciWorkflow(thresholds: CiThresholds = {}): string {
  return `name: ci

on:
  push:
    branches: ["main"]
  pull_request:
  schedule:
    - cron: "0 8 * * *"

env:
  WINDOWS_SMOKE_PREVIEW_MODE: non-blocking
  WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: "${thresholds.promoteAfter ?? '10'}"
  WINDOWS_SMOKE_ROLLBACK_FAILURES: "${thresholds.rollbackFailures ?? '2'}"
  WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: "${thresholds.rollbackWindow ?? '5'}"

jobs:
  windows-preview-policy:
    name: windows smoke preview policy
    runs-on: ubuntu-latest
    steps:
      - name: Publish active windows smoke policy
        run: echo "promote after $WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS green main runs" >> "$GITHUB_STEP_SUMMARY"
  windows-smoke-paths:
    runs-on: ubuntu-latest
    outputs:
      run: \${{ steps.paths.outputs.run }}
    steps:
      - id: paths
        run: echo "run=true" >> "$GITHUB_OUTPUT"
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    steps:
      - uses: actions/checkout@v4
      - run: cargo test --locked
  version-alignment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: bash scripts/check-version-alignment.sh
  windows-smoke:
    name: windows smoke
    needs: [windows-preview-policy, windows-smoke-paths]
    # Only when a path Windows cares about changed: otherwise the job is skipped.
    if: github.event_name != 'pull_request' && needs.windows-smoke-paths.outputs.run == 'true'
    runs-on: windows-latest
    continue-on-error: true
    steps:
      - uses: actions/checkout@v4
      - name: plasmite.exe --version
        run: cargo run --release -- --version
      - name: pool roundtrip
        run: cargo run --release -- pool roundtrip
  node-remote-only:
    name: node remote-only smoke
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: bash scripts/node_remote_only_smoke.sh
`;
}

/** release.yml, trimmed to its triggers, its run name and what it uploads. */
export const RELEASE_WORKFLOW = `name: release
run-name: release \${{ inputs.tag || github.ref_name }}

on:
  push:
    tags: ["v*"]
  workflow_dispatch:
    inputs:
      tag:
        description: "Tag to build (vX.Y.Z)."
        required: true
        type: string

permissions:
  contents: read

jobs:
  release-context:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ inputs.tag || github.ref_name }}
      - run: ./scripts/validate_release_targets.sh
      - run: ./scripts/write_release_metadata.sh
      - uses: actions/upload-artifact@v4
        with: { name: release-metadata, path: .scratch/release-metadata/metadata.json }
  build-platform:
    needs: [release-context]
    runs-on: \${{ matrix.runner }}
    strategy:
      matrix:
        include: \${{ fromJSON(needs.release-context.outputs.matrix) }}
    steps:
      - run: ./scripts/package_release_sdk.sh "\${{ matrix.rust_target }}"
      - uses: actions/upload-artifact@v4
        if: matrix.build_sdk
        with: { name: "dist-\${{ matrix.rust_target }}", path: dist/*.tar.gz }
`;

/**
 * metadata.json as release.yml's heredoc writes it: every value quoted, so the run id is a
 * string ("source_run_id": "\${GITHUB_RUN_ID}"), and source_workflow is the workflow's name.
 */
export function heredocMetadata(options: {
  tag?: string;
  sourceSha?: string;
  runId: number | string;
  sourceRef?: string;
}): string {
  const tag = options.tag ?? TAG;
  return `{
  "tag": "${tag}",
  "version": "${tag.replace(/^v/, '')}",
  "source_sha": "${options.sourceSha ?? TAG_SHA}",
  "source_ref": "${options.sourceRef ?? `refs/tags/${tag}`}",
  "source_run_id": "${options.runId}",
  "source_workflow": "release"
}
`;
}

/** The tap's formula, shaped like Formula/plasmite.rb; options skew one thing each. */
export function formulaText(
  options: {
    version?: string;
    /** Per platform: the tarball bytes the formula's sha256 was computed from. */
    contents?: Record<string, string>;
    /** A Linux arm64 branch left over from the seed formula, with a placeholder hash. */
    linuxArm64Placeholder?: boolean;
  } = {},
): string {
  const version = options.version ?? VERSION;
  const hash = (platform: string) =>
    sha256(options.contents?.[platform] ?? tarballContent(platform, version));
  const url = (platform: string) =>
    `https://github.com/${OWNER}/${REPO}/releases/download/v${version}/plasmite_${version}_${platform}.tar.gz`;
  const linux = options.linuxArm64Placeholder
    ? `    if Hardware::CPU.arm?
      url "${url('linux_arm64')}"
      sha256 "PLACEHOLDER_LINUX_ARM64_SHA256"
    else
      url "${url('linux_amd64')}"
      sha256 "${hash('linux_amd64')}"
    end`
    : `    if Hardware::CPU.intel?
      url "${url('linux_amd64')}"
      sha256 "${hash('linux_amd64')}"
    else
      odie "plasmite is built for x86_64 Linux only"
    end`;
  return `class Plasmite < Formula
  desc "Persistent JSON message pools with a CLI and a C SDK"
  homepage "https://github.com/${OWNER}/${REPO}"
  version "${version}"
  license "MIT"

  on_macos do
    if Hardware::CPU.arm?
      url "${url('darwin_arm64')}"
      sha256 "${hash('darwin_arm64')}"
    else
      url "${url('darwin_amd64')}"
      sha256 "${hash('darwin_amd64')}"
    end
  end

  on_linux do
${linux}
  end

  def install
    bin.install "bin/plasmite", "bin/pls"
    include.install "include/plasmite.h"
    (lib/"pkgconfig").install "lib/pkgconfig/plasmite.pc"
  end

  test do
    system bin/"plasmite", "--version"
  end
end
`;
}

/**
 * A Homebrew cask as GoReleaser writes one now (Casks/NAME.rb): each platform block gives
 * sha256 before url, and the url interpolates the version.
 */
export function goreleaserCask(options: { contents?: Record<string, string> } = {}): string {
  const hash = (platform: string) => sha256(options.contents?.[platform] ?? tarballContent(platform));
  const block = (platform: string) => `      sha256 "${hash(platform)}"
      url "https://github.com/${OWNER}/${REPO}/releases/download/v#{version}/plasmite_#{version}_${platform}.tar.gz"`;
  return `# typed: false
# frozen_string_literal: true

# This file was generated by GoReleaser. DO NOT EDIT.
cask "plasmite" do
  name "plasmite"
  desc "Persistent JSON message pools"
  homepage "https://github.com/${OWNER}/${REPO}"
  version "${VERSION}"

  livecheck do
    skip "Auto-generated on release."
  end

  binary "plasmite"

  on_macos do
    on_intel do
${block('darwin_amd64')}
    end
    on_arm do
${block('darwin_arm64')}
    end
  end

  on_linux do
    on_intel do
${block('linux_amd64')}
    end
  end
end
`;
}

// ---------------------------------------------------------------------------------------------
// The release build run

function zipArtifact(name: string, files: Record<string, string>): ArtifactSpec {
  return { name, files };
}

/** What release.yml uploads for `version`, as upload-artifact names it. */
export function buildArtifacts(
  version: string,
  metadata: string,
  options: { targets?: Target[]; contents?: Record<string, string> } = {},
): ArtifactSpec[] {
  const targets = options.targets ?? TARGETS;
  return [
    zipArtifact('release-metadata', { 'metadata.json': metadata }),
    ...targets
      .filter((t) => t.build_sdk)
      .map((t) =>
        zipArtifact(`dist-${t.rust_target}`, {
          [tarball(t.sdk_platform, version)]:
            options.contents?.[t.sdk_platform] ?? tarballContent(t.sdk_platform, version),
        }),
      ),
    ...targets.map((t) =>
      zipArtifact(`node-native-${t.node_platform}`, {
        [t.node_platform.startsWith('win32') ? 'plasmite.exe' : 'plasmite']:
          `plasmite ${version} CLI for ${t.node_platform}\n`,
        'index.node': `plasmite ${version} addon for ${t.node_platform}\n`,
      }),
    ),
    ...targets
      .filter((t) => t.upload_wheel)
      .map((t) =>
        zipArtifact(`py-dist-${t.sdk_platform}`, {
          [`plasmite-${version}-cp39-abi3-${wheelTag(t.sdk_platform)}.whl`]: `wheel of ${version} for ${t.sdk_platform}\n`,
        }),
      ),
    zipArtifact('py-sdist', { [`plasmite-${version}.tar.gz`]: `sdist of plasmite ${version}\n` }),
    zipArtifact('node-dist', { [`plasmite-${version}.tgz`]: `npm package of plasmite ${version}\n` }),
  ];
}

function wheelTag(platform: string): string {
  return (
    { darwin_amd64: 'macosx_10_12_x86_64', darwin_arm64: 'macosx_11_0_arm64', windows_amd64: 'win_amd64' }[
      platform
    ] ?? 'manylinux_2_17_x86_64'
  );
}

function buildJobs(targets: Target[] = TARGETS): RunSpec['jobs'] {
  return [
    makeJob('release-context', 'success', {
      steps: [
        'Validate and render release targets',
        'Record release metadata',
        'Require green ci.yml for release SHA',
      ],
    }),
    ...targets.map((t) => makeJob(`build-platform (${t.rust_target})`)),
    makeJob('build-node-dist'),
  ];
}

/** The release.yml run of a tag push: head_branch is the tag, head_sha its commit. */
function tagPushRun(id: number, version: string, sha: string, createdAt: string): RunSpec {
  const tag = `v${version}`;
  return {
    id,
    workflow: 'release.yml',
    name: 'release',
    display_title: `release ${tag}`,
    head_branch: tag,
    head_sha: sha,
    event: 'push',
    created_at: createdAt,
    jobs: buildJobs(),
    artifacts: buildArtifacts(version, heredocMetadata({ tag, sourceSha: sha, runId: id })),
  };
}

// ---------------------------------------------------------------------------------------------
// CI history on main

/** S success, F failure, x skipped (no Windows path changed). */
export type SmokeResult = 'S' | 'F' | 'x';
export interface MainRun {
  event: 'push' | 'schedule' | 'pull_request';
  smoke: SmokeResult;
}

/**
 * ci.yml runs, newest first: push and schedule runs on main (a nightly run is a main run too)
 * with pull-request runs between them (on their own branches, without the Windows job).
 */
export function ciHistory(recent: MainRun[], greenTail = 12): RunSpec[] {
  const all: MainRun[] = [
    ...recent,
    ...Array.from({ length: greenTail }, (_, i) => ({
      event: i % 3 === 2 ? ('schedule' as const) : ('push' as const),
      smoke: 'S' as const,
    })),
  ];
  let mainIndex = 0;
  return makeRuns(
    all.length,
    (index) => {
      const run = all[index]!;
      const smoke: Conclusion = run.smoke === 'S' ? 'success' : run.smoke === 'F' ? 'failure' : 'skipped';
      // 'windows smoke preview policy' runs every time: a name that only starts like the gate's job.
      const jobs = [
        makeJob('windows smoke preview policy'),
        makeJob('test (ubuntu-latest)'),
        makeJob('test (macos-latest)'),
        makeJob('version-alignment'),
      ];
      if (run.event === 'pull_request') {
        return {
          event: 'pull_request',
          head_branch: `feature-${index}`,
          head_sha: shaOf(`plasmite-process pr ${index}`),
          // A pull request's own failures never count against main.
          conclusion: 'failure',
          jobs: [...jobs.slice(0, 3), makeJob('version-alignment', 'failure')],
        };
      }
      const sha = MAIN[Math.max(0, MAIN.length - 1 - mainIndex++)]!.sha;
      jobs.push(
        makeJob('windows smoke', smoke, {
          steps: smoke === 'skipped' ? [] : ['plasmite.exe --version', 'pool roundtrip'],
        }),
      );
      jobs.push(makeJob('node remote-only smoke'));
      return {
        event: run.event,
        head_branch: 'main',
        head_sha: sha,
        // continue-on-error: a failed Windows smoke leaves the run green.
        conclusion: 'success',
        display_title:
          run.event === 'schedule' ? 'ci' : `plasmite-process-main: commit ${MAIN.length - mainIndex + 1}`,
        jobs,
      };
    },
    { workflow: 'ci.yml', newestAt: '2026-11-25T16:00:00Z', spacingHours: 8 },
  );
}

/**
 * The latest five push and schedule runs where the Windows job ran hold two failures; pull-request
 * failures and a run where the job was skipped are between them.
 */
export const TWO_IN_FIVE: MainRun[] = [
  { event: 'push', smoke: 'S' },
  { event: 'schedule', smoke: 'F' },
  { event: 'pull_request', smoke: 'x' },
  { event: 'push', smoke: 'x' },
  { event: 'push', smoke: 'S' },
  { event: 'pull_request', smoke: 'x' },
  { event: 'schedule', smoke: 'F' },
  { event: 'push', smoke: 'S' },
];

/** Ten green push and schedule runs and more: the streak is met, nothing to roll back. */
export const ALL_GREEN: MainRun[] = [
  { event: 'schedule', smoke: 'S' },
  { event: 'pull_request', smoke: 'x' },
  { event: 'push', smoke: 'x' },
  { event: 'push', smoke: 'S' },
];

// ---------------------------------------------------------------------------------------------
// The acts

export interface ProcessAct {
  scenario: Scenario;
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
}

/**
 * The consistent state of the release-publish preflight: v0.9.0 built by its tag push, not yet
 * published, the tap already updated from the build, every gate passes.
 */
export function plasmiteProcessAct(): ProcessAct {
  const repoFilesAt = (version: string) => ({
    ...manifests(version),
    'release/targets.json': targetsJson(),
    '.github/workflows/ci.yml': ciWorkflow(),
    '.github/workflows/release.yml': RELEASE_WORKFLOW,
  });
  const scenario: Scenario = {
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    commits: [
      ...MAIN,
      { sha: BUMP_SHA, parents: [MAIN_HEAD], message: `Bump version to ${BUMP_VERSION}` },
      { sha: EXPERIMENT_SHA, parents: [MAIN[20]!.sha], message: 'experiment: rebuild pipeline' },
    ],
    branches: { main: MAIN_HEAD, [BUMP_BRANCH]: BUMP_SHA, experiment: EXPERIMENT_SHA },
    tags: {
      [PREVIOUS_TAG]: PREVIOUS_SHA,
      [TAG]: TAG_SHA,
    },
    files: {
      [PREVIOUS_SHA]: repoFilesAt(PREVIOUS_VERSION),
      [TAG_SHA]: repoFilesAt(VERSION),
      [MAIN_HEAD]: repoFilesAt(VERSION),
      [BUMP_SHA]: repoFilesAt(BUMP_VERSION),
      [EXPERIMENT_SHA]: repoFilesAt(VERSION),
    },
    workflows: [
      { id: 61_000_001, path: '.github/workflows/ci.yml', name: 'ci' },
      { id: 61_000_002, path: '.github/workflows/release.yml', name: 'release' },
      { id: 61_000_003, path: '.github/workflows/release-publish.yml', name: 'release-publish' },
    ],
    runs: [
      tagPushRun(PREVIOUS_BUILD_RUN_ID, PREVIOUS_VERSION, PREVIOUS_SHA, '2026-10-20T10:00:00Z'),
      ...ciHistory(ALL_GREEN),
      {
        id: TAG_CI_RUN_ID,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: TAG_SHA,
        event: 'push',
        created_at: '2026-11-25T09:00:00Z',
        jobs: [makeJob('test (ubuntu-latest)'), makeJob('test (macos-latest)'), makeJob('version-alignment')],
      },
      tagPushRun(BUILD_RUN_ID, VERSION, TAG_SHA, '2026-11-25T10:00:00Z'),
    ],
    releases: [
      {
        tag: PREVIOUS_TAG,
        published_at: '2026-10-20T11:00:00Z',
        assets: HOMEBREW_PLATFORMS.map((p) => ({
          name: tarball(p, PREVIOUS_VERSION),
          content: tarballContent(p, PREVIOUS_VERSION),
        })),
      },
    ],
    issues: [
      {
        number: 88,
        title: `Release blockers: ${PREVIOUS_TAG}`,
        state: 'closed',
        labels: ['release-blocker'],
      },
      { number: 91, title: 'Windows smoke flakes on pool roundtrip', labels: ['windows'] },
    ],
    other_repositories: {
      [TAP]: { default_branch: 'main', files: { main: { 'Formula/plasmite.rb': formulaText() } } },
    },
  };
  return {
    scenario,
    // release-publish.yml dispatched with release_tag: the tag is the ref; the build run is found.
    inputs: { policy: '.github/release-gates.yml', ref: TAG, upload_report: 'false' },
    env: {
      RELEASE_GATES_NOW: '2026-11-25T18:00:00Z',
      PYPI_API_TOKEN: 'pypi-AgEIcHlwaS5vcmcCJGZha2UtdG9rZW4tZm9yLXRlc3Rz',
      CARGO_REGISTRY_TOKEN: 'cio_fake_registry_token_for_tests_0123456789',
    },
    files: { '.github/release-gates.yml': RELEASE_PUBLISH_POLICY },
  };
}

/** The windows-graduation policy evaluated on main (stage PREVIEW) over a CI history. */
export function graduationAct(recent: MainRun[]): ProcessAct {
  const act = plasmiteProcessAct();
  act.scenario.runs = [
    ...act.scenario.runs!.filter((run) => run.workflow !== 'ci.yml'),
    ...ciHistory(recent),
  ];
  act.inputs = { policy: '.github/windows-graduation.yml', ref: 'refs/heads/main', upload_report: 'false' };
  act.files = { '.github/windows-graduation.yml': GRADUATION_POLICY };
  return act;
}

// ---------------------------------------------------------------------------------------------
// Mutators: each changes one thing of an act in place and returns it.

function buildRun(act: ProcessAct): RunSpec {
  const run = act.scenario.runs!.find((r) => r.id === BUILD_RUN_ID);
  if (!run) throw new Error(`no run ${BUILD_RUN_ID} in the scenario`);
  return run;
}

/**
 * The build run dispatched from `branch` with `tag` as input, as release.yml's dispatch runs:
 * head_branch is the branch, head_sha its head, the run name names the tag. The metadata it
 * wrote attests the tag (or, with `metadata: null`, it has none).
 */
export function dispatchedBuild(
  act: ProcessAct,
  options: { branch?: string; metadata?: string | null } = {},
): ProcessAct {
  const branch = options.branch ?? 'main';
  const head = act.scenario.branches![branch]!;
  const run = buildRun(act);
  Object.assign(run, {
    event: 'workflow_dispatch',
    head_branch: branch,
    head_sha: head,
    display_title: `release ${TAG}`,
  });
  const metadata =
    options.metadata === undefined ? heredocMetadata({ runId: BUILD_RUN_ID }) : options.metadata;
  run.artifacts = buildArtifacts(VERSION, metadata ?? '').filter(
    (a) => metadata !== null || a.name !== 'release-metadata',
  );
  return act;
}

/** Names the build run explicitly, as release-publish's build_run_id input (incident recovery) does. */
export function withBuildRunId(act: ProcessAct, id = BUILD_RUN_ID): ProcessAct {
  act.inputs = { ...act.inputs, build_run_id: String(id) };
  return act;
}

/** One SDK tarball rebuilt in the build run (new bytes), the formula still hashing the old one. */
export function rebuiltTarball(act: ProcessAct, platform: string): ProcessAct {
  const run = buildRun(act);
  const target = TARGETS.find((t) => t.sdk_platform === platform)!;
  run.artifacts = run.artifacts!.map((a) =>
    a.name === `dist-${target.rust_target}`
      ? { name: a.name, files: { [tarball(platform)]: tarballContent(platform, VERSION, 2) } }
      : a,
  );
  return act;
}

export function setFormula(act: ProcessAct, text: string, file = 'Formula/plasmite.rb'): ProcessAct {
  act.scenario.other_repositories![TAP]!.files = { main: { [file]: text } };
  return act;
}

/** A file of the tag's commit replaced. */
export function setFileAtTag(act: ProcessAct, file: string, content: string): ProcessAct {
  act.scenario.files![TAG_SHA]![file] = content;
  return act;
}

/** A file of the version-bump branch replaced. */
export function setFileOnBump(act: ProcessAct, file: string, content: string): ProcessAct {
  act.scenario.files![BUMP_SHA]![file] = content;
  return act;
}

/** Evaluates the version-bump branch (no tag): stage BRANCH of the release-publish policy. */
export function onBumpBranch(act: ProcessAct): ProcessAct {
  act.inputs = { ...act.inputs, ref: `refs/heads/${BUMP_BRANCH}` };
  return act;
}

/** v0.9.0 published as a GitHub release with the build's tarballs (what a cask's urls point at). */
export function published(act: ProcessAct): ProcessAct {
  act.scenario.releases = [
    ...act.scenario.releases!,
    {
      tag: TAG,
      published_at: '2026-11-25T12:00:00Z',
      assets: HOMEBREW_PLATFORMS.map((p) => ({ name: tarball(p), content: tarballContent(p) })),
    },
  ];
  return act;
}
