// examples/release-publish.yml and examples/windows-graduation.yml on the process they model:
// the bundle (node dist/index.js) against an emulator playing a repository built like
// sandover/plasmite and its tap (test/demo/plasmite-process.ts). The consistent release passes
// end to end — built by its tag push or dispatched from main, checked before the GitHub release
// exists — and each real failure mode gets its own code. Every answer the emulator gave along
// the way is then checked against GitHub's published description.
import { jest } from '@jest/globals';
import { parse, stringify } from 'yaml';
import type { GateReport } from '../../src/report/types.js';
import {
  BUILD_RUN_ID,
  BUMP_BRANCH,
  ciWorkflow,
  dispatchedBuild,
  formulaText,
  goreleaserCask,
  graduationAct,
  heredocMetadata,
  LINUX_ARM64_TARGET,
  MAIN_HEAD,
  manifests,
  onBumpBranch,
  plasmiteProcessAct,
  PREVIOUS_BUILD_RUN_ID,
  published,
  rebuiltTarball,
  RELEASE_PUBLISH_POLICY,
  setFileAtTag,
  setFileOnBump,
  setFormula,
  tarball,
  tarballContent,
  TARGETS,
  targetsJson,
  TWO_IN_FIVE,
  ALL_GREEN,
  VERSION,
  withBuildRunId,
  type ProcessAct,
} from '../../test/demo/plasmite-process.js';
import { startEmulator, type EmulatorAnswer } from '../../test/emulator/index.js';
import { apiDescriptionCheck } from '../../test/emulator/openapi-check.js';
import { runAction, type ActionRun } from './harness.js';

jest.setTimeout(90_000);

/** Every answer of every evaluation in this file, for the API-description check at the end. */
const ANSWERS: EmulatorAnswer[] = [];

interface Evaluation {
  run: ActionRun;
  gates: Record<string, GateReport>;
  /** Paths the action requested (REST and GraphQL). */
  paths: string[];
}

async function evaluate(act: ProcessAct): Promise<Evaluation> {
  const emulator = await startEmulator(act.scenario, { onAnswer: (answer) => ANSWERS.push(answer) });
  try {
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: act.inputs,
      env: act.env,
      files: act.files,
    });
    if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
    if (run.report.error) throw new Error(`evaluation failed: ${JSON.stringify(run.report.error)}`);
    const paths = emulator
      .requests()
      .filter((r) => r.kind === 'rest' || r.kind === 'graphql')
      .map((r) => r.path);
    return { run, gates: Object.fromEntries(run.report.gates.map((g) => [g.id, g])), paths };
  } finally {
    await emulator.close();
  }
}

const RELEASE_GATES = [
  'build_run',
  'metadata',
  'assets',
  'versions',
  'ci_green',
  'credentials',
  'homebrew',
  'blockers',
];

/** `error` and `fail` both block; what matters here is the code. */
const outcome = (gate: GateReport | undefined) =>
  gate && { status: gate.status === 'error' ? 'fail' : gate.status, code: gate.code };

/** The step failed on exactly these gates (gate → code), and every other gate passed. */
function expectBlockedBy({ run, gates }: Evaluation, blocking: Record<string, string>): void {
  const summary = Object.values(gates).map((g) => `${g.id}: ${g.status} ${g.code} ${g.message}`);
  expect({ exit: run.exitCode, result: run.outputs.result, summary }).toEqual({
    exit: 1,
    result: 'fail',
    summary,
  });
  expect(JSON.parse(run.outputs.blocking!)).toEqual(RELEASE_GATES.filter((id) => id in blocking));
  for (const id of RELEASE_GATES) {
    if (id in blocking)
      expect({ id, ...outcome(gates[id]) }).toEqual({ id, status: 'fail', code: blocking[id] });
    else expect({ id, status: gates[id]?.status, summary }).toEqual({ id, status: 'pass', summary });
  }
}

const METADATA_ARTIFACT_TEXT = (act: ProcessAct) =>
  act.scenario
    .runs!.find((r) => r.id === BUILD_RUN_ID)!
    .artifacts!.find((a) => a.name === 'release-metadata')!.files['metadata.json'] as string;

