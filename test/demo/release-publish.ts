// acme/plasmite at tag v1.3.0, the preflight of a release-publish workflow that publishes first
// and checks the published release (test/demo/release-publish-policy.yml): one consistent state of the repository where all eleven
// gates pass, and small mutators that break exactly one thing each.
//
// The state: main is a chain of commits; v1.2.0 and v1.3.0 are tags on it (v1.3.0 annotated,
// main two commits ahead). The release.yml run of each tag (a tag push) uploaded
// `release-metadata`, one artifact per release file, `sha256sums.txt` and `bench`; v1.2.0's
// `bench` is the performance baseline (`{base_tag}` resolves to v1.2.0). ci.yml went green on
// the v1.3.0 commit. v1.3.0 is also published as a GitHub release with the same files (the
// Homebrew gate reads GitHub's digests of the published release's assets), and the tap
// acme/homebrew-tap has Formula/plasmite.rb for 1.3.0. The release-blocker issues in the
// repository are for other tags or closed; a pull request titled with the tag is mixed in.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commitChain, makeJob, shaOf } from '../emulator/builders.js';
import type { ArtifactSpec, IssueSpec, ReleaseAssetSpec, RunSpec, Scenario } from '../emulator/scenario.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const RELEASE_PUBLISH_POLICY = readFileSync(
  path.join(ROOT, 'test', 'demo', 'release-publish-policy.yml'),
  'utf8',
);

export const OWNER = 'acme';
export const REPO = 'plasmite';
export const TAG = 'v1.3.0';
export const VERSION = '1.3.0';
export const BASE_TAG = 'v1.2.0';
export const BASE_VERSION = '1.2.0';
export const PLATFORMS = ['linux_amd64', 'darwin_amd64', 'darwin_arm64'] as const;

/** main: 12 commits, oldest first. v1.2.0 is commit 6, v1.3.0 commit 10, main's head commit 12. */
export const MAIN = commitChain(12, 'plasmite-release-main');
export const BASE_SHA = MAIN[5]!.sha;
export const TAG_SHA = MAIN[9]!.sha;
export const MAIN_HEAD = MAIN[11]!.sha;
/** The commit before the tag's: where a stale tag (or a dispatch on an old ref) points. */
export const PRE_TAG_SHA = MAIN[8]!.sha;
/** A commit on a side branch, off main before the tag. */
export const SIDE_SHA = shaOf('plasmite-release side branch');

export const BUILD_RUN_ID = 7301;
export const BASE_RUN_ID = 7201;
export const CI_RUN_ID = 7300;
/** A ci.yml run the tag push also triggered: a run of the wrong workflow for build_run_id. */
export const TAG_CI_RUN_ID = 7302;

/** Wednesday 2026-11-18, 10:00 in Denver: no freeze. */
export const WEDNESDAY = '2026-11-18T17:00:00Z';
/** Thursday 2026-12-31, 11:00 in Denver: inside the policy's "Year end" freeze. */
export const YEAR_END = '2026-12-31T18:00:00Z';

export const tarball = (platform: string, version = VERSION) => `plasmite_${version}_${platform}.tar.gz`;
export const npmPackage = (version = VERSION) => `plasmite-${version}.tgz`;
export const CHECKSUMS = 'sha256sums.txt';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The release files of `version` (name → bytes; text is enough, only hashes matter). */
export function releaseFiles(version = VERSION): Record<string, string> {
  return {
    ...Object.fromEntries(PLATFORMS.map((p) => [tarball(p, version), `${p} build of plasmite ${version}\n`])),
    [npmPackage(version)]: `npm package of plasmite ${version}\n`,
  };
}

/** `sha256sum`'s output for the files: `<hex>  <name>` lines. */
export function sha256sumsOf(files: Record<string, string>): string {
  return Object.entries(files)
    .map(([name, content]) => `${sha256(content)}  ${name}\n`)
    .join('');
}

export function metadataOf(overrides: Record<string, unknown> = {}, version = VERSION): string {
  const tag = `v${version}`;
  return `${JSON.stringify(
    {
      tag,
      version,
      source_sha: version === VERSION ? TAG_SHA : BASE_SHA,
      source_ref: `refs/tags/${tag}`,
      source_run_id: version === VERSION ? BUILD_RUN_ID : BASE_RUN_ID,
      source_workflow: 'release',
      ...overrides,
    },
    null,
    2,
  )}\n`;
}

