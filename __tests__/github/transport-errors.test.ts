// Failures below HTTP are named as what they are (connection refused, host not found), never
// as the status 500 Octokit puts on them; a lasting one is reported after a short bounded retry.
import { toGateError } from '../../src/github/errors.js';
import {
  failFastOnLastingTransportFailure,
  transportFailure,
  TransportError,
} from '../../src/github/transport-errors.js';

/** What Node's fetch throws, wrapped as Octokit's fetch wrapper wraps it. */
function octokitError(socketCode: string | null, message = 'fetch failed'): Error {
  const socket = Object.assign(
    new Error(`connect ${socketCode} 127.0.0.1:4000`),
    socketCode ? { code: socketCode } : {},
  );
  const fetchError = new TypeError(message, { cause: socketCode ? socket : 'bad port' });
  return Object.assign(new Error(socket.message), {
    name: 'HttpError',
    status: 500,
    request: { method: 'POST', url: 'http://127.0.0.1:4000/graphql', headers: {} },
    cause: fetchError,
  });
}

describe('transportFailure', () => {
  test.each([
    ['ECONNREFUSED', 'connection refused', true],
    ['ENOTFOUND', 'host not found', true],
    ['ECONNRESET', 'connection reset', false],
    ['UND_ERR_SOCKET', 'connection closed by the server', false],
  ])('%s → %s (lasting: %s)', (code, reason, lasting) => {
    expect(transportFailure(octokitError(code))).toEqual({ errorCode: code, reason, lasting });
  });

  test('not a transport failure: an HTTP answer, a plain error, a cycle', () => {
    expect(transportFailure(Object.assign(new Error('Not Found'), { status: 404 }))).toBeNull();
    expect(transportFailure(new Error('x'))).toBeNull();
    const a: { cause?: unknown } = {};
    a.cause = a;
    expect(transportFailure(a)).toBeNull();
  });
});

describe('toGateError on a transport failure', () => {
  test('names the failure and the request, not a status that never came', () => {
    const error = toGateError(octokitError('ECONNRESET'), "ref 'v1'");
    expect(error.code).toBe('API_ERROR');
    expect(error.message).toBe("Could not read ref 'v1' (POST /graphql): connection reset (ECONNRESET)");
    expect(error.message).not.toMatch(/\b500\b/);
  });

  test('a TransportError names GITHUB_API_URL', () => {
    const failure = transportFailure(octokitError('ECONNREFUSED'))!;
    const error = toGateError(
      new TransportError(failure, 'http://127.0.0.1:4000', {
        method: 'POST',
        url: 'http://127.0.0.1:4000/graphql',
      }),
      "ref 'v1'",
    );
    expect(error.message).toBe(
      "Could not read ref 'v1' (POST /graphql): cannot connect to GITHUB_API_URL http://127.0.0.1:4000: connection refused",
    );
    expect(error.details).toMatchObject({ transport: 'ECONNREFUSED' });
  });
});

describe('failFastOnLastingTransportFailure', () => {
  type Wrapper = (
    request: (o: unknown) => Promise<unknown>,
    options: Record<string, unknown>,
  ) => Promise<unknown>;
  function wrapped(delays: number[]): { wrapper: Wrapper; slept: number[] } {
    let wrapper: Wrapper | null = null;
    const slept: number[] = [];
    const plugin = failFastOnLastingTransportFailure('http://127.0.0.1:4000', delays, async (ms) => {
      slept.push(ms);
    });
    plugin({ hook: { wrap: (_: string, w: Wrapper) => (wrapper = w) } } as never);
    return { wrapper: wrapper!, slept };
  }

  test('connection refused: a short bounded retry, then a TransportError without a status', async () => {
    const { wrapper, slept } = wrapped([200, 500]);
    let calls = 0;
    const error = await wrapper(
      async () => {
        calls++;
        throw octokitError('ECONNREFUSED');
      },
      { method: 'POST', url: '/graphql' },
    ).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(slept).toEqual([200, 500]);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as { status?: unknown }).status).toBeUndefined();
    expect((error as Error).message).toBe(
      'cannot connect to GITHUB_API_URL http://127.0.0.1:4000: connection refused',
    );
  });

  test('a refused connection that recovers within the retry succeeds', async () => {
    const { wrapper } = wrapped([1]);
    let calls = 0;
    const result = await wrapper(async () => {
      if (++calls === 1) throw octokitError('ECONNREFUSED');
      return 'ok';
    }, {});
    expect(result).toBe('ok');
  });

  test('a passing failure (reset) and an HTTP error are left to plugin-retry untouched', async () => {
    const { wrapper, slept } = wrapped([200]);
    const reset = octokitError('ECONNRESET');
    await expect(wrapper(async () => Promise.reject(reset), {})).rejects.toBe(reset);
    const http = Object.assign(new Error('Server Error'), { status: 502 });
    await expect(wrapper(async () => Promise.reject(http), {})).rejects.toBe(http);
    expect(slept).toEqual([]);
  });
});
