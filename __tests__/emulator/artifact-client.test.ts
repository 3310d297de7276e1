// The real @actions/artifact client against the emulator: download by id (with its digest check)
// and upload through the results service. @actions/github reads GITHUB_API_URL when it loads, so
// this file sets the environment first and imports the client afterwards.
import { jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  makeRuntimeToken,
  minimalScenario,
  readZip,
  startEmulator,
  type Emulator,
} from '../../test/emulator/index.js';

let emulator: Emulator;
let workDir: string;
let client: import('@actions/artifact').ArtifactClient;
const savedEnv = { ...process.env };

beforeAll(async () => {
  // @actions/core writes its ::debug:: and info lines to stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  emulator = await startEmulator(
    minimalScenario({
      runs: [
        {
          id: 77,
          workflow: 'release.yml',
          head_sha: 'a'.repeat(40),
          artifacts: [
            { name: 'release-metadata', files: { 'metadata.json': '{"tag":"v2.0.0"}' } },
            { name: 'tampered', files: { 'metadata.json': '{}' }, digest: `sha256:${'1'.repeat(64)}` },
          ],
        },
      ],
    }),
  );
  workDir = await mkdtemp(join(tmpdir(), 'emulator-artifact-'));
  Object.assign(process.env, {
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_RESULTS_URL: `${emulator.url}/`,
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(),
  });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  client = new DefaultArtifactClient();
});

afterAll(async () => {
  jest.restoreAllMocks();
  process.env = savedEnv;
  await rm(workDir, { recursive: true, force: true });
  await emulator.close();
});

async function artifactIds(): Promise<Record<string, { id: number; digest: string | null }>> {
  const response = await fetch(`${emulator.url}/repos/acme/widgets/actions/runs/77/artifacts`, {
    headers: { authorization: 'token t' },
  });
  const body = (await response.json()) as {
    artifacts: { name: string; id: number; digest: string | null }[];
  };
  return Object.fromEntries(body.artifacts.map((artifact) => [artifact.name, artifact]));
}

const findBy = { token: 't', workflowRunId: 77, repositoryOwner: 'acme', repositoryName: 'widgets' };

it('downloads and extracts an artifact, and its digest matches the API', async () => {
  const { 'release-metadata': artifact } = await artifactIds();
  const path = join(workDir, 'download');
  const result = await client.downloadArtifact(artifact.id, {
    path,
    findBy,
    expectedHash: artifact.digest ?? undefined,
  });
  expect(result.digestMismatch).toBe(false);
  expect(await readFile(join(path, 'metadata.json'), 'utf8')).toBe('{"tag":"v2.0.0"}');
});

it('reports a digest mismatch when the API digest is wrong', async () => {
  const { tampered } = await artifactIds();
  const result = await client.downloadArtifact(tampered.id, {
    path: join(workDir, 'tampered'),
    findBy,
    expectedHash: tampered.digest ?? undefined,
  });
  expect(result.digestMismatch).toBe(true);
});

it('uploads through the results service into state.uploads', async () => {
  const reportDir = join(workDir, 'report');
  await mkdir(reportDir);
  await writeFile(join(reportDir, 'maturity-eval.json'), '{"result":"pass"}');
  await writeFile(join(reportDir, 'maturity-eval.md'), '# ✅ PASS\n');
  const files = ['maturity-eval.json', 'maturity-eval.md'].map((name) => join(reportDir, name));

  const uploaded = await client.uploadArtifact('maturity-eval', files, reportDir);
  expect(uploaded.id).toBeGreaterThan(0);
  const zip = emulator.state.uploads.get('maturity-eval');
  expect(zip).toBeDefined();
  const entries = Object.fromEntries(
    readZip(zip ?? Buffer.alloc(0)).map((entry) => [entry.name, entry.data.toString()]),
  );
  expect(entries).toEqual({ 'maturity-eval.json': '{"result":"pass"}', 'maturity-eval.md': '# ✅ PASS\n' });
  expect(
    emulator
      .requests()
      .filter((entry) => entry.kind === 'results')
      .map((entry) => entry.route),
  ).toEqual([
    'POST /twirp/github.actions.results.api.v1.ArtifactService/{method}',
    'POST /twirp/github.actions.results.api.v1.ArtifactService/{method}',
  ]);
});

it('refuses a second upload with the same name, as GitHub does', async () => {
  const file = join(workDir, 'again.txt');
  await writeFile(file, 'again');
  await expect(client.uploadArtifact('maturity-eval', [file], workDir)).rejects.toThrow(/already exists/);
});
