export const id = 1897;
export const ids = [1897];
export const modules = {

/***/ 93667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ runsWithJobs),
/* harmony export */   eR: () => (/* binding */ jobsOfRuns),
/* harmony export */   ib: () => (/* binding */ lower)
/* harmony export */ });
/* unused harmony exports RUN_JOBS_QUERY, RUN_JOBS_WITH_STEPS_QUERY, JOBS_CHUNK, STEPS_CHUNK */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95081);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34926);
// The jobs of workflow runs. REST lists one run's jobs per request; GraphQL reads the jobs of 100
// runs at once through their check suites (a job is a check run of its run's suite), so history
// gates cost one request per 100 runs. REST remains the fallback where GraphQL is not available
// (GitHub Enterprise Server without it, a token GraphQL refuses) or a run does not fit one query.





/**
 * Jobs without steps. Steps are left out on purpose: with them, 100 suites \u00d7 100 jobs \u00d7 100 steps
 * would pass GitHub's 500,000-node limit and cost ~100 rate-limit points instead of ~1.
 */
const RUN_JOBS_QUERY = `query RunJobs($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      databaseId
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: LATEST }) {
        pageInfo { hasNextPage }
        nodes { databaseId name status conclusion }
      }
    }
  }
}`;
/** Jobs with their steps, for a few runs at a time (see STEPS_CHUNK). */
const RUN_JOBS_WITH_STEPS_QUERY = `query RunJobsWithSteps($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on CheckSuite {
      databaseId
      workflowRun { databaseId }
      checkRuns(first: 100, filterBy: { checkType: LATEST }) {
        pageInfo { hasNextPage }
        nodes {
          databaseId
          name
          status
          conclusion
          steps(first: 100) {
            pageInfo { hasNextPage }
            nodes { name number status conclusion }
          }
        }
      }
    }
  }
}`;
/** Suites per GraphQL request: `nodes(ids:)` takes at most 100. */
const JOBS_CHUNK = 100;
/** With steps: 25 \u00d7 (100 jobs \u00d7 100 steps) stays well under GitHub's 500,000-node limit. */
const STEPS_CHUNK = 25;
/** Parallel REST requests when falling back to one request per run. */
const REST_PARALLELISM = 4;
/** Per evaluation: the store's lifetime is the evaluation's. */
const states = new WeakMap();
/**
 * The jobs of each run's latest attempt, by run id. Runs not read before are read together:
 * one GraphQL request per 100 runs (25 with steps). Concurrent callers asking for the same runs
 * share the same read.
 */
