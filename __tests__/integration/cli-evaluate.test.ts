// `release-gates evaluate` from a laptop: the same engine against the API (the emulator),
// token from GITHUB_TOKEN / GH_TOKEN, --json on stdout, exit codes 0 / 1 / 2.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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
  expect(run.stderr).not.toContain('\u001b[');
});

test('the command line writes the signed-verdict files beside its reports, as the action does', async () => {
  const reportDir = mkdtempSync(path.join(tmpdir(), 'release-gates-cli-vsa-'));
  const run = await cli(
    ['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0', '--report-dir', reportDir],
    FROZEN,
    {
      GITHUB_TOKEN: 'ghp_cli_token',
    },
  );
  expect(run.exitCode).toBe(1);
  const predicate = JSON.parse(readFileSync(path.join(reportDir, 'verification-summary.json'), 'utf8')) as {
    verificationResult: string;
  };
  expect(predicate.verificationResult).toBe('FAILED');
  expect(readFileSync(path.join(reportDir, 'verified-subjects.txt'), 'utf8')).toBe('');
});

test("configuration errors exit 2 under ERROR on stderr, in the flags' terms: no token, an unknown ref, a missing --repo", async () => {
  const noToken = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'], GA);
  expect(noToken.exitCode).toBe(2);
  expect(noToken.stdout).toBe('');
  expect(noToken.stderr).toMatch(/^ERROR {2}cannot evaluate acme\/plasmite at v1\.0\.0/m);
  expect(noToken.stderr).toMatch(/^NO_TOKEN: No GitHub token: set GITHUB_TOKEN or GH_TOKEN/m);
  expect(noToken.stderr).not.toContain('`token` input');
  const badRef = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v9.9.9'], GA, { GH_TOKEN: 't' });
  expect(badRef.exitCode).toBe(2);
  expect(badRef.stdout).toBe('');
  expect(badRef.stderr).toMatch(
    /^REF_NOT_FOUND: Ref 'v9\.9\.9' does not exist in acme\/plasmite .* Check --ref/m,
  );
  expect(badRef.stderr).not.toContain('BLOCKED');
  const noRepo = await cli(['evaluate', '--ref', 'v1.0.0'], GA, { GH_TOKEN: 't' });
  expect(noRepo.exitCode).toBe(2);
  expect(noRepo.stderr).toContain("'evaluate' needs --repo OWNER/NAME.");
});

test('a closed port is named as such within seconds, not as a 500 after 14 s of retries', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const cwd = workspace(GA.files);
  const started = Date.now();
  const run = await spawnNode(DEFAULT_NODE, [CLI, 'evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      GH_TOKEN: 't',
      ...GA.env,
    },
    timeoutMs: 60_000,
  });
  const seconds = (Date.now() - started) / 1000;
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toContain(
    `cannot connect to GITHUB_API_URL http://127.0.0.1:${port}: connection refused`,
  );
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\b500\b/);
  expect(run.stderr).toMatch(/^ERROR {2}could not evaluate acme\/plasmite at v1\.0\.0: no verdict$/m);
  // Node's start-up and the two short retries (0.2 s, 0.5 s); before: 1 + 4 + 9 s of backoff.
  expect(seconds).toBeLessThan(8);
});

test('the bundle answers --help per command, and suggests a misspelt option', async () => {
  const help = await cli(['evaluate', '--help'], GA);
  expect(help.exitCode).toBe(0);
  expect(help.stdout).toMatch(/^Usage: release-gates evaluate --repo OWNER\/NAME --ref REF/);
  expect(help.stdout).toMatch(/^Exit codes:$/m);
  const typo = await cli(['validate', '--polcy', 'x.yml'], GA);
  expect(typo.exitCode).toBe(2);
  expect(typo.stderr).toContain("Unknown option '--polcy' for 'validate': did you mean --policy?");
});

test('off a terminal, progress is one line per gate on stderr; stdout holds the verdict only', async () => {
  const run = await cli(['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'], GA, { GH_TOKEN: 't' });
  expect(run.exitCode).toBe(0);
  const progress = run.stderr.split('\n').filter((line) => /^\[\d+\/\d+\] /.test(line));
  expect(progress).toHaveLength(6);
  expect(progress.at(-1)).toMatch(/^\[6\/6\] \S+: pass [A-Z_]+ \(/);
  expect(run.stdout).not.toMatch(/^\[\d+\/\d+\]/m);
  expect(run.stdout).toMatch(/^ {2}\d+ API requests, (\d+ ms|\d+\.\d s|\d+ min \d+ s)$/m);
  expect(run.stderr).not.toContain('::debug::');
});
