// `npm run faults`: the full fault matrix. Every route the action uses (found by running the
// stories fault-free against the emulator) × every fault kind, each through `node dist/index.js`.
// Prints the table; exits 1 on any fail-open, unrecovered, misreported or unreached cell.
//
//   npm run faults                       # the full matrix, printed
//   npm run faults -- --write            # and docs/reliability.md regenerated from it
//   npm run faults -- --route contents --fault stall,reset   # a part of it (substring filters)
//   npm run faults -- --concurrency 3 --json /tmp/faults.json
//   npm run faults -- --from /tmp/faults.json --write   # this page again from a saved full run
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAULT_KINDS, type Cell, type Row } from '../test/faults/matrix.js';
import { reliabilityDoc } from '../test/faults/doc.js';
import { baselines, matrixRows, REQUEST_TIMEOUT_MS, runMatrix } from '../test/faults/runner.js';
import {
  countsTable,
  defectList,
  markdownTable,
  summarize,
  type MatrixSummary,
} from '../test/faults/table.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    route: { type: 'string' },
    fault: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    json: { type: 'string' },
    from: { type: 'string' },
  },
});

const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()) : null);
const routeFilter = list(values.route);
const faultFilter = list(values.fault);
if (values.write && (routeFilter || faultFilter)) {
  console.error('--write needs the full matrix: drop --route and --fault.');
  process.exit(2);
}
const concurrency = Number(values.concurrency);

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs the (selected part of the) matrix, or reads a saved full run with --from. */
async function matrix(): Promise<{
  rows: Row[];
  selectedRows: Row[];
  kinds: typeof FAULT_KINDS;
  cells: Cell[];
  summary: MatrixSummary;
}> {
  if (values.from) {
    const saved = JSON.parse(readFileSync(values.from, 'utf8')) as {
      rows: Row[];
      cells: Cell[];
      summary: MatrixSummary;
    };
    return { ...saved, selectedRows: saved.rows, kinds: FAULT_KINDS };
  }
  const started = performance.now();
  log(`Fault matrix: baselines (request timeout ${REQUEST_TIMEOUT_MS} ms, concurrency ${concurrency})…`);
  const base = await baselines(undefined, { concurrency });
  const rows = matrixRows(base);
  const kinds = FAULT_KINDS.filter(
    (k) => !faultFilter || faultFilter.some((f) => k.id === f || k.title.includes(f)),
  );
  const selectedRows = rows.filter(
    (r) => !routeFilter || routeFilter.some((f) => r.route.includes(f) || r.story === f),
  );
  log(
    `${rows.length} routes × ${FAULT_KINDS.length} faults; running ${selectedRows.length} × ${kinds.length}.`,
  );

  const cells: Cell[] = await runMatrix(
    selectedRows,
    base,
    undefined,
    {
      concurrency,
      onCell: (cell, done, total) =>
        log(
          `[${String(done).padStart(3)}/${total}] ${cell.outcome.padEnd(13)} ${cell.fault.padEnd(13)} ${cell.route} (${cell.story})${cell.code ? ` ${cell.code}` : ''}${cell.problems.length ? `\n      ${cell.problems.join('\n      ')}` : ''}`,
        ),
    },
    kinds,
  );
  const wallMs = Math.round(performance.now() - started);
  const summary = summarize(cells, wallMs);
  return { rows, selectedRows, kinds, cells, summary };
}

const { rows, selectedRows, kinds, cells, summary } = await matrix();
const wallMs = summary.wallMs;
console.log(markdownTable(selectedRows, cells, kinds));
console.log();
console.log(countsTable(summary, cells));
console.log();
console.log(defectList(summary));
console.log(`\n${summary.runs} action runs in ${(wallMs / 1000).toFixed(0)} s.`);

if (values.json && !values.from)
  writeFileSync(values.json, JSON.stringify({ rows: selectedRows, cells, summary }, null, 2));
if (values.write) {
  const file = path.join(ROOT, 'docs', 'reliability.md');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
  writeFileSync(
    file,
    reliabilityDoc({ rows, cells, summary, requestTimeoutMs: REQUEST_TIMEOUT_MS, concurrency }, existing),
  );
  log(`Wrote ${path.relative(ROOT, file)}.`);
}
process.exit(summary.defects.length ? 1 : 0);
