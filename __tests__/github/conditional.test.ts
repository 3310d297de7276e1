// Conditional GETs: If-None-Match only with a remembered answer, a 304 (Octokit's RequestError
// with status 304) read as "unchanged", every other error thrown as it is, and the rate-limit
// headers read whichever way the answer came.
import { conditionalGet, rateLimitOf } from '../../src/github/conditional.js';
import type { GitHub } from '../../src/github/client.js';

type Call = { route: unknown; params: Record<string, unknown> | undefined };

function github(answer: (call: Call) => unknown): { github: GitHub; calls: Call[] } {
  const calls: Call[] = [];
  const octokit = {
    request: async (route: unknown, params?: Record<string, unknown>) => {
      const call = { route, params };
      calls.push(call);
      return answer(call);
    },
  };
  return { github: { octokit } as unknown as GitHub, calls };
}

const notModified = (headers: Record<string, string>) =>
  Object.assign(new Error('Not Modified'), { status: 304, response: { headers } });

describe('conditionalGet', () => {
  it('asks unconditionally the first time and remembers the ETag', async () => {
    const { github: gh, calls } = github(() => ({
      data: { n: 1 },
      headers: { etag: 'W/"a"', 'x-ratelimit-remaining': '900', link: '<x>; rel="next"' },
    }));
    const answer = await conditionalGet(gh, 'GET /x', { a: 1 }, null);
    expect(calls[0]!.params).toEqual({ a: 1 });
    expect(answer).toEqual({
      data: { n: 1 },
      etag: 'W/"a"',
      notModified: false,
      link: '<x>; rel="next"',
      rateLimit: { remaining: 900, resetAtMs: null, retryAfterMs: null },
    });
  });

  it('sends If-None-Match and reads a 304 as the remembered body, unchanged', async () => {
    const { github: gh, calls } = github(() => {
      throw notModified({ etag: 'W/"a"', 'x-ratelimit-remaining': '900', 'x-ratelimit-reset': '1800000000' });
    });
    const answer = await conditionalGet(gh, 'GET /x', { a: 1 }, { etag: 'W/"a"', data: { n: 1 } });
    expect(calls[0]!.params).toEqual({ a: 1, headers: { 'if-none-match': 'W/"a"' } });
    expect(answer).toMatchObject({ data: { n: 1 }, etag: 'W/"a"', notModified: true });
    expect(answer.rateLimit).toEqual({ remaining: 900, resetAtMs: 1_800_000_000_000, retryAfterMs: null });
  });

  it('a 304 with nothing remembered is not "unchanged": it is thrown', async () => {
    const { github: gh } = github(() => {
      throw notModified({});
    });
    await expect(conditionalGet(gh, 'GET /x', {}, null)).rejects.toMatchObject({ status: 304 });
  });

  it('other errors are thrown as they are', async () => {
    const { github: gh } = github(() => {
      throw Object.assign(new Error('Server Error'), { status: 500 });
    });
    await expect(conditionalGet(gh, 'GET /x', {}, { etag: 'W/"a"', data: {} })).rejects.toMatchObject({
      status: 500,
    });
  });

  it('a next page by URL is asked for conditionally too when remembered', async () => {
    const { github: gh, calls } = github(() => ({ data: [], headers: {} }));
    await conditionalGet(
      gh,
      { method: 'GET', url: 'https://api.example/x?page=2' },
      {},
      { etag: '"b"', data: [] },
    );
    expect(calls[0]!.route).toEqual({
      method: 'GET',
      url: 'https://api.example/x?page=2',
      headers: { 'if-none-match': '"b"' },
    });
  });
});

describe('rateLimitOf', () => {
  it('reads remaining, reset (seconds → ms) and retry-after (seconds → ms)', () => {
    expect(
      rateLimitOf({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '10', 'retry-after': '60' }),
    ).toEqual({
      remaining: 0,
      resetAtMs: 10_000,
      retryAfterMs: 60_000,
    });
  });

  it('ignores absent, empty, negative or garbled values rather than guessing', () => {
    expect(
      rateLimitOf({ 'x-ratelimit-remaining': '', 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }),
    ).toEqual({
      remaining: null,
      resetAtMs: null,
      retryAfterMs: null,
    });
    expect(rateLimitOf({ 'x-ratelimit-remaining': '-1' }).remaining).toBeNull();
  });
});