async function jobsOfRuns(facts, repo, runs, options = {}) {
    const state = states.get(facts) ?? { cache: new Map(), graphqlRefused: false };
    states.set(facts, state);
    const { cache } = state;
    const withSteps = options.steps === true;
    const keyOf = (run, steps) => `${repo.owner}/${repo.repo}:${run.id}:${run.attempt}:${steps ? 'steps' : 'jobs'}`;
    const cached = (run) => cache.get(keyOf(run, withSteps)) ?? (withSteps ? undefined : cache.get(keyOf(run, true)));
    const unique = [...new Map(runs.map((run) => [run.id, run])).values()];
    const missing = unique.filter((run) => !cached(run));
    if (missing.length) {
        // Registered before any await, so a concurrent caller finds these reads in flight.
        const key = `jobs:${repo.owner}/${repo.repo}:${withSteps ? 'steps' : 'jobs'}:${missing.map((r) => `${r.id}.${r.attempt}`).join(',')}`;
        const batch = facts.memo(key, () => readJobs(facts.github, repo, missing, withSteps, state));
        for (const run of missing) {
            cache.set(keyOf(run, withSteps), batch.then((byRun) => byRun.get(run.id)));
        }
        // REST lists steps whether asked or not: a run read through REST needs no second read for them.
        void batch.then((byRun) => {
            for (const run of missing) {
                const entry = byRun.get(run.id);
                if (entry?.source === 'rest' && !cache.has(keyOf(run, true)))
                    cache.set(keyOf(run, true), Promise.resolve(entry));
            }
        }, () => { });
    }
    const entries = await Promise.all(unique.map(async (run) => [run.id, await cached(run)]));
    return new Map(entries);
}
async function readJobs(github, repo, runs, withSteps, state) {
    const result = new Map();
    const viaRest = runs.filter((run) => !run.checkSuiteNodeId);
    const viaGraphql = runs.filter((run) => run.checkSuiteNodeId);
    const chunkSize = withSteps ? STEPS_CHUNK : JOBS_CHUNK;
    for (let start = 0; start < viaGraphql.length; start += chunkSize) {
        const chunk = viaGraphql.slice(start, start + chunkSize);
        if (state.graphqlRefused) {
            viaRest.push(...chunk);
            continue;
        }
        const answer = await queryChunk(github, repo, chunk, withSteps);
        // A server that refuses the query outright will refuse the next one too.
        if (answer.refused)
            state.graphqlRefused = true;
        for (const run of chunk) {
            const jobs = answer.found.get(run.id);
            if (jobs)
                result.set(run.id, jobs);
            else
                viaRest.push(run);
        }
    }
    await forEachLimited(viaRest, REST_PARALLELISM, async (run) => {
        result.set(run.id, await readJobsRest(github, repo, run));
    });
    return result;
}
async function queryChunk(github, repo, runs, withSteps) {
    const ids = runs.map((run) => run.checkSuiteNodeId);
    const request = `POST /graphql (${withSteps ? 'RunJobsWithSteps' : 'RunJobs'})`;
    let nodes;
    let refused = false;
    let data;
    try {
        data = await github.octokit.graphql(withSteps ? RUN_JOBS_WITH_STEPS_QUERY : RUN_JOBS_QUERY, {
            ids,
        });
    }
    catch (error) {
        if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isRateLimitError */ .kt)(error))
            throw (0,_github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .graphqlGateError */ .B)(error, repo, `jobs of ${runs.length} runs in ${repo.owner}/${repo.repo}`);
        // GraphqlResponseError carries what did resolve (a suite the token may not see is null).
        const partial = error.data?.nodes;
        if (Array.isArray(partial))
            nodes = partial;
        // Nothing resolved at all (no data, or every suite refused): the next chunk would fare no better.
        refused = !nodes || nodes.every((node) => node === null);
    }
    // Checked outside the try: a damaged answer is refused, not taken for GraphQL being unavailable.
    if (!refused && !nodes)
        nodes = _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .Fields */ .C8.of(data, request, 'data').list('nodes');
    const found = new Map();
    // `nodes(ids:)` answers in the order of the ids, one entry (or null) each.
    runs.forEach((run, index) => {
        const jobs = nodes ? jobsFromSuite(nodes[index] ?? null, run, withSteps, request, index) : null;
        if (jobs)
            found.set(run.id, { runId: run.id, jobs, source: 'graphql' });
    });
    return { found, refused };
}
/**
 * The jobs of one suite, or null when the suite must be read through REST instead: GitHub gave
 * no suite (one the token may not see), no check runs, more than one page of them, or a job
 * without its steps. A suite that is there but malformed is refused.
 */
