// Why an output of the build cannot be read: one set of codes for every gate that reads what
// the build produced (release_metadata, evidence, sbom_licenses, metric_budgets, release_assets).
// Each gate keeps the codes SPEC §6 names for it and uses these where it names none
// (docs/gates.md, "Reading what the build produced").
import { GateError } from '../../model/types.js';
import type { ArtifactDownload, RunArtifact } from '../artifacts.js';

export type OutputCode =
  /** No trusted build run to read from. */
  | 'BUILD_RUN_NOT_FOUND'
  | 'UNTRUSTED_BUILD_RUN'
  /** The build run has no artifact of that name. */
  | 'ARTIFACT_MISSING'
  | 'ARTIFACT_EXPIRED'
  | 'ARTIFACT_TOO_LARGE'
  /** The API gives no sha256 digest, so the download cannot be verified. */
  | 'DIGEST_MISSING'
  | 'DIGEST_MISMATCH'
  /** The artifact is not a readable zip, or holds something hostile. */
  | 'ARTIFACT_INVALID'
  /** The file is not there: not in the workspace, not in the artifact, not among the assets. */
  | 'OUTPUT_MISSING'
  | 'OUTPUT_TOO_LARGE';

/** A refusal: its code and the rest of a sentence that starts with what was read. */
export interface OutputRefusal {
  code: OutputCode;
  /** Completes "Artifact 'x' of build run 42 …". */
  message: string;
  details?: Record<string, unknown>;
}

/** Why an artifact cannot be read, from its listing and download; null when it can. */
export function artifactRefusal(
  artifact: RunArtifact | null,
  download: ArtifactDownload | null,
  maxBytes: number,
  name: string,
): OutputRefusal | null {
  if (!artifact) {
    return {
      code: 'ARTIFACT_MISSING',
      message: `does not exist: the build must upload '${name}' (actions/upload-artifact).`,
    };
  }
  return (
    refusedBeforeDownload(artifact, maxBytes) ?? (download ? refusedByDownload(download, maxBytes) : null)
  );
}

/** What the API's listing alone refuses, so nothing is downloaded. */
export function refusedBeforeDownload(artifact: RunArtifact, maxBytes: number): OutputRefusal | null {
  if (artifact.expired) {
    return {
      code: 'ARTIFACT_EXPIRED',
      message: `expired${artifact.expiresAt ? ` on ${artifact.expiresAt}` : ''}: re-run the build, or raise its retention-days.`,
    };
  }
  if (artifact.sizeInBytes > maxBytes) return tooLarge(artifact.sizeInBytes, maxBytes);
  if (!artifact.digest || !/^sha256:[0-9a-f]{64}$/i.test(artifact.digest))
    return unverifiable(artifact.digest);
  return null;
}

function refusedByDownload(download: ArtifactDownload, maxBytes: number): OutputRefusal | null {
  switch (download.outcome) {
    case 'downloaded':
      return null;
    case 'expired':
      return {
        code: 'ARTIFACT_EXPIRED',
        message: 'expired while it was being downloaded (410): re-run the build.',
      };
    case 'too_large':
      return tooLarge(download.bytes, maxBytes);
    case 'unverifiable':
      return unverifiable(download.digest);
    case 'digest_mismatch':
      return {
        code: 'DIGEST_MISMATCH',
        message: `downloaded as ${download.actual}, but GitHub recorded ${download.expected} at upload: the archive was changed or damaged, and nothing in it is trusted.`,
        details: { expected_digest: download.expected, actual_digest: download.actual },
      };
  }
}

function tooLarge(bytes: number, maxBytes: number): OutputRefusal {
  const size = Number.isFinite(bytes) ? `${bytes} bytes` : 'of unknown size';
  return { code: 'ARTIFACT_TOO_LARGE', message: `is ${size}, over max_bytes (${maxBytes}).` };
}

/** Without a sha256 digest from the API the download could not be verified: fail closed. */
function unverifiable(digest: string | null): OutputRefusal {
  return {
    code: 'DIGEST_MISSING',
    message: `has ${digest ? `an unsupported digest '${digest}'` : 'no digest'} in the API, so its content cannot be verified: upload it with actions/upload-artifact v4 or later.`,
  };
}

/** A refusal as the gate's error: `what` (e.g. "release asset 'x'") then why. */
export function refusalError(refusal: OutputRefusal, what: string): GateError {
  return new GateError(refusal.code, `${what.charAt(0).toUpperCase()}${what.slice(1)} ${refusal.message}`, {
    ...refusal.details,
  });
}
