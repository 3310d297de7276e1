// maturity-eval.md, which is also the job summary. This module only builds a string: no I/O.
//
// Every string that comes from the report's data is escaped through ./escape.ts, wherever it
// lands. The only text emitted raw is our own template.
//
// GitHub refuses a job summary over 1 MiB, so the output is kept under `maxBytes`. What gives way
// first is the per-gate details, then the length of messages and lists, then the table rows of
// gates that do not block. The verdict, the blocking list and the blocking gates' rows are kept.
import type { GateStatus } from '../model/types.js';
import {
  codeSpan,
  escapeHtml,
  escapeInline,
  escapeTableCell,
  fencedBlock,
  markdownLink,
  safeHttpUrl,
  truncate,
} from './escape.js';
import type { BlockingEntry, EvaluationReport, GateReport, PolicyFileRecord } from './types.js';

/** Default size bound: under GitHub's job summary limit of 1 MiB (1,048,576 bytes). */
export const DEFAULT_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Largest output in UTF-8 bytes. */
  maxBytes?: number;
}

/** How much of each thing one rendering shows. */
interface Limits {
  /** Gate ids, stage, ref and other names. */
  name: number;
  /** Messages in the lists and table. */
  message: number;
  /** Stage reason, error message, override reason. */
  prose: number;
  /** Entries in the warnings and overrides lists (the blocking list is never shortened). */
  listItems: number;
  /** Policy files in the footer. */
  files: number;
  /** `all`, or only the rows of blocking gates. */
  rows: 'all' | 'blocking';
  /** Characters of each gate's details JSON; 0 leaves per-gate details out. */
  detailChars: number;
  /** Links per gate in its details. */
  links: number;
}

const FULL: Limits = {
  name: 200,
  message: 1_000,
  prose: 2_000,
  listItems: Infinity,
  files: Infinity,
  rows: 'all',
  // Even when everything fits, one gate's details beyond this are not worth a reader's scroll.
  detailChars: 65_536,
  links: Infinity,
};

/** Successively smaller renderings, tried in order when the full one is too big. */
const REDUCED: readonly Limits[] = [
  { ...FULL, detailChars: 20_000, links: 50 },
  { ...FULL, message: 300, prose: 500, listItems: 100, files: 20, detailChars: 4_000, links: 20 },
  {
    name: 100,
    message: 120,
    prose: 200,
    listItems: 20,
    files: 5,
    rows: 'blocking',
    detailChars: 1_000,
    links: 5,
  },
  { name: 64, message: 60, prose: 120, listItems: 0, files: 1, rows: 'blocking', detailChars: 0, links: 0 },
];

const STATUS_ICON: Record<GateStatus, string> = {
  pass: '✅',
  fail: '❌',
  error: '⛔',
  overridden: '🔓',
  skipped: '⏭️',
};

const MODE_LABEL: Record<string, string> = { required: 'required', report_only: 'report only', off: 'off' };

const FULL_REPORT = '`maturity-eval.json`';

/**
 * Renders the evaluation report as GitHub-flavoured Markdown, at most `maxBytes` UTF-8 bytes
 * (default {@link DEFAULT_MAX_BYTES}). When it had to be shortened, the output says so and
 * points to maturity-eval.json.
 */
export function renderMarkdown(report: EvaluationReport, options: MarkdownOptions = {}): string {
  const requested = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxBytes = Number.isNaN(requested) ? DEFAULT_MAX_BYTES : Math.max(0, Math.floor(requested));
  const blocking = blockingGateIds(report);

  const full = compose(report, blocking, FULL, false, maxBytes);
  if (full !== null) return full;
  for (const limits of REDUCED) {
    const reduced = compose(report, blocking, limits, true, maxBytes);
    if (reduced !== null) return reduced;
  }
  const smallest = REDUCED[REDUCED.length - 1]!;
  return cutToBytes(head(report, blocking, smallest, true) + footer(report, smallest), maxBytes);
}

/**
 * One rendering at the given limits, or null when it does not fit in `maxBytes`. Untruncated, it
 * has every gate's details or none of it fits; truncated, gate details are added in order of
 * importance (blocking gates first, then other failures) as long as they fit.
 */
