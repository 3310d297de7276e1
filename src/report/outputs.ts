// The step outputs (SPEC §3) and the annotations, derived from a report. Pure.
import type { PolicyIssue } from '../policy/types.js';
import type { EvaluationReport } from './types.js';
import { verificationSummaryOutputs } from './vsa.js';

export function buildOutputs(
  report: EvaluationReport,
  paths: { json: string; md: string },
): Record<string, string> {
  return {
    result: report.result,
    stage: report.stage ?? '',
    blocking: JSON.stringify(report.blocking.map((b) => b.gate)),
    warnings: JSON.stringify(report.warnings.map((w) => w.gate)),
    gates: JSON.stringify(Object.fromEntries(report.gates.map((g) => [g.id, g.status]))),
    demote: String(report.demote),
    report_json: paths.json,
    report_md: paths.md,
    ...verificationSummaryOutputs(paths.json),
  };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

export function buildAnnotations(report: EvaluationReport, policyIssues: PolicyIssue[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const issue of policyIssues) {
    annotations.push({
      level: 'error',
      title: 'release-gates: invalid policy',
      message: issue.message,
      file: issue.file,
      line: issue.line,
      col: issue.col,
    });
  }
  if (report.error && policyIssues.length === 0) {
    annotations.push({
      level: 'error',
      title: `release-gates: ${report.error.code}`,
      message: report.error.message,
    });
  }
  for (const entry of report.blocking) {
    annotations.push({
      level: 'error',
      title: `release-gates: ${entry.gate} blocks (${entry.code})`,
      message: entry.message,
    });
  }
  for (const entry of report.warnings) {
    annotations.push({
      level: 'warning',
      title: `release-gates: ${entry.gate} failed, report only (${entry.code})`,
      message: entry.message,
    });
  }
  return annotations;
}
