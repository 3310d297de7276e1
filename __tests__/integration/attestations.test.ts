// The attestations gate and the signed verdict through the bundle (node dist/index.js) against
// the emulator, with bundles signed by the test PKI (test/sigstore/) and verified by the
// production Sigstore code under a test trusted root: a release whose three files carry valid
// attestations from release.yml at the tag passes; each flaw has its own code and names the
// file; the verification summary is written on pass and on fail, and lists the verified files.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { GateReport } from '../../src/report/types.js';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import type { Scenario } from '../../test/emulator/scenario.js';
import { createTestTrust, type TestTrust } from '../../test/sigstore/pki.js';
import {
  attestedScenario,
  OWNER,
  PLATFORMS,
  REPO,
  SUBJECTS_YAML,
  TAG,
  TAG_SHA,
  tarball,
  type AttestedOptions,
  type Flaw,
} from '../../test/sigstore/scenario.js';
import { releaseFiles, sha256 } from '../gates/assets/scenario.js';
import { NODES, ROOT, runAction, type ActionRun } from './harness.js';

const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validatePredicate = ajv.compile(
  JSON.parse(readFileSync(path.join(ROOT, 'schemas/verification-summary.schema.json'), 'utf8')) as object,
);

const TRUSTED_ROOT = 'trust/trusted-root.json';
const LINUX = tarball(PLATFORMS[0]);
const DARWIN_ARM = tarball(PLATFORMS[2]);

function policy(extraWith = '', trustedRoot: string | null = TRUSTED_ROOT): string {
  return `version: 1
stages:
  GA:
    match: ["v*"]
    gates: { provenance: required }
gates:
  provenance:
    type: attestations
    with:
${SUBJECTS_YAML}
${trustedRoot ? `      trusted_root: ${trustedRoot}\n` : ''}${extraWith}`;
}

let pki: TestTrust;
const emulators: Emulator[] = [];
beforeAll(async () => {
  pki = await createTestTrust();
});
afterAll(() => Promise.all(emulators.map((e) => e.close())));

interface Evaluation {
  run: ActionRun;
  gate: GateReport;
  emulator: Emulator;
}

