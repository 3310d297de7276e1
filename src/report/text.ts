// The report for a terminal: the verdict, why this stage, what blocks, and one line per gate.
// Untrusted strings are folded to one line and stripped of control characters, so a crafted
// message cannot move the cursor or fake a line of the verdict.
import { foldLines, truncate } from './escape.js';
import type { EvaluationReport, GateReport } from './types.js';

const ICON: Record<GateReport['status'], string> = {
  pass: '✔',
  fail: '✘',
  error: '!',
  overridden: '~',
  skipped: '-',
};

export interface TextOptions {
  color?: boolean;
  /** Longest message shown per gate. */
  width?: number;
}

export function renderText(report: EvaluationReport, options: TextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const clean = (text: string, max = options.width ?? 160) => truncate(foldLines(text), max);
  const pass = report.result === 'pass' && !report.error;
  const lines: string[] = [];
  const verdict = pass ? paint('1;32', 'PASS') : paint('1;31', 'BLOCKED');
  lines.push(
    `${verdict}  ${report.repository} ${clean(report.ref)}${report.stage ? ` at stage ${report.stage}` : ''}${report.rehearsal ? paint('33', '  (REHEARSAL)') : ''}`,
  );
  if (report.stage_reason) lines.push(`  why this stage: ${clean(report.stage_reason)}`);
  if (report.error) lines.push(paint('31', `  ${report.error.code}: ${clean(report.error.message, 2000)}`));
  for (const entry of report.blocking)
    lines.push(paint('31', `  blocks: ${entry.gate} ${entry.code} — ${clean(entry.message)}`));
  if (report.gates.length) lines.push('');
  const idWidth = Math.min(32, Math.max(...report.gates.map((g) => g.id.length), 4));
  for (const gate of report.gates) {
    const failed = gate.status === 'fail' || gate.status === 'error';
    const color = gate.status === 'pass' ? '32' : failed ? (gate.mode === 'required' ? '31' : '33') : '36';
    const mode = gate.mode === 'report_only' ? 'report only' : gate.mode;
    lines.push(
      `  ${paint(color, ICON[gate.status])} ${clean(gate.id, 32).padEnd(idWidth)}  ${mode.padEnd(11)} ${gate.code}  ${clean(gate.message)}`,
    );
  }
  for (const o of report.overrides)
    lines.push(paint('33', `  override: ${o.gate} by ${clean(o.actor, 60)} at ${o.at}: ${clean(o.reason)}`));
  lines.push('', `  ${report.stats.api_requests} API requests, ${report.stats.duration_ms} ms`);
  return lines.join('\n');
}
