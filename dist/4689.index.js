export const id = 4689;
export const ids = [4689];
export const modules = {

/***/ 95081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ workflowRuns),
/* harmony export */   OR: () => (/* binding */ defaultBranch)
/* harmony export */ });
/* unused harmony exports RUNS_PAGE_SIZE, eventList, eventFilter, workflowFileName */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34926);


/**
 * One page size for every walk: GitHub answers 100 runs in one request as readily as 10, and a
 * shared page size is what lets two gates share pages.
 */
const RUNS_PAGE_SIZE = 100;
/** Reads runs newest first until `enough` says so, the history ends, or `maxRuns` is reached. */
async function workflowRuns(facts, repo, query, options) {
    const { serverEvent, keeps } = eventFilter(query.event);
    const runs = [];
    let read = 0;
    for (let page = 1;; page++) {
        const { items, last } = await runsPage(facts, repo, { ...query, event: serverEvent }, page);
        const room = options.maxRuns - read;
        read += items.length;
        runs.push(...items.slice(0, room).filter(keeps));
        if (read >= options.maxRuns)
            return { runs, complete: last && read === options.maxRuns };
        if (last)
            return { runs, complete: true };
        if (options.enough && (await options.enough(runs)))
            return { runs, complete: false };
    }
}
/** The events a query names, as a list: none (any event), one, or several. */
function eventList(event) {
    if (event === undefined)
        return [];
    return [...new Set(typeof event === 'string' ? [event] : event)];
}
/**
 * How a query's events are asked for. The runs API filters by one event only. For several, the
 * history is listed without the event filter and the other events' runs dropped here, rather than
 * one listing per event merged by creation time: one request then covers 100 runs of every event,
 * where per-event listings cost at least one request per event before the first run can be judged,
 * and a merge must read each listing ahead to know which run is newest. On a branch the runs of
 * other events are few (pull request runs carry their own head branch), so little is read in vain.
 */
function eventFilter(event) {
    const events = eventList(event);
    if (events.length <= 1)
        return { serverEvent: events[0], keeps: () => true };
    const wanted = new Set(events);
    return { serverEvent: undefined, keeps: (run) => wanted.has(run.event) };
}
/** The file name GitHub's `{workflow_id}` accepts, from `ci.yml` or `.github/workflows/ci.yml`. */
function workflowFileName(workflow) {
    return workflow.slice(workflow.lastIndexOf('/') + 1);
}
/** Members of a listed run that no gate reads, at any depth of the page: 11 of a run's 12.8 kB. */
const RUN_MEMBERS_NOT_READ = [
    'repository',
    'head_repository',
    'head_commit',
    'actor',
    'triggering_actor',
    'referenced_workflows',
];
function runsPage(facts, repo, query, page) {
    const file = workflowFileName(query.workflow);
    const filters = { branch: query.branch, event: query.event, status: query.status, head_sha: query.headSha };
    const key = `runs:${repo.owner}/${repo.repo}:${file}:${JSON.stringify(filters)}:page=${page}`;
    return facts.memo(key, async () => {
        let data;
        try {
            ({ data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
                ...repo,
                workflow_id: file,
                ...(query.branch ? { branch: query.branch } : {}),
                ...(query.event ? { event: query.event } : {}),
                ...(query.status ? { status: query.status } : {}),
                ...(query.headSha ? { head_sha: query.headSha } : {}),
                // The pull requests of each run are not needed and make every page heavier.
                exclude_pull_requests: true,
                per_page: RUNS_PAGE_SIZE,
                page,
                // Nor are the objects that make up most of a run (toRunFact reads none of them): left
                // out as the page is parsed, they are never built (answersParsedOnce).
                request: { omitKeys: RUN_MEMBERS_NOT_READ },
            }));
        }
        catch (error) {
            throw runsError(error, file, repo);
        }
        const answer = _shape_js__WEBPACK_IMPORTED_MODULE_1__/* .Fields */ .C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${file}/runs`);
        const items = answer.objects('workflow_runs').map(toRunFact);
        const last = items.length < RUNS_PAGE_SIZE || page * RUNS_PAGE_SIZE >= answer.integer('total_count');
        return { items, last };
    });
}
function runsError(error, file, repo) {
    const repository = `${repo.owner}/${repo.repo}`;
    return (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGateError */ .Vl)(error, `runs of workflow '${file}' in ${repository}`, {
        code: 'WORKFLOW_NOT_FOUND',
        message: `Workflow not found: no workflow '${file}' in ${repository}. Use the file name under .github/workflows/ (e.g. ci.yml), and grant \`actions: read\` if the token cannot see Actions.`,
        details: { workflow: file, repository, permission: 'actions: read' },
    });
}
/** A run of the listing, every field the gates read checked (a `workflow-run` in GitHub's schema). */
function toRunFact(run) {
    return {
        id: run.integer('id'),
        runNumber: run.integer('run_number'),
        attempt: run.optionalInteger('run_attempt') ?? 1,
        event: run.string('event'),
        status: run.stringOrNull('status') ?? 'unknown',
        conclusion: run.stringOrNull('conclusion'),
        headBranch: run.stringOrNull('head_branch'),
        headSha: run.string('head_sha'),
        htmlUrl: run.string('html_url'),
        createdAt: run.string('created_at'),
        checkSuiteNodeId: run.optionalString('check_suite_node_id'),
    };
}
/** The repository's default branch, asked once per evaluation and only when a gate needs it. */
function defaultBranch(facts, repo) {
    return facts.memo(`default-branch:${repo.owner}/${repo.repo}`, async () => {
        let data;
        try {
            ({ data } = await facts.github.octokit.rest.repos.get({ ...repo }));
        }
        catch (error) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGateError */ .Vl)(error, `repository ${repo.owner}/${repo.repo}`);
        }
        return _shape_js__WEBPACK_IMPORTED_MODULE_1__/* .Fields */ .C8.of(data, `GET /repos/${repo.owner}/${repo.repo}`).string('default_branch');
    });
}


