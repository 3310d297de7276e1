export const id = 5201;
export const ids = [5201];
export const modules = {

/***/ 64965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ workflowFileEnv),
/* harmony export */   s_: () => (/* binding */ envSourceSchema),
/* harmony export */   yR: () => (/* binding */ envInteger)
/* harmony export */ });
/* unused harmony exports parseWorkflowEnv, positiveInteger */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _contents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51585);
// The top-level `env:` of a workflow file at a ref, read through the contents API. A workflow
// keeps its own thresholds there (WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10), so a gate
// can take the number from the commit under evaluation instead of repeating it in the policy.


function workflowFileEnv(facts, repo, path, ref) {
    return facts.memo(`workflow-env:${repo.owner}/${repo.repo}:${path}@${ref}`, async () => {
        const file = await (0,_contents_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepoFile */ .v)(facts.github, repo, path, ref);
        if (!file)
            return { kind: 'missing', path, ref };
        return parseWorkflowEnv(file.text, path, ref);
    });
}
/** Parses a workflow's text; pure, so the shapes a file can take are testable without a server. */
function parseWorkflowEnv(text, path, ref) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    if (document.errors.length) {
        return {
            kind: 'invalid',
            path,
            ref,
            reason: `not valid YAML: ${document.errors[0].message.split('\n')[0]}`,
        };
    }
    const root = document.toJS();
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        return { kind: 'invalid', path, ref, reason: 'not a YAML mapping' };
    }
    const env = root.env;
    if (env === undefined || env === null)
        return { kind: 'ok', path, ref, env: {} };
    if (typeof env !== 'object' || Array.isArray(env))
        return { kind: 'invalid', path, ref, reason: 'its top-level env is not a mapping' };
    return { kind: 'ok', path, ref, env: env };
}
/** A positive integer written as a number or a string of digits ("10"); anything else is null. */
function positiveInteger(value) {
    if (typeof value === 'number')
        return Number.isSafeInteger(value) && value > 0 ? value : null;
    if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
        const parsed = Number(value.trim());
        return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
    }
    return null;
}
/**
 * The positive integer `source` names, from its workflow file as read (`fileEnv`). `parameter`
 * (`count_from`) starts each message, which names the file, the ref and the variable, so a person
 * knows which line to fix. Workflows often write numbers as strings ("2"): those are accepted.
 */
function envInteger(parameter, source, fileEnv) {
    const { file, env: key } = source;
    const where = `${file} at ${fileEnv.ref}`;
    const details = { file, env: key, ref: fileEnv.ref };
    if (fileEnv.kind === 'missing')
        return {
            ok: false,
            message: `${parameter}: ${where} does not exist, so ${key} cannot be read.`,
            details,
        };
    if (fileEnv.kind === 'invalid')
        return {
            ok: false,
            message: `${parameter}: ${where} is ${fileEnv.reason}, so ${key} cannot be read.`,
            details,
        };
    if (!(key in fileEnv.env)) {
        return {
            ok: false,
            message: `${parameter}: ${where} has no ${key} under its top-level env.`,
            details: { ...details, value: null },
        };
    }
    const value = fileEnv.env[key];
    const parsed = positiveInteger(value);
    if (parsed === null) {
        return {
            ok: false,
            message: `${parameter}: ${key} in ${where} is ${JSON.stringify(value)}, not a positive integer.`,
            details: { ...details, value },
        };
    }
    return { ok: true, value: parsed, source: `${file}#env.${key}` };
}
/** JSON Schema of an EnvSource, described for the parameter it stands for. */
function envSourceSchema(description) {
    return {
        description,
        type: 'object',
        additionalProperties: false,
        required: ['file', 'env'],
        properties: {
            file: {
                description: 'Path of the workflow file, e.g. .github/workflows/ci.yml.',
                type: 'string',
                minLength: 1,
            },
            env: {
                description: 'Name of the variable under its top-level env.',
                type: 'string',
                pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
            },
        },
    };
}


/***/ }),

