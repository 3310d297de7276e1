export const id = 444;
export const ids = [444];
export const modules = {

/***/ 90444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHub: () => (/* binding */ createGitHub)
});

// UNUSED EXPORTS: orchestrationUserAgent

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/github/answers.ts
/**
 * A successful JSON answer, read to its end (within the request's timeout) and checked to
 * parse to an object or array. Octokit itself hands a JSON body it cannot parse, or one cut off
 * mid-transfer, to the caller as a string (or ''): gates would then read a list as empty or a
 * field as absent. Thrown here instead, it becomes a request error like a dropped connection:
 * retried, then reported as what it is. Other answers (errors, downloads, raw files) are left to
 * Octokit as they came, bodies unread.
 *
 * Integers past 2^53 parse to the nearest number, not to the BigInt Octokit's own parse made of
 * them: every integer a fact reads is checked to be a safe integer (src/facts/shape.ts), so such
 * a value is refused either way.
 */
async function readWhole(response, method, signal, read = {}) {
    const { status } = response;
    if (status < 200 || status >= 300 || status === 204 || status === 205 || method === 'HEAD')
        return { response };
    if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? ''))
        return { response };
    let text;
    let byteLength;
    try {
        ({ text, byteLength } = await readText(response));
    }
    catch (error) {
        if (signal.aborted)
            throw error; // a timeout stays a timeout
        const cause = error.cause?.message ?? error.message;
        throw new Error(`the answer was cut off mid-transfer (${cause})`);
    }
    let parsed;
    try {
        const omit = read.omitKeys;
        parsed = omit?.size
            ? JSON.parse(text, (key, value) => (omit.has(key) ? undefined : value))
            : JSON.parse(text);
    }
    catch {
        throw new Error(`the answer is not valid JSON (${byteLength} bytes, cut short or garbled)`);
    }
    // Every successful JSON answer of the REST and GraphQL APIs is an object or an array. Octokit
    // reads a `null` list as an empty one: an issues listing of `null` would mean "no blockers".
    if (parsed === null || typeof parsed !== 'object')
        throw new Error(`the answer is JSON but not an object or array (${JSON.stringify(parsed).slice(0, 40)})`);
    return { response: bodiless(response), json: parsed };
}
/** The answer with its body already read: Octokit reads it as empty (''). */
function bodiless(response) {
    const { status, statusText, url, ok, headers } = response;
    return {
        status,
        statusText,
        url,
        ok,
        headers,
        body: null,
        arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
        text: () => Promise.resolve(''),
        json: () => Promise.reject(new SyntaxError('the body was already read and parsed')),
    };
}
/**
 * The body as text, decoded piece by piece as it arrives, so the decoding is done when the last
 * piece is (a 1,000-run history read about 10 % sooner than collecting the bytes and decoding
 * them at the end, for the same peak memory).
 */
async function readText(response) {
    const decoder = new TextDecoder();
    const parts = [];
    let byteLength = 0;
    if (response.body) {
        const reader = response.body.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
            byteLength += read.value.byteLength;
            parts.push(decoder.decode(read.value, { stream: true }));
        }
    }
    parts.push(decoder.decode());
    return { text: parts.join(''), byteLength };
}
/**
 * An Octokit plugin: each request is sent through `fetchAnswer`, and a JSON answer it parsed
 * becomes the response's `data` as it is. Octokit reads the bodiless response it is handed as
 * empty (''), and that is replaced before any other plugin sees it: put this plugin first, so
 * plugin-retry finds a GraphQL answer's `errors` where it looks for them.
 *
 * A request may name members its caller never reads, `request: { omitKeys: [...] }` (a request
 * option Octokit leaves to plugins): they are left out as the answer is parsed, at any depth. A
 * page of 100 workflow runs is 1.28 MB of JSON, most of it two repository objects per run;
 * parsed whole, the pages of a long history kept V8's young generation at its largest (a
 * 1,000-run history peaked at 120 MiB on Node 24, 92 MiB without them).
 */
function answersParsedOnce(fetchAnswer) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            // Per request: the value of the answer this request's (last) fetch read.
            let json;
            const omitKeys = omitKeysOf(options.request?.omitKeys);
            const fetch = async (url, init) => {
                json = undefined;
                const answer = await fetchAnswer(url, init, { omitKeys });
                json = answer.json;
                return answer.response;
            };
            // In place: the hooks inside this one (Octokit's auth) are bound to this options object and
            // read it, not what is passed to `request`. A new `request` object, not a changed one: it can
            // be the one the client's defaults share with every request.
            options.request = { ...options.request, fetch };
            const response = await request(options);
            if (json !== undefined)
                response.data = json;
            return response;
        });
        return {};
    };
}
function omitKeysOf(given) {
    if (given === undefined)
        return undefined;
    if (!Array.isArray(given) || !given.every((key) => typeof key === 'string'))
        throw new TypeError('request.omitKeys must be a list of member names');
    return new Set(given);
}
/**
 * Octokit's own `request.fetch`, never called: answersParsedOnce gives every request its fetch.
 * Were one sent past it, Octokit would read its JSON answer as '': refused loudly instead.
 */
