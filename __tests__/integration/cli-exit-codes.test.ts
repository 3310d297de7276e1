// The exit codes documented in docs/troubleshooting.md are the exit codes the command line
// gives: the table is read from the page, and every code it names is produced by a real run
// of dist/cli.js (against the emulator, or a closed port) and checked against its row.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACTS } from '../../test/demo/plasmite.js';
import { startEmulator, type Fault } from '../../test/emulator/index.js';
import { CLI, DEFAULT_NODE, ROOT, spawnNode } from './harness.js';

/** `exit → codes` from the command line's table of the "Exit codes" section. */
function documentedExitCodes(): Map<number, string[]> {
  const page = readFileSync(path.join(ROOT, 'docs', 'troubleshooting.md'), 'utf8');
  const section = page.slice(
    page.indexOf('## Exit codes'),
    page.indexOf('\n## ', page.indexOf('## Exit codes') + 1),
  );
  const table = section.slice(section.indexOf('**The command line**'));
  const rows = new Map<number, string[]>();
  for (const [, exit, text] of table.matchAll(/^\| `(\d)` \| (.*) \|$/gm)) {
    const codes = [...text!.matchAll(/`([A-Z][A-Z0-9_]*[A-Z0-9])`/g)].map((m) => m[1]!);
    rows.set(Number(exit), codes);
  }
  return rows;
}

const GA = ACTS[2]!; // plasmite 1.0.0 goes GA: passes
const FROZEN = ACTS[3]!; // the same on a Saturday: blocked by the freeze
const TOKEN = { GH_TOKEN: 'ghp_cli_exit_codes' };
const EVALUATE = ['evaluate', '--repo', 'acme/plasmite', '--ref', 'v1.0.0'];
const policy = (stages: string) => `version: 1\nstages:\n${stages}\ngates: {}\n`;

interface Case {
  argv: string[];
  act?: (typeof ACTS)[number];
  env?: Record<string, string>;
  files?: Record<string, string>;
  faults?: Fault[];
  /** No emulator: GITHUB_API_URL is a port nothing listens on. */
  closedPort?: boolean;
}

/** A run that produces each code the table may name. */
const CASES: Record<string, Case> = {
  FROZEN: { argv: EVALUATE, act: FROZEN, env: TOKEN },
  API_ERROR: { argv: EVALUATE, env: TOKEN, closedPort: true },
  POLICY_INVALID: {
    argv: EVALUATE,
    env: TOKEN,
    files: {
      '.github/release-gates.yml': 'version: 1\nstages: { GA: { gates: { ghost: required } } }\ngates: {}\n',
    },
  },
  POLICY_NOT_FOUND: { argv: [...EVALUATE, '--policy', 'missing.yml'], env: TOKEN },
  STAGE_UNKNOWN: { argv: [...EVALUATE, '--stage', 'NOPE'], env: TOKEN },
  STAGE_NO_MATCH: {
    argv: ['evaluate', '--repo', 'acme/plasmite', '--ref', 'main'],
    env: TOKEN,
    files: { '.github/release-gates.yml': policy('  GA: { match: ["v*"], gates: {} }') },
  },
  STAGE_AMBIGUOUS: {
    argv: EVALUATE,
    env: TOKEN,
    files: {
      '.github/release-gates.yml': policy(
        '  A: { match: ["v1.*"], gates: {} }\n  B: { match: ["v*.0"], gates: {} }',
      ),
    },
  },
  REF_NOT_FOUND: { argv: ['evaluate', '--repo', 'acme/plasmite', '--ref', 'v9.9.9'], env: TOKEN },
  NOT_FOUND: { argv: ['evaluate', '--repo', 'acme/nothing-here', '--ref', 'v1.0.0'], env: TOKEN },
  NO_TOKEN: { argv: EVALUATE },
  BAD_CREDENTIALS: {
    argv: EVALUATE,
    env: TOKEN,
    faults: [{ route: 'POST /graphql', kind: 'status', status: 401 }],
  },
  PERMISSION_DENIED: {
    argv: EVALUATE,
    env: TOKEN,
    faults: [{ route: 'POST /graphql', kind: 'status', status: 403 }],
  },
  RELEASE_GATES_NOW: { argv: EVALUATE, env: { ...TOKEN, RELEASE_GATES_NOW: 'tomorrow' } },
};

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

async function runCli(
  c: Case,
): Promise<{ exitCode: number | null; stdout: string; stderr: string; apiUrl: string }> {
  const act = c.act ?? GA;
  const emulator = c.closedPort ? null : await startEmulator({ ...act.scenario, faults: c.faults ?? [] });
  const apiUrl = emulator?.apiUrl ?? (await closedPortUrl());
  try {
    const cwd = mkdtempSync(path.join(tmpdir(), 'release-gates-exit-'));
    for (const [file, content] of Object.entries({ ...act.files, ...(c.files ?? {}) })) {
      mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
      writeFileSync(path.join(cwd, file), content);
    }
    const run = await spawnNode(DEFAULT_NODE, [CLI, ...c.argv], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, GITHUB_API_URL: apiUrl, ...act.env, ...(c.env ?? {}) },
      timeoutMs: 60_000,
    });
    return { ...run, apiUrl };
  } finally {
    await emulator?.close();
  }
}

const documented = documentedExitCodes();

test('the table documents exits 0, 1 and 2, and names codes for 1 and 2', () => {
  expect([...documented.keys()].sort()).toEqual([0, 1, 2]);
  expect(documented.get(1)!.length).toBeGreaterThan(0);
  expect(documented.get(2)!.length).toBeGreaterThan(5);
});

test('every code the table names has a run that produces it', () => {
  const named = [...documented.values()].flat();
  expect(named.filter((code) => !CASES[code])).toEqual([]);
});

describe.each([...documented].filter(([, codes]) => codes.length > 0))('exit %i', (exit, codes) => {
  test.each(codes)('%s', async (code) => {
    const run = await runCli(CASES[code]!);
    const output = `${run.stdout}\n${run.stderr}`;
    expect({ code, exitCode: run.exitCode }).toEqual({ code, exitCode: exit });
    expect(output).toContain(code);
    if (exit === 2) {
      // A configuration error is not a verdict: under ERROR, never BLOCKED, no Action advice.
      expect(run.stderr).toMatch(/^ERROR {2}/m);
      expect(output).not.toContain('BLOCKED');
      expect(output).not.toMatch(/\binput\b|actions\/checkout|in the workflow/);
    }
  });
});

test("exit 0: a pass, and a command's --help", async () => {
  expect((await runCli({ argv: EVALUATE, env: TOKEN })).exitCode).toBe(0);
  expect((await runCli({ argv: ['evaluate', '--help'] })).exitCode).toBe(0);
});
