export const id = 4450;
export const ids = [4450];
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

/***/ 74450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgePolicyDrift: () => (/* binding */ judgePolicyDrift),
  parseLock: () => (/* binding */ parseLock),
  policyDriftGate: () => (/* binding */ policyDriftGate)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/facts/compare.ts
var compare = __webpack_require__(86344);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __webpack_require__(42425);
;// CONCATENATED MODULE: ./src/policy/diff.ts
// Differences between two normalized policies, in words a reviewer can act on:
//   GA.deps_approval: required \u2192 report_only
//   gates.windows_reliability.with.count: 10 \u2192 3
//   gates.x: added
//   GA.y: removed (was required)
// A stage's entries are named after the stage alone (`GA.match`, `GA.deps_approval` for the
// mode of a gate in GA), as people say it.
// Both sides are compared as canonical JSON values, so key order never counts as a change.

/** Top-level keys in the order a policy is written; any other key follows, sorted. */
const TOP_LEVEL_ORDER = ['version', 'extends', 'stages', 'gates', 'overrides'];
const VALUE_WIDTH = 120;
/** Every difference from `baseline` to `current`, in a stable order. */
function diffPolicies(baseline, current) {
    const changes = [];
    walk([], diff_normalize(baseline), diff_normalize(current), changes);
    return changes;
}
function diff_normalize(value) {
    return value === undefined ? undefined : JSON.parse((0,normalize/* canonicalJson */.dj)(value));
}
function walk(path, before, after, out) {
    if (sameValue(before, after))
        return;
    const where = formatPath(displayPath(path));
    if (before === undefined) {
        out.push({
            path: where,
            kind: 'added',
            after,
            text: `${where}: added${isComposite(after) ? '' : ` (${formatValue(after)})`}`,
        });
        return;
    }
    if (after === undefined) {
        out.push({
            path: where,
            kind: 'removed',
            before,
            text: `${where}: removed${isComposite(before) ? '' : ` (was ${formatValue(before)})`}`,
        });
        return;
    }
    if (isPlainObject(before) && isPlainObject(after)) {
        for (const key of orderedKeys(path, before, after))
            walk([...path, key], before[key], after[key], out);
        return;
    }
    if (Array.isArray(before) &&
        Array.isArray(after) &&
        (before.some(isComposite) || after.some(isComposite))) {
        // Lists of objects (freeze windows, version files) are compared item by item.
        for (let i = 0; i < Math.max(before.length, after.length); i++)
            walk([...path, i], before[i], after[i], out);
        return;
    }
    out.push({
        path: where,
        kind: 'changed',
        before,
        after,
        text: `${where}: ${formatValue(before)} \u2192 ${formatValue(after)}`,
    });
}
function orderedKeys(path, a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    if (path.length > 0)
        return keys;
    const rank = (key) => {
        const index = TOP_LEVEL_ORDER.indexOf(key);
        return index < 0 ? TOP_LEVEL_ORDER.length : index;
    };
    return keys.sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}
