// version_alignment: every file that states the project's version states the one being
// released. Files are read at the commit under evaluation through the API (one GraphQL
// request for all of them), so no checkout is needed and a dirty workspace cannot lie.
//
// Each file is parsed by its extension (TOML, JSON, YAML) and read at a JSON Pointer, or
// searched with a regex whose one capture group is the version. Parsing is pure, so it
// happens in the judge: an unparseable file is an `error` naming the line and column.
//
// `expect: consistent` asks only that the files agree with each other, whatever the version:
// on a branch or a pull request there is no tag to compare with.
import { GateError, type EvalContext, type Link, type Verdict } from '../model/types.js';
import { filesAtCommit, type FilesAtCommit } from '../facts/files-at-commit.js';
import { resolvePointer } from '../util/json-pointer.js';
import {
  describeValueKind,
  formatOf,
  parseVersionFile,
  versionText,
  VersionFileSyntaxError,
} from '../util/version-files.js';
import type { GateType } from './types.js';

export type VersionFileSpec = { path: string; pointer: string } | { path: string; regex: string };

export interface VersionAlignmentParams {
  files: VersionFileSpec[];
  /**
   * The version every file must state; `{version}` (the tag without its `v`) by default.
   * `consistent`: every file states the same version, whatever it is.
   */
  expect: string;
}

/** The `expect` value that asks for agreement among the files rather than a given version. */
export const CONSISTENT = 'consistent';

export interface VersionAlignmentFacts {
  files: FilesAtCommit;
}

/** One file entry of the policy, read. */
export interface VersionReading {
  path: string;
  pointer?: string;
  regex?: string;
  /** The version found, as text; null when none was found. */
  value: string | null;
  state: 'aligned' | 'mismatch' | 'missing' | 'invalid';
  /** Why there is no usable value (file missing, pointer missing, parse error, …). */
  problem?: string;
}

/** Regexes are matched line by line: `^` and `$` are line boundaries. */
const REGEX_FLAGS = 'm';

export const versionAlignmentGate: GateType<VersionAlignmentParams, VersionAlignmentFacts> = {
  type: 'version_alignment',
  // Cargo.toml, pyproject.toml and other TOML version files.
  libraries: (params) => (/\.toml\b/.test(JSON.stringify(params ?? {})) ? ['toml'] : []),
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['files'],
    properties: {
      files: {
        description:
          'Files that state the version: a JSON Pointer into a .toml, .json, .yml or .yaml file, or a regex with one capture group.',
        type: 'array',
        minItems: 1,
        items: {
          oneOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['path', 'pointer'],
              properties: {
                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                pointer: {
                  description:
                    'RFC 6901 JSON Pointer to the version, e.g. /package/version or /packages//version.',
                  type: 'string',
                  pattern: '^(/.*)?$',
                },
              },
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['path', 'regex'],
              properties: {
                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                regex: {
                  description: 'JavaScript regex (multiline) with exactly one capture group: the version.',
                  type: 'string',
                  minLength: 1,
                },
              },
            },
          ],
        },
      },
      expect: {
        description:
          'The version every file must state, or `consistent`: every file states the same version, whatever it is (for branches and pull requests, where there is no tag).',
        type: 'string',
        minLength: 1,
        default: '{version}',
      },
    },
  },
  checkParams(params) {
    for (const [i, file] of params.files.entries()) {
      if ('regex' in file) checkRegex(file.regex, `files[${i}].regex`);
      else if (!formatOf(file.path)) {
        throw new GateError(
          'INVALID_PARAMS',
          `files[${i}]: '${file.path}' is not a .toml, .json, .yml or .yaml file, so a pointer cannot be read from it; use regex instead.`,
        );
      }
    }
  },
  async collect(params, ctx, facts) {
    if (!ctx.sha) return { files: new Map() };
    return {
      files: await filesAtCommit(
        facts,
        ctx.repository,
        ctx.sha,
        params.files.map((f) => f.path),
      ),
    };
  },
  judge: judgeVersionAlignment,
};