function jobsFromSuite(node, run, withSteps, request, index) {
    // `{}`: the id named something other than a check suite, so the fragment selected nothing.
    const empty = typeof node === 'object' && node !== null && !Array.isArray(node) && !Object.keys(node).length;
    if (node === null || empty)
        return null;
    const suite = _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .Fields */ .C8.of(node, request, `data.nodes[${index}]`);
    const owner = suite.objectOrNull('workflowRun')?.integerOrNull('databaseId') ?? null;
    // A suite of another run would be a wrong answer, not a partial one.
    if (owner !== null && owner !== run.id)
        return null;
    const checkRuns = suite.objectOrNull('checkRuns');
    if (!checkRuns)
        return null;
    if (checkRuns.object('pageInfo').boolean('hasNextPage'))
        return null;
    const nodes = checkRuns.listOrNull('nodes');
    if (!nodes)
        return null;
    const jobs = [];
    for (const [i, entry] of nodes.entries()) {
        if (entry === null)
            return null;
        const checkRun = _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .Fields */ .C8.of(entry, request, `${checkRuns.path}.nodes[${i}]`);
        const id = checkRun.integerOrNull('databaseId');
        const job = {
            id,
            name: checkRun.string('name'),
            status: lower(checkRun.string('status')),
            conclusion: lower(checkRun.stringOrNull('conclusion')),
            htmlUrl: id && run.htmlUrl ? `${run.htmlUrl}/job/${id}` : run.htmlUrl,
        };
        if (withSteps) {
            const steps = checkRun.objectOrNull('steps');
            if (!steps || steps.object('pageInfo').boolean('hasNextPage'))
                return null;
            const stepNodes = steps.listOrNull('nodes');
            if (!stepNodes || stepNodes.some((step) => step === null))
                return null;
            job.steps = stepNodes.map((entry, s) => {
                const step = _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .Fields */ .C8.of(entry, request, `${steps.path}.nodes[${s}]`);
                return {
                    name: step.string('name'),
                    number: step.integer('number'),
                    status: lower(step.string('status')),
                    conclusion: lower(step.stringOrNull('conclusion')),
                };
            });
        }
        jobs.push(job);
    }
    return jobs;
}
/** GraphQL's enums (SUCCESS, TIMED_OUT, IN_PROGRESS) as REST spells them (success, timed_out, in_progress). */
function lower(value) {
    return typeof value === 'string' ? value.toLowerCase() : null;
}
/** One run's jobs through REST, steps included (the API always sends them). */
async function readJobsRest(github, repo, run) {
    let raw;
    try {
        raw = await github.octokit.paginate(github.octokit.rest.actions.listJobsForWorkflowRun, {
            ...repo,
            run_id: run.id,
            filter: 'latest',
            per_page: 100,
        });
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `jobs of run ${run.id} in ${repo.owner}/${repo.repo}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${run.id}/jobs`;
    const jobs = _shape_js__WEBPACK_IMPORTED_MODULE_4__/* .Fields */ .C8.each(raw, request, 'jobs').map((job) => ({
        id: job.integer('id'),
        name: job.string('name'),
        status: job.string('status'),
        conclusion: job.stringOrNull('conclusion'),
        htmlUrl: job.stringOrNull('html_url') ?? run.htmlUrl,
        steps: (job.value('steps') === undefined ? [] : job.objects('steps')).map((step) => ({
            name: step.string('name'),
            number: step.integer('number'),
            status: step.string('status'),
            conclusion: step.stringOrNull('conclusion'),
        })),
    }));
    return { runId: run.id, jobs, source: 'rest' };
}
async function forEachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/**
 * A workflow's runs newest first with their jobs, read page by page (100 runs, then their jobs in
 * one GraphQL request) until `enough` is satisfied. Two gates reading the same history share
 * both the pages and the jobs.
 */
async function runsWithJobs(facts, repo, query, options) {
    // The runs read so far only grow, a page at a time: each page's runs get their jobs once,
    // not every run read so far after every page (quadratic in the pages of a long history).
    const history = [];
    const attach = async (runs) => {
        const added = runs.slice(history.length);
        const byRun = await jobsOfRuns(facts, repo, added);
        history.push(...added.map((run) => ({ run, jobs: jobsOf(byRun, run) })));
        return history;
    };
    const { runs, complete } = await (0,_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowRuns */ .A_)(facts, repo, query, {
        maxRuns: options.maxRuns,
        enough: async (runs) => options.enough(await attach(runs)),
    });
    return { history: await attach(runs), complete };
}
function jobsOf(byRun, run) {
    const entry = byRun.get(run.id);
    if (!entry)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('JOBS_UNAVAILABLE', `The jobs of run ${run.id} could not be read.`);
    return entry.jobs;
}


/***/ }),

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


/***/ })

};
