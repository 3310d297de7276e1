// metric_budgets: the performance gate. Each metric of the current build is compared with the
// baseline (the previous release's) on medians, so one noisy run does not decide:
//   - baseline median 0: no baseline (a percentage of nothing means nothing);
//   - both medians under the noise floor: ok (differences in the noise are not regressions);
//   - worse by at least max_regression_percent and the run ranges do not overlap: regressed;
//   - worse by at least that much but the ranges overlap: a candidate regression, a warning
//     only (the runs cannot tell the two builds apart);
//   - an absolute `max`/`min` crossed by the current median: over budget, whatever the baseline.
// Every rule applies to every metric its glob matches, so a broad rule can never shadow the
// absolute limit of a narrow one. Nothing compared at all is a failure, and so is a rule
// whose metrics the current build did not report: a budget nobody measured is not met.
import picomatch from 'picomatch';
import { GateError, type Link, type Verdict } from '../model/types.js';
import { trustedBuildRun } from '../facts/build/find.js';
import { readMetricsDocument, type MetricsDocument, type MetricsSource } from '../facts/metrics.js';
import { rangesOverlap, summarize, type Summary } from '../util/stats.js';
import type { GateType } from './types.js';

export type Direction = 'lower_is_better' | 'higher_is_better';

export interface MetricRule {
  /** Metric name or glob (picomatch; `*` does not cross `/`). */
  name: string;
  direction: Direction;
  max_regression_percent: number;
  noise_floor: number;
  max?: number;
  min?: number;
}

export interface MetricBudgetsParams {
  current: MetricsSource;
  baseline: MetricsSource;
  metrics: MetricRule[];
  /** Build workflow searched for the build run when an artifact source names none. */
  workflow: string;
  max_bytes: number;
}

export interface MetricBudgetsFacts {
  current: MetricsDocument;
  baseline: MetricsDocument;
}

export type Comparison = 'ok' | 'noise' | 'regressed' | 'candidate_regression' | 'no_baseline';

export interface MetricOutcome {
  metric: string;
  /** The rule's `name` pattern. */
  rule: string;
  direction: Direction;
  comparison: Comparison;
  current: Summary;
  baseline: Summary | null;
  /** How much worse the current median is, in percent of the baseline's (negative: better). Null without a baseline. */
  regression_percent: number | null;
  threshold_percent: number;
  /** Whether the rule sets an absolute max or min (checked whatever the baseline). */
  has_limit: boolean;
  /** The absolute limit the current median crossed, if any. */
  limit: { kind: 'max' | 'min'; value: number } | null;
}

const SOURCE_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['file'],
      properties: {
        file: { description: 'Workspace-relative path of the metrics JSON.', type: 'string', minLength: 1 },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['artifact'],
      properties: {
        artifact: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'file'],
          properties: {
            name: { description: 'Artifact name.', type: 'string', minLength: 1 },
            file: {
              description: 'Path of the metrics JSON inside the artifact.',
              type: 'string',
              minLength: 1,
            },
            workflow: {
              description:
                'Workflow whose run holds the artifact; with ref, its newest successful run for that ref. Default: the build run.',
              type: 'string',
              minLength: 1,
            },
            ref: {
              description: 'Branch or tag whose run holds the artifact, e.g. {base_tag}.',
              type: 'string',
              minLength: 1,
            },
          },
        },
      },
    },
  ],
};

