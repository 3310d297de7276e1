import { createHash } from 'node:crypto';
import { readZip, startEmulator, type Emulator } from '../../test/emulator/index.js';
import { authorized, fixtureScenario, octokitFor } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'widgets' };
let emulator: Emulator;
let octokit: ReturnType<typeof octokitFor>;

beforeAll(async () => {
  emulator = await startEmulator(fixtureScenario());
  octokit = octokitFor(emulator.apiUrl);
});
afterAll(() => emulator.close());

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

async function artifactNamed(name: string) {
  const list = await octokit.rest.actions.listWorkflowRunArtifacts({ ...REPO, run_id: 4242, name });
  return list.data.artifacts[0];
}

describe('artifact downloads', () => {
  it('redirects to a signed blob URL that serves the artifact as a zip matching its digest', async () => {
    const artifact = await artifactNamed('release-metadata');
    const redirect = await octokit.rest.actions.downloadArtifact({
      ...REPO,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    expect(redirect.status).toBe(302);
    const location = new URL(String(redirect.headers.location));
    expect(location.origin).toBe(emulator.url);
    expect(location.pathname).toBe(`/_blobs/artifacts/${artifact.id}/release-metadata.zip`);
    expect(location.searchParams.get('sig')).toBeTruthy();

    const blob = await fetch(location);
    expect(blob.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(sha256(bytes)).toBe(artifact.digest);
    expect(bytes.length).toBe(artifact.size_in_bytes);
    const entries = readZip(bytes).map((entry) => [entry.name, entry.data.toString()]);
    expect(entries).toEqual([
      ['metadata.json', '{"tag":"v1.1.0","version":"1.1.0"}'],
      ['notes/README.txt', 'hello\n'],
    ]);
  });

  it('answers 410 for an expired artifact and 403 for a blob URL without its signature', async () => {
    const expired = await artifactNamed('old-logs');
    expect(expired.expired).toBe(true);
    await expect(
      octokit.rest.actions.downloadArtifact({ ...REPO, artifact_id: expired.id, archive_format: 'zip' }),
    ).rejects.toMatchObject({ status: 410 });
    const live = await artifactNamed('release-metadata');
    const unsigned = await fetch(`${emulator.url}/_blobs/artifacts/${live.id}/release-metadata.zip`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('AuthenticationFailed');
  });

  it('serves an artifact digest the scenario overrides, to simulate a mismatch', async () => {
    const scenario = fixtureScenario();
    const wrong = `sha256:${'0'.repeat(64)}`;
    scenario.runs?.push({
      workflow: 'release.yml',
      head_sha: 'f'.repeat(40),
      artifacts: [{ name: 'm', files: { a: 'b' }, digest: wrong }],
    });
    const other = await startEmulator(scenario);
    try {
      const client = octokitFor(other.apiUrl);
      const runs = await client.rest.actions.listWorkflowRunsForRepo({ ...REPO, head_sha: 'f'.repeat(40) });
      const list = await client.rest.actions.listWorkflowRunArtifacts({
        ...REPO,
        run_id: runs.data.workflow_runs[0].id,
      });
      expect(list.data.artifacts[0].digest).toBe(wrong);
    } finally {
      await other.close();
    }
  });
});

describe('release asset downloads', () => {
  it('redirects the API asset URL with Accept: application/octet-stream to the bytes', async () => {
    const release = await octokit.rest.repos.getReleaseByTag({ ...REPO, tag: 'v1.1.0' });
    const asset = release.data.assets[0];
    const json = await fetch(asset.url, { headers: authorized() });
    expect(((await json.json()) as { name: string }).name).toBe(asset.name);

    const download = await fetch(asset.url, {
      headers: { ...authorized(), accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(download.status).toBe(302);
    const bytes = Buffer.from(await (await fetch(String(download.headers.get('location')))).arrayBuffer());
    expect(bytes.toString()).toBe('tarball bytes');
    expect(sha256(bytes)).toBe(asset.digest);
  });

  it('serves browser_download_url without a token, through a redirect', async () => {
    const release = await octokit.rest.repos.getReleaseByTag({ ...REPO, tag: 'v1.1.0' });
    const sums = release.data.assets[1];
    const response = await fetch(sums.browser_download_url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('abc  tool_1.1.0_linux_amd64.tar.gz\n');
    const kinds = emulator
      .requests()
      .slice(-2)
      .map((entry) => [entry.kind, entry.status]);
    expect(kinds).toEqual([
      ['download', 302],
      ['blob', 200],
    ]);
  });
});