function compose(
  report: EvaluationReport,
  blocking: ReadonlySet<string>,
  limits: Limits,
  truncated: boolean,
  maxBytes: number,
): string | null {
  const top = head(report, blocking, limits, truncated);
  const bottom = footer(report, limits);
  const fixed = byteLength(top) + byteLength(bottom);
  if (fixed > maxBytes) return null;

  const sections = limits.detailChars > 0 ? detailSections(report, blocking, limits) : [];
  const kept = new Set<number>();
  // What is left once the heading (and, when truncated, the "left out" note) have their room.
  let budget = maxBytes - fixed - (truncated ? 300 : 20);
  for (const section of [...sections].sort((a, b) => a.priority - b.priority || a.index - b.index)) {
    const size = byteLength(section.text);
    if (size <= budget) {
      kept.add(section.index);
      budget -= size;
    }
  }
  const omitted = sections.length - kept.size;
  if (omitted > 0 && !truncated) return null;

  let details = '';
  if (sections.length > 0) details += '### Details\n\n';
  if (omitted > 0) {
    details +=
      `_The details of ${omitted} gate${omitted === 1 ? '' : 's'} were left out to fit the size limit; ` +
      `they are in ${FULL_REPORT}._\n\n`;
  }
  details += sections
    .filter((section) => kept.has(section.index))
    .map((section) => section.text)
    .join('');
  const out = top + details + bottom;
  return byteLength(out) <= maxBytes ? out : null;
}

/** Ids of the gates that block: the report's blocking list, and required gates that failed. */
function blockingGateIds(report: EvaluationReport): Set<string> {
  const ids = new Set(report.blocking.map((entry) => entry.gate));
  for (const gate of report.gates) {
    if (gate.mode === 'required' && (gate.status === 'fail' || gate.status === 'error')) ids.add(gate.id);
  }
  return ids;
}

/** Verdict, banners, context, blocking list, warnings, table and overrides. */
function head(
  report: EvaluationReport,
  blocking: ReadonlySet<string>,
  limits: Limits,
  truncated: boolean,
): string {
  const passed = report.result === 'pass' && !report.error;
  const verdict = passed ? '✅ PASS' : '❌ BLOCKED';
  const stage = report.stage ? `stage ${escapeInline(report.stage, limits.name)}` : 'no stage';
  const out: string[] = [`## ${verdict} — release gates, ${stage}\n`];

  if (report.error) {
    out.push(
      '> 💥 **The evaluation could not complete**, so the result is BLOCKED (it fails closed).\n' +
        `> ${label(report.error.code, report.error.message, limits.prose)}\n`,
    );
  }
  if (report.rehearsal) {
    out.push(
      '> 🧪 **REHEARSAL** — evaluated exactly as a live run, but without side effects, ' +
        'and `freeze_window` gates do not block.\n',
    );
  }
  if (truncated) {
    out.push(
      '> ✂️ **This report was truncated** to stay within the size limit of a job summary. ' +
        `The full report is in ${FULL_REPORT}.\n`,
    );
  }

  out.push(context(report, limits));
  if (report.stage_reason)
    out.push(`**Why this stage:** ${escapeInline(report.stage_reason, limits.prose)}\n`);

  if (report.blocking.length > 0) {
    out.push(`### ❌ Blocking (${report.blocking.length})\n`);
    out.push(report.blocking.map((entry) => `- ${entryLine(entry, limits)}\n`).join(''));
  }
  if (report.warnings.length > 0) {
    out.push(`### ⚠️ Warnings (${report.warnings.length})\n`);
    out.push(
      bulletList(
        report.warnings.map((entry) => entryLine(entry, limits)),
        limits.listItems,
        'warning',
      ),
    );
  }

  out.push('### Gates\n');
  out.push(gatesTable(report, blocking, limits));

  if (report.overrides.length > 0) {
    out.push(`### 🔓 Overrides (${report.overrides.length})\n`);
    out.push(
      bulletList(
        report.overrides.map(
          (o) =>
            `**${nonEmpty(o.gate, limits.name)}** overridden by **${nonEmpty(o.actor, limits.name)}** ` +
            `at ${escapeInline(o.at, 64)}: ${escapeInline(o.reason, limits.prose)}`,
        ),
        limits.listItems,
        'override',
      ),
    );
  }
  out.push(...refusedOverridesSection(report, limits));
  return out.join('\n') + '\n';
}

