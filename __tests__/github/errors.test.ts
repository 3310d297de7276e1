// HTTP failures → gate errors a person can act on (SPEC §5, §9): which permission to grant
// (named per route), which name was wrong, that the rate limit was hit, that GitHub failed.
import { GateError } from '../../src/model/types.js';
import { permissionFor, toGateError } from '../../src/github/errors.js';

const API = 'https://api.github.com';

interface FakeHttpError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function httpError(
  status: number | undefined,
  url: string,
  extra: Partial<FakeHttpError> = {},
): FakeHttpError {
  return { status, message: extra.message ?? `HTTP ${status}`, request: { method: 'GET', url }, ...extra };
}

describe('permissionFor: the workflow permission a route needs', () => {
  test.each([
    ['/repos/acme/widget/actions/runs?branch=main', 'actions: read'],
    ['/repos/acme/widget/actions/workflows/ci.yml/runs', 'actions: read'],
    ['/repos/acme/widget/actions/runs/42/artifacts', 'actions: read'],
    ['/repos/acme/widget/actions/artifacts/7/zip', 'actions: read'],
    ['/repos/acme/widget/commits/abc/check-runs', 'checks: read'],
    ['/repos/acme/widget/check-suites/9', 'checks: read'],
    ['/repos/acme/widget/commits/abc/status', 'statuses: read'],
    ['/repos/acme/widget/commits/abc/statuses', 'statuses: read'],
    ['/repos/acme/widget/pulls/5/reviews', 'pull-requests: read'],
    ['/repos/acme/widget/commits/abc/pulls', 'pull-requests: read'],
    ['/repos/acme/widget/issues?labels=release-blocker', 'issues: read'],
    ['/repos/acme/widget/milestones', 'issues: read'],
    ['/repos/acme/widget/labels', 'issues: read'],
    ['/repos/acme/widget/contents/Cargo.toml?ref=abc', 'contents: read'],
    ['/repos/acme/widget/git/ref/tags/v1.2.0', 'contents: read'],
    ['/repos/acme/widget/releases/tags/v1.2.0', 'contents: read'],
    ['/repos/acme/widget/compare/main...abc', 'contents: read'],
  ])('GET %s needs %s', (route, permission) => {
    expect(permissionFor('GET', `${API}${route}`)).toBe(permission);
    expect(permissionFor('get', `${API}${route}`)).toBe(permission);
    expect(permissionFor('HEAD', `${API}${route}`)).toBe(permission);
  });

  test.each([
    ['POST', '/repos/acme/widget/issues', 'issues: write'],
    ['PATCH', '/repos/acme/widget/issues/12', 'issues: write'],
    ['POST', '/repos/acme/widget/check-runs', 'checks: write'],
    ['POST', '/repos/acme/widget/statuses/abc', 'statuses: write'],
    ['DELETE', '/repos/acme/widget/actions/artifacts/3', 'actions: write'],
    ['PUT', '/repos/acme/widget/contents/a.txt', 'contents: write'],
  ])('%s %s needs %s', (method, route, permission) => {
    expect(permissionFor(method, `${API}${route}`)).toBe(permission);
  });

  test('GitHub Enterprise Server URLs are recognised by their path', () => {
    expect(permissionFor('GET', 'https://ghe.example.com/api/v3/repos/acme/widget/actions/runs')).toBe(
      'actions: read',
    );
    expect(permissionFor('GET', 'https://ghe.example.com/api/v3/repos/acme/widget/pulls/1')).toBe(
      'pull-requests: read',
    );
  });

  test("a file's attestations need attestations: read", () => {
    expect(permissionFor('GET', `${API}/repos/acme/widget/attestations/sha256%3A${'a'.repeat(64)}`)).toBe(
      'attestations: read',
    );
    expect(permissionFor('GET', `${API}/repos/acme/attestations/contents/README.md`)).toBe('contents: read');
  });

  test('a relative URL or a URL template works too', () => {
    expect(permissionFor('GET', '/repos/acme/widget/actions/runs?per_page=100')).toBe('actions: read');
    expect(permissionFor('GET', '/repos/{owner}/{repo}/check-runs/{id}')).toBe('checks: read');
  });

  test('a repository or owner whose name is a route word does not change the permission', () => {
    // The contents of acme/actions, of actions/toolkit and of acme/issues need contents: read.
    expect(permissionFor('GET', `${API}/repos/acme/actions/contents/action.yml`)).toBe('contents: read');
    expect(permissionFor('GET', `${API}/repos/actions/toolkit/contents/README.md`)).toBe('contents: read');
    expect(permissionFor('GET', `${API}/repos/acme/issues/contents/README.md`)).toBe('contents: read');
    expect(permissionFor('GET', `${API}/repos/pulls/widget/git/ref/tags/v1`)).toBe('contents: read');
  });

  test('a branch or file name that contains a route word does not change the permission', () => {
    expect(permissionFor('GET', `${API}/repos/acme/widget/git/ref/heads/actions/cache`)).toBe(
      'contents: read',
    );
    // A composite action's file, read at the commit (version_alignment, count_from).
    expect(permissionFor('GET', `${API}/repos/acme/widget/contents/.github/actions/setup/action.yml`)).toBe(
      'contents: read',
    );
    expect(permissionFor('GET', `${API}/repos/acme/widget/contents/docs/issues/index.md`)).toBe(
      'contents: read',
    );
  });
});

