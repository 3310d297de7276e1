// A file inside a run's artifact: the artifact downloaded once (memoized, digest checked, see
// facts/artifacts.ts), the file read from the zip in memory. Nothing is written to disk; a
// hostile archive is refused whole.
import type { Repository } from '../../model/types.js';
import { DEFAULT_ZIP_LIMITS, findZipEntry, listZipEntries, readZipEntry, ZipError } from '../../util/zip.js';
import { downloadRunArtifact, type RunArtifact } from '../artifacts.js';
import type { FactStore } from '../store.js';
import { artifactRefusal, type OutputRefusal } from './refusals.js';

export interface ArtifactFileSpec {
  /** Path of the file inside the artifact's zip. */
  file: string;
  /**
   * An artifact uploaded unzipped (upload-artifact's `archive: false`) is the file itself:
   * accept the whole download when it is not a zip holding `file`.
   */
  orWhole?: boolean;
  maxBytes: number;
}

/** `file` of `artifact` (null: the run has none named `name`), or why it cannot be read. */
export async function fileInArtifact(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact | null,
  name: string,
  spec: ArtifactFileSpec,
): Promise<{ bytes: Buffer } | { refusal: OutputRefusal }> {
  const listed = artifactRefusal(artifact, null, spec.maxBytes, name);
  if (listed) return { refusal: listed };
  const download = await downloadRunArtifact(facts, repo, artifact!, {
    maxBytes: spec.maxBytes,
    tempRoot: facts.env.RUNNER_TEMP || undefined,
  });
  const refusal = artifactRefusal(artifact, download, spec.maxBytes, name);
  if (refusal) return { refusal };
  if (download.outcome !== 'downloaded') throw new Error(`artifact '${name}' was not downloaded`);
  return fileInArchive(download.archive, artifact!, spec);
}

/** The names of the files an artifact holds (directories left out), or why it cannot be read. */
export async function filesInArtifact(
  facts: FactStore,
  repo: Repository,
  artifact: RunArtifact,
  maxBytes: number,
): Promise<{ archive: Buffer; names: string[] } | { refusal: OutputRefusal }> {
  const listed = artifactRefusal(artifact, null, maxBytes, artifact.name);
  if (listed) return { refusal: listed };
  const download = await downloadRunArtifact(facts, repo, artifact, {
    maxBytes,
    tempRoot: facts.env.RUNNER_TEMP || undefined,
  });
  const refusal = artifactRefusal(artifact, download, maxBytes, artifact.name);
  if (refusal) return { refusal };
  if (download.outcome !== 'downloaded') throw new Error(`artifact '${artifact.name}' was not downloaded`);
  try {
    const entries = listZipEntries(download.archive, zipLimits(maxBytes));
    return { archive: download.archive, names: entries.filter((e) => !e.isDirectory).map((e) => e.name) };
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return { refusal: { code: 'ARTIFACT_INVALID', message: `is not a readable zip: ${error.message}` } };
  }
}

/**
 * The zip reader's limits for an archive read with a reader's `maxBytes`: a sibling larger than
 * the file wanted does not make the file unreadable (the file's own size is checked after).
 */
function zipLimits(maxBytes: number) {
  return {
    ...DEFAULT_ZIP_LIMITS,
    maxEntryBytes: Math.max(DEFAULT_ZIP_LIMITS.maxEntryBytes, maxBytes),
    maxTotalBytes: Math.max(DEFAULT_ZIP_LIMITS.maxTotalBytes, maxBytes),
  };
}

/** `file` from a verified artifact archive; or why not. Nothing is written to disk. */
export function fileInArchive(
  archive: Buffer,
  artifact: RunArtifact,
  source: ArtifactFileSpec,
): { bytes: Buffer } | { refusal: OutputRefusal } {
  const maxBytes = source.maxBytes;
  const orWhole = source.orWhole ?? false;
  let entries;
  try {
    entries = listZipEntries(archive, zipLimits(maxBytes));
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    // Not a zip at all, or a .zip file uploaded as itself: an unzipped upload is the file.
    if (orWhole && (!looksLikeZip(archive) || isZipName(artifact.name, source.file)))
      return { bytes: archive };
    return { refusal: { code: 'ARTIFACT_INVALID', message: `is not a readable zip: ${error.message}` } };
  }
  try {
    const entry = findZipEntry(entries, source.file);
    if (entry && !entry.isDirectory && entry.size > maxBytes) {
      return {
        refusal: {
          code: 'OUTPUT_TOO_LARGE',
          message: `holds '${source.file}' of ${entry.size} bytes, over the ${maxBytes}-byte limit (max_bytes).`,
          details: { size: entry.size, max_bytes: maxBytes },
        },
      };
    }
    if (entry && !entry.isDirectory) return { bytes: readZipEntry(archive, entry) };
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return { refusal: { code: 'ARTIFACT_INVALID', message: `is refused: ${error.message}` } };
  }
  // A file that is itself a zip (a Windows build) uploaded unzipped reads as a zip without it.
  if (orWhole && isZipName(artifact.name, source.file)) return { bytes: archive };
  const listed = entries.filter((e) => !e.isDirectory).map((e) => e.name);
  return {
    refusal: {
      code: 'OUTPUT_MISSING',
      message: `does not exist: artifact '${artifact.name}' ${listed.length ? `holds ${listed.slice(0, 10).join(', ')}${listed.length > 10 ? ', …' : ''}` : 'is empty'}.`,
      details: { entries: listed.slice(0, 50) },
    },
  };
}

function isZipName(artifactName: string, file: string): boolean {
  return file === artifactName && /\.zip$/i.test(artifactName);
}

function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}
