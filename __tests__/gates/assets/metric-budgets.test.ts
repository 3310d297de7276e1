// metric_budgets (SPEC §6): per metric on medians — no baseline, noise, ok, regressed
// (disjoint ranges), candidate regression (overlapping ranges: a warning), absolute limits —
// and the gate's codes: WITHIN_BUDGET, REGRESSED, BUDGET_EXCEEDED, NO_COMPARABLE_METRICS,
// METRIC_MISSING; plus the strict metrics document parser.
import { GateError } from '../../../src/model/types.js';
import { parseMetricsDocument } from '../../../src/facts/metrics.js';
import {
  classifyMetric,
  evaluateBudgets,
  judgeMetricBudgets,
  metricBudgetsGate,
  type MetricBudgetsParams,
  type MetricRule,
} from '../../../src/gates/metric-budgets.js';
import { metricsDocument } from './fixtures.js';

const rule = (overrides: Partial<MetricRule> = {}): MetricRule => ({
  name: '*.ms_per_msg',
  direction: 'lower_is_better',
  max_regression_percent: 15,
  noise_floor: 0.0001,
  ...overrides,
});

const params = (metrics: MetricRule[] = [rule()]): MetricBudgetsParams => ({
  current: { artifact: { name: 'bench', file: 'summary.json' } },
  baseline: { artifact: { name: 'bench', file: 'summary.json', workflow: 'release.yml', ref: 'v1.1.0' } },
  metrics,
  workflow: 'release.yml',
  max_bytes: 1048576,
});

const judge = (
  current: Record<string, number | number[]>,
  baseline: Record<string, number | number[]>,
  rules?: MetricRule[],
) =>
  judgeMetricBudgets(params(rules), {
    current: metricsDocument('summary.json (current)', current),
    baseline: metricsDocument('summary.json (v1.1.0)', baseline),
  });

describe('classifyMetric', () => {
  test('baseline median 0: no_baseline', () => {
    expect(classifyMetric(rule(), 'm', [5], [0, 0, 1])).toMatchObject({
      comparison: 'no_baseline',
      regression_percent: null,
    });
    expect(classifyMetric(rule(), 'm', [5], undefined)).toMatchObject({ comparison: 'no_baseline' });
  });

  test('both medians below the noise floor: noise (ok)', () => {
    expect(classifyMetric(rule(), 'm', [0.00009], [0.00001])).toMatchObject({ comparison: 'noise' });
    expect(classifyMetric(rule(), 'm', [0.0002], [0.00001])).toMatchObject({ comparison: 'regressed' });
  });

  test('worse by less than the threshold, or better: ok', () => {
    expect(classifyMetric(rule(), 'm', [1.1], [1])).toMatchObject({
      comparison: 'ok',
      regression_percent: 10,
    });
    expect(classifyMetric(rule(), 'm', [0.5], [1])).toMatchObject({
      comparison: 'ok',
      regression_percent: -50,
    });
  });

  test('exactly the threshold counts (no float noise at the boundary)', () => {
    expect(classifyMetric(rule(), 'm', [1.15], [1])).toMatchObject({
      comparison: 'regressed',
      regression_percent: 15,
    });
  });

  test('over the threshold with disjoint ranges: regressed', () => {
    const outcome = classifyMetric(rule(), 'm', [1.3, 1.4, 1.35], [1.0, 1.1, 1.05]);
    expect(outcome).toMatchObject({
      comparison: 'regressed',
      current: { median: 1.35, min: 1.3, max: 1.4, count: 3 },
      baseline: { median: 1.05, min: 1, max: 1.1 },
    });
    expect(outcome.regression_percent).toBeCloseTo(28.571, 2);
  });

  test('over the threshold with overlapping ranges: candidate_regression', () => {
    expect(classifyMetric(rule(), 'm', [1.0, 1.4, 1.35], [1.0, 1.1, 1.05])).toMatchObject({
      comparison: 'candidate_regression',
    });
  });

  test('higher_is_better mirrors it', () => {
    const r = rule({ direction: 'higher_is_better' });
    expect(classifyMetric(r, 'm', [80, 82], [100, 101])).toMatchObject({ comparison: 'regressed' });
    expect(classifyMetric(r, 'm', [80, 100, 80], [100, 101])).toMatchObject({
      comparison: 'candidate_regression',
    });
    expect(classifyMetric(r, 'm', [120], [100])).toMatchObject({ comparison: 'ok', regression_percent: -20 });
  });

  test('a zero threshold still needs a worsening', () => {
    expect(classifyMetric(rule({ max_regression_percent: 0 }), 'm', [1], [1])).toMatchObject({
      comparison: 'ok',
    });
  });

  test('absolute limits apply to the current median, whatever the baseline', () => {
    expect(classifyMetric(rule({ max: 250 }), 'm', [200, 300, 260], undefined)).toMatchObject({
      comparison: 'no_baseline',
      limit: { kind: 'max', value: 250 },
    });
    expect(classifyMetric(rule({ max: 250 }), 'm', [250], [250])).toMatchObject({ limit: null });
    expect(classifyMetric(rule({ min: 10, direction: 'higher_is_better' }), 'm', [9], [9])).toMatchObject({
      limit: { kind: 'min', value: 10 },
    });
  });
});

