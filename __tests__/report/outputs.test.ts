// Step outputs (SPEC §3) and annotations, derived from a report.
import type { PolicyIssue } from '../../src/policy/types.js';
import { buildAnnotations, buildOutputs } from '../../src/report/outputs.js';
import {
  blockedReport,
  erroredReport,
  gateReport,
  passingReport,
  rehearsalReport,
} from '../fixtures/reports.js';

const PATHS = { json: '/ws/dist/maturity/maturity-eval.json', md: '/ws/dist/maturity/maturity-eval.md' };

describe('buildOutputs', () => {
  test('has exactly the outputs of SPEC §3 and §10.5, all strings', () => {
    const outputs = buildOutputs(passingReport(), PATHS);
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'blocking',
        'demote',
        'gates',
        'report_json',
        'report_md',
        'result',
        'stage',
        'warnings',
        'vsa_predicate',
        'vsa_subjects',
      ].sort(),
    );
    for (const value of Object.values(outputs)) expect(typeof value).toBe('string');
  });

  test('a passing report', () => {
    const report = passingReport();
    const outputs = buildOutputs(report, PATHS);
    expect(outputs.result).toBe('pass');
    expect(outputs.stage).toBe('GA');
    expect(JSON.parse(outputs.blocking!)).toEqual([]);
    expect(JSON.parse(outputs.warnings!)).toEqual([]);
    expect(outputs.demote).toBe('false');
    expect(JSON.parse(outputs.gates!)).toEqual(Object.fromEntries(report.gates.map((g) => [g.id, g.status])));
    expect(outputs.report_json).toBe(PATHS.json);
    expect(outputs.report_md).toBe(PATHS.md);
  });

  test('a blocked report lists blocking and warning gate ids and sets demote', () => {
    const report = blockedReport();
    const outputs = buildOutputs(report, PATHS);
    expect(outputs.result).toBe('fail');
    expect(JSON.parse(outputs.blocking!)).toEqual(report.blocking.map((b) => b.gate));
    expect(JSON.parse(outputs.blocking!).length).toBeGreaterThan(0);
    expect(JSON.parse(outputs.warnings!)).toEqual(report.warnings.map((w) => w.gate));
    expect(outputs.demote).toBe('true');
  });

  test('gates maps every gate id to its status, including skipped and overridden', () => {
    const report = passingReport();
    report.gates = [
      gateReport({ id: 'a', status: 'pass' }),
      gateReport({ id: 'b', status: 'skipped', mode: 'off' }),
      gateReport({ id: 'c', status: 'overridden' }),
      gateReport({ id: 'd', status: 'error' }),
      gateReport({ id: 'e', status: 'fail', mode: 'report_only' }),
    ];
    expect(JSON.parse(buildOutputs(report, PATHS).gates!)).toEqual({
      a: 'pass',
      b: 'skipped',
      c: 'overridden',
      d: 'error',
      e: 'fail',
    });
  });

  test('an errored evaluation has an empty stage and empty JSON arrays, never "null"', () => {
    const report = erroredReport();
    const outputs = buildOutputs(report, { json: '', md: '' });
    expect(outputs.result).toBe('fail');
    expect(outputs.stage).toBe(report.stage ?? '');
    expect(JSON.parse(outputs.blocking!)).toEqual(report.blocking.map((b) => b.gate));
    expect(JSON.parse(outputs.gates!)).toEqual(Object.fromEntries(report.gates.map((g) => [g.id, g.status])));
    expect(outputs.demote).toMatch(/^(true|false)$/);
  });

  test('a null stage is the empty string', () => {
    const report = passingReport();
    report.stage = null;
    expect(buildOutputs(report, PATHS).stage).toBe('');
  });

  test('gate ids with quotes or unicode stay valid JSON', () => {
    const report = passingReport();
    report.blocking = [{ gate: 'we"ird', code: 'X', message: 'm' }];
    report.gates = [gateReport({ id: 'we"ird', status: 'fail' }), gateReport({ id: 'ünï', status: 'pass' })];
    const outputs = buildOutputs(report, PATHS);
    expect(JSON.parse(outputs.blocking!)).toEqual(['we"ird']);
    expect(JSON.parse(outputs.gates!)).toEqual({ 'we"ird': 'fail', ünï: 'pass' });
  });
});

describe('buildAnnotations', () => {
  const issues: PolicyIssue[] = [
    {
      file: '.github/release-gates.yml',
      line: 12,
      col: 7,
      message: "Stage 'GA' uses gate 'x', which is not defined under gates",
    },
    { file: 'acme/org/base.yml@v3', line: 3, col: 1, message: "gates.y.type: 'z' is not allowed" },
  ];

  test('a passing report has no annotations', () => {
    expect(buildAnnotations(passingReport(), [])).toEqual([]);
  });

  test('each policy issue is an error on its file, line and column; the summary error is not repeated', () => {
    const report = erroredReport();
    report.error = { code: 'POLICY_INVALID', message: 'The policy is invalid' };
    report.blocking = [];
    report.warnings = [];
    expect(buildAnnotations(report, issues)).toEqual([
      {
        level: 'error',
        title: 'release-gates: invalid policy',
        message: issues[0]!.message,
        file: '.github/release-gates.yml',
        line: 12,
        col: 7,
      },
      {
        level: 'error',
        title: 'release-gates: invalid policy',
        message: issues[1]!.message,
        file: 'acme/org/base.yml@v3',
        line: 3,
        col: 1,
      },
    ]);
  });

  test('an evaluation error without policy issues is one error annotation titled with its code', () => {
    const report = erroredReport();
    report.blocking = [];
    report.warnings = [];
    report.error = { code: 'STAGE_NO_MATCH', message: "No stage matches ref 'x'." };
    expect(buildAnnotations(report, [])).toEqual([
      { level: 'error', title: 'release-gates: STAGE_NO_MATCH', message: "No stage matches ref 'x'." },
    ]);
  });

  test('blocking gates are errors and warnings are warnings, each naming the gate and its code', () => {
    const report = blockedReport();
    const annotations = buildAnnotations(report, []);
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');
    expect(errors).toEqual(
      report.blocking.map((b) => ({
        level: 'error',
        title: `release-gates: ${b.gate} blocks (${b.code})`,
        message: b.message,
      })),
    );
    expect(warnings).toEqual(
      report.warnings.map((w) => ({
        level: 'warning',
        title: `release-gates: ${w.gate} failed, report only (${w.code})`,
        message: w.message,
      })),
    );
    for (const a of annotations) expect(a.file).toBeUndefined();
  });

  test('a rehearsal report annotates what failed without inventing blockers', () => {
    const report = rehearsalReport();
    const annotations = buildAnnotations(report, []);
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(
      report.blocking.length + (report.error ? 1 : 0),
    );
  });
});
