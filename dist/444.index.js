export const id = 444;
export const ids = [444];
export const modules = {

/***/ 90444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHub: () => (/* binding */ createGitHub)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
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
async function readWhole(response, method, signal) {
    const { status } = response;
    if (status < 200 || status >= 300 || status === 204 || status === 205 || method === 'HEAD')
        return { response };
    if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? ''))
        return { response };
    let bytes;
    try {
        bytes = await response.arrayBuffer();
    }
    catch (error) {
        if (signal.aborted)
            throw error; // a timeout stays a timeout
        const cause = error.cause?.message ?? error.message;
        throw new Error(`the answer was cut off mid-transfer (${cause})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw new Error(`the answer is not valid JSON (${bytes.byteLength} bytes, cut short or garbled)`);
    }
    // Every successful JSON answer of the REST and GraphQL APIs is an object or an array. Octokit
    // reads a `null` list as an empty one: an issues listing of `null` would mean "no blockers".
    if (parsed === null || typeof parsed !== 'object')
        throw new Error(`the answer is JSON but not an object or array (${JSON.stringify(parsed).slice(0, 40)})`);
    const bodiless = new Response(null, { status, statusText: response.statusText, headers: response.headers });
    // Octokit reads the final URL (after redirects) from the response.
    Object.defineProperty(bodiless, 'url', { value: response.url });
    return { response: bodiless, json: parsed };
}
/**
 * An Octokit plugin: each request is sent through `fetchAnswer`, and a JSON answer it parsed
 * becomes the response's `data` as it is. Octokit reads the bodiless response it is handed as
 * empty (''), and that is replaced before any other plugin sees it: put this plugin first, so
 * plugin-retry finds a GraphQL answer's `errors` where it looks for them.
 */
function answersParsedOnce(fetchAnswer) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            // Per request: the value of the answer this request's (last) fetch read.
            let json;
            const fetch = async (url, init) => {
                json = undefined;
                const answer = await fetchAnswer(url, init);
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
/**
 * Octokit's own `request.fetch`, never called: answersParsedOnce gives every request its fetch.
 * Were one sent past it, Octokit would read its JSON answer as '': refused loudly instead.
 */
const unreachableFetch = () => Promise.reject(new Error("a request was sent without the client's answersParsedOnce plugin"));

// EXTERNAL MODULE: ./src/github/transport-errors.ts
var transport_errors = __webpack_require__(20984);
;// CONCATENATED MODULE: ./src/github/client.ts
// The only place that builds Octokit clients: retry and rate-limit handling, a per-request
// timeout, GitHub Enterprise Server base URLs and a request counter for the report.







function createGitHub(options) {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const maxWaitMs = options.maxRateLimitWaitMs ?? 60_000;
    let waitedMs = 0;
    // Proxy-aware fetch from @actions/github (honours https_proxy / no_proxy), wrapped to
    // count requests and bound each one in time: a stalled connection must end in `error`.
    const underlying = (utils.defaults.request?.fetch ?? fetch);
    const countingFetch = (url, init = {}) => options.counter.run(async () => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const given = init.signal;
        const signal = given ? AbortSignal.any([given, timeout]) : timeout;
        return readWhole(await underlying(url, { ...init, signal }), init.method, signal);
    });
    const mayWait = (retryAfterSeconds, retryCount) => {
        const ms = retryAfterSeconds * 1000;
        if (retryCount >= 2 || waitedMs + ms > maxWaitMs)
            return false;
        waitedMs += ms;
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
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
    }, 
    // First: each request's JSON answer, parsed once, is its `data` before any plugin reads it.
    answersParsedOnce(countingFetch), 
    // Before retry: a refused connection is reported in a second, not after 14 s of backoff.
    (0,transport_errors/* failFastOnLastingTransportFailure */.p5)(options.baseUrl), dist_bundle/* retry */.L, throttling);
    // Octokit derives the GraphQL endpoint from baseUrl, GHES's /api/v3 \u2192 /api/graphql included.
    return { octokit, baseUrl: options.baseUrl, counter: options.counter, token: options.token };
}


/***/ })

};
