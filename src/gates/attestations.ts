// attestations: each of the release's files carries a valid GitHub artifact attestation — a
// Sigstore bundle that verifies against the trusted root (src/supply-chain/verify.ts), whose
// in-toto statement names the file's sha256, of the expected predicate type, signed by the
// release workflow of this repository at the expected ref and commit (the certificate's GitHub
// claims, src/supply-chain/claims.ts). docs/gates.md#attestations and docs/supply-chain.md.
//
// Digests: GitHub's digest of a release asset where it has one; otherwise (a build artifact, an
// old asset) the file is downloaded and hashed. Cryptography runs in `collect` (it needs the
// Sigstore code, imported on demand); the judge compares the verified claims with the policy.
import type { EvalContext, Link, Verdict, VerifiedSubject } from '../model/types.js';
import { sigstoreTrust, verifiedAttestations, type AttestationCheck } from '../facts/attestations.js';
import { hashAsset, listAssets, type AssetListing } from '../facts/releases.js';
import type { FactStore } from '../facts/store.js';
import {
  claimProblem,
  expectedSignerUri,
  type ClaimCode,
  type ExpectedSource,
} from '../supply-chain/claims.js';
import {
  readRequiredPlatforms,
  releaseAssetsGate,
  requiredAssetNames,
  type RequiredAsset,
} from './release-assets.js';
import type { GateType } from './types.js';

export interface AttestationsParams {
  source: 'release' | 'build_artifacts';
  subjects: RequiredAsset[];
  predicate_type: string;
  signer_workflow: string;
  source_ref: string;
  source_digest: string;
  deny_self_hosted_runners: boolean;
  trusted_root?: string;
  workflow: string;
  max_download_bytes: number;
}

export interface SubjectFacts {
  sha256: string;
  /** How the sha256 was learned. */
  via: 'api_digest' | 'download';
  checks: AttestationCheck[];
}

export interface AttestationsFacts {
  listing: AssetListing;
  /** Which trusted root the bundles were verified against. */
  trustSource: string;
  /** The subjects' file names in policy order, each `platforms_from` read into its platforms. */
  names: string[];
  /** By file name; a file missing from the listing (or expired) has no entry. */
  subjects: Record<string, SubjectFacts>;
}

/** No attestation verifies: bad signature, untrusted certificate, no signing time, another file. */
export const ATTESTATION_INVALID = 'ATTESTATION_INVALID';
/** GitHub holds no attestation of the file (of the expected predicate type). */
export const ATTESTATION_MISSING = 'ATTESTATION_MISSING';

type FileCode = typeof ATTESTATION_INVALID | ClaimCode | typeof ATTESTATION_MISSING | 'ASSET_MISSING';
/** A file's possible refusals, worst first: the gate's code is the worst any file has. */
const SEVERITY: readonly FileCode[] = [
  ATTESTATION_INVALID,
  'SIGNER_MISMATCH',
  'SOURCE_MISMATCH',
  'SELF_HOSTED_RUNNER',
  ATTESTATION_MISSING,
  'ASSET_MISSING',
];

export interface FileVerdict {
  name: string;
  sha256: string | null;
  code: 'ATTESTED' | FileCode;
  message: string;
  /** sha256 of the statement of the attestation that passed. */
  statement_sha256?: string;
}

const { properties: assetParams } = releaseAssetsGate.paramsSchema as {
  properties: Record<string, Record<string, unknown>>;
};

