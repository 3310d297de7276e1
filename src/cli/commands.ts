// What each command accepts and says about itself: the one table that argument parsing, the
// did-you-mean suggestions and `--help` are all built from, so they cannot drift apart.
import { INPUT_DEFAULTS } from '../inputs.js';
import { TOOL_NAME } from '../version.js';

export const EXIT = { pass: 0, blocked: 1, usage: 2 } as const;

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** The value's name in usage lines (FILE, REF). */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: CommandName;
  /** The usage line after the command's name. */
  synopsis: string;
  /** One line for the list of commands. */
  summary: string;
  /** What it does, a few lines. */
  description: string[];
  positionals: { name: string; help: string }[];
  options: Record<string, OptionSpec>;
  exitCodes: [number, string][];
  environment?: [string, string][];
}

export type CommandName = 'validate' | 'stage' | 'evaluate';

const POLICY: OptionSpec = {
  type: 'string',
  value: 'FILE',
  help: `policy file, relative to the current directory (default ${INPUT_DEFAULTS.policy})`,
};

export const COMMANDS: Record<CommandName, CommandSpec> = {
  validate: {
    name: 'validate',
    synopsis: '[--policy FILE]',
    summary: 'check a policy file offline',
    description: [
      'Validates the policy against the schema and its own rules (gate parameters, placeholders,',
      'stages that name undefined gates). Offline: no token, no network; `extends` is not followed.',
    ],
    positionals: [],
    options: { policy: POLICY },
    exitCodes: [
      [EXIT.pass, 'the policy is valid'],
      [
        EXIT.usage,
        'the policy is invalid or unreadable (one FILE:LINE:COL line per problem), or a usage error',
      ],
    ],
  },
  stage: {
    name: 'stage',
    synopsis: 'REF [--policy FILE]',
    summary: 'print the stage a ref is evaluated at, and why',
    description: [
      'Resolves REF to a stage of the policy as `evaluate` would with the stage left to auto:',
      'the most specific matching pattern wins. Offline: a short name that looks like a version',
      '(v1.2.0, 1.2.0) is taken as a tag, anything else as a branch.',
    ],
    positionals: [{ name: 'REF', help: 'a branch or tag, short (v1.2.0) or full (refs/tags/v1.2.0)' }],
    options: { policy: POLICY },
    exitCodes: [
      [EXIT.pass, 'a stage was resolved (printed with the reason)'],
      [EXIT.usage, 'no stage or two stages match, the policy is invalid, or a usage error'],
    ],
  },
  evaluate: {
    name: 'evaluate',
    synopsis: [
      '--repo OWNER/NAME --ref REF [--stage S] [--sha SHA] [--build-run-id N]',
      '[--base-tag TAG] [--policy FILE | --policy-ref REF] [--rehearsal] [--report-dir DIR] [--json]',
    ].join('\n'),
    summary: 'evaluate the gates of a stage against GitHub, as the action does',
    description: [
      'Runs the same evaluation as the action from this directory: reads the policy, resolves the',
      'ref and its stage through the API, evaluates every gate of the stage, prints the verdict and',
      'writes maturity-eval.json and maturity-eval.md. Progress goes to stderr.',
    ],
    positionals: [],
    options: {
      repo: { type: 'string', value: 'OWNER/NAME', help: 'the repository to evaluate' },
      ref: {
        type: 'string',
        value: 'REF',
        help: 'the branch or tag under evaluation (v1.2.0, refs/tags/v1.2.0)',
      },
      stage: {
        type: 'string',
        value: 'S',
        help: 'a stage of the policy (default: auto, resolved from the ref)',
      },
      sha: {
        type: 'string',
        value: 'SHA',
        help: 'the commit under evaluation (default: the ref resolved through the API)',
      },
      'build-run-id': {
        type: 'string',
        value: 'N',
        help: 'the release build run (default: found for the tag)',
      },
      'base-tag': { type: 'string', value: 'TAG', help: 'the previous release tag for metric_budgets' },
      policy: POLICY,
      'policy-ref': {
        type: 'string',
        value: 'REF',
        help: 'read the policy at this git ref through the API instead',
      },
      rehearsal: { type: 'boolean', help: 'evaluate as live, but freeze windows do not block' },
      'report-dir': {
        type: 'string',
        value: 'DIR',
        help: `where the reports are written (default ${INPUT_DEFAULTS.report_dir})`,
      },
      json: { type: 'boolean', help: 'print the JSON report on stdout instead of the text verdict' },
    },
    exitCodes: [
      [EXIT.pass, 'pass: no required gate failed'],
      [EXIT.blocked, 'blocked: a required gate is fail or error, or the evaluation could not reach GitHub'],
      [
        EXIT.usage,
        'usage or configuration: a flag, the policy, the stage, a ref that does not exist, the token; also a pass whose reports could not be written',
      ],
    ],
    environment: [
      ['GITHUB_TOKEN, GH_TOKEN', 'the token (e.g. GITHUB_TOKEN=$(gh auth token))'],
      ['GITHUB_API_URL', 'the API of GitHub Enterprise Server (default https://api.github.com)'],
      ['GITHUB_SERVER_URL', 'the web server, for links in the report'],
      ['RELEASE_GATES_NOW', 'evaluate at this ISO time (freeze windows, replays)'],
      ['NO_COLOR', 'no colour even on a terminal'],
    ],
  },
};

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** `release-gates evaluate --help`: usage, what it does, its options and exit codes. */
export function commandHelp(spec: CommandSpec): string {
  const usage = `Usage: ${TOOL_NAME} ${spec.name} `;
  // Continuation lines of a long synopsis line up under its first option.
  const synopsis = spec.synopsis.split('\n').join(`\n${' '.repeat(usage.length)}`);
  const lines = [`${usage}${synopsis}`, '', ...spec.description, ''];
  const rows: [string, string][] = [
    ...spec.positionals.map((p): [string, string] => [p.name, p.help]),
    ...Object.entries(spec.options).map(([name, option]): [string, string] => [
      `--${name}${option.value ? ` ${option.value}` : ''}`,
      option.help,
    ]),
    ['-h, --help', 'show this help'],
  ];
  lines.push('Options:', ...table(rows), '');
  if (spec.environment) lines.push('Environment:', ...table(spec.environment), '');
  lines.push('Exit codes:', ...table(spec.exitCodes.map(([code, text]) => [String(code), text])));
  return lines.join('\n');
}

/** `release-gates --help`: the commands. */
export function topLevelHelp(): string {
  const names = Object.values(COMMANDS);
  return [
    `Usage: ${TOOL_NAME} <command> [options]`,
    '',
    'Commands:',
    ...table(names.map((spec) => [spec.name, spec.summary])),
    '',
    `Run '${TOOL_NAME} <command> --help' (or '${TOOL_NAME} help <command>') for a command's options and exit codes.`,
    `Other: ${TOOL_NAME} --version, ${TOOL_NAME} --help.`,
    '',
    'Exit codes: 0 pass, 1 blocked, 2 usage or configuration error.',
  ].join('\n');
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
