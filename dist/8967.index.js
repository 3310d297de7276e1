export const id = 8967;
export const ids = [8967];
export const modules = {

/***/ 98967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONCLUSIONS: () => (/* binding */ CONCLUSIONS),
  RATE_LIMIT_RESERVE: () => (/* binding */ RATE_LIMIT_RESERVE),
  assessChecks: () => (/* binding */ assessChecks),
  checkNameMatcher: () => (/* binding */ checkNameMatcher),
  isSettled: () => (/* binding */ isSettled),
  judgeRequiredChecks: () => (/* binding */ judgeRequiredChecks),
  requiredChecksGate: () => (/* binding */ requiredChecksGate),
  waitForChecks: () => (/* binding */ waitForChecks)
});

;// CONCATENATED MODULE: ./src/github/conditional.ts
/**
 * GET with `If-None-Match` when an earlier answer is remembered. GitHub answers `304 Not
 * Modified` when nothing changed, and a 304 does not count against the rate limit; Octokit
 * throws it as a RequestError with status 304, which is turned back here into "unchanged":
 * the remembered body, as it was. Other errors are thrown as they are.
 */
async function conditionalGet(github, route, params, previous) {
    const conditions = previous ? { headers: { 'if-none-match': previous.etag } } : {};
    try {
        const response = typeof route === 'string'
            ? await github.octokit.request(route, { ...params, ...conditions })
            : await github.octokit.request({ ...route, ...conditions });
        const answerHeaders = response.headers;
        return {
            data: response.data,
            etag: answerHeaders.etag ?? null,
            notModified: false,
            link: answerHeaders.link,
            rateLimit: rateLimitOf(answerHeaders),
        };
    }
    catch (error) {
        const failure = error;
        if (failure.status !== 304 || !previous)
            throw error;
        const answerHeaders = failure.response?.headers ?? {};
        return {
            data: previous.data,
            etag: answerHeaders.etag ?? previous.etag,
            notModified: true,
            link: undefined,
            rateLimit: rateLimitOf(answerHeaders),
        };
    }
}
/** The rate-limit headers of an answer (or of an error's answer). */
function rateLimitOf(headers) {
    const number = (name) => {
        const value = headers[name];
        if (value === undefined || value === '')
            return null;
        const parsed = Number(value);
        return Number.isFinite(parsed) && parsed >= 0 ? parsed : null;
    };
    const reset = number('x-ratelimit-reset');
    const retryAfter = number('retry-after');
    return {
        remaining: number('x-ratelimit-remaining'),
        resetAtMs: reset === null ? null : reset * 1000,
        retryAfterMs: retryAfter === null ? null : retryAfter * 1000,
    };
}

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/facts/shape.ts
var shape = __webpack_require__(34926);
;// CONCATENATED MODULE: ./src/facts/checks.ts



