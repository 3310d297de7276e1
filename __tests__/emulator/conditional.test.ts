// Conditional requests as GitHub answers them (ETag, If-None-Match, 304 that costs nothing),
// and a person's permission on the repository.
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import { ifNoneMatchHolds } from '../../test/emulator/conditional.js';
import { authorized, fixtureScenario, octokitFor, releaseSha } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'widgets' };
let emulator: Emulator;

afterEach(() => emulator.close());

async function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${emulator.url}${path}`, { headers: { ...authorized(), ...headers } });
}

describe('ETag and 304 on check runs and the combined status', () => {
  beforeEach(async () => {
    emulator = await startEmulator(fixtureScenario());
  });

  it.each([
    `/repos/acme/widgets/commits/${releaseSha}/check-runs`,
    `/repos/acme/widgets/commits/${releaseSha}/status`,
  ])('%s: a weak ETag, 304 without a body on a match, not counted against the rate limit', async (path) => {
    const first = await get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));

    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // The 304 cost nothing: the budget is where the first answer left it.
    expect(Number(again.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    const third = await get(path);
    expect(Number(third.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);

    const log = emulator.requests();
    expect(log.map((entry) => [entry.status, entry.notModified ?? false])).toEqual([
      [200, false],
      [304, true],
      [200, false],
    ]);
  });

  it('a stale ETag gets the new body with a new ETag once the checks change', async () => {
    const path = `/repos/acme/widgets/commits/${releaseSha}/check-runs`;
    const etag = (await get(path)).headers.get('etag')!;
    const build = emulator.state.repository.checkRuns.find((run) => run.name === 'security scan')!;
    build.conclusion = 'failure';
    const changed = await get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const body = (await changed.json()) as { check_runs: { name: string; conclusion: string }[] };
    expect(body.check_runs.find((run) => run.name === 'security scan')?.conclusion).toBe('failure');
  });

  it('a different page is a different representation', async () => {
    const path = `/repos/acme/widgets/commits/${releaseSha}/status?per_page=1`;
    const page1 = (await get(path)).headers.get('etag')!;
    const page2 = await get(`${path}&page=2`, { 'if-none-match': page1 });
    expect(page2.status).toBe(200);
  });

  it('Octokit sees a 304 as a RequestError with status 304 (what the client turns into "unchanged")', async () => {
    const octokit = octokitFor(emulator.apiUrl);
    const first = await octokit.rest.checks.listForRef({ ...REPO, ref: releaseSha });
    await expect(
      octokit.rest.checks.listForRef({
        ...REPO,
        ref: releaseSha,
        headers: { 'if-none-match': first.headers.etag! },
      }),
    ).rejects.toMatchObject({ status: 304 });
  });

  it('routes without conditional support answer 200 whatever If-None-Match says', async () => {
    const response = await get('/repos/acme/widgets', { 'if-none-match': '*' });
    expect(response.status).toBe(200);
  });
});

describe('If-None-Match comparison (RFC 9110 §13.1.2: weak)', () => {
  it.each([
    ['W/"abc"', 'W/"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"x", W/"abc"', 'W/"abc"', true],
    ['*', 'W/"abc"', true],
    ['W/"abd"', 'W/"abc"', false],
    ['', 'W/"abc"', false],
    ['abc', 'W/"abc"', false],
  ])('%s against %s → %s', (header, etag, holds) => {
    expect(ifNoneMatchHolds(header, etag)).toBe(holds);
  });

  it('no header never matches', () => {
    expect(ifNoneMatchHolds(undefined, 'W/"abc"')).toBe(false);
  });
});

describe('a person’s permission on the repository', () => {
  const PERMISSION = (login: string) => `/repos/acme/widgets/collaborators/${login}/permission`;

  it('answers role_name as assigned and permission as its legacy base role', async () => {
    emulator = await startEmulator(
      fixtureScenario({
        collaborators: {
          'Release-Captain': 'admin',
          maintainer: 'maintain',
          dev: 'write',
          triager: 'triage',
          auditor: { role_name: 'security-auditor', base: 'read' },
        },
      }),
    );
    const octokit = octokitFor(emulator.apiUrl);
    const read = async (username: string) => {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...REPO, username });
      return [data.role_name, data.permission, data.user?.login ?? null];
    };
    expect(await read('release-captain')).toEqual(['admin', 'admin', 'release-captain']);
    expect(await read('maintainer')).toEqual(['maintain', 'write', 'maintainer']);
    expect(await read('dev')).toEqual(['write', 'write', 'dev']);
    expect(await read('triager')).toEqual(['triage', 'read', 'triager']);
    expect(await read('auditor')).toEqual(['security-auditor', 'read', 'auditor']);
    // Anyone else may read a public repository, and has no role on a private one.
    expect(await read('stranger')).toEqual(['read', 'read', null]);
  });

  it('a stranger has none on a private repository', async () => {
    const scenario = fixtureScenario();
    emulator = await startEmulator({ ...scenario, repository: { ...scenario.repository, private: true } });
    const body = (await (await get(PERMISSION('stranger'))).json()) as Record<string, unknown>;
    expect([body.role_name, body.permission]).toEqual(['none', 'none']);
  });

  it('a token without metadata read gets 403 naming the permission', async () => {
    emulator = await startEmulator(fixtureScenario({ permissions: { metadata: 'none' } }));
    const response = await get(PERMISSION('dev'));
    expect(response.status).toBe(403);
    expect(response.headers.get('x-accepted-github-permissions')).toBe('metadata=read');
  });
});
