// The API client and @actions/artifact are chunks of the bundle loaded on first use, so a
// policy of local gates starts without them. Proved by running a copy of dist/ without the
// chunks that hold Octokit or @actions/artifact: local gates still pass; a gate that reads
// GitHub ends in error (never a pass) and says what is missing.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from './harness.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const LOCAL_GATES = `
version: 1
stages:
  GA: { match: ["v*"], gates: { verify: required, creds: required, freeze: required } }
gates:
  verify: { type: evidence, with: { path: dist/release/verify.json } }
  creds: { type: secrets_present, with: { env: [PYPI_API_TOKEN] } }
  freeze:
    type: freeze_window
    with: { timezone: UTC, windows: [{ name: Year end, start: "2026-12-31T00:00", end: "2027-01-03T00:00" }] }
`;
const WITH_API_GATE = `${LOCAL_GATES.replace('freeze: required }', 'freeze: required, streak: required }')}
  streak: { type: run_streak, with: { workflow: ci.yml, job: build, branch: main, count: 3 } }
`;

let entryOnly: string;

// Strings only these libraries' code holds: Octokit's user agent, the artifact service's name.
const CLIENT_MARKERS = ['octokit-core.js/', 'github.actions.results.api.v1.ArtifactService'];

beforeAll(() => {
  const chunks = readdirSync(path.join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  const clientChunks = chunks.filter((f) => {
    const text = readFileSync(path.join(ROOT, 'dist', f), 'utf8');
    return CLIENT_MARKERS.some((marker) => text.includes(marker));
  });
  // The client and the artifact library must sit in chunks of their own (none of the
  // action's), or this test would prove nothing.
  expect(clientChunks.length).toBeGreaterThanOrEqual(2);
  entryOnly = mkdtempSync(path.join(tmpdir(), 'release-gates-entry-only-'));
  for (const file of ['index.js', 'package.json', ...chunks.filter((f) => !clientChunks.includes(f))])
    copyFileSync(path.join(ROOT, 'dist', file), path.join(entryOnly, file));
});

afterAll(() => rmSync(entryOnly, { recursive: true, force: true }));

const run = (policy: string, inputs: Record<string, string> = {}) =>
  runAction({
    action: path.join(entryOnly, 'index.js'),
    // A closed port: any request would fail the run.
    apiUrl: 'http://127.0.0.1:9',
    inputs: { ref: 'refs/tags/v1.3.0', sha: SHA, upload_report: 'false', ...inputs },
    env: { PYPI_API_TOKEN: 'pypi-x', RELEASE_GATES_NOW: '2026-11-18T17:00:00Z' },
    files: { '.github/release-gates.yml': policy, 'dist/release/verify.json': '{"ok": true}' },
  });

test('a policy of local gates runs without the client and artifact chunks', async () => {
  const result = await run(LOCAL_GATES);
  expect(result.report?.error ?? null).toBeNull();
  expect(result.report?.gates.map((g) => [g.id, g.status])).toEqual([
    ['verify', 'pass'],
    ['creds', 'pass'],
    ['freeze', 'pass'],
  ]);
  expect(result.report?.result).toBe('pass');
  expect(result.exitCode).toBe(0);
});

test('without the client chunk, a gate that reads GitHub is an error naming the cause', async () => {
  const result = await run(WITH_API_GATE);
  const streak = result.report?.gates.find((g) => g.id === 'streak');
  expect(streak).toMatchObject({ status: 'error', code: 'CLIENT_NOT_LOADED' });
  expect(streak?.message).toMatch(/Cannot load the GitHub API client: .*dist\/ directory is incomplete/);
  expect(result.report?.gates.filter((g) => g.id !== 'streak').every((g) => g.status === 'pass')).toBe(true);
  expect(result.report?.result).toBe('fail');
  expect(result.exitCode).toBe(1);
});

test('without the client chunk, file_blockers warns and leaves the verdict alone', async () => {
  const result = await run(LOCAL_GATES, { file_blockers: 'true' });
  expect(result.report?.result).toBe('pass');
  expect(result.exitCode).toBe(0);
  expect(result.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: expect.stringMatching(
        /^The release blockers issue was not updated: Cannot load the GitHub API client/,
      ),
    }),
  );
  expect(result.stderr).not.toMatch(/at .*index\.js:\d+/);
});
