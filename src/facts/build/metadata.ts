// The build's own account of what it built: metadata.json in its `release-metadata` artifact.
// Read by the release_metadata gate, and by the dispatch rule (trust.ts), for which the file is
// the only link between a run dispatched from a branch and the tag it checked out.
//
// Workflows write this file with a shell heredoc, so fields filled from environment variables
// arrive as strings: `"source_run_id": "${GITHUB_RUN_ID}"`. The schema accepts a run id as an
// integer or a string of digits, and compares it as a run id (by its number's text).
import * as precompiledMetadata from '../../policy/generated/metadata-validator.js';
import { canonicalJson, sha256Hex } from '../../policy/normalize.js';
import { describeAjvError, type ValidateFunction } from '../../policy/schema-errors.js';
import type { EvalContext, Repository } from '../../model/types.js';
import { DEFAULT_ZIP_LIMITS, findZipEntry, listZipEntries, readZipEntry, ZipError } from '../../util/zip.js';
import {
  downloadRunArtifact,
  findRunArtifact,
  type ArtifactDownload,
  type RunArtifact,
} from '../artifacts.js';
import type { FactStore } from '../store.js';
import { artifactRefusal, refusedBeforeDownload, type OutputRefusal } from './refusals.js';

/** A run id as a workflow may write it: a positive integer, or its decimal digits as text. */
const RUN_ID_SCHEMA = {
  anyOf: [
    { type: 'integer', minimum: 1 },
    { type: 'string', pattern: '^[1-9][0-9]{0,19}$' },
  ],
} as const;

/**
 * schemas/release-metadata.schema.json is this object written out (a test keeps them equal);
 * it lives in code so the bundle needs no file beside it.
 */
export const RELEASE_METADATA_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://release-gates.dev/schemas/release-metadata.schema.json',
  title: 'release-gates release metadata',
  description:
    'metadata.json in the release-metadata artifact of a release build run: what the build built. The release_metadata gate compares it with the tag being released. Further fields are allowed. Fields a workflow fills from environment variables (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT) may be written as strings of the right form.',
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
      description: 'The commit built: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits (as GITHUB_SHA).',
      type: 'string',
      pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$',
    },
    source_ref: {
      description: 'The ref the build checked out, e.g. refs/tags/v1.2.0.',
      type: 'string',
      minLength: 1,
    },
    source_run_id: {
      description:
        'The id of the workflow run that built it: an integer, or its digits as a string ("${GITHUB_RUN_ID}").',
      ...RUN_ID_SCHEMA,
    },
    source_run_attempt: {
      description:
        'The attempt of that run: an integer, or its digits as a string ("${GITHUB_RUN_ATTEMPT}").',
      ...RUN_ID_SCHEMA,
    },
    source_workflow: {
      description: 'The workflow that built it: its name (GITHUB_WORKFLOW) or its path.',
      type: 'string',
      minLength: 1,
    },
  },
  additionalProperties: true,
} as const;

/** Where the metadata lives in a build run, and how much of it is read. */
export interface MetadataLocation {
  artifact: string;
  file: string;
  maxBytes: number;
}

export const DEFAULT_METADATA_LOCATION: MetadataLocation = {
  artifact: 'release-metadata',
  file: 'metadata.json',
  maxBytes: 1048576,
};

/** What was read of a run's metadata artifact. */
export interface MetadataFacts {
  /** Null when the run has no artifact of that name. */
  artifact: RunArtifact | null;
  /** Null when the artifact was refused before downloading. */
  download: ArtifactDownload | null;
}

/** A refusal of the metadata artifact: the shared artifact codes, or METADATA_INVALID. */
export interface MetadataRefusal extends Omit<OutputRefusal, 'code'> {
  code: OutputRefusal['code'] | 'ARTIFACT_NOT_DOWNLOADED' | 'METADATA_INVALID';
}

export type MetadataReading =
  { ok: true; metadata: Record<string, unknown>; digest: string } | { ok: false; refusal: MetadataRefusal };

/** The metadata artifact of run `runId`: found by name in the run's listing, downloaded once if usable. */
export async function collectMetadata(
  facts: FactStore,
  repo: Repository,
  runId: number,
  location: MetadataLocation,
): Promise<MetadataFacts> {
  const artifact = await findRunArtifact(facts, repo, runId, location.artifact);
  if (!artifact || refusedBeforeDownload(artifact, location.maxBytes)) return { artifact, download: null };
  const download = await downloadRunArtifact(facts, repo, artifact, {
    maxBytes: location.maxBytes,
    tempRoot: facts.env.RUNNER_TEMP || undefined,
  });
  return { artifact, download };
}

/** The metadata document, or why it cannot be taken (pure: from what collectMetadata read). */
export function readMetadata(facts: MetadataFacts, location: MetadataLocation): MetadataReading {
  const { artifact, download } = facts;
  const refusal = artifactRefusal(artifact, download, location.maxBytes, location.artifact);
  if (refusal) return { ok: false, refusal };
  if (!download || download.outcome !== 'downloaded')
    return { ok: false, refusal: { code: 'ARTIFACT_NOT_DOWNLOADED', message: 'was not downloaded.' } };
  const read = readMetadataFile(download.archive, location);
  if ('problem' in read)
    return { ok: false, refusal: { code: 'METADATA_INVALID', message: `is refused: ${read.problem}.` } };
  return { ok: true, metadata: read.metadata, digest: download.sha256 };
}

type MetadataFileRead = { metadata: Record<string, unknown> } | { problem: string };

/** The metadata file from the archive, parsed and schema-checked; or what is wrong with it. */
export function readMetadataFile(
  archive: Buffer,
  params: { file: string; max_bytes?: number; maxBytes?: number },
): MetadataFileRead {
  const maxBytes = params.maxBytes ?? params.max_bytes ?? DEFAULT_METADATA_LOCATION.maxBytes;
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
    if (entry.size > maxBytes)
      return { problem: `'${params.file}' is ${entry.size} bytes, over max_bytes (${maxBytes})` };
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

/**
 * What metadata must say for a run dispatched from a branch to count as the tag's build: the
 * tag, its commit, the tag's full ref, and the id of the very run that uploaded it (so the
 * metadata of another run cannot be passed off).
 */
export function attestationExpected(ctx: EvalContext, runId: number): Record<string, string | number> {
  return {
    tag: ctx.tag ?? '',
    source_sha: ctx.sha.toLowerCase(),
    source_ref: `refs/tags/${ctx.tag ?? ''}`,
    source_run_id: runId,
  };
}

/** A sentence listing mismatches: `source_sha "abc…" expected, found "def…"`. */
export function describeMismatches(mismatches: readonly FieldMismatch[]): string {
  return mismatches
    .map(
      (m) =>
        `${m.field} ${JSON.stringify(m.expected)} expected, found ${m.found === undefined ? '(absent)' : JSON.stringify(m.found)}`,
    )
    .join('; ');
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