/** Pages followed at most per list: 20 pages of 100 is far beyond any real commit. */
const MAX_PAGES = 20;
const ACTIONS_JOB_URL = /\/actions\/runs\/(\d+)\/job\/\d+(?:[/?#]|$)/;
function checksOfCommit(facts, repo, sha, options) {
    const load = async () => (await readChecks(facts.github, repo, sha, options, null)).checks;
    const key = checksKey(repo, sha, options);
    return options.fresh ? facts.reload(key, load) : facts.memo(key, load);
}
/**
 * One reading of a commit's checks while waiting on them. Given the previous reading, each
 * list is asked for with `If-None-Match` (see `conditionalGet`): while nothing changes GitHub
 * answers 304, which costs nothing against the rate limit, and the previous answer stands.
 * The reading also replaces the memoized checks of the commit, so every gate sees the newest.
 */
function pollChecksOfCommit(facts, repo, sha, options, previous) {
    const reading = facts.reload(`poll:${checksKey(repo, sha, options)}`, () => readChecks(facts.github, repo, sha, options, previous));
    void facts.reload(checksKey(repo, sha, options), async () => (await reading).checks).catch(() => { });
    return reading;
}
function checksKey(repo, sha, options) {
    return `checks:${repo.owner}/${repo.repo}:${sha}:own=${options.ownRunId ?? ''}:statuses=${options.includeStatuses}`;
}
async function readChecks(github, repo, sha, options, previous) {
    const [runs, statuses] = await Promise.all([
        readList(github, `GET /repos/{owner}/{repo}/commits/{ref}/check-runs`, { ...repo, ref: sha, filter: 'latest', per_page: 100 }, `the check runs of ${sha.slice(0, 7)}`, previous?.remembered.checkRuns ?? null),
        options.includeStatuses
            ? readList(github, `GET /repos/{owner}/{repo}/commits/{ref}/status`, { ...repo, ref: sha, per_page: 100 }, `the commit statuses of ${sha.slice(0, 7)}`, previous?.remembered.statuses ?? null)
            : Promise.resolve(null),
    ]);
    const runsRequest = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/check-runs`;
    const allRuns = runs.pages
        .flatMap((page) => shape/* Fields */.C8.of(page, runsRequest).objects('check_runs'))
        .map(toCheckRunFact);
    const statusRequest = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/status`;
    const allStatuses = (statuses?.pages ?? []).flatMap((page) => shape/* Fields */.C8.of(page, statusRequest).objects('statuses').map(toStatusFact));
    const own = (run) => options.ownRunId !== null && run.workflowRunId === options.ownRunId;
    const lists = statuses ? [runs, statuses] : [runs];
    return {
        checks: {
            sha,
            checkRuns: newestPerName(allRuns.filter((run) => !own(run))),
            statuses: newestPerContext(allStatuses),
            statusesRead: options.includeStatuses,
            ownRunCheckRuns: newestPerName(allRuns.filter(own)),
        },
        counted: lists.reduce((sum, list) => sum + list.counted, 0),
        notModified: lists.reduce((sum, list) => sum + list.notModified, 0),
        unchanged: lists.every((list) => list.counted === 0),
        rateLimit: lowestRemaining(lists.map((list) => list.rateLimit)),
        remembered: { checkRuns: runs.remembered, statuses: statuses?.remembered ?? null },
    };
}
/** The newest check run of each name: latest start, then highest id (ids grow with time). */
function newestPerName(runs) {
    const newest = new Map();
    for (const run of runs) {
        const seen = newest.get(run.name);
        if (!seen || isNewer(run, seen))
            newest.set(run.name, run);
    }
    return [...newest.values()];
}
function isNewer(a, b) {
    const startA = a.startedAt ? Date.parse(a.startedAt) : Number.NEGATIVE_INFINITY;
    const startB = b.startedAt ? Date.parse(b.startedAt) : Number.NEGATIVE_INFINITY;
    // A queued re-run has no start time yet but is still the newer one: its id is higher.
    if (startA !== startB && Number.isFinite(startA) && Number.isFinite(startB))
        return startA > startB;
    return a.id > b.id;
}
function newestPerContext(statuses) {
    const newest = new Map();
    for (const status of statuses) {
        const seen = newest.get(status.context);
        if (!seen || (status.updatedAt ?? '') > (seen.updatedAt ?? ''))
            newest.set(status.context, status);
    }
    return [...newest.values()];
}
/** The Actions run id in a job's URL, or null for anything else. */
function workflowRunIdOf(url) {
    const match = url ? ACTIONS_JOB_URL.exec(url) : null;
    return match ? Number(match[1]) : null;
}
/** A check run as the gates read it (a `check-run` in GitHub's schema). */
function toCheckRunFact(raw) {
    const app = raw.objectOrNull('app')?.optionalString('slug') ?? null;
    const htmlUrl = raw.stringOrNull('html_url');
    const detailsUrl = raw.stringOrNull('details_url');
    // Only GitHub Actions' own URLs are trusted to name a run: another app chooses its
    // details_url freely and could otherwise have its check run ignored.
    const workflowRunId = app === 'github-actions' ? (workflowRunIdOf(htmlUrl) ?? workflowRunIdOf(detailsUrl)) : null;
    return {
        id: raw.integer('id'),
        name: raw.string('name'),
        status: raw.string('status'),
        conclusion: raw.stringOrNull('conclusion'),
        startedAt: raw.stringOrNull('started_at'),
        url: htmlUrl ?? detailsUrl ?? '',
        app,
        workflowRunId,
    };
}
function toStatusFact(raw) {
    return {
        context: raw.string('context'),
        state: raw.string('state'),
        description: raw.stringOrNull('description'),
        url: raw.stringOrNull('target_url'),
        updatedAt: raw.string('updated_at'),
    };
}
/**
 * Reads a list endpoint page by page, following the `Link: rel="next"` header as GitHub
 * says to (page numbers are not guaranteed to be stable). Octokit's own paginate cannot be
 * used for the combined status: its payload has a `url` key, which turns off the
 * normalisation that finds the list in the object. The first page is asked for
 * conditionally when a one-page answer is remembered: its 304 then stands for the whole list.
 */
async function readList(github, route, params, what, remembered) {
    const pages = [];
    const limits = [];
    try {
        let answer = await conditionalGet(github, route, params, remembered);
        if (answer.notModified)
            return { pages: [answer.data], counted: 0, notModified: 1, rateLimit: answer.rateLimit, remembered };
        const first = answer;
        for (;;) {
            pages.push(answer.data);
            limits.push(answer.rateLimit);
            const next = nextPageUrl(answer.link);
            if (!next)
                break;
            if (pages.length >= MAX_PAGES)
                throw new Error(`more than ${MAX_PAGES} pages of results`);
            answer = await conditionalGet(github, { method: 'GET', url: next }, {}, null);
        }
        return {
            pages,
            counted: pages.length,
            notModified: 0,
            rateLimit: lowestRemaining(limits),
            remembered: pages.length === 1 && first.etag ? { etag: first.etag, data: first.data } : null,
        };
    }
    catch (error) {
        throw (0,errors/* toGateError */.Vl)(error, what);
    }
}
/** The most pressing of several rate-limit readings: the fewest remaining, the longest retry-after. */
function lowestRemaining(states) {
    let lowest = { remaining: null, resetAtMs: null, retryAfterMs: null };
    for (const state of states) {
        if (state.remaining !== null && (lowest.remaining === null || state.remaining < lowest.remaining))
            lowest = { ...lowest, remaining: state.remaining, resetAtMs: state.resetAtMs };
        if (state.retryAfterMs !== null && state.retryAfterMs > (lowest.retryAfterMs ?? -1))
            lowest = { ...lowest, retryAfterMs: state.retryAfterMs };
    }
    return lowest;
}
/** The `rel="next"` target of a Link header. */
function nextPageUrl(link) {
    if (!link)
        return null;
    for (const match of link.matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
        if (match[2].split(/\s+/).includes('next'))
            return match[1];
    }
    return null;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/gates/required-checks.ts


const CONCLUSIONS = [
    'success',
    'neutral',
    'skipped',
    'failure',
    'cancelled',
    'timed_out',
    'action_required',
    'stale',
    'startup_failure',
    'error',
];
const requiredChecksGate = {
    type: 'required_checks',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['checks'],
        properties: {
            checks: {
                description: "Check names that must pass, or `all` for every check reported on the commit. `*` in a name matches any text (slashes and spaces included), `?` one character; anything else is literal, so matrix names like 'test (ubuntu-latest, 20)' need no escaping.",
                anyOf: [
                    { type: 'string', const: 'all' },
                    { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
                ],
            },
            include_statuses: {
                description: 'Also count commit statuses (their contexts), as set by external CI services.',
                type: 'boolean',
                default: true,
            },
            allow: {
                description: 'Conclusions that count as passing. A commit status counts as success, failure or error.',
                type: 'array',
                minItems: 1,
                uniqueItems: true,
                items: { enum: [...CONCLUSIONS] },
                default: ['success', 'neutral', 'skipped'],
            },
            wait: {
                description: 'Poll while a required check is still running or not yet reported.',
                type: 'object',
                additionalProperties: false,
                properties: {
                    timeout_minutes: {
                        description: 'Give up (CHECKS_PENDING) after this long.',
                        type: 'number',
                        exclusiveMinimum: 0,
                        maximum: 360,
                        default: 10,
                    },
                    interval_seconds: {
                        description: 'Time between two readings.',
                        type: 'number',
                        minimum: 1,
                        maximum: 3600,
                        default: 30,
                    },
                },
            },
        },
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { checks: emptyChecks(), wait: null };
        const options = { ownRunId: ctx.runId, includeStatuses: params.include_statuses };
        if (!params.wait)
            return { checks: await checksOfCommit(facts, ctx.repository, ctx.sha, options), wait: null };
        return waitForChecks(params, params.wait, ctx, facts);
    },
    judge: judgeRequiredChecks,
};
// ---------------------------------------------------------------------------------------------
// Waiting
/** Each unchanged reading stretches the delay by half, up to this many intervals. */
const BACKOFF_FACTOR = 1.5;
const MAX_INTERVALS_BETWEEN_READINGS = 4;
/**
 * Requests kept in hand: below this `x-ratelimit-remaining` the wait stops rather than spend
 * the last of the token's quota (GITHUB_TOKEN: 1,000 an hour per repository), which the
 * rest of the job, and the gates after this one, still need.
 */
const RATE_LIMIT_RESERVE = 50;
/**
 * Polls the commit's checks until they settle (all in and done, or one failed: then the
 * verdict can no longer become `pass`), the timeout passes, or the rate limit says stop.
 * Every reading after the first is conditional, so an unchanged answer is a free 304; and
 * while nothing changes the delay between readings grows, never past the deadline.
 */
async function waitForChecks(params, wait, ctx, facts) {
    const repository = ctx.repository;
    const options = { ownRunId: ctx.runId, includeStatuses: params.include_statuses };
    const timeoutMs = wait.timeout_minutes * 60_000;
    const intervalMs = wait.interval_seconds * 1000;
    const started = facts.monotonicNow();
    let reading = await pollChecksOfCommit(facts, repository, ctx.sha, options, null);
    const record = {
        polls: 0,
        waitedMs: 0,
        timeoutMs,
        timedOut: false,
        countedRequests: reading.counted,
        notModified: reading.notModified,
        stopped: null,
        progress: [],
    };
    let delayMs = intervalMs;
    for (;;) {
        record.waitedMs = facts.monotonicNow() - started;
        const assessment = assessChecks(params, reading.checks);
        if (isSettled(assessment))
            break;
        const leftMs = timeoutMs - record.waitedMs;
        if (leftMs <= 0) {
            record.timedOut = true;
            break;
        }
        const limit = reading.rateLimit;
        if (limit.remaining !== null && limit.remaining < RATE_LIMIT_RESERVE) {
            record.stopped = {
                code: 'WAIT_RATE_LIMITED',
                message: `only ${limit.remaining} API requests are left in this hour's rate limit${resetPhrase(limit.resetAtMs)}, below the ${RATE_LIMIT_RESERVE} kept for the rest of the job`,
            };
            break;
        }
        const retryAfterMs = limit.retryAfterMs ?? 0;
        if (retryAfterMs > leftMs) {
            record.stopped = {
                code: 'WAIT_RATE_LIMITED',
                message: `GitHub asked to hold off for ${duration(retryAfterMs)} (retry-after), past the ${duration(timeoutMs)} timeout`,
            };
            break;
        }
        const pauseMs = Math.min(Math.max(delayMs, retryAfterMs), leftMs);
        const line = progressLine(assessment, ctx.sha, leftMs, pauseMs);
        record.progress.push(line);
        ctx.reportWait?.(line, leftMs);
        await facts.sleep(pauseMs);
        try {
            reading = await pollChecksOfCommit(facts, repository, ctx.sha, options, reading);
        }
        catch (error) {
            if (!(error instanceof types/* GateError */.ue) || error.code !== 'RATE_LIMITED')
                throw error;
            record.stopped = { code: 'WAIT_RATE_LIMITED', message: error.message };
            record.waitedMs = facts.monotonicNow() - started;
            break;
        }
        record.polls++;
        record.countedRequests += reading.counted;
        record.notModified += reading.notModified;
        // Unchanged: every list answered 304, or what changed (a timestamp) moved no check's state.
        const unchanged = reading.unchanged || sameStates(assessment, assessChecks(params, reading.checks));
        delayMs = unchanged
            ? Math.min(wholeSeconds(delayMs * BACKOFF_FACTOR), intervalMs * MAX_INTERVALS_BETWEEN_READINGS)
            : intervalMs;
    }
    return { checks: reading.checks, wait: record };
}
/** `Waiting on 1 of 3 required checks on 3f78685: e2e (in_progress); 29 min left, next reading in 45 s`. */
function progressLine(assessment, sha, leftMs, pauseMs) {
    const pending = assessment.outcomes.filter((o) => o.state === 'pending').map(describe);
    const missing = assessment.missing.map((m) => m.pattern === '*' ? 'any check (none reported yet)' : `'${m.pattern}' (not reported yet)`);
    const waitingOn = [...pending, ...missing];
    const total = assessment.outcomes.length + assessment.missing.length;
    return `Waiting on ${waitingOn.length} of ${total} required check${total === 1 ? '' : 's'} on ${sha.slice(0, 7)}: ${listed(waitingOn)}; ${duration(leftMs)} left, next reading in ${duration(pauseMs)}`;
}
const wholeSeconds = (ms) => Math.round(ms / 1000) * 1000;
function sameStates(before, after) {
    const states = (a) => JSON.stringify([
        a.outcomes.map((o) => `${o.kind}:${o.name}:${o.result}`).sort(),
        a.missing.map((m) => m.pattern).sort(),
    ]);
    return states(before) === states(after);
}
function resetPhrase(resetAtMs) {
    return resetAtMs === null ? '' : ` (it resets at ${new Date(resetAtMs).toISOString().slice(11, 16)} UTC)`;
}
function judgeRequiredChecks(params, facts, ctx) {
    if (!ctx.sha) {
        return {
            status: 'error',
            code: 'SHA_UNRESOLVED',
            message: 'The commit under evaluation is unknown, so its checks cannot be read.',
        };
    }
    const { outcomes, missing } = assessChecks(params, facts.checks);
    const short = ctx.sha.slice(0, 7);
    const failed = outcomes.filter((o) => o.state === 'failed');
    const pending = outcomes.filter((o) => o.state === 'pending');
    const details = {
        sha: ctx.sha,
        required: params.checks,
        allow: params.allow,
        checks: outcomes,
        missing: missing.map((m) => m.pattern),
        ignored_own_run: facts.checks.ownRunCheckRuns.map((run) => run.name),
        statuses_read: facts.checks.statusesRead,
        wait: facts.wait,
    };
    const commitChecks = {
        title: `Checks of ${short}`,
        url: `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/commit/${ctx.sha}/checks`,
    };
    const linksOf = (list) => [
        ...list.filter((o) => o.url).map((o) => ({ title: `${o.name} (${o.result})`, url: o.url })),
        commitChecks,
    ];
    // Where and after how long: "on 3f78685 after waiting 2 min".
    const on = `on ${short}${waitPhrase(facts.wait)}`;
    const total = outcomes.length + missing.length;
    const ofTotal = `of ${total} required check${total === 1 ? '' : 's'}`;
    if (failed.length > 0) {
        const also = [
            pending.length ? `${pending.length} pending` : '',
            missing.length ? `${missing.length} missing` : '',
        ].filter(Boolean);
        return {
            status: 'fail',
            code: 'CHECKS_FAILED',
            message: `${failed.length} ${ofTotal} failed ${on}: ${listed(failed.map(describe))}${also.length ? ` (also ${also.join(', ')})` : ''}.`,
            details,
            links: linksOf(failed),
        };
    }
    if (facts.wait?.stopped) {
        // Not settled (a failure would have been judged above), so the answer is unknown.
        return {
            status: 'error',
            code: facts.wait.stopped.code,
            message: `Stopped waiting on the checks ${on}: ${facts.wait.stopped.message}. ${pending.length + missing.length} of ${total} required checks were still pending or not reported.`,
            details,
            links: linksOf(pending),
        };
    }
    if (missing.length === 1 && missing[0].pattern === '*') {
        // `all` over nothing is not a pass: CI that never reported proves nothing.
        return {
            status: 'fail',
            code: 'NO_CHECKS',
            message: `${describeMissing(missing, facts.checks, on)}${params.include_statuses ? '' : ' (commit statuses are not counted: include_statuses is false)'}; \`checks: all\` needs at least one.`,
            details,
            links: [commitChecks],
        };
    }
    if (missing.length > 0) {
        return {
            status: 'fail',
            code: 'CHECK_MISSING',
            message: `${describeMissing(missing, facts.checks, on)}.`,
            details,
            links: linksOf(pending),
        };
    }
    if (pending.length > 0) {
        const advice = facts.wait ? '' : '; set `wait` to poll until they finish';
        return {
            status: 'fail',
            code: 'CHECKS_PENDING',
            message: `${pending.length} ${ofTotal} still pending ${on}: ${listed(pending.map(describe))}${advice}.`,
            details,
            links: linksOf(pending),
        };
    }
    const names = outcomes.map((o) => o.name);
    return {
        status: 'pass',
        code: 'CHECKS_PASSED',
        message: `${outcomes.length === 1 ? 'The required check' : `All ${outcomes.length} required checks`} passed ${on}: ${listed(names)}.`,
        details,
    };
}
/** Which required checks passed, failed, are pending, or were never reported. */
function assessChecks(params, checks) {
    const allow = new Set(params.allow);
    const candidates = [
        ...checks.checkRuns.map((run) => checkRunOutcome(run, allow)),
        ...(params.include_statuses
            ? checks.statuses.map((status) => {
                const state = status.state === 'pending' ? 'pending' : allow.has(status.state) ? 'passed' : 'failed';
                return { name: status.context, kind: 'status', state, result: status.state, url: status.url };
            })
            : []),
    ];
    if (params.checks === 'all') {
        return {
            outcomes: candidates,
            missing: candidates.length ? [] : [{ pattern: '*', onlyInOwnRun: checks.ownRunCheckRuns.length > 0 }],
        };
    }
    const selected = new Set();
    const missing = [];
    for (const pattern of params.checks) {
        const matches = checkNameMatcher(pattern);
        const found = candidates.filter((c) => matches(c.name));
        if (found.length === 0)
            missing.push({ pattern, onlyInOwnRun: checks.ownRunCheckRuns.some((run) => matches(run.name)) });
        for (const outcome of found)
            selected.add(outcome);
    }
    return { outcomes: [...selected], missing };
}
/** Nothing left to wait for: a check failed (the verdict cannot change), or all are in and done. */
function isSettled(assessment) {
    const { outcomes, missing } = assessment;
    return (outcomes.some((o) => o.state === 'failed') ||
        (missing.length === 0 && outcomes.every((o) => o.state !== 'pending')));
}
function checkRunOutcome(run, allow) {
    const base = { name: run.name, kind: 'check_run', url: run.url || null };
    if (run.status !== 'completed')
        return { ...base, state: 'pending', result: run.status };
    const conclusion = run.conclusion ?? 'unknown';
    return { ...base, state: allow.has(conclusion) ? 'passed' : 'failed', result: conclusion };
}
/**
 * Check names are free text (`CI / test (ubuntu-latest, 20)`), not paths: `*` matches any
 * run of characters and `?` one, and every other character stands for itself. A name equal
 * to the pattern always matches.
 */
function checkNameMatcher(pattern) {
    if (!/[*?]/.test(pattern))
        return (name) => name === pattern;
    const source = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    const regex = new RegExp(`^${source}$`, 's');
    return (name) => name === pattern || regex.test(name);
}
function describe(outcome) {
    return `${outcome.name} (${outcome.result})`;
}
function describeMissing(missing, checks, on) {
    if (missing.length === 1 && missing[0].pattern === '*') {
        const own = missing[0].onlyInOwnRun ? " besides this workflow run's own, which are ignored" : '';
        return `No checks were reported ${on}${own}`;
    }
    const names = missing.map((m) => `'${m.pattern}'${m.onlyInOwnRun ? ' (only in this workflow run, which is ignored so the gate never waits on itself)' : ''}`);
    const reported = [...checks.checkRuns.map((r) => r.name), ...checks.statuses.map((s) => s.context)];
    const seen = reported.length ? `; reported: ${listed(reported)}` : '; no checks were reported';
    return `${missing.length === 1 ? 'Required check' : 'Required checks'} ${listed(names)} ${missing.length === 1 ? 'was' : 'were'} not reported ${on}${seen}`;
}
function waitPhrase(wait) {
    if (!wait || (wait.polls === 0 && !wait.timedOut))
        return '';
    return ` after waiting ${duration(wait.waitedMs)}${wait.timedOut ? ' (timeout)' : ''}`;
}
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
/** At most `max` items, then how many more. */
function listed(items, max = 6) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
function emptyChecks() {
    return { sha: '', checkRuns: [], statuses: [], statusesRead: false, ownRunCheckRuns: [] };
}


/***/ })

};
