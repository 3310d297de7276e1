import { createHash } from 'node:crypto';
import { readZip, startEmulator, type Emulator, type Fault } from '../../test/emulator/index.js';
import { authorized, fixtureScenario, octokitFor } from './fixtures.js';

const RUNS = 'GET /repos/{owner}/{repo}/actions/runs';
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator(fixtureScenario());
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.setFaults([]);
  emulator.setLatency(0);
  emulator.resetLog();
});

function get(path: string, init: RequestInit = {}) {
  return fetch(`${emulator.url}${path}`, { ...init, headers: { ...authorized(), ...init.headers } });
}

async function artifactId(name: string): Promise<number> {
  const response = await get(`/repos/acme/widgets/actions/runs/4242/artifacts?name=${name}`);
  return ((await response.json()) as { artifacts: { id: number }[] }).artifacts[0].id;
}

describe('status faults', () => {
  it('answers with the status, a retry-after when asked, `times` requests only', async () => {
    emulator.setFaults([{ route: RUNS, kind: 'status', status: 502, retryAfter: 2, times: 2 }]);
    const first = await get('/repos/acme/widgets/actions/runs');
    expect(first.status).toBe(502);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await get('/repos/acme/widgets/actions/runs')).status).toBe(502);
    expect((await get('/repos/acme/widgets/actions/runs')).status).toBe(200);
    expect(emulator.requests().map((entry) => [entry.status, entry.fault])).toEqual([
      [502, 'status'],
      [502, 'status'],
      [200, undefined],
    ]);
  });

  it('sends GitHub’s secondary and primary rate-limit answers', async () => {
    emulator.setFaults([
      { route: RUNS, kind: 'status', secondaryRateLimit: true, retryAfter: 1, times: 1 },
      { route: RUNS, kind: 'status', primaryRateLimit: true, times: 1 },
    ]);
    const secondary = await get('/repos/acme/widgets/actions/runs');
    expect(secondary.status).toBe(403);
    expect(secondary.headers.get('retry-after')).toBe('1');
    expect(((await secondary.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const primary = await get('/repos/acme/widgets/actions/runs');
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('matches routes by pattern, concrete path or glob, with or without a method', async () => {
    const hits = async (route: string, path: string, method = 'GET') => {
      emulator.setFaults([{ route, kind: 'status', status: 503 }]);
      return (await get(path, { method })).status === 503;
    };
    expect(
      await hits('GET /repos/{owner}/{repo}/actions/runs/{run_id}', '/repos/acme/widgets/actions/runs/4242'),
    ).toBe(true);
    expect(await hits('/repos/acme/widgets/actions/runs/4242', '/repos/acme/widgets/actions/runs/4242')).toBe(
      true,
    );
    expect(await hits('GET /repos/*/jobs', '/repos/acme/widgets/actions/runs/4242/jobs')).toBe(true);
    expect(
      await hits(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
        '/repos/acme/widgets/actions/runs/4242/jobs',
      ),
    ).toBe(false);
    expect(await hits('POST /repos/*', '/repos/acme/widgets/issues')).toBe(false);
  });

  it('reaches Octokit as an HTTP error', async () => {
    emulator.setFaults([{ route: 'GET /repos/{owner}/{repo}', kind: 'status', status: 500 }]);
    await expect(
      octokitFor(emulator.apiUrl).rest.repos.get({ owner: 'acme', repo: 'widgets' }),
    ).rejects.toMatchObject({
      status: 500,
    });
  });
});

describe('transport faults', () => {
  it('reset: the connection drops without an answer', async () => {
    emulator.setFaults([{ route: RUNS, kind: 'reset', times: 1 }]);
    await expect(get('/repos/acme/widgets/actions/runs')).rejects.toThrow();
    expect((await get('/repos/acme/widgets/actions/runs')).status).toBe(200);
    expect(emulator.requests()[0]).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('truncate: the body stops short of its content-length', async () => {
    emulator.setFaults([{ route: RUNS, kind: 'truncate' }]);
    const response = await get('/repos/acme/widgets/actions/runs');
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('malformed_json: a complete answer whose JSON is cut', async () => {
    emulator.setFaults([{ route: RUNS, kind: 'malformed_json' }]);
    const response = await get('/repos/acme/widgets/actions/runs');
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('stall with delayMs: the normal answer, late', async () => {
    emulator.setFaults([{ route: RUNS, kind: 'stall', delayMs: 150 }]);
    const started = Date.now();
    expect((await get('/repos/acme/widgets/actions/runs')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('stall forever: never answers, and close() still ends promptly', async () => {
    const stalled = await startEmulator(fixtureScenario({ faults: [{ route: '*', kind: 'stall' }] }));
    const pending = fetch(`${stalled.url}/repos/acme/widgets`, { headers: authorized() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stalled.requests()).toMatchObject([{ status: 0, fault: 'stall' }]);
    const started = Date.now();
    await stalled.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(pending).rejects.toThrow();
  });

  it('latency: added to every response', async () => {
    emulator.setLatency(100);
    const started = Date.now();
    await get('/repos/acme/widgets');
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });
});

describe('content faults', () => {
  it('wrong_digest: the API reports a digest the bytes do not have', async () => {
    const id = await artifactId('release-metadata');
    const honest = (await (await get(`/repos/acme/widgets/actions/artifacts/${id}`)).json()) as {
      digest: string;
    };
    emulator.setFaults([
      { route: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}', kind: 'wrong_digest' },
    ]);
    const reported = (await (await get(`/repos/acme/widgets/actions/artifacts/${id}`)).json()) as {
      digest: string;
    };
    expect(reported.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(reported.digest).not.toBe(honest.digest);
  });

  it('wrong_digest on a blob: a valid zip with other bytes', async () => {
    const id = await artifactId('release-metadata');
    const digest = (
      (await (await get(`/repos/acme/widgets/actions/artifacts/${id}`)).json()) as { digest: string }
    ).digest;
    emulator.setFaults([{ route: 'GET /_blobs/*', kind: 'wrong_digest' }]);
    const bytes = Buffer.from(
      await (await get(`/repos/acme/widgets/actions/artifacts/${id}/zip`)).arrayBuffer(),
    );
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).not.toBe(digest);
    expect(readZip(bytes).map((entry) => entry.name)).toContain('metadata.json');
  });

  it('truncated_zip: the download completes but the archive is broken', async () => {
    const id = await artifactId('release-metadata');
    emulator.setFaults([{ route: 'GET /_blobs/artifacts/{artifact_id}/{file_name}', kind: 'truncated_zip' }]);
    const response = await get(`/repos/acme/widgets/actions/artifacts/${id}/zip`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(() => readZip(bytes)).toThrow();
  });
});

describe('driving faults over HTTP', () => {
  it('sets faults, reads them back with their remaining count, and reads the log', async () => {
    const faults: Fault[] = [{ route: RUNS, kind: 'status', status: 500, times: 3 }];
    const set = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify(faults),
    });
    expect(set.status).toBe(204);
    await get('/repos/acme/widgets/actions/runs');
    const armed = (await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as Fault[];
    expect(armed).toEqual([{ ...faults[0], times: 2 }]);
    const log = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as { status: number }[];
    expect(log.map((entry) => entry.status)).toEqual([500]);
    await fetch(`${emulator.url}/_emulator/reset-log`, { method: 'POST' });
    expect(emulator.requests()).toEqual([]);
  });
});
