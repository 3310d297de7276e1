// A Sigstore trust of our own, for tests that verify attestations for real and offline: a test
// certificate authority (Fulcio's role), a transparency log key (Rekor's), and bundles made the
// way GitHub's `actions/attest-build-provenance` makes them — a short-lived leaf certificate
// carrying the GitHub Actions OIDC claims as Fulcio extensions, a DSSE envelope over an in-toto
// statement signed with the leaf's key, and a `dsse` log entry with a signed inclusion promise
// (SET). Every part can be made wrong on purpose, one at a time.
import './reflect-metadata.js';
import { createHash, KeyObject, sign, webcrypto } from 'node:crypto';
import type * as X509 from '@peculiar/x509';

// Loaded after the shim has run: a static import may be evaluated before it (jest links CJS first).
const x509: typeof X509 = await import('@peculiar/x509');

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type KeyPair = webcrypto.CryptoKeyPair;

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const FULCIO_OID = '1.3.6.1.4.1.57264.1';
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** When the test bundles are signed, unless a test says otherwise. */
export const SIGNED_AT = new Date('2026-11-30T12:00:00Z');

export interface TestAuthority {
  name: string;
  keys: KeyPair;
  certificate: X509.X509Certificate;
}

export interface TestTrust {
  authority: TestAuthority;
  log: { privateKey: KeyObject; publicKeyDer: Buffer; logId: Buffer };
  /** A Sigstore trusted root (protobuf JSON) naming exactly this authority and this log. */
  trustedRoot: Record<string, unknown>;
}

/** The GitHub claims Fulcio writes into a certificate for a GitHub Actions token. */
export interface GitHubClaims {
  issuer: string;
  /** job_workflow_ref as a URI: https://github.com/OWNER/REPO/.github/workflows/release.yml@REF */
  buildSignerUri: string;
  buildSignerDigest: string;
  runnerEnvironment: string;
  sourceRepositoryUri: string;
  sourceRepositoryDigest: string;
  sourceRepositoryRef: string;
}

export interface ReleaseIdentity {
  /** OWNER/NAME */
  repo: string;
  tag: string;
  sha: string;
  workflow?: string;
  server?: string;
}

/** The claims of a tag-triggered release workflow run on a GitHub-hosted runner. */
export function releaseClaims(identity: ReleaseIdentity): GitHubClaims {
  const server = identity.server ?? 'https://github.com';
  const ref = `refs/tags/${identity.tag}`;
  return {
    issuer: GITHUB_ISSUER,
    buildSignerUri: `${server}/${identity.repo}/.github/workflows/${identity.workflow ?? 'release.yml'}@${ref}`,
    buildSignerDigest: identity.sha,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryUri: `${server}/${identity.repo}`,
    sourceRepositoryDigest: identity.sha,
    sourceRepositoryRef: ref,
  };
}