async function evaluate(
  scenario: Scenario,
  options: {
    policy?: string;
    env?: Record<string, string>;
    files?: Record<string, string>;
    action?: string;
  } = {},
): Promise<Evaluation> {
  const emulator = await startEmulator(scenario);
  emulators.push(emulator);
  const run = await runAction({
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    inputs: { ref: `refs/tags/${TAG}`, sha: TAG_SHA, upload_report: 'false' },
    files: {
      '.github/release-gates.yml': options.policy ?? policy(),
      [TRUSTED_ROOT]: JSON.stringify(pki.trustedRoot),
      ...options.files,
    },
    ...(options.env ? { env: options.env } : {}),
    ...(options.action ? { action: options.action } : {}),
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const gate = run.report.gates.find((g) => g.id === 'provenance');
  if (!gate) throw new Error(`gate not evaluated: ${JSON.stringify(run.report.error)}\n${run.stdout}`);
  return { run, gate, emulator };
}

const attested = async (options: AttestedOptions = {}, extra: Parameters<typeof evaluate>[1] = {}) =>
  evaluate(await attestedScenario(pki, options), extra);

function summaryOf(run: ActionRun): { predicate: Record<string, unknown>; subjects: string } {
  expect(run.outputs.vsa_predicate).toBe(path.join(run.workspace, 'dist/maturity/verification-summary.json'));
  expect(run.outputs.vsa_subjects).toBe(path.join(run.workspace, 'dist/maturity/verified-subjects.txt'));
  const predicate = JSON.parse(readFileSync(run.outputs.vsa_predicate!, 'utf8')) as Record<string, unknown>;
  expect(validatePredicate(predicate) ? [] : validatePredicate.errors).toEqual([]);
  return { predicate, subjects: readFileSync(run.outputs.vsa_subjects!, 'utf8') };
}

describe('attestations through the bundle', () => {
  test('three files attested by release.yml at the tag: ATTESTED, a PASSED summary listing the three files', async () => {
    const { run, gate, emulator } = await attested();
    expect(gate).toMatchObject({ status: 'pass', code: 'ATTESTED' });
    expect(run.exitCode).toBe(0);
    const files = releaseFiles();
    const expected = PLATFORMS.map((p) => ({ name: tarball(p), sha256: sha256(files[tarball(p)]!) }));
    expect(gate.verified_subjects).toEqual(expected);
    const { predicate, subjects } = summaryOf(run);
    expect(predicate).toMatchObject({
      verificationResult: 'PASSED',
      verifiedLevels: ['RELEASE_GATES_GA'],
      resourceUri: `git+https://github.com/${OWNER}/${REPO}@refs/tags/${TAG}`,
      policy: { digest: { sha256: run.report!.policy.sha256 } },
    });
    expect((predicate.inputAttestations as unknown[]).length).toBe(3);
    const listed = subjects
      .trim()
      .split('\n')
      .map((line) => line.split('  '));
    expect(listed).toEqual(
      [...expected].sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.sha256, s.name]),
    );
    // One listing per file, nothing else from the API besides the release.
    const api = emulator
      .requests()
      .filter((r) => r.kind === 'rest')
      .map((r) => r.route);
    expect(api.filter((r) => r?.includes('attestations'))).toHaveLength(3);
  });

  test.each(NODES)('the Sigstore chunk verifies on $name', async ({ bin }) => {
    const scenario = await attestedScenario(pki);
    const emulator = await startEmulator(scenario);
    emulators.push(emulator);
    const run = await runAction({
      node: bin,
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      inputs: { ref: `refs/tags/${TAG}`, sha: TAG_SHA, upload_report: 'false' },
      files: { '.github/release-gates.yml': policy(), [TRUSTED_ROOT]: JSON.stringify(pki.trustedRoot) },
    });
    expect(run.report?.gates[0]).toMatchObject({ status: 'pass', code: 'ATTESTED' });
    expect(summaryOf(run).predicate.verificationResult).toBe('PASSED');
  });

  test.each<[Flaw, string, string]>([
    [
      'another_workflow',
      'SIGNER_MISMATCH',
      "signed by workflow 'https://github.com/acme/plasmite/.github/workflows/ci.yml@refs/tags/v1.2.0'",
    ],
    ['another_commit', 'SOURCE_MISMATCH', `built from commit '${'b'.repeat(40)}'`],
    ['tampered', 'ATTESTATION_INVALID', 'failed verification: Sigstore verification failed'],
    ['other_file', 'ATTESTATION_INVALID', "do not include this file's sha256"],
    ['expired', 'ATTESTATION_INVALID', 'CERTIFICATE_ERROR'],
    ['foreign_ca', 'ATTESTATION_INVALID', 'CERTIFICATE_ERROR'],
    ['no_tlog', 'ATTESTATION_INVALID', 'TIMESTAMP_ERROR'],
  ])('%s: %s naming the file, a FAILED summary without it', async (flaw, code, reason) => {
    const { run, gate } = await attested({ flaws: { [DARWIN_ARM]: flaw } });
    expect(gate).toMatchObject({ status: 'fail', code });
    expect(gate.message).toContain(`${DARWIN_ARM}: `);
    expect(gate.message).toContain(reason);
    expect(run.exitCode).toBe(1);
    const { predicate, subjects } = summaryOf(run);
    expect(predicate).toMatchObject({ verificationResult: 'FAILED', verifiedLevels: [] });
    expect(subjects).not.toContain(DARWIN_ARM);
    expect(subjects).toContain(LINUX);
  });

  test('a self-hosted runner: SELF_HOSTED_RUNNER when the policy denies them', async () => {
    const { gate } = await attested(
      { flaws: { [LINUX]: 'self_hosted' } },
      { policy: policy('      deny_self_hosted_runners: true\n') },
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'SELF_HOSTED_RUNNER' });
    expect(gate.message).toContain(`${LINUX}: built on a 'self-hosted' runner`);
  });

  test('a file with no attestation: ATTESTATION_MISSING naming it', async () => {
    const { gate } = await attested({ unattested: [LINUX] });
    expect(gate).toMatchObject({ status: 'fail', code: 'ATTESTATION_MISSING' });
    expect(gate.message).toContain(`${LINUX}: GitHub has no attestation of sha256:`);
  });

  test('bundles given only as bundle_url are fetched and decoded', async () => {
    const { gate, emulator } = await attested({ delivery: 'url' });
    expect(gate).toMatchObject({ status: 'pass', code: 'ATTESTED' });
    expect(emulator.requests().filter((r) => r.path.startsWith('/_blobs/attestations/'))).toHaveLength(3);
  });

  test('files of the build run, before the release exists (source: build_artifacts)', async () => {
    const { gate } = await attested({}, { policy: policy('      source: build_artifacts\n') });
    expect(gate).toMatchObject({ status: 'pass', code: 'ATTESTED' });
    expect(gate.verified_subjects?.map((s) => s.name)).toEqual(PLATFORMS.map(tarball));
  });

  test('a token without attestations: read is an error naming that permission', async () => {
    const scenario = { ...(await attestedScenario(pki)), permissions: { attestations: 'none' as const } };
    const { run, gate } = await evaluate(scenario);
    expect(gate).toMatchObject({ status: 'error', code: 'PERMISSION_DENIED' });
    expect(gate.message).toContain('`attestations: read`');
    expect(run.exitCode).toBe(1);
    expect(summaryOf(run).predicate.verificationResult).toBe('FAILED');
  });

  test('the trusted root file missing: error, never pass', async () => {
    const { gate } = await attested({}, { policy: policy('', 'trust/absent.json') });
    expect(gate).toMatchObject({ status: 'error', code: 'TRUSTED_ROOT_UNAVAILABLE' });
    expect(gate.message).toContain("'trust/absent.json' does not exist");
  });

  test('TUF unreachable (no trusted_root): error, never pass', async () => {
    // The public-good root.json the library embeds, as a mirror's initial root, and a mirror
    // that has no TUF repository (the emulator): the refresh fails, the gate errors.
    const seeds = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules/@sigstore/tuf/seeds.json'), 'utf8'),
    ) as Record<string, { 'root.json': string }>;
    const rootJson = Buffer.from(seeds['https://tuf-repo-cdn.sigstore.dev']!['root.json'], 'base64').toString(
      'utf8',
    );
    const scenario = await attestedScenario(pki);
    const emulator = await startEmulator(scenario);
    emulators.push(emulator);
    const { gate, run } = await evaluate(scenario, {
      policy: policy('', null),
      files: { 'trust/tuf-root.json': rootJson },
      env: {
        RELEASE_GATES_TUF_MIRROR: `${emulator.url}/tuf`,
        RELEASE_GATES_TUF_ROOT: 'trust/tuf-root.json',
      },
    });
    expect(gate).toMatchObject({ status: 'error', code: 'TRUSTED_ROOT_UNAVAILABLE' });
    expect(gate.message).toContain(
      `Cannot get the Sigstore public-good (TUF ${emulator.url}/tuf) trusted root`,
    );
    // The mirror was asked and failed (not a cache that could not even start).
    expect(gate.message).not.toContain('No root.json');
    expect(run.exitCode).toBe(1);
  });
});