/***/ 37779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tl: () => (/* binding */ historyStrip)
/* harmony export */ });
/* unused harmony exports STRIP_SYMBOLS, STRIP_MAX_RUNS */
// The history of a job as one line the eye reads at once, newest first: \u2705 green, \ud83d\udd01 green only
// after a re-run, \u274c failure, \u23ed passed over (the job did not run, was skipped or cancelled).
// The history gates put it in their details as `history_strip`; the Markdown report shows it.
const STRIP_SYMBOLS = {
    green: '\u2705',
    flaky: '\ud83d\udd01',
    failure: '\u274c',
    passed_over: '\u23ed',
};
/** Runs shown at most: a long history would crowd the summary without telling more. */
const STRIP_MAX_RUNS = 50;
function historyStrip(marks, max = STRIP_MAX_RUNS) {
    const shown = marks.slice(0, max).map((mark) => STRIP_SYMBOLS[mark]);
    const capped = marks.length > max;
    const text = shown.join('') + (capped ? ` \u2026 +${marks.length - max} older` : '');
    return { text, runs: marks.length, capped };
}


/***/ }),

/***/ 55201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countStreak: () => (/* binding */ countStreak),
  failedEarlierAttempts: () => (/* binding */ failedEarlierAttempts),
  judgeRunStreak: () => (/* binding */ judgeRunStreak),
  resolveCount: () => (/* binding */ resolveCount),
  runStreakGate: () => (/* binding */ runStreakGate),
  streakCounter: () => (/* binding */ streakCounter),
  streakSpanMs: () => (/* binding */ streakSpanMs)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/graphql-errors.ts
var graphql_errors = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/facts/jobs.ts
var jobs = __webpack_require__(93667);
// EXTERNAL MODULE: ./src/facts/shape.ts
var shape = __webpack_require__(34926);
;// CONCATENATED MODULE: ./src/facts/attempts.ts




const RUN_ATTEMPTS_QUERY = `query RunAttempts($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: ALL }) {
        pageInfo { hasNextPage }
        nodes { databaseId name status conclusion }
      }
    }
  }
}`;
/** Suites per GraphQL request: `nodes(ids:)` takes at most 100. */
const ATTEMPTS_CHUNK = 100;
/**
 * The jobs of the earlier attempts of each run with `attempt > 1`; runs never re-run are left out
 * (they have none). One GraphQL request per 100 re-run runs, REST per run where GraphQL cannot tell.
 */
async function earlierAttempts(facts, repo, runs) {
    const rerun = [...new Map(runs.filter((run) => run.attempt > 1).map((run) => [run.id, run])).values()];
    const result = new Map();
    if (!rerun.length)
        return result;
    const key = `earlier-attempts:${repo.owner}/${repo.repo}:${rerun.map((r) => `${r.id}.${r.attempt}`).join(',')}`;
    const read = await facts.memo(key, () => readEarlierAttempts(facts.github, repo, rerun));
    for (const [id, jobs] of read)
        result.set(id, jobs);
    return result;
}
async function readEarlierAttempts(github, repo, runs) {
    const result = new Map();
    const viaRest = runs.filter((run) => !run.checkSuiteNodeId);
    const viaGraphql = runs.filter((run) => run.checkSuiteNodeId);
    for (let start = 0; start < viaGraphql.length; start += ATTEMPTS_CHUNK) {
        const chunk = viaGraphql.slice(start, start + ATTEMPTS_CHUNK);
        const found = await queryChunk(github, repo, chunk);
        for (const run of chunk) {
            const jobs = found.get(run.id);
            if (jobs)
                result.set(run.id, jobs);
            else
                viaRest.push(run);
        }
    }
    for (const run of viaRest)
        result.set(run.id, await readEarlierAttemptsRest(github, repo, run));
    return result;
}
async function queryChunk(github, repo, runs) {
    const found = new Map();
    const request = 'POST /graphql (RunAttempts)';
    let data;
    try {
        data = await github.octokit.graphql(RUN_ATTEMPTS_QUERY, {
            ids: runs.map((run) => run.checkSuiteNodeId),
        });
    }
    catch (error) {
        if ((0,errors/* isRateLimitError */.kt)(error))
            throw (0,graphql_errors/* graphqlGateError */.B)(error, repo, `earlier attempts of ${runs.length} runs in ${repo.owner}/${repo.repo}`);
        // Refused (or partly): every run of the chunk is read through REST instead.
        return found;
    }
    const nodes = shape/* Fields */.C8.of(data, request, 'data').list('nodes');
    runs.forEach((run, index) => {
        const jobs = earlierFromSuite(nodes[index] ?? null, run, request, index);
        if (jobs)
            found.set(run.id, jobs);
    });
    return found;
}
/**
 * The earlier attempts' jobs in one suite, or null when REST must tell: no suite, a suite of
 * another run, more than one page of check runs, or no job with more than one check run (a run
 * re-run re-runs at least one job, so the suite does not hold the earlier attempts).
 */
