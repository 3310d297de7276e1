// The fault matrix: which faults exist, which routes they apply to, and what each cell must
// show. Shared by `npm run faults` (every cell) and __tests__/integration/faults.test.ts (a
// subset that still touches every route and every fault).
import { ATTEMPT_DEADLINE_MS, DOWNLOAD_ATTEMPTS, RETRY_PAUSE_MS } from '../../src/facts/artifacts.js';
import type { Fault } from '../emulator/scenario.js';

/**
 * How a fault is expected to end.
 * - transient: a single occurrence is retried and the verdict is the fault-free one; a
 *   persistent one ends in `error`.
 * - definitive: GitHub's own answer (403 permission, 404, 410): not retried; the gate errors
 *   (or fails on a code that names what is missing), never passes.
 * - integrity: the bytes or their digest disagree: refused (DIGEST_MISMATCH and the like), once
 *   or always. Retrying until a digest matches would turn tampering into a pass on a lucky try.
 */
export type FaultClass = 'transient' | 'definitive' | 'integrity';

export interface FaultKindSpec {
  /** Column id, e.g. `503`. */
  id: string;
  /** Column heading in the table. */
  title: string;
  /** What is injected (route and times are added per cell). */
  fault: Omit<Fault, 'route' | 'times'>;
  class: FaultClass;
  /** Which route kinds it applies to; the others are `n/a`. */
  appliesTo: (route: RouteInfo) => boolean;
  /** Why a cell is n/a, for the table's legend. */
  notApplicable?: string;
}

export interface RouteInfo {
  /** `GET /repos/{owner}/{repo}/contents/{path}`. */
  route: string;
  /** What the emulator logged: rest, graphql, blob, download. */
  kind: string;
}

/** A stall long enough that only the client's own timeout ends it (the issue's "30 s stall"). */
export const STALL_MS = 30_000;

/** Routes whose JSON carries a `digest` the action compares bytes with. */
const DIGEST_ROUTES = new Set([
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  'GET /repos/{owner}/{repo}/actions/artifacts',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}',
  'GET /repos/{owner}/{repo}/releases/tags/{tag}',
  'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
]);

/**
 * Routes the action only ever asks for a redirect (to blob storage): the answer has no body of
 * its own, so cutting it, garbling it or changing a digest in it changes nothing. The bytes
 * behind the redirect are their own rows (`GET /_blobs/…`).
 */
const REDIRECT_ROUTES = new Set([
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  // Release assets are read with `Accept: application/octet-stream`: a 302 to the bytes.
  'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
]);

const isBytes = (r: RouteInfo) => r.kind === 'blob' || r.kind === 'download';
const isZip = (r: RouteInfo) => r.route.startsWith('GET /_blobs/artifacts/');
const always = () => true;

export const FAULT_KINDS: FaultKindSpec[] = [
  { id: '500', title: '500', fault: { kind: 'status', status: 500 }, class: 'transient', appliesTo: always },
  { id: '502', title: '502', fault: { kind: 'status', status: 502 }, class: 'transient', appliesTo: always },
  {
    id: '503',
    title: '503 + retry-after',
    fault: { kind: 'status', status: 503, retryAfter: 1 },
    class: 'transient',
    appliesTo: always,
  },
  {
    id: '403-secondary',
    title: '403 secondary rate limit',
    fault: { kind: 'status', secondaryRateLimit: true, retryAfter: 1 },
    class: 'transient',
    // Storage (blob) URLs are not the API: GitHub's rate limits do not answer there.
    appliesTo: (r) => !isBytes(r),
    notApplicable: 'the answer comes from blob storage, which the API does not rate-limit',
  },
  {
    id: '403',
    title: '403 permission',
    fault: { kind: 'status', status: 403 },
    class: 'definitive',
    appliesTo: always,
  },
  { id: '404', title: '404', fault: { kind: 'status', status: 404 }, class: 'definitive', appliesTo: always },
  { id: '410', title: '410', fault: { kind: 'status', status: 410 }, class: 'definitive', appliesTo: always },
  { id: 'reset', title: 'connection reset', fault: { kind: 'reset' }, class: 'transient', appliesTo: always },
  {
    id: 'cut',
    title: 'response cut in half',
    fault: { kind: 'truncate' },
    class: 'transient',
    appliesTo: (r) => !REDIRECT_ROUTES.has(r.route),
    notApplicable: 'the route only redirects: there is no body to cut',
  },
  {
    id: 'malformed',
    title: 'malformed JSON',
    fault: { kind: 'malformed_json' },
    class: 'transient',
    appliesTo: (r) => !isBytes(r) && !REDIRECT_ROUTES.has(r.route),
    notApplicable: 'the answer is not JSON (blob bytes, or a redirect)',
  },
  {
    id: 'stall',
    title: '30 s stall',
    fault: { kind: 'stall', delayMs: STALL_MS },
    class: 'transient',
    appliesTo: always,
  },
  {
    id: 'digest',
    title: 'wrong digest',
    fault: { kind: 'wrong_digest' },
    class: 'integrity',
    appliesTo: (r) => DIGEST_ROUTES.has(r.route) || isBytes(r),
    notApplicable: 'the answer carries no digest and no verified bytes, or only redirects',
  },
  {
    id: 'zip',
    title: 'truncated zip',
    fault: { kind: 'truncated_zip' },
    class: 'integrity',
    appliesTo: isZip,
    notApplicable: 'the answer is not a zip archive',
  },
];

