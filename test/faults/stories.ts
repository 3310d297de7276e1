// The evaluations the fault matrix breaks: realistic runs of the action whose fault-free verdict
// is known. Two are acts of the demo (test/demo/plasmite.ts); two more reach the routes the demo
// does not (the release build's provenance and metadata, assets from build artifacts, the
// Homebrew tap in another repository, files at the commit, reachability, issues, the pull
// request of a commit, and a policy read through the API with `extends`).
import { createHash } from 'node:crypto';
import { ACTS } from '../demo/plasmite.js';
import { commitChain, shaOf } from '../emulator/builders.js';
import type { Scenario } from '../emulator/scenario.js';

export interface Story {
  /** Short id used in the matrix (`graduation`, `ga`, `release`, `policy-api`). */
  id: string;
  title: string;
  scenario: Scenario;
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
  event?: unknown;
  /** The fault-free verdict: every story passes, so any `pass` under a persistent fault is suspect. */
  expect: 'pass';
}

/** Values the secrets scan looks for: the story's secrets_present variables. */
export const STORY_SECRETS: Record<string, string> = {
  RG_FAULTS_PUBLISH_TOKEN: 'pypi-AgEIcHlwaS5vcmcCJGZhdWx0cy1tYXRyaXgtc2VjcmV0',
  RG_FAULTS_SIGNING_KEY: 'sk-signing-6f1d2c9e8b7a4f30',
};

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

const act = (n: number) => {
  const found = ACTS[n - 1];
  if (!found) throw new Error(`demo act ${n} is missing`);
  return found;
};

function fromAct(n: number, id: string): Story {
  const a = act(n);
  if (a.expect.result !== 'pass') throw new Error(`demo act ${n} no longer passes: pick another act`);
  return {
    id,
    title: `demo act ${n}: ${a.title}`,
    scenario: a.scenario,
    inputs: a.inputs,
    env: a.env,
    files: a.files,
    ...(a.event !== undefined ? { event: a.event } : {}),
    expect: 'pass',
  };
}

// ---------------------------------------------------------------------------------------------
// release: a v1.2.0 tag with its build run, artifacts, release, tap, pull request and issues.

const OWNER = 'acme';
const REPO = 'plasmite';
const TAG = 'v1.2.0';
const VERSION = '1.2.0';
const MAIN = commitChain(6, 'faults-main');
const TAG_SHA = MAIN[4]!.sha;
const PR_HEAD = shaOf('faults pr head');
const BUILD_RUN_ID = 7101;
const TARBALL = `plasmite_${VERSION}_linux_amd64.tar.gz`;
const TARBALL_BYTES = `linux build of plasmite ${VERSION}\n`;
const SUMS = `${sha256(TARBALL_BYTES)}  ${TARBALL}\n`;

const METADATA = JSON.stringify({
  tag: TAG,
  version: VERSION,
  source_sha: TAG_SHA,
  source_ref: `refs/tags/${TAG}`,
  source_run_id: BUILD_RUN_ID,
  source_workflow: 'release',
});

const FORMULA = `class Plasmite < Formula
  desc "Persistent message pools"
  homepage "https://github.com/${OWNER}/${REPO}"
  version "${VERSION}"
  on_linux do
    url "https://github.com/${OWNER}/${REPO}/releases/download/v${VERSION}/${TARBALL}"
    sha256 "${sha256(TARBALL_BYTES)}"
  end
end
`;

const RELEASE_POLICY = `version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates:
      provenance: required
      metadata: required
      build_assets: required
      on_main: required
      versions: required
      ci_green: required
      blockers: required
      tap: required
      signoff: required
      publish_secrets: required
gates:
  provenance:
    type: build_provenance
    with: { workflow: release.yml }
  metadata:
    type: release_metadata
    with: { artifact: release-metadata, file: metadata.json }
  build_assets:
    type: release_assets
    with:
      source: build_artifacts
      required: [{ name: "plasmite_{version}_{platform}.tar.gz", platform: [linux_amd64] }]
      checksums: sha256sums
      verify: download
  on_main:
    type: ref_on_branch
  versions:
    type: version_alignment
    with:
      files:
        - { path: Cargo.toml, pointer: /package/version }
        - { path: bindings/node/package.json, pointer: /version }
  ci_green:
    type: workflow_green
    with: { workflow: ci.yml }
  blockers:
    type: open_issues
    with: { labels: [release-blocker], title_contains: "{tag}" }
  tap:
    type: homebrew_formula
    with:
      repository: "{owner}/homebrew-tap"
      path: Formula/plasmite.rb
      url: "https://github.com/{repo}/releases/download/{tag}/plasmite_{version}_{platform}.tar.gz"
      platforms: [linux_amd64]
  signoff:
    type: approval
    with: { min_approvals: 1, from: { associations: [OWNER, MEMBER] } }
  publish_secrets:
    type: secrets_present
    with:
      env:
        - { name: RG_FAULTS_PUBLISH_TOKEN, prefix: pypi- }
        - RG_FAULTS_SIGNING_KEY
`;

