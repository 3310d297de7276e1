// SBOMs for sbom_licenses: the repository's SPDX export from the dependency graph (one
// request), an SPDX/CycloneDX JSON file in the workspace, or a file in an artifact of the
// build run. Every way of not having a readable SBOM is a GateError with its own code.
import { GateError, type EvalContext, type Link, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { parseSbom, parseSbomJson, SbomError, type SbomDocument } from '../util/sbom.js';
import { outputText, readOutput } from './build/output.js';
import type { OutputCode } from './build/refusals.js';
import type { FactStore } from './store.js';

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
  const read =
    source.kind === 'file'
      ? await readOutput(facts, ctx, { kind: 'workspace', path: source.path }, options)
      : await readOutput(
          facts,
          ctx,
          {
            kind: 'artifact',
            name: source.name,
            file: source.file,
            workflow: source.workflow,
            orWhole: true,
          },
          options,
        );
  const label =
    source.kind === 'file'
      ? `SBOM file '${source.path}'`
      : `SBOM '${source.file}' in artifact '${source.name}'${read.runId === undefined ? '' : ` of run ${read.runId}`}`;
  if (!read.ok) {
    throw new GateError(
      UNAVAILABLE.has(read.code) ? 'SBOM_UNAVAILABLE' : read.code,
      `${label} ${read.message}`,
      {
        source: source.kind,
        shared_code: read.code,
        ...read.details,
      },
    );
  }
  const text = outputText(read.bytes);
  if (text === null)
    throw new GateError('SBOM_INVALID', `${label} is not UTF-8 text.`, { source: source.kind });
  return { label, link: read.link, document: parseOrThrow(() => parseSbomJson(text, label)) };
}

/** The shared codes that mean "there is no SBOM to read": SPEC §6 calls that SBOM_UNAVAILABLE. */
const UNAVAILABLE = new Set<OutputCode>([
  'OUTPUT_MISSING',
  'ARTIFACT_MISSING',
  'BUILD_RUN_NOT_FOUND',
  'UNTRUSTED_BUILD_RUN',
]);

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
