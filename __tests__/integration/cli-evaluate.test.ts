// `release-gates evaluate` from a laptop: the same engine against the API (the emulator),
// token from GITHUB_TOKEN / GH_TOKEN, --json on stdout, exit codes 0 / 1 / 2.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTS } from '../../test/demo/plasmite.js';
import { startEmulator } from '../../test/emulator/index.js';
import type { EvaluationReport } from '../../src/report/types.js';
import { CLI, DEFAULT_NODE, spawnNode } from './harness.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-gates-cli-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

async function cli(args: string[], act: (typeof ACTS)[number], env: Record<string, string> = {}) {
  const emulator = await startEmulator(act.scenario);
  try {
    const cwd = workspace(act.files);
    return await spawnNode(DEFAULT_NODE, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, GITHUB_API_URL: emulator.apiUrl, ...act.env, ...env },
      timeoutMs: 60_000,
    });
  } finally {
    await emulator.close();
  }
}

const GA = ACTS[2]!; // plasmite 1.0.0 goes GA: passes
const FROZEN = ACTS[3]!; // the same on a Saturday: blocked by the freeze

test('--json prints the report alone on stdout (library logs go to stderr) and exits 0 on pass', async () => {
  const run = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0', '--json'], GA, {
    GH_TOKEN: 'ghp_cli_token',
  });
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(run.stdout) as EvaluationReport;
  expect(report.result).toBe('pass');
  expect(report.stage).toBe('GA');
  expect(report.gates.map((g) => g.status)).toEqual(report.gates.map(() => 'pass'));
  expect(report.stats.api_requests).toBeGreaterThan(0);
});

test('a blocked evaluation exits 1 and prints a readable verdict', async () => {
  const run = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'], FROZEN, {
    GITHUB_TOKEN: 'ghp_cli_token',
  });
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/^BLOCKED {2}acme\/plasmite refs\/tags\/v1\.0\.0 at stage GA/m);
  expect(run.stdout).toContain('blocks: release_freeze FROZEN');
  expect(run.stdout).toMatch(/Reports: .*maturity-eval\.json/);
  expect(run.stdout).not.toContain('\u001b['); // no colour when stdout is not a terminal
});

test('usage errors exit 2: no token, an unknown ref, a missing --repo', async () => {
  const noToken = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'], GA);
  expect(noToken.exitCode).toBe(2);
  const badRef = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v9.9.9'], GA, { GH_TOKEN: 't' });
  expect(badRef.exitCode).toBe(2);
  expect(badRef.stdout).toContain('REF_NOT_FOUND');
  const noRepo = await cli(['evaluate', '--ref', 'v1.0.0'], GA, { GH_TOKEN: 't' });
  expect(noRepo.exitCode).toBe(2);
  expect(noRepo.stderr).toContain('evaluate needs --repo OWNER/NAME');
});