describe('evaluateBudgets', () => {
  test('every rule applies to every metric it matches; a literal name matches itself', () => {
    const evaluation = evaluateBudgets(
      [rule({ name: '*' }), rule({ name: 'latency.p99_ms', max: 250 })],
      metricsDocument('cur', { 'latency.p99_ms': 270, 'errors.rate': 0.001 }),
      metricsDocument('base', { 'latency.p99_ms': 260, 'errors.rate': 0.001, 'old.metric': 1 }),
    );
    expect(evaluation.outcomes.map((o) => [o.metric, o.rule, o.limit?.kind ?? null])).toEqual([
      ['errors.rate', '*', null],
      ['latency.p99_ms', '*', null],
      ['latency.p99_ms', 'latency.p99_ms', 'max'],
    ]);
    expect(evaluation.dropped).toEqual(['old.metric']);
    expect(evaluation.unmeasured).toEqual([]);
  });
});

describe('judgeMetricBudgets', () => {
  test('WITHIN_BUDGET when every metric holds', () => {
    const verdict = judge(
      { 'enqueue.ms_per_msg': [0.012, 0.013], 'read.ms_per_msg': 0.02 },
      { 'enqueue.ms_per_msg': [0.012, 0.0125], 'read.ms_per_msg': 0.021 },
    );
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'WITHIN_BUDGET',
      message: '2 metrics within budget against summary.json (v1.1.0).',
    });
    expect(verdict.details!.counts).toEqual({
      metrics: 2,
      compared: 2,
      regressed: 0,
      candidate_regressions: 0,
      over_budget: 0,
      no_baseline: 0,
    });
  });

  test('REGRESSED names each metric, how much and the medians', () => {
    const verdict = judge(
      { 'enqueue.ms_per_msg': [0.016, 0.017, 0.016], 'read.ms_per_msg': 0.02 },
      { 'enqueue.ms_per_msg': [0.012, 0.0121, 0.0125], 'read.ms_per_msg': 0.02 },
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'REGRESSED' });
    expect(verdict.message).toBe(
      'Regressed: enqueue.ms_per_msg 32.23% worse (median 0.0121 → 0.016) (over 15%, ranges do not overlap).',
    );
    expect(verdict.details!.regressed).toEqual([expect.objectContaining({ metric: 'enqueue.ms_per_msg' })]);
  });

  test('a candidate regression passes, with a warning in the message and the details', () => {
    const verdict = judge(
      { 'enqueue.ms_per_msg': [0.012, 0.016, 0.017] },
      { 'enqueue.ms_per_msg': [0.012, 0.0125, 0.013] },
    );
    expect(verdict).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(verdict.message).toBe(
      '1 metric within budget against summary.json (v1.1.0). Warning: candidate regression (ranges overlap, not failing): enqueue.ms_per_msg 28% worse (median 0.0125 → 0.016).',
    );
    expect(verdict.details!.candidate_regressions).toEqual([
      expect.objectContaining({ metric: 'enqueue.ms_per_msg' }),
    ]);
  });

  test('BUDGET_EXCEEDED for an absolute max or min crossed', () => {
    const rules = [
      rule({ name: 'latency.p99_ms', max: 250 }),
      rule({ name: 'throughput', direction: 'higher_is_better', min: 1000 }),
    ];
    const verdict = judge(
      { 'latency.p99_ms': [240, 270, 280], throughput: 900 },
      { 'latency.p99_ms': 265, throughput: 880 },
      rules,
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'BUDGET_EXCEEDED' });
    expect(verdict.message).toBe(
      'Over budget: latency.p99_ms median 270 is above the max 250; throughput median 900 is below the min 1000.',
    );
  });

  test('absolute limits alone are a comparison: pass without any baseline', () => {
    const verdict = judge({ 'latency.p99_ms': 200, 'errors.rate': 0.001 }, {}, [
      rule({ name: 'latency.p99_ms', max: 250 }),
      rule({ name: 'errors.rate', max: 0.01 }),
    ]);
    expect(verdict).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(verdict.message).toBe(
      '2 metrics within their absolute limits. Warning: no baseline for errors.rate, latency.p99_ms.',
    );
  });

  test('no baseline for some metrics: a warning; for all, NO_COMPARABLE_METRICS', () => {
    const some = judge({ 'a.ms_per_msg': 1, 'b.ms_per_msg': 1 }, { 'a.ms_per_msg': 1 });
    expect(some).toMatchObject({ status: 'pass', code: 'WITHIN_BUDGET' });
    expect(some.message).toContain('Warning: no baseline for b.ms_per_msg.');
    const none = judge({ 'a.ms_per_msg': 1 }, { 'a.ms_per_msg': 0 });
    expect(none).toMatchObject({ status: 'fail', code: 'NO_COMPARABLE_METRICS' });
    expect(none.message).toContain(
      'no metric could be compared between summary.json (current) and summary.json (v1.1.0)',
    );
  });

  test('NO_COMPARABLE_METRICS when no rule matches anything', () => {
    const verdict = judge({ other: 1 }, { other: 1 });
    expect(verdict).toMatchObject({ status: 'fail', code: 'NO_COMPARABLE_METRICS' });
    expect(verdict.message).toContain("has no metric matching '*.ms_per_msg'");
  });

  test('METRIC_MISSING when one rule matches nothing the current build reported', () => {
    const verdict = judge({ 'a.ms_per_msg': 1 }, { 'a.ms_per_msg': 1, 'errors.rate': 0 }, [
      rule(),
      rule({ name: 'errors.rate', max: 0.01 }),
    ]);
    expect(verdict).toMatchObject({ status: 'fail', code: 'METRIC_MISSING' });
    expect(verdict.message).toContain("summary.json (current) has no metric matching 'errors.rate'");
  });

  test('a metric dropped from the current build is a warning', () => {
    const verdict = judge({ 'a.ms_per_msg': 1 }, { 'a.ms_per_msg': 1, 'b.ms_per_msg': 1 });
    expect(verdict).toMatchObject({ status: 'pass' });
    expect(verdict.message).toContain('not in the current metrics: b.ms_per_msg');
  });

  test('noise-level metrics are compared and pass', () => {
    expect(judge({ 'a.ms_per_msg': 0.00005 }, { 'a.ms_per_msg': 0.00001 })).toMatchObject({
      status: 'pass',
      code: 'WITHIN_BUDGET',
    });
  });

  test('checkParams refuses min above max', () => {
    expect(() => metricBudgetsGate.checkParams!(params([rule({ min: 10, max: 5 })]))).toThrow(GateError);
  });
});

