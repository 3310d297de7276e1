export const id = 903;
export const ids = [903];
export const modules = {

/***/ 64695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ openIssues),
/* harmony export */   QT: () => (/* binding */ scanOpenIssues),
/* harmony export */   aL: () => (/* binding */ milestones),
/* harmony export */   sR: () => (/* binding */ findMilestone)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34926);
// Issues for the open_issues gate (and the milestones their filter names). The issues API lists
// pull requests too; they are told apart here by their `pull_request` key, and never counted.



const PAGE_SIZE = 100;
/** 5,000 open issues under one filter is far past anything a release gate should page through. */
const MAX_ISSUE_PAGES = 50;
/** Open issues matching labels and milestone, every page; memoized per filter. */
function openIssues(facts, repo, query) {
    const labels = [...(query.labels ?? [])];
    const key = `issues:${repo.owner}/${repo.repo}:open:${JSON.stringify({ labels, milestone: query.milestone ?? null })}`;
    return facts.memo(key, async () => {
        const github = facts.github;
        const issues = [];
        let pullRequestsSkipped = 0;
        let pages = 0;
        try {
            const iterator = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                ...(labels.length ? { labels: labels.join(',') } : {}),
                ...(query.milestone !== undefined ? { milestone: String(query.milestone) } : {}),
                per_page: PAGE_SIZE,
            });
            for await (const { data } of iterator) {
                if (++pages > MAX_ISSUE_PAGES) {
                    throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TOO_MANY_ISSUES', `More than ${MAX_ISSUE_PAGES * PAGE_SIZE} open issues match in ${repo.owner}/${repo.repo}; narrow the gate with labels or a milestone.`, { read: issues.length });
                }
                // An entry the gate cannot tell apart (no number, no title) is not an issue it may
                // leave out as "not matching": that would read unreadable data as "no blockers".
                for (const raw of _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.each(data, issuesRequest(repo, pages), '')) {
                    const issue = toIssueFact(raw);
                    if (isPullRequest(raw))
                        pullRequestsSkipped++;
                    else
                        issues.push(issue);
                }
            }
        }
        catch (error) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `open issues of ${repo.owner}/${repo.repo}`);
        }
        return { issues, pullRequestsSkipped };
    });
}
function issuesRequest(repo, page) {
    return `GET /repos/${repo.owner}/${repo.repo}/issues${page > 1 ? ` (page ${page})` : ''}`;
}
/** The issues API lists pull requests too, marked by a `pull_request` key. */
function isPullRequest(raw) {
    return raw.value('pull_request') !== undefined && raw.value('pull_request') !== null;
}
/** An issue as the gates read it (an `issue` in GitHub's schema; a label is a name or an object). */
function toIssueFact(raw) {
    return {
        number: raw.integer('number'),
        title: raw.string('title'),
        url: raw.string('html_url'),
        labels: raw
            .list('labels')
            .map((label, i) => {
            if (typeof label === 'string')
                return label;
            return _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.of(label, raw.request, `${raw.path}.labels[${i}]`).optionalString('name') ?? '';
        })
            .filter(Boolean),
        milestone: raw.objectOrNull('milestone')?.string('title') ?? null,
    };
}
/** Every milestone of the repository, open and closed (a closed milestone may still hold open issues). */
function milestones(facts, repo) {
    const key = `milestones:${repo.owner}/${repo.repo}`;
    return facts.memo(key, async () => {
        const octokit = facts.github.octokit;
        let raw;
        try {
            raw = await octokit.paginate(octokit.rest.issues.listMilestones, {
                ...repo,
                state: 'all',
                per_page: PAGE_SIZE,
            });
        }
        catch (error) {
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `milestones of ${repo.owner}/${repo.repo}`);
        }
        const request = `GET /repos/${repo.owner}/${repo.repo}/milestones`;
        return _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.each(raw, request, '').map((m) => ({
            number: m.integer('number'),
            title: m.string('title'),
            state: m.string('state'),
        }));
    });
}
/**
 * The milestone with this title: an exact match, else the only case-insensitive one. None is an
 * error naming the title (and the titles there are), never an empty filter.
 */
function findMilestone(all, title) {
    const exact = all.filter((m) => m.title === title);
    const loose = all.filter((m) => m.title.toLowerCase() === title.toLowerCase());
    const found = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
    if (found)
        return found;
    const known = all.slice(0, 10).map((m) => `'${m.title}'`);
    throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('MILESTONE_NOT_FOUND', loose.length > 1
        ? `Milestone '${title}' is ambiguous: ${loose.map((m) => `#${m.number} '${m.title}'`).join(', ')}.`
        : `Milestone '${title}' does not exist${known.length ? `; milestones: ${known.join(', ')}${all.length > 10 ? ', \u2026' : ''}` : ' (the repository has no milestones)'}.`, { milestone: title, known: all.map((m) => m.title).slice(0, 50) });
}
/**
 * Open issues (never pull requests), page by page, until `stop` returns true or `maxPages` were
 * read. For side effects (file_blockers), so outside the fact store: it must see fresh state.
 */
