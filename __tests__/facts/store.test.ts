// The fact store builds the GitHub clients on the first load that may read GitHub, once,
// and never for a local load.
import { FactStore } from '../../src/facts/store.js';
import { GateError } from '../../src/model/types.js';
import type { GitHub } from '../../src/github/client.js';
import type { GitHubClients } from '../../src/github/connect.js';
import { RequestCounter } from '../../src/github/counter.js';

const fakeClient = (token: string): GitHub =>
  ({ token, baseUrl: 'http://127.0.0.1:9', counter: new RequestCounter(), octokit: {} }) as unknown as GitHub;

function lazyStore(connect: () => Promise<GitHubClients>): FactStore {
  return new FactStore({ workspace: '/nonexistent', env: {}, github: null, externalGithub: null, connect });
}

test('a load that may read GitHub connects first, once, however many loads start together', async () => {
  let connects = 0;
  const store = lazyStore(async () => {
    connects++;
    return { github: fakeClient('t'), externalGithub: fakeClient('x') };
  });
  const tokens = await Promise.all(
    ['a', 'b', 'c'].map((key) =>
      store.memo(key, async () => `${store.github.token}/${store.externalGithub.token}`),
    ),
  );
  expect(tokens).toEqual(['t/x', 't/x', 't/x']);
  expect(connects).toBe(1);
});

test('a local load does not connect', async () => {
  let connects = 0;
  const store = lazyStore(async () => {
    connects++;
    return { github: fakeClient('t'), externalGithub: null };
  });
  await expect(store.memo('workspace:x', async () => 'read', 'local')).resolves.toBe('read');
  expect(connects).toBe(0);
});

test('reading GitHub before connecting is an error, never "no token"', () => {
  const store = lazyStore(async () => ({ github: fakeClient('t'), externalGithub: null }));
  for (const read of [() => store.github, () => store.externalGithub]) {
    expect(read).toThrow(GateError);
    expect(read).toThrow(/before its client was loaded/);
  }
});

test('without a token, a connected store says NO_TOKEN; the external client falls back to it', async () => {
  const store = lazyStore(async () => ({ github: null, externalGithub: null }));
  const error = await store.memo('k', async () => store.github).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GateError);
  expect((error as GateError).code).toBe('NO_TOKEN');
  expect(() => store.externalGithub).toThrow(/No GitHub token/);
});

test('a client that cannot be built fails every load that needs it, with the same error', async () => {
  const failure = new GateError('CLIENT_NOT_LOADED', 'Cannot load the GitHub API client: gone');
  const store = lazyStore(() => Promise.reject(failure));
  await expect(store.memo('a', async () => 'never')).rejects.toBe(failure);
  await expect(store.memo('b', async () => 'never')).rejects.toBe(failure);
  await expect(store.memo('local', async () => 'fine', 'local')).resolves.toBe('fine');
});

test('a store given ready clients needs no connecting', async () => {
  const store = new FactStore({ workspace: '/', env: {}, github: fakeClient('ready'), externalGithub: null });
  expect(store.github.token).toBe('ready');
  expect(store.externalGithub.token).toBe('ready');
  await expect(store.memo('k', async () => store.github.token)).resolves.toBe('ready');
});