export type Bench = Record<string, number | number[]>;

export const CURRENT_BENCH: Bench = {
  'enqueue.ms_per_msg': [0.0118, 0.0121, 0.012],
  'read.ms_per_msg': [0.0049, 0.005, 0.0051],
  'pool_open.ms_per_msg': [0.31, 0.3, 0.32],
};
export const BASELINE_BENCH: Bench = {
  'enqueue.ms_per_msg': [0.0121, 0.0122, 0.0123],
  'read.ms_per_msg': [0.005, 0.0051, 0.0052],
  'pool_open.ms_per_msg': [0.3, 0.31, 0.3],
};

export function benchJson(metrics: Bench): string {
  return `${JSON.stringify({ tool: 'plasmite-bench', commit: null, metrics }, null, 2)}\n`;
}

/** The six version files of the `versions` gate, all stating `version`. */
export function versionFiles(version: string): Record<string, string> {
  return {
    'Cargo.toml': `[package]\nname = "plasmite"\nversion = "${version}"\nedition = "2021"\n\n[dependencies]\nserde = "1"\n`,
    'bindings/python/pyproject.toml': `[build-system]\nrequires = ["maturin>=1.5"]\n\n[project]\nname = "plasmite"\nversion = "${version}"\nrequires-python = ">=3.9"\n`,
    'bindings/node/package.json': `${JSON.stringify({ name: 'plasmite', version, main: 'index.js' }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify(
      {
        name: 'plasmite',
        version,
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'plasmite', version, license: 'MIT' },
          'node_modules/napi-build': { version: '2.1.0' },
        },
      },
      null,
      2,
    )}\n`,
    'bindings/node/native/Cargo.toml': `[package]\nname = "plasmite-node"\nversion = "${version}"\nedition = "2021"\n`,
  };
}

/** A goreleaser-style formula. Options skew one thing: the version, the urls' version, a sha. */
export function formulaText(
  options: { version?: string; urlVersion?: string; shas?: Record<string, string> } = {},
): string {
  const files = releaseFiles();
  const version = options.version ?? VERSION;
  const urlVersion = options.urlVersion ?? '#{version}';
  const entry = (p: string) =>
    `      url "https://github.com/${OWNER}/${REPO}/releases/download/v${urlVersion}/plasmite_${urlVersion}_${p}.tar.gz"\n` +
    `      sha256 "${options.shas?.[p] ?? sha256(files[tarball(p)]!)}"`;
  return `# typed: false
# Generated by the release workflow of acme/plasmite.
class Plasmite < Formula
  desc "Persistent message pools"
  homepage "https://github.com/${OWNER}/${REPO}"
  version "${version}"
  license "MIT"

  on_macos do
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

  def install
    bin.install "plasmite"
  end
end
`;
}

const CI_WORKFLOW = `name: ci\non: [push, pull_request]\njobs: {}\n`;
const RELEASE_WORKFLOW = `name: release\non: { push: { tags: ["v*"] }, workflow_dispatch: {} }\njobs: {}\n`;

/** One artifact per release file, named like the file, as upload-artifact per file makes. */
function fileArtifacts(files: Record<string, string>): ArtifactSpec[] {
  return Object.entries(files).map(([name, content]) => ({ name, files: { [name]: content } }));
}

function releaseRun(version: string, id: number, sha: string, createdAt: string, bench: Bench): RunSpec {
  const files = releaseFiles(version);
  return {
    id,
    workflow: 'release.yml',
    name: 'release',
    head_branch: `v${version}`,
    head_sha: sha,
    event: 'push',
    created_at: createdAt,
    jobs: [
      makeJob('build (linux_amd64)'),
      makeJob('build (darwin_amd64)'),
      makeJob('build (darwin_arm64)'),
      makeJob('npm pack'),
      makeJob('bench', 'success', { steps: ['cargo bench', 'summarize'] }),
      makeJob('metadata'),
    ],
    artifacts: [
      { name: 'release-metadata', files: { 'metadata.json': metadataOf({}, version) } },
      ...fileArtifacts({ ...files, [CHECKSUMS]: sha256sumsOf(files) }),
      { name: 'bench', files: { 'summary.json': benchJson(bench) } },
    ],
  };
}