describe('examples/release-publish.yml: v0.9.0 checked before it is published', () => {
  test('built by its tag push: every gate passes, the run id written as text included, and no GitHub release is read', async () => {
    const act = plasmiteProcessAct();
    // As release.yml's heredoc writes it: the run id is a string.
    expect(JSON.parse(METADATA_ARTIFACT_TEXT(act))).toMatchObject({ source_run_id: String(BUILD_RUN_ID) });

    const evaluation = await evaluate(act);
    const { run, gates } = evaluation;
    const summary = Object.values(gates).map((g) => `${g.id}: ${g.status} ${g.code} ${g.message}`);
    expect({ exit: run.exitCode, result: run.outputs.result, summary }).toEqual({
      exit: 0,
      result: 'pass',
      summary,
    });
    expect(run.report!.stage).toBe('RELEASE');
    expect(run.report!.build_run_id).toBe(BUILD_RUN_ID);
    expect(Object.fromEntries(RELEASE_GATES.map((id) => [id, gates[id]!.code]))).toEqual({
      build_run: 'BUILD_RUN_OK',
      metadata: 'METADATA_OK',
      assets: 'ASSETS_OK',
      versions: 'VERSIONS_ALIGNED',
      ci_green: 'CI_GREEN',
      credentials: 'SECRETS_PRESENT',
      homebrew: 'FORMULA_ALIGNED',
      blockers: 'NO_BLOCKERS',
    });
    // The tap and the assets were checked against the build, not a release (there is none yet).
    expect(evaluation.paths.filter((p) => p.includes('/releases'))).toEqual([]);
    // Cheap on the API (docs/benchmarks.md: a release preflight within 20 requests), and counted right.
    expect(run.report!.stats.api_requests).toBe(evaluation.paths.length);
    expect(evaluation.paths.length).toBeLessThanOrEqual(20);
  });

  test('metadata whose run id (as text) names another run: METADATA_MISMATCH naming source_run_id', async () => {
    const act = plasmiteProcessAct();
    const run = act.scenario.runs!.find((r) => r.id === BUILD_RUN_ID)!;
    run.artifacts = run.artifacts!.map((a) =>
      a.name === 'release-metadata'
        ? { name: a.name, files: { 'metadata.json': heredocMetadata({ runId: PREVIOUS_BUILD_RUN_ID }) } }
        : a,
    );
    const evaluation = await evaluate(act);
    expectBlockedBy(evaluation, { metadata: 'METADATA_MISMATCH' });
    expect(evaluation.gates.metadata!.message).toContain('source_run_id');
  });

  test('dispatched from main with the tag as input: found by the search, admitted by its metadata', async () => {
    const act = dispatchedBuild(plasmiteProcessAct());
    const evaluation = await evaluate(act);
    const { run, gates } = evaluation;
    const summary = Object.values(gates).map((g) => `${g.id}: ${g.status} ${g.code} ${g.message}`);
    expect({ exit: run.exitCode, result: run.outputs.result, summary }).toEqual({
      exit: 0,
      result: 'pass',
      summary,
    });
    expect(run.report!.build_run_id).toBe(BUILD_RUN_ID);
    expect(gates.build_run).toMatchObject({ status: 'pass', code: 'BUILD_RUN_OK' });
    // The report says which rule admitted the run.
    expect(`${gates.build_run!.message} ${JSON.stringify(gates.build_run!.details)}`).toMatch(/dispatch/i);
  });

  test('dispatched from main without release-metadata: DISPATCH_NOT_ATTESTED', async () => {
    const act = withBuildRunId(dispatchedBuild(plasmiteProcessAct(), { metadata: null }));
    const evaluation = await evaluate(act);
    expect(outcome(evaluation.gates.build_run)).toEqual({ status: 'fail', code: 'DISPATCH_NOT_ATTESTED' });
    expect(evaluation.run.exitCode).toBe(1);
    expect(JSON.parse(evaluation.run.outputs.blocking!)).toContain('build_run');
  });

  test('dispatched from main with metadata attesting another commit: DISPATCH_NOT_ATTESTED', async () => {
    const act = withBuildRunId(
      dispatchedBuild(plasmiteProcessAct(), {
        metadata: heredocMetadata({ runId: BUILD_RUN_ID, sourceSha: MAIN_HEAD }),
      }),
    );
    const evaluation = await evaluate(act);
    expect(outcome(evaluation.gates.build_run)).toEqual({ status: 'fail', code: 'DISPATCH_NOT_ATTESTED' });
  });

  test('dispatched from another branch: DISPATCH_FROM_UNTRUSTED_BRANCH, however good its metadata', async () => {
    const act = withBuildRunId(dispatchedBuild(plasmiteProcessAct(), { branch: 'experiment' }));
    const evaluation = await evaluate(act);
    expect(outcome(evaluation.gates.build_run)).toEqual({
      status: 'fail',
      code: 'DISPATCH_FROM_UNTRUSTED_BRANCH',
    });
    expect(evaluation.gates.build_run!.message).toContain('experiment');
  });

  test('the tap still at the previous version: FORMULA_VERSION_MISMATCH, and only there', async () => {
    const act = setFormula(plasmiteProcessAct(), formulaText({ version: '0.8.0' }));
    expectBlockedBy(await evaluate(act), { homebrew: 'FORMULA_VERSION_MISMATCH' });
  });

  test('one tarball rebuilt after the tap was updated: FORMULA_SHA_MISMATCH naming that platform', async () => {
    const act = rebuiltTarball(plasmiteProcessAct(), 'darwin_arm64');
    const evaluation = await evaluate(act);
    expectBlockedBy(evaluation, { homebrew: 'FORMULA_SHA_MISMATCH' });
    expect(evaluation.gates.homebrew!.message).toContain('darwin_arm64');
    expect(evaluation.gates.homebrew!.message).not.toContain('darwin_amd64');
  });

  test('a leftover linux_arm64 url with a placeholder hash, for a file the build does not have: FORMULA_STRAY_URL', async () => {
    const act = setFormula(plasmiteProcessAct(), formulaText({ linuxArm64Placeholder: true }));
    const evaluation = await evaluate(act);
    expectBlockedBy(evaluation, { homebrew: 'FORMULA_STRAY_URL' });
    expect(evaluation.gates.homebrew!.message).toContain('linux_arm64');
  });

  test('targets.json makes linux_arm64 official while release.yml did not build it: ASSET_MISSING', async () => {
    const act = setFileAtTag(
      plasmiteProcessAct(),
      'release/targets.json',
      targetsJson([...TARGETS, LINUX_ARM64_TARGET]),
    );
    const evaluation = await evaluate(act);
    expect(outcome(evaluation.gates.assets)).toEqual({ status: 'fail', code: 'ASSET_MISSING' });
    expect(evaluation.gates.assets!.message).toContain(tarball('linux_arm64'));
    // The formula has no linux_arm64 either: the tap gate blocks too, on the same platform list.
    expect(evaluation.gates.homebrew!.status).not.toBe('pass');
    expect(evaluation.run.exitCode).toBe(1);
  });
});