function earlierFromSuite(node, run, request, index) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.keys(node).length)
        return null;
    const suite = shape/* Fields */.C8.of(node, request, `data.nodes[${index}]`);
    const owner = suite.objectOrNull('workflowRun')?.integerOrNull('databaseId') ?? null;
    if (owner !== null && owner !== run.id)
        return null;
    const checkRuns = suite.objectOrNull('checkRuns');
    if (!checkRuns || checkRuns.object('pageInfo').boolean('hasNextPage'))
        return null;
    const nodes = checkRuns.listOrNull('nodes');
    if (!nodes || nodes.some((entry) => entry === null))
        return null;
    const all = nodes.map((entry, i) => {
        const checkRun = shape/* Fields */.C8.of(entry, request, `${checkRuns.path}.nodes[${i}]`);
        const id = checkRun.integerOrNull('databaseId');
        return {
            id,
            name: checkRun.string('name'),
            status: (0,jobs/* lower */.ib)(checkRun.string('status')),
            conclusion: (0,jobs/* lower */.ib)(checkRun.stringOrNull('conclusion')),
            htmlUrl: id && run.htmlUrl ? `${run.htmlUrl}/job/${id}` : run.htmlUrl,
        };
    });
    // Without an attempt number, the latest of a name is the check run created last: ids grow.
    const newest = new Map();
    for (const job of all) {
        if (job.id === null)
            return null;
        newest.set(job.name, Math.max(newest.get(job.name) ?? 0, job.id));
    }
    const earlier = all.filter((job) => job.id !== newest.get(job.name));
    return earlier.length ? earlier : null;
}
/** Every attempt's jobs of one run through REST; those of the latest attempt of each name are dropped. */
async function readEarlierAttemptsRest(github, repo, run) {
    let raw;
    try {
        raw = await github.octokit.paginate(github.octokit.rest.actions.listJobsForWorkflowRun, {
            ...repo,
            run_id: run.id,
            filter: 'all',
            per_page: 100,
        });
    }
    catch (error) {
        throw (0,errors/* toGateError */.Vl)(error, `the jobs of every attempt of run ${run.id} in ${repo.owner}/${repo.repo}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${run.id}/jobs?filter=all`;
    const all = shape/* Fields */.C8.each(raw, request, 'jobs').map((job) => ({
        attempt: job.optionalInteger('run_attempt') ?? 1,
        job: {
            id: job.integer('id'),
            name: job.string('name'),
            status: job.string('status'),
            conclusion: job.stringOrNull('conclusion'),
            htmlUrl: job.stringOrNull('html_url') ?? run.htmlUrl,
        },
    }));
    const latest = new Map();
    for (const { attempt, job } of all)
        latest.set(job.name, Math.max(latest.get(job.name) ?? 0, attempt));
    return all.filter(({ attempt, job }) => attempt < latest.get(job.name)).map(({ job }) => job);
}

// EXTERNAL MODULE: ./src/facts/runs.ts
var runs = __webpack_require__(95081);
// EXTERNAL MODULE: ./src/facts/workflow-file.ts
var workflow_file = __webpack_require__(64965);
// EXTERNAL MODULE: ./src/gates/history-strip.ts
var history_strip = __webpack_require__(37779);
// EXTERNAL MODULE: ./src/gates/job-match.ts
var job_match = __webpack_require__(51139);
;// CONCATENATED MODULE: ./src/gates/run-streak.ts
// run_streak: a job has succeeded in the last N runs of a workflow on a branch, in a row. The
// graduation gate for a platform in preview: "10 consecutive green Windows smoke runs on main".







const runStreakGate = {
    type: 'run_streak',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow', 'job'],
        properties: {
            workflow: job_match/* WORKFLOW_FILE_SCHEMA */.dx,
            job: job_match/* JOB_NAME_SCHEMA */.IX,
            ...job_match/* HISTORY_FILTER_SCHEMAS */.jp,
            count: {
                description: 'Consecutive green runs needed. Exactly one of count and count_from.',
                type: 'integer',
                minimum: 1,
            },
            count_from: (0,workflow_file/* envSourceSchema */.s_)("Reads the count from a workflow file's top-level env at the commit under evaluation. Exactly one of count and count_from."),
            max_runs: {
                description: 'Most completed runs read looking for the streak.',
                type: 'integer',
                minimum: 1,
                maximum: 1000,
                default: 200,
            },
            reruns: {
                description: 'A flaky green (the job succeeded only after an earlier attempt of it failed): count counts it, refuse ends the streak as a failure would. Either way the report lists them.',
                enum: ['count', 'refuse'],
                default: 'count',
            },
            min_span_hours: {
                description: 'The streak must also span at least this many hours, from its oldest run to its newest (a soak, not only a count).',
                type: 'number',
                exclusiveMinimum: 0,
                maximum: 8760,
            },
        },
        // `properties` repeated in each branch: Ajv's strict mode wants every required key defined beside it.
        oneOf: [
            { properties: { count: true }, required: ['count'] },
            { properties: { count_from: true }, required: ['count_from'] },
        ],
    },
    checkParams(params) {
        if (params.count !== undefined && params.count > params.max_runs) {
            throw new types/* GateError */.ue('INVALID_PARAMS', `count ${params.count} is more than max_runs ${params.max_runs}: the streak could never be seen.`);
        }
    },
    async collect(params, ctx, facts) {
        const repo = ctx.repository;
        const [countFile, branch] = await Promise.all([
            params.count_from ? (0,workflow_file/* workflowFileEnv */.Tz)(facts, repo, params.count_from.file, ctx.sha || ctx.ref) : null,
            params.branch ?? (0,runs/* defaultBranch */.OR)(facts, repo),
        ]);
        const count = resolveCount(params, countFile);
        // A count that cannot be read is the judge's error to report; the history would not help.
        if (!count.ok)
            return { branch, countFile, history: [], complete: false };
        const rules = { count: count.count, minSpanMs: spanMs(params) };
        const streak = streakCounter(params.job, rules);
        const { history, complete } = await (0,jobs/* runsWithJobs */.DU)(facts, repo, { workflow: params.workflow, branch, event: params.event, status: 'completed' }, 
        // Without knowing which greens were flaky: `refuse` only ends a streak sooner, so a history
        // that decides with every green counted decides with flaky greens refused too.
        { maxRuns: params.max_runs, enough: (seen) => streak(seen).decided });
        const walk = streak(history);
        const rerun = walk.considered.filter((run) => run.outcome === 'counted' && run.attempt > 1);
        const counted = new Set(rerun.map((run) => run.id));
        const attempts = await earlierAttempts(facts, repo, history.filter((entry) => counted.has(entry.run.id)).map((entry) => entry.run));
        return { branch, countFile, history, complete, earlierAttempts: attempts };
    },
    judge: judgeRunStreak,
};
/** The streak length required: `count`, or the integer in count_from's workflow file. */
function resolveCount(params, countFile) {
    if (params.count !== undefined)
        return { ok: true, count: params.count, source: 'count' };
    if (!params.count_from || !countFile)
        return { ok: false, message: 'run_streak needs count or count_from.', details: {} };
    const read = (0,workflow_file/* envInteger */.yR)('count_from', params.count_from, countFile);
    if (!read.ok)
        return read;
    if (read.value > params.max_runs) {
        const { file, env: key } = params.count_from;
        return {
            ok: false,
            message: `count_from: ${key} in ${file} at ${countFile.ref} is ${read.value}, more than max_runs ${params.max_runs}: the streak could never be seen.`,
            details: {
                file,
                env: key,
                ref: countFile.ref,
                value: countFile.kind === 'ok' ? countFile.env[key] : null,
            },
        };
    }
    return { ok: true, count: read.value, source: read.source };
}
/**
 * Walks runs newest first. Success counts one; a run where the job is absent, skipped or
 * cancelled is passed over; anything else (and a flaky green, with `refuseFlaky`) ends the
 * streak. Stops as soon as the answer is known: the streak is long enough and spans enough time,
 * or it broke.
 */
function countStreak(history, job, rules) {
    return extendStreak(newWalk(), history, job, rules);
}
/**
 * countStreak over a history read a page at a time (each call with the history so far, grown):
 * each run is judged once, not again after every later page.
 */
function streakCounter(job, rules) {
    const walk = newWalk();
    let judged = 0;
    return (history) => {
        if (!walk.decided)
            extendStreak(walk, history.slice(judged), job, rules);
        judged = history.length;
        return walk;
    };
}
function newWalk() {
    return {
        streak: 0,
        decided: false,
        ran: 0,
        considered: [],
        breaker: null,
        flaky: [],
        newestAt: null,
        oldestAt: null,
        timesReadable: true,
    };
}
/** The walk continued over `entries`, the runs after those it has judged; unchanged once decided. */
function extendStreak(walk, entries, job, rules) {
    const { count, minSpanMs = 0, isFlaky, refuseFlaky = false, } = typeof rules === 'number' ? { count: rules } : rules;
    if (walk.decided)
        return walk;
    for (const entry of entries) {
        const outcome = (0,job_match/* jobOutcome */.Yr)(entry.jobs, job);
        const flaky = outcome.kind === 'success' && isFlaky !== undefined && isFlaky(entry);
        const broke = outcome.kind === 'failure' || (flaky && refuseFlaky);
        const considered = {
            id: entry.run.id,
            run_number: entry.run.runNumber,
            attempt: entry.run.attempt,
            conclusion: outcome.jobs.length ? (0,job_match/* conclusionsOf */.ir)(outcome.jobs) : 'absent',
            outcome: broke ? 'broke' : outcome.kind === 'success' ? 'counted' : 'passed_over',
            ...(flaky ? { flaky: true } : {}),
        };
        walk.considered.push(considered);
        if (outcome.kind === 'not_run')
            continue;
        walk.ran++;
        if (broke) {
            walk.breaker = entry;
            walk.decided = true;
            return walk;
        }
        walk.streak++;
        if (flaky)
            walk.flaky.push(entry);
        walk.newestAt ??= entry.run.createdAt;
        walk.oldestAt = entry.run.createdAt;
        if (Number.isNaN(Date.parse(entry.run.createdAt)))
            walk.timesReadable = false;
        if (walk.streak >= count && streakSpanMs(walk) >= minSpanMs) {
            walk.decided = true;
            return walk;
        }
    }
    return walk;
}
/** From the streak's oldest run to its newest; NaN (never enough) when a time does not parse. */
function streakSpanMs(walk) {
    if (!walk.timesReadable)
        return Number.NaN;
    if (walk.newestAt === null || walk.oldestAt === null)
        return 0;
    return Date.parse(walk.newestAt) - Date.parse(walk.oldestAt);
}
function spanMs(params) {
    return (params.min_span_hours ?? 0) * 3_600_000;
}
/** `30 h`, `1.5 h`: hours as a person reads them. */
function hours(ms) {
    return `${Number.isFinite(ms) ? Math.round((ms / 3_600_000) * 10) / 10 : '?'} h`;
}
/** The matched jobs of a run's earlier attempts that failed: the evidence that a green was flaky. */
function failedEarlierAttempts(jobs, job) {
    const matches = (0,job_match/* jobMatcher */.sq)(job);
    return jobs.filter((candidate) => matches(candidate.name) && (0,job_match/* jobFailed */.$T)(candidate));
}
function flakyDetail(entry, earlier, job) {
    return {
        id: entry.run.id,
        run_number: entry.run.runNumber,
        attempt: entry.run.attempt,
        url: entry.run.htmlUrl,
        failed_attempts: failedEarlierAttempts(earlier, job).map((j) => ({
            name: j.name,
            conclusion: j.conclusion,
            url: j.htmlUrl,
        })),
    };
}
function stripMarks(walk) {
    return walk.considered.map((run) => run.flaky
        ? 'flaky'
        : run.outcome === 'counted'
            ? 'green'
            : run.outcome === 'broke'
                ? 'failure'
                : 'passed_over');
}
function judgeRunStreak(params, facts) {
    const count = resolveCount(params, facts.countFile);
    if (!count.ok)
        return { status: 'error', code: 'COUNT_FROM_INVALID', message: count.message, details: count.details };
    const attempts = facts.earlierAttempts ?? new Map();
    const minSpanMs = spanMs(params);
    // A re-run green whose earlier attempts were not read could be flaky: judging it either way
    // would be a guess.
    const unread = countStreak(facts.history, params.job, { count: count.count, minSpanMs }).considered.filter((run) => run.outcome === 'counted' && run.attempt > 1 && !attempts.has(run.id));
    if (unread.length) {
        return {
            status: 'error',
            code: 'JOBS_UNAVAILABLE',
            message: `The earlier attempts of re-run run${unread.length === 1 ? '' : 's'} ${unread.map((r) => `#${r.run_number}`).join(', ')} could not be read, so whether '${params.job}' needed a re-run is unknown.`,
            details: { runs: unread.map((r) => r.id) },
        };
    }
    const isFlaky = (entry) => entry.run.attempt > 1 && failedEarlierAttempts(attempts.get(entry.run.id) ?? [], params.job).length > 0;
    const refuse = params.reruns === 'refuse';
    const walk = countStreak(facts.history, params.job, {
        count: count.count,
        minSpanMs,
        isFlaky,
        refuseFlaky: refuse,
    });
    const subject = `'${params.job}' runs on ${facts.branch}`;
    const span = streakSpanMs(walk);
    const strip = (0,history_strip/* historyStrip */.tl)(stripMarks(walk));
    const details = {
        workflow: params.workflow,
        job: params.job,
        branch: facts.branch,
        event: params.event,
        required: count.count,
        count_source: count.source,
        reruns: params.reruns,
        streak: walk.streak,
        ...(params.min_span_hours !== undefined
            ? { min_span_hours: params.min_span_hours, span_hours: Number.isFinite(span) ? span / 3_600_000 : null }
            : {}),
        runs_read: facts.history.length,
        history_complete: facts.complete,
        history_strip: strip.text,
        considered: walk.considered,
    };
    const flakyEntries = walk.breaker && refuse && isFlaky(walk.breaker) ? [walk.breaker] : walk.flaky;
    if (flakyEntries.length)
        details.flaky_greens = flakyEntries.map((entry) => flakyDetail(entry, attempts.get(entry.run.id) ?? [], params.job));
    const links = flakyEntries
        .filter((entry) => entry.run.htmlUrl)
        .map((entry) => ({
        title: `Run #${entry.run.runNumber} was green only after a re-run (attempt ${entry.run.attempt})`,
        url: entry.run.htmlUrl,
    }));
    const reruns = walk.flaky.length ? `; ${walk.flaky.length} needed a re-run` : '';
    const tally = `${walk.streak} of ${count.count} consecutive green ${subject}${reruns}`;
    if (walk.streak >= count.count) {
        if (span >= minSpanMs) {
            const soak = params.min_span_hours !== undefined ? `; spanning ${hours(span)} (${hours(minSpanMs)} needed)` : '';
            return { status: 'pass', code: 'STREAK_MET', message: `${tally}${soak}`, details, links };
        }
        return {
            status: 'fail',
            code: 'SOAK_TOO_SHORT',
            message: `${tally}, spanning only ${hours(span)} of the ${hours(minSpanMs)} needed`,
            details: { ...details, history_limit_reached: !facts.complete && !walk.breaker },
            links,
        };
    }
    if (walk.ran === 0) {
        const looked = facts.complete
            ? `${facts.history.length} completed runs`
            : `the latest ${facts.history.length} completed runs (max_runs)`;
        return {
            status: 'fail',
            code: 'NO_RUNS',
            message: `No completed '${params.workflow}' run on ${facts.branch} (${(0,job_match/* eventsLabel */.Gr)(params.event)}) in which '${params.job}' ran; looked at ${looked}.`,
            details,
        };
    }
    let ending = '';
    if (walk.breaker) {
        const { run, jobs } = walk.breaker;
        const outcome = (0,job_match/* jobOutcome */.Yr)(jobs, params.job);
        const flakyBreaker = outcome.kind === 'success';
        const conclusion = flakyBreaker ? 'green only after a re-run' : (0,job_match/* conclusionsOf */.ir)(outcome.jobs);
        details.broken_by = {
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            conclusion: (0,job_match/* conclusionsOf */.ir)(outcome.jobs),
            ...(flakyBreaker ? { flaky: true } : {}),
            url: run.htmlUrl,
            jobs: outcome.jobs.map((j) => ({ name: j.name, conclusion: j.conclusion, url: j.htmlUrl })),
        };
        if (flakyBreaker)
            ending = `; run #${run.runNumber} was green only after a re-run (reruns: refuse)`;
        if (run.htmlUrl && !flakyBreaker)
            links.unshift({ title: `Run #${run.runNumber} broke the streak (${conclusion})`, url: run.htmlUrl });
    }
    else {
        details.history_limit_reached = !facts.complete;
    }
    return {
        status: 'fail',
        code: 'STREAK_TOO_SHORT',
        message: `${tally}${ending}`,
        details,
        links,
    };
}


/***/ })

};