describe('parseMetricsDocument', () => {
  test('numbers and lists of numbers', () => {
    const metrics = parseMetricsDocument('{"metrics": {"a": 1.5, "b": [1, 2, 3]}, "tool": "bench"}', 'x');
    expect([...metrics]).toEqual([
      ['a', [1.5]],
      ['b', [1, 2, 3]],
    ]);
  });

  test('a metric named __proto__ is just a metric', () => {
    expect(parseMetricsDocument('{"metrics": {"__proto__": 3}}', 'x').get('__proto__')).toEqual([3]);
  });

  test.each([
    ['not JSON', '{', 'not valid JSON'],
    ['no metrics object', '{"results": {}}', 'no "metrics" object'],
    ['metrics a list', '{"metrics": [1]}', 'no "metrics" object'],
    ['a string value', '{"metrics": {"a": "fast"}}', `metric 'a' is "fast"`],
    ['an empty list', '{"metrics": {"a": []}}', `metric 'a' is []`],
    ['a null in a list', '{"metrics": {"a": [1, null]}}', `metric 'a' is [1,null]`],
    ['a nested object', '{"metrics": {"a": {"p99": 1}}}', `metric 'a'`],
  ])('%s is METRICS_INVALID', (_what, text, reason) => {
    try {
      parseMetricsDocument(text, 'bench.json');
      throw new Error('expected a GateError');
    } catch (error) {
      expect(error).toBeInstanceOf(GateError);
      expect((error as GateError).code).toBe('METRICS_INVALID');
      expect((error as GateError).message).toContain('bench.json');
      expect((error as GateError).message).toContain(reason);
    }
  });
});