describe('the Sigstore code is a chunk of its own', () => {
  let withoutSigstore: string;
  let sigstoreChunk: string;

  beforeAll(() => {
    const dist = path.join(ROOT, 'dist');
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f));
    const holding = chunks.filter((f) =>
      readFileSync(path.join(dist, f), 'utf8').includes('TLOG_INCLUSION_PROMISE_ERROR'),
    );
    expect(holding).toHaveLength(1);
    sigstoreChunk = holding[0]!;
    expect(readFileSync(path.join(dist, 'index.js'), 'utf8')).not.toContain('TLOG_INCLUSION_PROMISE_ERROR');
    withoutSigstore = mkdtempSync(path.join(tmpdir(), 'release-gates-no-sigstore-'));
    for (const file of ['index.js', 'package.json', ...chunks.filter((f) => f !== sigstoreChunk)])
      copyFileSync(path.join(dist, file), path.join(withoutSigstore, file));
  });
  afterAll(() => rmSync(withoutSigstore, { recursive: true, force: true }));

  test('a policy without attestations runs without it, and still writes its summary', async () => {
    const releaseAssets = `version: 1
stages:
  GA: { match: ["v*"], gates: { assets: required } }
gates:
  assets:
    type: release_assets
    with:
      required: [{ name: "plasmite_{version}_{platform}.tar.gz", platform: [${PLATFORMS.join(', ')}] }]
`;
    const emulator = await startEmulator(await attestedScenario(pki));
    emulators.push(emulator);
    const run = await runAction({
      action: path.join(withoutSigstore, 'index.js'),
      apiUrl: emulator.url,
      repository: `${OWNER}/${REPO}`,
      inputs: { ref: `refs/tags/${TAG}`, sha: TAG_SHA, upload_report: 'false' },
      files: { '.github/release-gates.yml': releaseAssets },
    });
    expect(run.report?.gates.map((g) => [g.id, g.status])).toEqual([['assets', 'pass']]);
    expect(existsSync(run.outputs.vsa_predicate!)).toBe(true);
    expect(summaryOf(run).predicate.verificationResult).toBe('PASSED');
  });

  test('an attestations gate without it is an error naming the cause, never a pass', async () => {
    const { gate } = await attested({}, { action: path.join(withoutSigstore, 'index.js') });
    expect(gate).toMatchObject({ status: 'error', code: 'VERIFIER_NOT_LOADED' });
    expect(gate.message).toMatch(/dist\/ directory is incomplete/);
  });
});
