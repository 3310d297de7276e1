// The fault matrix in CI: every route the action uses and every fault kind, through the bundle
// (`node dist/index.js`) against the emulator. `npm run faults` runs all cells; this runs a
// rotating subset (each route with two faults, each fault on several routes) so it stays within
// a few minutes, and checks that docs/reliability.md shows the full matrix without a defect.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionable,
  boundMs,
  DEFECTS,
  FAULT_KINDS,
  faultKind,
  KNOWN_EXCEPTIONS,
  parameterValues,
  type Cell,
  type Row,
} from '../../test/faults/matrix.js';
import {
  baselines,
  matrixRows,
  REQUEST_TIMEOUT_MS,
  rotatingSubset,
  runMatrix,
  type Baselines,
} from '../../test/faults/runner.js';
import { STORIES } from '../../test/faults/stories.js';
import { ACTS } from '../../test/demo/plasmite.js';
import { ROOT } from './harness.js';

jest.setTimeout(300_000);

let base: Baselines;
let rows: Row[];
let cells: Cell[];

beforeAll(async () => {
  base = await baselines();
  rows = matrixRows(base);
  cells = await runMatrix(rows, base, rotatingSubset(rows));
}, 290_000);

describe('fault matrix (rotating subset through the bundle)', () => {
  test('the rows are every route the demo acts and the extra stories reach', () => {
    const demoRoutes = new Set(
      base.uses.filter((u) => u.story === 'graduation' || u.story === 'ga').map((u) => u.route),
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const route of demoRoutes) expect(rows.map((r) => r.route)).toContain(route);
    // Every story passes fault-free: a `pass` under a fault would be a fail-open.
    for (const story of STORIES) expect(base.observations.get(story.id)?.result).toBe('pass');
    // The demo's passing acts are what the first two stories are.
    expect(ACTS.filter((a) => a.expect.result === 'pass').length).toBeGreaterThanOrEqual(2);
  });

  test('the subset covers every route and every fault kind', () => {
    const ran = cells.filter((c) => c.outcome !== 'n/a');
    for (const row of rows)
      expect(ran.some((c) => c.route === row.route && c.story === row.story)).toBe(true);
    for (const kind of FAULT_KINDS) expect(ran.some((c) => c.fault === kind.id)).toBe(true);
  });

  test('no cell is fail-open, unrecovered, misreported or unreached', () => {
    const defects = cells
      .filter((c) => DEFECTS.includes(c.outcome))
      .map((c) => `${c.outcome}: ${c.route} (${c.story}) × ${c.fault}: ${c.problems.join('; ')}`);
    expect(defects).toEqual([]);
  });

  test('a transient single fault is retried and the verdict is the fault-free one', () => {
    const transient = cells.filter((c) => faultKind(c.fault).class === 'transient' && c.outcome !== 'n/a');
    expect(transient.length).toBeGreaterThan(10);
    for (const cell of transient) {
      // A documented exception (KNOWN_EXCEPTIONS) must still end closed, never pass.
      if (KNOWN_EXCEPTIONS.some((e) => e.route === cell.route && e.fault === cell.fault)) {
        expect(cell.transient!.result).toBe('fail');
        continue;
      }
      const base_ = base.observations.get(cell.story)!;
      expect(cell.transient!.faultHits).toBeGreaterThanOrEqual(1);
      expect(cell.transient!.result).toBe(base_.result);
      expect(cell.transient!.gates.map((g) => [g.id, g.status, g.code])).toEqual(
        base_.gates.map((g) => [g.id, g.status, g.code]),
      );
    }
  });

  test('a persistent fault ends in error (or a refusal), result fail, exit 1, within the bound', () => {
    for (const cell of cells.filter((c) => c.persistent)) {
      const run = cell.persistent!;
      const kind = faultKind(cell.fault);
      expect([cell.fault, run.result, run.exitCode, run.outputResult]).toEqual([
        cell.fault,
        'fail',
        1,
        'fail',
      ]);
      expect(run.durationMs).toBeLessThanOrEqual(
        boundMs(kind, REQUEST_TIMEOUT_MS, { route: cell.route, kind: '' }),
      );
      const closers = run.error
        ? [run.error]
        : run.gates.filter((g) => g.status === 'error' || g.status === 'fail');
      expect(closers.length).toBeGreaterThan(0);
      // Transport faults are errors, never read as an answer ("no such check").
      if (kind.class === 'transient')
        expect(run.error ?? run.gates.find((g) => g.status === 'error')).toBeTruthy();
      expect(run.gates.every((g) => g.status !== 'overridden' && g.status !== 'skipped')).toBe(true);
    }
  });

  test('persistent-fault messages name the request and, for 403/404, the permission', () => {
    const checked = cells.filter((c) => c.persistent && faultKind(c.fault).class !== 'integrity');
    expect(checked.length).toBeGreaterThan(10);
    for (const cell of checked) {
      const run = cell.persistent!;
      const row = rows.find((r) => r.route === cell.route && r.story === cell.story)!;
      const messages = run.error
        ? [run.error.message]
        : run.gates.filter((g) => g.status === 'error').map((g) => g.message);
      // A transport fault always ends in an error (above): its message must be checked here.
      if (faultKind(cell.fault).class === 'transient')
        expect([cell.route, cell.fault, messages.length]).not.toEqual([cell.route, cell.fault, 0]);
      for (const message of messages)
        expect([
          cell.route,
          cell.fault,
          actionable(message, faultKind(cell.fault), run.faultPaths, row).problems,
        ]).toEqual([cell.route, cell.fault, []]);
    }
  });

  test('no run printed a secret', () => {
    for (const cell of cells)
      for (const run of [cell.transient, cell.persistent]) expect(run?.leaks ?? []).toEqual([]);
  });
});

