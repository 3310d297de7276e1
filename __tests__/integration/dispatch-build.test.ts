// A release built the way plasmite's release.yml builds it, through the bundle (node
// dist/index.js) against the emulator: on a tag push or on workflow_dispatch from main (which
// checks the tag out), metadata.json written by a heredoc (run id as text), and the files inside
// `dist-<rust_target>` artifacts, checked before the GitHub release exists.
import { jest } from '@jest/globals';
import type { GateReport } from '../../src/report/types.js';
import {
  shaOf,
  startEmulator,
  type ArtifactSpec,
  type Emulator,
  type RunSpec,
} from '../../test/emulator/index.js';
import {
  formulaText,
  OWNER,
  releaseFiles,
  REPO,
  sha256,
  TAG,
  tarball,
  VERSION,
} from '../gates/assets/scenario.js';
import { runAction, type ActionRun } from './harness.js';

jest.setTimeout(90_000);

const TAG_SHA = shaOf('plasmite v1.2.0 (dispatch scenario)');
const MAIN_SHA = shaOf('main after v1.2.0');
const RUN_ID = 12345678901;

/** plasmite's rust targets and the platform names in its tarballs. */
const TARGETS: Record<string, string> = {
  'x86_64-unknown-linux-gnu': 'linux_amd64',
  'x86_64-apple-darwin': 'darwin_amd64',
  'aarch64-apple-darwin': 'darwin_arm64',
};

const POLICY = `
version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { build_run: required, metadata: required, assets: required, tap: required }
gates:
  build_run:
    type: build_provenance
    with: { workflow: release.yml, events: [push, workflow_dispatch] }
  metadata:
    type: release_metadata
    with:
      expect: { tag: "{tag}", version: "{version}", source_sha: "{sha}", source_workflow: release }
  assets:
    type: release_assets
    with:
      source: build_artifacts
      artifacts: "dist-*"
      checksums: none
      required:
        - name: "plasmite_{version}_{platform}.tar.gz"
          platform: [linux_amd64, darwin_amd64, darwin_arm64]
  tap:
    type: homebrew_formula
    with:
      source: build_artifacts
      repository: "{owner}/homebrew-tap"
      path: Formula/plasmite.rb
      url: "https://github.com/{repo}/releases/download/{tag}/plasmite_{version}_{platform}.tar.gz"
      platforms: [linux_amd64, darwin_amd64, darwin_arm64]
`;

/** metadata.json as release.yml's heredoc writes it: every value a string. */
function metadata(runId: number, overrides: Record<string, string> = {}): string {
  return `{
  "tag": "${TAG}",
  "version": "${VERSION}",
  "source_sha": "${overrides.source_sha ?? TAG_SHA}",
  "source_ref": "refs/tags/${TAG}",
  "source_run_id": "${overrides.source_run_id ?? runId}",
  "source_workflow": "release"
}
`;
}

/** The dist-<target> artifacts, each a zip holding its tarball; `files` replaces contents. */
function distArtifacts(files: Record<string, string> = releaseFiles(), skip: string[] = []): ArtifactSpec[] {
  return Object.entries(TARGETS)
    .filter(([, platform]) => !skip.includes(platform))
    .map(([target, platform]) => ({
      name: `dist-${target}`,
      files: { [tarball(platform)]: files[tarball(platform)]! },
    }));
}

interface BuildOptions {
  id?: number;
  event?: 'push' | 'workflow_dispatch';
  branch?: string;
  title?: string;
  metadata?: string | null;
  files?: Record<string, string>;
  skip?: string[];
  created_at?: string;
}

