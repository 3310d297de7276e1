// Command-line arguments through Node's own parser (util.parseArgs). Its tokens are checked
// first, so a mistake is told in this tool's words: which option is unknown and which known
// one was probably meant, which option lacks its value.
import { parseArgs } from 'node:util';
import { TOOL_NAME } from '../version.js';
import type { CommandSpec } from './commands.js';

/** A mistake on the command line: exit 2, each line one problem. */
export class UsageError extends Error {
  constructor(
    readonly problems: string[],
    /** Which command's help to point at. */
    readonly command?: string,
  ) {
    super(problems.join('\n'));
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseCommandArgs(spec: CommandSpec, args: string[]): ParsedArgs {
  const options: ParseArgsOptions = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(spec.options)) options[name] = { type: option.type };
  const known = Object.keys(options);

  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  // `--help` anywhere wins over every other mistake: whoever asks for help gets it.
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help'))
    return { values: {}, positionals: [], help: true };
  const problems: string[] = [];
  let unknown = false;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option || !Object.hasOwn(options, token.name)) {
      unknown = true;
      const guess = closest(token.name, known);
      problems.push(
        `Unknown option '${token.rawName}' for '${spec.name}'${guess ? `: did you mean --${guess}?` : '.'}`,
      );
    } else if (
      option.type === 'string' &&
      (token.value === undefined || isOptionLike(token.value, token.inlineValue))
    ) {
      const value = spec.options[token.name]?.value ?? 'VALUE';
      problems.push(`Option '${token.rawName}' needs a value: ${token.rawName} ${value}.`);
    } else if (option.type === 'boolean' && token.inlineValue) {
      problems.push(
        `Option '${token.rawName}' takes no value (got '${token.rawName}=${token.value ?? ''}').`,
      );
    }
  }
  const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
  const expected = spec.positionals.map((p) => p.name);
  // After an unknown option its value looks like a positional: that is not a second mistake.
  if (!unknown && positionals.length > expected.length) {
    const extra = positionals.slice(expected.length).map((p) => `'${p}'`);
    problems.push(
      expected.length
        ? `'${spec.name}' takes one ${expected.join(' ')}; unexpected ${extra.join(', ')}.`
        : `'${spec.name}' takes no positional argument; unexpected ${extra.join(', ')}.`,
    );
  } else if (!unknown && positionals.length < expected.length) {
    problems.push(`'${spec.name}' needs ${expected.slice(positionals.length).join(' ')}.`);
  }
  if (problems.length) throw new UsageError(problems, spec.name);

  // Every mistake is out of the way: the strict parse now only collects the values.
  const parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals, help: false };
}

/** `--policy --json`: the next option was taken as the value (strict parseArgs refuses it too). */
function isOptionLike(value: string, inline: boolean | undefined): boolean {
  return !inline && value.startsWith('-');
}

/** The known name closest to `name`, if it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // One edit in a short name, up to a third of a longer one: `--polcy`, `--reportdir`, `--build-run`.
  const allowed = Math.max(1, Math.floor(name.length / 3));
  if (best !== null && bestDistance <= allowed) return best;
  // A prefix (`--rehears`) is a typo too.
  const prefixed = known.filter((k) => name.length >= 3 && k.startsWith(name));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The hint under a usage error. */
export function helpHint(command?: string): string {
  return command
    ? `Run '${TOOL_NAME} ${command} --help' for its options.`
    : `Run '${TOOL_NAME} --help' for the commands.`;
}