function sameValue(a, b) {
    return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** `stages.GA.gates.x` \u2192 `GA.x`; `stages.GA.match` \u2192 `GA.match`; anything else unchanged. */
function displayPath(path) {
    if (path[0] !== 'stages' || path.length < 2)
        return [...path];
    if (path[2] === 'gates' && path.length >= 4)
        return [path[1], ...path.slice(3)];
    return path.slice(1);
}
/** `stages.GA.gates.x`, `gates["a.b"].with.files[0].path`. */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (PLAIN_KEY.test(segment))
            text += text ? `.${segment}` : segment;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text || '(policy)';
}
/** A value in a few words: `required`, `10`, `[test, lint]`, `{days: [SAT, SUN], start: "00:00"}`. */
function formatValue(value) {
    const text = render(value);
    return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}\u2026` : text;
}
function render(value) {
    if (value === undefined)
        return '(absent)';
    if (typeof value === 'string')
        return plainString(value) ? value : JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(render).join(', ')}]`;
    if (isPlainObject(value))
        return `{${Object.entries(value)
            .map(([k, v]) => `${PLAIN_KEY.test(k) ? k : JSON.stringify(k)}: ${render(v)}`)
            .join(', ')}}`;
    return String(value);
}
/** A string shown bare only where it cannot be mistaken for a number, a boolean or punctuation. */
function plainString(text) {
    return /^[^\s,[\]{}"'\u2192#:]+$/.test(text) && !/^(true|false|null|~|[-+]?(\d|\.\d)[\d._eE+-]*)$/i.test(text);
}
function isComposite(value) {
    return typeof value === 'object' && value !== null;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/policy/types.ts
var policy_types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/gates/policy-drift.ts
// policy_drift: the policy being evaluated must be the one the baseline ref holds. Whoever can
// push a tag can commit a weaker policy with it; this gate compares the effective policy
// (extends merged, defaults filled, normalized) with the same file at `baseline_ref` (the
// default branch unless given), read through the API with its own extends chain, and lists
// every change in words. With `lock`, a workspace file pinning the sha256 of the normalized
// policy (the report's `policy.sha256`) must match too.
//
// Fail closed: a baseline that does not exist is BASELINE_MISSING (fail), one that does not
// load is BASELINE_INVALID (error), a lock that is missing or unreadable is an error.






const LOCK_MAX_BYTES = 64 * 1024;
/** Changes listed in the one-line message; details hold them all. */
const MESSAGE_LIMIT = 10;
const policyDriftGate = {
    type: 'policy_drift',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            baseline_ref: {
                description: 'Branch, tag or commit whose copy of the policy file (same path, with its extends chain) the evaluated policy must equal. Default: the default branch.',
                type: 'string',
                minLength: 1,
            },
            lock: {
                description: "Workspace file holding the sha256 of the normalized policy (as in the report's policy.sha256); it must match.",
                type: 'string',
                minLength: 1,
            },
        },
    },
    async collect(params, ctx, facts) {
        const policy = ctx.policy;
        if (!policy) {
            throw new types/* GateError */.ue('POLICY_UNAVAILABLE', 'The evaluated policy was not passed to this gate, so drift cannot be checked.');
        }
        // Asked before the memo below: a memoized load must not wait on another memoized load.
        const baselineRef = params.baseline_ref ?? (await (0,compare/* defaultBranchOf */.d)(facts, ctx.repository));
        const [baseline, lock] = await Promise.all([
            facts.memo(`policy-at-ref:${policy.path}@${baselineRef}`, async () => {
                try {
                    return await policy.loadAtRef(baselineRef);
                }
                catch (error) {
                    if (!(error instanceof policy_types/* PolicyError */.p))
                        throw error;
                    throw new types/* GateError */.ue('BASELINE_INVALID', `The baseline policy '${policy.path}' at ${baselineRef} does not load, so drift cannot be judged: ${error.message.split('\n').slice(0, 5).join('; ')}`, { baseline_ref: baselineRef, issues: error.issues });
                }
            }),
            params.lock === undefined
                ? Promise.resolve(null)
                : (0,workspace/* readWorkspaceFile */.s)(facts, params.lock, LOCK_MAX_BYTES).then((file) => {
                    if (file.kind === 'too_large')
                        throw new types/* GateError */.ue('LOCK_INVALID', `Lock file '${params.lock}' is ${file.size} bytes; it should hold one sha256.`);
                    return { path: params.lock, text: file.kind === 'ok' ? file.text : null };
                }),
        ]);
        return {
            evaluated: {
                policy: policy.effective,
                sha256: policy.sha256,
                source: policy.source,
                path: policy.path,
                files: policy.files,
            },
            baselineRef,
            baseline: baseline && { policy: baseline.policy, sha256: baseline.sha256, files: baseline.files },
            lock,
        };
    },
    judge: judgePolicyDrift,
};
/** The sha256 a lock file pins: the first word of its first line that is not a comment. */
function parseLock(text) {
    const line = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l && !l.startsWith('#'));
    const word = line
        ?.split(/\s+/)[0]
        ?.replace(/^sha256:/i, '')
        .toLowerCase();
    return word && /^[0-9a-f]{64}$/.test(word) ? word : null;
}
function judgePolicyDrift(params, facts) {
    const { evaluated, baselineRef, baseline, lock } = facts;
    const details = {
        path: evaluated.path,
        baseline_ref: baselineRef,
        evaluated: { source: evaluated.source, sha256: evaluated.sha256, files: evaluated.files },
    };
    if (!baseline) {
        return {
            status: 'fail',
            code: 'BASELINE_MISSING',
            message: `Policy file '${evaluated.path}' does not exist at ${baselineRef}, so there is no baseline to compare with: commit it there, or fix baseline_ref.`,
            details,
        };
    }
    details.baseline = { sha256: baseline.sha256, files: baseline.files };
    const changes = diffPolicies(baseline.policy, evaluated.policy);
    // The canonical text decides; the list of changes explains.
    const drifted = (0,normalize/* canonicalJson */.dj)(baseline.policy) !== (0,normalize/* canonicalJson */.dj)(evaluated.policy);
    details.changes = changes.map(describeChange);
    let lockProblem = null;
    let lockMismatch = null;
    if (lock) {
        const pinned = lock.text === null ? null : parseLock(lock.text);
        details.lock = { path: lock.path, pinned, actual: evaluated.sha256 };
        if (lock.text === null) {
            lockProblem = {
                status: 'error',
                code: 'LOCK_MISSING',
                message: `Lock file '${lock.path}' does not exist in the workspace; it must hold the policy's sha256 (${evaluated.sha256}).`,
                details,
            };
        }
        else if (pinned === null) {
            lockProblem = {
                status: 'error',
                code: 'LOCK_INVALID',
                message: `Lock file '${lock.path}' holds no sha256 (64 hex digits on its first line that is not a # comment).`,
                details,
            };
        }
        else if (pinned !== evaluated.sha256) {
            lockMismatch = `lock file '${lock.path}' pins sha256 ${pinned}, but the effective policy's is ${evaluated.sha256}`;
        }
    }
    if (drifted || lockMismatch) {
        const parts = [];
        if (drifted) {
            const listed = changes.slice(0, MESSAGE_LIMIT).map((c) => c.text);
            if (changes.length > MESSAGE_LIMIT)
                listed.push(`\u2026 and ${changes.length - MESSAGE_LIMIT} more`);
            if (listed.length === 0)
                listed.push(`sha256 ${baseline.sha256} \u2192 ${evaluated.sha256}`);
            const n = changes.length || 1;
            parts.push(`Policy '${evaluated.path}' (${evaluated.source}) differs from ${baselineRef} (${n} change${n === 1 ? '' : 's'}): ${listed.join('; ')}`);
        }
        if (lockMismatch)
            parts.push(drifted ? lockMismatch : capitalize(lockMismatch));
        if (lockProblem)
            parts.push(lockProblem.message.replace(/\.$/, ''));
        return { status: 'fail', code: 'POLICY_DRIFT', message: `${parts.join('; ')}.`, details };
    }
    if (lockProblem)
        return lockProblem;
    return {
        status: 'pass',
        code: 'NO_DRIFT',
        message: `Policy '${evaluated.path}' (${evaluated.source}) equals its copy at ${baselineRef} (sha256 ${evaluated.sha256.slice(0, 12)})${lock ? `, and matches lock file '${lock.path}'` : ''}.`,
        details,
    };
}
function describeChange(change) {
    return {
        path: change.path,
        kind: change.kind,
        ...(change.kind !== 'added' ? { before: change.before } : {}),
        ...(change.kind !== 'removed' ? { after: change.after } : {}),
        text: change.text,
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ })

};
