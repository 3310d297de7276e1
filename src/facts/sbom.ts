// SBOMs for sbom_licenses: the repository's SPDX export from the dependency graph (one
// request), an SPDX/CycloneDX JSON file in the workspace, or a file in an artifact of the
// build run. Every way of not having a readable SBOM is a GateError with its own code.
import { GateError, type EvalContext, type Link, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { parseSbom, parseSbomJson, SbomError, type SbomDocument } from '../util/sbom.js';
import { findRunArtifact } from './artifacts.js';
import { artifactFile, trustedBuildRun } from './releases.js';
import type { FactStore } from './store.js';
import { readWorkspaceFile } from './workspace.js';

export type SbomSource =
  | { kind: 'dependency_graph' }
  | { kind: 'file'; path: string }
  | { kind: 'artifact'; name: string; file: string; workflow: string };

export interface SbomFact {
  /** Where the SBOM came from, for messages. */
  label: string;
  link: Link | null;
  document: SbomDocument;
}

export interface ReadSbomOptions {
  /** Largest file (and artifact) read. */
  maxBytes: number;
}

export async function readSbom(
  facts: FactStore,
  ctx: EvalContext,
  source: SbomSource,
  options: ReadSbomOptions,
): Promise<SbomFact> {
  if (source.kind === 'dependency_graph') return dependencyGraphSbom(facts, ctx.repository, ctx.serverUrl);
  if (source.kind === 'file') {
    const file = await readWorkspaceFile(facts, source.path, options.maxBytes);
    const label = `SBOM file '${source.path}'`;
    if (file.kind === 'missing') {
      throw new GateError(
        'SBOM_UNAVAILABLE',
        `${label} does not exist in the workspace: the step that writes it did not run or wrote elsewhere.`,
        { source: 'file', path: source.path },
      );
    }
    if (file.kind === 'too_large') {
      throw new GateError(
        'SBOM_TOO_LARGE',
        `${label} is ${file.size} bytes, over the ${file.maxBytes}-byte limit (max_bytes).`,
        { source: 'file', path: source.path, size: file.size, max_bytes: file.maxBytes },
      );
    }
    return { label, link: null, document: parseOrThrow(() => parseSbomJson(file.text, label)) };
  }
  const found = await trustedBuildRun(facts, ctx, source.workflow);
  if (!found.ok) {
    throw new GateError(
      'SBOM_UNAVAILABLE',
      `No build run to read the SBOM artifact '${source.name}' from: ${found.reason}.`,
      { source: 'artifact', artifact: source.name },
    );
  }
  const run = found.run;
  const artifact = await findRunArtifact(facts, ctx.repository, run.id, source.name);
  const link = run.htmlUrl ? { title: `Run ${run.id}`, url: run.htmlUrl } : null;
  if (!artifact) {
    throw new GateError(
      'SBOM_UNAVAILABLE',
      `Build run ${run.id} has no artifact '${source.name}': the step that uploads the SBOM did not run or used another name.`,
      { source: 'artifact', run_id: run.id, artifact: source.name },
    );
  }
  const bytes = await artifactFile(facts, ctx.repository, artifact, {
    file: source.file,
    orWhole: true,
    maxBytes: options.maxBytes,
  });
  const label = `SBOM '${source.file}' in artifact '${source.name}' of run ${run.id}`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GateError('SBOM_INVALID', `${label} is not UTF-8 text.`, { source: 'artifact' });
  }
  return { label, link, document: parseOrThrow(() => parseSbomJson(text, label)) };
}

/** GitHub's SPDX export of the dependency graph (of the default branch), read once. */
export function dependencyGraphSbom(
  facts: FactStore,
  repo: Repository,
  serverUrl: string,
): Promise<SbomFact> {
  return facts.memo(`sbom:dependency-graph:${repo.owner}/${repo.repo}`, async () => {
    const name = `${repo.owner}/${repo.repo}`;
    const label = `the dependency graph SBOM of ${name}`;
    let data: unknown;
    try {
      ({ data } = await facts.github.octokit.rest.dependencyGraph.exportSbom({ ...repo }));
    } catch (error) {
      const gateError = toGateError(error, label);
      // 404 and 403 mean the graph cannot be read here; a rate limit or a bad token keeps its own code.
      if (gateError.code === 'NOT_FOUND' || gateError.code === 'PERMISSION_DENIED') {
        const status = (error as { status?: number }).status;
        throw new GateError(
          'SBOM_UNAVAILABLE',
          `Cannot read ${label} (${status} on GET /repos/${name}/dependency-graph/sbom): the token needs \`contents: read\`, and the dependency graph must be enabled (Settings → Code security → Dependency graph).`,
          { ...gateError.details, source: 'dependency_graph', permission: 'contents: read' },
        );
      }
      throw gateError;
    }
    return {
      label,
      link: { title: 'Dependency graph', url: `${serverUrl}/${name}/network/dependencies` },
      document: parseOrThrow(() => parseSbom(data, label)),
    };
  });
}

function parseOrThrow(parse: () => SbomDocument): SbomDocument {
  try {
    return parse();
  } catch (error) {
    if (error instanceof SbomError) throw new GateError('SBOM_INVALID', error.message);
    throw error;
  }
}
