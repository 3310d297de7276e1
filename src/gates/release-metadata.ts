// release_metadata: the build run's `release-metadata` artifact says what was built (tag,
// version, source commit), and it must say exactly what is being released. The artifact is
// found by name in the build run, verified against the API's digest, and read from memory
// with a strict zip reader; any doubt about it is a refusal, never a pass. The run is held to
// the rules build_provenance reports (facts/build/trust.ts); for a run dispatched from a
// branch, the attestation fields (source_sha, source_ref, source_run_id) are compared here
// too, so a dispatch build with the wrong commit says METADATA_MISMATCH naming source_sha.
import { GateError, type EvalContext, type Link, type Verdict } from '../model/types.js';
import type { ArtifactDownload, RunArtifact } from '../facts/artifacts.js';
import { findBuildRun, rulesFor } from '../facts/build/find.js';
import {
  attestationExpected,
  collectMetadata,
  compareExpected,
  describeMismatches,
  readMetadata,
  type MetadataLocation,
} from '../facts/build/metadata.js';
import type { BuildRunLookup } from '../facts/build/run.js';
import { isBranchDispatch, type Admission, type TrustCode, type TrustProblem } from '../facts/build/trust.js';
import { normaliseEntryName, ZipError } from '../util/zip.js';
import { buildRunNotFound, runLinks, WORKFLOW_FILE_SCHEMA } from './build-provenance.js';
import { defineGate } from './types.js';

export {
  compareExpected,
  readMetadataFile,
  RELEASE_METADATA_SCHEMA,
  RELEASE_METADATA_SCHEMA_FINGERPRINT,
  type FieldMismatch,
} from '../facts/build/metadata.js';

export interface ReleaseMetadataParams {
  workflow: string;
  artifact: string;
  file: string;
  /** Field → expected value (templates already expanded). */
  expect: Record<string, string | number>;
  max_bytes: number;
}

/**
 * The rules this gate judges from the metadata itself, so a run failing them is read and the
 * verdict names the field that differs: the tag and commit the build says it built, and a
 * dispatch build's attestation. Every other rule of build_provenance refuses the run unread.
 */
const JUDGED_FROM_METADATA = new Set<TrustCode>(['TAG_MISMATCH', 'SHA_MISMATCH', 'DISPATCH_NOT_ATTESTED']);

/** How the build run fared under the trust rules, leaving out those this gate judges itself. */
export interface RunTrust {
  /** Rules the run fails other than those judged from the metadata. */
  problems: TrustProblem[];
  /** Which rule admits the run when the metadata holds: dispatch runs also have the attestation fields compared. */
  rule: Admission;
}

export interface ReleaseMetadataFacts {
  lookup: BuildRunLookup;
  /** Null when no run was found. */
  trust: RunTrust | null;
  /** Null when there was no usable run to look in, or no artifact of that name. */
  artifact: RunArtifact | null;
  /** Null when the artifact was refused before downloading. */
  download: ArtifactDownload | null;
}

export const releaseMetadataGate = defineGate<ReleaseMetadataParams, ReleaseMetadataFacts>({
  type: 'release_metadata',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      workflow: {
        ...WORKFLOW_FILE_SCHEMA,
        description: 'Build workflow searched when build_run_id is empty; the run must be of it.',
      },
      artifact: {
        description: 'Name of the artifact in the build run.',
        type: 'string',
        minLength: 1,
        default: 'release-metadata',
      },
      file: {
        description: 'Path of the metadata file inside the artifact.',
        type: 'string',
        minLength: 1,
        default: 'metadata.json',
      },
      expect: {
        description: 'Metadata field → expected value; templates allowed. Every field is compared.',
        type: 'object',
        minProperties: 1,
        additionalProperties: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        default: { tag: '{tag}', version: '{version}', source_sha: '{sha}' },
      },
      max_bytes: {
        description: 'Largest artifact (zip) and metadata file accepted, in bytes.',
        type: 'integer',
        minimum: 1,
        maximum: 104857600,
        default: 1048576,
      },
    },
  },
  checkParams(params) {
    try {
      if (normaliseEntryName(params.file).endsWith('/')) throw new ZipError('names a directory');
    } catch (error) {
      throw new GateError(
        'INVALID_PARAMS',
        `file '${params.file}' is not a relative file path inside the artifact: ${(error as Error).message}`,
      );
    }
  },
  // The dispatch rule reads the metadata where this gate is told it is.
  buildRunPolicy: (params) => ({ metadata: locationOf(params) }),
  async collect(params, ctx, facts) {
    const location = locationOf(params);
    const finding = await findBuildRun(facts, ctx, { ...rulesFor(ctx, params.workflow), metadata: location });
    if (!finding.found) return { lookup: finding.lookup, trust: null, artifact: null, download: null };
    const trust: RunTrust = {
      problems: finding.trust.problems.filter((p) => !JUDGED_FROM_METADATA.has(p.code)),
      rule: isBranchDispatch(finding.run, ctx) ? 'dispatch_attested' : 'tag_push',
    };
    if (trust.problems.length > 0) return { lookup: finding.lookup, trust, artifact: null, download: null };
    const read =
      finding.attestation ?? (await collectMetadata(facts, ctx.repository, finding.run.id, location));
    return { lookup: finding.lookup, trust, ...read };
  },
  judge: judgeReleaseMetadata,
});

