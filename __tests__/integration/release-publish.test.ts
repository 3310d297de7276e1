// A publish-first release policy (test/demo/release-publish-policy.yml), all eleven gates at
// once, through the bundle (node dist/index.js) against the emulator: the consistent v1.3.0 of acme/plasmite passes with its
// API requests counted, then one thing broken at a time blocks on the gate that owns it (and
// only there, or on the gates that depend on the same broken fact), and a rehearsal differs
// from a live run of the same state only in its freeze windows.
import { jest } from '@jest/globals';
import type { GateReport } from '../../src/report/types.js';
import {
  addIssue,
  at,
  BASE_TAG,
  BUILD_RUN_ID,
  CHECKSUMS,
  formulaText,
  MAIN_HEAD,
  metadataOf,
  npmPackage,
  patchBuildRun,
  PRE_TAG_SHA,
  releaseFiles,
  releasePublishAct,
  setBuildArtifact,
  setBuildFile,
  setCurrentBench,
  setEnv,
  setFileAtTag,
  setFormula,
  setInputs,
  setMetadata,
  sha256,
  TAG,
  TAG_CI_RUN_ID,
  TAG_SHA,
  tarball,
  withBuildRunId,
  withoutEarlierTags,
  YEAR_END,
  type ReleasePublishAct,
} from '../../test/demo/release-publish.js';
import { startEmulator, type Emulator, type LoggedRequest } from '../../test/emulator/index.js';
import { NODES, runAction, type ActionRun } from './harness.js';

jest.setTimeout(90_000);

const GATES = [
  'build_run',
  'metadata',
  'assets',
  'versions',
  'ci_green',
  'on_main',
  'blockers',
  'credentials',
  'homebrew',
  'performance',
  'release_freeze',
] as const;

/**
 * API requests of the consistent evaluation, by route (blob downloads aside). The SPEC's
 * target is ≤ 20 (see docs/benchmarks.md). The build run's eight artifacts (release-metadata,
 * four release files, sha256sums.txt, bench of v1.3.0 and of v1.2.0) cost one listing per run
 * (2: the v1.3.0 build run and the v1.2.0 baseline run) and one download redirect each, read by
 * @actions/artifact (8), with one blob download each.
 */
const CONSISTENT_ROUTES: Record<string, number> = {
  'graphql ResolveRef': 1, // the tag, peeled to its commit in the same query
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': 1, // {base_tag}
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': 3, // build run, baseline run, ci.yml
  'graphql FilesAtCommit': 1, // the six version files
  'GET /repos/{owner}/{repo}/compare/{basehead}': 1, // on_main
  'GET /repos/{owner}/{repo}/issues': 1, // blockers
  'GET /repos/{owner}/{repo}/contents/{path}': 1, // the formula in the tap
  'GET /repos/{owner}/{repo}/releases/tags/{tag}': 1, // the published release's digests
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': 2, // one listing per run
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': 8, // one per artifact
};
const CONSISTENT_API_REQUESTS = 20;
const CONSISTENT_BLOB_DOWNLOADS = 8;

interface Evaluation {
  run: ActionRun;
  gates: Record<string, GateReport>;
  requests: LoggedRequest[];
  apiCalls: number;
  blobReads: number;
}

const open: Emulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((emulator) => emulator.close()));
});