export function faultKind(id: string): FaultKindSpec {
  const kind = FAULT_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`unknown fault kind '${id}'`);
  return kind;
}

/** One row: a route as one story uses it. */
export interface Row {
  route: string;
  kind: string;
  story: string;
  /** How many requests the fault-free run made on it. */
  requests: number;
  /** GraphQL operations (POST /graphql), or the gates that read it. */
  uses: string[];
}

/** A route the fault-free stories reach, by story. */
export interface RouteUse {
  route: string;
  kind: string;
  story: string;
  requests: number;
  operations: string[];
}

/**
 * Routes used by more than one story in ways that fail differently (the policy itself vs a
 * gate's file, GraphQL operations of other gates): also a row for these stories.
 */
export const EXTRA_ROWS: { route: string; story: string }[] = [
  { route: 'GET /repos/{owner}/{repo}/contents/{path}', story: 'ga' },
  { route: 'GET /repos/{owner}/{repo}/contents/{path}', story: 'release' },
  { route: 'GET /repos/{owner}/{repo}/contents/{path}', story: 'policy-api' },
  { route: 'POST /graphql', story: 'release' },
];

/** Rows: each route with the first story that reaches it, plus EXTRA_ROWS. */
export function rowsFrom(uses: RouteUse[], storyOrder: string[]): Row[] {
  const rows: Row[] = [];
  const byStory = (story: string) => uses.filter((u) => u.story === story);
  for (const story of storyOrder) {
    for (const use of byStory(story)) {
      const first = rows.some((r) => r.route === use.route);
      const extra = EXTRA_ROWS.some((e) => e.route === use.route && e.story === story);
      if (first && !extra) continue;
      rows.push({ route: use.route, kind: use.kind, story, requests: use.requests, uses: use.operations });
    }
  }
  return rows;
}

export type Outcome =
  | 'recovered' // transient: retried, the fault-free verdict
  | 'error' // the gate (or the evaluation) errored with a code; result fail
  | 'fail' // the gate failed on a code naming what GitHub said is missing; result fail
  | 'n/a'
  // Defects: any of these fails `npm run faults` and the test.
  | 'FAIL-OPEN' // result pass although the fault hid what the verdict depended on
  | 'NOT RECOVERED' // a single transient fault changed the verdict
  | 'MISREPORTED' // closed, but the message/code or timing does not hold (see problems)
  | 'UNREACHED'; // the fault never hit a request: the row is wrong

export const DEFECTS: readonly Outcome[] = ['FAIL-OPEN', 'NOT RECOVERED', 'MISREPORTED', 'UNREACHED'];

/** What one run of the action showed. */
export interface Observation {
  result: string | null;
  exitCode: number | null;
  outputResult: string | null;
  error: { code: string; message: string } | null;
  gates: { id: string; status: string; code: string; message: string }[];
  durationMs: number;
  /** Requests the fault was applied to. */
  faultHits: number;
  /** The concrete paths the fault hit (to check messages name them). */
  faultPaths: string[];
  /** The harness could not get a report (crash, hang). */
  crash: string | null;
  /** Secret values found in any output (must stay empty). */
  leaks: string[];
}

export interface Cell {
  route: string;
  story: string;
  fault: string;
  outcome: Outcome;
  /** The code that closed it (error/fail), or the transient run's when not recovered. */
  code: string | null;
  transient: Observation | null;
  persistent: Observation | null;
  problems: string[];
  /** Not defects, shown with † in the table: a 404 read as "missing", a known exception. */
  notes: string[];
}

/**
 * The requests of an artifact download, both made by @actions/artifact: its redirect (its own
 * client, no timeout, no retry) and the blob behind it (retried by the library for about 25 s).
 */
