// The HTTP server: one request pipeline for every route — log, authenticate, wait (latency),
// apply a fault, answer, and report the rate limit — in front of the route handlers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BlobSigner, blobRoutes } from './blobs.js';
import { handleControl, type ControlTarget } from './control.js';
import { cutBody, FaultTable, statusFaultReply, withWrongDigest } from './faults.js';
import { graphqlRoute } from './graphql/route.js';
import { githubError, notFound, type Reply, type RequestContext, type Route, type Urls } from './http.js';
import { RateLimiter, rateLimitHeaders, type RateLimitResource } from './rate-limit.js';
import { RequestLog, type LoggedRequest } from './request-log.js';
import { ResultsService } from './results-service.js';
import { actionsRoutes } from './rest/actions.js';
import { attestationBlobRoute, attestationsRoutes } from './rest/attestations.js';
import { checksRoutes } from './rest/checks.js';
import { collaboratorsRoutes } from './rest/collaborators.js';
import { commitRoute, gitRoutes } from './rest/git.js';
import { issuesRoutes } from './rest/issues.js';
import { pullsRoutes } from './rest/pulls.js';
import { releaseDownloadRoute, releasesRoutes } from './rest/releases.js';
import { Router, routeName } from './router.js';
import type { Fault, Scenario } from './scenario.js';
import { buildState } from './state/build.js';
import type { ScenarioState } from './state/model.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Latency added to every response; overrides the scenario's latency_ms. */
  latencyMs?: number;
  /** Host of html_url links (default https://github.com); API and download links always point at the emulator. */
  webUrl?: string;
  /** Called as each request finishes (the CLI logs them with it). */
  onRequest?: (entry: LoggedRequest) => void;
  /** Called with each answer of a route (faults aside), body included: what the API-description check reads. */
  onAnswer?: (answer: EmulatorAnswer) => void;
}

/** One answer of a route, as sent (before a fault could damage it). */
export interface EmulatorAnswer {
  method: string;
  /** Percent-decoded path without the query. */
  path: string;
  route: string;
  kind: LoggedRequest['kind'];
  status: number;
  /** The JSON body; undefined for downloads, redirects and empty answers. */
  json?: unknown;
  requestBody: string;
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Same as url: what GITHUB_API_URL (and ACTIONS_RESULTS_URL) should be. */
  apiUrl: string;
  /** url + '/graphql' */
  graphqlUrl: string;
  requests(): LoggedRequest[];
  resetLog(): void;
  setFaults(faults: Fault[]): void;
  setLatency(ms: number): void;
  /** The live state; write endpoints change it (issues, comments, uploads). */
  state: ScenarioState;
  /** Stops listening and ends every open connection, stalled ones included. */
  close(): Promise<void>;
}

export async function startEmulator(scenario: Scenario, options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new EmulatorServer(scenario, options);
  await emulator.listen(options.port ?? 0);
  return emulator;
}

class EmulatorServer implements Emulator, ControlTarget {
  readonly state: ScenarioState;
  url = '';
  private readonly server: Server;
  private readonly router: Router;
  private readonly log: RequestLog;
  private readonly faultTable: FaultTable;
  private readonly rateLimiter: RateLimiter;
  private readonly blobs = new BlobSigner();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly webUrl: string;
  private readonly onAnswer?: (answer: EmulatorAnswer) => void;
  private latencyMs: number;

