// Metric documents for metric_budgets: `{"metrics": {"NAME": number | [runs...]}}`, read from
// the workspace (a file an earlier step wrote) or from a workflow run's artifact: the build
// run's by default, or the newest successful run of a named workflow for a ref (the previous
// release's, with `ref: "{base_tag}"`).
import { GateError, type EvalContext, type Link } from '../model/types.js';
import { findBuildRun, rulesFor } from './build/find.js';
import { outputText, readOutput, type OutputRead } from './build/output.js';
import { describeBuildRunQuery, type BuildRun } from './build/run.js';
import { foreignRunProblem } from './build/trust.js';
import { refusalError } from './build/refusals.js';
import type { FactStore } from './store.js';

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

/**
 * Reads and validates one metrics document. A file that cannot be had is a GateError with a
 * code of the shared set (facts/build/refusals.ts); a document that is not metrics is METRICS_INVALID.
 */
export async function readMetricsDocument(
  facts: FactStore,
  ctx: EvalContext,
  source: MetricsSource,
  options: ReadMetricsOptions,
): Promise<MetricsDocument> {
  let read: OutputRead;
  if ('file' in source) {
    read = await readOutput(facts, ctx, { kind: 'workspace', path: source.file }, options);
  } else {
    const spec = source.artifact;
    // Another ref's run (the previous release's) is vetted here; the build run by readOutput.
    const run = spec.ref !== undefined ? await runOfRef(facts, ctx, spec, options.buildWorkflow) : undefined;
    read = await readOutput(
      facts,
      ctx,
      {
        kind: 'artifact',
        name: spec.name,
        file: spec.file,
        workflow: spec.workflow ?? options.buildWorkflow,
        run,
      },
      options,
    );
  }
  const label =
    'artifact' in source && source.artifact.ref ? `${read.label} (${source.artifact.ref})` : read.label;
  if (!read.ok) throw refusalError(read, `metrics file ${label}`);
  const text = outputText(read.bytes);
  if (text === null) throw new GateError('METRICS_INVALID', `${label} is not UTF-8 text.`, { source: label });
  return { label, link: read.link, metrics: parseMetricsDocument(text, label) };
}

/**
 * The run of another ref (the previous release's), found the way the build run of a tag is
 * found by its tag: the newest successful run of the workflow whose head_branch is the ref,
 * this repository's own first. It is never a fork's run.
 */
async function runOfRef(
  facts: FactStore,
  ctx: EvalContext,
  spec: ArtifactMetricsSource,
  buildWorkflow: string,
): Promise<BuildRun> {
  const workflow = spec.workflow ?? buildWorkflow;
  const refCtx = { ...ctx, tag: spec.ref!, refName: spec.ref!, buildRunId: null };
  const finding = await findBuildRun(facts, refCtx, { ...rulesFor(ctx, workflow), events: ['push'] });
  if (!finding.found) {
    // The ref may be a branch: drop the word 'tag'.
    const described = describeBuildRunQuery(finding.lookup.query).replace(/ for tag /, ' for ');
    throw new GateError(
      'RUN_NOT_FOUND',
      `No run to read artifact '${spec.name}' from: looked for ${described}, but ${finding.lookup.reason}.`,
      { workflow, ref: spec.ref },
    );
  }
  const foreign = foreignRunProblem(finding.run, ctx.repository);
  if (foreign)
    throw new GateError(foreign.code, `${foreign.message} Its artifacts are not trusted.`, {
      run_id: finding.run.id,
    });
  return finding.run;
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
