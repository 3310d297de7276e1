// Members a request names in `request.omitKeys` are left out of its parsed answer, at any
// depth, and nothing else is: the workflow-run pages of a long history are read without the
// repository objects that make up most of them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHub } from '../../src/github/client.js';
import { RequestCounter } from '../../src/github/counter.js';
import { FactStore } from '../../src/facts/store.js';
import { workflowRuns } from '../../src/facts/runs.js';
import { makeJob, makeRuns, startEmulator } from '../../test/emulator/index.js';

let server: Server;
let api: string;
const ANSWER = {
  total_count: 1,
  workflow_runs: [
    {
      id: 7,
      actor: { login: 'octocat' },
      head_commit: { id: 'abc', author: { name: 'Mona' } },
      repository: { id: 1, owner: { login: 'acme' } },
      nested: { repository: 'also left out', kept: true },
      list: [{ actor: 1, kept: 2 }],
    },
  ],
};

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(ANSWER));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const client = () =>
  createGitHub({ token: 'ghs_test', baseUrl: api, counter: new RequestCounter(), retries: 0 });

test('omitKeys leaves those members out at every depth, and keeps the rest', async () => {
  const { data } = await client().octokit.request('GET /runs', {
    request: { omitKeys: ['actor', 'head_commit', 'repository'] },
  });
  expect(data).toEqual({
    total_count: 1,
    workflow_runs: [{ id: 7, nested: { kept: true }, list: [{ kept: 2 }] }],
  });
});

test('without omitKeys the answer is whole', async () => {
  const { data } = await client().octokit.request('GET /runs');
  expect(data).toEqual(ANSWER);
});

test('omitKeys that is not a list of names is a programming error, not a silent whole answer', async () => {
  await expect(
    client().octokit.request('GET /runs', { request: { omitKeys: 'repository' } }),
  ).rejects.toThrow('request.omitKeys must be a list of member names');
});

test("a history's run pages are read without the runs' repository and actor objects", async () => {
  const emulator = await startEmulator({
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    runs: makeRuns(3, () => ({ jobs: [makeJob('build')] })),
  });
  try {
    const github = createGitHub({
      token: 'ghs_test',
      baseUrl: emulator.apiUrl,
      counter: new RequestCounter(),
      retries: 0,
    });
    const seen: unknown[] = [];
    github.octokit.hook.after('request', (response, options) => {
      if (String(options.url).includes('/runs')) seen.push(response.data);
    });
    // Read through the facts layer, as the history gates read it.
    const facts = new FactStore({ workspace: '.', env: {}, github, externalGithub: github });
    const { runs } = await workflowRuns(
      facts,
      { owner: 'acme', repo: 'plasmite' },
      { workflow: 'ci.yml', branch: 'main' },
      { maxRuns: 3 },
    );
    expect(runs.map((r) => typeof r.headSha)).toEqual(['string', 'string', 'string']);
    const page = seen[0] as { workflow_runs: Record<string, unknown>[] };
    expect(page.workflow_runs).toHaveLength(3);
    for (const run of page.workflow_runs) {
      for (const key of ['repository', 'head_repository', 'head_commit', 'actor', 'triggering_actor'])
        expect(run).not.toHaveProperty(key);
      expect(run).toHaveProperty('head_sha');
    }
  } finally {
    await emulator.close();
  }
});
