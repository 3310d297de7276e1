export const id = 6318;
export const ids = [6318];
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

/***/ 36318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUDGET_HISTORY_LIMIT: () => (/* binding */ BUDGET_HISTORY_LIMIT),
/* harmony export */   DEFAULT_MAX_FAILURES: () => (/* binding */ DEFAULT_MAX_FAILURES),
/* harmony export */   DEFAULT_WINDOW: () => (/* binding */ DEFAULT_WINDOW),
/* harmony export */   budgetWindow: () => (/* binding */ budgetWindow),
/* harmony export */   failureBudgetGate: () => (/* binding */ failureBudgetGate),
/* harmony export */   judgeFailureBudget: () => (/* binding */ judgeFailureBudget),
/* harmony export */   resolveBudget: () => (/* binding */ resolveBudget)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _facts_jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93667);
/* harmony import */ var _facts_runs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95081);
/* harmony import */ var _facts_workflow_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64965);
/* harmony import */ var _history_strip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37779);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51139);
// failure_budget: the rollback trigger. Too many failures of a job in its latest runs on a branch
// fail the gate and set the `demote` output, so a workflow can move the platform back to preview.






const DEFAULT_WINDOW = 5;
const DEFAULT_MAX_FAILURES = 1;
/**
 * How far back the gate looks for `window` runs in which the job ran. Runs where it did not run
 * (path filters, skipped, cancelled) are passed over, so the window may need more runs than it holds.
 */