describe('toGateError', () => {
  test('a GateError passes through unchanged', () => {
    const original = new GateError('NO_TOKEN', 'no token');
    expect(toGateError(original, 'x')).toBe(original);
  });

  test('401 is BAD_CREDENTIALS pointing at the token input', () => {
    const error = toGateError(httpError(401, `${API}/repos/acme/widget/actions/runs`), "workflow 'ci.yml'");
    expect(error).toBeInstanceOf(GateError);
    expect(error.code).toBe('BAD_CREDENTIALS');
    expect(error.message).toBe(
      "GitHub rejected the token reading workflow 'ci.yml' (401 on GET /repos/acme/widget/actions/runs): check the `token` input.",
    );
    expect(error.details).toEqual({ status: 401, request: 'GET /repos/acme/widget/actions/runs' });
  });

  test.each([
    ['/repos/acme/widget/actions/runs', 'actions: read'],
    ['/repos/acme/widget/commits/abc/check-runs', 'checks: read'],
    ['/repos/acme/widget/commits/abc/status', 'statuses: read'],
    ['/repos/acme/widget/pulls/3/reviews', 'pull-requests: read'],
    ['/repos/acme/widget/issues', 'issues: read'],
    ['/repos/acme/widget/contents/Cargo.toml', 'contents: read'],
  ])('403 on %s is PERMISSION_DENIED naming %s', (route, permission) => {
    const error = toGateError(
      httpError(403, `${API}${route}`, { message: 'Resource not accessible by integration' }),
      'the thing',
    );
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain(`lacks \`${permission}\``);
    expect(error.message).toContain(`Grant \`permissions: ${permission}\``);
    expect(error.message).toContain('Resource not accessible by integration');
    expect(error.message).toContain('to read the thing');
    expect(error.details).toMatchObject({ status: 403, permission });
  });

  test('403 for a write names the write permission', () => {
    const error = toGateError(
      {
        status: 403,
        message: 'Forbidden',
        request: { method: 'POST', url: `${API}/repos/acme/widget/issues` },
      },
      'blocker issue',
    );
    expect(error.details).toMatchObject({ permission: 'issues: write' });
  });

  test.each([
    [
      'x-ratelimit-remaining: 0',
      { response: { headers: { 'x-ratelimit-remaining': '0' } }, message: 'Forbidden' },
    ],
    ['an API rate limit message', { message: 'API rate limit exceeded for installation ID 1.' }],
    [
      'a secondary rate limit message',
      { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    ],
  ])('403 with %s is RATE_LIMITED, not a permission problem', (_name, extra) => {
    const error = toGateError(httpError(403, `${API}/repos/acme/widget/actions/runs`, extra), 'runs');
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toContain('rate limit');
    expect(error.message).not.toContain('permissions:');
  });

  test('403 with rate limit headers left is a permission problem', () => {
    const error = toGateError(
      httpError(403, `${API}/repos/acme/widget/actions/runs`, {
        response: { headers: { 'x-ratelimit-remaining': '4000' } },
      }),
      'runs',
    );
    expect(error.code).toBe('PERMISSION_DENIED');
  });

  test('429 (secondary rate limit) is RATE_LIMITED', () => {
    const error = toGateError(
      httpError(429, `${API}/repos/acme/widget/actions/runs`, {
        message: 'You have exceeded a secondary rate limit.',
      }),
      'runs',
    );
    expect(error.code).toBe('RATE_LIMITED');
  });

  test('404 is NOT_FOUND naming what was read, and the permission that could hide it', () => {
    const error = toGateError(
      httpError(404, `${API}/repos/acme/widget/actions/workflows/ci.yml`),
      "workflow 'ci.yml'",
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(
      "Workflow 'ci.yml' not found (404 on GET /repos/acme/widget/actions/workflows/ci.yml). Check the name, or that the token can see it (`actions: read`).",
    );
    expect(error.details).toMatchObject({ status: 404, permission: 'actions: read' });
  });

  test('410 is GONE', () => {
    const error = toGateError(
      httpError(410, `${API}/repos/acme/widget/actions/artifacts/9/zip`),
      'artifact 9',
    );
    expect(error.code).toBe('GONE');
    expect(error.message).toContain('Artifact 9 is gone (410');
  });

  test('422 is INVALID_REQUEST with GitHub’s reason', () => {
    const error = toGateError(
      httpError(422, `${API}/repos/acme/widget/compare/a...b`, {
        message: 'No common ancestor between a and b.\nmore',
      }),
      'the comparison',
    );
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.message).toBe(
      'GitHub refused the request for the comparison (422 on GET /repos/acme/widget/compare/a...b: No common ancestor between a and b.).',
    );
  });

  test.each([500, 502, 503])('%d is API_ERROR with the status', (status) => {
    const error = toGateError(
      httpError(status, `${API}/repos/acme/widget/actions/runs`, { message: 'Server Error' }),
      'runs',
    );
    expect(error.code).toBe('API_ERROR');
    expect(error.message).toContain(`(${status} on GET /repos/acme/widget/actions/runs)`);
    expect(error.message).toContain('Server Error');
  });

  test.each([
    ['an AbortSignal timeout', 'The operation was aborted due to timeout'],
    ['an abort', 'This operation was aborted'],
    ['a socket timeout', 'request to https://api.github.com/x failed, reason: connect ETIMEDOUT timed out'],
  ])('%s is TIMEOUT', (_name, message) => {
    const error = toGateError(
      {
        name: 'AbortError',
        message,
        request: { method: 'GET', url: `${API}/repos/acme/widget/actions/runs` },
      },
      'runs',
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('Timed out reading runs (GET /repos/acme/widget/actions/runs).');
  });

  test('a connection error without a status is API_ERROR, never a pass', () => {
    const error = toGateError(new Error('read ECONNRESET'), 'runs');
    expect(error.code).toBe('API_ERROR');
    expect(error.message).toContain('ECONNRESET');
  });

  test.each([null, undefined, 'boom', 42])('a thrown non-object %p is API_ERROR', (thrown) => {
    const error = toGateError(thrown, 'runs');
    expect(error).toBeInstanceOf(GateError);
    expect(error.code).toBe('API_ERROR');
  });

  test('the query string (which may carry a token) never reaches the message or details', () => {
    const url = `${API}/repos/acme/widget/actions/runs?access_token=ghp_SECRET123&per_page=100`;
    for (const status of [401, 403, 404, 410, 422, 500, undefined]) {
      const error = toGateError(httpError(status, url), 'runs');
      expect(error.message).not.toContain('ghp_SECRET123');
      expect(JSON.stringify(error.details)).not.toContain('ghp_SECRET123');
    }
  });

  test('a long multi-line reason is cut to its first line', () => {
    const error = toGateError(
      httpError(422, `${API}/x`, { message: `${'a'.repeat(500)}\nsecond line` }),
      'x',
    );
    expect(error.message).not.toContain('second line');
    expect(error.message.length).toBeLessThan(450);
  });
});
