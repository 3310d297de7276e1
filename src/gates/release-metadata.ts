// release_metadata: the build run's `release-metadata` artifact says what was built (tag,
// version, source commit), and it must say exactly what is being released. The artifact is
// found by name in the build run, verified against the API's digest, and read from memory
// with a strict zip reader; any doubt about it is a refusal, never a pass.
import { GateError, type EvalContext, type Link, type Verdict } from '../model/types.js';
import {
  downloadRunArtifact,
  findRunArtifact,
  type ArtifactDownload,
  type RunArtifact,
} from '../facts/artifacts.js';
import { buildRun, type BuildRun, type BuildRunLookup } from '../facts/build-run.js';
import * as precompiledMetadata from '../policy/generated/metadata-validator.js';
import { canonicalJson, sha256Hex } from '../policy/normalize.js';
import { describeAjvError, type ValidateFunction } from '../policy/schema-errors.js';
import {
  DEFAULT_ZIP_LIMITS,
  findZipEntry,
  listZipEntries,
  normaliseEntryName,
  readZipEntry,
  ZipError,
} from '../util/zip.js';
import { buildRunNotFound, provenanceProblems, runLinks, WORKFLOW_FILE_SCHEMA } from './build-provenance.js';
import type { GateType } from './types.js';

export interface ReleaseMetadataParams {
  workflow: string;
  artifact: string;
  file: string;
  /** Field → expected value (templates already expanded). */
  expect: Record<string, string | number>;
  max_bytes: number;
}

export interface ReleaseMetadataFacts {
  lookup: BuildRunLookup;
  /** Null when there was no usable run to look in, or no artifact of that name. */
  artifact: RunArtifact | null;
  /** Null when the artifact was refused before downloading. */
  download: ArtifactDownload | null;
}

/**
 * schemas/release-metadata.schema.json is this object written out (a test keeps them equal);
 * it lives in code so the bundle needs no file beside it.
 */
export const RELEASE_METADATA_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://release-gates.dev/schemas/release-metadata.schema.json',
  title: 'release-gates release metadata',
  description:
    'metadata.json in the release-metadata artifact of a release build run: what the build built. The release_metadata gate compares it with the tag being released. Further fields are allowed.',
  type: 'object',
  required: ['tag', 'version', 'source_sha'],
  properties: {
    tag: { description: 'The tag the build released, e.g. v1.2.0.', type: 'string', minLength: 1 },
    version: {
      description: 'The version built, e.g. 1.2.0 (the tag without its leading v).',
      type: 'string',
      minLength: 1,
    },
    source_sha: {
      description: 'The commit built: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits.',
      type: 'string',
      pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$',
    },
    source_ref: {
      description: 'The ref the build ran on, e.g. refs/tags/v1.2.0.',
      type: 'string',
      minLength: 1,
    },
    source_run_id: { description: 'The id of the workflow run that built it.', type: 'integer', minimum: 1 },
    source_workflow: { description: 'The workflow that built it.', type: 'string', minLength: 1 },
  },
  additionalProperties: true,
} as const;

/** The build run checks a metadata source must pass: where it ran and that it succeeded. */
const TRUST_CHECKS = new Set(['WRONG_WORKFLOW', 'FOREIGN_REPOSITORY', 'RUN_NOT_SUCCESSFUL']);