async function evaluate(act: ReleasePublishAct, node?: string): Promise<Evaluation> {
  const emulator = await startEmulator(act.scenario);
  open.push(emulator);
  const run = await runAction({
    apiUrl: emulator.apiUrl,
    inputs: act.inputs,
    env: act.env,
    files: act.files,
    ...(node ? { node } : {}),
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  if (run.report.error) throw new Error(`evaluation failed: ${JSON.stringify(run.report.error)}`);
  const requests = emulator.requests();
  return {
    run,
    gates: Object.fromEntries(run.report.gates.map((gate) => [gate.id, gate])),
    requests,
    apiCalls: requests.filter((r) => r.kind === 'rest' || r.kind === 'graphql').length,
    blobReads: requests.filter((r) => r.kind === 'blob').length,
  };
}

function routeCounts(requests: LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of requests) {
    if (r.kind !== 'rest' && r.kind !== 'graphql') continue;
    const key = r.kind === 'graphql' ? `graphql ${r.operation}` : r.route!;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The step failed, exactly `blocking` blocked (gate → code), and every other gate passed:
 * the one thing broken is seen where it belongs and nowhere else.
 */
function expectBlockedBy(evaluation: Evaluation, blocking: Record<string, string>): void {
  const { run, gates } = evaluation;
  const summary = Object.values(gates).map((g) => `${g.id}: ${g.status} ${g.code}`);
  expect({ exit: run.exitCode, result: run.outputs.result }).toEqual({ exit: 1, result: 'fail' });
  expect(JSON.parse(run.outputs.blocking!)).toEqual(GATES.filter((id) => id in blocking));
  for (const id of GATES) {
    const gate = gates[id]!;
    if (id in blocking) {
      expect({ id, status: gate.status === 'error' ? 'fail' : gate.status, code: gate.code }).toEqual({
        id,
        status: 'fail',
        code: blocking[id],
      });
    } else {
      expect({ id, status: gate.status, summary }).toEqual({ id, status: 'pass', summary });
    }
  }
}

describe.each(NODES)('release-publish.yml on a consistent v1.3.0 ($name)', ({ bin }) => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluate(releasePublishAct(), bin);
  });
  afterAll(() => Promise.all(open.splice(0).map((emulator) => emulator.close())));

  test('all eleven gates pass, none in error', () => {
    const { run, gates } = evaluation;
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(JSON.parse(run.outputs.blocking!)).toEqual([]);
    expect(JSON.parse(run.outputs.warnings!)).toEqual([]);
    expect(run.report!.stage).toBe('RELEASE');
    expect(run.report!.sha).toBe(TAG_SHA);
    expect(Object.fromEntries(GATES.map((id) => [id, `${gates[id]?.status} ${gates[id]?.code}`]))).toEqual({
      build_run: 'pass BUILD_RUN_OK',
      metadata: 'pass METADATA_OK',
      assets: 'pass ASSETS_OK',
      versions: 'pass VERSIONS_ALIGNED',
      ci_green: 'pass CI_GREEN',
      on_main: 'pass ON_BRANCH',
      blockers: 'pass NO_BLOCKERS',
      credentials: 'pass SECRETS_PRESENT',
      homebrew: 'pass FORMULA_ALIGNED',
      performance: 'pass WITHIN_BUDGET',
      release_freeze: 'pass NOT_FROZEN',
    });
    expect(gates.build_run!.details).toMatchObject({ run_id: BUILD_RUN_ID });
    // The baseline is the previous release, found from the tags.
    expect(gates.performance!.message).toContain(`(${BASE_TAG})`);
  });

  test(`its API requests, counted by route (${CONSISTENT_API_REQUESTS}; the SPEC's target is 20)`, () => {
    // The count the report shows is the emulator's; blob downloads are not API requests.
    expect(evaluation.run.report!.stats.api_requests).toBe(evaluation.apiCalls);
    expect(routeCounts(evaluation.requests)).toEqual(CONSISTENT_ROUTES);
    expect(evaluation.apiCalls).toBe(CONSISTENT_API_REQUESTS);
    expect(evaluation.blobReads).toBe(CONSISTENT_BLOB_DOWNLOADS);
  });
});

// Product bug: report.build_run_id is "Id of the release build run, when one was given or found"
// (schemas/report.schema.json), but a run found by build_provenance's search is not recorded
// there (src/engine/evaluate.ts sets it only from the input or a {build_run_id} template). When
// this starts passing, drop `.failing`.
test('the report names the build run it found (build_run_id)', async () => {
  const evaluation = await evaluate(releasePublishAct());
  expect(evaluation.gates.build_run!.code).toBe('BUILD_RUN_OK');
  expect(evaluation.run.report!.build_run_id).toBe(BUILD_RUN_ID);
});