/** A regex that compiles and has exactly one capture group, else INVALID_PARAMS. */
export function checkRegex(source: string, where: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, REGEX_FLAGS);
  } catch (error) {
    throw new GateError(
      'INVALID_PARAMS',
      `${where} '${source}' is not a valid regex: ${(error as Error).message}`,
    );
  }
  const groups = captureGroupCount(source);
  if (groups !== 1) {
    throw new GateError(
      'INVALID_PARAMS',
      `${where} '${source}' has ${groups} capture groups; it needs exactly one, around the version (use (?:…) for other grouping).`,
    );
  }
  return regex;
}

/** Capture groups of a valid regex: an empty alternative matches "", with every group unset. */
export function captureGroupCount(source: string): number {
  return new RegExp(`${source}|`, REGEX_FLAGS).exec('')!.length - 1;
}

export function judgeVersionAlignment(
  params: VersionAlignmentParams,
  facts: VersionAlignmentFacts,
  ctx: EvalContext,
): Verdict {
  if (!ctx.sha) {
    return {
      status: 'error',
      code: 'SHA_UNRESOLVED',
      message: 'The commit under evaluation is unknown, so its version files cannot be read.',
    };
  }
  const consistent = params.expect === CONSISTENT;
  const readings = consistent
    ? compareAmongThemselves(readVersions(params, facts.files))
    : readVersions(params, facts.files);
  const reference = consistent ? commonVersion(readings) : params.expect;
  const summary = readings.map((r) => describeReading(r, reference)).join('; ');
  const details: Record<string, unknown> = { sha: ctx.sha, expected: params.expect, files: readings };
  if (consistent) details.versions = versionsFound(readings);
  const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
  const links: Link[] = [
    ...new Set(
      readings.filter((r) => r.state !== 'aligned' && r.problem !== 'file missing').map((r) => r.path),
    ),
  ].map((path) => ({
    title: `${path} at ${ctx.sha.slice(0, 7)}`,
    url: `${ctx.serverUrl}/${repo}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}`,
  }));

  const invalid = readings.filter((r) => r.state === 'invalid');
  if (invalid.length > 0) {
    const problems = [...new Set(invalid.map((r) => r.problem!))];
    return {
      status: 'error',
      code: 'VERSION_FILE_INVALID',
      message: `Cannot read the version: ${problems.join('; ')}.`,
      details,
      links,
    };
  }
  if (readings.some((r) => r.state === 'missing')) {
    return {
      status: 'fail',
      code: 'VERSION_FILE_MISSING',
      message: `Version not found at ${ctx.sha.slice(0, 7)}: ${summary}`,
      details,
      links,
    };
  }
  if (readings.some((r) => r.state === 'mismatch')) {
    const found = Object.keys(versionsFound(readings));
    return {
      status: 'fail',
      code: 'VERSION_MISMATCH',
      message: consistent
        ? `Versions disagree among the files${found.length > 1 ? ` (${found.length} different: ${found.join(', ')})` : ''}: ${summary}`
        : `Versions disagree with ${params.expect}: ${summary}`,
      details,
      links,
    };
  }
  const stated = consistent ? readings[0]!.value! : params.expect;
  return {
    status: 'pass',
    code: 'VERSIONS_ALIGNED',
    message: `${readings.length === 1 ? 'The version entry states' : `All ${readings.length} version entries state`} ${stated}${consistent ? ' (consistent)' : ''}: ${summary}`,
    details,
  };
}

