// The transport under the GitHub client (src/github/transport.ts): fetch's behaviour over
// node:http — redirects and the token on them, proxies, aborts, failures below HTTP in the
// shape transport-errors.ts reads, and answers cut short.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { AnswerHeaders, nodeFetch } from '../../src/github/transport.js';
import { orchestrationUserAgent } from '../../src/github/client.js';
import { transportFailure } from '../../src/github/transport-errors.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  delete process.env.http_proxy;
  delete process.env.no_proxy;
});

async function serve(handler: Handler): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers with the request it saw: method, path, the headers that matter, the body. */
const echo: Handler = (request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        method: request.method,
        path: request.url,
        authorization: request.headers.authorization ?? null,
        contentType: request.headers['content-type'] ?? null,
        body,
      }),
    );
  });
};

test('a request and its JSON answer, with the status, headers and final URL', async () => {
  const base = await serve(echo);
  const response = await nodeFetch(`${base}/repos/acme/widgets?per_page=100`, {
    method: 'POST',
    headers: { Authorization: 'token ghs_x', 'Content-Type': 'application/json' },
    body: '{"query":"{}"}',
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.url).toBe(`${base}/repos/acme/widgets?per_page=100`);
  expect(await response.json()).toEqual({
    method: 'POST',
    path: '/repos/acme/widgets?per_page=100',
    authorization: 'token ghs_x',
    contentType: 'application/json',
    body: '{"query":"{}"}',
  });
});

test('a redirect to another origin is followed without the token; one to the same origin keeps it', async () => {
  const storage = await serve(echo);
  const api = await serve((request, response) => {
    if (request.url === '/asset') response.writeHead(302, { location: `${storage}/blob?sig=1` }).end('moved');
    else if (request.url === '/same') response.writeHead(301, { location: '/here' }).end();
    else echo(request, response);
  });
  const away = await nodeFetch(`${api}/asset`, { headers: { authorization: 'token ghs_x' } });
  expect(away.url).toBe(`${storage}/blob?sig=1`);
  expect(await away.json()).toMatchObject({ path: '/blob?sig=1', authorization: null });
  const same = await nodeFetch(`${api}/same`, { headers: { authorization: 'token ghs_x' } });
  expect(await same.json()).toMatchObject({ path: '/here', authorization: 'token ghs_x' });
});

test('303 turns a POST into a GET without its body; 307 keeps both; manual leaves the redirect to the caller', async () => {
  const base = await serve((request, response) => {
    if (request.url === '/see-other') response.writeHead(303, { location: '/after' }).end();
    else if (request.url === '/temporary') response.writeHead(307, { location: '/after' }).end();
    else echo(request, response);
  });
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
  expect(await (await nodeFetch(`${base}/see-other`, post)).json()).toMatchObject({
    method: 'GET',
    path: '/after',
    body: '',
    contentType: null,
  });
  expect(await (await nodeFetch(`${base}/temporary`, post)).json()).toMatchObject({
    method: 'POST',
    body: '{"a":1}',
  });
  const manual = await nodeFetch(`${base}/see-other`, { redirect: 'manual' });
  expect(manual.status).toBe(303);
  expect(manual.headers.get('location')).toBe('/after');
});

test('a redirect loop ends in an error, as fetch ends it', async () => {
  const base = await serve((_request, response) => response.writeHead(302, { location: '/again' }).end());
  await expect(nodeFetch(`${base}/again`)).rejects.toThrow(TypeError);
});

test('answers without a body: 204, 304 and HEAD', async () => {
  const base = await serve((request, response) => {
    if (request.url === '/none') response.writeHead(204).end();
    else if (request.url === '/same') response.writeHead(304, { etag: '"a"' }).end();
    else
      response.writeHead(200, { 'content-length': '5' }).end(request.method === 'HEAD' ? undefined : 'hello');
  });
  expect((await nodeFetch(`${base}/none`)).body).toBeNull();
  const notModified = await nodeFetch(`${base}/same`, { headers: { 'if-none-match': '"a"' } });
  expect([notModified.status, notModified.body, notModified.headers.get('etag')]).toEqual([304, null, '"a"']);
  expect((await nodeFetch(`${base}/x`, { method: 'HEAD' })).body).toBeNull();
  expect(await (await nodeFetch(`${base}/x`)).text()).toBe('hello');
});

test('nothing listening: a TypeError whose cause transport-errors reads as connection refused', async () => {
  const base = await serve(echo);
  await new Promise((resolve) => servers.pop()!.close(resolve));
  const error = await nodeFetch(`${base}/`).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect(transportFailure(error)).toMatchObject({ errorCode: 'ECONNREFUSED', reason: 'connection refused' });
});

test('an answer cut mid-body errors its stream as fetch does, never as a shorter answer', async () => {
  const base = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    response.write('{"items":[', () => response.socket?.destroy());
  });
  const response = await nodeFetch(`${base}/`);
  const error = (await response.arrayBuffer().catch((e: unknown) => e)) as TypeError;
  expect(error).toBeInstanceOf(TypeError);
  expect((error.cause as Error).message).toBe('the connection closed before the whole answer arrived');
  expect(transportFailure(error)).toMatchObject({ errorCode: 'ECONNRESET' });
});