const ARTIFACT_DOWNLOAD_ROUTES = new Set([
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  'GET /_blobs/artifacts/{artifact_id}/{file_name}',
]);

/**
 * A fault on an artifact download ends within src/facts/artifacts.ts's bound: each library
 * call raced against its deadline (the stories' artifacts are far below 1 MiB), a pause
 * between the two calls, and room for the rest of the run.
 */
export const ARTIFACT_DOWNLOAD_BOUND_MS =
  DOWNLOAD_ATTEMPTS * (ATTEMPT_DEADLINE_MS + 1_000) + RETRY_PAUSE_MS + 12_000;

/** Each run must end within this (fault-free runs take 1–4 s here). */
export function boundMs(fault: FaultKindSpec, requestTimeoutMs: number, row: RouteInfo): number {
  if (ARTIFACT_DOWNLOAD_ROUTES.has(row.route)) return ARTIFACT_DOWNLOAD_BOUND_MS;
  if (fault.fault.kind === 'stall') return 4 * requestTimeoutMs + 20_000;
  return 30_000;
}

/** Gates whose status or code differs from the fault-free run. */
export function changedGates(base: Observation, run: Observation): Observation['gates'] {
  return run.gates.filter((g) => {
    const before = base.gates.find((b) => b.id === g.id);
    return !before || before.status !== g.status || before.code !== g.code;
  });
}

/**
 * The values a concrete path gives the route's parameters (owner and repo aside): what a
 * message can name instead of the whole request (`ci.yml`, `v1.2.0`, an artifact's id).
 */
export function parameterValues(route: string, path: string): string[] {
  const pattern = route.slice(route.indexOf(' ') + 1).split('/');
  const parts = path.split('/');
  const values: string[] = [];
  pattern.forEach((segment, i) => {
    if (!/^\{.+\}$/.test(segment) || segment === '{owner}' || segment === '{repo}') return;
    // The last parameter takes the rest of the path (a file path, a ref with slashes).
    const value = i === pattern.length - 1 ? parts.slice(i).join('/') : (parts[i] ?? '');
    if (value) values.push(value, value.slice(value.lastIndexOf('/') + 1));
  });
  return values.filter((v) => v.length >= 3);
}

/**
 * Does the message say what to do? It names the request (its path, or what the path asks for:
 * the file, ref, workflow, run or artifact), and a 403 or 404 from the API names the
 * permission to check.
 */
export function actionable(
  text: string,
  fault: FaultKindSpec,
  paths: string[],
  row: RouteInfo,
): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  // Octokit encodes the slashes of a ref (`tags%2Fv1.2.0`); a person reads both forms.
  const message = decodePercent(text);
  const routePath = row.route.slice(row.route.indexOf(' ') + 1);
  const named =
    message.includes(routePath) ||
    paths.some(
      (p) => message.includes(p) || parameterValues(row.route, p).some((v) => message.includes(v)),
    ) ||
    // GraphQL has one path for every query: the message names what the query was for.
    (row.route === 'POST /graphql' && /graphql|pull request|files? at|jobs|checks?/i.test(message)) ||
    // Artifacts are asked for by id but known by name: "artifact 'budgets' (id 7…) of run 42".
    (/\/actions\/artifacts\/|\/_blobs\/artifacts\//.test(row.route) &&
      /artifact '[^']+'.* run \d+/i.test(message));
  if (!named) problems.push(`message does not name the request (${paths[0] ?? routePath}): ${text}`);
  const status = fault.fault.kind === 'status' && !fault.fault.secondaryRateLimit ? fault.fault.status : null;
  const namesPermission = /\b[a-z-]+: (read|write)\b/.test(message);
  if (status === 403 && row.kind !== 'blob' && !namesPermission)
    problems.push(`a 403 message must name the permission: ${text}`);
  // A 404 is also GitHub's answer for "this does not exist": gates that report it as missing
  // (TAG_NOT_FOUND, FORMULA_MISSING, ...) name what is missing; the permission is a bonus.
  if (status === 404 && row.kind !== 'blob' && !namesPermission)
    notes.push('the 404 is reported as missing; the message names what is missing but not the permission');
  return { problems, notes };
}

function decodePercent(text: string): string {
  return text.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
    try {
      return decodeURIComponent(escape);
    } catch {
      return escape;
    }
  });
}

/**
 * Cells where a single transient fault is not recovered on purpose, with why. The run must
 * still end closed (result fail, the gate in error): nothing here can excuse a pass.
 */
export const KNOWN_EXCEPTIONS: { route: string; fault: string; reason: string }[] = [];

