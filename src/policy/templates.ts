// `{placeholder}` templates in policy strings. The set is closed: an unknown placeholder is
// a validation error, so a typo can never silently expand to an empty string.
import { GateError } from '../model/types.js';

export const PLACEHOLDERS = [
  'tag',
  'version',
  'sha',
  'ref',
  'repo',
  'owner',
  'build_run_id',
  'base_tag',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string | null>;

// Two characters or more, any case: `{Tag}` is a typo to report, while regex quantifiers
// like `{1,3}` and classes like `\p{L}` are not placeholders.
const PLACEHOLDER_PATTERN = /\{([A-Za-z_][A-Za-z0-9_]+)\}/g;

/** Placeholder names used in a string, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]!);
}

/** Names used in `text` that are neither global placeholders nor in `extra`. */
export function unknownPlaceholders(text: string, extra: readonly string[] = []): string[] {
  const known = new Set<string>([...PLACEHOLDERS, ...extra]);
  return placeholdersIn(text).filter((name) => !known.has(name));
}

/**
 * Expands global placeholders; names in `keep` (gate-specific, like `{platform}`) are left
 * for the gate. A placeholder whose value is unknown for this evaluation (`{tag}` on a
 * branch, `{base_tag}` with no earlier tag) throws: a gate must not compare against "".
 */
export function expandTemplate(
  text: string,
  values: TemplateValues,
  keep: readonly string[] = [],
  /** Why a value is missing in this evaluation, when known better than the generic reason. */
  reasons: Partial<Record<Placeholder, string>> = {},
): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (keep.includes(name)) return whole;
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new GateError(
        'TEMPLATE_UNKNOWN',
        `Unknown placeholder {${name}} in '${text}'. Known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
    const value = values[name as Placeholder];
    if (value === null || value === '') {
      throw new GateError(
        'TEMPLATE_UNRESOLVED',
        `{${name}} in '${text}' has no value for this evaluation (${reasons[name as Placeholder] ?? WHY_EMPTY[name as Placeholder]}).`,
      );
    }
    return value;
  });
}

const WHY_EMPTY: Record<Placeholder, string> = {
  tag: 'the ref under evaluation is not a tag',
  version: 'the ref under evaluation is not a tag',
  sha: 'the commit could not be resolved',
  ref: 'no ref was given',
  repo: 'no repository was given',
  owner: 'no repository was given',
  build_run_id: 'no build run was given or found',
  base_tag: 'no earlier release tag was given or found',
};

/** Applies `expand` to every string inside a JSON-like value. */
export function expandDeep<T>(value: T, expand: (text: string) => string): T {
  if (typeof value === 'string') return expand(value) as T;
  if (Array.isArray(value)) return value.map((item) => expandDeep(item, expand)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandDeep(v, expand)])) as T;
  }
  return value;
}

/** Every string inside a JSON-like value, with its path. */
export function* stringsIn(
  value: unknown,
  path: (string | number)[] = [],
): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}
