// The attestations gate, collect and judge, against the emulator (real Octokit, real pagination,
// real Snappy blobs) with bundles signed by the test PKI and verified by the production code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import type { Scenario } from '../../test/emulator/scenario.js';
import { createTestTrust, type TestTrust } from '../../test/sigstore/pki.js';
import {
  attestedScenario,
  OWNER,
  PLATFORMS,
  REPO,
  TAG_SHA,
  tarball,
  type AttestedOptions,
  type Flaw,
} from '../../test/sigstore/scenario.js';
import { RequestCounter } from '../../src/github/counter.js';
import { createGitHub } from '../../src/github/client.js';
import { FactStore } from '../../src/facts/store.js';
import { attestationsGate, type AttestationsParams } from '../../src/gates/attestations.js';
import { GateError, type Verdict } from '../../src/model/types.js';
import { evalContext } from '../fixtures/policies.js';
import { releaseFiles, sha256 } from './assets/scenario.js';
import { loadLibraries } from '../../src/util/libraries.js';

// What loadPolicy loads for subjects with platforms_from.
await loadLibraries(['jmespath', 'toml']);

let pki: TestTrust;
let workspace: string;
const emulators: Emulator[] = [];

beforeAll(async () => {
  pki = await createTestTrust();
  workspace = mkdtempSync(path.join(tmpdir(), 'attestations-'));
  writeFileSync(path.join(workspace, 'trusted-root.json'), JSON.stringify(pki.trustedRoot));
});

afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
});

const ctx = evalContext({ repository: { owner: OWNER, repo: REPO }, sha: TAG_SHA });

function params(overrides: Partial<AttestationsParams> = {}): AttestationsParams {
  return {
    source: 'release',
    subjects: [{ name: 'plasmite_1.2.0_{platform}.tar.gz', platform: [...PLATFORMS] }],
    predicate_type: 'https://slsa.dev/provenance/v1',
    signer_workflow: `${OWNER}/${REPO}/.github/workflows/release.yml`,
    source_ref: 'refs/tags/v1.2.0',
    source_digest: TAG_SHA,
    deny_self_hosted_runners: false,
    trusted_root: 'trusted-root.json',
    workflow: 'release.yml',
    max_download_bytes: 1 << 20,
    ...overrides,
  };
}

interface Evaluation {
  verdict: Verdict;
  emulator: Emulator;
  counter: RequestCounter;
}

async function evaluate(
  scenario: Scenario,
  overrides: Partial<AttestationsParams> = {},
): Promise<Evaluation> {
  const emulator = await startEmulator(scenario);
  emulators.push(emulator);
  const counter = new RequestCounter();
  const github = createGitHub({ token: 'ghs_test', baseUrl: emulator.apiUrl, counter, retries: 0 });
  const facts = new FactStore({ workspace, env: {}, github, externalGithub: github });
  const p = params(overrides);
  try {
    const collected = await attestationsGate.collect(p, ctx, facts);
    return { verdict: attestationsGate.judge(p, collected, ctx), emulator, counter };
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    return { verdict: { status: 'error', code: error.code, message: error.message }, emulator, counter };
  }
}

const attested = async (options: AttestedOptions = {}, overrides: Partial<AttestationsParams> = {}) =>
  evaluate(await attestedScenario(pki, options), overrides);

const LINUX = tarball(PLATFORMS[0]);
const DARWIN_ARM = tarball(PLATFORMS[2]);