/** Overrides the policy refused (overrides.allowed_actors / min_permission): who asked, why not. */
function refusedOverridesSection(report: EvaluationReport, limits: Limits): string[] {
  const refused = report.refused_overrides ?? [];
  if (refused.length === 0) return [];
  return [
    `### ⛔ Refused overrides (${refused.length})\n`,
    bulletList(
      refused.map(
        (r) =>
          `**${nonEmpty(r.gate, limits.name)}**: override by **${nonEmpty(r.actor, limits.name)}** refused ` +
          `at ${escapeInline(r.at, 64)}: ${escapeInline(r.why, limits.prose)}; only ${escapeInline(r.who_may, limits.prose)} may override`,
      ),
      limits.listItems,
      'refused override',
    ),
  ];
}

/** The line under the title: what was evaluated. */
function context(report: EvaluationReport, limits: Limits): string {
  const parts = [
    `**Repository:** ${nonEmpty(report.repository, limits.name)}`,
    `**Ref:** ${nonEmpty(report.ref, limits.name)}`,
  ];
  if (report.tag !== null && report.tag !== report.ref)
    parts.push(`**Tag:** ${nonEmpty(report.tag, limits.name)}`);
  if (report.version) parts.push(`**Version:** ${escapeInline(report.version, limits.name)}`);
  parts.push(`**Commit:** ${report.sha ? codeSpan(report.sha, { maxLength: 64 }) : '_unresolved_'}`);
  if (report.build_run_id !== null) parts.push(`**Build run:** ${escapeInline(String(report.build_run_id))}`);
  const runUrl = report.run_url ? safeHttpUrl(report.run_url) : null;
  if (runUrl !== null) parts.push(markdownLink('Workflow run', runUrl));
  return parts.join(' · ') + '\n';
}

/** `**gate** `CODE` — message`, for the blocking and warnings lists. */
function entryLine(entry: BlockingEntry, limits: Limits): string {
  return `**${nonEmpty(entry.gate, limits.name)}** — ${label(entry.code, entry.message, limits.message)}`;
}

/** `CODE` followed by the message, as inline Markdown. */
function label(code: string, message: string, maxLength: number): string {
  const shownCode = codeSpan(code, { maxLength: 64 });
  const shownMessage = escapeInline(message, maxLength);
  return [shownCode, shownMessage].filter((part) => part !== '').join(' ');
}

function bulletList(items: string[], max: number, noun: string): string {
  const shown = items.slice(0, max);
  const lines = shown.map((item) => `- ${item}\n`);
  const rest = items.length - shown.length;
  if (rest > 0) {
    lines.push(`- _… ${rest} more ${noun}${rest === 1 ? '' : 's'}, listed in ${FULL_REPORT}_\n`);
  }
  return lines.join('');
}

function gatesTable(report: EvaluationReport, blocking: ReadonlySet<string>, limits: Limits): string {
  if (report.gates.length === 0) return '_No gate was evaluated._\n';
  const rows = report.gates.filter((gate) => limits.rows === 'all' || blocking.has(gate.id));
  const lines = ['| Gate | Mode | Status | Details |\n', '| --- | --- | --- | --- |\n'];
  for (const gate of rows) {
    const details = [
      codeSpan(gate.code, { maxLength: 64, inTable: true }),
      escapeTableCell(gate.message, limits.message),
    ];
    lines.push(
      `| ${nonEmpty(gate.id, limits.name, true)} | ${modeLabel(gate.mode)} | ${statusLabel(gate)} | ` +
        `${details.filter((part) => part !== '').join(' ')} |\n`,
    );
  }
  const rest = report.gates.length - rows.length;
  if (rest > 0) {
    lines.push(
      `| … | | | _${rest} more gate${rest === 1 ? '' : 's'} that do not block, listed in ${FULL_REPORT}_ |\n`,
    );
  }
  return lines.join('');
}