function buildRun(options: BuildOptions = {}): RunSpec {
  const id = options.id ?? RUN_ID;
  const dispatch = options.event === 'workflow_dispatch';
  const artifacts: ArtifactSpec[] = [
    ...distArtifacts(options.files, options.skip),
    // Other artifacts of the real run: never opened with `artifacts: "dist-*"`.
    { name: 'node-native-linux-x64', files: { 'index.node': 'native addon' } },
    { name: 'py-dist-linux', files: { 'plasmite-1.2.0-py3-none-any.whl': 'wheel' } },
  ];
  if (options.metadata !== null)
    artifacts.push({
      name: 'release-metadata',
      files: { 'metadata.json': options.metadata ?? metadata(id) },
    });
  return {
    id,
    workflow: 'release.yml',
    event: options.event ?? 'push',
    head_branch: options.branch ?? (dispatch ? 'main' : TAG),
    head_sha: dispatch ? MAIN_SHA : TAG_SHA,
    display_title: options.title ?? 'release',
    created_at: options.created_at ?? '2026-03-01T10:00:00Z',
    artifacts,
  };
}

interface Evaluation {
  result: ActionRun;
  gates: Record<string, GateReport>;
  apiCalls: number;
  emulator: Emulator;
}

const open: Emulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((emulator) => emulator.close()));
});