describe('attestations gate', () => {
  it('passes when each file has a valid attestation from release.yml at the tag, and lists them as verified', async () => {
    const { verdict } = await attested();
    expect(verdict.status).toBe('pass');
    expect(verdict.code).toBe('ATTESTED');
    const files = releaseFiles();
    expect(verdict.verifiedSubjects).toEqual(
      PLATFORMS.map((p) => ({ name: tarball(p), sha256: sha256(files[tarball(p)]!) })),
    );
  });

  it("reads the subjects' platforms from a file of the repository at the commit, as release_assets does", async () => {
    const scenario = await attestedScenario(pki);
    const subjects = [
      {
        name: 'plasmite_1.2.0_{platform}.tar.gz',
        platforms_from: { file: 'release/targets.json', query: 'sdk' },
      },
    ];
    const withTargets = {
      ...scenario,
      files: { [TAG_SHA]: { 'release/targets.json': JSON.stringify({ sdk: PLATFORMS }) } },
    };
    const { verdict } = await evaluate(withTargets, { subjects });
    expect(verdict).toMatchObject({ status: 'pass', code: 'ATTESTED' });
    expect(verdict.verifiedSubjects!.map((s) => s.name)).toEqual(PLATFORMS.map((p) => tarball(p)));
    // Without the file there is no list: an error, never a pass on no subjects.
    const missing = await evaluate(scenario, { subjects });
    expect(missing.verdict).toMatchObject({ status: 'error', code: 'PLATFORMS_UNREADABLE' });
  });

  it.each<[Flaw, string]>([
    ['another_workflow', 'SIGNER_MISMATCH'],
    ['another_commit', 'SOURCE_MISMATCH'],
    ['another_ref', 'SOURCE_MISMATCH'],
    ['tampered', 'ATTESTATION_INVALID'],
    ['other_file', 'ATTESTATION_INVALID'],
    ['expired', 'ATTESTATION_INVALID'],
    ['foreign_ca', 'ATTESTATION_INVALID'],
    ['no_tlog', 'ATTESTATION_INVALID'],
    ['sbom_only', 'ATTESTATION_MISSING'],
  ])('refuses an attestation with the flaw %s as %s, naming the file', async (flaw, code) => {
    const { verdict } = await attested({ flaws: { [DARWIN_ARM]: flaw } });
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe(code);
    expect(verdict.message).toContain(`1 of 3 files`);
    expect(verdict.message).toContain(DARWIN_ARM);
    expect(verdict.message).not.toContain(LINUX);
    // The two good files are still verified subjects; the refused one is not.
    expect(verdict.verifiedSubjects?.map((s) => s.name)).toEqual([
      tarball(PLATFORMS[0]),
      tarball(PLATFORMS[1]),
    ]);
  });

  it('says what differs: the workflow that signed, the commit it built', async () => {
    const signer = (await attested({ flaws: { [LINUX]: 'another_workflow' } })).verdict;
    expect(signer.message).toContain(
      `signed by workflow 'https://github.com/acme/plasmite/.github/workflows/ci.yml@refs/tags/v1.2.0', expected 'https://github.com/acme/plasmite/.github/workflows/release.yml@refs/tags/v1.2.0'`,
    );
    const commit = (await attested({ flaws: { [LINUX]: 'another_commit' } })).verdict;
    expect(commit.message).toContain(`built from commit '${'b'.repeat(40)}', expected '${TAG_SHA}'`);
  });

  it('accepts a self-hosted runner unless the policy denies them', async () => {
    const allowed = await attested({ flaws: { [LINUX]: 'self_hosted' } });
    expect(allowed.verdict.code).toBe('ATTESTED');
    const denied = await attested({ flaws: { [LINUX]: 'self_hosted' } }, { deny_self_hosted_runners: true });
    expect(denied.verdict).toMatchObject({ status: 'fail', code: 'SELF_HOSTED_RUNNER' });
    expect(denied.verdict.message).toContain(`${LINUX}: built on a 'self-hosted' runner`);
  });

  it('reports the worst refusal when files fail differently', async () => {
    const { verdict } = await attested({ flaws: { [LINUX]: 'another_commit', [DARWIN_ARM]: 'tampered' } });
    expect(verdict.code).toBe('ATTESTATION_INVALID');
    expect(verdict.message).toContain('2 of 3 files');
    expect(verdict.message).toContain(LINUX);
    expect(verdict.message).toContain(DARWIN_ARM);
  });

  it('is ATTESTATION_MISSING for a file GitHub holds no attestation of', async () => {
    const { verdict } = await attested({ unattested: [DARWIN_ARM] });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ATTESTATION_MISSING' });
    expect(verdict.message).toContain(`${DARWIN_ARM}: GitHub has no attestation of sha256:`);
  });

  it('fetches and decodes a bundle GitHub gives only as a bundle_url (Snappy)', async () => {
    const { verdict, emulator } = await attested({ delivery: 'url' });
    expect(verdict.code).toBe('ATTESTED');
    const blobs = emulator.requests().filter((r) => r.path.startsWith('/_blobs/attestations/'));
    expect(blobs).toHaveLength(3);
    expect(blobs.every((r) => r.status === 200 && r.query.sig)).toBe(true);
  });

  it('reads every page of a long listing (cursor pagination)', async () => {
    const { verdict, emulator } = await attested({ extraCopies: 100 });
    expect(verdict.code).toBe('ATTESTED');
    const listings = emulator.requests().filter((r) => r.path.includes('/attestations/sha256:'));
    // 101 attestations of the first file at 100 a page, and one each for the others.
    expect(listings).toHaveLength(4);
    expect(listings.some((r) => 'after' in r.query)).toBe(true);
  });

  it('errors naming `attestations: read` when the token lacks it', async () => {
    const scenario = { ...(await attestedScenario(pki)), permissions: { attestations: 'none' as const } };
    const { verdict } = await evaluate(scenario);
    expect(verdict).toMatchObject({ status: 'error', code: 'PERMISSION_DENIED' });
    expect(verdict.message).toContain('`attestations: read`');
  });

  it('errors, never passes, when the trusted root cannot be had', async () => {
    const scenario = await attestedScenario(pki);
    const missing = await evaluate(scenario, { trusted_root: 'no-such-root.json' });
    expect(missing.verdict).toMatchObject({ status: 'error', code: 'TRUSTED_ROOT_UNAVAILABLE' });
    expect(missing.verdict.message).toContain("'no-such-root.json' does not exist");
    // Nothing is read from GitHub when nothing could be verified anyway.
    expect(missing.counter.count).toBe(0);
    writeFileSync(path.join(workspace, 'broken-root.json'), '{"certificateAuthorities": "no"}');
    const broken = await evaluate(scenario, { trusted_root: 'broken-root.json' });
    expect(broken.verdict).toMatchObject({ status: 'error', code: 'TRUSTED_ROOT_UNAVAILABLE' });
  });

  it('refuses everything under a trusted root of another authority', async () => {
    const other = await createTestTrust();
    writeFileSync(path.join(workspace, 'other-root.json'), JSON.stringify(other.trustedRoot));
    const { verdict } = await attested({}, { trusted_root: 'other-root.json' });
    expect(verdict).toMatchObject({ status: 'fail', code: 'ATTESTATION_INVALID' });
    expect(verdict.message).toContain('3 of 3 files');
    expect(verdict.verifiedSubjects).toEqual([]);
  });

  it('is ASSET_MISSING for a subject the release does not have', async () => {
    const { verdict } = await attested(
      {},
      { subjects: [{ name: 'plasmite_1.2.0_{platform}.tar.gz', platform: [...PLATFORMS, 'windows_amd64'] }] },
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'ASSET_MISSING' });
    expect(verdict.message).toContain('plasmite_1.2.0_windows_amd64.tar.gz: not in release v1.2.0');
  });
});
