export const id = 9060;
export const ids = [9060];
export const modules = {

/***/ 86344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* reexport safe */ _runs_js__WEBPACK_IMPORTED_MODULE_3__.OR),
/* harmony export */   k: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34926);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95081);
// Whether one commit is reachable from another, through GitHub's compare API: comparing
// BRANCH...COMMIT says how COMMIT relates to the branch's head without cloning anything.



// The branch to compare with defaults to the repository's default branch, which facts/runs.ts
// reads (one request per evaluation, one memo key for every gate that needs it).

const STATUSES = ['ahead', 'behind', 'identical', 'diverged'];
function compareCommits(facts, repo, base, head) {
    return facts.memo(`compare:${repo.owner}/${repo.repo}:${base}...${head}`, async () => {
        const what = `the comparison of '${base}' with ${head.slice(0, 7)} in ${repo.owner}/${repo.repo} (does branch '${base}' exist?)`;
        let data;
        try {
            // One commit per page: only the counts and the status are needed, not the commit list.
            ({ data } = await facts.github.octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${base}...${head}`,
                per_page: 1,
            }));
        }
        catch (error) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, what);
        }
        // A `commit-comparison` in GitHub's schema.
        const comparison = _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/compare/${base}...${head}`);
        const status = comparison.value('status');
        if (!STATUSES.includes(status)) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub answered the comparison of '${base}' with ${head.slice(0, 7)} with an unknown status '${String(status)}'.`);
        }
        return {
            base,
            head,
            status,
            aheadBy: comparison.integer('ahead_by'),
            behindBy: comparison.integer('behind_by'),
            url: comparison.string('html_url'),
        };
    });
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

/***/ 49060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeRefOnBranch: () => (/* binding */ judgeRefOnBranch),
/* harmony export */   refOnBranchGate: () => (/* binding */ refOnBranchGate)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _facts_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86344);
/* harmony import */ var _facts_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66433);
// ref_on_branch: a release is cut from the branch it claims to come from. The commit must be
// in the branch's history (comparing BRANCH...COMMIT: `behind` or `identical`), and when a
// tag is evaluated, that tag must exist on the remote and point (peeled through an
// annotated tag object) at the commit under evaluation.
//
// Codes beyond the SPEC's minimum: TAG_POINTS_ELSEWHERE, when the tag exists but names
// another commit (it was moved, or `sha` was given for a different commit). It is a `fail`
// of its own rather than NOT_ON_BRANCH because the fix is different: re-tag, not merge.



const refOnBranchGate = {
    type: 'ref_on_branch',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            branch: {
                description: "The branch the commit must be reachable from. Default: the repository's default branch.",
                type: 'string',
                minLength: 1,
            },
        },
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { branch: params.branch ?? '', comparison: null, tag: null };
        const branch = params.branch
            ? params.branch.replace(/^refs\/heads\//, '')
            : await (0,_facts_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultBranchOf */ .d)(facts, ctx.repository);
        const [comparison, tag] = await Promise.all([
            (0,_facts_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCommits */ .k)(facts, ctx.repository, branch, ctx.sha),
            ctx.tag ? remoteTag(ctx, facts, ctx.tag) : Promise.resolve(null),
        ]);
        return { branch, comparison, tag };
    },
    judge: judgeRefOnBranch,
};
async function remoteTag(ctx, facts, name) {
    try {
        // The same memo key the engine used to resolve a full tag ref, so usually no request.
        const resolved = await (0,_facts_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRef */ .qE)(facts, ctx.repository, `refs/tags/${name}`);
        return { name, sha: resolved.sha };
    }
    catch (error) {
        if (error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue && error.code === 'REF_NOT_FOUND')
            return { name, sha: null };
        throw error;
    }
}
function judgeRefOnBranch(_params, facts, ctx) {
    if (!ctx.sha || !facts.comparison) {
        return {
            status: 'error',
            code: 'SHA_UNRESOLVED',
            message: 'The commit under evaluation is unknown, so its place on a branch cannot be checked.',
        };
    }
    const { branch, comparison, tag } = facts;
    const short = ctx.sha.slice(0, 7);
    const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
    const details = {
        sha: ctx.sha,
        branch,
        comparison: { status: comparison.status, ahead_by: comparison.aheadBy, behind_by: comparison.behindBy },
        tag: tag ? { name: tag.name, sha: tag.sha } : null,
    };
    const links = [
        {
            title: `${short} on ${branch}`,
            url: comparison.url ?? `${ctx.serverUrl}/${repo}/compare/${encodeURIComponent(branch)}...${ctx.sha}`,
        },
    ];
    if (tag && tag.sha === null) {
        return {
            status: 'fail',
            code: 'TAG_NOT_FOUND',
            message: `Tag '${tag.name}' does not exist in ${repo}: push it (git push origin ${tag.name}) before releasing.`,
            details,
            links,
        };
    }
    if (tag && tag.sha !== ctx.sha) {
        return {
            status: 'fail',
            code: 'TAG_POINTS_ELSEWHERE',
            message: `Tag '${tag.name}' points at ${tag.sha.slice(0, 7)}, not at the commit under evaluation ${short}: the tag was moved, or the wrong sha was given.`,
            details,
            links,
        };
    }
    if (comparison.status === 'identical' || comparison.status === 'behind') {
        const where = comparison.status === 'identical'
            ? `the head of ${branch}`
            : `on ${branch} (${plural(comparison.behindBy, 'commit')} behind its head)`;
        return {
            status: 'pass',
            code: 'ON_BRANCH',
            message: `${tag ? `Tag '${tag.name}' \u2192 ` : ''}${short} is ${where}.`,
            details,
            links,
        };
    }
    const extra = `${plural(comparison.aheadBy, 'commit')} that ${branch} does not have`;
    return {
        status: 'fail',
        code: 'NOT_ON_BRANCH',
        message: `${tag ? `Tag '${tag.name}' \u2192 ` : ''}${short} is not on ${branch}: it has ${extra} (${comparison.status}). Release from a commit merged into ${branch}.`,
        details,
        links,
    };
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ })

};