function locationOf(
  params: Pick<ReleaseMetadataParams, 'artifact' | 'file' | 'max_bytes'>,
): MetadataLocation {
  return { artifact: params.artifact, file: params.file, maxBytes: params.max_bytes };
}

export function judgeReleaseMetadata(
  params: ReleaseMetadataParams,
  facts: ReleaseMetadataFacts,
  ctx: EvalContext,
): Verdict {
  const { lookup, trust, artifact, download } = facts;
  if (!lookup.found) return buildRunNotFound(lookup);
  const run = lookup.run;
  const links = runLinks(run, ctx);
  const details: Record<string, unknown> = {
    run_id: run.id,
    artifact: params.artifact,
    file: params.file,
    expected: params.expect,
  };
  if (!trust)
    return { status: 'error', code: 'BUILD_RUN_UNKNOWN', message: 'The build run was not judged.', details };
  if (trust.problems.length > 0) {
    return {
      status: 'fail',
      code: 'UNTRUSTED_BUILD_RUN',
      message: `Release metadata is not read from build run ${run.id}: ${trust.problems.map((p) => p.message).join(' ')}`,
      details: { ...details, failures: trust.problems },
      links,
    };
  }
  if (!artifact) {
    return {
      status: 'fail',
      code: 'ARTIFACT_MISSING',
      message: `Build run ${run.id} has no artifact '${params.artifact}': the build must upload it (actions/upload-artifact).`,
      details,
      links,
    };
  }
  const artifactLinks = [...links, artifactLink(artifact, ctx)];
  Object.assign(details, {
    artifact_id: artifact.id,
    size_in_bytes: Number.isFinite(artifact.sizeInBytes) ? artifact.sizeInBytes : null,
    digest: artifact.digest,
    expires_at: artifact.expiresAt,
  });
  const reading = readMetadata({ artifact, download }, locationOf(params));
  if (!reading.ok) {
    const { refusal } = reading;
    return {
      status: refusal.code === 'ARTIFACT_NOT_DOWNLOADED' ? 'error' : 'fail',
      code: refusal.code,
      message: `Artifact '${artifact.name}' of build run ${run.id} ${refusal.message}`,
      details: { ...details, ...refusal.details },
      links: artifactLinks,
    };
  }
  details.found = reading.metadata;
  // A dispatched run's metadata is the only link to the tag: its attestation fields count too.
  const expected =
    trust.rule === 'dispatch_attested'
      ? { ...params.expect, ...attestationExpected(ctx, run.id) }
      : params.expect;
  details.admitted_by = trust.rule;
  const mismatches = compareExpected(expected, reading.metadata);
  if (mismatches.length > 0) {
    return {
      status: 'fail',
      code: 'METADATA_MISMATCH',
      message: `${params.file} of build run ${run.id} describes another release: ${describeMismatches(mismatches)}.`,
      details: { ...details, mismatches },
      links: artifactLinks,
    };
  }
  const matched = Object.entries(expected).map(([field, value]) => `${field} ${String(value)}`);
  return {
    status: 'pass',
    code: 'METADATA_OK',
    message: `${params.file} of build run ${run.id} matches: ${matched.join(', ')}.`,
    details: { ...details, digest_verified: reading.digest },
    links: artifactLinks,
  };
}

function artifactLink(artifact: RunArtifact, ctx: EvalContext): Link {
  const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
  return {
    title: `Artifact ${artifact.name}`,
    url: `${ctx.serverUrl}/${repo}/actions/runs/${artifact.workflowRunId}/artifacts/${artifact.id}`,
  };
}