export const metricBudgetsGate: GateType<MetricBudgetsParams, MetricBudgetsFacts> = {
  type: 'metric_budgets',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['current', 'baseline', 'metrics'],
    properties: {
      current: {
        description:
          'The metrics of this release: `{file}` (workspace) or `{artifact: {name, file, workflow, ref}}` (the build run\'s by default), holding {"metrics": {"NAME": number | [runs]}}.',
        ...SOURCE_SCHEMA,
      },
      baseline: {
        description:
          'The metrics to compare with, as `current`; e.g. the previous release build\'s artifact (`ref: "{base_tag}"`).',
        ...SOURCE_SCHEMA,
      },
      metrics: {
        description: 'Budgets. Each applies to every metric its name (or glob) matches.',
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { description: 'Metric name or glob, e.g. *.ms_per_msg.', type: 'string', minLength: 1 },
            direction: {
              description: 'Which way is better.',
              enum: ['lower_is_better', 'higher_is_better'],
              default: 'lower_is_better',
            },
            max_regression_percent: {
              description:
                'Worsening of the median, in percent of the baseline, that counts as a regression.',
              type: 'number',
              minimum: 0,
              default: 15,
            },
            noise_floor: {
              description: 'Medians both below this are equal (noise).',
              type: 'number',
              minimum: 0,
              default: 0.0001,
            },
            max: { description: 'The current median must not be above this.', type: 'number' },
            min: { description: 'The current median must not be below this.', type: 'number' },
          },
        },
      },
      workflow: {
        description: 'Build workflow searched for the build run when build_run_id is not given.',
        type: 'string',
        minLength: 1,
        default: 'release.yml',
      },
      max_bytes: {
        description: 'Largest metrics file (and artifact) read.',
        type: 'integer',
        minimum: 1,
        default: 1048576,
      },
    },
  },
  checkParams(params) {
    for (const rule of params.metrics) {
      if (rule.max !== undefined && rule.min !== undefined && rule.min > rule.max) {
        throw new GateError(
          'INVALID_PARAMS',
          `metric '${rule.name}': min ${rule.min} is above max ${rule.max}; no value could pass.`,
        );
      }
    }
  },
  async collect(params, ctx, facts) {
    const options = { maxBytes: params.max_bytes, buildWorkflow: params.workflow };
    // An untrusted build run ends the gate before either side downloads anything.
    for (const source of [params.current, params.baseline]) {
      if (!('artifact' in source) || source.artifact.ref !== undefined) continue;
      const trusted = await trustedBuildRun(facts, ctx, source.artifact.workflow ?? params.workflow);
      if (!trusted.ok)
        throw new GateError(trusted.code, `No build run to read metrics from: ${trusted.reason}.`, {
          artifact: source.artifact.name,
        });
    }
    const [current, baseline] = await Promise.all([
      readMetricsDocument(facts, ctx, params.current, options),
      readMetricsDocument(facts, ctx, params.baseline, options),
    ]);
    return { current, baseline };
  },
  judge: judgeMetricBudgets,
};

/** Compares one metric under one rule. Pure. */
export function classifyMetric(
  rule: MetricRule,
  metric: string,
  currentValues: readonly number[],
  baselineValues: readonly number[] | undefined,
): MetricOutcome {
  const current = summarize(currentValues);
  const baseline = baselineValues && baselineValues.length ? summarize(baselineValues) : null;
  const limit =
    rule.max !== undefined && current.median > rule.max
      ? { kind: 'max' as const, value: rule.max }
      : rule.min !== undefined && current.median < rule.min
        ? { kind: 'min' as const, value: rule.min }
        : null;
  const hasLimit = rule.max !== undefined || rule.min !== undefined;
  const outcome = {
    metric,
    rule: rule.name,
    direction: rule.direction,
    current,
    baseline,
    threshold_percent: rule.max_regression_percent,
    has_limit: hasLimit,
    limit,
  };
  if (!baseline || baseline.median === 0)
    return { ...outcome, comparison: 'no_baseline', regression_percent: null };
  const worsening =
    rule.direction === 'lower_is_better'
      ? current.median - baseline.median
      : baseline.median - current.median;
  // Rounded so that exactly 15% worse is 15, not 14.999999999999996.
  const percent = Math.round((worsening / Math.abs(baseline.median)) * 100 * 1e9) / 1e9;
  if (Math.abs(current.median) < rule.noise_floor && Math.abs(baseline.median) < rule.noise_floor) {
    return { ...outcome, comparison: 'noise', regression_percent: percent };
  }
  if (percent <= 0 || percent < rule.max_regression_percent)
    return { ...outcome, comparison: 'ok', regression_percent: percent };
  // The median is worse, so disjoint ranges can only mean every current run is worse than
  // every baseline run (for lower_is_better: current min above baseline max).
  const comparison: Comparison = rangesOverlap(current, baseline) ? 'candidate_regression' : 'regressed';
  return { ...outcome, comparison, regression_percent: percent };
}

export interface BudgetEvaluation {
  outcomes: MetricOutcome[];
  /** Rules that match no metric of the current document. */
  unmeasured: string[];
  /** Baseline metrics a rule matches that the current document lacks. */
  dropped: string[];
}

/** Applies every rule to every metric it matches. Pure. */
export function evaluateBudgets(
  rules: readonly MetricRule[],
  current: MetricsDocument,
  baseline: MetricsDocument,
): BudgetEvaluation {
  const outcomes: MetricOutcome[] = [];
  const unmeasured: string[] = [];
  const dropped = new Set<string>();
  for (const rule of rules) {
    const matches = picomatch(rule.name, { dot: true });
    const names = [...current.metrics.keys()].filter((name) => name === rule.name || matches(name)).sort();
    if (names.length === 0) {
      unmeasured.push(rule.name);
      continue;
    }
    for (const name of names)
      outcomes.push(classifyMetric(rule, name, current.metrics.get(name)!, baseline.metrics.get(name)));
    for (const name of baseline.metrics.keys())
      if ((name === rule.name || matches(name)) && !current.metrics.has(name)) dropped.add(name);
  }
  return { outcomes, unmeasured, dropped: [...dropped].sort() };
}

