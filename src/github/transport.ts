// GitHub requests over node:http and node:https, shaped as `fetch` for Octokit. Not fetch
// itself: Node's fetch, like the undici fetch @actions/github hands Octokit, compiles its
// HTTP parser to WebAssembly at the first request, and V8's optimising compile of it takes
// about 20 MiB, a fifth of an evaluation's memory. node:http parses with the runtime's own
// native parser.
//
// What fetch gave and this keeps: proxies from https_proxy/http_proxy and no_proxy (the
// agents of @actions/http-client, which the Actions toolkit maintains), keep-alive
// connections, redirects (with the Authorization header dropped when the origin changes),
// AbortSignal (an aborted request rejects with the signal's reason), and failures below HTTP
// thrown as fetch throws them, a TypeError whose cause is the socket's error, so
// transport-errors.ts reads the same codes.
import http from 'node:http';
import https from 'node:https';
import { HttpClient } from '@actions/http-client';

export interface TransportInit {
  method?: string;
  headers?: Record<string, string | number | undefined> | Headers;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** As fetch: a twenty-first redirect is an error. */
const MAX_REDIRECTS = 20;

// One client for its proxy-aware, keep-alive agents (it caches them per proxy setting).
const agents = new HttpClient('release-gates', [], { keepAlive: true });

/** A fetch-shaped request over node:http(s). */
export function nodeFetch(url: string, init: TransportInit = {}): Promise<Response> {
  return send(new URL(url), init, headersOf(init.headers), 0);
}

async function send(
  url: URL,
  init: TransportInit,
  headers: Record<string, string>,
  redirects: number,
): Promise<Response> {
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  const method = (init.method ?? 'GET').toUpperCase();
  const message = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method,
      headers,
      agent: agents.getAgent(url.href),
      signal,
    });
    request.once('response', resolve);
    request.once('error', (error) =>
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })),
    );
    request.end(init.body ?? undefined);
  });
  const status = message.statusCode ?? 0;
  const location = message.headers.location;
  if (REDIRECT_STATUSES.has(status) && location && (init.redirect ?? 'follow') !== 'manual') {
    message.resume(); // the redirect's own body is not read: free the connection
    if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
      throw new TypeError('fetch failed', {
        cause: new Error(`redirect not followed (${status} to ${location})`),
      });
    const next = new URL(location, url);
    const nextHeaders = { ...headers };
    // A token is for the host it was sent to, never for the storage a download redirects to.
    if (next.origin !== url.origin) delete nextHeaders.authorization;
    // 303, and 301/302 after a POST, turn into a GET without the body (as fetch does).
    const asGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
    if (asGet) for (const name of ['content-type', 'content-length']) delete nextHeaders[name];
    return send(
      next,
      { ...init, method: asGet && method !== 'HEAD' ? 'GET' : method, body: asGet ? null : init.body },
      nextHeaders,
      redirects + 1,
    );
  }
  const responseHeaders = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2)
    responseHeaders.append(message.rawHeaders[i]!, message.rawHeaders[i + 1]!);
  const withoutBody = NULL_BODY_STATUSES.has(status) || method === 'HEAD';
  if (withoutBody) message.resume();
  const response = new Response(withoutBody ? null : bodyOf(message, signal), {
    status,
    statusText: message.statusMessage ?? '',
    headers: responseHeaders,
  });
  // Octokit reads the final URL (after redirects) from the response.
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
}

/**
 * The answer's body as a web stream. A connection that ends before the whole body arrived
 * errors it as fetch does (a TypeError, `terminated`), its cause saying so in words (node:http
 * says only `aborted`, which would read as a timeout of ours).
 */
function bodyOf(message: http.IncomingMessage, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      message.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) message.pause();
      });
      message.once('end', () => controller.close());
      message.once('error', (error) => {
        if (signal?.aborted) return controller.error(signal.reason);
        // node:http's own error (ECONNRESET, `aborted`) stays the cause, for transport-errors.ts.
        const cut = new Error('the connection closed before the whole answer arrived', { cause: error });
        controller.error(new TypeError('terminated', { cause: cut }));
      });
    },
    pull() {
      message.resume();
    },
    cancel(reason) {
      message.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

/** Request headers as node:http takes them, names lower-cased (so a redirect can drop one). */
function headersOf(given: TransportInit['headers']): Record<string, string> {
  const headers: Record<string, string> = {};
  const entries = given instanceof Headers ? [...given.entries()] : Object.entries(given ?? {});
  for (const [name, value] of entries) if (value !== undefined) headers[name.toLowerCase()] = String(value);
  return headers;
}