function knownException(route: string, fault: string): string | null {
  return KNOWN_EXCEPTIONS.find((e) => e.route === route && e.fault === fault)?.reason ?? null;
}

/**
 * Classifies a cell from its runs. `base` is the fault-free run of the row's story (a pass).
 * The rules are the issue's: a transient single fault recovers; a persistent fault ends in
 * `error` (result fail) with an actionable message within the bound; nothing ever passes.
 */
export function classify(
  row: RouteInfo & { story: string },
  fault: FaultKindSpec,
  base: Observation,
  transient: Observation | null,
  persistent: Observation | null,
  requestTimeoutMs: number,
): Cell {
  const problems: string[] = [];
  const notes: string[] = [];
  const cell = (outcome: Outcome, code: string | null): Cell => ({
    route: row.route,
    story: row.story,
    fault: fault.id,
    outcome: problems.length && !DEFECTS.includes(outcome) ? 'MISREPORTED' : outcome,
    code,
    transient,
    persistent,
    problems,
    notes,
  });
  const bound = boundMs(fault, requestTimeoutMs, row);
  for (const run of [transient, persistent]) {
    if (!run) continue;
    if (run.crash) problems.push(`no report: ${run.crash}`);
    if (run.leaks.length) problems.push(`secret in output: ${run.leaks.join(', ')}`);
    if (run.durationMs > bound) problems.push(`took ${run.durationMs} ms, over the ${bound} ms bound`);
    if (run.result === 'pass' && (run.exitCode !== 0 || run.outputResult !== 'pass'))
      problems.push(`report says pass but exit ${run.exitCode}, output result=${run.outputResult}`);
    if (run.result === 'fail' && (run.exitCode !== 1 || run.outputResult !== 'fail'))
      problems.push(`report says fail but exit ${run.exitCode}, output result=${run.outputResult}`);
  }

  let unrecovered: string | null = null;
  if (transient && fault.class === 'transient') {
    if (transient.faultHits === 0) return cell('UNREACHED', null);
    const changed = changedGates(base, transient);
    if (transient.result === 'pass' && base.result !== 'pass') {
      problems.push('a single fault turned the verdict into pass');
      return cell('FAIL-OPEN', null);
    }
    if (transient.result !== base.result || changed.length > 0) {
      unrecovered = `single fault not recovered: ${transient.error?.code ?? changed.map((g) => `${g.id} ${g.status} ${g.code}`).join(', ')}`;
      const reason = knownException(row.route, fault.id);
      if (reason && transient.result === 'fail') notes.push(`not retried by design: ${reason}`);
      else problems.push(unrecovered);
    }
  }
  if (transient && fault.class === 'integrity') {
    if (transient.faultHits === 0) return cell('UNREACHED', null);
    if (transient.result !== 'fail') {
      problems.push(`a single ${fault.id} fault ended in result=${transient.result}`);
      return cell('FAIL-OPEN', null);
    }
  }
  if (!persistent) return cell(problems.length ? 'NOT RECOVERED' : 'recovered', null);
  if (persistent.faultHits === 0) return cell('UNREACHED', null);
  if (persistent.result !== 'fail') {
    problems.push(`persistent fault ended in result=${persistent.result}`);
    return cell('FAIL-OPEN', null);
  }
  const changed = changedGates(base, persistent);
  const closers = persistent.error
    ? [
        {
          id: '(evaluation)',
          status: 'error',
          code: persistent.error.code,
          message: persistent.error.message,
        },
      ]
    : changed;
  if (closers.length === 0) problems.push('result fail but no gate changed');
  for (const g of changed) {
    if (g.status !== 'error' && g.status !== 'fail') problems.push(`${g.id} became ${g.status}`);
  }
  const first = closers[0];
  const status = first?.status === 'error' ? 'error' : 'fail';
  // Transport faults must not read as an answer ("no such check"): that would be a lie.
  if (first && fault.class === 'transient' && status !== 'error')
    problems.push(`persistent ${fault.id} read as an answer: ${first.code} ${first.message}`);
  // Every gate the fault closed says what happened, not only the first.
  if (fault.class !== 'integrity') {
    for (const g of closers) {
      const { problems: p, notes: n } = actionable(g.message, fault, persistent.faultPaths, row);
      problems.push(...p);
      notes.push(...n.map((note) => `${g.code}: ${note}`));
    }
  }
  if (unrecovered && problems.length === 1 && problems[0] === unrecovered)
    return cell('NOT RECOVERED', first?.code ?? null);
  return cell(status, first?.code ?? null);
}