test('an abort rejects with the signal’s reason, before the answer and while reading it', async () => {
  const base = await serve((request, response) => {
    if (request.url === '/slow-head') return; // never answers
    response.writeHead(200, { 'content-length': '100' });
    response.write('partial'); // and never finishes
  });
  const early = await nodeFetch(`${base}/slow-head`, { signal: AbortSignal.timeout(50) }).catch(
    (e: unknown) => e,
  );
  expect((early as Error).name).toBe('TimeoutError');
  const controller = new AbortController();
  const response = await nodeFetch(`${base}/slow-body`, { signal: controller.signal });
  const reading = response.arrayBuffer().catch((e: unknown) => e);
  controller.abort(new Error('stop'));
  expect(((await reading) as Error).message).toBe('stop');
});

/** A CONNECT proxy that records each tunnel's target and Proxy-Authorization, and reaches `port`. */
async function connectProxy(port: number): Promise<{ url: string; tunnels: [string, string | null][] }> {
  const tunnels: [string, string | null][] = [];
  const proxy = createServer();
  servers.push(proxy);
  proxy.on('connect', (request: IncomingMessage, client) => {
    tunnels.push([request.url!, request.headers['proxy-authorization'] ?? null]);
    // The proxy resolves the name, not the client: every host is this machine here.
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, tunnels };
}

test('with http_proxy set, requests go through the proxy (CONNECT), which reaches the host', async () => {
  const target = await serve(echo);
  const port = Number(new URL(target).port);
  const proxy = await connectProxy(port);
  process.env.http_proxy = proxy.url;
  // A name no resolver knows: the request can only arrive through the proxy.
  const response = await nodeFetch(`http://api.release-gates.invalid:${port}/through`);
  expect(await response.json()).toMatchObject({ path: '/through' });
  expect(proxy.tunnels).toEqual([[`api.release-gates.invalid:${port}`, null]]);
});

test("the proxy's user name and password (URL-encoded in http_proxy) go to it as Basic credentials", async () => {
  const target = await serve(echo);
  const port = Number(new URL(target).port);
  const proxy = await connectProxy(port);
  process.env.http_proxy = proxy.url.replace('http://', 'http://ci%40corp:p%3Ass@');
  const response = await nodeFetch(`http://creds.release-gates.invalid:${port}/x`);
  expect(response.status).toBe(200);
  expect(proxy.tunnels).toEqual([
    [`creds.release-gates.invalid:${port}`, `Basic ${Buffer.from('ci@corp:p:ss').toString('base64')}`],
  ]);
});

test('a host in no_proxy, and loopback, are reached directly', async () => {
  const target = await serve(echo);
  const proxy = await connectProxy(1);
  process.env.http_proxy = proxy.url;
  expect((await nodeFetch(`${target}/direct`)).status).toBe(200); // loopback
  process.env.no_proxy = '.release-gates.invalid';
  const bypassed = await nodeFetch(`http://bypassed.release-gates.invalid:${new URL(target).port}/x`).catch(
    (error: unknown) => error as TypeError,
  );
  // Not through the proxy: a direct attempt, which cannot resolve the name.
  expect(bypassed).toBeInstanceOf(TypeError);
  expect(proxy.tunnels).toEqual([]);
});

test("an answer's headers read as fetch's Headers reads the same raw headers", () => {
  const raw = [
    'Content-Type',
    'application/json',
    'X-Many',
    'a',
    'x-many',
    'b',
    'Set-Cookie',
    'c=1',
    'set-cookie',
    'd=2',
    'ETag',
    '"e"',
  ];
  const ours = new AnswerHeaders(raw);
  const fetchs = new Headers();
  for (let i = 0; i < raw.length; i += 2) fetchs.append(raw[i]!, raw[i + 1]!);
  expect([...ours]).toEqual([...fetchs]);
  for (const name of ['content-type', 'X-MANY', 'x-many', 'etag', 'missing'])
    expect(ours.get(name)).toBe(fetchs.get(name));
  expect(ours.has('ETAG')).toBe(true);
  expect(ours.has('missing')).toBe(false);
});

test("an answer's body is read once, whole, as bytes, text or JSON", async () => {
  const base = await serve((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end('{"caf\u00e9":"\u2713"}');
  });
  const answer = await nodeFetch(`${base}/x`);
  expect([answer.ok, answer.bodyUsed]).toEqual([true, false]);
  expect(await answer.json()).toEqual({ 'caf\u00e9': '\u2713' });
  expect(answer.bodyUsed).toBe(true);
  await expect(answer.text()).rejects.toThrow(TypeError);
  expect(new TextDecoder().decode(await (await nodeFetch(`${base}/y`)).arrayBuffer())).toBe(
    '{"caf\u00e9":"\u2713"}',
  );
  expect((await nodeFetch(`${base}/z`, { method: 'HEAD' })).ok).toBe(true);
});

test('the user agent names the orchestration id as @actions/github does, and nothing without one', () => {
  expect(orchestrationUserAgent('run-123.attempt_2')).toBe('actions_orchestration_id/run-123.attempt_2');
  expect(orchestrationUserAgent(' a b/c ')).toBe('actions_orchestration_id/a_b_c');
  expect(orchestrationUserAgent('')).toBeUndefined();
  expect(orchestrationUserAgent(undefined)).toBeUndefined();
});