const BUDGET_HISTORY_LIMIT = 200;
const WINDOW_MAXIMUM = 100;
const failureBudgetGate = {
    type: 'failure_budget',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow', 'job'],
        properties: {
            workflow: _job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .WORKFLOW_FILE_SCHEMA */ .dx,
            job: _job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .JOB_NAME_SCHEMA */ .IX,
            ..._job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .HISTORY_FILTER_SCHEMAS */ .jp,
            window: {
                description: `How many of the latest runs in which the job ran are judged; ${DEFAULT_WINDOW} when neither window nor window_from is given.`,
                type: 'integer',
                minimum: 1,
                maximum: WINDOW_MAXIMUM,
            },
            window_from: (0,_facts_workflow_file_js__WEBPACK_IMPORTED_MODULE_3__/* .envSourceSchema */ .s_)("Reads window from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS). Not with window."),
            max_failures: {
                description: `Failures allowed in the window; one more fails the gate and sets demote. ${DEFAULT_MAX_FAILURES} when none of max_failures, demote_at, demote_at_from is given.`,
                type: 'integer',
                minimum: 0,
            },
            demote_at: {
                description: 'Failures in the window that fail the gate and set demote (demote_at: 2 is max_failures: 1), as a runbook states the rule. Not with max_failures or demote_at_from.',
                type: 'integer',
                minimum: 1,
            },
            demote_at_from: (0,_facts_workflow_file_js__WEBPACK_IMPORTED_MODULE_3__/* .envSourceSchema */ .s_)("Reads demote_at from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_FAILURES). Not with max_failures or demote_at."),
        },
        // At most one way to give each number is checked in checkParams, whose message says which
        // keys clash; Ajv would only say that a `not` matched.
    },
    checkParams(params) {
        const given = ['max_failures', 'demote_at', 'demote_at_from'].filter((key) => params[key] !== undefined);
        if (given.length > 1) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `Give one of max_failures, demote_at and demote_at_from, not ${given.join(' and ')}: they say the same thing.`);
        }
        if (params.window !== undefined && params.window_from !== undefined)
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', 'Give window or window_from, not both.');
        const window = params.window ?? (params.window_from ? undefined : DEFAULT_WINDOW);
        const allowed = allowedFailures(params);
        if (window !== undefined && allowed !== undefined && allowed >= window) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `${describeBudget(params, allowed)} is not below window ${window}: the budget could never be exceeded.`);
        }
    },
    async collect(params, ctx, facts) {
        const repo = ctx.repository;
        const at = ctx.sha || ctx.ref;
        const sources = [params.window_from, params.demote_at_from].filter((s) => s !== undefined);
        const [branch, files] = await Promise.all([
            params.branch ?? (0,_facts_runs_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultBranch */ .OR)(facts, repo),
            Promise.all(sources.map((source) => (0,_facts_workflow_file_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowFileEnv */ .Tz)(facts, repo, source.file, at))),
        ]);
        const envFiles = Object.fromEntries(sources.map((source, i) => [source.file, files[i]]));
        const rule = resolveBudget(params, envFiles);
        // A number that cannot be read is the judge's error to report; the history would not help.
        if (!rule.ok)
            return { branch, history: [], complete: false, envFiles };
        const { history, complete } = await (0,_facts_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .runsWithJobs */ .DU)(facts, repo, { workflow: params.workflow, branch, event: params.event, status: 'completed' }, {
            maxRuns: BUDGET_HISTORY_LIMIT,
            enough: (seen) => budgetWindow(seen, params.job, rule.window).length >= rule.window,
        });
        return { branch, history, complete, envFiles };
    },
    judge: judgeFailureBudget,
};
/** Failures allowed by the literal parameters; undefined when demote_at_from must be read. */
function allowedFailures(params) {
    if (params.max_failures !== undefined)
        return params.max_failures;
    if (params.demote_at !== undefined)
        return params.demote_at - 1;
    if (params.demote_at_from !== undefined)
        return undefined;
    return DEFAULT_MAX_FAILURES;
}
function describeBudget(params, allowed) {
    return params.demote_at !== undefined ? `demote_at ${params.demote_at} - 1` : `max_failures ${allowed}`;
}
/** The window and the failures allowed, from the parameters or the workflow file's env. */
function resolveBudget(params, envFiles = {}) {
    let window = params.window ?? DEFAULT_WINDOW;
    let windowSource = params.window !== undefined ? 'window' : 'default';
    if (params.window_from) {
        const read = readEnv('window_from', params.window_from, envFiles);
        if (!read.ok)
            return { ok: false, code: 'WINDOW_FROM_INVALID', message: read.message, details: read.details };
        if (read.value > WINDOW_MAXIMUM)
            return {
                ok: false,
                code: 'WINDOW_FROM_INVALID',
                message: `window_from: ${params.window_from.env} in ${params.window_from.file} is ${read.value}, more than the ${WINDOW_MAXIMUM} runs a window may hold.`,
                details: { ...params.window_from, value: read.value },
            };
        window = read.value;
        windowSource = read.source;
    }
    let maxFailures = allowedFailures(params);
    let budgetSource = params.max_failures !== undefined
        ? 'max_failures'
        : params.demote_at !== undefined
            ? 'demote_at'
            : 'default';
    if (params.demote_at_from) {
        const read = readEnv('demote_at_from', params.demote_at_from, envFiles);
        if (!read.ok)
            return { ok: false, code: 'DEMOTE_AT_FROM_INVALID', message: read.message, details: read.details };
        maxFailures = read.value - 1;
        budgetSource = read.source;
    }
    if (maxFailures === undefined || maxFailures >= window) {
        const demoteAt = (maxFailures ?? 0) + 1;
        return {
            ok: false,
            code: params.demote_at_from
                ? 'DEMOTE_AT_FROM_INVALID'
                : params.window_from
                    ? 'WINDOW_FROM_INVALID'
                    : 'INVALID_PARAMS',
            message: `${demoteAt} failures (${budgetSource}) cannot happen in a window of ${window} runs (${windowSource}): the budget could never be exceeded.`,
            details: { window, demote_at: demoteAt, window_source: windowSource, budget_source: budgetSource },
        };
    }
    return { ok: true, window, maxFailures, sources: { window: windowSource, budget: budgetSource } };
}
function readEnv(parameter, source, envFiles) {
    const file = envFiles[source.file];
    if (!file)
        return {
            ok: false,
            message: `${parameter}: ${source.file} was not read, so ${source.env} is unknown.`,
            details: { ...source },
        };
    return (0,_facts_workflow_file_js__WEBPACK_IMPORTED_MODULE_3__/* .envInteger */ .yR)(parameter, source, file);
}
/** The latest `window` runs in which the job ran (succeeded or failed), newest first. */
function budgetWindow(history, job, window) {
    const ran = [];
    for (const entry of history) {
        if (ran.length >= window)
            break;
        const outcome = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .jobOutcome */ .Yr)(entry.jobs, job);
        if (outcome.kind === 'not_run')
            continue;
        ran.push({ entry, failed: outcome.kind === 'failure', conclusion: (0,_job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .conclusionsOf */ .ir)(outcome.jobs) });
    }
    return ran;
}
/** The strip of the runs read up to the window's oldest: passed-over runs between them included. */
function budgetStrip(history, job, window) {
    const oldest = window.at(-1)?.entry;
    const end = oldest ? history.indexOf(oldest) + 1 : history.length;
    const marks = history.slice(0, end).map((entry) => {
        const kind = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .jobOutcome */ .Yr)(entry.jobs, job).kind;
        return kind === 'success' ? 'green' : kind === 'failure' ? 'failure' : 'passed_over';
    });
    return (0,_history_strip_js__WEBPACK_IMPORTED_MODULE_4__/* .historyStrip */ .tl)(marks).text;
}
function judgeFailureBudget(params, facts) {
    const rule = resolveBudget(params, facts.envFiles);
    if (!rule.ok)
        return { status: 'error', code: rule.code, message: rule.message, details: rule.details, demote: false };
    const window = budgetWindow(facts.history, params.job, rule.window);
    const failures = window.filter((run) => run.failed);
    const demoteAt = rule.maxFailures + 1;
    const details = {
        workflow: params.workflow,
        job: params.job,
        branch: facts.branch,
        event: params.event,
        window: rule.window,
        max_failures: rule.maxFailures,
        demote_at: demoteAt,
        window_source: rule.sources.window,
        budget_source: rule.sources.budget,
        failures: failures.length,
        runs_read: facts.history.length,
        history_strip: budgetStrip(facts.history, params.job, window),
        runs: window.map(({ entry, failed, conclusion }) => ({
            id: entry.run.id,
            run_number: entry.run.runNumber,
            attempt: entry.run.attempt,
            conclusion,
            failed,
        })),
    };
    // Nothing to judge is not a clean record: fail (without demoting), so a report_only gate warns
    // and a required one blocks until the job has run at all.
    if (!window.length) {
        return {
            status: 'fail',
            code: 'NO_RUNS',
            message: `No completed '${params.workflow}' run on ${facts.branch} (${(0,_job_match_js__WEBPACK_IMPORTED_MODULE_5__/* .eventsLabel */ .Gr)(params.event)}) in which '${params.job}' ran; looked at ${facts.history.length} runs.`,
            details,
            demote: false,
        };
    }
    const runs = window.length === 1 ? 'run' : 'runs';
    const partial = window.length < rule.window ? `; only ${window.length} of the ${rule.window} ran` : '';
    const tally = `${failures.length} ${failures.length === 1 ? 'failure' : 'failures'} in the latest ${window.length} '${params.job}' ${runs} on ${facts.branch}`;
    // The budget in the words the policy used: `demote at 2` for demote_at, `budget 1` for max_failures.
    const budget = params.demote_at !== undefined || params.demote_at_from !== undefined
        ? `demote at ${demoteAt}`
        : `budget ${rule.maxFailures}`;
    const links = failures
        .filter(({ entry }) => entry.run.htmlUrl)
        .map(({ entry, conclusion }) => ({
        title: `Run #${entry.run.runNumber}: ${conclusion}`,
        url: entry.run.htmlUrl,
    }));
    if (failures.length > rule.maxFailures) {
        return {
            status: 'fail',
            code: 'BUDGET_EXCEEDED',
            message: `${tally} (${budget}${partial}): demote`,
            details,
            links,
            demote: true,
        };
    }
    return {
        status: 'pass',
        code: 'WITHIN_BUDGET',
        message: `${tally} (${budget}${partial})`,
        details,
        links,
        demote: false,
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


/***/ })

};
