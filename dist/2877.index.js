export const id = 2877;
export const ids = [2877];
export const modules = {

/***/ 62877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ASSOCIATIONS: () => (/* binding */ ASSOCIATIONS),
  approvalGate: () => (/* binding */ approvalGate),
  choosePullRequest: () => (/* binding */ choosePullRequest),
  countsFor: () => (/* binding */ countsFor),
  judgeApproval: () => (/* binding */ judgeApproval),
  selectPullRequest: () => (/* binding */ selectPullRequest)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/github/graphql-errors.ts
var graphql_errors = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/facts/shape.ts
var shape = __webpack_require__(34926);
;// CONCATENATED MODULE: ./src/facts/pulls.ts
// Pull requests for the approval gate: one pull request with its reviews in a single GraphQL
// request (REST would need the pull request and then its reviews: two), and the pull requests
// associated with a commit (REST, one request, for a gate without the event's pull request).




/** GitHub answers at most 100 nodes per connection page. */
const REVIEWS_PAGE_SIZE = 100;
/** Reviews beyond this are not read: no sign-off needs 50 pages of position-taking reviews. */
const MAX_REVIEW_PAGES = 50;
const PULL_REQUEST_REVIEWS_QUERY = `query PullRequestReviews($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number
      url
      state
      isDraft
      headRefOid
      author { login }
      reviews(first: ${REVIEWS_PAGE_SIZE}, after: $after, states: [APPROVED, CHANGES_REQUESTED, DISMISSED]) {
        pageInfo { hasNextPage endCursor }
        nodes {
          author { login }
          authorAssociation
          state
          submittedAt
          url
          commit { oid }
        }
      }
    }
  }
}`;
/**
 * The pull request with every position-taking review, or null when the repository has no pull
 * request of that number. Usually one request; one more per 100 such reviews.
 */
function pullRequestWithReviews(facts, repo, number) {
    const key = `pull-reviews:${repo.owner}/${repo.repo}#${number}`;
    return facts.memo(key, async () => {
        const github = facts.github;
        let pull = null;
        let after = null;
        for (let page = 1;; page++) {
            const data = await queryReviews(github.octokit.graphql, repo, number, after);
            const request = `POST /graphql (PullRequestReviews, #${number})`;
            const repository = shape/* Fields */.C8.of(data, request, 'data').objectOrNull('repository');
            if (!repository) {
                throw new types/* GateError */.ue('NOT_FOUND', `Repository ${repo.owner}/${repo.repo} not found reading pull request #${number}. Check the name, or that the token can see it (\`pull-requests: read\`).`, { permission: 'pull-requests: read' });
            }
            const raw = repository.objectOrNull('pullRequest');
            if (!raw)
                return null;
            // Nullable in GitHub's schema, but a pull request always has its (possibly empty) reviews.
            const reviews = raw.object('reviews');
            const nodes = reviews.list('nodes');
            // The first page fixes the head: a push while later pages are read makes reviews of the
            // new head look stale, which fails closed.
            pull ??= {
                number: raw.integer('number'),
                url: raw.string('url'),
                state: raw.string('state'),
                draft: raw.boolean('isDraft'),
                headSha: raw.string('headRefOid'),
                author: loginOf(raw),
                reviews: [],
            };
            for (const [i, node] of nodes.entries()) {
                const review = shape/* Fields */.C8.of(node, request, `${reviews.path}.nodes[${i}]`);
                const url = review.string('url');
                pull.reviews.push({
                    author: loginOf(review),
                    association: review.string('authorAssociation'),
                    state: review.string('state'),
                    commitId: review.objectOrNull('commit')?.string('oid') ?? null,
                    submittedAt: review.stringOrNull('submittedAt'),
                    ...(url ? { url } : {}),
                });
            }
            const pageInfo = reviews.object('pageInfo');
            if (!pageInfo.boolean('hasNextPage'))
                return pull;
            // A next page must say where it starts: without a cursor the answer is damaged, not long.
            const endCursor = pageInfo.string('endCursor');
            if (page >= MAX_REVIEW_PAGES) {
                throw new types/* GateError */.ue('TOO_MANY_REVIEWS', `Pull request #${number} has more than ${MAX_REVIEW_PAGES * REVIEWS_PAGE_SIZE} approving, change-requesting or dismissed reviews; not all could be read.`, { number, read: pull.reviews.length });
            }
            after = endCursor;
        }
    });
}
/** The login of a pull request's or review's author; null for a deleted account (GitHub's `author: null`). */
function loginOf(node) {
    return node.objectOrNull('author')?.string('login') ?? null;
}
async function queryReviews(graphql, repo, number, after) {
    try {
        // GraphQL's `data`, checked field by field where it is read.
        return await graphql(PULL_REQUEST_REVIEWS_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            number,
            after,
        });
    }
    catch (error) {
        const errors = error.errors;
        const data = error.data;
        // "Could not resolve to a PullRequest with the number of N": the one error that is an answer.
        if (Array.isArray(errors) &&
            errors.length > 0 &&
            errors.every((e) => e.type === 'NOT_FOUND' && Array.isArray(e.path) && e.path.includes('pullRequest')) &&
            data?.repository) {
            return { repository: { pullRequest: null } };
        }
        throw (0,graphql_errors/* graphqlGateError */.B)(error, repo, `pull request #${number} of ${repo.owner}/${repo.repo} and its reviews`, 'pull-requests: read');
    }
}
/** The pull requests GitHub associates with a commit: open ones containing it, and the one that merged it. */
function pullsForCommit(facts, repo, sha) {
    const key = `commit-pulls:${repo.owner}/${repo.repo}:${sha}`;
    return facts.memo(key, async () => {
        const octokit = facts.github.octokit;
        let raw;
        try {
            raw = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
                ...repo,
                commit_sha: sha,
                per_page: 100,
            });
        }
        catch (error) {
            throw (0,errors/* toGateError */.Vl)(error, `the pull requests of commit ${sha.slice(0, 7)} in ${repo.owner}/${repo.repo}`);
        }
        // Each a `pull-request-simple` in GitHub's schema.
        const request = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`;
        return shape/* Fields */.C8.each(raw, request, '').map((pull) => ({
            number: pull.integer('number'),
            state: pull.string('state') === 'open' ? 'open' : 'closed',
            merged: Boolean(pull.stringOrNull('merged_at')),
            draft: pull.optionalBoolean('draft') === true,
            headSha: pull.object('head').string('sha'),
            mergeCommitSha: pull.stringOrNull('merge_commit_sha'),
            url: pull.string('html_url'),
        }));
    });
}

;// CONCATENATED MODULE: ./src/gates/approval.ts

const ASSOCIATIONS = [
    'OWNER',
    'MEMBER',
    'COLLABORATOR',
    'CONTRIBUTOR',
    'FIRST_TIME_CONTRIBUTOR',
    'FIRST_TIMER',
    'MANNEQUIN',
    'NONE',
];
const DEFAULT_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'];
const POSITIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const GHOST = 'ghost';
const approvalGate = {
    type: 'approval',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            pull_request: {
                description: "The pull request to check: `auto` (the triggering event's pull request, else the one associated with the commit under evaluation: an open pull request whose head is the commit first, then another open one containing it, then the one that merged it; the lowest number among equals, named in the details), or a number.",
                anyOf: [
                    { type: 'integer', minimum: 1 },
                    { type: 'string', pattern: '^(auto|[1-9][0-9]*)$' },
                ],
                default: 'auto',
            },
            min_approvals: {
                description: 'Approvals needed from reviewers who count (see `from`).',
                type: 'integer',
                minimum: 1,
                maximum: 100,
                default: 1,
            },
            from: {
                description: 'Whose approvals count. A reviewer counts when their login is in `users` OR their association with the repository (on their deciding review) is in `associations`; with only one of the two given, only that one applies. Absent: OWNER, MEMBER and COLLABORATOR. The pull request author never counts.',
                type: 'object',
                additionalProperties: false,
                minProperties: 1,
                properties: {
                    users: {
                        description: 'GitHub logins (case-insensitive).',
                        type: 'array',
                        minItems: 1,
                        items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$' },
                    },
                    associations: {
                        description: 'Author associations, as GitHub reports them on a review.',
                        type: 'array',
                        minItems: 1,
                        items: { enum: [...ASSOCIATIONS] },
                    },
                },
                default: { associations: DEFAULT_ASSOCIATIONS },
            },
            require_current_head: {
                description: "Only approvals of the pull request's current head commit count; an approval of an earlier commit is stale (STALE_APPROVAL when that is why approvals fall short).",
                type: 'boolean',
                default: true,
            },
        },
    },
    async collect(params, ctx, facts) {
        const selection = await selectPullRequest(params, ctx, (sha) => pullsForCommit(facts, ctx.repository, sha));
        if (selection.number === null)
            return { selection, pull: null };
        return { selection, pull: await pullRequestWithReviews(facts, ctx.repository, selection.number) };
    },
    judge: judgeApproval,
};
/** The parameter's number, else the event's pull request, else one associated with the commit. */
async function selectPullRequest(params, ctx, associated) {
    const explicit = params.pull_request === 'auto' ? null : Number(params.pull_request);
    if (explicit !== null)
        return {
            source: 'parameter',
            number: explicit,
            reason: `pull_request: ${explicit} in the policy`,
            candidates: [],
        };
    if (ctx.eventPullRequest !== null)
        return {
            source: 'event',
            number: ctx.eventPullRequest,
            reason: "the triggering event's pull request",
            candidates: [],
        };
    if (!ctx.sha)
        return {
            source: 'commit',
            number: null,
            reason: 'no commit under evaluation to look up',
            candidates: [],
        };
    return choosePullRequest(await associated(ctx.sha), ctx.sha);
}
const TIERS = [
    {
        matches: (p, sha) => p.state === 'open' && p.headSha === sha,
        why: 'the open pull request whose head is the commit',
    },
    { matches: (p) => p.state === 'open', why: 'an open pull request containing the commit' },
    {
        matches: (p, sha) => p.merged && p.mergeCommitSha === sha,
        why: 'the pull request that merged the commit',
    },
    { matches: (p) => p.merged, why: 'a merged pull request containing the commit' },
];
/** Picks one of the commit's pull requests, deterministically; closed unmerged ones never. */
function choosePullRequest(pulls, sha) {
    const candidates = pulls.map((p) => ({
        number: p.number,
        state: p.merged ? 'merged' : p.state,
        merged: p.merged,
        head_sha: p.headSha,
        url: p.url,
    }));
    for (const tier of TIERS) {
        const matching = pulls.filter((p) => tier.matches(p, sha)).sort((a, b) => a.number - b.number);
        const chosen = matching[0];
        if (!chosen)
            continue;
        const among = matching.length > 1 ? ` (the lowest number of ${matching.map((p) => `#${p.number}`).join(', ')})` : '';
        return {
            source: 'commit',
            number: chosen.number,
            reason: `#${chosen.number}: ${tier.why} ${sha.slice(0, 7)}${among}`,
            candidates,
        };
    }
    const closed = pulls.filter((p) => p.state === 'closed' && !p.merged).map((p) => `#${p.number}`);
    return {
        source: 'commit',
        number: null,
        reason: `no open or merged pull request is associated with commit ${sha.slice(0, 7)}${closed.length ? ` (closed without merging: ${closed.join(', ')})` : ''}`,
        candidates,
    };
}
function judgeApproval(params, facts, _ctx) {
    const { selection, pull } = facts;
    const fromText = describeFrom(params.from);
    const details = {
        selection: {
            source: selection.source,
            number: selection.number,
            reason: selection.reason,
            ...(selection.candidates.length ? { candidates: selection.candidates } : {}),
        },
        min_approvals: params.min_approvals,
        require_current_head: params.require_current_head,
        from: params.from,
    };
    if (!pull) {
        return {
            status: 'fail',
            code: 'NO_PULL_REQUEST',
            message: selection.number === null
                ? `No pull request to check: ${selection.reason}. Run on the pull request (a pull_request event) or set pull_request in the gate.`
                : `Pull request #${selection.number} (${selection.reason}) does not exist in this repository.`,
            details,
        };
    }
    const links = pull.url ? [{ title: `Pull request #${pull.number}`, url: pull.url }] : [];
    const head = pull.headSha;
    details.pull_request = {
        number: pull.number,
        url: pull.url,
        state: pull.state,
        draft: pull.draft,
        author: pull.author,
        head_sha: head,
    };
    const author = pull.author?.toLowerCase() ?? null;
    const positions = new Map();
    let ownReviews = 0;
    for (const review of chronological(pull.reviews)) {
        if (!POSITIONS.has(review.state))
            continue;
        const login = review.author ?? GHOST;
        if (author !== null && login.toLowerCase() === author) {
            ownReviews++;
            continue;
        }
        positions.set(login.toLowerCase(), {
            login,
            association: review.association,
            state: review.state,
            commitId: review.commitId,
            ...(review.url ? { url: review.url } : {}),
        });
    }
    const counts = (p) => countsFor(params.from, p.login, p.association);
    const all = [...positions.values()];
    const counted = all.filter(counts);
    const requesters = counted.filter((p) => p.state === 'CHANGES_REQUESTED');
    const approvers = counted.filter((p) => p.state === 'APPROVED');
    const current = approvers.filter((p) => !params.require_current_head || p.commitId === head);
    const stale = approvers.filter((p) => params.require_current_head && p.commitId !== head);
    const notCounted = all.filter((p) => !counts(p) && p.state !== 'DISMISSED');
    const summary = (p) => ({
        login: p.login,
        association: p.association,
        ...(p.commitId !== null ? { commit: p.commitId } : {}),
    });
    Object.assign(details, {
        approvals: current.map(summary),
        stale_approvals: stale.map(summary),
        changes_requested: requesters.map(summary),
        not_counted: notCounted.map((p) => ({ ...summary(p), state: p.state })),
        dismissed: all.filter((p) => p.state === 'DISMISSED').map(summary),
        ...(ownReviews ? { author_reviews_ignored: ownReviews } : {}),
        reviews_read: pull.reviews.length,
    });
    const reviewLinks = (ps) => ps
        .filter((p) => p.url)
        .slice(0, 5)
        .map((p) => ({ title: `Review by ${p.login}`, url: p.url }));
    const who = (ps) => ps.map((p) => `${p.login} (${p.association})`).join(', ');
    const prName = `#${pull.number}`;
    const required = `${params.min_approvals} required approval${params.min_approvals === 1 ? '' : 's'}`;
    if (requesters.length) {
        return {
            status: 'fail',
            code: 'CHANGES_REQUESTED',
            message: `${prName}: changes requested by ${who(requesters)}; address them and ask for a new review.`,
            details,
            links: [...links, ...reviewLinks(requesters)],
        };
    }
    if (current.length >= params.min_approvals) {
        return {
            status: 'pass',
            code: 'APPROVED',
            message: `${prName} approved by ${who(current)}${params.require_current_head ? ` on head ${approval_short(head)}` : ''} (${current.length} of ${required}).`,
            details,
            links,
        };
    }
    if (stale.length && current.length + stale.length >= params.min_approvals) {
        const commits = [...new Set(stale.map((p) => approval_short(p.commitId)))].join(', ');
        return {
            status: 'fail',
            code: 'STALE_APPROVAL',
            message: `${prName}: ${who(stale)} approved an older commit (${commits}), not the head ${approval_short(head)}; ${current.length} of ${required} on the current head. Ask for a new review.`,
            details,
            links: [...links, ...reviewLinks(stale)],
        };
    }
    const notes = [];
    const otherApprovals = notCounted.filter((p) => p.state === 'APPROVED');
    if (otherApprovals.length)
        notes.push(`not counted: ${who(otherApprovals)}`);
    if (stale.length)
        notes.push(`stale: ${who(stale)}`);
    if (ownReviews)
        notes.push(`the author's own reviews never count`);
    return {
        status: 'fail',
        code: 'NOT_APPROVED',
        message: `${prName} has ${current.length} of ${required} from ${fromText}${notes.length ? ` (${notes.join('; ')})` : ''}.`,
        details,
        links,
    };
}
/** In submission order: GitHub lists reviews that way; sorted again when every time is known. */
function chronological(reviews) {
    if (!reviews.every((r) => r.submittedAt && !Number.isNaN(Date.parse(r.submittedAt))))
        return [...reviews];
    return reviews
        .map((review, index) => ({ review, index, at: Date.parse(review.submittedAt) }))
        .sort((a, b) => a.at - b.at || a.index - b.index)
        .map((entry) => entry.review);
}
/** Users OR associations; a list not given does not apply; neither given: the default associations. */
function countsFor(from, login, association) {
    const users = from?.users;
    const associations = from?.associations ?? (users ? undefined : DEFAULT_ASSOCIATIONS);
    const byUser = users?.some((user) => user.toLowerCase() === login.toLowerCase()) ?? false;
    const byAssociation = associations?.includes(association) ?? false;
    return byUser || byAssociation;
}
function describeFrom(from) {
    const users = from?.users;
    const associations = from?.associations ?? (users ? undefined : DEFAULT_ASSOCIATIONS);
    const parts = [];
    if (users?.length)
        parts.push(orList(users));
    if (associations?.length)
        parts.push(`${orList(associations)} reviewers`);
    return parts.join(' or ');
}
function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
function approval_short(sha) {
    return sha ? sha.slice(0, 7) : 'an unknown commit';
}


/***/ })

};
