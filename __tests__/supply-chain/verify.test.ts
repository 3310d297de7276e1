// The production verification code against bundles signed by a test PKI: accepted when every
// part is right, refused when any one part is wrong.
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  trustFromTrustedRoot,
  verifyAttestationBundle,
  type SigstoreTrust,
} from '../../src/supply-chain/verify.js';
import {
  buildBundle,
  createAuthority,
  createTestTrust,
  releaseClaims,
  sha256Hex,
  SIGNED_AT,
  type BundleOptions,
  type TestTrust,
} from '../../test/sigstore/pki.js';

const FILE = { name: 'plasmite_0.4.0_linux_amd64.tar.gz', sha256: sha256Hex('linux tarball bytes') };
const OTHER = { name: 'plasmite_0.4.0_darwin_arm64.tar.gz', sha256: sha256Hex('darwin tarball bytes') };
const IDENTITY = { repo: 'sandover/plasmite', tag: 'v0.4.0', sha: 'a'.repeat(40) };

let pki: TestTrust;
let trust: SigstoreTrust;

beforeAll(async () => {
  pki = await createTestTrust();
  trust = trustFromTrustedRoot(pki.trustedRoot, 'test-root.json');
});

async function bundle(overrides: Partial<BundleOptions> = {}): Promise<unknown> {
  return buildBundle(pki, { subjects: [FILE], claims: releaseClaims(IDENTITY), ...overrides });
}

describe('verifyAttestationBundle', () => {
  it('accepts a bundle whose every part is right, and returns the certificate claims', async () => {
    const check = verifyAttestationBundle(await bundle(), FILE.sha256, trust);
    expect(check).toEqual({
      ok: true,
      predicateType: 'https://slsa.dev/provenance/v1',
      signedAt: SIGNED_AT.toISOString(),
      statementSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      claims: {
        issuer: 'https://token.actions.githubusercontent.com',
        buildSignerUri: 'https://github.com/sandover/plasmite/.github/workflows/release.yml@refs/tags/v0.4.0',
        buildSignerDigest: IDENTITY.sha,
        runnerEnvironment: 'github-hosted',
        sourceRepositoryUri: 'https://github.com/sandover/plasmite',
        sourceRepositoryDigest: IDENTITY.sha,
        sourceRepositoryRef: 'refs/tags/v0.4.0',
      },
    });
  });

  it('accepts a statement listing several files for each of them', async () => {
    const both = await bundle({ subjects: [FILE, OTHER] });
    expect(verifyAttestationBundle(both, FILE.sha256, trust).ok).toBe(true);
    expect(verifyAttestationBundle(both, OTHER.sha256, trust).ok).toBe(true);
  });

  it('refuses a statement about another file', async () => {
    const check = verifyAttestationBundle(await bundle({ subjects: [OTHER] }), FILE.sha256, trust);
    expect(check).toEqual({
      ok: false,
      reason: expect.stringContaining(`do not include this file's sha256 ${FILE.sha256}`),
    });
  });

  it('refuses a payload changed after signing, even to name the right file', async () => {
    const tampered = await bundle({
      subjects: [OTHER],
      tamper: (statement) => {
        statement.subject = [{ name: FILE.name, digest: { sha256: FILE.sha256 } }];
      },
    });
    const check = verifyAttestationBundle(tampered, FILE.sha256, trust);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(
      /Sigstore verification failed: TLOG_BODY_ERROR|SIGNATURE_ERROR/,
    );
  });

  it('refuses a certificate from an authority the trusted root does not name', async () => {
    const foreign = await createAuthority('someone else');
    const check = verifyAttestationBundle(await bundle({ authority: foreign }), FILE.sha256, trust);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/CERTIFICATE_ERROR/);
  });

  it('refuses a certificate that had expired when the log saw the signature', async () => {
    const expired = await bundle({
      validity: {
        notBefore: new Date(SIGNED_AT.getTime() - 20 * 60_000),
        notAfter: new Date(SIGNED_AT.getTime() - 1000),
      },
    });
    const check = verifyAttestationBundle(expired, FILE.sha256, trust);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/CERTIFICATE_ERROR.*(expired|not valid)/);
  });

  it('refuses a bundle without a transparency-log entry (no verified signing time)', async () => {
    const check = verifyAttestationBundle(await bundle({ tlog: false }), FILE.sha256, trust);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/TIMESTAMP_ERROR|TLOG_ERROR/);
  });

  it('refuses a log entry whose inclusion promise another log key signed', async () => {
    const otherLog = await createTestTrust();
    const check = verifyAttestationBundle(
      await buildBundle({ ...pki, log: otherLog.log }, { subjects: [FILE], claims: releaseClaims(IDENTITY) }),
      FILE.sha256,
      trust,
    );
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/TLOG_INCLUSION_PROMISE_ERROR/);
  });

  it('refuses what is not a bundle, and a signature swapped in from another bundle', async () => {
    expect(verifyAttestationBundle({ mediaType: 'nope' }, FILE.sha256, trust)).toEqual({
      ok: false,
      reason: expect.stringContaining('not a Sigstore bundle'),
    });
    const a = (await bundle()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    const b = (await bundle()) as { dsseEnvelope: { signatures: { sig: string }[] } };
    a.dsseEnvelope.signatures[0]!.sig = b.dsseEnvelope.signatures[0]!.sig;
    expect(verifyAttestationBundle(a, FILE.sha256, trust).ok).toBe(false);
  });

  it('reports the claims of a self-hosted runner and of another workflow as they are', async () => {
    const claims = {
      ...releaseClaims(IDENTITY),
      runnerEnvironment: 'self-hosted',
      buildSignerUri: 'https://github.com/sandover/plasmite/.github/workflows/ci.yml@refs/heads/main',
    };
    const check = verifyAttestationBundle(await bundle({ claims }), FILE.sha256, trust);
    expect(check.ok && check.claims).toMatchObject({
      runnerEnvironment: 'self-hosted',
      buildSignerUri: claims.buildSignerUri,
    });
  });
});

describe('trustFromTrustedRoot', () => {
  it('demands a log entry when the root lists logs, a signed timestamp otherwise', () => {
    expect(trust.options).toEqual({ tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 });
    const noLogs = trustFromTrustedRoot({ ...pki.trustedRoot, tlogs: [] }, 'github-root.json');
    expect(noLogs.options).toEqual({ tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
  });

  it('refuses what is not a trusted root, naming the file', () => {
    expect(() => trustFromTrustedRoot([], 'x.json')).toThrow(
      /trusted root x.json is not a Sigstore trusted root/,
    );
    expect(() => trustFromTrustedRoot({ ...pki.trustedRoot, certificateAuthorities: [] }, 'y.json')).toThrow(
      /y.json lists no certificate authority/,
    );
  });
});
