import { promises as fs } from 'node:fs';
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

/** Writes maturity-eval.json and maturity-eval.md into `dir` (created if needed). */
export async function writeReports(report: EvaluationReport, dir: string): Promise<WrittenReports> {
  await fs.mkdir(dir, { recursive: true });
  const json = path.join(dir, REPORT_JSON);
  const md = path.join(dir, REPORT_MD);
  const markdown = renderMarkdown(report);
  await fs.writeFile(json, JSON.stringify(report, null, 2) + '\n');
  await fs.writeFile(md, markdown);
  return { json, md, markdown };
}
