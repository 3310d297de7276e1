// The files that carry a project's version (Cargo.toml, pyproject.toml, package.json,
// package-lock.json, Chart.yaml, …) parsed by extension, and the value at a JSON Pointer
// turned into the text a person would compare with the tag.
import { library } from './libraries.js';
import { parseDocument } from 'yaml';

export type VersionFileFormat = 'toml' | 'json' | 'yaml';

export const FORMAT_EXTENSIONS: Readonly<Record<string, VersionFileFormat>> = {
  '.toml': 'toml',
  '.json': 'json',
  '.yml': 'yaml',
  '.yaml': 'yaml',
};

/** A file that does not parse, with the parser's position (1-based) when it has one. */
export class VersionFileSyntaxError extends Error {
  constructor(
    readonly path: string,
    readonly format: VersionFileFormat,
    readonly reason: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(
      `${path}${line !== null ? `:${line}${column !== null ? `:${column}` : ''}` : ''}: invalid ${format.toUpperCase()}: ${reason}`,
    );
    this.name = 'VersionFileSyntaxError';
  }
}

/** The format a path's extension names, or null (such a file can only be read by regex). */
export function formatOf(path: string): VersionFileFormat | null {
  const match = /\.[^./]+$/.exec(path.toLowerCase());
  return match ? (FORMAT_EXTENSIONS[match[0]] ?? null) : null;
}

export interface ParseOptions {
  /**
   * YAML scalars as written (`text`, the default: `version: 1.10` stays "1.10"), or typed by
   * YAML 1.2's core schema (`typed`: `enabled: false` is a boolean, for queries that filter on it).
   */
  yamlScalars?: 'text' | 'typed';
}

/** Parses a version file (or any data file) by its extension; throws VersionFileSyntaxError with a position. */
export function parseVersionFile(path: string, text: string, options: ParseOptions = {}): unknown {
  const format = formatOf(path);
  if (!format) throw new Error(`'${path}' has no .toml, .json, .yml or .yaml extension.`);
  switch (format) {
    case 'toml':
      return parseTomlFile(path, text);
    case 'json':
      return parseJsonFile(path, text);
    case 'yaml':
      return parseYamlFile(path, text, options.yamlScalars ?? 'text');
  }
}

function parseTomlFile(path: string, text: string): unknown {
  try {
    return library('toml').parse(text);
  } catch (error) {
    if (!(error instanceof library('toml').TomlError)) throw error;
    // The message ends in a code block; the position is reported on its own.
    const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0]!;
    throw new VersionFileSyntaxError(path, 'toml', reason, error.line, error.column);
  }
}

function parseJsonFile(path: string, text: string): unknown {
  // A BOM is legal at the start of a file but not in JSON.parse's input.
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    // V8's messages carry a position on some Node versions and not on others; find it ourselves.
    const offset = jsonErrorOffset(body);
    const { line, column } = lineAndColumn(body, offset ?? body.length);
    const reason = (error as Error).message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    throw new VersionFileSyntaxError(path, 'json', reason, line, column);
  }
}

function parseYamlFile(path: string, text: string, scalars: 'text' | 'typed'): unknown {
  // The failsafe schema keeps every scalar as written: `version: 1.10` stays "1.10", where
  // the core schema would read the number 1.1.
  const document = parseDocument(text, {
    schema: scalars === 'text' ? 'failsafe' : 'core',
    prettyErrors: false,
  });
  const error = document.errors[0];
  if (error) {
    const { line, column } = lineAndColumn(text, error.pos[0]);
    throw new VersionFileSyntaxError(path, 'yaml', error.message.split('\n')[0]!, line, column);
  }
  // Aliases are resolved only here: one without its anchor (`<<: *a`), or an alias bomb
  // past the library's alias limit, throws a ReferenceError that is a syntax error too.
  try {
    return document.toJS();
  } catch (error) {
    throw new VersionFileSyntaxError(path, 'yaml', (error as Error).message.split('\n')[0]!, null, null);
  }
}

/**
 * The text of a version value: a string as it is, a number or boolean as written. null for
 * anything that is not a single value (a table, a list, null).
 */
export function versionText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return null;
}

/** What kind of value sits where a version was expected, for messages. */
export function describeValueKind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a table/object';
  return typeof value;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Offset of the first syntax error in a JSON text (null if it is valid): a small scanner of
 * the RFC 8259 grammar, since JSON.parse reports positions differently across Node versions.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail: () => never = () => {
    throw new JsonSyntaxAt(i);
  };
  const expect = (char: string): void => {
    if (text[i] !== char) fail();
    i++;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
  };
  const string = (): void => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? 'u')) fail();
      }
      i++;
    }
    i++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match[0].length;
  };
  const members = (close: string, member: () => void): void => {
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      expect(',');
    }
  };
  const value = (): void => {
    space();
    switch (text[i]) {
      case '{':
        i++;
        return members('}', () => {
          space();
          string();
          space();
          expect(':');
          value();
        });
      case '[':
        i++;
        return members(']', value);
      case '"':
        return string();
      case 't':
        return literal('true');
      case 'f':
        return literal('false');
      case 'n':
        return literal('null');
      default:
        return number();
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return Math.min(error.offset, text.length);
    throw error;
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}