describe('examples/release-publish.yml on a branch with no tag (stage BRANCH)', () => {
  test(`${BUMP_BRANCH}: every manifest states 0.9.1, so they agree: VERSIONS_ALIGNED`, async () => {
    const evaluation = await evaluate(onBumpBranch(plasmiteProcessAct()));
    expect(evaluation.run.report!.stage).toBe('BRANCH');
    expect(evaluation.gates.versions_consistent).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
    expect({ exit: evaluation.run.exitCode, result: evaluation.run.outputs.result }).toEqual({
      exit: 0,
      result: 'pass',
    });
  });

  test('the npm lock file left at 0.9.0: VERSION_MISMATCH naming it', async () => {
    const lock = 'bindings/node/package-lock.json';
    const act = setFileOnBump(onBumpBranch(plasmiteProcessAct()), lock, manifests(VERSION)[lock]!);
    const evaluation = await evaluate(act);
    expect(outcome(evaluation.gates.versions_consistent)).toEqual({
      status: 'fail',
      code: 'VERSION_MISMATCH',
    });
    expect(evaluation.gates.versions_consistent!.message).toContain(lock);
    expect(evaluation.run.exitCode).toBe(1);
  });
});

/** The release-publish policy with its homebrew gate reading a GoReleaser cask of the published release. */
function caskPolicy(): string {
  const doc = parse(RELEASE_PUBLISH_POLICY) as {
    stages: Record<string, { gates: Record<string, string> }>;
    gates: Record<string, { with: Record<string, unknown> }>;
  };
  doc.stages = { RELEASE: { ...doc.stages.RELEASE!, gates: { homebrew: 'required' } } };
  // The published release: no artifacts glob (that is for the build's artifacts).
  const { artifacts: _artifacts, ...withoutGlob } = doc.gates.homebrew!.with;
  doc.gates = {
    homebrew: {
      ...doc.gates.homebrew!,
      with: { ...withoutGlob, source: 'release', path: 'Casks/plasmite.rb' },
    },
  };
  return stringify(doc);
}