const unreachableFetch = () => Promise.reject(new Error("a request was sent without the client's answersParsedOnce plugin"));

// EXTERNAL MODULE: ./src/github/transport-errors.ts
var transport_errors = __webpack_require__(20984);
// EXTERNAL MODULE: ./src/github/transport.ts
var transport = __webpack_require__(65038);
;// CONCATENATED MODULE: ./src/github/client.ts
// The only place that builds Octokit clients: retry and rate-limit handling, a per-request
// timeout, GitHub Enterprise Server base URLs and a request counter for the report.









// Octokit as @actions/github's getOctokit composes it (REST methods, pagination), built here
// from the same packages: @actions/github itself loads the undici package (a megabyte) for the
// fetch and proxy agent it would give Octokit, and this client uses neither.
const RestOctokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud);
function createGitHub(options) {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const maxWaitMs = options.maxRateLimitWaitMs ?? 60_000;
    let waitedMs = 0;
    // Requests over node:http(s) (transport.ts: proxies as @actions/github honours them, without
    // undici's WebAssembly parser), counted and each bounded in time: a stalled connection must
    // end in `error`.
    const underlying = transport/* nodeFetch */.vs;
    const countingFetch = (url, init = {}, read = {}) => options.counter.run(async () => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const given = init.signal;
        const signal = given ? AbortSignal.any([given, timeout]) : timeout;
        return readWhole(await underlying(url, { ...init, signal }), init.method, signal, read);
    });
    const mayWait = (retryAfterSeconds, retryCount) => {
        const ms = retryAfterSeconds * 1000;
        if (retryCount >= 2 || waitedMs + ms > maxWaitMs)
            return false;
        waitedMs += ms;
        return true;
    };
    const Client = RestOctokit.plugin(
    // First: each request's JSON answer, parsed once, is its `data` before any plugin reads it.
    answersParsedOnce(countingFetch), 
    // Before retry: a refused connection is reported in a second, not after 14 s of backoff.
    (0,transport_errors/* failFastOnLastingTransportFailure */.p5)(options.baseUrl), plugin_retry_dist_bundle/* retry */.L, throttling);
    const userAgent = orchestrationUserAgent(process.env.ACTIONS_ORCHESTRATION_ID);
    const octokit = new Client({
        auth: `token ${options.token}`,
        ...(userAgent ? { userAgent } : {}),
        baseUrl: options.baseUrl,
        request: { fetch: unreachableFetch },
        // Retries go here, not in `request`: a per-request `retries` makes plugin-retry retry
        // every failure, 404s and 403s included.
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
        throttle: {
            // plugin-throttling sends GraphQL through its write limiter (one at a time, 1 s apart).
            // Every GraphQL request here is a read, and the few REST writes (file_blockers) are
            // sequential anyway, so that spacing would only add seconds to an evaluation.
            write: new (light_default()).Group({ id: 'release-gates-write', maxConcurrent: 4, minTime: 0 }),
            onRateLimit: (retryAfter, _opts, _o, retryCount) => mayWait(retryAfter, retryCount),
            onSecondaryRateLimit: (retryAfter, _opts, _o, retryCount) => mayWait(retryAfter, retryCount),
        },
    });
    // Octokit derives the GraphQL endpoint from baseUrl, GHES's /api/v3 \u2192 /api/graphql included.
    return { octokit, baseUrl: options.baseUrl, counter: options.counter, token: options.token };
}
/**
 * The user agent @actions/github gives a job with an orchestration id (`actions_orchestration_id/\u2026`,
 * which lets GitHub tie the requests to the job); none without one (Octokit's own stays).
 */
function orchestrationUserAgent(orchestrationId) {
    const id = orchestrationId?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}


/***/ }),

/***/ 65038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vs: () => (/* binding */ nodeFetch)
/* harmony export */ });
/* unused harmony exports AnswerHeaders, NodeResponse */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19783);
/* harmony import */ var tunnel__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20770);
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