function publishedAssets(files: Record<string, string>): ReleaseAssetSpec[] {
  return Object.entries({ ...files, [CHECKSUMS]: sha256sumsOf(files) }).map(([name, content]) => ({
    name,
    content,
  }));
}

const ISSUES: IssueSpec[] = [
  {
    number: 301,
    title: 'Release blockers: v1.3.0',
    state: 'closed',
    state_reason: 'completed',
    labels: ['release-blocker'],
    closed_at: '2026-11-17T09:00:00Z',
  },
  { number: 302, title: 'Release blockers: v1.4.0', labels: ['release-blocker'] },
  { number: 303, title: 'v1.3.0: typo in the changelog', labels: ['docs'] },
  // A pull request, as the issues API mixes them in: labelled and titled with the tag, open.
  { number: 304, title: 'Fix v1.3.0 release notes', labels: ['release-blocker'], pull_request: true },
];

export interface ReleasePublishAct {
  scenario: Scenario;
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
}

/** The consistent state: every gate of examples/release-publish.yml passes. A fresh copy each call. */
export function releasePublishAct(): ReleasePublishAct {
  const scenario: Scenario = {
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    commits: [...MAIN, { sha: SIDE_SHA, parents: [MAIN[7]!.sha], message: 'experiment' }],
    branches: { main: MAIN_HEAD, experiment: SIDE_SHA },
    tags: {
      'v1.1.0': MAIN[2]!.sha,
      [BASE_TAG]: { sha: BASE_SHA, annotated: true, message: 'plasmite 1.2.0' },
      [TAG]: { sha: TAG_SHA, annotated: true, message: 'plasmite 1.3.0' },
      nightly: MAIN_HEAD,
    },
    files: {
      [BASE_SHA]: { ...versionFiles(BASE_VERSION), '.github/workflows/ci.yml': CI_WORKFLOW },
      [TAG_SHA]: {
        ...versionFiles(VERSION),
        '.github/workflows/ci.yml': CI_WORKFLOW,
        '.github/workflows/release.yml': RELEASE_WORKFLOW,
      },
    },
    workflows: [
      { id: 1001, path: '.github/workflows/ci.yml', name: 'ci' },
      { id: 1002, path: '.github/workflows/release.yml', name: 'release' },
    ],
    runs: [
      releaseRun(BASE_VERSION, BASE_RUN_ID, BASE_SHA, '2026-10-01T10:00:00Z', BASELINE_BENCH),
      {
        id: CI_RUN_ID,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: TAG_SHA,
        event: 'push',
        created_at: '2026-11-16T15:00:00Z',
        jobs: [makeJob('test'), makeJob('lint'), makeJob('windows smoke')],
      },
      releaseRun(VERSION, BUILD_RUN_ID, TAG_SHA, '2026-11-17T10:00:00Z', CURRENT_BENCH),
      {
        id: TAG_CI_RUN_ID,
        workflow: 'ci.yml',
        head_branch: TAG,
        head_sha: TAG_SHA,
        event: 'push',
        created_at: '2026-11-17T10:00:30Z',
        jobs: [makeJob('test'), makeJob('lint')],
      },
    ],
    releases: [
      {
        tag: BASE_TAG,
        published_at: '2026-10-01T11:00:00Z',
        assets: publishedAssets(releaseFiles(BASE_VERSION)),
      },
      { tag: TAG, published_at: '2026-11-17T11:00:00Z', assets: publishedAssets(releaseFiles()) },
    ],
    issues: ISSUES.map((issue) => ({ ...issue })),
    other_repositories: {
      [`${OWNER}/homebrew-tap`]: {
        default_branch: 'main',
        files: { main: { 'Formula/plasmite.rb': formulaText() } },
      },
    },
  };
  return {
    scenario,
    // What a tag-triggered release-publish workflow passes: github.ref, no sha (the tag is
    // resolved through the API), no build_run_id (the newest successful release.yml run of
    // the tag), no base_tag (the highest semver tag below: v1.2.0).
    inputs: { policy: '.github/release-gates.yml', ref: `refs/tags/${TAG}`, upload_report: 'false' },
    env: {
      RELEASE_GATES_NOW: WEDNESDAY,
      PYPI_API_TOKEN: 'pypi-AgEIcHlwaS5vcmcCJGZha2UtdG9rZW4tZm9yLXRlc3Rz',
      CARGO_REGISTRY_TOKEN: 'cio_fake_registry_token_for_tests_0123456789',
    },
    files: { '.github/release-gates.yml': RELEASE_PUBLISH_POLICY },
  };
}