describe('a GoReleaser cask (Casks/plasmite.rb: sha256 before url) against the published release', () => {
  const caskAct = (cask: string): ProcessAct => {
    const act = setFormula(published(plasmiteProcessAct()), cask, 'Casks/plasmite.rb');
    act.files = { '.github/release-gates.yml': caskPolicy() };
    return act;
  };

  test('aligned with its release: FORMULA_ALIGNED', async () => {
    const evaluation = await evaluate(caskAct(goreleaserCask()));
    expect(evaluation.gates.homebrew).toMatchObject({ status: 'pass', code: 'FORMULA_ALIGNED' });
    expect(evaluation.run.exitCode).toBe(0);
  });

  test('a stale hash in the arm block: FORMULA_SHA_MISMATCH naming darwin_arm64, not its neighbour', async () => {
    const stale = goreleaserCask({ contents: { darwin_arm64: tarballContent('darwin_arm64', '0.8.0') } });
    const evaluation = await evaluate(caskAct(stale));
    expect(outcome(evaluation.gates.homebrew)).toEqual({ status: 'fail', code: 'FORMULA_SHA_MISMATCH' });
    expect(evaluation.gates.homebrew!.message).toContain('darwin_arm64');
    expect(evaluation.gates.homebrew!.message).not.toContain('darwin_amd64');
  });
});

describe('examples/windows-graduation.yml on main (stage PREVIEW), thresholds from ci.yml', () => {
  test('green push and nightly runs: the streak of 10 is met, nothing to roll back (demote=false)', async () => {
    const evaluation = await evaluate(graduationAct(ALL_GREEN));
    const { run, gates } = evaluation;
    expect(run.report!.stage).toBe('PREVIEW');
    expect(gates.windows_reliability).toMatchObject({ status: 'pass', code: 'STREAK_MET' });
    expect(gates.windows_smoke_coverage).toMatchObject({ status: 'pass', code: 'JOBS_PASSED' });
    expect(gates.windows_rollback).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(run.outputs.demote).toBe('false');
  });

  test('2 failures in the latest 5 push and schedule runs (pull-request failures between them): demote=true', async () => {
    const evaluation = await evaluate(graduationAct(TWO_IN_FIVE));
    const { run, gates } = evaluation;
    expect(gates.windows_rollback).toMatchObject({ status: 'fail', code: 'BUDGET_EXCEEDED' });
    expect(run.outputs.demote).toBe('true');
    expect(gates.windows_reliability).toMatchObject({ status: 'fail', code: 'STREAK_TOO_SHORT' });
    // PREVIEW only reports: the step passes, the demote output is what a rollback job acts on.
    expect({ exit: run.exitCode, result: run.outputs.result }).toEqual({ exit: 0, result: 'pass' });
    expect(JSON.parse(run.outputs.warnings!)).toEqual(
      expect.arrayContaining(['windows_rollback', 'windows_reliability']),
    );
  });

  test('the same history, with ci.yml demoting at 3 failures: within budget (the number is read, not assumed)', async () => {
    const act = graduationAct(TWO_IN_FIVE);
    act.scenario.files![MAIN_HEAD]!['.github/workflows/ci.yml'] = ciWorkflow({ rollbackFailures: '3' });
    const evaluation = await evaluate(act);
    expect(evaluation.gates.windows_rollback).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(evaluation.run.outputs.demote).toBe('false');
  });
});

// Last (Jest runs a file's tests in order): what the emulator answered above, against GitHub's description.
test("every answer the emulator gave in these evaluations matches GitHub's published description", () => {
  expect(ANSWERS.length).toBeGreaterThan(50);
  const violations = apiDescriptionCheck().check(ANSWERS);
  expect(violations.map((v) => `${v.route} ${v.path}: ${v.reason}`)).toEqual([]);
});