/***/ }),

/***/ 51139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ jobFailed),
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Gr: () => (/* binding */ eventsLabel),
/* harmony export */   IX: () => (/* binding */ JOB_NAME_SCHEMA),
/* harmony export */   Yr: () => (/* binding */ jobOutcome),
/* harmony export */   dx: () => (/* binding */ WORKFLOW_FILE_SCHEMA),
/* harmony export */   ir: () => (/* binding */ conclusionsOf),
/* harmony export */   jp: () => (/* binding */ HISTORY_FILTER_SCHEMAS),
/* harmony export */   qy: () => (/* binding */ noCommitVerdict),
/* harmony export */   sq: () => (/* binding */ jobMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which jobs of a run a policy's `job:` means, and what that run says about them. Shared by the
// history gates (run_streak, failure_budget) and jobs_succeeded, so one name means the same
// jobs everywhere.

// Job names are not paths: a `/` (a reusable workflow's `caller / callee`) must not stop `*`,
// and a name like `.` or `..` is no directory for `*` to skip. Matching runs on names with `/`
// and `.` swapped for private-use characters picomatch treats as text (in the pattern too).
const SLASH_STAND_IN = '\uE000';
const DOT_STAND_IN = '\uE001';
const asText = (text) => text.replaceAll('/', SLASH_STAND_IN).replaceAll('.', DOT_STAND_IN);
/**
 * Matchers by pattern. A policy names a handful of patterns, and the history gates match each
 * against every run they read: compiling the glob once per run built a regular expression per
 * run, a thousand of them for a long history.
 */
const matchers = new Map();
/**
 * A job name or a glob (picomatch). A plain name also matches its matrix jobs, which GitHub
 * names `name (value, ...)`: `windows smoke` covers `windows smoke (x86_64)`.
 */
function jobMatcher(pattern) {
    let matcher = matchers.get(pattern);
    if (!matcher) {
        matcher = compileMatcher(pattern);
        matchers.set(pattern, matcher);
    }
    return matcher;
}
function compileMatcher(pattern) {
    const glob = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(asText(pattern), { dot: true });
    return (name) => name === pattern ||
        (name.startsWith(`${pattern} (`) && name.endsWith(')')) ||
        // picomatch's `*` never matches a name that starts with a line break: a failing job named
        // "\nbuild" would slip past `*`. Line breaks are matched as the spaces a summary shows.
        glob(asText(name).replace(/[\r\n\u2028\u2029]/g, ' '));
}
const PASSED_OVER = new Set(['skipped', 'cancelled']);
/** A finished job that concluded anything but success, skipped or cancelled (neutral and timed_out included). */
function jobFailed(job) {
    return (job.status === 'completed' &&
        job.conclusion !== null &&
        job.conclusion !== 'success' &&
        !PASSED_OVER.has(job.conclusion));
}
function jobOutcome(jobs, pattern) {
    const matches = jobMatcher(pattern);
    const matched = jobs.filter((job) => matches(job.name));
    if (!matched.length)
        return { kind: 'not_run', jobs: [], reason: 'absent' };
    const failed = matched.filter(jobFailed);
    if (failed.length)
        return { kind: 'failure', jobs: matched, failed };
    // A cancelled (or unfinished) leg beside green ones: not every matched job succeeded, yet none failed.
    if (matched.some((job) => job.status !== 'completed' || job.conclusion === 'cancelled' || job.conclusion === null)) {
        return { kind: 'not_run', jobs: matched, reason: 'cancelled' };
    }
    if (matched.some((job) => job.conclusion === 'success'))
        return { kind: 'success', jobs: matched };
    return { kind: 'not_run', jobs: matched, reason: 'skipped' };
}
/** The matched jobs' conclusions, for details: `success`, or `failure, success` for a matrix. */
function conclusionsOf(jobs) {
    return [...new Set(jobs.map((job) => job.conclusion ?? job.status))].join(', ');
}
/** `workflow:` in every gate that reads runs: the file name, which is what the runs API takes. */
const WORKFLOW_FILE_SCHEMA = {
    description: "The workflow's file name under .github/workflows/ (e.g. ci.yml), not its display name.",
    type: 'string',
    pattern: '\\.ya?ml$',
};
/** `branch:` and `event:` in the history gates: which runs make up the history. */
const HISTORY_FILTER_SCHEMAS = {
    branch: {
        description: 'Branch whose runs count; the default branch when absent.',
        type: 'string',
        minLength: 1,
    },
    event: {
        description: 'Only runs triggered by this event count; a list takes several ([push, schedule]: a nightly run on the branch is one of its runs too).',
        oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
        ],
        default: 'push',
    },
};
/** `push` or `push, schedule`, as messages name the events of a history. */
function eventsLabel(event) {
    return typeof event === 'string' ? event : event.join(', ');
}
/** `job:` in the history gates. */
const JOB_NAME_SCHEMA = {
    description: "A job's name as GitHub shows it, or a glob (picomatch); a plain name also matches its matrix jobs, 'name (\u2026)'.",
    type: 'string',
    minLength: 1,
};
/**
 * The commit gates judge runs *for a commit*; without one (the ref did not resolve) they cannot
 * look, and must not pass.
 */
