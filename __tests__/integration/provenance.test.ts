// build_provenance and release_metadata through the bundle (node dist/index.js), against the
// emulator: the real Octokit, the real @actions/artifact download, real zip archives.
import { jest } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GateReport } from '../../src/report/types.js';
import {
  shaOf,
  startEmulator,
  type Emulator,
  type Fault,
  type RunSpec,
  type Scenario,
} from '../../test/emulator/index.js';
import { NODES, runAction, type ActionRun } from './harness.js';

jest.setTimeout(60_000);

const TAG = 'v1.2.0';
const TAG_SHA = shaOf('release 1.2.0');
const MAIN_SHA = shaOf('main after 1.2.0');
const OLD_SHA = shaOf('first try at 1.2.0');

const POLICY = `
version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { build_run: required, metadata: required }
gates:
  build_run:
    type: build_provenance
    with: { workflow: release.yml, events: [push, workflow_dispatch] }
  metadata:
    type: release_metadata
    with:
      artifact: release-metadata
      file: metadata.json
      expect: { tag: "{tag}", version: "{version}", source_sha: "{sha}", source_workflow: release }
`;

function metadata(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    tag: TAG,
    version: '1.2.0',
    source_sha: TAG_SHA,
    source_ref: `refs/tags/${TAG}`,
    source_run_id: 7001,
    source_workflow: 'release',
    ...overrides,
  });
}

function releaseRun(overrides: Partial<RunSpec> = {}): RunSpec {
  return {
    id: 7001,
    workflow: 'release.yml',
    head_branch: TAG,
    head_sha: TAG_SHA,
    event: 'push',
    created_at: '2026-03-01T10:00:00Z',
    jobs: [{ name: 'build', conclusion: 'success' }],
    artifacts: [{ name: 'release-metadata', files: { 'metadata.json': metadata() } }],
    ...overrides,
  };
}

function scenario(runs: RunSpec[], faults: Fault[] = []): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [{ sha: OLD_SHA }, { sha: TAG_SHA, parents: [OLD_SHA] }, { sha: MAIN_SHA, parents: [TAG_SHA] }],
    branches: { main: MAIN_SHA },
    tags: { [TAG]: { sha: TAG_SHA, annotated: true, message: 'Release 1.2.0' } },
    workflows: [
      { id: 1001, path: '.github/workflows/ci.yml', name: 'CI' },
      { id: 1002, path: '.github/workflows/release.yml', name: 'release' },
    ],
    runs,
    faults,
  };
}

interface Evaluation {
  result: ActionRun;
  gates: Record<string, GateReport>;
  emulator: Emulator;
  apiCalls: number;
  blobReads: number;
}

const open: Emulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((emulator) => emulator.close()));
});