export const releaseMetadataGate: GateType<ReleaseMetadataParams, ReleaseMetadataFacts> = {
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
  async collect(params, ctx, facts) {
    const lookup = await buildRun(facts, ctx, { workflow: params.workflow });
    if (!lookup.found || untrustedRun(lookup.run, params, ctx).length > 0)
      return { lookup, artifact: null, download: null };
    const artifact = await findRunArtifact(facts, ctx.repository, lookup.run.id, params.artifact);
    if (!artifact || refusedBeforeDownload(artifact, params)) return { lookup, artifact, download: null };
    const download = await downloadRunArtifact(facts, ctx.repository, artifact, {
      maxBytes: params.max_bytes,
      tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    return { lookup, artifact, download };
  },
  judge: judgeReleaseMetadata,
};

export function judgeReleaseMetadata(
  params: ReleaseMetadataParams,
  facts: ReleaseMetadataFacts,
  ctx: EvalContext,
): Verdict {
  const { lookup, artifact, download } = facts;
  if (!lookup.found) return buildRunNotFound(lookup);
  const run = lookup.run;
  const links = runLinks(run, ctx);
  const details: Record<string, unknown> = {
    run_id: run.id,
    artifact: params.artifact,
    file: params.file,
    expected: params.expect,
  };

  const distrust = untrustedRun(run, params, ctx);
  if (distrust.length > 0) {
    return {
      status: 'fail',
      code: 'UNTRUSTED_BUILD_RUN',
      message: `Release metadata is not read from build run ${run.id}: ${distrust.map((p) => p.message).join(' ')}`,
      details: { ...details, failures: distrust },
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
  const what = `Artifact '${artifact.name}' of build run ${run.id}`;
  const refusal =
    refusedBeforeDownload(artifact, params) ?? (download ? refusedByDownload(download, params) : null);
  if (refusal)
    return {
      ...refusal,
      message: `${what} ${refusal.message}`,
      details: { ...details, ...refusal.details },
      links: artifactLinks,
    };
  if (!download || download.outcome !== 'downloaded') {
    return {
      status: 'error',
      code: 'ARTIFACT_NOT_DOWNLOADED',
      message: `${what} was not downloaded.`,
      details,
      links: artifactLinks,
    };
  }

  const read = readMetadataFile(download.archive, params);
  if ('problem' in read) {
    return {
      status: 'fail',
      code: 'METADATA_INVALID',
      message: `${what} is refused: ${read.problem}.`,
      details,
      links: artifactLinks,
    };
  }
  details.found = read.metadata;
  const mismatches = compareExpected(params.expect, read.metadata);
  if (mismatches.length > 0) {
    const listed = mismatches.map(
      (m) =>
        `${m.field} ${JSON.stringify(m.expected)} expected, found ${m.found === undefined ? '(absent)' : JSON.stringify(m.found)}`,
    );
    return {
      status: 'fail',
      code: 'METADATA_MISMATCH',
      message: `${params.file} of build run ${run.id} describes another release: ${listed.join('; ')}.`,
      details: { ...details, mismatches },
      links: artifactLinks,
    };
  }
  const matched = Object.entries(params.expect).map(([field, value]) => `${field} ${String(value)}`);
  return {
    status: 'pass',
    code: 'METADATA_OK',
    message: `${params.file} of build run ${run.id} matches: ${matched.join(', ')}.`,
    details: { ...details, digest_verified: download.sha256 },
    links: artifactLinks,
  };
}

/** Problems that make a run's artifacts untrustworthy as release metadata. */
function untrustedRun(run: BuildRun, params: ReleaseMetadataParams, ctx: EvalContext) {
  return provenanceProblems(run, { workflow: params.workflow, events: [run.event] }, ctx).filter((p) =>
    TRUST_CHECKS.has(p.code),
  );
}

type Refusal = Pick<Verdict, 'status' | 'code' | 'message' | 'details'>;

/** What the API's listing alone refuses, so nothing is downloaded. */
function refusedBeforeDownload(artifact: RunArtifact, params: ReleaseMetadataParams): Refusal | null {
  if (artifact.expired) {
    return {
      status: 'fail',
      code: 'ARTIFACT_EXPIRED',
      message: `expired${artifact.expiresAt ? ` on ${artifact.expiresAt}` : ''}: re-run the build, or raise its retention-days.`,
    };
  }
  if (artifact.sizeInBytes > params.max_bytes) return tooLarge(artifact.sizeInBytes, params.max_bytes);
  if (!artifact.digest || !/^sha256:[0-9a-f]{64}$/i.test(artifact.digest))
    return unverifiable(artifact.digest);
  return null;
}

function refusedByDownload(download: ArtifactDownload, params: ReleaseMetadataParams): Refusal | null {
  switch (download.outcome) {
    case 'downloaded':
      return null;
    case 'expired':
      return {
        status: 'fail',
        code: 'ARTIFACT_EXPIRED',
        message: 'expired while it was being downloaded (410): re-run the build.',
      };
    case 'too_large':
      return tooLarge(download.bytes, params.max_bytes);
    case 'unverifiable':
      return unverifiable(download.digest);
    case 'digest_mismatch':
      return {
        status: 'fail',
        code: 'DIGEST_MISMATCH',
        message: `downloaded as ${download.actual}, but GitHub recorded ${download.expected} at upload: the archive was changed or damaged, and nothing in it is trusted.`,
        details: { expected_digest: download.expected, actual_digest: download.actual },
      };
  }
}

function tooLarge(bytes: number, maxBytes: number): Refusal {
  const size = Number.isFinite(bytes) ? `${bytes} bytes` : 'of unknown size';
  return { status: 'fail', code: 'ARTIFACT_TOO_LARGE', message: `is ${size}, over max_bytes (${maxBytes}).` };
}

/** Without a sha256 digest from the API the download could not be verified: fail closed. */
function unverifiable(digest: string | null): Refusal {
  return {
    status: 'fail',
    code: 'DIGEST_MISSING',
    message: `has ${digest ? `an unsupported digest '${digest}'` : 'no digest'} in the API, so its content cannot be verified: upload it with actions/upload-artifact v4 or later.`,
  };
}

type MetadataRead = { metadata: Record<string, unknown> } | { problem: string };

/** The metadata file from the archive, parsed and schema-checked; or what is wrong with it. */
export function readMetadataFile(
  archive: Buffer,
  params: Pick<ReleaseMetadataParams, 'file' | 'max_bytes'>,
): MetadataRead {
  let bytes: Buffer;
  try {
    const entries = listZipEntries(archive, DEFAULT_ZIP_LIMITS);
    const entry = findZipEntry(entries, params.file);
    if (!entry || entry.isDirectory) {
      const files = entries.filter((e) => !e.isDirectory).map((e) => `'${e.name}'`);
      return {
        problem: `it has no '${params.file}' (it holds ${files.length ? files.slice(0, 10).join(', ') : 'no files'})`,
      };
    }
    if (entry.size > params.max_bytes)
      return { problem: `'${params.file}' is ${entry.size} bytes, over max_bytes (${params.max_bytes})` };
    bytes = readZipEntry(archive, entry);
  } catch (error) {
    if (error instanceof ZipError) return { problem: error.message };
    throw error;
  }
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { problem: `'${params.file}' is not valid UTF-8 JSON (${(error as Error).message})` };
  }
  const validate = metadataValidator();
  if (!validate(document)) {
    const reasons = (validate.errors ?? []).map((e) => describeAjvError(e, document).message);
    return {
      problem: `'${params.file}' does not follow schemas/release-metadata.schema.json: ${reasons.join('; ')}`,
    };
  }
  return { metadata: document as Record<string, unknown> };
}

export interface FieldMismatch {
  field: string;
  expected: string | number;
  found: unknown;
}

/** Every expected field that differs; numbers and strings compare by their text (run ids). */
export function compareExpected(
  expect: Record<string, string | number>,
  metadata: Record<string, unknown>,
): FieldMismatch[] {
  return Object.entries(expect)
    .filter(([field, expected]) => {
      const found = Object.hasOwn(metadata, field) ? metadata[field] : undefined;
      return !(
        (typeof found === 'string' || typeof found === 'number') &&
        String(found) === String(expected)
      );
    })
    .map(([field, expected]) => ({
      field,
      expected,
      found: Object.hasOwn(metadata, field) ? metadata[field] : undefined,
    }));
}

/** Identifies the schema the precompiled validator was built from (`npm run generate`). */
export const RELEASE_METADATA_SCHEMA_FINGERPRINT = sha256Hex(canonicalJson(RELEASE_METADATA_SCHEMA));

/** Precompiled, so a run does not load Ajv to check one small document. */
function metadataValidator(): ValidateFunction {
  const generated = precompiledMetadata as { FINGERPRINT: string; metadata?: unknown };
  // Only a build from an ungenerated checkout can get here; CI checks the generated files.
  if (generated.FINGERPRINT !== RELEASE_METADATA_SCHEMA_FINGERPRINT || !generated.metadata)
    throw new Error('src/policy/generated/metadata-validator.ts is stale: run `npm run generate`.');
  return generated.metadata as ValidateFunction;
}

function artifactLink(artifact: RunArtifact, ctx: EvalContext): Link {
  const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
  return {
    title: `Artifact ${artifact.name}`,
    url: `${ctx.serverUrl}/${repo}/actions/runs/${artifact.workflowRunId}/artifacts/${artifact.id}`,
  };
}