function noCommitVerdict(workflow) {
    return {
        status: 'error',
        code: 'NO_COMMIT',
        message: `The commit under evaluation is unknown, so '${workflow}' runs for it cannot be found: set the sha input, or a ref that resolves to a commit.`,
        details: { workflow },
    };
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** `'ci.yml' run #42 (attempt 2) for abc1234`, as messages name a run. */
function runLabel(workflow, run, commit) {
    return `'${workflow}' run #${run.runNumber}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ''} for ${commit}`;
}


/***/ }),

/***/ 64689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeWorkflowGreen: () => (/* binding */ judgeWorkflowGreen),
/* harmony export */   workflowGreenGate: () => (/* binding */ workflowGreenGate)
/* harmony export */ });
/* harmony import */ var _facts_runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95081);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51139);


/** A commit with more runs of one workflow than this is not a case worth another request. */
const RUNS_PER_COMMIT_LIMIT = 300;
const workflowGreenGate = {
    type: 'workflow_green',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow'],
        properties: {
            workflow: _job_match_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_FILE_SCHEMA */ .dx,
            require: {
                description: 'latest: the newest run for the commit must have succeeded; any: at least one completed run succeeded.',
                enum: ['latest', 'any'],
                default: 'latest',
            },
        },
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { runs: [] };
        // The same query as jobs_succeeded's, so the two gates share one read.
        const { runs } = await (0,_facts_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowRuns */ .A_)(facts, ctx.repository, { workflow: params.workflow, headSha: ctx.sha }, { maxRuns: RUNS_PER_COMMIT_LIMIT, enough: (seen) => params.require === 'latest' || seen.some(isGreen) });
        return { runs };
    },
    judge: judgeWorkflowGreen,
};
function isGreen(run) {
    return run.status === 'completed' && run.conclusion === 'success';
}
function judgeWorkflowGreen(params, facts, ctx) {
    if (!ctx.sha)
        return (0,_job_match_js__WEBPACK_IMPORTED_MODULE_1__/* .noCommitVerdict */ .qy)(params.workflow);
    const commit = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha);
    const details = {
        workflow: params.workflow,
        require: params.require,
        sha: ctx.sha,
        runs: facts.runs.slice(0, 20).map((run) => ({
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            event: run.event,
            status: run.status,
            conclusion: run.conclusion,
        })),
    };
    const latest = facts.runs[0];
    if (!latest) {
        return {
            status: 'fail',
            code: 'NO_CI_RUN',
            message: `No '${params.workflow}' run for commit ${commit}: push it, or check the workflow's triggers.`,
            details,
        };
    }
    const link = (run, title) => run.htmlUrl ? [{ title, url: run.htmlUrl }] : [];
    const decide = (run) => {
        const label = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_1__/* .runLabel */ .Az)(params.workflow, run, commit);
        details.run = {
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            status: run.status,
            conclusion: run.conclusion,
            url: run.htmlUrl,
        };
        if (run.status !== 'completed') {
            return {
                status: 'fail',
                code: 'CI_PENDING',
                message: `${label} is still ${run.status.replace('_', ' ')}; evaluate again when it finishes.`,
                details,
                links: link(run, `Run #${run.runNumber}`),
            };
        }
        if (run.conclusion !== 'success') {
            return {
                status: 'fail',
                code: 'CI_FAILED',
                message: `${label} concluded ${run.conclusion ?? 'without a conclusion'}.`,
                details,
                links: link(run, `Run #${run.runNumber} (${run.conclusion})`),
            };
        }
        return {
            status: 'pass',
            code: 'CI_GREEN',
            message: `${label} succeeded.`,
            details,
            links: link(run, `Run #${run.runNumber}`),
        };
    };
    if (params.require === 'latest')
        return decide(latest);
    // `any`: a green run wins; else a run still going may yet turn green; else the newest failure.
    return decide(facts.runs.find(isGreen) ?? facts.runs.find((run) => run.status !== 'completed') ?? latest);
}


/***/ })

};
