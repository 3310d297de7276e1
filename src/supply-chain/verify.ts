// Cryptographic verification of GitHub artifact attestations with the Sigstore libraries npm
// uses (@sigstore/verify, @sigstore/bundle, @sigstore/tuf). This module and everything it
// imports is loaded only when an `attestations` gate runs (dynamic import in
// src/facts/attestations.ts), so ncc puts it in a chunk of its own.
//
// A bundle is accepted when its signing certificate chains to a trusted certificate authority
// at a verified signing time (a transparency-log entry's signed inclusion promise or inclusion
// proof, or an RFC 3161 timestamp), the log entry matches the envelope, the DSSE signature
// verifies with the certificate's key, and the in-toto statement names the file's sha256 among
// its subjects. What the certificate says about the workflow is returned for the gate to judge.
import { createHash } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import {
  toSignedEntity,
  toTrustMaterial,
  Verifier,
  type TrustMaterial,
  type VerifierOptions,
} from '@sigstore/verify';
import { GateError } from '../model/types.js';
import { FULCIO_OIDS, type CertificateClaims, type ClaimName } from './claims.js';

/** What a bundle is checked against: the roots of trust and how many of each proof to demand. */
export interface SigstoreTrust {
  material: TrustMaterial;
  options: VerifierOptions;
  /** 'Sigstore public-good (TUF)' or the file it came from, for messages. */
  source: string;
}

export type BundleCheck =
  | {
      ok: true;
      predicateType: string;
      claims: CertificateClaims;
      signedAt: string | null;
      /** sha256 of the signed in-toto statement: names this attestation in the verification summary. */
      statementSha256: string;
    }
  | { ok: false; reason: string };

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

/**
 * The trust of a Sigstore trusted root document. A root that lists transparency logs demands a
 * verified log entry (public-good Sigstore); one without (GitHub's own instance, used for private
 * repositories) demands a signed timestamp instead. Likewise a root listing certificate
 * transparency logs demands an SCT in the certificate.
 */
export function trustFromTrustedRoot(json: unknown, source: string): SigstoreTrust {
  let material: TrustMaterial;
  try {
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('it is not a JSON object');
    material = toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (error) {
    throw new GateError(
      'TRUSTED_ROOT_UNAVAILABLE',
      `The trusted root ${source} is not a Sigstore trusted root: ${reasonOf(error)}.`,
      { trusted_root: source },
    );
  }
  if (material.certificateAuthorities.length === 0) {
    throw new GateError(
      'TRUSTED_ROOT_UNAVAILABLE',
      `The trusted root ${source} lists no certificate authority, so no attestation could verify.`,
      { trusted_root: source },
    );
  }
  return {
    material,
    options: {
      tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
    source,
  };
}

export interface PublicGoodOptions {
  /** Where TUF metadata is cached between runs. */
  cachePath?: string;
  /** Another TUF mirror of Sigstore's public-good repository. */
  mirrorURL?: string;
  /** The mirror's initial root.json, when it is not the public-good repository the library embeds. */
  rootPath?: string;
}

/** Sigstore's public-good trusted root, refreshed through TUF from the root the library embeds. */
export async function publicGoodTrust(options: PublicGoodOptions = {}): Promise<SigstoreTrust> {
  const source = `Sigstore public-good (TUF ${options.mirrorURL ?? 'https://tuf-repo-cdn.sigstore.dev'})`;
  let root: TrustedRoot;
  try {
    root = await getTrustedRoot({ ...options, retry: { retries: 1 }, timeout: 10_000 });
  } catch (error) {
    throw new GateError(
      'TRUSTED_ROOT_UNAVAILABLE',
      `Cannot get the ${source} trusted root: ${reasonOf(error)}. Without it no attestation can be verified; allow the runner to reach the TUF mirror, or give the gate a trusted_root file.`,
      { trusted_root: source },
    );
  }
  return trustFromTrustedRoot(TrustedRoot.toJSON(root), source);
}

/** Verifies one bundle as an attestation of the file whose sha256 is `subjectSha256`. */
export function verifyAttestationBundle(
  json: unknown,
  subjectSha256: string,
  trust: SigstoreTrust,
): BundleCheck {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    return { ok: false, reason: `not a Sigstore bundle (${reasonOf(error)})` };
  }
  if (bundle.content.$case !== 'dsseEnvelope')
    return { ok: false, reason: 'the bundle signs a message, not an in-toto statement (no DSSE envelope)' };
  const leaf = leafCertificate(bundle);
  if (!leaf) return { ok: false, reason: 'the bundle is signed by a bare key, not a Fulcio certificate' };

  try {
    new Verifier(trust.material, trust.options).verify(toSignedEntity(bundle));
  } catch (error) {
    return { ok: false, reason: `Sigstore verification failed: ${describeVerificationError(error)}` };
  }

  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return { ok: false, reason: `the envelope holds '${envelope.payloadType}', not an in-toto statement` };
  let statement: Record<string, unknown>;
  try {
    statement = JSON.parse(envelope.payload.toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'the signed statement is not JSON' };
  }
  if (!IN_TOTO_STATEMENT_TYPES.includes(String(statement._type)))
    return {
      ok: false,
      reason: `the signed statement's _type is '${String(statement._type)}', not an in-toto statement`,
    };
  const digests = Array.isArray(statement.subject)
    ? statement.subject.map((s) =>
        String((s as { digest?: { sha256?: unknown } })?.digest?.sha256 ?? '').toLowerCase(),
      )
    : [];
  if (!digests.includes(subjectSha256.toLowerCase())) {
    return {
      ok: false,
      reason: `the signed statement's subjects (sha256 ${digests.join(', ') || 'none'}) do not include this file's sha256 ${subjectSha256}`,
    };
  }
  if (typeof statement.predicateType !== 'string')
    return { ok: false, reason: 'the signed statement has no predicateType' };

  const logTime = bundle.verificationMaterial.tlogEntries[0]?.integratedTime;
  return {
    ok: true,
    predicateType: statement.predicateType,
    claims: certificateClaims(leaf),
    signedAt: logTime ? new Date(Number(logTime) * 1000).toISOString() : null,
    statementSha256: createHash('sha256').update(envelope.payload).digest('hex'),
  };
}

function leafCertificate(bundle: Bundle): X509Certificate | null {
  const material = bundle.verificationMaterial.content;
  const raw =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  return raw ? X509Certificate.parse(Buffer.from(raw)) : null;
}

/** Each Fulcio v2 extension holds a DER UTF8String. */
function certificateClaims(certificate: X509Certificate): CertificateClaims {
  const claims = {} as CertificateClaims;
  for (const [name, oid] of Object.entries(FULCIO_OIDS) as [ClaimName, string][]) {
    const extension = certificate.extension(oid);
    const inner = extension?.valueObj.subs[0];
    claims[name] = inner ? inner.value.toString('utf8') : null;
  }
  return claims;
}

function describeVerificationError(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { message?: string } };
  const cause = e.cause?.message ? ` (${e.cause.message})` : '';
  return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}${cause}`;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