function modeLabel(mode: string): string {
  return escapeTableCell(MODE_LABEL[mode] ?? mode, 32);
}

/** Status with its icon; a failure that only warns (report-only) gets the warning icon. */
function statusLabel(gate: GateReport): string {
  const known = Object.hasOwn(STATUS_ICON, gate.status);
  const warnsOnly = gate.mode !== 'required' && (gate.status === 'fail' || gate.status === 'error');
  const icon = warnsOnly ? '⚠️' : known ? STATUS_ICON[gate.status] : '❔';
  // A no-break space keeps the icon and the word together in a narrow column.
  return `${icon}\u00a0${escapeTableCell(gate.status, 32)}`;
}

interface DetailSection {
  index: number;
  /** Lower is kept first. */
  priority: number;
  text: string;
}

/**
 * One collapsible block per gate that has something more to show than its table row. Inside,
 * what a reviewer reads comes first (gateLead: the message and the links, such as "Run #24
 * broke the streak"), then what the gate is for, then the structured details folded
 * (foldedDetails: the JSON, which is for a person digging further).
 */
function detailSections(
  report: EvaluationReport,
  blocking: ReadonlySet<string>,
  limits: Limits,
): DetailSection[] {
  const sections: DetailSection[] = [];
  report.gates.forEach((gate, index) => {
    const json = Object.keys(gate.details ?? {}).length > 0 ? stringifyDetails(gate.details) : '';
    const links = gate.links ?? [];
    if (!gate.description && json === '' && links.length === 0) return;

    const summary =
      `${statusIcon(gate)} ${escapeHtml(nonEmptyRaw(gate.id), limits.name)} — ` +
      `${escapeHtml(gate.code, 64)} (${escapeHtml(formatDuration(gate.duration_ms))})`;
    const parts = [`<details>\n<summary>${summary}</summary>\n\n`];
    parts.push(gateLead(gate, limits));
    if (gate.description) parts.push(`**About:** ${escapeInline(gate.description, limits.prose)}\n\n`);
    parts.push(historyStripLine(gate));
    if (json !== '') parts.push(foldedDetails(json, limits));
    parts.push('</details>\n\n');
    const priority = blocking.has(gate.id) ? 0 : gate.status === 'fail' || gate.status === 'error' ? 1 : 2;
    sections.push({ index, priority, text: parts.join('') });
  });
  return sections;
}

/** Gate types whose details carry `history_strip`: the runs judged, one symbol each, newest first. */
const HISTORY_STRIP_GATES = new Set(['run_streak', 'failure_budget']);

/**
 * The history strip of a history gate (✅ green, 🔁 green after a re-run, ❌ failure, ⏭ passed
 * over), or nothing. The gate builds and caps it; it is escaped all the same, like all details.
 */
function historyStripLine(gate: GateReport): string {
  const strip = gate.details?.history_strip;
  if (!HISTORY_STRIP_GATES.has(gate.type) || typeof strip !== 'string' || strip === '') return '';
  return `**History (newest first):** ${escapeInline(strip, 400)}\n\n`;
}

/** The gate's message in plain words, then its links. */
function gateLead(gate: GateReport, limits: Limits): string {
  const lead = [`${escapeInline(gate.message, limits.prose) || '_No message._'}\n\n`];
  const links = gate.links ?? [];
  if (links.length > 0) {
    lead.push(
      bulletList(
        links.map((link) => markdownLink(link.title, link.url, limits.message)),
        limits.links,
        'link',
      ) + '\n',
    );
  }
  return lead.join('');
}

/** The gate's structured details as JSON, folded in a block of their own. */
function foldedDetails(json: string, limits: Limits): string {
  const shown = truncate(json, limits.detailChars);
  const parts = [
    '<details>\n<summary>Structured details (JSON)</summary>\n\n',
    fencedBlock(shown, 'json') + '\n',
  ];
  if (shown !== json) parts.push(`_Details shortened; they are complete in ${FULL_REPORT}._\n\n`);
  parts.push('</details>\n\n');
  return parts.join('');
}