describe('release-publish.yml: the release build', () => {
  test('a build_run_id naming a run of another workflow: WRONG_WORKFLOW, its outputs not taken for the release’s', async () => {
    // ci.yml ran on the same tag push; its id passed by mistake.
    const evaluation = await evaluate(withBuildRunId(releasePublishAct(), TAG_CI_RUN_ID));
    expect(evaluation.gates.build_run!.message).toContain(
      "ran '.github/workflows/ci.yml', not '.github/workflows/release.yml'",
    );
    expectBlockedBy(evaluation, {
      build_run: 'WRONG_WORKFLOW',
      metadata: 'UNTRUSTED_BUILD_RUN',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });

  test("a fork's run named like the tag: FOREIGN_REPOSITORY, its artifacts never read", async () => {
    const act = patchBuildRun(releasePublishAct(), {
      head_repository: 'mallory/plasmite',
      event: 'pull_request',
    });
    const evaluation = await evaluate(act);
    expect(evaluation.gates.build_run!.message).toContain('mallory/plasmite');
    expect(evaluation.blobReads).toBe(0); // not even the baseline: the gate stops at the current side
    expectBlockedBy(evaluation, {
      build_run: 'FOREIGN_REPOSITORY',
      metadata: 'UNTRUSTED_BUILD_RUN',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });

  // release_metadata refuses a run build_provenance does not trust; release_assets and
  // metric_budgets refuse only a fork's, so here they read the failed run's artifacts (and
  // pass). The verdict is blocked all the same, by build_run.
  test('a failed build run: RUN_NOT_SUCCESSFUL', async () => {
    const act = withBuildRunId(patchBuildRun(releasePublishAct(), { conclusion: 'failure' }), BUILD_RUN_ID);
    const evaluation = await evaluate(act);
    expect(evaluation.gates.build_run!.message).toContain("concluded 'failure'");
    // Nothing a failed run produced is read: not the metadata, the assets or the benchmarks.
    expectBlockedBy(evaluation, {
      build_run: 'RUN_NOT_SUCCESSFUL',
      metadata: 'UNTRUSTED_BUILD_RUN',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });

  test('a build run on another ref: TAG_MISMATCH', async () => {
    const act = withBuildRunId(
      patchBuildRun(releasePublishAct(), { head_branch: 'release/1.3' }),
      BUILD_RUN_ID,
    );
    const evaluation = await evaluate(act);
    expect(evaluation.gates.build_run!.message).toContain("'release/1.3'");
    // The metadata it wrote names the tag and its commit (build_run judges the ref), but no
    // output of a run for another ref is taken for the release's.
    expectBlockedBy(evaluation, {
      build_run: 'TAG_MISMATCH',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });

  test('a workflow_dispatch from main that built main, not the tag: DISPATCH_NOT_ATTESTED', async () => {
    // The build wrote what it built: main's head, from refs/heads/main, labelled v1.3.0.
    const act = withBuildRunId(
      setMetadata(
        patchBuildRun(releasePublishAct(), {
          event: 'workflow_dispatch',
          head_branch: 'main',
          head_sha: MAIN_HEAD,
        }),
        { source_sha: MAIN_HEAD, source_ref: 'refs/heads/main' },
      ),
      BUILD_RUN_ID,
    );
    const evaluation = await evaluate(act);
    const gate = evaluation.gates.build_run!;
    expect((gate.details.failures as { code: string }[]).map((f) => f.code)).toEqual([
      'DISPATCH_NOT_ATTESTED',
    ]);
    expect(gate.message).toContain(`source_sha "${TAG_SHA}" expected, found "${MAIN_HEAD}"`);
    expect(evaluation.gates.metadata!.message).toContain(
      `source_sha "${TAG_SHA}" expected, found "${MAIN_HEAD}"`,
    );
    expectBlockedBy(evaluation, {
      build_run: 'DISPATCH_NOT_ATTESTED',
      metadata: 'METADATA_MISMATCH',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });

  test('a workflow_dispatch on the tag at a commit that is not the tag’s: SHA_MISMATCH alone', async () => {
    // Dispatched on the tag before it was moved to the release commit.
    const act = setMetadata(
      patchBuildRun(releasePublishAct(), { event: 'workflow_dispatch', head_sha: PRE_TAG_SHA }),
      { source_sha: PRE_TAG_SHA },
    );
    const evaluation = await evaluate(act);
    expect(evaluation.gates.build_run!.message).toContain(
      `but tag '${TAG}' points at ${TAG_SHA.slice(0, 12)}`,
    );
    expectBlockedBy(evaluation, {
      build_run: 'SHA_MISMATCH',
      metadata: 'METADATA_MISMATCH',
      assets: 'ASSET_MISSING',
      performance: 'UNTRUSTED_BUILD_RUN',
    });
  });
});

describe('release-publish.yml: release metadata', () => {
  test('no release-metadata artifact: ARTIFACT_MISSING', async () => {
    const evaluation = await evaluate(setBuildArtifact(releasePublishAct(), 'release-metadata', null));
    expect(evaluation.gates.metadata!.message).toBe(
      `Build run ${BUILD_RUN_ID} has no artifact 'release-metadata': the build must upload it (actions/upload-artifact).`,
    );
    expectBlockedBy(evaluation, { metadata: 'ARTIFACT_MISSING' });
  });

  test('an expired release-metadata artifact: ARTIFACT_EXPIRED, not downloaded', async () => {
    const evaluation = await evaluate(setMetadata(releasePublishAct(), {}, { expired: true }));
    expect(evaluation.blobReads).toBe(CONSISTENT_BLOB_DOWNLOADS - 1);
    expectBlockedBy(evaluation, { metadata: 'ARTIFACT_EXPIRED' });
  });

  test('bytes that do not match the API digest: DIGEST_MISMATCH', async () => {
    const act = setMetadata(releasePublishAct(), {}, { digest: `sha256:${sha256('another archive')}` });
    const evaluation = await evaluate(act);
    expectBlockedBy(evaluation, { metadata: 'DIGEST_MISMATCH' });
  });

  test('metadata.json without a version: METADATA_INVALID', async () => {
    const act = setMetadata(releasePublishAct(), JSON.stringify({ tag: TAG, source_sha: TAG_SHA }));
    const evaluation = await evaluate(act);
    expect(evaluation.gates.metadata!.message).toContain("missing required key 'version'");
    expectBlockedBy(evaluation, { metadata: 'METADATA_INVALID' });
  });

  test('metadata of another version: METADATA_MISMATCH', async () => {
    const act = setMetadata(releasePublishAct(), metadataOf({ tag: BASE_TAG, version: '1.2.0' }));
    const evaluation = await evaluate(act);
    expect(evaluation.gates.metadata!.message).toContain(
      'tag "v1.3.0" expected, found "v1.2.0"; version "1.3.0" expected, found "1.2.0"',
    );
    expectBlockedBy(evaluation, { metadata: 'METADATA_MISMATCH' });
  });
});

describe('release-publish.yml: the release files', () => {
  test('a required file the build did not upload: ASSET_MISSING', async () => {
    const evaluation = await evaluate(setBuildFile(releasePublishAct(), npmPackage(), null));
    expect(evaluation.gates.assets!.message).toContain(npmPackage());
    expectBlockedBy(evaluation, { assets: 'ASSET_MISSING' });
  });

  test('no sha256sums.txt: CHECKSUM_MISSING', async () => {
    const evaluation = await evaluate(setBuildFile(releasePublishAct(), CHECKSUMS, null));
    expectBlockedBy(evaluation, { assets: 'CHECKSUM_MISSING' });
  });

  test('a malformed sha256sums.txt line: CHECKSUM_MALFORMED', async () => {
    const sums = Object.entries(releaseFiles())
      .map(([name, content], i) => `${i === 2 ? sha256(content).toUpperCase() : sha256(content)}  ${name}\n`)
      .join('');
    const evaluation = await evaluate(setBuildFile(releasePublishAct(), CHECKSUMS, sums));
    expect(evaluation.gates.assets!.message).toContain(
      'sha256sums.txt line 3: the checksum has upper-case hex digits',
    );
    expectBlockedBy(evaluation, { assets: 'CHECKSUM_MALFORMED' });
  });

  test('a file rebuilt after sha256sums.txt was written: CHECKSUM_MISMATCH', async () => {
    const name = tarball('darwin_amd64');
    const evaluation = await evaluate(setBuildFile(releasePublishAct(), name, 'rebuilt darwin bytes\n'));
    expect(evaluation.gates.assets!.message).toContain(name);
    expect(evaluation.gates.assets!.message).toContain(sha256('rebuilt darwin bytes\n'));
    expectBlockedBy(evaluation, { assets: 'CHECKSUM_MISMATCH' });
  });
});

describe('release-publish.yml: the Homebrew formula', () => {
  test('still at the previous version: FORMULA_VERSION_MISMATCH', async () => {
    const evaluation = await evaluate(setFormula(releasePublishAct(), formulaText({ version: '1.2.0' })));
    expect(evaluation.gates.homebrew!.message).toContain('version "1.2.0" on line 6, expected "1.3.0"');
    expectBlockedBy(evaluation, { homebrew: 'FORMULA_VERSION_MISMATCH' });
  });

  test('urls of the previous release: FORMULA_URL_MISMATCH', async () => {
    const evaluation = await evaluate(setFormula(releasePublishAct(), formulaText({ urlVersion: '1.2.0' })));
    expect(evaluation.gates.homebrew!.message).toContain(
      'linux_amd64: no url "https://github.com/acme/plasmite/releases/download/v1.3.0/plasmite_1.3.0_linux_amd64.tar.gz"',
    );
    expectBlockedBy(evaluation, { homebrew: 'FORMULA_URL_MISMATCH' });
  });

  test('a stale sha256: FORMULA_SHA_MISMATCH', async () => {
    const stale = sha256('darwin_arm64 build of plasmite 1.2.0\n');
    const evaluation = await evaluate(
      setFormula(releasePublishAct(), formulaText({ shas: { darwin_arm64: stale } })),
    );
    expect(evaluation.gates.homebrew!.message).toContain(`darwin_arm64: sha256 "${stale}"`);
    expectBlockedBy(evaluation, { homebrew: 'FORMULA_SHA_MISMATCH' });
  });
});

describe('release-publish.yml: performance', () => {
  test('a metric regressed beyond 15% with disjoint ranges: REGRESSED', async () => {
    const act = setCurrentBench(releasePublishAct(), {
      'enqueue.ms_per_msg': [0.0161, 0.0165, 0.0163],
      'read.ms_per_msg': [0.0049, 0.005, 0.0051],
      'pool_open.ms_per_msg': [0.31, 0.3, 0.32],
    });
    const evaluation = await evaluate(act);
    expect(evaluation.gates.performance!.message).toContain('enqueue.ms_per_msg');
    expectBlockedBy(evaluation, { performance: 'REGRESSED' });
  });

  test('no earlier release tag: no baseline, never a pass', async () => {
    const evaluation = await evaluate(withoutEarlierTags(releasePublishAct()));
    expect(evaluation.gates.performance!.status).toBe('error');
    expect(evaluation.gates.performance!.message).toContain(`no semver tag below '${TAG}'; pass base_tag`);
    expectBlockedBy(evaluation, { performance: 'TEMPLATE_UNRESOLVED' });
  });
});

describe('release-publish.yml: governance and the commit', () => {
  test('an open release blocker for the tag: OPEN_BLOCKERS with its link', async () => {
    const act = addIssue(releasePublishAct(), {
      number: 320,
      title: 'Release blockers: v1.3.0',
      labels: ['release-blocker'],
    });
    const evaluation = await evaluate(act);
    expect(evaluation.gates.blockers!.links.map((l) => l.url)).toContain(
      'https://github.com/acme/plasmite/issues/320',
    );
    expectBlockedBy(evaluation, { blockers: 'OPEN_BLOCKERS' });
  });

  test('a missing secret: MISSING_SECRET, naming it', async () => {
    const evaluation = await evaluate(setEnv(releasePublishAct(), 'CARGO_REGISTRY_TOKEN', null));
    expect(evaluation.gates.credentials!.message).toContain('CARGO_REGISTRY_TOKEN');
    expectBlockedBy(evaluation, { credentials: 'MISSING_SECRET' });
  });

  test('a secret of the wrong kind: SECRET_FORMAT, its value never printed', async () => {
    const value = 'ghp_not_a_pypi_token_0123456789abcdef';
    const evaluation = await evaluate(setEnv(releasePublishAct(), 'PYPI_API_TOKEN', value));
    expect(JSON.stringify(evaluation.run.report)).not.toContain(value);
    expect(evaluation.run.stdout).not.toContain(value);
    expectBlockedBy(evaluation, { credentials: 'SECRET_FORMAT' });
  });

  test('a version file one patch off: VERSION_MISMATCH naming it', async () => {
    const act = setFileAtTag(
      releasePublishAct(),
      'bindings/python/pyproject.toml',
      '[project]\nname = "plasmite"\nversion = "1.3.1"\n',
    );
    const evaluation = await evaluate(act);
    expect(evaluation.gates.versions!.message).toContain(
      'bindings/python/pyproject.toml /project/version = 1.3.1 ✗ (expected 1.3.0)',
    );
    expectBlockedBy(evaluation, { versions: 'VERSION_MISMATCH' });
  });

  test('inside the year-end freeze: FROZEN', async () => {
    const evaluation = await evaluate(at(releasePublishAct(), YEAR_END));
    expect(evaluation.gates.release_freeze!.message).toContain('Year end');
    expectBlockedBy(evaluation, { release_freeze: 'FROZEN' });
  });
});

describe('release-publish.yml: a rehearsal and a live run of the same state', () => {
  test('differ only in the freeze window: the rehearsal passes with it as a warning', async () => {
    const live = await evaluate(at(releasePublishAct(), YEAR_END));
    const rehearsal = await evaluate(setInputs(at(releasePublishAct(), YEAR_END), { rehearsal: 'true' }));

    expectBlockedBy(live, { release_freeze: 'FROZEN' });
    expect(live.run.report!.rehearsal).toBe(false);

    expect(rehearsal.run.report!.rehearsal).toBe(true);
    expect(rehearsal.run.exitCode).toBe(0);
    expect(rehearsal.run.outputs.result).toBe('pass');
    expect(JSON.parse(rehearsal.run.outputs.blocking!)).toEqual([]);
    expect(JSON.parse(rehearsal.run.outputs.warnings!)).toEqual(['release_freeze']);
    expect(rehearsal.run.report!.warnings.map((w) => `${w.gate} ${w.code}`)).toEqual([
      'release_freeze FROZEN',
    ]);
    expect(rehearsal.run.reportMd).toContain('REHEARSAL');

    // Gate by gate: the same status, code and message, except that the freeze does not block.
    const verdicts = (e: Evaluation) =>
      Object.fromEntries(
        GATES.map((id) => [
          id,
          { status: e.gates[id]!.status, code: e.gates[id]!.code, message: e.gates[id]!.message },
        ]),
      );
    expect(verdicts(rehearsal)).toEqual(verdicts(live));
    expect(JSON.parse(live.run.outputs.gates!)).toEqual(JSON.parse(rehearsal.run.outputs.gates!));
    // And the same reads.
    expect(routeCounts(rehearsal.requests)).toEqual(routeCounts(live.requests));
  });
});

// Keep the mutators honest: each failure above starts from a state that passes.
test('the mutators do not share state between acts', () => {
  const broken = setFileAtTag(releasePublishAct(), 'Cargo.toml', 'broken');
  setEnv(broken, 'PYPI_API_TOKEN', null);
  patchBuildRun(broken, { conclusion: 'failure' });
  const fresh = releasePublishAct();
  expect(fresh.scenario.files![TAG_SHA]!['Cargo.toml']).toContain('version = "1.3.0"');
  expect(fresh.env.PYPI_API_TOKEN).toMatch(/^pypi-/);
  expect(fresh.scenario.runs!.find((r) => r.id === BUILD_RUN_ID)!.conclusion).toBeUndefined();
});
