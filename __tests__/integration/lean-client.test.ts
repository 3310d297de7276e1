// The GitHub client is Octokit over node:http (src/github/transport.ts), without the undici
// package (@actions/github and @actions/http-client load it for a fetch they would hand Octokit)
// and without Node's own fetch classes (the first Response or Headers loads Node's copy of
// undici). Proved end to end: the bundled action reads a run history from the emulator with the
// undici chunk removed from dist/ and with the global fetch, Response and Headers made to throw.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeJob, makeRuns, startEmulator, type Emulator } from '../../test/emulator/index.js';
import { ROOT, runAction } from './harness.js';

const POLICY = `
version: 1
stages:
  MAIN: { match: ["**"], gates: { streak: required, budget: required } }
gates:
  streak: { type: run_streak, with: { workflow: ci.yml, job: windows smoke, branch: main, count: 120, max_runs: 150 } }
  budget: { type: failure_budget, with: { workflow: ci.yml, job: windows smoke, branch: main, window: 5, max_failures: 1 } }
`;

// A string only the undici package's code holds (the name of its errors' base class).
const UNDICI_MARKER = 'UndiciError';

let emulator: Emulator;
let withoutUndici: string;

beforeAll(async () => {
  emulator = await startEmulator({
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    runs: makeRuns(150, () => ({ jobs: [makeJob('windows smoke', 'success'), makeJob('lint')] })),
  });
  const chunks = readdirSync(path.join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  const undiciChunks = chunks.filter((f) =>
    readFileSync(path.join(ROOT, 'dist', f), 'utf8').includes(UNDICI_MARKER),
  );
  // undici must sit in a chunk of its own, or this test would prove nothing.
  expect(undiciChunks).toHaveLength(1);
  withoutUndici = mkdtempSync(path.join(tmpdir(), 'release-gates-without-undici-'));
  for (const file of ['index.js', 'package.json', ...chunks.filter((f) => !undiciChunks.includes(f))])
    copyFileSync(path.join(ROOT, 'dist', file), path.join(withoutUndici, file));
  // Loaded before the action: any use of the runtime's fetch classes throws.
  writeFileSync(
    path.join(withoutUndici, 'no-fetch.cjs'),
    `for (const name of ['fetch', 'Response', 'Headers', 'Request'])
  Object.defineProperty(globalThis, name, { get() { throw new Error('global ' + name + ' used'); } });
`,
  );
});

afterAll(async () => {
  await emulator?.close();
  if (withoutUndici) rmSync(withoutUndici, { recursive: true, force: true });
});

test('a history is read without the undici package and without the runtime fetch classes', async () => {
  const result = await runAction({
    action: path.join(withoutUndici, 'index.js'),
    apiUrl: emulator.apiUrl,
    inputs: { ref: 'refs/heads/main', sha: 'a'.repeat(40), upload_report: 'false' },
    env: { NODE_OPTIONS: `--require=${path.join(withoutUndici, 'no-fetch.cjs')}` },
    files: { '.github/release-gates.yml': POLICY },
  });
  expect(result.report?.error ?? null).toBeNull();
  expect(result.report?.gates.map((g) => [g.id, g.status, g.code])).toEqual([
    ['streak', 'pass', 'STREAK_MET'],
    ['budget', 'pass', 'WITHIN_BUDGET'],
  ]);
  expect(result.report?.stats.api_requests).toBeGreaterThan(0);
  expect(result.exitCode).toBe(0);
});

test('the preload makes a use of the runtime fetch classes throw (so the test above can fail)', async () => {
  const probe = path.join(withoutUndici, 'probe.cjs');
  writeFileSync(probe, `require('./no-fetch.cjs'); new Response('x');`);
  const { spawnSync } = await import('node:child_process');
  const ran = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
  expect(ran.status).not.toBe(0);
  expect(ran.stderr).toContain('global Response used');
});