export const attestationsGate: GateType<AttestationsParams, AttestationsFacts> = {
  type: 'attestations',
  libraries: (params) => releaseAssetsGate.libraries!(params),
  extraPlaceholders: ['platform'],
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['subjects'],
    properties: {
      source: {
        ...assetParams.source,
        description:
          'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (one per file, named like it).',
      },
      subjects: {
        ...assetParams.required,
        description:
          'Files that must carry a valid attestation, shaped like release_assets `required`: `{platform}` in a name is replaced by each entry of its `platform` list.',
      },
      predicate_type: {
        description:
          'The in-toto predicate type the attestation must have (SLSA provenance v1 is what actions/attest-build-provenance writes).',
        type: 'string',
        minLength: 1,
        default: 'https://slsa.dev/provenance/v1',
      },
      signer_workflow: {
        description:
          "The workflow that must have signed: OWNER/REPO/PATH, compared with the certificate's Build Signer URI at source_ref; append @REF to pin another ref (a reusable workflow).",
        type: 'string',
        minLength: 1,
        pattern: '^[^/\\s]+/[^/\\s]+/[^\\s]+$',
        default: '{repo}/.github/workflows/release.yml',
      },
      source_ref: {
        description: "The ref the attestation's source must be (the certificate's Source Repository Ref).",
        type: 'string',
        minLength: 1,
        default: 'refs/tags/{tag}',
      },
      source_digest: {
        description:
          "The commit the attestation's source must be (the certificate's Source Repository Digest).",
        type: 'string',
        minLength: 1,
        default: '{sha}',
      },
      deny_self_hosted_runners: {
        description:
          'Refuse attestations made on self-hosted runners (the certificate says which kind of runner signed).',
        type: 'boolean',
        default: false,
      },
      trusted_root: {
        description:
          "Workspace path of a Sigstore trusted root JSON (GitHub Enterprise Server, GitHub's own Sigstore instance for private repositories: `gh attestation trusted-root`). Default: Sigstore's public-good root through TUF.",
        type: 'string',
        minLength: 1,
      },
      workflow: {
        ...assetParams.workflow,
      },
      max_download_bytes: {
        description: 'Largest file downloaded for hashing when GitHub gives no digest of it.',
        type: 'integer',
        minimum: 1,
        default: 2147483648,
      },
    },
  },
  checkParams(params) {
    releaseAssetsGate.checkParams!({
      ...params,
      required: params.subjects,
      checksums: 'sha256sums',
      checksums_file: 'sha256sums.txt',
      verify: 'digest',
    });
  },
  collect: collectAttestations,
  judge: judgeAttestations,
};

async function collectAttestations(
  params: AttestationsParams,
  ctx: EvalContext,
  facts: FactStore,
): Promise<AttestationsFacts> {
  const repo = ctx.repository;
  // Subjects are shaped like release_assets `required`, platforms_from included: read the list
  // as release_assets does (else a `{platform}` name would be looked for literally).
  const read = await readRequiredPlatforms(params.subjects, ctx, facts);
  const names = requiredAssetNames(read?.required ?? params.subjects);
  // The trusted root first: without it nothing can be verified, and the gate must say so
  // rather than report files as unattested.
  const trust = await sigstoreTrust(facts, { trustedRoot: params.trusted_root ?? null });
  const listing = await listAssets(facts, ctx, { source: params.source, workflow: params.workflow, names });
  const subjects: Record<string, SubjectFacts> = {};
  if (listing.absent) return { listing, trustSource: trust.source, names, subjects };
  await Promise.all(
    names.map(async (name) => {
      const asset = listing.assets[name];
      if (!asset || asset.expired) return;
      // A release asset's digest is GitHub's own record of its bytes; an artifact's digest is
      // the zip's unless it was uploaded unzipped, so artifacts are always hashed.
      const byApi = asset.origin.kind === 'release_asset' && asset.digest !== null;
      const sha256 = byApi ? asset.digest! : await hashAsset(facts, repo, asset, params.max_download_bytes);
      subjects[name] = {
        sha256,
        via: byApi ? 'api_digest' : 'download',
        checks: await verifiedAttestations(facts, repo, sha256, trust),
      };
    }),
  );
  return { listing, trustSource: trust.source, names, subjects };
}