/** Reads every entry; each file is parsed once however many pointers read it. */
export function readVersions(params: VersionAlignmentParams, files: FilesAtCommit): VersionReading[] {
  const parsed = new Map<string, { document: unknown } | { error: string }>();
  const parse = (path: string, text: string): { document: unknown } | { error: string } => {
    let result = parsed.get(path);
    if (!result) {
      try {
        result = { document: parseVersionFile(path, text) };
      } catch (error) {
        if (!(error instanceof VersionFileSyntaxError)) throw error;
        result = { error: error.message };
      }
      parsed.set(path, result);
    }
    return result;
  };

  return params.files.map((spec): VersionReading => {
    const entry =
      'regex' in spec ? { path: spec.path, regex: spec.regex } : { path: spec.path, pointer: spec.pointer };
    const file = files.get(spec.path);
    if (!file) return { ...entry, value: null, state: 'missing', problem: 'file missing' };
    const judged = (value: string): VersionReading => ({
      ...entry,
      value,
      state: value === params.expect ? 'aligned' : 'mismatch',
    });

    if ('regex' in spec) {
      const match = new RegExp(spec.regex, REGEX_FLAGS).exec(file.text);
      return match?.[1] !== undefined
        ? judged(match[1])
        : { ...entry, value: null, state: 'missing', problem: 'no match' };
    }
    const result = parse(spec.path, file.text);
    if ('error' in result) return { ...entry, value: null, state: 'invalid', problem: result.error };
    const lookup = resolvePointer(result.document, spec.pointer);
    if (!lookup.found) {
      const where =
        lookup.missingAt === spec.pointer ? 'not found' : `not found (nothing at ${lookup.missingAt})`;
      return { ...entry, value: null, state: 'missing', problem: where };
    }
    const text = versionText(lookup.value);
    if (text === null)
      return {
        ...entry,
        value: null,
        state: 'mismatch',
        problem: inheritsWorkspaceVersion(lookup.value)
          ? "inherits the workspace's version (version.workspace = true): read /workspace/package/version of the workspace's Cargo.toml instead"
          : `${describeValueKind(lookup.value)}, not a version`,
      };
    return judged(text);
  });
}

/** A Cargo member's `version.workspace = true`, which reads as the table {workspace: true}. */
function inheritsWorkspaceVersion(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).workspace === true;
}

/**
 * With `expect: consistent`: the version most entries state is the one the others are measured
 * against; when no single version is the most common, every entry with a value disagrees.
 */
function compareAmongThemselves(readings: VersionReading[]): VersionReading[] {
  const common = commonVersion(readings);
  return readings.map((reading) =>
    reading.value === null || reading.state === 'invalid' || reading.state === 'missing'
      ? reading
      : { ...reading, state: reading.value === common ? 'aligned' : 'mismatch' },
  );
}

/** The version stated by more entries than any other, or null on a tie. */
function commonVersion(readings: readonly VersionReading[]): string | null {
  const counts = [...Object.entries(versionsFound(readings))].map(
    ([value, paths]) => [value, paths.length] as const,
  );
  counts.sort((a, b) => b[1] - a[1]);
  if (counts.length === 0 || (counts.length > 1 && counts[0]![1] === counts[1]![1])) return null;
  return counts[0]![0];
}

/** Version → the entries (`path pointer`) that state it, in policy order. */
function versionsFound(readings: readonly VersionReading[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const reading of readings) {
    if (reading.value === null) continue;
    (found[reading.value] ??= []).push(`${reading.path} ${locatorOf(reading)}`);
  }
  return found;
}

function locatorOf(reading: VersionReading): string {
  return reading.regex !== undefined
    ? `=~ /${reading.regex}/`
    : reading.pointer === ''
      ? '(whole file)'
      : reading.pointer!;
}

/**
 * `Cargo.toml /package/version = 1.2.0 ✓`, `… = 1.1.9 ✗ (expected 1.2.0)`, `…: file missing ✗`;
 * with `expect: consistent` and no most common version, `… = 1.1.9 ✗`.
 */
function describeReading(reading: VersionReading, expected: string | null): string {
  const head = `${reading.path} ${locatorOf(reading)}`;
  if (reading.state === 'aligned') return `${head} = ${reading.value} ✓`;
  if (reading.value !== null)
    return `${head} = ${reading.value} ✗${expected === null ? '' : ` (expected ${expected})`}`;
  return `${head}: ${reading.problem} ✗`;
}