describe('docs/reliability.md (written by `npm run faults -- --write`)', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'reliability.md'), 'utf8');
  const tableRows = doc.split('\n').filter((line) => line.startsWith('| `'));

  test('holds the full matrix: every route row and every fault column', () => {
    for (const row of rows) {
      const line = tableRows.find(
        (l) => l.startsWith(`| \`${row.route}\``) && l.includes(` | ${row.story} | `),
      );
      expect([row.route, row.story, line !== undefined]).toEqual([row.route, row.story, true]);
      // Route, story, then one cell per fault kind.
      expect(line!.split(' | ').length).toBe(2 + FAULT_KINDS.length);
    }
    for (const kind of FAULT_KINDS) expect(doc).toContain(kind.title);
  });

  test('shows no fail-open or other defective cell, and the commands to reproduce it', () => {
    for (const outcome of DEFECTS) expect(tableRows.join('\n')).not.toContain(outcome);
    expect(doc).toMatch(/\| FAIL-OPEN \| 0 \|/);
    expect(doc).toMatch(/\| NOT RECOVERED \| 0 \|/);
    expect(doc).toContain('npm run faults');
    expect(doc).toContain('npm run hostile');
  });
});

test('message check helpers', () => {
  expect(
    parameterValues(
      'GET /repos/{owner}/{repo}/contents/{path}',
      '/repos/a/b/contents/.github/workflows/ci.yml',
    ),
  ).toEqual(['.github/workflows/ci.yml', 'ci.yml']);
  const kind = faultKind('404');
  const row = { route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}', kind: 'rest' };
  expect(
    actionable(
      'Run 7101 not found (404). Grant `actions: read`.',
      kind,
      ['/repos/a/b/actions/runs/7101'],
      row,
    ),
  ).toEqual({
    problems: [],
    notes: [],
  });
  const vague = actionable('Something failed.', kind, ['/repos/a/b/actions/runs/7101'], row);
  expect([vague.problems.length, vague.notes.length]).toEqual([1, 1]);
  expect(
    actionable(
      'No luck (403 on GET /repos/a/b/actions/runs/7101).',
      faultKind('403'),
      ['/repos/a/b/actions/runs/7101'],
      row,
    ).problems,
  ).toHaveLength(1);
});
