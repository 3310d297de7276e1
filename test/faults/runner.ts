// Runs the fault matrix: every story fault-free (the baselines, and the routes they use), then
// each cell as one or two runs of `node dist/index.js` against an emulator armed with the fault.
import { startEmulator, type Fault, type LoggedRequest } from '../emulator/index.js';
import { runAction, type RunOptions } from '../run-action.js';
import { findLeaks, secretsOf } from './leaks.js';
import {
  boundMs,
  classify,
  FAULT_KINDS,
  rowsFrom,
  type Cell,
  type FaultKindSpec,
  type Observation,
  type Row,
  type RouteUse,
} from './matrix.js';
import { STORIES, storyById, type Story } from './stories.js';

/**
 * The per-request timeout the matrix runs with (RELEASE_GATES_REQUEST_TIMEOUT_MS). The product
 * default is 20 s; a short one keeps stalls cheap here. Long enough that a busy machine's slow
 * but healthy answer is never mistaken for a stall.
 */
export const REQUEST_TIMEOUT_MS = 2_000;

export interface RunnerOptions {
  requestTimeoutMs?: number;
  /** Action runs at once (each with its own emulator). */
  concurrency?: number;
  node?: string;
  onCell?: (cell: Cell, done: number, total: number) => void;
}

const API_KINDS = new Set(['rest', 'graphql', 'blob', 'download']);

function runOptions(story: Story, apiUrl: string, requestTimeoutMs: number, node?: string): RunOptions {
  return {
    apiUrl,
    inputs: { upload_report: 'false', ...story.inputs },
    env: { ...story.env, RELEASE_GATES_REQUEST_TIMEOUT_MS: String(requestTimeoutMs) },
    files: story.files,
    ...(story.event !== undefined ? { event: story.event } : {}),
    ...(node ? { node } : {}),
  };
}

/** One run of the story's action with `faults` armed. */
export async function observe(
  story: Story,
  faults: Fault[],
  options: { requestTimeoutMs: number; timeoutMs: number; node?: string },
): Promise<{ observation: Observation; requests: LoggedRequest[] }> {
  const emulator = await startEmulator({ ...story.scenario, faults });
  const run = runOptions(story, emulator.apiUrl, options.requestTimeoutMs, options.node);
  const started = performance.now();
  try {
    const result = await runAction({ ...run, timeoutMs: options.timeoutMs });
    const durationMs = Math.round(performance.now() - started);
    const requests = emulator.requests();
    const hit = requests.filter((r) => r.fault);
    const report = result.report;
    return {
      requests,
      observation: {
        result: report?.result ?? null,
        exitCode: result.exitCode,
        outputResult: result.outputs.result ?? null,
        error: report?.error ? { code: report.error.code, message: report.error.message } : null,
        gates: (report?.gates ?? []).map((g) => ({
          id: g.id,
          status: g.status,
          code: g.code,
          message: g.message,
        })),
        durationMs,
        faultHits: hit.length,
        faultPaths: [...new Set(hit.map((r) => r.path))],
        crash: report ? null : `no report (exit ${result.exitCode}): ${result.stderr.slice(0, 500)}`,
        leaks: findLeaks(result, secretsOf(run, result)).map((l) => `${l.secret} in ${l.where}`),
      },
    };
  } catch (error) {
    const requests = emulator.requests();
    return {
      requests,
      observation: {
        result: null,
        exitCode: null,
        outputResult: null,
        error: null,
        gates: [],
        durationMs: Math.round(performance.now() - started),
        faultHits: requests.filter((r) => r.fault).length,
        faultPaths: [],
        crash: (error as Error).message.split('\n')[0]!,
        leaks: [],
      },
    };
  } finally {
    await emulator.close();
  }
}

export interface Baselines {
  observations: Map<string, Observation>;
  uses: RouteUse[];
}

/** Each story fault-free: its verdict (must be the story's) and the routes it reached. */
export async function baselines(stories: Story[] = STORIES, options: RunnerOptions = {}): Promise<Baselines> {
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const observations = new Map<string, Observation>();
  const uses: RouteUse[] = [];
  await pool(stories, options.concurrency ?? 2, async (story) => {
    const { observation, requests } = await observe(story, [], {
      requestTimeoutMs,
      timeoutMs: 60_000,
      ...(options.node ? { node: options.node } : {}),
    });
    if (observation.result !== story.expect || observation.error) {
      throw new Error(
        `story '${story.id}' fault-free ended ${observation.result} (${JSON.stringify(observation.error ?? observation.gates.filter((g) => g.status !== 'pass'))}), expected ${story.expect}`,
      );
    }
    if (observation.leaks.length)
      throw new Error(`story '${story.id}' leaks: ${observation.leaks.join(', ')}`);
    observations.set(story.id, observation);
    uses.push(...routeUses(story.id, requests));
  });
  // Stable order: as the stories are listed, routes in first-request order.
  const order = stories.map((s) => s.id);
  uses.sort((a, b) => order.indexOf(a.story) - order.indexOf(b.story));
  return { observations, uses };
}

