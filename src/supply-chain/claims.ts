// What a GitHub artifact attestation says about where it was made, and how that is compared
// with what the policy expects. Pure: no Sigstore code here, so the gate's judge can use it
// without loading the verifier.

/** Fulcio's certificate extensions for GitHub Actions tokens (docs: sigstore/fulcio oid-info.md). */
export const FULCIO_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
} as const;

export type ClaimName = keyof typeof FULCIO_OIDS;

/** The claims read from a verified signing certificate; null where the certificate has none. */
export type CertificateClaims = Record<ClaimName, string | null>;

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export interface ExpectedSource {
  /** Full Build Signer URI: https://github.com/OWNER/REPO/.github/workflows/release.yml@REF */
  signerUri: string;
  /** https://github.com/OWNER/REPO */
  repositoryUri: string;
  ref: string;
  digest: string;
  denySelfHostedRunners: boolean;
}

export type ClaimCode = 'SIGNER_MISMATCH' | 'SOURCE_MISMATCH' | 'SELF_HOSTED_RUNNER';

export interface ClaimProblem {
  code: ClaimCode;
  /** 'signed by … , expected …' */
  message: string;
}

/**
 * The first way a verified certificate differs from what the policy expects, or null. The
 * signer comes first: a certificate from another workflow says nothing about the source.
 */
export function claimProblem(claims: CertificateClaims, expected: ExpectedSource): ClaimProblem | null {
  const said = (value: string | null) => (value === null ? 'nothing' : `'${value}'`);
  if (claims.issuer !== GITHUB_ACTIONS_ISSUER) {
    return {
      code: 'SIGNER_MISMATCH',
      message: `issued for ${said(claims.issuer)}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`,
    };
  }
  if (claims.buildSignerUri !== expected.signerUri) {
    return {
      code: 'SIGNER_MISMATCH',
      message: `signed by workflow ${said(claims.buildSignerUri)}, expected '${expected.signerUri}'`,
    };
  }
  if (claims.sourceRepositoryUri !== expected.repositoryUri) {
    return {
      code: 'SOURCE_MISMATCH',
      message: `built from repository ${said(claims.sourceRepositoryUri)}, expected '${expected.repositoryUri}'`,
    };
  }
  if (claims.sourceRepositoryRef !== expected.ref) {
    return {
      code: 'SOURCE_MISMATCH',
      message: `built from ref ${said(claims.sourceRepositoryRef)}, expected '${expected.ref}'`,
    };
  }
  if (claims.sourceRepositoryDigest?.toLowerCase() !== expected.digest.toLowerCase()) {
    return {
      code: 'SOURCE_MISMATCH',
      message: `built from commit ${said(claims.sourceRepositoryDigest)}, expected '${expected.digest}'`,
    };
  }
  if (expected.denySelfHostedRunners && claims.runnerEnvironment !== 'github-hosted') {
    return {
      code: 'SELF_HOSTED_RUNNER',
      message: `built on a ${claims.runnerEnvironment === null ? 'runner of unknown kind' : `'${claims.runnerEnvironment}' runner`}; the policy accepts only GitHub-hosted runners`,
    };
  }
  return null;
}

/**
 * The Build Signer URI the policy expects. `signer_workflow` may pin its own ref
 * (`OWNER/REPO/.github/workflows/build.yml@refs/heads/main`, for a reusable workflow); without
 * one the workflow must have run at the source ref, as a tag-triggered release workflow does.
 */
export function expectedSignerUri(serverUrl: string, signerWorkflow: string, sourceRef: string): string {
  const pinned = signerWorkflow.includes('@');
  return `${serverUrl.replace(/\/+$/, '')}/${signerWorkflow}${pinned ? '' : `@${sourceRef}`}`;
}
