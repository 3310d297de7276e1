// The first hour, run as documented: the demo repository served from its scenario file with
// `npm run emulator`, `evaluate` against it with the README's command, and the action run with
// exactly the environment of docs/testing.md's `@github/local-action` recipe.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseEnv } from 'node:util';
import { ACTION, DEFAULT_NODE, ROOT, spawnNode } from './harness.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const TESTING = readFileSync(path.join(ROOT, 'docs/testing.md'), 'utf8');

let emulator: ChildProcess;
let port = '';

/** `npm run emulator -- test/demo/plasmite.yml`, on a free port; its URL is its first line. */
beforeAll(async () => {
  emulator = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'test/emulator/cli.ts',
      'test/demo/plasmite.yml',
      '--port',
      '0',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const lines = createInterface({ input: emulator.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    emulator.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
  });
  port = new URL(url).port;
}, 60_000);

afterAll(() => {
  emulator?.kill('SIGTERM');
});

/** The README's `evaluate` command: its environment and arguments, with the emulator's port. */
function readmeEvaluate(): { env: Record<string, string>; args: string[] } {
  const command = /`(GITHUB_API_URL=\S+ [^`]*node dist\/cli\.js evaluate [^`]*)`/.exec(README)?.[1];
  if (!command) throw new Error('README.md shows no evaluate command against the emulator');
  const words = command.replace('127.0.0.1:8080', `127.0.0.1:${port}`).split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0]!)) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  expect(words.slice(0, 2)).toEqual(['node', 'dist/cli.js']);
  return { env, args: words.slice(1) };
}

test("the README's evaluate against the demo repository: blocked by windows_reliability and the missing sign-off", async () => {
  const { env, args } = readmeEvaluate();
  const reportDir = mkdtempSync(path.join(tmpdir(), 'first-hour-'));
  const run = await spawnNode(DEFAULT_NODE, [...args, '--report-dir', reportDir], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: reportDir, ...env },
    timeoutMs: 60_000,
  });
  expect(run.exitCode).toBe(1);
  const report = JSON.parse(readFileSync(path.join(reportDir, 'maturity-eval.json'), 'utf8'));
  expect(report).toMatchObject({ repository: 'acme/plasmite', stage: 'GRADUATION', result: 'fail' });
  expect(report.blocking.map((b: { gate: string }) => b.gate).sort()).toEqual([
    'maintainer_signoff',
    'windows_reliability',
  ]);
});

/** The recipe's .env, with the emulator's port. */
function recipeEnv(): Record<string, string> {
  const block = /```dotenv\n([\s\S]*?)```/.exec(TESTING)?.[1];
  if (!block) throw new Error('docs/testing.md has no .env recipe');
  const env = parseEnv(block) as Record<string, string>;
  env.GITHUB_API_URL = env.GITHUB_API_URL!.replace('127.0.0.1:8080', `127.0.0.1:${port}`);
  return env;
}

/** A directory standing for the clone the recipe runs in: the policy it names, nothing else. */
function cloneWithPolicy(): string {
  const clone = mkdtempSync(path.join(tmpdir(), 'local-action-'));
  const policy = recipeEnv().INPUT_POLICY!;
  cpSync(path.join(ROOT, policy), path.join(clone, policy));
  return clone;
}

describe('the @github/local-action recipe', () => {
  test('names what the action needs: the ref, a token, the repository and the summary file', () => {
    expect(Object.keys(recipeEnv())).toEqual(
      expect.arrayContaining(['INPUT_REF', 'INPUT_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_STEP_SUMMARY']),
    );
  });

  test('with exactly its environment, the action evaluates the demo repository and writes the summary', async () => {
    const clone = cloneWithPolicy();
    const run = await spawnNode(DEFAULT_NODE, [ACTION], {
      cwd: clone,
      env: { PATH: process.env.PATH ?? '', ...recipeEnv() },
      timeoutMs: 60_000,
    });
    expect(run.stdout).toContain('Result: BLOCKED at stage GRADUATION.');
    expect(run.stdout).not.toContain('REPORT_WRITE_FAILED');
    expect(run.exitCode).toBe(1);
    expect(readFileSync(path.join(clone, 'summary.md'), 'utf8')).toContain('❌ BLOCKED');
    expect(existsSync(path.join(clone, 'dist/maturity/maturity-eval.json'))).toBe(true);
  });

  test('a summary path that cannot be written: the same verdict, and the file named', async () => {
    const clone = cloneWithPolicy();
    const run = await spawnNode(DEFAULT_NODE, [ACTION], {
      cwd: clone,
      env: { PATH: process.env.PATH ?? '', ...recipeEnv(), GITHUB_STEP_SUMMARY: 'missing/summary.md' },
      timeoutMs: 60_000,
    });
    expect(run.stdout).toContain('Result: BLOCKED at stage GRADUATION.');
    expect(run.stdout).toContain(
      'REPORT_WRITE_FAILED: cannot write job summary missing/summary.md: ENOENT: no such file or directory',
    );
    expect(run.exitCode).toBe(1);
  });
});
