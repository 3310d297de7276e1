// readOutput against the emulator (real Octokit, real @actions/artifact downloads): a file from
// the workspace, from inside an artifact of the build run, or a release asset; each way of not
// having it, with its code from the one shared set.
import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shaOf, startEmulator, type Emulator, type RunSpec } from '../../../test/emulator/index.js';
import type { EvalContext } from '../../../src/model/types.js';
import { evalContext } from '../../fixtures/policies.js';
import { RequestCounter } from '../../../src/github/counter.js';

const TAG = 'v1.2.0';
const TAG_SHA = shaOf('output v1.2.0');
const MAIN_SHA = shaOf('output main');

const build = (overrides: Partial<RunSpec> = {}): RunSpec => ({
  id: 501,
  workflow: 'release.yml',
  head_branch: TAG,
  head_sha: TAG_SHA,
  event: 'push',
  created_at: '2026-03-01T10:00:00Z',
  artifacts: [
    { name: 'evidence', files: { 'smoke/result.json': '{"ok":true}', 'big.bin': 'x'.repeat(4096) } },
    { name: 'expired', files: { 'a.json': '{}' }, expired: true },
    { name: 'no-digest', files: { 'a.json': '{}' }, digest: null },
    { name: 'tampered', files: { 'a.json': '{}' }, digest: `sha256:${'0'.repeat(64)}` },
    { name: 'huge', files: { 'a.json': '{}' }, size_in_bytes: 50_000_000 },
  ],
  ...overrides,
});

const emulator: Emulator = await startEmulator({
  repository: { owner: 'acme', name: 'widget', default_branch: 'main' },
  commits: [{ sha: TAG_SHA }, { sha: MAIN_SHA, parents: [TAG_SHA] }],
  branches: { main: MAIN_SHA },
  tags: { [TAG]: TAG_SHA, 'v0.9.0': MAIN_SHA },
  workflows: [{ id: 31, path: '.github/workflows/release.yml', name: 'release' }],
  runs: [
    build(),
    // The build run of v0.9.0 ran on the tag but built main's head: not trusted.
    build({ id: 502, head_branch: 'v0.9.0', head_sha: TAG_SHA }),
  ],
  releases: [{ tag: TAG, assets: [{ name: 'notes.txt', content: 'release notes\n' }] }],
});
process.env.GITHUB_API_URL = emulator.apiUrl;
const { createGitHub } = await import('../../../src/github/client.js');
const { FactStore } = await import('../../../src/facts/store.js');
const { readOutput, outputText } = await import('../../../src/facts/build/output.js');

const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
afterAll(async () => {
  quiet.mockRestore();
  await emulator.close();
});

const workspace = mkdtempSync(path.join(tmpdir(), 'read-output-'));
writeFileSync(path.join(workspace, 'evidence.json'), '{"ok":true}');
writeFileSync(path.join(workspace, 'large.json'), 'x'.repeat(2000));

const ctx = (overrides: Partial<EvalContext> = {}) =>
  evalContext({ repository: { owner: 'acme', repo: 'widget' }, sha: TAG_SHA, ...overrides });

function facts() {
  const counter = new RequestCounter();
  const github = createGitHub({ token: 'ghs_test', baseUrl: emulator.apiUrl, counter, retries: 0 });
  return new FactStore({ workspace, env: {}, github, externalGithub: github });
}

const artifact = (name: string, file: string) => ({ kind: 'artifact' as const, name, file });
const limit = { maxBytes: 1024 };

describe('readOutput', () => {
  it('reads a workspace file, a file inside an artifact of the build run, and a release asset', async () => {
    const store = facts();
    const local = await readOutput(store, ctx(), { kind: 'workspace', path: 'evidence.json' }, limit);
    expect(local).toMatchObject({ ok: true, label: 'evidence.json (workspace)' });
    const inside = await readOutput(store, ctx(), artifact('evidence', 'smoke/result.json'), limit);
    expect(inside).toMatchObject({
      ok: true,
      label: "smoke/result.json in artifact 'evidence' of run 501",
    });
    expect(inside.ok && outputText(inside.bytes)).toBe('{"ok":true}');
    const asset = await readOutput(store, ctx(), { kind: 'release_asset', name: 'notes.txt' }, limit);
    expect(asset.ok && asset.bytes.toString()).toBe('release notes\n');
  });

  it.each<[string, () => Parameters<typeof readOutput>[2], string, RegExp]>([
    [
      'no workspace file',
      () => ({ kind: 'workspace', path: 'none.json' }),
      'OUTPUT_MISSING',
      /does not exist/,
    ],
    [
      'a workspace file over the limit',
      () => ({ kind: 'workspace', path: 'large.json' }),
      'OUTPUT_TOO_LARGE',
      /2000 bytes/,
    ],
    [
      'no such file in the artifact',
      () => artifact('evidence', 'other.json'),
      'OUTPUT_MISSING',
      /holds .*smoke\/result.json/,
    ],
    [
      'a file in the artifact over the limit',
      () => artifact('evidence', 'big.bin'),
      'OUTPUT_TOO_LARGE',
      /4096 bytes, over the 1024-byte limit/,
    ],
    ['no such artifact', () => artifact('nope', 'a.json'), 'ARTIFACT_MISSING', /does not exist/],
    ['an expired artifact', () => artifact('expired', 'a.json'), 'ARTIFACT_EXPIRED', /expired/],
    [
      'an artifact without a digest',
      () => artifact('no-digest', 'a.json'),
      'DIGEST_MISSING',
      /cannot be verified/,
    ],
    [
      'an artifact whose bytes differ from its digest',
      () => artifact('tampered', 'a.json'),
      'DIGEST_MISMATCH',
      /nothing in it is trusted/,
    ],
    ['an artifact over the limit', () => artifact('huge', 'a.json'), 'ARTIFACT_TOO_LARGE', /50000000 bytes/],
    [
      'no such release asset',
      () => ({ kind: 'release_asset', name: 'none.txt' }),
      'OUTPUT_MISSING',
      /has no such asset/,
    ],
  ])('%s: %s', async (_label, source, code, message) => {
    const read = await readOutput(facts(), ctx(), source(), limit);
    expect(read).toMatchObject({ ok: false, code });
    expect(!read.ok && read.message).toMatch(message);
  });

  it('reads nothing from a build run build_provenance would refuse (UNTRUSTED_BUILD_RUN)', async () => {
    const read = await readOutput(
      facts(),
      ctx({ tag: 'v0.9.0', refName: 'v0.9.0', sha: MAIN_SHA }),
      artifact('evidence', 'smoke/result.json'),
      limit,
    );
    expect(read).toMatchObject({ ok: false, code: 'UNTRUSTED_BUILD_RUN' });
    expect(!read.ok && read.message).toMatch(/ran on 'v0.9.0'.*|built .* but tag 'v0.9.0' points at/);
  });

  it('BUILD_RUN_NOT_FOUND when the tag has no build run', async () => {
    const store = facts();
    const read = await readOutput(
      store,
      ctx({ tag: 'v3.0.0', refName: 'v3.0.0' }),
      artifact('evidence', 'a.json'),
      limit,
    );
    expect(read).toMatchObject({ ok: false, code: 'BUILD_RUN_NOT_FOUND' });
  });
});
