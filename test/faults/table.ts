// The matrix as text: a Markdown table (routes × faults) with counts, for the terminal and for
// docs/reliability.md.
import { DEFECTS, FAULT_KINDS, type Cell, type FaultKindSpec, type Outcome, type Row } from './matrix.js';

export interface MatrixSummary {
  cells: number;
  byOutcome: Record<string, number>;
  defects: Cell[];
  runs: number;
  /** Longest run per fault column, ms. */
  slowest: Record<string, number>;
  wallMs: number;
}

export function summarize(cells: Cell[], wallMs: number): MatrixSummary {
  const byOutcome: Record<string, number> = {};
  const slowest: Record<string, number> = {};
  let runs = 0;
  for (const cell of cells) {
    byOutcome[cell.outcome] = (byOutcome[cell.outcome] ?? 0) + 1;
    for (const run of [cell.transient, cell.persistent]) {
      if (!run) continue;
      runs++;
      slowest[cell.fault] = Math.max(slowest[cell.fault] ?? 0, run.durationMs);
    }
  }
  return {
    cells: cells.length,
    byOutcome,
    defects: cells.filter((c) => DEFECTS.includes(c.outcome)),
    runs,
    slowest,
    wallMs,
  };
}

const SHORT: Record<Outcome, string> = {
  recovered: 'recovered',
  error: 'error',
  fail: 'fail',
  'n/a': 'n/a',
  'FAIL-OPEN': '**FAIL-OPEN**',
  'NOT RECOVERED': '**NOT RECOVERED**',
  MISREPORTED: '**MISREPORTED**',
  UNREACHED: '**UNREACHED**',
};

/** A cell's text: `recovered · error TIMEOUT` for transient faults, `error NOT_FOUND` otherwise. */
export function cellText(cell: Cell | undefined, kind: FaultKindSpec): string {
  if (!cell) return '·';
  if (cell.outcome === 'n/a') return 'n/a';
  const code = cell.code ? ` \`${cell.code}\`` : '';
  const mark = cell.notes.length ? ' †' : '';
  if (DEFECTS.includes(cell.outcome)) return `${SHORT[cell.outcome]}${code}`;
  const closed = `${cell.outcome}${code}${mark}`;
  if (kind.class !== 'transient') return closed;
  const single = cell.notes.some((n) => n.startsWith('not retried by design')) ? 'not retried' : 'recovered';
  return `${single} · ${closed}`;
}

function routeLabel(row: Row): string {
  const uses = row.uses.length ? ` (${row.uses.join(', ')})` : '';
  return `\`${row.route}\`${uses}`;
}

export function markdownTable(rows: Row[], cells: Cell[], kinds: FaultKindSpec[] = FAULT_KINDS): string {
  const find = (row: Row, kind: FaultKindSpec) =>
    cells.find((c) => c.route === row.route && c.story === row.story && c.fault === kind.id);
  const header = `| route | story | ${kinds.map((k) => k.title).join(' | ')} |`;
  const rule = `| --- | --- | ${kinds.map(() => '---').join(' | ')} |`;
  const lines = rows.map(
    (row) =>
      `| ${routeLabel(row)} | ${row.story} | ${kinds.map((kind) => cellText(find(row, kind), kind)).join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

export function countsTable(summary: MatrixSummary, cells: Cell[]): string {
  const classOf = (c: Cell) => FAULT_KINDS.find((k) => k.id === c.fault)?.class;
  const closed = (c: Cell) => c.outcome === 'error' || c.outcome === 'fail';
  const byDesign = (c: Cell) => c.notes.some((n) => n.startsWith('not retried by design'));
  const count = (test: (c: Cell) => boolean) => cells.filter(test).length;
  const rows: [string, number][] = [
    [
      'transient fault: recovered once, `error` when persistent',
      count((c) => classOf(c) === 'transient' && closed(c) && !byDesign(c)),
    ],
    [
      'transient fault: not retried by design (†), `error`',
      count((c) => classOf(c) === 'transient' && closed(c) && byDesign(c)),
    ],
    [
      'definitive answer (403, 404, 410): `error`',
      count((c) => classOf(c) === 'definitive' && c.outcome === 'error'),
    ],
    [
      'definitive answer: `fail` on a "missing" code',
      count((c) => classOf(c) === 'definitive' && c.outcome === 'fail'),
    ],
    ['integrity fault: refused', count((c) => classOf(c) === 'integrity' && closed(c))],
    ['n/a', summary.byOutcome['n/a'] ?? 0],
    ...DEFECTS.map((d): [string, number] => [d, summary.byOutcome[d] ?? 0]),
  ];
  return [
    '| cells | count |',
    '| --- | --- |',
    ...rows.map(([label, n]) => `| ${label} | ${n} |`),
    `| **total** | ${summary.cells} |`,
  ].join('\n');
}

/** The † notes, one line per distinct note with the cells it applies to. */
export function notesList(cells: Cell[]): string {
  const byNote = new Map<string, string[]>();
  for (const cell of cells)
    for (const note of cell.notes)
      byNote.set(note, [...(byNote.get(note) ?? []), `\`${cell.route}\` (${cell.story}) × ${cell.fault}`]);
  if (byNote.size === 0) return 'None.';
  return [...byNote.entries()].map(([note, where]) => `- ${note}: ${where.join('; ')}`).join('\n');
}

export function defectList(summary: MatrixSummary): string {
  if (summary.defects.length === 0)
    return 'No defects: no fail-open cell, every transient single fault recovered.';
  return summary.defects
    .map((c) => `- ${c.outcome}: \`${c.route}\` (${c.story}) × ${c.fault}: ${c.problems.join('; ')}`)
    .join('\n');
}