async function evaluate(
  runs: RunSpec[],
  options: { buildRunId?: number; formula?: string } = {},
): Promise<Evaluation> {
  const emulator = await startEmulator({
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    commits: [{ sha: TAG_SHA }, { sha: MAIN_SHA, parents: [TAG_SHA] }],
    branches: { main: MAIN_SHA },
    tags: { [TAG]: { sha: TAG_SHA, annotated: true } },
    workflows: [{ id: 31, path: '.github/workflows/release.yml', name: 'release' }],
    runs,
    other_repositories: {
      [`${OWNER}/homebrew-tap`]: {
        default_branch: 'main',
        files: { main: { 'Formula/plasmite.rb': options.formula ?? formulaText() } },
      },
    },
  });
  open.push(emulator);
  const result = await runAction({
    apiUrl: emulator.apiUrl,
    inputs: { ref: TAG, ...(options.buildRunId ? { build_run_id: String(options.buildRunId) } : {}) },
    files: { '.github/release-gates.yml': POLICY },
  });
  if (!result.report) throw new Error(`no report\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  const gates = Object.fromEntries(result.report.gates.map((gate) => [gate.id, gate]));
  const apiCalls = emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql').length;
  return { result, gates, apiCalls, emulator };
}

const codes = (evaluation: Evaluation) =>
  Object.fromEntries(Object.entries(evaluation.gates).map(([id, gate]) => [id, gate.code]));

test('a tag push whose metadata gives the run id as text passes every gate, before the release exists', async () => {
  const evaluation = await evaluate([buildRun()]);
  expect(codes(evaluation)).toEqual({
    build_run: 'BUILD_RUN_OK',
    metadata: 'METADATA_OK',
    assets: 'ASSETS_OK',
    tap: 'FORMULA_ALIGNED',
  });
  expect(evaluation.gates.build_run!.details).toMatchObject({ admitted_by: 'tag_push' });
  expect(evaluation.result.exitCode).toBe(0);
  expect(evaluation.result.report!.stats.api_requests).toBe(evaluation.apiCalls);
  // What this layout costs, measured: the tag search once for all gates, one artifact listing,
  // one download request per artifact, whichever gates read it.
  expect(evaluation.apiCalls).toBe(10);
  // Each artifact downloaded at most once, whichever gates read it and whatever limits they set
  // (homebrew_formula has no artifacts glob: it opens the other artifacts too).
  const downloads = evaluation.emulator
    .requests()
    .filter((r) => /\/actions\/artifacts\/\d+\/zip$/.test(r.path))
    .map((r) => r.path);
  expect(downloads).toHaveLength(6); // 3 dist-*, release-metadata, node-native-*, py-dist-*
  expect(new Set(downloads).size).toBe(downloads.length);
});

test('a build dispatched from main with metadata attesting the tag passes; the run titled with the tag is tried first', async () => {
  const evaluation = await evaluate([
    buildRun({ event: 'workflow_dispatch', title: `release ${TAG}`, created_at: '2026-03-01T10:00:00Z' }),
    // A newer dispatch for another tag: passed over without a download.
    buildRun({
      id: RUN_ID + 7,
      event: 'workflow_dispatch',
      title: 'release v1.3.0',
      created_at: '2026-03-02T10:00:00Z',
      metadata: metadata(RUN_ID + 7).replace(TAG, 'v1.3.0'),
    }),
  ]);
  expect(codes(evaluation)).toEqual({
    build_run: 'BUILD_RUN_OK',
    metadata: 'METADATA_OK',
    assets: 'ASSETS_OK',
    tap: 'FORMULA_ALIGNED',
  });
  expect(evaluation.gates.build_run!.details).toMatchObject({
    run_id: RUN_ID,
    admitted_by: 'dispatch_attested',
    head_branch: 'main',
  });
  expect(evaluation.gates.metadata!.message).toContain(`source_run_id ${RUN_ID}`);
  const verified = evaluation.result.report!.gates.find((g) => g.id === 'assets');
  expect(verified!.status).toBe('pass');
  // The tag search, the dispatch search, the default branch; the other run's artifacts never listed.
  const paths = evaluation.emulator.requests().map((r) => r.path);
  expect(paths.some((p) => p.includes(`/actions/runs/${RUN_ID + 7}/artifacts`))).toBe(false);
  expect(evaluation.result.report!.stats.api_requests).toBe(evaluation.apiCalls);
  // Two more than a tag push: the dispatch listing and the default branch.
  expect(evaluation.apiCalls).toBe(12);
});

test('a build dispatched from main without its metadata is DISPATCH_NOT_ATTESTED, and nothing else trusts it', async () => {
  const evaluation = await evaluate([buildRun({ event: 'workflow_dispatch', metadata: null })]);
  expect(codes(evaluation)).toMatchObject({
    build_run: 'DISPATCH_NOT_ATTESTED',
    metadata: 'ARTIFACT_MISSING',
    assets: 'ASSET_MISSING',
    tap: 'ASSET_MISSING',
  });
  expect(evaluation.result.exitCode).toBe(1);
});

test('a dispatch build that checked out another commit: METADATA_MISMATCH naming source_sha', async () => {
  const evaluation = await evaluate(
    [buildRun({ event: 'workflow_dispatch', metadata: metadata(RUN_ID, { source_sha: MAIN_SHA }) })],
    { buildRunId: RUN_ID },
  );
  expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'DISPATCH_NOT_ATTESTED' });
  expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
  expect(evaluation.gates.metadata!.message).toMatch(/source_sha/);
});

test('a build dispatched from another branch: DISPATCH_FROM_UNTRUSTED_BRANCH, its outputs unread', async () => {
  const evaluation = await evaluate([buildRun({ event: 'workflow_dispatch', branch: 'feature' })]);
  expect(codes(evaluation)).toMatchObject({
    build_run: 'DISPATCH_FROM_UNTRUSTED_BRANCH',
    metadata: 'UNTRUSTED_BUILD_RUN',
    assets: 'ASSET_MISSING',
  });
  const paths = evaluation.emulator.requests().map((r) => r.path);
  expect(paths.some((p) => /\/artifacts\/\d+\/zip$/.test(p))).toBe(false);
});

test('a platform file missing from the build: ASSET_MISSING naming it', async () => {
  const evaluation = await evaluate([buildRun({ skip: ['darwin_arm64'] })]);
  expect(evaluation.gates.assets).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
  expect(evaluation.gates.assets!.message).toContain(tarball('darwin_arm64'));
});

test('one tarball rebuilt after the tap was updated: FORMULA_SHA_MISMATCH naming its platform', async () => {
  const files = { ...releaseFiles(), [tarball('linux_amd64')]: 'rebuilt linux tarball\n' };
  const evaluation = await evaluate([buildRun({ files })]);
  expect(evaluation.gates.assets).toMatchObject({ status: 'pass', code: 'ASSETS_OK' });
  expect(evaluation.gates.tap).toMatchObject({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
  expect(evaluation.gates.tap!.message).toContain('linux_amd64');
  expect(evaluation.gates.tap!.message).toContain(sha256('rebuilt linux tarball\n'));
});