async function scanOpenIssues(github, repo, options, stop) {
    const iterator = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        ...(options.labels ? { labels: options.labels } : {}),
        sort: options.sort ?? 'created',
        direction: options.direction ?? 'desc',
        per_page: PAGE_SIZE,
    });
    let pages = 0;
    for await (const { data } of iterator) {
        for (const raw of _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.each(data, issuesRequest(repo, pages + 1), '')) {
            const fact = toIssueFact(raw);
            if (isPullRequest(raw))
                continue;
            const record = { number: fact.number, title: fact.title, url: fact.url, labels: fact.labels };
            if (stop(record))
                return record;
        }
        if (++pages >= options.maxPages)
            break;
    }
    return null;
}


/***/ }),

/***/ 80903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeOpenIssues: () => (/* binding */ judgeOpenIssues),
/* harmony export */   openIssuesGate: () => (/* binding */ openIssuesGate)
/* harmony export */ });
/* harmony import */ var _facts_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64695);

/** Issues named in the message; the details list them all. */
const NAMED_IN_MESSAGE = 5;
/** Links in the report; the details list them all. */
const MAX_LINKS = 50;
const openIssuesGate = {
    type: 'open_issues',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            labels: {
                description: 'Labels an issue must all carry to count (names, case-insensitive as on GitHub).',
                type: 'array',
                minItems: 1,
                // A comma would split the name in the API's comma-separated `labels` filter.
                items: { type: 'string', minLength: 1, pattern: '^[^,]+$' },
            },
            milestone: {
                description: 'Title of the milestone an issue must be in (open or closed milestone); unknown titles are an error.',
                type: 'string',
                minLength: 1,
            },
            title_contains: {
                description: 'Text the title must contain, case-insensitive; templates allowed (e.g. `{tag}`).',
                type: 'string',
                minLength: 1,
            },
            max_open: {
                description: 'Open matching issues tolerated; one more blocks.',
                type: 'integer',
                minimum: 0,
                default: 0,
            },
        },
    },
    async collect(params, ctx, facts) {
        const milestone = params.milestone !== undefined
            ? (0,_facts_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .findMilestone */ .sR)(await (0,_facts_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .milestones */ .aL)(facts, ctx.repository), params.milestone)
            : null;
        const list = await (0,_facts_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .openIssues */ .D$)(facts, ctx.repository, {
            ...(params.labels ? { labels: params.labels } : {}),
            ...(milestone ? { milestone: milestone.number } : {}),
        });
        return { issues: list.issues, pullRequestsSkipped: list.pullRequestsSkipped, milestone };
    },
    judge: judgeOpenIssues,
};
function fold(text) {
    return text.normalize('NFC').toLowerCase();
}
function judgeOpenIssues(params, facts, _ctx) {
    const needle = params.title_contains !== undefined ? fold(params.title_contains) : null;
    const matching = facts.issues
        .filter((issue) => needle === null || fold(issue.title).includes(needle))
        .sort((a, b) => a.number - b.number);
    const filter = describeFilter(params, facts.milestone);
    const details = {
        filter: {
            labels: params.labels ?? [],
            milestone: facts.milestone ? { title: facts.milestone.title, number: facts.milestone.number } : null,
            title_contains: params.title_contains ?? null,
        },
        max_open: params.max_open,
        open: matching.length,
        issues: matching.map((issue) => ({ number: issue.number, title: issue.title, url: issue.url })),
        pull_requests_skipped: facts.pullRequestsSkipped,
    };
    const links = matching
        .filter((issue) => issue.url)
        .slice(0, MAX_LINKS)
        .map((issue) => ({ title: `#${issue.number} ${issue.title}`, url: issue.url }));
    const listed = matching
        .slice(0, NAMED_IN_MESSAGE)
        .map((issue) => `#${issue.number} ${oneLine(issue.title)}`)
        .join(', ');
    const more = matching.length > NAMED_IN_MESSAGE ? ` and ${matching.length - NAMED_IN_MESSAGE} more` : '';
    const count = `${matching.length} open issue${matching.length === 1 ? '' : 's'}`;
    if (matching.length > params.max_open) {
        return {
            status: 'fail',
            code: 'OPEN_BLOCKERS',
            message: `${count} ${filter} (at most ${params.max_open} allowed): ${listed}${more}.`,
            details,
            links,
        };
    }
    return {
        status: 'pass',
        code: 'NO_BLOCKERS',
        message: matching.length === 0
            ? `No open issues ${filter}.`
            : `${count} ${filter}, within the ${params.max_open} allowed: ${listed}${more}.`,
        details,
        links,
    };
}
function describeFilter(params, milestone) {
    const parts = [];
    if (params.labels?.length)
        parts.push(`labelled ${params.labels.map((l) => `'${l}'`).join(' and ')}`);
    if (milestone)
        parts.push(`in milestone '${milestone.title}'`);
    if (params.title_contains !== undefined)
        parts.push(`with '${params.title_contains}' in the title`);
    return parts.length ? parts.join(', ') : 'in the repository';
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 80 ? `${line.slice(0, 79)}\u2026` : line;
}


/***/ })

};
