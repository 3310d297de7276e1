// The command-line edge: `release-gates validate | stage | evaluate`. Same engine as the
// action; exit 0 pass, 1 blocked, 2 usage or configuration error (docs/troubleshooting.md).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { closest, helpHint, parseCommandArgs, UsageError } from './cli/args.js';
import { COMMANDS, commandHelp, EXIT, isCommand, topLevelHelp, type CommandName } from './cli/commands.js';
import { evaluateCommand } from './cli/evaluate-command.js';
import type { Io } from './cli/io.js';
import { colorFor, errorBlock, inFlagTerms, inputErrorInFlagTerms } from './cli/output.js';
import { GATE_CATALOGUE } from './gates/catalogue.js';
import { INPUT_DEFAULTS, InputError, parseSettings } from './inputs.js';
import { loadPolicy } from './policy/load.js';
import { fullRefName, resolveStage, StageError } from './policy/stage.js';
import { formatIssue, PolicyError } from './policy/types.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export { EXIT } from './cli/commands.js';
export type { Io } from './cli/io.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const stderrColor = colorFor(io.stderrIsTTY, io.env);
  try {
    if (command === '--help' || command === '-h') return help(io, topLevelHelp());
    if (command === '--version' || command === '-V') return help(io, TOOL_VERSION);
    if (command === 'help') return helpCommand(rest, io);
    if (command === undefined) {
      io.err(topLevelHelp());
      return EXIT.usage;
    }
    if (!isCommand(command)) throw unknownCommand(command);
    const spec = COMMANDS[command];
    const parsed = parseCommandArgs(spec, rest);
    if (parsed.help) return help(io, commandHelp(spec));
    switch (command) {
      case 'validate':
        return await validateCommand(parsed.values.policy as string | undefined, io);
      case 'stage':
        return await stageCommand(parsed.positionals[0]!, parsed.values.policy as string | undefined, io);
      case 'evaluate':
        return await evaluateCommand(parsed.values, io);
    }
  } catch (error) {
    io.err(describeError(error, stderrColor, isCommand(command) ? command : undefined));
    return EXIT.usage;
  }
}

function help(io: Io, text: string): number {
  io.out(text);
  return EXIT.pass;
}

/** `release-gates help [COMMAND]`. */
function helpCommand(rest: string[], io: Io): number {
  const [name, ...extra] = rest;
  if (name === undefined) return help(io, topLevelHelp());
  if (!isCommand(name)) throw unknownCommand(name);
  if (extra.length) throw new UsageError([`'help' takes one command; unexpected '${extra.join(' ')}'.`]);
  return help(io, commandHelp(COMMANDS[name]));
}

function unknownCommand(name: string): UsageError {
  const commands = Object.keys(COMMANDS);
  if (name.startsWith('-')) {
    const guess = closest(name.replace(/^-+/, ''), ['help', 'version']);
    return new UsageError([
      `Unknown option '${name}' before a command${guess ? `: did you mean --${guess}?` : '.'} Commands: ${commands.join(', ')}.`,
    ]);
  }
  const guess = closest(name, commands);
  return new UsageError([
    `Unknown command '${name}'${guess ? `: did you mean '${guess}'?` : '.'} Commands: ${commands.join(', ')}.`,
  ]);
}

/** Every failure of a command as an ERROR block: one problem per line, in the flags' terms. */
function describeError(error: unknown, color: boolean, command: CommandName | undefined): string {
  if (error instanceof UsageError)
    return errorBlock('usage', [...error.problems, helpHint(error.command ?? command)], color);
  if (error instanceof PolicyError) {
    const count = error.issues.length;
    return errorBlock(
      `the policy is invalid (${count} ${count === 1 ? 'problem' : 'problems'})`,
      error.issues.map(formatIssue),
      color,
    );
  }
  if (error instanceof InputError)
    return errorBlock('invalid value', [inputErrorInFlagTerms(error.message)], color);
  if (error instanceof StageError)
    return errorBlock('no stage', [`${error.code}: ${inFlagTerms(error.message)}`], color);
  const message = error instanceof Error ? error.message : String(error);
  return errorBlock(`${TOOL_NAME} stopped unexpectedly`, [message], color);
}

/** Reads the policy file named by --policy (relative to the current directory). */
async function readLocalPolicy(file: string, io: Io) {
  const full = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = await fs.readFile(full, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as NodeJS.ErrnoException).code === 'EISDIR'
          ? 'a directory, not a file'
          : (error as Error).message;
    throw new UsageError([
      `Cannot read the policy file '${file}' (--policy) in ${io.cwd}: ${reason}. Pass --policy FILE.`,
    ]);
  }
  return loadPolicy({ text, file }, GATE_CATALOGUE, { source: 'workspace' });
}

async function validateCommand(policy: string | undefined, io: Io): Promise<number> {
  const file = policy ?? INPUT_DEFAULTS.policy;
  const loaded = await readLocalPolicy(file, io);
  const { stages, gates } = loaded.policy;
  io.out(`${file}: valid (${Object.keys(stages).length} stages, ${Object.keys(gates).length} gates)`);
  return EXIT.pass;
}

async function stageCommand(ref: string, policy: string | undefined, io: Io): Promise<number> {
  // The action's own check of its `ref` input, so `stage` accepts exactly the refs `evaluate` does.
  try {
    parseSettings((name) => (name === 'ref' ? ref : ''));
  } catch (error) {
    if (error instanceof InputError)
      throw new UsageError([inputErrorInFlagTerms(error.message, 'REF')], 'stage');
    throw error;
  }
  const loaded = await readLocalPolicy(policy ?? INPUT_DEFAULTS.policy, io);
  // Without the API we cannot ask whether a short name is a tag; version-like names are.
  const full = fullRefName(ref, /^v?\d/.test(ref));
  const choice = resolveStage(loaded.policy.stages, 'auto', full);
  io.out(choice.stage);
  io.out(choice.reason);
  return EXIT.pass;
}