// ---------------------------------------------------------------------------------------------
// Mutators: each changes one thing of an act in place and returns it.

function runById(act: ReleasePublishAct, id: number): RunSpec {
  const run = act.scenario.runs!.find((r) => r.id === id);
  if (!run) throw new Error(`no run ${id} in the scenario`);
  return run;
}

/** Changes fields of the v1.3.0 release.yml run. */
export function patchBuildRun(act: ReleasePublishAct, patch: Partial<RunSpec>): ReleasePublishAct {
  Object.assign(runById(act, BUILD_RUN_ID), patch);
  return act;
}

/** Names the build run explicitly (`build_run_id`), as a workflow passing `github.run_id` does. */
export function withBuildRunId(act: ReleasePublishAct, id: number): ReleasePublishAct {
  act.inputs = { ...act.inputs, build_run_id: String(id) };
  return act;
}

/** Replaces (or, with null, removes) one artifact of the v1.3.0 build run. */
export function setBuildArtifact(
  act: ReleasePublishAct,
  name: string,
  artifact: Omit<ArtifactSpec, 'name'> | null,
): ReleasePublishAct {
  const run = runById(act, BUILD_RUN_ID);
  const rest = (run.artifacts ?? []).filter((a) => a.name !== name);
  run.artifacts = artifact ? [...rest, { name, ...artifact }] : rest;
  return act;
}

/** metadata.json of the build run, with fields changed (or replaced by `text`). */
export function setMetadata(
  act: ReleasePublishAct,
  change: Record<string, unknown> | string,
  extra: Partial<ArtifactSpec> = {},
): ReleasePublishAct {
  const text = typeof change === 'string' ? change : metadataOf(change);
  return setBuildArtifact(act, 'release-metadata', { files: { 'metadata.json': text }, ...extra });
}

/** A release file of the build run replaced (without touching sha256sums.txt), or removed. */
export function setBuildFile(
  act: ReleasePublishAct,
  name: string,
  content: string | null,
): ReleasePublishAct {
  return setBuildArtifact(act, name, content === null ? null : { files: { [name]: content } });
}

export function setFormula(act: ReleasePublishAct, text: string | null): ReleasePublishAct {
  const tap = act.scenario.other_repositories![`${OWNER}/homebrew-tap`]!;
  tap.files = text === null ? {} : { main: { 'Formula/plasmite.rb': text } };
  return act;
}

export function setCurrentBench(act: ReleasePublishAct, metrics: Bench): ReleasePublishAct {
  return setBuildArtifact(act, 'bench', { files: { 'summary.json': benchJson(metrics) } });
}

/** Removes every semver tag below v1.3.0: there is no previous release to compare with. */
export function withoutEarlierTags(act: ReleasePublishAct): ReleasePublishAct {
  act.scenario.tags = Object.fromEntries(
    Object.entries(act.scenario.tags!).filter(([name]) => name === TAG || name === 'nightly'),
  );
  return act;
}

export function addIssue(act: ReleasePublishAct, issue: IssueSpec): ReleasePublishAct {
  act.scenario.issues = [...(act.scenario.issues ?? []), issue];
  return act;
}

/** A file of the tag's commit replaced. */
export function setFileAtTag(act: ReleasePublishAct, file: string, content: string): ReleasePublishAct {
  act.scenario.files![TAG_SHA]![file] = content;
  return act;
}

export function setEnv(act: ReleasePublishAct, name: string, value: string | null): ReleasePublishAct {
  const env = { ...act.env };
  if (value === null) delete env[name];
  else env[name] = value;
  act.env = env;
  return act;
}

export function at(act: ReleasePublishAct, now: string): ReleasePublishAct {
  return setEnv(act, 'RELEASE_GATES_NOW', now);
}

export function setInputs(act: ReleasePublishAct, inputs: Record<string, string>): ReleasePublishAct {
  act.inputs = { ...act.inputs, ...inputs };
  return act;
}
