export const id = 2340;
export const ids = [2340];
export const modules = {

/***/ 42340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileBlockers: () => (/* binding */ fileBlockers)
/* harmony export */ });
/* unused harmony exports BLOCKERS_LABEL, SCAN_PAGES, RESOLVE_SCAN_PAGES, blockersTitle, findBlockersIssue, renderBlockersBody, renderResolvedComment */
/* harmony import */ var _facts_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64695);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _policy_stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17344);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14031);




const BLOCKERS_LABEL = 'release-gates';
/** Pages of open issues (100 each) scanned by title when the label finds nothing, before opening one. */
const SCAN_PAGES = 10;
/** The same, before resolving. */
const RESOLVE_SCAN_PAGES = 1;
/** GitHub refuses issue bodies over 65,536 characters; rows and messages are bounded well below. */
const MAX_ROWS = 50;
const MAX_MESSAGE = 500;
const MAX_LINKS_PER_GATE = 5;
/** Marks bodies written by this module (invisible when rendered). */
const MARKER = '<!-- release-gates:blockers -->';
/** The issue title: `Release blockers: {tag}`, or the branch name when the ref is not a tag. */
function blockersTitle(report) {
    const name = report.tag || (0,_policy_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .shortRefName */ .TD)(report.ref ?? '');
    return name ? `Release blockers: ${name}` : null;
}
async function fileBlockers(report, options) {
    if (options.rehearsal || report.rehearsal)
        return { action: 'none', message: 'file_blockers: a rehearsal files nothing.' };
    if (report.error)
        return {
            action: 'none',
            message: `file_blockers: nothing filed, the evaluation did not complete (${report.error.code}).`,
        };
    const title = blockersTitle(report);
    const repo = toRepository(options.repository || report.repository);
    if (!title || !repo)
        return { action: 'none', message: 'file_blockers: no ref or repository to file for.' };
    const blocked = report.result === 'fail' && report.blocking.length > 0;
    const passing = report.result === 'pass';
    if (!blocked && !passing)
        return { action: 'none', message: 'file_blockers: nothing to file.' };
    if (!options.github) {
        return {
            action: 'none',
            message: 'file_blockers: no token, nothing filed.',
            warning: 'file_blockers is on but no token was given: the blockers issue was not updated.',
        };
    }
    const github = options.github;
    const runUrl = options.runUrl ?? report.run_url ?? null;
    let step = 'find';
    try {
        const existing = await findBlockersIssue(github, repo, title, passing ? RESOLVE_SCAN_PAGES : SCAN_PAGES);
        if (passing) {
            if (!existing)
                return { action: 'none', message: `file_blockers: the gates pass; no open issue '${title}'.` };
            step = 'resolve';
            await github.octokit.rest.issues.createComment({
                ...repo,
                issue_number: existing.number,
                body: renderResolvedComment(report, runUrl),
            });
            await github.octokit.rest.issues.update({
                ...repo,
                issue_number: existing.number,
                state: 'closed',
                state_reason: 'completed',
            });
            return {
                action: 'resolved',
                issue: existing.number,
                url: existing.url,
                message: `file_blockers: the gates pass; commented on and closed #${existing.number} '${title}'.`,
            };
        }
        const body = renderBlockersBody(report, runUrl);
        if (existing) {
            step = 'update';
            const labels = existing.labels.some((l) => l.toLowerCase() === BLOCKERS_LABEL)
                ? {}
                : { labels: [...existing.labels, BLOCKERS_LABEL] };
            await github.octokit.rest.issues.update({ ...repo, issue_number: existing.number, body, ...labels });
            return {
                action: 'updated',
                issue: existing.number,
                url: existing.url,
                message: `file_blockers: updated #${existing.number} '${title}' (${report.blocking.length} blocking).`,
            };
        }
        step = 'open';
        const created = await openIssue(github, repo, title, body);
        return {
            action: 'opened',
            issue: created.number,
            url: created.html_url,
            message: `file_blockers: opened #${created.number} '${title}' (${report.blocking.length} blocking).`,
        };
    }
    catch (error) {
        const warning = describeFailure(error, step, title);
        return { action: 'none', message: warning, warning };
    }
}
/** The open issue with exactly this title: by label first, then by a bounded scan. */
async function findBlockersIssue(github, repo, title, scanPages = SCAN_PAGES) {
    const sameTitle = (issue) => issue.title === title;
    // Oldest first: should duplicates exist (two runs racing), every run keeps to the same one.
    const labelled = await (0,_facts_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .scanOpenIssues */ .QT)(github, repo, { labels: BLOCKERS_LABEL, sort: 'created', direction: 'asc', maxPages: SCAN_PAGES }, sameTitle);
    if (labelled)
        return labelled;
    return (0,_facts_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .scanOpenIssues */ .QT)(github, repo, { sort: 'updated', direction: 'desc', maxPages: scanPages }, sameTitle);
}
async function openIssue(github, repo, title, body) {
    try {
        const { data } = await github.octokit.rest.issues.create({
            ...repo,
            title,
            body,
            labels: [BLOCKERS_LABEL],
        });
        return data;
    }
    catch (error) {
        // A token that may open issues but not create labels is refused for the label alone: the
        // issue is still worth opening (it is found by title next time).
        const status = error.status;
        if (status !== 403 && status !== 422)
            throw error;
        const { data } = await github.octokit.rest.issues.create({ ...repo, title, body });
        return data;
    }
}
function describeFailure(error, step, title) {
    const mapped = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `the issue '${title}'`);
    const doing = { find: 'look for', open: 'open', update: 'update', resolve: 'comment on and close' }[step] ?? step;
    const request = typeof mapped.details.request === 'string' ? mapped.details.request : 'the issues API';
    if (mapped.code === 'PERMISSION_DENIED') {
        return `file_blockers could not ${doing} the issue '${title}' (403 on ${request}): the token needs \`issues: write\`. Grant \`permissions: issues: write\` to the job. The verdict is unchanged.`;
    }
    if (mapped.code === 'GONE') {
        return `file_blockers could not ${doing} the issue '${title}' (410 on ${request}): issues are disabled in this repository. The verdict is unchanged.`;
    }
    return `file_blockers could not ${doing} the issue '${title}': ${mapped.message} The verdict is unchanged.`;
}
function toRepository(value) {
    if (!value)
        return null;
    if (typeof value !== 'string')
        return value;
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
    return match ? { owner: match[1], repo: match[2] } : null;
}
function target(report) {
    const name = report.tag || (0,_policy_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .shortRefName */ .TD)(report.ref);
    const parts = [report.sha ? `commit ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.sha.slice(0, 12))}` : null];
    if (report.stage)
        parts.push(`stage ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(report.stage, { maxLength: 64 })}`);
    const context = parts.filter(Boolean).join(', ');
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(name, { maxLength: 200 })}${context ? ` (${context})` : ''}`;
}
function runLink(runUrl) {
    const link = runUrl ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)('workflow run', runUrl) : '';
    return link || 'no run link (evaluated outside GitHub Actions)';
}
/** The issue body: every blocking gate with its code, message and links; everything escaped. */
function renderBlockersBody(report, runUrl) {
    const byId = new Map(report.gates.map((gate) => [gate.id, gate]));
    const rows = report.blocking.slice(0, MAX_ROWS).map((entry) => {
        const gate = byId.get(entry.gate);
        const links = (gate?.links ?? [])
            .slice(0, MAX_LINKS_PER_GATE)
            .map((link) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownLink */ .iQ)(link.title, link.url, 100))
            .filter(Boolean);
        return `| ${[
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(entry.gate, { maxLength: 100, inTable: true }),
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .aL)(gate?.status ?? 'fail', 16),
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(entry.code, { maxLength: 64, inTable: true }),
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .aL)(entry.message, MAX_MESSAGE),
            links.join(', ') || ' ',
        ].join(' | ')} |`;
    });
    const omitted = report.blocking.length - rows.length;
    const count = report.blocking.length;
    return [
        MARKER,
        `## \u274c Release blockers: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(report.tag || (0,_policy_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .shortRefName */ .TD)(report.ref), 200)}`,
        '',
        `release-gates blocks ${target(report)}: ${count} required gate${count === 1 ? '' : 's'} did not pass.`,
        '',
        '| Gate | Status | Code | Message | Links |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        ...(omitted > 0 ? ['', `\u2026and ${omitted} more; see the workflow run.`] : []),
        '',
        `**Run:** ${runLink(runUrl)}`,
        '',
        `_Updated ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(report.timestamp, 40)} by ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(`${report.tool.name} ${report.tool.version}`, 80)}. Every blocked live run updates this issue; the first live run that passes comments here and closes it._`,
        '',
    ].join('\n');
}
/** The comment left on the issue when a later live run passes, just before it is closed. */
function renderResolvedComment(report, runUrl) {
    return [
        `\u2705 The release gates pass now for ${target(report)}.`,
        '',
        `**Run:** ${runLink(runUrl)}`,
        '',
        '_Closed by release-gates (file_blockers)._',
        '',
    ].join('\n');
}


/***/ }),

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


/***/ })

};
