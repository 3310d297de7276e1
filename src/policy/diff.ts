// Differences between two normalized policies, in words a reviewer can act on:
//   GA.deps_approval: required → report_only
//   gates.windows_reliability.with.count: 10 → 3
//   gates.x: added
//   GA.y: removed (was required)
// A stage's entries are named after the stage alone (`GA.match`, `GA.deps_approval` for the
// mode of a gate in GA), as people say it.
// Both sides are compared as canonical JSON values, so key order never counts as a change.
import { canonicalJson } from './normalize.js';

export interface PolicyChange {
  /** Where, e.g. `GA.deps_approval` or `gates.x.with.count`; keys that are not plain names are quoted (`gates["a.b"]`). */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** Baseline value (absent when added). */
  before?: unknown;
  /** Evaluated value (absent when removed). */
  after?: unknown;
  /** The change in words. */
  text: string;
}

/** Top-level keys in the order a policy is written; any other key follows, sorted. */
const TOP_LEVEL_ORDER = ['version', 'extends', 'stages', 'gates', 'overrides'];
const VALUE_WIDTH = 120;

/** Every difference from `baseline` to `current`, in a stable order. */
export function diffPolicies(baseline: unknown, current: unknown): PolicyChange[] {
  const changes: PolicyChange[] = [];
  walk([], normalize(baseline), normalize(current), changes);
  return changes;
}

function normalize(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(canonicalJson(value));
}

type Segment = string | number;

function walk(path: Segment[], before: unknown, after: unknown, out: PolicyChange[]): void {
  if (sameValue(before, after)) return;
  const where = formatPath(displayPath(path));
  if (before === undefined) {
    out.push({
      path: where,
      kind: 'added',
      after,
      text: `${where}: added${isComposite(after) ? '' : ` (${formatValue(after)})`}`,
    });
    return;
  }
  if (after === undefined) {
    out.push({
      path: where,
      kind: 'removed',
      before,
      text: `${where}: removed${isComposite(before) ? '' : ` (was ${formatValue(before)})`}`,
    });
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of orderedKeys(path, before, after)) walk([...path, key], before[key], after[key], out);
    return;
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    (before.some(isComposite) || after.some(isComposite))
  ) {
    // Lists of objects (freeze windows, version files) are compared item by item.
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      walk([...path, i], before[i], after[i], out);
    return;
  }
  out.push({
    path: where,
    kind: 'changed',
    before,
    after,
    text: `${where}: ${formatValue(before)} → ${formatValue(after)}`,
  });
}

function orderedKeys(path: Segment[], a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  if (path.length > 0) return keys;
  const rank = (key: string): number => {
    const index = TOP_LEVEL_ORDER.indexOf(key);
    return index < 0 ? TOP_LEVEL_ORDER.length : index;
  };
  return keys.sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `stages.GA.gates.x` → `GA.x`; `stages.GA.match` → `GA.match`; anything else unchanged. */
function displayPath(path: readonly Segment[]): Segment[] {
  if (path[0] !== 'stages' || path.length < 2) return [...path];
  if (path[2] === 'gates' && path.length >= 4) return [path[1]!, ...path.slice(3)];
  return path.slice(1);
}

/** `stages.GA.gates.x`, `gates["a.b"].with.files[0].path`. */
export function formatPath(path: readonly Segment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || '(policy)';
}

/** A value in a few words: `required`, `10`, `[test, lint]`, `{days: [SAT, SUN], start: "00:00"}`. */
export function formatValue(value: unknown): string {
  const text = render(value);
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}

function render(value: unknown): string {
  if (value === undefined) return '(absent)';
  if (typeof value === 'string') return plainString(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (isPlainObject(value))
    return `{${Object.entries(value)
      .map(([k, v]) => `${PLAIN_KEY.test(k) ? k : JSON.stringify(k)}: ${render(v)}`)
      .join(', ')}}`;
  return String(value);
}

/** A string shown bare only where it cannot be mistaken for a number, a boolean or punctuation. */
function plainString(text: string): boolean {
  return /^[^\s,[\]{}"'→#:]+$/.test(text) && !/^(true|false|null|~|[-+]?(\d|\.\d)[\d._eE+-]*)$/i.test(text);
}

function isComposite(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
