// GitHub requests over node:http and node:https, shaped as `fetch` for Octokit. Not fetch
// itself: Node's fetch, like the undici fetch @actions/github hands Octokit, compiles its
// HTTP parser to WebAssembly at the first request, and V8's optimising compile of it takes
// about 20 MiB, a fifth of an evaluation's memory. node:http parses with the runtime's own
// native parser.
//
// What fetch gave and this keeps: proxies from https_proxy/http_proxy and no_proxy (read by
// @actions/http-client's proxy rules, tunnelled as its HttpClient tunnels them), keep-alive
// connections, redirects (with the Authorization header dropped when the origin changes),
// AbortSignal (an aborted request rejects with the signal's reason), and failures below HTTP
// thrown as fetch throws them, a TypeError whose cause is the socket's error, so
// transport-errors.ts reads the same codes.
//
// Nor is an answer the global `Response`: the first one built loads Node's own copy of undici
// (about 50 ms and 13 MiB on Node 24) for a class that would only carry a status, headers and
// a body. `NodeResponse` carries them with the part of Response's interface that Octokit and
// answers.ts read.
import http from 'node:http';
import https from 'node:https';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import tunnel from 'tunnel';
import type { FetchResponse, HeadersView } from './answers.js';

export interface TransportInit {
  method?: string;
  headers?: Record<string, string | number | undefined> | HeadersView;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** As fetch: a twenty-first redirect is an error. */
const MAX_REDIRECTS = 20;

// Keep-alive agents, chosen as @actions/http-client's HttpClient chooses them: a direct one, or
// a tunnel through the proxy its rules name for the URL. Not HttpClient itself: loading it loads
// the undici package too (a megabyte, for a fetch dispatcher this transport does not use).
const directAgents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
};
const tunnelAgents = new Map<string, http.Agent>();

function agentFor(url: URL): http.Agent {
  const secure = url.protocol === 'https:';
  const proxy = getProxyUrl(url);
  if (!proxy?.hostname) return secure ? directAgents.https : directAgents.http;
  const key = `${url.protocol} ${proxy.href}`;
  let agent = tunnelAgents.get(key);
  if (!agent) {
    const overHttps = proxy.protocol === 'https:';
    const options: tunnel.HttpOptions = {
      maxSockets: http.globalAgent.maxSockets,
      proxy: {
        host: proxy.hostname,
        port: proxy.port ? Number(proxy.port) : overHttps ? 443 : 80,
        // getProxyUrl's URL gives the name and password decoded.
        ...(proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}),
      },
    };
    const make = secure
      ? overHttps
        ? tunnel.httpsOverHttps
        : tunnel.httpsOverHttp
      : overHttps
        ? tunnel.httpOverHttps
        : tunnel.httpOverHttp;
    agent = make(options) as http.Agent;
    tunnelAgents.set(key, agent);
  }
  return agent;
}

/** A fetch-shaped request over node:http(s). */
export function nodeFetch(url: string, init: TransportInit = {}): Promise<NodeResponse> {
  return send(new URL(url), init, headersOf(init.headers), 0);
}

async function send(
  url: URL,
  init: TransportInit,
  headers: Record<string, string>,
  redirects: number,
): Promise<NodeResponse> {
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  const method = (init.method ?? 'GET').toUpperCase();
  const message = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method,
      headers,
      agent: agentFor(url),
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
  const withoutBody = NULL_BODY_STATUSES.has(status) || method === 'HEAD';
  if (withoutBody) message.resume();
  return new NodeResponse(
    status,
    message.statusMessage ?? '',
    url.href, // the final URL, after redirects: Octokit reads it
    new AnswerHeaders(message.rawHeaders),
    withoutBody ? null : bodyOf(message, signal),
  );
}

/** An answer's headers, read as fetch's `Headers` reads them: names in any case, repeats joined. */
export class AnswerHeaders implements HeadersView {
  readonly #values = new Map<string, string[]>();

  constructor(rawHeaders: readonly string[]) {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i]!.toLowerCase();
      const values = this.#values.get(name);
      if (values) values.push(rawHeaders[i + 1]!);
      else this.#values.set(name, [rawHeaders[i + 1]!]);
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase())?.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  /** Sorted by name, as Headers iterates; each set-cookie on its own, as Headers keeps them. */
  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.#values.keys()].sort()) {
      const values = this.#values.get(name)!;
      if (name === 'set-cookie') for (const value of values) yield [name, value];
      else yield [name, values.join(', ')];
    }
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** An answer over node:http, with the part of fetch's Response that its readers use. */
export class NodeResponse implements FetchResponse {
  #used = false;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    readonly headers: AnswerHeaders,
    readonly body: ReadableStream<Uint8Array> | null,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  /** The whole body; a connection cut short rejects as fetch's does (a TypeError, `terminated`). */
  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    const chunks: Uint8Array[] = [];
    if (this.body) {
      const reader = this.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    }
    const whole = Buffer.concat(chunks);
    return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
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
  const entries =
    typeof given?.entries === 'function'
      ? [...(given as HeadersView).entries()]
      : Object.entries(given ?? {});
  for (const [name, value] of entries) if (value !== undefined) headers[name.toLowerCase()] = String(value);
  return headers;
}