export function judgeAttestations(
  params: AttestationsParams,
  facts: AttestationsFacts,
  ctx: EvalContext,
): Verdict {
  const { names } = facts;
  const links: Link[] = facts.listing.link ? [facts.listing.link] : [];
  const expected: ExpectedSource = {
    signerUri: expectedSignerUri(ctx.serverUrl, params.signer_workflow, params.source_ref),
    repositoryUri: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository.owner}/${ctx.repository.repo}`,
    ref: params.source_ref,
    digest: params.source_digest,
    denySelfHostedRunners: params.deny_self_hosted_runners,
  };
  const details: Record<string, unknown> = {
    source: params.source,
    where: facts.listing.where,
    trusted_root: facts.trustSource,
    predicate_type: params.predicate_type,
    expected: {
      signer: expected.signerUri,
      repository: expected.repositoryUri,
      ref: expected.ref,
      digest: expected.digest,
      github_hosted_only: expected.denySelfHostedRunners,
    },
  };

  if (facts.listing.absent) {
    return {
      status: 'fail',
      code: 'ASSET_MISSING',
      message: `None of the ${names.length} files to check can be found: ${facts.listing.absent}.`,
      details: { ...details, files: names.map((name) => ({ name, code: 'ASSET_MISSING' })) },
      links,
    };
  }

  const files = names.map((name) => fileVerdict(name, facts, params, expected));
  const verifiedSubjects: VerifiedSubject[] = files
    .filter((file) => file.code === 'ATTESTED')
    .map((file) => ({ name: file.name, sha256: file.sha256! }));
  Object.assign(details, { files });
  const refused = files.filter((file) => file.code !== 'ATTESTED');
  if (refused.length === 0) {
    return {
      status: 'pass',
      code: 'ATTESTED',
      message: `All ${files.length} files in ${facts.listing.where} carry a valid ${params.predicate_type} attestation signed by ${expected.signerUri} from commit ${shortSha(expected.digest)}.`,
      details,
      links,
      verifiedSubjects,
    };
  }
  const worst = SEVERITY.find((code) => refused.some((file) => file.code === code))!;
  return {
    status: 'fail',
    code: worst,
    message: `${refused.length} of ${files.length} files in ${facts.listing.where} lack a valid attestation: ${refused.map((file) => `${file.name}: ${file.message}`).join('; ')}.`,
    details,
    links,
    verifiedSubjects,
  };
}

/** One file's outcome: attested when at least one attestation passes every check. */
export function fileVerdict(
  name: string,
  facts: AttestationsFacts,
  params: Pick<AttestationsParams, 'predicate_type'>,
  expected: ExpectedSource,
): FileVerdict {
  const subject = facts.subjects[name];
  const asset = facts.listing.assets[name];
  if (!subject) {
    return {
      name,
      sha256: null,
      code: 'ASSET_MISSING',
      message: asset?.expired ? `expired in ${facts.listing.where}` : `not in ${facts.listing.where}`,
    };
  }
  const { sha256, checks } = subject;
  const file = (code: FileVerdict['code'], message: string): FileVerdict => ({ name, sha256, code, message });
  if (checks.length === 0) return file(ATTESTATION_MISSING, `GitHub has no attestation of sha256:${sha256}`);

  const verified = checks.filter((check) => check.ok);
  const ofType = verified.filter((check) => check.predicateType === params.predicate_type);
  const problems = ofType.map((check) => ({ check, problem: claimProblem(check.claims, expected) }));
  const good = problems.find(({ problem }) => problem === null);
  if (good) {
    const how = good.check.delivery === 'bundle_url' ? 'bundle fetched from bundle_url' : 'bundle inline';
    const signedAt = good.check.ok && good.check.signedAt ? `, signed ${good.check.signedAt}` : '';
    return {
      ...file('ATTESTED', `attested (${how}${signedAt})`),
      statement_sha256: good.check.ok ? good.check.statementSha256 : undefined,
    };
  }

  const claimed = problems.map(({ problem }) => problem!);
  if (claimed.length > 0) {
    const worst = SEVERITY.find((code) => claimed.some((p) => p.code === code))!;
    return file(worst, claimed.find((p) => p.code === worst)!.message);
  }
  const invalid = checks.filter((check): check is Extract<AttestationCheck, { ok: false }> => !check.ok);
  if (invalid.length > 0) {
    const count = invalid.length === 1 ? 'its attestation' : `all ${invalid.length} attestations`;
    return file(ATTESTATION_INVALID, `${count} failed verification: ${invalid[0]!.reason}`);
  }
  const types = [...new Set(verified.map((check) => (check.ok ? check.predicateType : '')))];
  return file(
    ATTESTATION_MISSING,
    `no attestation of predicate type ${params.predicate_type} (only ${types.join(', ')})`,
  );
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}