function routeUses(story: string, requests: LoggedRequest[]): RouteUse[] {
  const byRoute = new Map<string, RouteUse>();
  for (const r of requests) {
    if (!API_KINDS.has(r.kind) || !r.route) continue;
    const use = byRoute.get(r.route) ?? { route: r.route, kind: r.kind, story, requests: 0, operations: [] };
    use.requests++;
    if (r.operation && !use.operations.includes(r.operation)) use.operations.push(r.operation);
    byRoute.set(r.route, use);
  }
  return [...byRoute.values()];
}

export function matrixRows(base: Baselines, stories: Story[] = STORIES): Row[] {
  return rowsFrom(
    base.uses,
    stories.map((s) => s.id),
  );
}

/** Which cells to run: all (the script), or a subset (the test). */
export type Selection = (row: Row, kind: FaultKindSpec, rowIndex: number, kindIndex: number) => boolean;

export const ALL: Selection = () => true;

/** Each row with two of the faults that apply to it, rotating; every fault at least once. */
export function rotatingSubset(rows: Row[], perRow = 2): Selection {
  const chosen = new Set<string>();
  const key = (row: Row, kind: FaultKindSpec) => `${row.route}\u0000${row.story}\u0000${kind.id}`;
  let turn = 0;
  for (const row of rows) {
    const applicable = FAULT_KINDS.filter((k) => k.appliesTo(row));
    for (let i = 0; i < Math.min(perRow, applicable.length); i++)
      chosen.add(key(row, applicable[(turn + i) % applicable.length]!));
    turn += perRow;
  }
  for (const kind of FAULT_KINDS) {
    if (rows.some((row) => chosen.has(key(row, kind)))) continue;
    const row = rows.find((r) => kind.appliesTo(r));
    if (row) chosen.add(key(row, kind));
  }
  return (row, kind) => chosen.has(key(row, kind));
}

/** Runs the selected cells; cells not selected are left out, n/a cells are returned without a run. */
export async function runMatrix(
  rows: Row[],
  base: Baselines,
  select: Selection = ALL,
  options: RunnerOptions = {},
  kinds: FaultKindSpec[] = FAULT_KINDS,
): Promise<Cell[]> {
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const jobs: { row: Row; kind: FaultKindSpec }[] = [];
  const cells: Cell[] = [];
  rows.forEach((row, r) =>
    kinds.forEach((kind, k) => {
      if (!select(row, kind, r, k)) return;
      if (!kind.appliesTo(row)) {
        cells.push({
          route: row.route,
          story: row.story,
          fault: kind.id,
          outcome: 'n/a',
          code: null,
          transient: null,
          persistent: null,
          problems: [],
          notes: [],
        });
      } else jobs.push({ row, kind });
    }),
  );
  let done = 0;
  await pool(jobs, options.concurrency ?? 2, async ({ row, kind }) => {
    const story = storyById(row.story);
    const baseline = base.observations.get(row.story)!;
    const timeoutMs = boundMs(kind, requestTimeoutMs, row) + 30_000;
    const run = (times?: number) =>
      observe(story, [{ ...kind.fault, route: row.route, ...(times ? { times } : {}) }], {
        requestTimeoutMs,
        timeoutMs,
        ...(options.node ? { node: options.node } : {}),
      }).then((o) => o.observation);
    const transient = kind.class === 'definitive' ? null : await run(1);
    const persistent = await run();
    const cell = classify(row, kind, baseline, transient, persistent, requestTimeoutMs);
    cells.push(cell);
    options.onCell?.(cell, ++done, jobs.length);
  });
  const rowOf = (c: Cell) => rows.findIndex((r) => r.route === c.route && r.story === c.story);
  const kindOf = (c: Cell) => kinds.findIndex((k) => k.id === c.fault);
  return cells.sort((a, b) => rowOf(a) - rowOf(b) || kindOf(a) - kindOf(b));
}

/** Runs `work` over `items`, at most `limit` at a time. */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