export function judgeMetricBudgets(params: MetricBudgetsParams, facts: MetricBudgetsFacts): Verdict {
  const { outcomes, unmeasured, dropped } = evaluateBudgets(params.metrics, facts.current, facts.baseline);
  const links: Link[] = [facts.current.link, facts.baseline.link].filter((l): l is Link => l !== null);
  const overBudget = outcomes.filter((o) => o.limit);
  const regressed = outcomes.filter((o) => o.comparison === 'regressed');
  const candidates = outcomes.filter((o) => o.comparison === 'candidate_regression');
  const compared = outcomes.filter((o) => o.comparison !== 'no_baseline');
  const limitChecked = outcomes.filter((o) => o.has_limit);
  const noBaseline = [
    ...new Set(outcomes.filter((o) => o.comparison === 'no_baseline').map((o) => o.metric)),
  ].sort();
  const details: Record<string, unknown> = {
    current: facts.current.label,
    baseline: facts.baseline.label,
    counts: {
      metrics: new Set(outcomes.map((o) => o.metric)).size,
      compared: compared.length,
      regressed: regressed.length,
      candidate_regressions: candidates.length,
      over_budget: overBudget.length,
      no_baseline: noBaseline.length,
    },
    regressed: regressed.map(brief),
    candidate_regressions: candidates.map(brief),
    over_budget: overBudget.map((o) => ({ metric: o.metric, median: o.current.median, limit: o.limit })),
    no_baseline: noBaseline,
    unmeasured_rules: unmeasured,
    dropped_from_current: dropped,
    outcomes: outcomes.slice(0, 500),
  };

  const warnings = [
    ...(candidates.length
      ? [
          `candidate regression${candidates.length > 1 ? 's' : ''} (ranges overlap, not failing): ${candidates.map(describeChange).join(', ')}`,
        ]
      : []),
    ...(dropped.length ? [`not in the current metrics: ${dropped.join(', ')}`] : []),
    ...(noBaseline.length ? [`no baseline for ${noBaseline.join(', ')}`] : []),
  ];
  const failures: { code: string; text: string }[] = [];
  if (overBudget.length) {
    failures.push({
      code: 'BUDGET_EXCEEDED',
      text:
        'Over budget: ' +
        overBudget
          .map(
            (o) =>
              `${o.metric} median ${fmt(o.current.median)} is ${o.limit!.kind === 'max' ? 'above the max' : 'below the min'} ${fmt(o.limit!.value)}`,
          )
          .join('; '),
    });
  }
  if (regressed.length) {
    failures.push({
      code: 'REGRESSED',
      text: `Regressed: ${regressed.map((o) => `${describeChange(o)} (over ${fmt(o.threshold_percent)}%, ranges do not overlap)`).join(', ')}`,
    });
  }
  if (compared.length === 0 && limitChecked.length === 0) {
    failures.push({
      code: 'NO_COMPARABLE_METRICS',
      text: `Nothing to compare: no metric could be compared between ${facts.current.label} and ${facts.baseline.label}`,
    });
  }
  if (unmeasured.length) {
    failures.push({
      code: 'METRIC_MISSING',
      text: `Not measured: ${facts.current.label} has no metric matching ${unmeasured.map((r) => `'${r}'`).join(', ')}`,
    });
  }
  const warningText = warnings.length ? ` Warning: ${warnings.join('; ')}.` : '';
  if (failures.length) {
    return {
      status: 'fail',
      code: failures[0]!.code,
      message: `${failures.map((f) => f.text).join('; ')}.${warningText}`,
      details,
      links,
    };
  }
  const metricCount = new Set(compared.map((o) => o.metric)).size;
  const limitOnly = new Set(limitChecked.map((o) => o.metric)).size;
  const summary = metricCount
    ? `${metricCount} metric${metricCount > 1 ? 's' : ''} within budget against ${facts.baseline.label}`
    : `${limitOnly} metric${limitOnly > 1 ? 's' : ''} within their absolute limits`;
  return { status: 'pass', code: 'WITHIN_BUDGET', message: `${summary}.${warningText}`, details, links };
}

function brief(o: MetricOutcome): Record<string, unknown> {
  return {
    metric: o.metric,
    rule: o.rule,
    regression_percent: o.regression_percent,
    current: o.current,
    baseline: o.baseline,
  };
}

/** `enqueue.ms_per_msg 32.1% worse (median 0.0121 → 0.016)` */
function describeChange(o: MetricOutcome): string {
  const percent = o.regression_percent ?? 0;
  return `${o.metric} ${fmt(percent)}% worse (median ${fmt(o.baseline?.median ?? NaN)} → ${fmt(o.current.median)})`;
}

/** Four significant digits, without trailing zeros. */
function fmt(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