export async function createAuthority(name = 'release-gates test CA'): Promise<TestAuthority> {
  const keys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as KeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${name}, O=release-gates tests`,
    keys,
    serialNumber: '01',
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2040-01-01T00:00:00Z'),
    signingAlgorithm: EC,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { name, keys, certificate };
}

export async function createTestTrust(): Promise<TestTrust> {
  const authority = await createAuthority();
  const logKeys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as KeyPair;
  const publicKeyDer = Buffer.from(await webcrypto.subtle.exportKey('spki', logKeys.publicKey));
  const logId = createHash('sha256').update(publicKeyDer).digest();
  const trustedRoot = trustedRootJson([authority], { publicKeyDer, logId });
  return {
    authority,
    log: { privateKey: KeyObject.from(logKeys.privateKey), publicKeyDer, logId },
    trustedRoot,
  };
}

function trustedRootJson(
  authorities: TestAuthority[],
  log: { publicKeyDer: Buffer; logId: Buffer },
): Record<string, unknown> {
  const start = '2020-01-01T00:00:00Z';
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.test.invalid',
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: log.publicKeyDer.toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: log.logId.toString('base64') },
      },
    ],
    certificateAuthorities: authorities.map((authority) => ({
      subject: { organization: 'release-gates tests', commonName: authority.name },
      uri: 'https://fulcio.test.invalid',
      certChain: {
        certificates: [{ rawBytes: Buffer.from(authority.certificate.rawData).toString('base64') }],
      },
      validFor: { start },
    })),
    ctlogs: [],
    timestampAuthorities: [],
  };
}

export interface StatementSubject {
  name: string;
  /** 64 lowercase hex. */
  sha256: string;
}

export interface BundleOptions {
  subjects: StatementSubject[];
  claims: GitHubClaims;
  predicateType?: string;
  /** The authority that issues the leaf; a foreign one is not in the trusted root. */
  authority?: TestAuthority;
  /** The log entry's integrated time (and the centre of the certificate's validity). */
  signedAt?: Date;
  /** The leaf's validity; default ten minutes from a minute before signing, as Fulcio's. */
  validity?: { notBefore: Date; notAfter: Date };
  /** false: no transparency-log entry at all. */
  tlog?: boolean;
  /** Changes the statement after it was signed (the signature then covers other bytes). */
  tamper?: (statement: Record<string, unknown>) => void;
}

/** A Sigstore bundle (v0.3, serialized JSON) as GitHub's attestation API returns it. */
export async function buildBundle(
  trust: TestTrust,
  options: BundleOptions,
): Promise<Record<string, unknown>> {
  const signedAt = options.signedAt ?? SIGNED_AT;
  const authority = options.authority ?? trust.authority;
  const leafKeys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as KeyPair;
  const validity = options.validity ?? {
    notBefore: new Date(signedAt.getTime() - 60_000),
    notAfter: new Date(signedAt.getTime() + 9 * 60_000),
  };
  const leaf = await leafCertificate(authority, leafKeys, options.claims, validity);
  const leafDer = Buffer.from(leaf.rawData);

  const statement: Record<string, unknown> = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: options.subjects.map((subject) => ({ name: subject.name, digest: { sha256: subject.sha256 } })),
    predicateType: options.predicateType ?? SLSA_PROVENANCE_V1,
    predicate: provenancePredicate(options.claims),
  };
  const payload = Buffer.from(JSON.stringify(statement));
  const signature = sign(
    'sha256',
    preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload),
    KeyObject.from(leafKeys.privateKey),
  );
  let shippedPayload = payload;
  if (options.tamper) {
    const changed = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
    options.tamper(changed);
    shippedPayload = Buffer.from(JSON.stringify(changed));
  }

  const tlogEntries =
    options.tlog === false ? [] : [logEntry(trust, { payload, signature, leafDer, signedAt })];
  return {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: leafDer.toString('base64') },
      tlogEntries,
      timestampVerificationData: {},
    },
    dsseEnvelope: {
      payload: shippedPayload.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: signature.toString('base64'), keyid: '' }],
    },
  };
}

async function leafCertificate(
  authority: TestAuthority,
  keys: KeyPair,
  claims: GitHubClaims,
  validity: { notBefore: Date; notAfter: Date },
): Promise<X509.X509Certificate> {
  const text = (suffix: number, value: string) =>
    new x509.Extension(`${FULCIO_OID}.${suffix}`, false, derUtf8String(value));
  return x509.X509CertificateGenerator.create({
    subject: '',
    issuer: authority.certificate.subject,
    publicKey: keys.publicKey,
    signingKey: authority.keys.privateKey,
    serialNumber: createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 32),
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    signingAlgorithm: EC,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.3']),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(authority.keys.publicKey),
      new x509.SubjectAlternativeNameExtension([{ type: 'url', value: claims.buildSignerUri }], true),
      // 1.1 is the deprecated raw-bytes issuer; Fulcio still writes it beside 1.8.
      new x509.Extension(`${FULCIO_OID}.1`, false, Buffer.from(claims.issuer)),
      text(8, claims.issuer),
      text(9, claims.buildSignerUri),
      text(10, claims.buildSignerDigest),
      text(11, claims.runnerEnvironment),
      text(12, claims.sourceRepositoryUri),
      text(13, claims.sourceRepositoryDigest),
      text(14, claims.sourceRepositoryRef),
      text(18, claims.buildSignerUri),
      text(20, 'push'),
    ],
  });
}

/** DER of a UTF8String: how Fulcio encodes each v2 extension's value. */
export function derUtf8String(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  return Buffer.concat([Buffer.from([0x0c]), derLength(bytes.length), bytes]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) octets.unshift(rest & 0xff);
  return Buffer.from([0x80 | octets.length, ...octets]);
}

/** DSSE's pre-authentication encoding: what the envelope's signature covers. */
function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

function logEntry(
  trust: TestTrust,
  entry: { payload: Buffer; signature: Buffer; leafDer: Buffer; signedAt: Date },
): Record<string, unknown> {
  const pem = `-----BEGIN CERTIFICATE-----\n${entry.leafDer.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
  // Rekor records the hash of the envelope as submitted; verifiers do not check it.
  const envelope = {
    payload: entry.payload.toString('base64'),
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    signatures: [{ sig: entry.signature.toString('base64') }],
  };
  const envelopeHash = createHash('sha256').update(canonicalJson(envelope)).digest('hex');
  const body = canonicalJson({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: envelopeHash },
      payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(entry.payload).digest('hex') },
      signatures: [
        { signature: entry.signature.toString('base64'), verifier: Buffer.from(pem).toString('base64') },
      ],
    },
  });
  const integratedTime = Math.floor(entry.signedAt.getTime() / 1000);
  const logIndex = 1_000_000 + Math.floor(Math.random() * 1_000_000);
  const promise = canonicalJson({
    body: Buffer.from(body).toString('base64'),
    integratedTime,
    logID: trust.log.logId.toString('hex'),
    logIndex,
  });
  const set = sign('sha256', Buffer.from(promise), trust.log.privateKey);
  return {
    logIndex: String(logIndex),
    logId: { keyId: trust.log.logId.toString('base64') },
    kindVersion: { kind: 'dsse', version: '0.0.1' },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set.toString('base64') },
    inclusionProof: inclusionProof(trust, Buffer.from(body)),
    canonicalizedBody: Buffer.from(body).toString('base64'),
  };
}

