// GitHub's answers, checked where a fact reads them. A proxy, a GitHub Enterprise Server of
// another version or GitHub itself can answer with a field missing, null or of another type.
// Read unchecked, that is a TypeError deep in a gate (GATE_CRASHED, which nobody can act on)
// or, worse, a value that means something else (a missing conclusion read as "not finished").
// So each field a fact reads is checked as GitHub documents it (@octokit/openapi-types for
// REST, @octokit/graphql-schema for GraphQL): present unless optional, of its type, null only
// where GitHub returns null. A wrong answer is refused with API_ERROR, naming the request and
// the field. Fields nobody reads are not checked.
import { GateError } from '../model/types.js';

/** A refused answer: `problem` says what is wrong, e.g. "has no workflow_runs list". */
export function malformedAnswer(request: string, problem: string, field: string): GateError {
  return new GateError(
    'API_ERROR',
    `GitHub's answer to ${request} ${problem}. Retry; if it persists, GitHub or a proxy between it and the runner is sending damaged answers.`,
    { request, field },
  );
}

type Kind = 'string' | 'integer' | 'boolean' | 'object' | 'list';

/** What a value of each kind is called: bare ("has no id integer"), and with its article. */
const NOUNS: Record<Kind, [string, string]> = {
  string: ['string', 'a string'],
  integer: ['integer', 'an integer'],
  boolean: ['true/false', 'true or false'],
  object: ['object', 'an object'],
  list: ['list', 'a list'],
};

function hasKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      // Past 2^53 a number is no longer the id GitHub sent.
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'list':
      return Array.isArray(value);
  }
}

/**
 * A value of an answer as a message quotes it: JSON, cut at `max` characters. Safe for any
 * value: Octokit reads integers past 2^53 as BigInt, which JSON.stringify refuses (a TypeError).
 */
export function preview(value: unknown, max = 40): string {
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  const text = value === undefined || typeof value === 'bigint' ? String(value) : (json ?? String(value));
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function refuse(request: string, path: string, value: unknown, kind: Kind): GateError {
  const [noun, withArticle] = NOUNS[kind];
  if (path === '') return malformedAnswer(request, `is ${preview(value)}, not ${withArticle}`, '');
  // An answer that is a list names its entries by index alone: "entry [3].number".
  const place = path.startsWith('[') ? `entry ${path}` : path;
  const problem =
    value === undefined ? `has no ${place} ${noun}` : `has ${place} = ${preview(value)}, not ${withArticle}`;
  return malformedAnswer(request, problem, path);
}

/**
 * One JSON object of an answer, read field by field. `path` places it in the answer for
 * messages (`workflow_runs[3]`); `request` is what was asked (`GET /repos/o/r/…`).
 */
export class Fields {
  private constructor(
    private readonly raw: Record<string, unknown>,
    readonly request: string,
    readonly path: string,
  ) {}

  /** `value` as an object (the whole answer when `path` is empty), or refused. */
  static of(value: unknown, request: string, path = ''): Fields {
    if (!hasKind(value, 'object')) throw refuse(request, path, value, 'object');
    return new Fields(value as Record<string, unknown>, request, path);
  }

  /** Each entry of a list (a paginated listing, say) as an object, or refused. */
  static each(list: unknown, request: string, path: string): Fields[] {
    if (!hasKind(list, 'list')) throw refuse(request, path, list, 'list');
    return (list as unknown[]).map((entry, i) => Fields.of(entry, request, `${path}[${i}]`));
  }

  private where(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  private read(key: string, kind: Kind, absent: 'required' | 'nullable' | 'optional'): unknown {
    const value = this.raw[key];
    if (hasKind(value, kind)) return value;
    if (value === null && absent !== 'required') return null;
    if (value === undefined && absent === 'optional') return null;
    throw refuse(this.request, this.where(key), value, kind);
  }

  string(key: string): string {
    return this.read(key, 'string', 'required') as string;
  }

  /** Present, and a string or null (GitHub's `string | null`). */
  stringOrNull(key: string): string | null {
    return this.read(key, 'string', 'nullable') as string | null;
  }

  /** A field GitHub may leave out (`key?: string`): absent or null is null. */
  optionalString(key: string): string | null {
    return this.read(key, 'string', 'optional') as string | null;
  }

  integer(key: string): number {
    return this.read(key, 'integer', 'required') as number;
  }

  integerOrNull(key: string): number | null {
    return this.read(key, 'integer', 'nullable') as number | null;
  }

  optionalInteger(key: string): number | null {
    return this.read(key, 'integer', 'optional') as number | null;
  }

  boolean(key: string): boolean {
    return this.read(key, 'boolean', 'required') as boolean;
  }

  booleanOrNull(key: string): boolean | null {
    return this.read(key, 'boolean', 'nullable') as boolean | null;
  }

  optionalBoolean(key: string): boolean | null {
    return this.read(key, 'boolean', 'optional') as boolean | null;
  }

  object(key: string): Fields {
    return Fields.of(this.raw[key], this.request, this.where(key));
  }

  objectOrNull(key: string): Fields | null {
    return this.raw[key] === null ? null : this.object(key);
  }

  optionalObject(key: string): Fields | null {
    return this.raw[key] === null || this.raw[key] === undefined ? null : this.object(key);
  }

  /** A list of objects, each checked as one. */
  objects(key: string): Fields[] {
    return Fields.each(this.raw[key], this.request, this.where(key));
  }

  /** A list whose entries the caller checks itself (they may be null, or strings). */
  list(key: string): unknown[] {
    return this.read(key, 'list', 'required') as unknown[];
  }

  listOrNull(key: string): unknown[] | null {
    return this.read(key, 'list', 'nullable') as unknown[] | null;
  }

  /** The raw value, for a field whose check is the caller's (an enum, a union). */
  value(key: string): unknown {
    return this.raw[key];
  }

  /** Refuses this object for a reason of the caller's (`problem`: "has an unknown status 'x'"). */
  refuse(problem: string, key = ''): GateError {
    return malformedAnswer(this.request, problem, key ? this.where(key) : this.path);
  }
}