async function evaluate(
  runs: RunSpec[],
  options: { buildRunId?: number; faults?: Fault[]; node?: string } = {},
): Promise<Evaluation> {
  const emulator = await startEmulator(scenario(runs, options.faults));
  open.push(emulator);
  const result = await runAction({
    node: options.node,
    apiUrl: emulator.apiUrl,
    inputs: { ref: TAG, ...(options.buildRunId ? { build_run_id: String(options.buildRunId) } : {}) },
    files: { '.github/release-gates.yml': POLICY },
  });
  if (!result.report) throw new Error(`no report\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  const gates = Object.fromEntries(result.report.gates.map((gate) => [gate.id, gate]));
  const requests = emulator.requests();
  return {
    result,
    gates,
    emulator,
    apiCalls: requests.filter((r) => r.kind === 'rest' || r.kind === 'graphql').length,
    blobReads: requests.filter((r) => r.kind === 'blob').length,
  };
}

function expectBlocked(evaluation: Evaluation, gate: string): void {
  expect(evaluation.result.exitCode).toBe(1);
  expect(evaluation.result.outputs.result).toBe('fail');
  expect(JSON.parse(evaluation.result.outputs.blocking!)).toContain(gate);
}

describe.each(NODES)('a consistent release on $name', ({ bin }) => {
  test('passes both gates, with every API call counted', async () => {
    const evaluation = await evaluate([releaseRun()], { node: bin });
    const { result, gates } = evaluation;
    expect(gates.build_run).toMatchObject({ status: 'pass', code: 'BUILD_RUN_OK' });
    expect(gates.build_run!.links).toEqual([
      { title: 'Build run 7001', url: 'https://github.com/acme/plasmite/actions/runs/7001' },
    ]);
    expect(gates.metadata).toMatchObject({ status: 'pass', code: 'METADATA_OK' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('pass');
    // Every API call is counted, the one @actions/artifact makes with its own client included.
    expect(result.report!.stats.api_requests).toBe(evaluation.apiCalls);
    expect(evaluation.blobReads).toBe(1); // downloaded once, by @actions/artifact
  });
});

describe('build_provenance and release_metadata through the bundle', () => {
  test('a build_run_id run is used as given', async () => {
    const evaluation = await evaluate(
      [releaseRun(), releaseRun({ id: 7002, created_at: '2026-03-01T11:00:00Z' })],
      { buildRunId: 7001 },
    );
    expect(evaluation.gates.build_run).toMatchObject({
      code: 'BUILD_RUN_OK',
      details: expect.objectContaining({ run_id: 7001, found_by: 'build_run_id' }),
    });
    expect(evaluation.gates.metadata!.code).toBe('METADATA_OK');
  });

  test('no build run at all', async () => {
    const evaluation = await evaluate([]);
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'BUILD_RUN_NOT_FOUND' });
    expect(evaluation.gates.build_run!.message).toContain(
      `the newest successful run of 'release.yml' for tag '${TAG}'`,
    );
    expect(evaluation.gates.metadata!.code).toBe('BUILD_RUN_NOT_FOUND');
    expectBlocked(evaluation, 'build_run');
  });

  test('a build_run_id that does not exist', async () => {
    const evaluation = await evaluate([releaseRun()], { buildRunId: 424242 });
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'BUILD_RUN_NOT_FOUND' });
    expect(evaluation.gates.build_run!.message).toContain('build run 424242');
  });

  test('the wrong workflow', async () => {
    const evaluation = await evaluate([releaseRun({ workflow: 'ci.yml' })], { buildRunId: 7001 });
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'WRONG_WORKFLOW' });
    expect(evaluation.gates.build_run!.message).toContain(
      "ran '.github/workflows/ci.yml', not '.github/workflows/release.yml'",
    );
    expect(evaluation.gates.metadata!.code).toBe('UNTRUSTED_BUILD_RUN');
    expect(evaluation.blobReads).toBe(0);
    expectBlocked(evaluation, 'build_run');
  });

  test("a fork's run never passes, and its artifact is never read", async () => {
    const fork = releaseRun({ id: 7005, head_repository: 'mallory/plasmite', event: 'pull_request' });
    const evaluation = await evaluate([fork]);
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'FOREIGN_REPOSITORY' });
    expect(evaluation.gates.build_run!.message).toContain('mallory/plasmite');
    expect(evaluation.gates.metadata!.code).toBe('UNTRUSTED_BUILD_RUN');
    expect(evaluation.blobReads).toBe(0);
  });

  test("a fork's newer run named like the tag does not push the real build aside", async () => {
    const fork = releaseRun({
      id: 7005,
      head_repository: 'mallory/plasmite',
      event: 'pull_request',
      created_at: '2026-03-01T12:00:00Z',
    });
    const evaluation = await evaluate([releaseRun(), fork]);
    expect(evaluation.gates.build_run).toMatchObject({
      code: 'BUILD_RUN_OK',
      details: expect.objectContaining({ run_id: 7001 }),
    });
  });

  test('a failed run', async () => {
    const evaluation = await evaluate([releaseRun({ conclusion: 'failure' })], { buildRunId: 7001 });
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'RUN_NOT_SUCCESSFUL' });
    expect(evaluation.gates.build_run!.message).toContain("concluded 'failure'");
    expect(evaluation.gates.metadata!.code).toBe('UNTRUSTED_BUILD_RUN');
  });

  test('a run on another ref', async () => {
    const evaluation = await evaluate([releaseRun({ head_branch: 'release/1.2' })], { buildRunId: 7001 });
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'TAG_MISMATCH' });
  });

  test('a workflow_dispatch from main that built main, not the tag: DISPATCH_NOT_ATTESTED', async () => {
    const dispatched = releaseRun({
      event: 'workflow_dispatch',
      head_branch: 'main',
      head_sha: MAIN_SHA,
      artifacts: [
        {
          name: 'release-metadata',
          files: { 'metadata.json': metadata({ source_sha: MAIN_SHA, source_ref: 'refs/heads/main' }) },
        },
      ],
    });
    const evaluation = await evaluate([dispatched], { buildRunId: 7001 });
    const gate = evaluation.gates.build_run!;
    expect(gate).toMatchObject({ status: 'fail', code: 'DISPATCH_NOT_ATTESTED' });
    expect(gate.message).toMatch(/source_sha .* source_ref/);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
  });

  test('a workflow_dispatch from main whose metadata attests the tag: admitted by the dispatch rule', async () => {
    const dispatched = releaseRun({ event: 'workflow_dispatch', head_branch: 'main', head_sha: MAIN_SHA });
    const evaluation = await evaluate([dispatched], { buildRunId: 7001 });
    expect(evaluation.gates.build_run).toMatchObject({ status: 'pass', code: 'BUILD_RUN_OK' });
    expect(evaluation.gates.build_run!.details).toMatchObject({ admitted_by: 'dispatch_attested' });
    expect(evaluation.gates.metadata).toMatchObject({ status: 'pass', code: 'METADATA_OK' });
  });

  test("a workflow_dispatch on the tag whose commit is not the tag's (the tag moved)", async () => {
    const stale = releaseRun({
      event: 'workflow_dispatch',
      head_sha: OLD_SHA,
      artifacts: [
        { name: 'release-metadata', files: { 'metadata.json': metadata({ source_sha: OLD_SHA }) } },
      ],
    });
    const evaluation = await evaluate([stale]);
    expect(evaluation.gates.build_run).toMatchObject({ status: 'fail', code: 'SHA_MISMATCH' });
    expect(evaluation.gates.build_run!.message).toContain(
      `but tag '${TAG}' points at ${TAG_SHA.slice(0, 12)}`,
    );
    // The metadata of that build names the old commit as well.
    expect(evaluation.gates.metadata!.code).toBe('METADATA_MISMATCH');
  });

  test('a missing artifact', async () => {
    const evaluation = await evaluate([
      releaseRun({ artifacts: [{ name: 'bench', files: { 'summary.json': '{}' } }] }),
    ]);
    expect(evaluation.gates.build_run!.code).toBe('BUILD_RUN_OK');
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'ARTIFACT_MISSING' });
    expect(evaluation.gates.metadata!.message).toBe(
      "Build run 7001 has no artifact 'release-metadata': the build must upload it (actions/upload-artifact).",
    );
    expectBlocked(evaluation, 'metadata');
  });

  test('an expired artifact is refused without downloading', async () => {
    const expired = releaseRun({
      artifacts: [{ name: 'release-metadata', files: { 'metadata.json': metadata() }, expired: true }],
    });
    const evaluation = await evaluate([expired]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'ARTIFACT_EXPIRED' });
    expect(evaluation.blobReads).toBe(0);
  });

  test('an artifact larger than max_bytes is refused without downloading', async () => {
    const large = releaseRun({
      artifacts: [
        { name: 'release-metadata', files: { 'metadata.json': metadata() }, size_in_bytes: 5_000_000 },
      ],
    });
    const evaluation = await evaluate([large]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'ARTIFACT_TOO_LARGE' });
    expect(evaluation.blobReads).toBe(0);
  });

  test('an artifact without a digest fails closed', async () => {
    const old = releaseRun({
      artifacts: [{ name: 'release-metadata', files: { 'metadata.json': metadata() }, digest: null }],
    });
    const evaluation = await evaluate([old]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'DIGEST_MISSING' });
  });

  test.each<[string, Fault]>([
    [
      'bytes changed in transit',
      { route: 'GET /_blobs/artifacts/{artifact_id}/{file_name}', kind: 'wrong_digest' },
    ],
    [
      'an archive cut short',
      { route: 'GET /_blobs/artifacts/{artifact_id}/{file_name}', kind: 'truncated_zip' },
    ],
    [
      'a digest that does not match',
      { route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', kind: 'wrong_digest' },
    ],
  ])('a digest mismatch: %s', async (_label, fault) => {
    const evaluation = await evaluate([releaseRun()], { faults: [fault] });
    expect(evaluation.gates.build_run!.code).toBe('BUILD_RUN_OK');
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'DIGEST_MISMATCH' });
    expectBlocked(evaluation, 'metadata');
  });

  test('a blob that keeps failing is a TIMEOUT within the download bound, not minutes of library retries', async () => {
    const started = Date.now();
    const evaluation = await evaluate([releaseRun()], {
      faults: [{ route: '/_blobs/*', kind: 'status', status: 503 }],
    });
    expect(evaluation.gates.metadata).toMatchObject({ status: 'error', code: 'TIMEOUT' });
    expect(evaluation.gates.metadata!.message).toMatch(
      /^Downloading artifact 'release-metadata' \(id \d+\) of run \d+ with @actions\/artifact did not finish within 15 s on any of 2 tries: the download redirect or blob storage stalled or kept failing/,
    );
    // Two library calls, each retrying the blob every 5 s. A call past its deadline is abandoned,
    // not cancelled: the first keeps retrying while the second runs, until the process ends
    // (about 31 s: at most 7 reads, and 4 for the second). A few reads, never a hot loop.
    expect(evaluation.blobReads).toBeGreaterThanOrEqual(4);
    expect(evaluation.blobReads).toBeLessThanOrEqual(12);
    expectBlocked(evaluation, 'metadata');
    // Two 15 s deadlines and a 1 s pause; the library alone retries a blob for 25 s per call.
    expect(Date.now() - started).toBeLessThan(45_000);
  });

  test('a zip slip archive is refused and nothing of it is written', async () => {
    const evil = `evil-${process.pid}-${Date.now()}.sh`;
    const hostile = releaseRun({
      artifacts: [
        { name: 'release-metadata', files: { 'metadata.json': metadata(), [`../../${evil}`]: 'echo owned' } },
      ],
    });
    const evaluation = await evaluate([hostile]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'METADATA_INVALID' });
    expect(evaluation.gates.metadata!.message).toContain('climbs out');
    // RUNNER_TEMP is the workspace's parent; an extractor would have written '../../' above it.
    const runnerTemp = path.dirname(evaluation.result.workspace);
    expect(existsSync(path.join(path.dirname(runnerTemp), evil))).toBe(false);
    expect(findFiles(runnerTemp, evil)).toEqual([]);
    expect(findFiles(runnerTemp, 'release-metadata.zip')).toEqual([]);
  });

  test('invalid metadata', async () => {
    const invalid = releaseRun({
      artifacts: [
        {
          name: 'release-metadata',
          files: { 'metadata.json': JSON.stringify({ tag: TAG, source_sha: 'main' }) },
        },
      ],
    });
    const evaluation = await evaluate([invalid]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'METADATA_INVALID' });
    expect(evaluation.gates.metadata!.message).toContain("missing required key 'version'");
  });

  test('metadata for another version', async () => {
    const other = releaseRun({
      artifacts: [
        {
          name: 'release-metadata',
          files: { 'metadata.json': metadata({ tag: 'v1.1.0', version: '1.1.0' }) },
        },
      ],
    });
    const evaluation = await evaluate([other]);
    expect(evaluation.gates.metadata).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
    expect(evaluation.gates.metadata!.message).toContain(
      'tag "v1.2.0" expected, found "v1.1.0"; version "1.2.0" expected, found "1.1.0"',
    );
    expectBlocked(evaluation, 'metadata');
  });
});

/** Paths under `root` (a few levels deep) of files named `name`. */
function findFiles(root: string, name: string, depth = 4): string[] {
  if (depth < 0) return [];
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) return findFiles(full, name, depth - 1);
    return entry.name === name ? [full] : [];
  });
}
