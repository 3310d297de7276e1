// One way to read a file the build produced, wherever it is: a file an earlier step wrote to
// the workspace, a file inside an artifact of the build run (a run build_provenance would
// accept; never a bare artifact id), or an asset of the tag's release. Every way of not having
// the file is a refusal with a code from refusals.ts; transport failures (timeouts, API
// errors) are thrown as GateError, as everywhere.
import type { EvalContext, Link } from '../../model/types.js';
import type { FactStore } from '../store.js';
import { readWorkspaceFile } from '../workspace.js';
import type { OutputRefusal } from './refusals.js';
import type { BuildRun } from './run.js';

export type OutputSource =
  /** A workspace-relative path. */
  | { kind: 'workspace'; path: string }
  /**
   * `file` inside artifact `name` of the build run (searched with `workflow` when the
   * evaluation names no run), or of `run` when the caller found and vetted another run.
   * `orWhole`: an artifact uploaded unzipped (upload-artifact's `archive: false`) is the file.
   */
  | { kind: 'artifact'; name: string; file: string; workflow?: string; run?: BuildRun; orWhole?: boolean }
  /** An asset of the tag's published release. */
  | { kind: 'release_asset'; name: string };

/** `runId`: the run an artifact was read from, when one was. */
export type OutputRead =
  | { ok: true; label: string; link: Link | null; bytes: Buffer; runId?: number }
  | ({ ok: false; label: string; link: Link | null; runId?: number } & OutputRefusal);

export interface ReadOutputOptions {
  maxBytes: number;
}

/** The bytes of one output of the build, or why they cannot be had. */
export async function readOutput(
  facts: FactStore,
  ctx: EvalContext,
  source: OutputSource,
  options: ReadOutputOptions,
): Promise<OutputRead> {
  switch (source.kind) {
    case 'workspace':
      return readWorkspaceOutput(facts, source.path, options.maxBytes);
    case 'artifact':
      return readArtifactOutput(facts, ctx, source, options.maxBytes);
    case 'release_asset':
      return readAssetOutput(facts, ctx, source.name, options.maxBytes);
  }
}

/** The output as UTF-8 text, or null when it is not (a BOM is dropped). */
export function outputText(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function readWorkspaceOutput(facts: FactStore, path: string, maxBytes: number): Promise<OutputRead> {
  const label = `${path} (workspace)`;
  const file = await readWorkspaceFile(facts, path, maxBytes);
  if (file.kind === 'missing')
    return {
      ok: false,
      label,
      link: null,
      code: 'OUTPUT_MISSING',
      message: 'does not exist: the step that writes it did not run or wrote elsewhere.',
      details: { path },
    };
  if (file.kind === 'too_large')
    return {
      ok: false,
      label,
      link: null,
      code: 'OUTPUT_TOO_LARGE',
      message: `is ${file.size} bytes, over the ${file.maxBytes}-byte limit (max_bytes).`,
      details: { path, size: file.size, max_bytes: file.maxBytes },
    };
  return { ok: true, label, link: null, bytes: Buffer.from(file.text, 'utf8') };
}

async function readArtifactOutput(
  facts: FactStore,
  ctx: EvalContext,
  source: Extract<OutputSource, { kind: 'artifact' }>,
  maxBytes: number,
): Promise<OutputRead> {
  // Loaded here, not with the gate: a gate reading workspace files never needs them.
  const [{ trustedBuildRun }, { findRunArtifact }, { fileInArtifact }] = await Promise.all([
    import('./find.js'),
    import('../artifacts.js'),
    import('./archive.js'),
  ]);
  let run = source.run;
  if (!run) {
    const trusted = await trustedBuildRun(facts, ctx, source.workflow);
    if (!trusted.ok) {
      return {
        ok: false,
        label: `${source.file} in artifact '${source.name}'`,
        link: null,
        code: trusted.code,
        message: `cannot be read: ${trusted.reason}.`,
        details: { artifact: source.name },
      };
    }
    run = trusted.run;
  }
  const label = `${source.file} in artifact '${source.name}' of run ${run.id}`;
  const link = run.htmlUrl ? { title: `Run ${run.id}`, url: run.htmlUrl } : null;
  const details = { artifact: source.name, file: source.file, run_id: run.id };
  const artifact = await findRunArtifact(facts, ctx.repository, run.id, source.name);
  const read = await fileInArtifact(facts, ctx.repository, artifact, source.name, { ...source, maxBytes });
  if ('bytes' in read) return { ok: true, label, link, bytes: read.bytes, runId: run.id };
  return {
    ok: false,
    label,
    link,
    runId: run.id,
    ...read.refusal,
    details: { ...details, ...read.refusal.details },
  };
}

async function readAssetOutput(
  facts: FactStore,
  ctx: EvalContext,
  name: string,
  maxBytes: number,
): Promise<OutputRead> {
  const { readAsset, releaseByTag } = await import('../releases.js');
  const label = `release asset '${name}'`;
  const tag = ctx.tag;
  const release = tag ? await releaseByTag(facts, ctx.repository, tag) : null;
  const link = release?.htmlUrl ? { title: `Release ${tag}`, url: release.htmlUrl } : null;
  const asset = release?.assets.find((candidate) => candidate.name === name);
  if (!asset) {
    const why = !tag
      ? `'${ctx.refName}' is not a tag, so it has no release`
      : !release
        ? `there is no published release for tag '${tag}'`
        : `release ${tag} has no such asset`;
    return {
      ok: false,
      label,
      link,
      code: 'OUTPUT_MISSING',
      message: `does not exist: ${why}.`,
      details: { asset: name },
    };
  }
  if (asset.size !== null && asset.size > maxBytes)
    return {
      ok: false,
      label,
      link,
      code: 'OUTPUT_TOO_LARGE',
      message: `is ${asset.size} bytes, over the ${maxBytes}-byte limit (max_bytes).`,
      details: { asset: name, size: asset.size, max_bytes: maxBytes },
    };
  return { ok: true, label, link, bytes: await readAsset(facts, ctx.repository, asset, maxBytes) };
}
