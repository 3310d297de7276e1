// The command-line edge: `release-gates validate | stage | evaluate`. Same engine as the
// action; exit 0 pass, 1 blocked, 2 usage or policy error.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluationTime } from './clock.js';
import { evaluate } from './engine/evaluate.js';
import { parseRepository, tuning } from './environment.js';
import { GATE_TYPES } from './gates/registry.js';
import { connectOnFirstUse } from './github/connect.js';
import { RequestCounter } from './github/counter.js';
import { INPUT_DEFAULTS, InputError, parseSettings } from './inputs.js';
import { loadPolicy } from './policy/load.js';
import { fullRefName, resolveStage, StageError } from './policy/stage.js';
import { formatIssue, PolicyError } from './policy/types.js';
import { renderText } from './report/text.js';
import { writeReports } from './report/write.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const EXIT = { pass: 0, blocked: 1, usage: 2 } as const;

/** Evaluation errors that mean the command or the policy is wrong (exit 2), not a verdict. */
const CONFIGURATION_ERRORS = new Set([
  'INVALID_INPUT',
  'POLICY_INVALID',
  'POLICY_NOT_FOUND',
  'STAGE_UNKNOWN',
  'STAGE_NO_MATCH',
  'STAGE_AMBIGUOUS',
  'OVERRIDE_REASON_TOO_SHORT',
  'NO_TOKEN',
  'NO_REPOSITORY',
  'REF_NOT_FOUND',
]);

const USAGE = `Usage:
  ${TOOL_NAME} validate [--policy FILE]
  ${TOOL_NAME} stage REF [--policy FILE]
  ${TOOL_NAME} evaluate --repo OWNER/NAME --ref REF [--stage S] [--sha SHA] [--build-run-id N]
                        [--base-tag TAG] [--policy FILE | --policy-ref REF] [--rehearsal]
                        [--report-dir DIR] [--json]
Environment: GITHUB_TOKEN or GH_TOKEN (evaluate), GITHUB_API_URL for GitHub Enterprise Server.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTty: boolean;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io);
      case 'stage':
        return await stageCommand(rest, io);
      case 'evaluate':
        return await evaluateCommand(rest, io);
      case '--version':
        io.out(TOOL_VERSION);
        return EXIT.pass;
      case undefined:
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? EXIT.usage : EXIT.pass;
      default:
        io.err(`Unknown command '${command}'.\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof PolicyError) {
      for (const issue of error.issues) io.err(formatIssue(issue));
    } else if (error instanceof InputError || error instanceof StageError || isArgError(error)) {
      io.err((error as Error).message);
    } else {
      io.err(`${TOOL_NAME}: ${(error as Error).message ?? String(error)}`);
    }
    return EXIT.usage;
  }
}

function isArgError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown })?.code === 'string' &&
    String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS')
  );
}

async function readLocalPolicy(file: string, io: Io) {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(io.cwd, file), 'utf8');
  } catch {
    throw new InputError(`${file}: cannot read the policy file (does it exist?).`);
  }
  return loadPolicy({ text, file }, GATE_TYPES, { source: 'workspace' });
}

async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { policy: { type: 'string', default: INPUT_DEFAULTS.policy } },
    strict: true,
  });
  const loaded = await readLocalPolicy(values.policy!, io);
  const { stages, gates } = loaded.policy;
  io.out(
    `${values.policy}: valid (${Object.keys(stages).length} stages, ${Object.keys(gates).length} gates)`,
  );
  return EXIT.pass;
}

async function stageCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { policy: { type: 'string', default: INPUT_DEFAULTS.policy } },
    strict: true,
  });
  if (positionals.length !== 1) throw new InputError(`stage takes one REF.\n${USAGE}`);
  const ref = positionals[0]!;
  const loaded = await readLocalPolicy(values.policy!, io);
  // Without the API we cannot ask whether a short name is a tag; version-like names are.
  const full = fullRefName(ref, /^v?\d/.test(ref));
  const choice = resolveStage(loaded.policy.stages, 'auto', full);
  io.out(choice.stage);
  io.out(choice.reason);
  return EXIT.pass;
}

async function evaluateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      repo: { type: 'string' },
      ref: { type: 'string' },
      stage: { type: 'string' },
      'build-run-id': { type: 'string' },
      'base-tag': { type: 'string' },
      sha: { type: 'string' },
      policy: { type: 'string' },
      'policy-ref': { type: 'string' },
      rehearsal: { type: 'boolean', default: false },
      'report-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.repo) throw new InputError(`evaluate needs --repo OWNER/NAME.\n${USAGE}`);
  if (!values.ref) throw new InputError(`evaluate needs --ref REF.\n${USAGE}`);
  const inputs: Record<string, string | undefined> = {
    policy: values.policy,
    policy_ref: values['policy-ref'],
    stage: values.stage,
    ref: values.ref,
    sha: values.sha,
    build_run_id: values['build-run-id'],
    base_tag: values['base-tag'],
    rehearsal: String(values.rehearsal),
    report_dir: values['report-dir'] ?? INPUT_DEFAULTS.report_dir,
  };
  const settings = parseSettings((name) => inputs[name] ?? '');
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || null;
  const counter = new RequestCounter();
  const baseUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
  const connect = connectOnFirstUse({ token, externalToken: null }, { baseUrl, counter, ...tuning(io.env) });
  let done = 0;
  const { report } = await evaluate(settings, {
    repository: parseRepository(values.repo, '--repo'),
    workspace: io.cwd,
    env: io.env,
    serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
    runId: null,
    actor: io.env.USER || 'cli',
    eventPullRequest: null,
    now: evaluationTime(io.env),
    github: null,
    externalGithub: null,
    connect,
    counter,
    onGate: io.isTty && !values.json ? (gate) => io.err(`[${++done}] ${gate.id}: ${gate.status}`) : undefined,
  });
  const written = await writeReports(report, path.resolve(io.cwd, settings.reportDir));
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else {
    io.out(renderText(report, { color: io.isTty && !io.env.NO_COLOR }));
    io.out(`\nReports: ${written.json}, ${written.md}`);
  }
  if (report.error && CONFIGURATION_ERRORS.has(report.error.code)) return EXIT.usage;
  return report.result === 'pass' ? EXIT.pass : EXIT.blocked;
}
