// Writes what the evaluation leaves behind: maturity-eval.json and maturity-eval.md, and the
// job summary. A file that cannot be written is a ReportWriteError naming it: the verdict
// stands, and the edge reports the failure on its own (docs/gates.md, "Set by the action when the result cannot be delivered").
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from './markdown.js';
import type { EvaluationReport } from './types.js';

export const REPORT_JSON = 'maturity-eval.json';
export const REPORT_MD = 'maturity-eval.md';

export interface WrittenReports {
  json: string;
  md: string;
  markdown: string;
}

/** A report, the job summary or the step outputs could not be written; `file` says which. */
export class ReportWriteError extends Error {
  readonly code = 'REPORT_WRITE_FAILED';
  constructor(
    readonly file: string,
    what: string,
    cause: unknown,
  ) {
    super(`cannot write ${what} ${file}: ${fileSystemReason(cause)}`);
    this.name = 'ReportWriteError';
  }
}

/**
 * Node's reason without the path it repeats: `ENOTDIR: not a directory` from
 * `ENOTDIR: not a directory, open '/w/dist/maturity/maturity-eval.json'`.
 */
export function fileSystemReason(error: unknown): string {
  // Not `instanceof Error`: an error from another realm (a VM context) is one too.
  const message =
    typeof error === 'object' && error !== null && typeof (error as Error).message === 'string'
      ? (error as Error).message
      : String(error);
  return message.replace(/, [a-z]+ '[^']*'(?: -> '[^']*')?$/, '');
}

function attempt(file: string, what: string, write: () => unknown): void {
  try {
    write();
  } catch (error) {
    throw new ReportWriteError(file, what, error);
  }
}

/** Writes maturity-eval.json and maturity-eval.md into `dir` (created if needed). */
export async function writeReports(report: EvaluationReport, dir: string): Promise<WrittenReports> {
  const json = path.join(dir, REPORT_JSON);
  const md = path.join(dir, REPORT_MD);
  const markdown = renderMarkdown(report);
  attempt(dir, 'report directory', () => mkdirSync(dir, { recursive: true }));
  attempt(json, 'report', () => writeFileSync(json, JSON.stringify(report, null, 2) + '\n'));
  attempt(md, 'report', () => writeFileSync(md, markdown));
  return { json, md, markdown };
}

/** Appends the Markdown report to the job summary file (GITHUB_STEP_SUMMARY), as the runner expects. */
export async function writeJobSummary(file: string, markdown: string): Promise<void> {
  attempt(file, 'job summary', () => appendFileSync(file, markdown));
}