const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** As fetch: a twenty-first redirect is an error. */
const MAX_REDIRECTS = 20;
// Keep-alive agents, chosen as @actions/http-client's HttpClient chooses them: a direct one, or
// a tunnel through the proxy its rules name for the URL. Not HttpClient itself: loading it loads
// the undici package too (a megabyte, for a fetch dispatcher this transport does not use).
const directAgents = {
    http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true }),
    https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true }),
};
const tunnelAgents = new Map();
function agentFor(url) {
    const secure = url.protocol === 'https:';
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s)(url);
    if (!proxy?.hostname)
        return secure ? directAgents.https : directAgents.http;
    const key = `${url.protocol} ${proxy.href}`;
    let agent = tunnelAgents.get(key);
    if (!agent) {
        const overHttps = proxy.protocol === 'https:';
        const options = {
            maxSockets: (node_http__WEBPACK_IMPORTED_MODULE_0___default().globalAgent).maxSockets,
            proxy: {
                host: proxy.hostname,
                port: proxy.port ? Number(proxy.port) : overHttps ? 443 : 80,
                // getProxyUrl's URL gives the name and password decoded.
                ...(proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}),
            },
        };
        const make = secure
            ? overHttps
                ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttps
                : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttp
            : overHttps
                ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttps
                : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttp;
        agent = make(options);
        tunnelAgents.set(key, agent);
    }
    return agent;
}
/** A fetch-shaped request over node:http(s). */
function nodeFetch(url, init = {}) {
    return send(new URL(url), init, headersOf(init.headers), 0);
}
async function send(url, init, headers, redirects) {
    const signal = init.signal ?? undefined;
    if (signal?.aborted)
        throw signal.reason;
    const method = (init.method ?? 'GET').toUpperCase();
    const message = await new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, {
            method,
            headers,
            agent: agentFor(url),
            signal,
        });
        request.once('response', resolve);
        request.once('error', (error) => reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })));
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
        if (next.origin !== url.origin)
            delete nextHeaders.authorization;
        // 303, and 301/302 after a POST, turn into a GET without the body (as fetch does).
        const asGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
        if (asGet)
            for (const name of ['content-type', 'content-length'])
                delete nextHeaders[name];
        return send(next, { ...init, method: asGet && method !== 'HEAD' ? 'GET' : method, body: asGet ? null : init.body }, nextHeaders, redirects + 1);
    }
    const withoutBody = NULL_BODY_STATUSES.has(status) || method === 'HEAD';
    if (withoutBody)
        message.resume();
    return new NodeResponse(status, message.statusMessage ?? '', url.href, // the final URL, after redirects: Octokit reads it
    new AnswerHeaders(message.rawHeaders), withoutBody ? null : bodyOf(message, signal));
}
/** An answer's headers, read as fetch's `Headers` reads them: names in any case, repeats joined. */
class AnswerHeaders {
    #values = new Map();
    constructor(rawHeaders) {
        for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
            const name = rawHeaders[i].toLowerCase();
            const values = this.#values.get(name);
            if (values)
                values.push(rawHeaders[i + 1]);
            else
                this.#values.set(name, [rawHeaders[i + 1]]);
        }
    }
    get(name) {
        return this.#values.get(name.toLowerCase())?.join(', ') ?? null;
    }
    has(name) {
        return this.#values.has(name.toLowerCase());
    }
    /** Sorted by name, as Headers iterates; each set-cookie on its own, as Headers keeps them. */
    *entries() {
        for (const name of [...this.#values.keys()].sort()) {
            const values = this.#values.get(name);
            if (name === 'set-cookie')
                for (const value of values)
                    yield [name, value];
            else
                yield [name, values.join(', ')];
        }
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
/** An answer over node:http, with the part of fetch's Response that its readers use. */
class NodeResponse {
    status;
    statusText;
    url;
    headers;
    body;
    #used = false;
    constructor(status, statusText, url, headers, body) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    get bodyUsed() {
        return this.#used;
    }
    /** The whole body; a connection cut short rejects as fetch's does (a TypeError, `terminated`). */
    async arrayBuffer() {
        if (this.#used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.#used = true;
        const chunks = [];
        if (this.body) {
            const reader = this.body.getReader();
            for (let read = await reader.read(); !read.done; read = await reader.read())
                chunks.push(read.value);
        }
        const whole = Buffer.concat(chunks);
        return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength);
    }
    async text() {
        return new TextDecoder().decode(await this.arrayBuffer());
    }
    async json() {
        return JSON.parse(await this.text());
    }
}
/**
 * The answer's body as a web stream. A connection that ends before the whole body arrived
 * errors it as fetch does (a TypeError, `terminated`), its cause saying so in words (node:http
 * says only `aborted`, which would read as a timeout of ours).
 */
function bodyOf(message, signal) {
    return new ReadableStream({
        start(controller) {
            message.on('data', (chunk) => {
                controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                if ((controller.desiredSize ?? 0) <= 0)
                    message.pause();
            });
            message.once('end', () => controller.close());
            message.once('error', (error) => {
                if (signal?.aborted)
                    return controller.error(signal.reason);
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
function headersOf(given) {
    const headers = {};
    const entries = typeof given?.entries === 'function'
        ? [...given.entries()]
        : Object.entries(given ?? {});
    for (const [name, value] of entries)
        if (value !== undefined)
            headers[name.toLowerCase()] = String(value);
    return headers;
}


/***/ })

};
