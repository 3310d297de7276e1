// Metric documents for metric_budgets: `{"metrics": {"NAME": number | [runs...]}}`, read from
// the workspace (a file an earlier step wrote) or from a workflow run's artifact: the build
// run's by default, or the newest successful run of a named workflow for a ref (the previous
// release's, with `ref: "{base_tag}"`).
import { GateError, type EvalContext, type Link } from '../model/types.js';
import { findRunArtifact } from './artifacts.js';
import { buildRun, describeBuildRunQuery, type BuildRun } from './build-run.js';
import { artifactFile, refuseForeignRun, trustedBuildRun } from './releases.js';
import type { FactStore } from './store.js';
import { readWorkspaceFile } from './workspace.js';

export interface ArtifactMetricsSource {
  name: string;
  file: string;
  /** With `ref`: the newest successful run of this workflow for that ref. Alone: the build run, searched with this workflow. */
  workflow?: string;
  ref?: string;
}

export type MetricsSource = { file: string } | { artifact: ArtifactMetricsSource };

/** Metric name → its values (one, or one per benchmark run). */
export type MetricValues = Map<string, number[]>;

export interface MetricsDocument {
  /** Where the numbers came from, for messages: "summary.json in artifact 'bench' of run 42". */
  label: string;
  link: Link | null;
  metrics: MetricValues;
}

export interface ReadMetricsOptions {
  maxBytes: number;
  /** Workflow searched for the build run when the source names none. */
  buildWorkflow: string;
}

/** Reads and validates one metrics document; every problem is a GateError with its own code. */
export async function readMetricsDocument(
  facts: FactStore,
  ctx: EvalContext,
  source: MetricsSource,
  options: ReadMetricsOptions,
): Promise<MetricsDocument> {
  if ('file' in source) {
    const file = await readWorkspaceFile(facts, source.file, options.maxBytes);
    const label = `${source.file} (workspace)`;
    if (file.kind === 'missing') {
      throw new GateError(
        'METRICS_MISSING',
        `Metrics file '${source.file}' does not exist in the workspace: the step that writes it did not run or wrote elsewhere.`,
        { file: source.file },
      );
    }
    if (file.kind === 'too_large') {
      throw new GateError(
        'METRICS_TOO_LARGE',
        `Metrics file '${source.file}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit (max_bytes).`,
        { file: source.file },
      );
    }
    return { label, link: null, metrics: parseMetricsDocument(file.text, label) };
  }
  const spec = source.artifact;
  const repo = ctx.repository;
  const { run, described } = await runForArtifact(facts, ctx, spec, options.buildWorkflow);
  const artifact = await findRunArtifact(facts, repo, run.id, spec.name);
  const label = `${spec.file} in artifact '${spec.name}' of run ${run.id}${spec.ref ? ` (${spec.ref})` : ''}`;
  const link = run.htmlUrl ? { title: `Run ${run.id}`, url: run.htmlUrl } : null;
  if (!artifact) {
    throw new GateError('ARTIFACT_MISSING', `Run ${run.id} (${described}) has no artifact '${spec.name}'.`, {
      run_id: run.id,
      artifact: spec.name,
    });
  }
  const bytes = await artifactFile(facts, repo, artifact, {
    file: spec.file,
    orWhole: false,
    maxBytes: options.maxBytes,
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GateError('METRICS_INVALID', `${label} is not UTF-8 text.`, { source: label });
  }
  return { label, link, metrics: parseMetricsDocument(text, label) };
}

/** The run an artifact source names; never a fork's run. */
async function runForArtifact(
  facts: FactStore,
  ctx: EvalContext,
  spec: ArtifactMetricsSource,
  buildWorkflow: string,
): Promise<{ run: BuildRun; described: string }> {
  if (spec.ref !== undefined) {
    // The run of another ref is found the way the build run of a tag is: newest successful
    // run of the workflow whose head_branch is the ref, this repository's own first.
    const workflow = spec.workflow ?? buildWorkflow;
    const lookup = await buildRun(
      facts,
      { ...ctx, tag: spec.ref, refName: spec.ref, buildRunId: null },
      { workflow },
    );
    // The ref may be a branch: drop build-run.ts's word 'tag'.
    const described = describeBuildRunQuery(lookup.query).replace(/ for tag /, ' for ');
    if (!lookup.found) {
      throw new GateError('RUN_NOT_FOUND', `No run to read artifact '${spec.name}' from: ${lookup.reason}.`, {
        workflow,
        ref: spec.ref,
      });
    }
    return { run: refuseForeignRun(lookup.run, ctx.repository), described };
  }
  const found = await trustedBuildRun(facts, ctx, spec.workflow ?? buildWorkflow);
  if (!found.ok)
    throw new GateError(
      'RUN_NOT_FOUND',
      `No build run to read artifact '${spec.name}' from: ${found.reason}.`,
      { artifact: spec.name },
    );
  return { run: found.run, described: found.where };
}

/**
 * Parses `{"metrics": {"NAME": number | [numbers...]}}`. Strict: a value that is not a finite
 * number or a non-empty list of them makes the whole document invalid, because a metric that
 * silently drops out is a budget nobody checks.
 */
export function parseMetricsDocument(text: string, label: string): MetricValues {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new GateError('METRICS_INVALID', `${label} is not valid JSON: ${(error as Error).message}`, {
      source: label,
    });
  }
  const metrics = isPlainObject(document) ? document.metrics : undefined;
  if (!isPlainObject(metrics)) {
    throw new GateError(
      'METRICS_INVALID',
      `${label} has no "metrics" object; expected {"metrics": {"NAME": number | [numbers]}}.`,
      { source: label },
    );
  }
  const values: MetricValues = new Map();
  for (const [name, value] of Object.entries(metrics)) {
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || !list.every((item) => typeof item === 'number' && Number.isFinite(item))) {
      throw new GateError(
        'METRICS_INVALID',
        `${label}: metric '${name}' is ${shorten(JSON.stringify(value))}; expected a number or a non-empty list of numbers.`,
        { source: label, metric: name },
      );
    }
    values.set(name, list as number[]);
  }
  return values;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string | undefined): string {
  const shown = text ?? 'undefined';
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