const LOG_ORIGIN = 'rekor.test.invalid - 1193050959916656506';

/**
 * An RFC 6962 inclusion proof of the entry as the newest of a three-entry log shard, with the
 * shard's checkpoint signed by the log key as a signed note (what bundle v0.2+ requires).
 */
function inclusionProof(trust: TestTrust, body: Buffer): Record<string, unknown> {
  const leaf = (bytes: Buffer) =>
    createHash('sha256')
      .update(Buffer.from([0]))
      .update(bytes)
      .digest();
  const node = (left: Buffer, right: Buffer) =>
    createHash('sha256')
      .update(Buffer.from([1]))
      .update(left)
      .update(right)
      .digest();
  const earlier = node(leaf(Buffer.from('earlier entry 0')), leaf(Buffer.from('earlier entry 1')));
  const root = node(earlier, leaf(body));
  const note = `${LOG_ORIGIN}\n3\n${root.toString('base64')}\n`;
  const signature = sign('sha256', Buffer.from(note), trust.log.privateKey);
  const hinted = Buffer.concat([trust.log.logId.subarray(0, 4), signature]).toString('base64');
  return {
    logIndex: '2',
    rootHash: root.toString('base64'),
    treeSize: '3',
    hashes: [earlier.toString('base64')],
    checkpoint: { envelope: `${note}\n\u2014 rekor.test.invalid ${hinted}\n` },
  };
}

/** JSON with sorted keys and no spaces: Rekor's canonical form for these plain values. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A SLSA v1 provenance predicate shaped like actions/attest-build-provenance's. */
function provenancePredicate(claims: GitHubClaims): Record<string, unknown> {
  const repo = claims.sourceRepositoryUri;
  const workflowPath = claims.buildSignerUri.replace(`${repo}/`, '').replace(/@.*$/, '');
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: { ref: claims.sourceRepositoryRef, repository: repo, path: workflowPath },
      },
      internalParameters: { github: { event_name: 'push', runner_environment: claims.runnerEnvironment } },
      resolvedDependencies: [
        {
          uri: `git+${repo}@${claims.sourceRepositoryRef}`,
          digest: { gitCommit: claims.sourceRepositoryDigest },
        },
      ],
    },
    runDetails: {
      builder: { id: claims.buildSignerUri },
      metadata: { invocationId: `${repo}/actions/runs/1/attempts/1` },
    },
  };
}

/** sha256 hex of bytes, for subjects. */
export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