function statusIcon(gate: GateReport): string {
  return statusLabel(gate).split(' ')[0]!;
}

/** Pretty JSON of a gate's details; whatever JSON cannot hold is shown rather than thrown. */
function stringifyDetails(details: Record<string, unknown>): string {
  try {
    return (
      JSON.stringify(
        details,
        (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
        2,
      ) ?? ''
    );
  } catch (error) {
    return `(details could not be shown: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Policy (one line: the file, where it came from, what it extends, its hash), API usage and the tool. */
function footer(report: EvaluationReport, limits: Limits): string {
  const lines = [policyLine(report, limits)];
  lines.push(
    `- **API requests:** ${formatCount(report.stats.api_requests)} · ` +
      `**Duration:** ${escapeInline(formatDuration(report.stats.duration_ms))}\n`,
  );
  lines.push(
    `- **Generated by** ${escapeInline(report.tool.name, limits.name)} ${escapeInline(report.tool.version, limits.name)}` +
      ` at ${escapeInline(report.timestamp, 64)}\n`,
  );
  return `---\n\n${lines.join('')}`;
}

/**
 * `- **Policy:** .github/release-gates.yml (blob e69de29…) from workspace · extends
 * acme/org-policies/base.yml@v3 (blob 8ab686e…) · sha256 …`: the policy file once, with its
 * blob, and the other files of its `extends` chain.
 */
function policyLine(report: EvaluationReport, limits: Limits): string {
  const { policy } = report;
  const isPolicyFile = (file: PolicyFileRecord) =>
    file.path === policy.path || file.path.startsWith(`${report.repository}/${policy.path}@`);
  const own = policy.files.find(isPolicyFile);
  const blob = (file: PolicyFileRecord) => `(blob ${codeSpan(file.blob_sha, { maxLength: 64 })})`;
  let line = `- **Policy:** ${nonEmpty(policy.path, limits.name)}${own ? ` ${blob(own)}` : ''}`;
  line += ` from ${nonEmpty(policy.source, limits.name)}`;
  const others = policy.files.filter((file) => file !== own);
  if (others.length > 0) {
    const shown = others
      .slice(0, limits.files)
      .map((file) => `${escapeInline(file.path, limits.name)} ${blob(file)}`);
    const rest = others.length - shown.length;
    if (rest > 0) shown.push(`… ${rest} more`);
    line += ` · extends ${shown.join(', ')}`;
  }
  if (policy.sha256) line += ` · sha256 ${codeSpan(policy.sha256, { maxLength: 64 })}`;
  return line + '\n';
}

/** Escaped inline text, or a placeholder when empty (an empty `****` would render as a rule). */
function nonEmpty(text: string | null | undefined, maxLength: number, inTable = false): string {
  const escaped = inTable ? escapeTableCell(text ?? '', maxLength) : escapeInline(text ?? '', maxLength);
  return escaped === '' ? '_(empty)_' : escaped;
}

function nonEmptyRaw(text: string): string {
  return text === '' ? '(empty)' : text;
}

function formatCount(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value)) : '?';
}

/** `850 ms`, `3.4 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1_000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Last resort when even the smallest rendering is too big (a huge blocking list, or a tiny
 * `maxBytes`): whole lines up to the limit, then a note. Never more than `maxBytes` bytes.
 */
function cutToBytes(text: string, maxBytes: number): string {
  const note = `\n> ✂️ **Cut here** to fit the size limit. The full report is in ${FULL_REPORT}.\n`;
  const room = maxBytes - byteLength(note);
  if (room < 0) return prefixWithinBytes(note.trimStart(), maxBytes);
  const prefix = prefixWithinBytes(text, room);
  const lastBreak = prefix.lastIndexOf('\n');
  return (lastBreak >= 0 ? prefix.slice(0, lastBreak + 1) : '') + note;
}

/** The longest prefix of `text` (whole code points) within `maxBytes` UTF-8 bytes. */
function prefixWithinBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
