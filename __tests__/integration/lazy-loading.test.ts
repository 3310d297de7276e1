// The API client, @actions/artifact and each gate type are chunks of the bundle loaded on
// first use, so a policy of local gates starts without them. Proved by running a copy of
// dist/ without the chunks that hold Octokit, @actions/artifact and the gate types the policy
// does not name: local gates still pass; a gate that reads GitHub, or a type whose chunk is
// missing, ends in error (never a pass) and says what is missing.
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

/** dist/ without the client and artifact chunks, nor those of gate types LOCAL_GATES does not name. */
let entryOnly: string;
/** dist/ without the client and artifact chunks only. */
let withoutClient: string;

// Strings only these libraries' code holds: Octokit's user agent, the artifact service's name.
const CLIENT_MARKERS = ['octokit-core.js/', 'github.actions.results.api.v1.ArtifactService'];
// The gate types of LOCAL_GATES (each type's implementation is declared `const <name>Gate = `).
const LOCAL_TYPES = ['evidenceGate', 'secretsPresentGate', 'freezeWindowGate'];

function copyOfDistWithout(name: string, left: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), `release-gates-${name}-`));
  for (const file of readdirSync(path.join(ROOT, 'dist')).filter(
    (f) => f.endsWith('.js') || f === 'package.json',
  ))
    if (!left.includes(file)) copyFileSync(path.join(ROOT, 'dist', file), path.join(dir, file));
  return dir;
}

beforeAll(() => {
  const chunks = readdirSync(path.join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  const text = (f: string) => readFileSync(path.join(ROOT, 'dist', f), 'utf8');
  const clientChunks = chunks.filter((f) => CLIENT_MARKERS.some((marker) => text(f).includes(marker)));
  const otherTypeChunks = chunks.filter((f) =>
    [...text(f).matchAll(/^const (\w+Gate) = /gm)].some((m) => !LOCAL_TYPES.includes(m[1]!)),
  );
  // The client, the artifact library and the other gate types must sit in chunks of their own
  // (none of the local gates' or the engine's), or this test would prove nothing.
  expect(clientChunks.length).toBeGreaterThanOrEqual(2);
  expect(otherTypeChunks.length).toBeGreaterThanOrEqual(17);
  for (const f of [...clientChunks, ...otherTypeChunks])
    expect(text(f)).not.toMatch(/^const (evidenceGate|secretsPresentGate|freezeWindowGate) = /m);
  entryOnly = copyOfDistWithout('entry-only', [...clientChunks, ...otherTypeChunks]);
  withoutClient = copyOfDistWithout('without-client', clientChunks);
});

afterAll(() => {
  for (const dir of [entryOnly, withoutClient]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (policy: string, inputs: Record<string, string> = {}, dist = entryOnly) =>
  runAction({
    action: path.join(dist, 'index.js'),
    // A closed port: any request would fail the run.
    apiUrl: 'http://127.0.0.1:9',
    inputs: { ref: 'refs/tags/v1.3.0', sha: SHA, upload_report: 'false', ...inputs },
    env: { PYPI_API_TOKEN: 'pypi-x', RELEASE_GATES_NOW: '2026-11-18T17:00:00Z' },
    files: { '.github/release-gates.yml': policy, 'dist/release/verify.json': '{"ok": true}' },
  });

test("a policy of local gates runs without the client, artifact and other gate types' chunks", async () => {
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
  const result = await run(WITH_API_GATE, {}, withoutClient);
  const streak = result.report?.gates.find((g) => g.id === 'streak');
  expect(streak).toMatchObject({ status: 'error', code: 'CLIENT_NOT_LOADED' });
  expect(streak?.message).toMatch(/Cannot load the GitHub API client: .*dist\/ directory is incomplete/);
  expect(result.report?.gates.filter((g) => g.id !== 'streak').every((g) => g.status === 'pass')).toBe(true);
  expect(result.report?.result).toBe('fail');
  expect(result.exitCode).toBe(1);
});

test("without a gate type's chunk, a policy naming the type fails the evaluation and says why", async () => {
  const result = await run(WITH_API_GATE);
  expect(result.report?.error).toMatchObject({ code: 'GATE_TYPE_NOT_LOADED' });
  expect(result.report?.error?.message).toMatch(
    /^Cannot load the gate type 'run_streak': .*dist\/ directory is incomplete/,
  );
  expect(result.report?.result).toBe('fail');
  expect(result.exitCode).toBe(1);
  expect(result.outputs.result).toBe('fail');
  expect(result.stderr).not.toMatch(/at .*index\.js:\d+/);
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
