// A JSON answer cut off mid-transfer, or garbled, must never reach a gate as a value. Octokit
// hands such a body over as a string ('' when the transfer broke), which gates read as an empty
// list: before the GitHub client checked bodies, a cut issues listing made open_issues pass.
import { startEmulator, minimalScenario, type Emulator, type Fault } from '../../test/emulator/index.js';
import { RequestCounter } from '../../src/github/counter.js';

const emulator: Emulator = await startEmulator(
  minimalScenario({
    issues: [{ number: 1, title: 'Crash on start', labels: ['release-blocker'] }],
    releases: [{ tag: 'v1.0.0', assets: [{ name: 'a.tar.gz', content: 'bytes of a\n' }] }],
  }),
);
process.env.GITHUB_API_URL = emulator.apiUrl;
const { createGitHub } = await import('../../src/github/client.js');
const { toGateError } = await import('../../src/github/errors.js');

afterAll(() => emulator.close());

const repo = { owner: 'acme', repo: 'widgets' };

function client() {
  const counter = new RequestCounter();
  return {
    counter,
    github: createGitHub({ token: 'ghs_x', baseUrl: emulator.apiUrl, counter, retryBaseMs: 1 }),
  };
}

async function issues(faults: Fault[]) {
  emulator.setFaults(faults);
  const { github, counter } = client();
  try {
    const list = await github.octokit.paginate(github.octokit.rest.issues.listForRepo, {
      ...repo,
      state: 'open',
    });
    return { list, requests: counter.count, error: null };
  } catch (error) {
    return { list: null, requests: counter.count, error: toGateError(error, 'open issues of acme/widgets') };
  } finally {
    emulator.setFaults([]);
  }
}

const route = 'GET /repos/{owner}/{repo}/issues';

describe.each([
  ['cut mid-transfer', 'truncate', /the answer was cut off mid-transfer/],
  ['malformed JSON', 'malformed_json', /the answer is not valid JSON/],
] as const)('a JSON answer %s', (_name, kind, problem) => {
  test('once: retried, and the real list arrives', async () => {
    const result = await issues([{ route, kind, times: 1 }]);
    expect(result.error).toBeNull();
    expect(result.list!.map((i) => i.number)).toEqual([1]);
    expect(result.requests).toBe(2);
  });

  test('always: an API error that names the request, never an empty list', async () => {
    const result = await issues([{ route, kind }]);
    expect(result.list).toBeNull();
    expect(result.error!.code).toBe('API_ERROR');
    expect(result.error!.message).toContain('GET /repos/acme/widgets/issues');
    expect(result.error!.message).toMatch(problem);
    expect(result.requests).toBe(4); // the first try and three retries
  });
});

test('an error status keeps its meaning even when its body is garbled', async () => {
  emulator.setFaults([{ route, kind: 'status', status: 404 }]);
  try {
    const { github } = client();
    await expect(github.octokit.rest.issues.listForRepo({ ...repo })).rejects.toMatchObject({ status: 404 });
  } finally {
    emulator.setFaults([]);
  }
});

test('binary downloads stay streams (not buffered, not parsed)', async () => {
  const { github } = client();
  const { data: release } = await github.octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1.0.0' });
  const response = await github.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repo,
    asset_id: release.assets[0]!.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  });
  const chunks: Buffer[] = [];
  for await (const chunk of response.data as unknown as AsyncIterable<Uint8Array>)
    chunks.push(Buffer.from(chunk));
  expect(Buffer.concat(chunks).toString()).toBe('bytes of a\n');
});