function releaseScenario(): Scenario {
  return {
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    commits: [...MAIN, { sha: PR_HEAD, parents: [MAIN[3]!.sha], message: 'Prepare 1.2.0' }],
    branches: { main: MAIN[5]!.sha },
    tags: { 'v1.1.0': MAIN[1]!.sha, [TAG]: { sha: TAG_SHA, annotated: true, message: 'plasmite 1.2.0' } },
    files: {
      [TAG_SHA]: {
        'Cargo.toml': `[package]\nname = "plasmite"\nversion = "${VERSION}"\n`,
        'bindings/node/package.json': JSON.stringify({ name: 'plasmite', version: VERSION }),
      },
    },
    workflows: [
      { id: 1001, path: '.github/workflows/ci.yml', name: 'ci' },
      { id: 1002, path: '.github/workflows/release.yml', name: 'release' },
    ],
    runs: [
      {
        id: 5101,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: TAG_SHA,
        event: 'push',
        created_at: '2026-03-01T09:00:00Z',
        jobs: [{ name: 'test', conclusion: 'success' }],
      },
      {
        id: BUILD_RUN_ID,
        workflow: 'release.yml',
        head_branch: TAG,
        head_sha: TAG_SHA,
        event: 'push',
        created_at: '2026-03-01T10:00:00Z',
        jobs: [{ name: 'build', conclusion: 'success' }],
        artifacts: [
          { name: 'release-metadata', files: { 'metadata.json': METADATA } },
          { name: TARBALL, files: { [TARBALL]: TARBALL_BYTES } },
          { name: 'sha256sums.txt', files: { 'sha256sums.txt': SUMS } },
        ],
      },
    ],
    releases: [
      {
        tag: TAG,
        assets: [
          { name: TARBALL, content: TARBALL_BYTES },
          { name: 'sha256sums.txt', content: SUMS },
        ],
      },
    ],
    issues: [
      { number: 1, title: `Crash on start (${TAG})`, labels: ['release-blocker'], state: 'closed' },
      { number: 2, title: `Docs typo in ${TAG}`, labels: ['docs'] },
      { number: 3, title: `Draft notes for ${TAG}`, labels: ['release-blocker'], pull_request: true },
    ],
    pulls: [
      {
        number: 7,
        title: 'Prepare 1.2.0',
        state: 'closed',
        merged: true,
        merge_commit_sha: TAG_SHA,
        head_sha: PR_HEAD,
        head_ref: 'prepare-1.2.0',
        base_ref: 'main',
        user: 'release-captain',
        reviews: [
          { user: 'maintainer-mo', author_association: 'MEMBER', state: 'APPROVED', commit_id: PR_HEAD },
        ],
      },
    ],
    other_repositories: {
      [`${OWNER}/homebrew-tap`]: {
        default_branch: 'main',
        files: { main: { 'Formula/plasmite.rb': FORMULA } },
      },
    },
  };
}

const release: Story = {
  id: 'release',
  title: 'release v1.2.0: provenance, metadata, build assets, tap, sign-off, blockers',
  scenario: releaseScenario(),
  inputs: { policy: '.github/release-gates.yml', ref: TAG },
  env: { ...STORY_SECRETS },
  files: { '.github/release-gates.yml': RELEASE_POLICY },
  expect: 'pass',
};

// ---------------------------------------------------------------------------------------------
// policy-api: the tamper-resistant mode: the policy read through the API at main, extending a
// base policy in another repository, with the build run named by id.

const BASE_POLICY = `version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { provenance: required }
gates:
  provenance:
    type: build_provenance
    with: { workflow: release.yml }
`;

const LOCAL_POLICY = `version: 1
extends: ${OWNER}/org-policies/release-gates/base.yml@v3
stages:
  RELEASE:
    match: ["v*"]
    gates: { provenance: required, publish_secrets: required }
gates:
  publish_secrets:
    type: secrets_present
    with: { env: [RG_FAULTS_SIGNING_KEY] }
`;

function policyScenario(): Scenario {
  const scenario = releaseScenario();
  scenario.files = { ...scenario.files, main: { '.github/release-gates.yml': LOCAL_POLICY } };
  scenario.other_repositories = {
    ...scenario.other_repositories,
    [`${OWNER}/org-policies`]: {
      default_branch: 'main',
      tags: { v3: shaOf('org policies v3') },
      files: { v3: { 'release-gates/base.yml': BASE_POLICY } },
    },
  };
  return scenario;
}

const policyApi: Story = {
  id: 'policy-api',
  title: 'policy read through the API (policy_ref: main) with extends, build run by id',
  scenario: policyScenario(),
  inputs: {
    policy: '.github/release-gates.yml',
    policy_ref: 'main',
    ref: `refs/tags/${TAG}`,
    sha: TAG_SHA,
    build_run_id: String(BUILD_RUN_ID),
  },
  env: { RG_FAULTS_SIGNING_KEY: STORY_SECRETS.RG_FAULTS_SIGNING_KEY! },
  files: {},
  expect: 'pass',
};

/** In the order rows are assigned: a route belongs to the first story that reaches it. */
export const STORIES: Story[] = [fromAct(2, 'graduation'), fromAct(3, 'ga'), release, policyApi];

export function storyById(id: string): Story {
  const story = STORIES.find((s) => s.id === id);
  if (!story) throw new Error(`unknown story '${id}'`);
  return story;
}