  constructor(scenario: Scenario, options: EmulatorOptions) {
    this.state = buildState(scenario);
    this.rateLimiter = new RateLimiter(scenario.rate_limit?.limit, scenario.rate_limit?.remaining);
    this.log = new RequestLog(options.onRequest);
    this.faultTable = new FaultTable(scenario.faults ?? []);
    this.latencyMs = options.latencyMs ?? scenario.latency_ms ?? 0;
    this.webUrl = options.webUrl ?? 'https://github.com';
    this.onAnswer = options.onAnswer;
    const routes: Route[] = [
      graphqlRoute,
      ...gitRoutes,
      ...actionsRoutes,
      ...checksRoutes,
      ...releasesRoutes,
      ...issuesRoutes,
      ...pullsRoutes,
      ...attestationsRoutes,
      ...collaboratorsRoutes,
      // After the /commits/{ref}/… routes, which its greedy {ref} would otherwise swallow.
      commitRoute,
      ...blobRoutes,
      attestationBlobRoute,
      ...new ResultsService(this.state).routes(),
      releaseDownloadRoute,
    ];
    this.router = new Router(routes);
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get apiUrl(): string {
    return this.url;
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  requests(): LoggedRequest[] {
    return this.log.list();
  }

  resetLog(): void {
    this.log.reset();
  }

  faults(): Fault[] {
    return this.faultTable.list();
  }

  setFaults(faults: Fault[]): void {
    this.faultTable.replace(faults);
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const requestUrl = new URL(request.url ?? '/', this.url);
    const path = decodePath(requestUrl.pathname);
    const body = await readBody(request);

    if (path.startsWith('/_emulator/')) {
      this.send(response, handleControl(this, method, path, body));
      return;
    }

    const match = this.router.match(method, path);
    const route = match ? routeName(match.route) : null;
    const kind = match?.route.kind ?? 'unmatched';
    const entry = this.log.begin({
      method,
      path,
      query: Object.fromEntries(requestUrl.searchParams),
      route,
      kind,
    });
    response.once('close', () => this.log.finish(entry, response.headersSent ? response.statusCode : 0));

    // Downloads, blobs and the results service are not GitHub API calls and carry no rate limit.
    const resource: RateLimitResource | null =
      kind === 'graphql' ? 'graphql' : kind === 'rest' || kind === 'unmatched' ? 'core' : null;
    const rateLimit = resource ? this.rateLimiter.consume(resource) : this.rateLimiter.snapshot('core');
    const apiHeaders = resource ? { ...rateLimitHeaders(rateLimit, resource), ...githubHeaders() } : {};
    const token = bearerToken(request.headers.authorization);

    await this.sleep(this.latencyMs);
    if (match?.route.needsToken && token === null) {
      const message =
        kind === 'graphql' ? 'This endpoint requires you to be authenticated.' : 'Bad credentials';
      this.send(response, githubError(401, message), apiHeaders);
      return;
    }

    const fault = this.faultTable.take(method, path, route);
    if (fault) entry.fault = fault.kind;
    if (fault?.delayMs) await this.sleep(fault.delayMs);
    if (fault?.kind === 'reset') {
      request.socket.destroy();
      return;
    }
    // A stall without delayMs never answers; close() ends the connection.
    if (fault?.kind === 'stall' && fault.delayMs === undefined) return;

    let reply: Reply;
    if (fault?.kind === 'status') {
      reply = statusFaultReply(fault);
    } else if (!match) {
      reply = notFound();
    } else {
      const ctx: RequestContext = {
        method,
        path,
        rawPath: requestUrl.pathname,
        query: requestUrl.searchParams,
        headers: request.headers,
        body,
        params: match.params,
        token,
        rateLimit,
        state: this.state,
        urls: this.urls(),
        blobs: this.blobs,
      };
      reply = await answer(match.route, ctx);
      this.onAnswer?.({
        method,
        path,
        route: route!,
        kind,
        status: reply.status,
        json: reply.json,
        requestBody: body.toString('utf8'),
      });
    }
    entry.operation = reply.operation;
    if (fault?.kind === 'wrong_digest') reply = withWrongDigest(reply);
    if (reply.status === 304 && resource) {
      // A 304 does not count against GitHub's rate limit (see conditional.ts).
      entry.notModified = true;
      const refunded = this.rateLimiter.refund(resource);
      this.send(response, reply, { ...apiHeaders, ...rateLimitHeaders(refunded, resource) }, fault?.kind);
      return;
    }
    this.send(response, reply, apiHeaders, fault?.kind);
  }

  private urls(): Urls {
    return { api: this.url, web: this.webUrl };
  }

  private send(
    response: ServerResponse,
    reply: Reply,
    extraHeaders: Record<string, string> = {},
    fault?: Fault['kind'],
  ): void {
    if (response.destroyed) return;
    let bytes: Buffer =
      reply.json !== undefined
        ? Buffer.from(JSON.stringify(reply.json))
        : reply.body !== undefined
          ? Buffer.from(reply.body)
          : Buffer.alloc(0);
    if (fault === 'malformed_json' || fault === 'truncated_zip') bytes = cutBody(bytes);
    const headers: Record<string, string> = {
      ...extraHeaders,
      ...(reply.json !== undefined && { 'content-type': 'application/json; charset=utf-8' }),
      ...reply.headers,
      'content-length': String(bytes.length),
    };
    response.writeHead(reply.status, headers);
    if (fault === 'truncate') {
      // The declared length stays whole: the client sees the connection end mid-body.
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.end(bytes);
  }

  /** A wait that close() cancels, so no timer outlives the emulator. */
  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

async function answer(route: Route, ctx: RequestContext): Promise<Reply> {
  try {
    return await route.handle(ctx);
  } catch (error) {
    // A bug in the emulator should read as one, not as a GitHub answer a client might accept.
    return githubError(
      500,
      `Emulator error in ${routeName(route)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function githubHeaders(): Record<string, string> {
  return {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': `EMU:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
  };
}

/** The token of `Authorization: token X` or `Bearer X`; null when absent or malformed. */
function bearerToken(header: string | undefined): string | null {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
