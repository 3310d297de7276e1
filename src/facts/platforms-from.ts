// Platform lists a project keeps in its own repository (plasmite's `release/targets.json`),
// read at the commit under evaluation and narrowed with a JMESPath query, so the policy follows
// the repository when a platform is added or dropped. Used wherever a gate takes a `platform`
// list (release_assets, homebrew_formula); see docs/gates.md, "platforms_from".
import type { JSONValue } from '@jmespath-community/jmespath';
import { library } from '../util/libraries.js';
import { GateError, type EvalContext } from '../model/types.js';
import { formatOf, parseVersionFile, VersionFileSyntaxError } from '../util/version-files.js';
import { filesAtCommit } from './files-at-commit.js';
import type { FactStore } from './store.js';

export interface PlatformsFrom {
  /** Repository path of a .json, .yml/.yaml or .toml file. */
  file: string;
  /** JMESPath expression whose result is the list of platforms. */
  query: string;
}

/** The platforms read, and where from (for the report). */
export interface PlatformsRead extends PlatformsFrom {
  platforms: string[];
  /** The commit the file was read at. */
  sha: string;
}

/** The file cannot be read: missing at the commit, not a text file, or not valid JSON/YAML/TOML. */
export const PLATFORMS_UNREADABLE = 'PLATFORMS_UNREADABLE';
/** The query fails on the file (an unknown function, a function given the wrong type). */
export const PLATFORMS_QUERY_FAILED = 'PLATFORMS_QUERY_FAILED';
/** The query's result is not a non-empty list of distinct non-empty strings. */
export const PLATFORMS_INVALID = 'PLATFORMS_INVALID';

export const platformsFromSchema = {
  description:
    'Read the platform list from a file of the repository at the commit under evaluation: a JMESPath query over a .json, .yml/.yaml or .toml file, whose result is a list of strings (e.g. {file: release/targets.json, query: "targets[?channels.homebrew==\'official\'].sdk_platform"}).',
  type: 'object',
  additionalProperties: false,
  required: ['file', 'query'],
  properties: {
    file: {
      description: 'Repository path of a .json, .yml, .yaml or .toml file.',
      type: 'string',
      pattern: '\\.(json|ya?ml|toml)$',
    },
    query: {
      description: 'JMESPath expression (https://jmespath.site) giving the list of platform names.',
      type: 'string',
      minLength: 1,
    },
  },
} as const;

/** Checks at validation: a file type that can be parsed and a query that compiles. */
export function checkPlatformsFrom(spec: PlatformsFrom, where: string): void {
  if (!formatOf(spec.file)) {
    throw new GateError(
      'INVALID_PARAMS',
      `${where}.file '${spec.file}' is not a .json, .yml, .yaml or .toml file, so it cannot be queried.`,
    );
  }
  try {
    library('jmespath').compile(spec.query);
  } catch (error) {
    throw new GateError(
      'INVALID_PARAMS',
      `${where}.query '${spec.query}' is not a valid JMESPath expression: ${firstLine(error)}.`,
    );
  }
}

/** Reads the file at the commit under evaluation and applies the query; throws GateError. */
export async function readPlatformsFrom(
  facts: FactStore,
  ctx: EvalContext,
  spec: PlatformsFrom,
): Promise<PlatformsRead> {
  if (!ctx.sha) {
    throw new GateError(
      'SHA_UNRESOLVED',
      `The commit under evaluation is unknown, so the platforms in '${spec.file}' cannot be read.`,
    );
  }
  const at = ctx.sha.slice(0, 7);
  let text: string;
  try {
    const file = (await filesAtCommit(facts, ctx.repository, ctx.sha, [spec.file])).get(spec.file);
    if (!file) throw unreadable(spec, `'${spec.file}' does not exist at ${at}`);
    text = file.text;
  } catch (error) {
    // A path that is a directory, a binary file or too large is this parameter's problem; an
    // API failure keeps the code that names the permission or the outage.
    if (error instanceof GateError && ['NOT_A_FILE', 'FILE_NOT_TEXT', 'FILE_TOO_LARGE'].includes(error.code))
      throw unreadable(spec, error.message.replace(/\.$/, ''));
    throw error;
  }
  return { ...spec, sha: ctx.sha, platforms: platformsFromText(spec, text, at) };
}

/** The platform list of a file's text. Pure; throws GateError with one of the PLATFORMS_ codes. */
export function platformsFromText(spec: PlatformsFrom, text: string, at = 'the commit'): string[] {
  let document: unknown;
  try {
    document = parseVersionFile(spec.file, text, { yamlScalars: 'typed' });
  } catch (error) {
    if (error instanceof VersionFileSyntaxError) throw unreadable(spec, `${error.message} (at ${at})`);
    throw unreadable(spec, firstLine(error));
  }
  let result: JSONValue;
  try {
    result = library('jmespath').search(toJsonValue(document), spec.query);
  } catch (error) {
    throw new GateError(
      PLATFORMS_QUERY_FAILED,
      `platforms_from: the query '${spec.query}' fails on '${spec.file}' at ${at}: ${firstLine(error)}.`,
      { file: spec.file, query: spec.query },
    );
  }
  const problem = listProblem(result);
  if (problem) {
    throw new GateError(
      PLATFORMS_INVALID,
      `platforms_from: the query '${spec.query}' on '${spec.file}' at ${at} gives ${problem}; it must give a non-empty list of distinct platform names (strings).`,
      { file: spec.file, query: spec.query, result: clip(result) },
    );
  }
  return result as string[];
}

function listProblem(result: JSONValue): string | null {
  if (result === null) return 'null (nothing matched: check the field names)';
  if (!Array.isArray(result)) return `${kindOf(result)} ${JSON.stringify(clip(result))}`;
  if (result.length === 0) return 'an empty list (nothing matched: check the filter and field names)';
  const bad = result.findIndex((item) => typeof item !== 'string' || item === '');
  if (bad !== -1)
    return `a list whose item ${bad} is ${kindOf(result[bad]!)} ${JSON.stringify(clip(result[bad]!))}`;
  const duplicate = result.find((item, i) => result.indexOf(item) !== i);
  if (duplicate !== undefined) return `'${String(duplicate)}' twice`;
  // Platform names become parts of file names and urls: no separators, no placeholders, no spaces.
  const unusable = result.find((item) => /[/\\{}\s]/.test(item as string));
  if (unusable !== undefined) return `'${String(unusable)}', which cannot be part of a file name`;
  return null;
}

/** TOML dates and YAML's non-JSON values become their text, so JMESPath sees JSON only. */
function toJsonValue(value: unknown): JSONValue {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
  ) as JSONValue;
}

function kindOf(value: JSONValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}

function clip(value: JSONValue): JSONValue {
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : value;
}

function unreadable(spec: PlatformsFrom, reason: string): GateError {
  return new GateError(
    PLATFORMS_UNREADABLE,
    `platforms_from: cannot read the platforms of '${spec.file}' (query '${spec.query}'): ${reason}.`,
    { file: spec.file, query: spec.query },
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
}
