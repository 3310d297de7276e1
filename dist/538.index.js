export const id = 538;
export const ids = [538];
export const modules = {

/***/ 99373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ evaluationTime)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38422);

/** The evaluation time: RELEASE_GATES_NOW (an ISO time, for tests and replays) or the clock. */
function evaluationTime(env, clock = () => new Date()) {
    const fixed = env.RELEASE_GATES_NOW?.trim();
    if (!fixed)
        return clock();
    // Require an explicit offset: a bare local time would depend on the runner's zone.
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
    const date = new Date(fixed);
    if (!iso.test(fixed) || Number.isNaN(date.getTime())) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Invalid RELEASE_GATES_NOW '${fixed}'. Expected an ISO 8601 time with an offset, e.g. 2026-11-21T14:00:00Z.`);
    }
    return date;
}


/***/ }),

/***/ 14552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
// EXTERNAL MODULE: ./src/facts/build/find.ts
var find = __webpack_require__(84045);
// EXTERNAL MODULE: ./src/facts/refs.ts
var refs = __webpack_require__(66433);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/facts/store.ts

class FactStore {
    sources;
    cache = new Map();
    clients;
    connection = null;
    connected;
    constructor(sources) {
        this.sources = sources;
        this.clients = { github: sources.github, externalGithub: sources.externalGithub };
        this.connected = !sources.connect;
    }
    get workspace() {
        return this.sources.workspace;
    }
    get env() {
        return this.sources.env;
    }
    /** The client for this repository, or a gate error when no token was configured. */
    get github() {
        this.assertConnected();
        if (!this.clients.github)
            throw new types/* GateError */.ue('NO_TOKEN', 'No GitHub token: set the `token` input (or GITHUB_TOKEN / GH_TOKEN for the CLI).');
        return this.clients.github;
    }
    get externalGithub() {
        this.assertConnected();
        return this.clients.externalGithub ?? this.github;
    }
    /** Builds the GitHub clients once; every load but a `local` one waits for this. */
    connect() {
        const connect = this.sources.connect;
        if (!connect)
            return Promise.resolve();
        this.connection ??= connect().then((clients) => {
            this.clients = clients;
            this.connected = true;
        });
        return this.connection;
    }
    // Reads of GitHub happen inside loads, which connect first. A read outside one is a bug;
    // it fails the gate rather than reading as "no token".
    assertConnected() {
        if (!this.connected)
            throw new types/* GateError */.ue('CLIENT_NOT_LOADED', 'Internal error: GitHub was read before its client was loaded. Please report this.');
    }
    /** Waits `ms` (through the injected sleep, so tests need not wait). */
    sleep(ms) {
        return (this.sources.sleep ?? ((t) => new Promise((resolve) => setTimeout(resolve, t))))(ms);
    }
    /** Monotonic milliseconds for deadlines. */
    monotonicNow() {
        return (this.sources.monotonicNow ?? (() => performance.now()))();
    }
    /** Loads again, replacing the memoized value (a poll must see fresh state). */
    reload(key, load) {
        this.cache.delete(key);
        return this.memo(key, load);
    }
    /**
     * Runs `load` once per key; later callers share the same promise (and the same failure).
     * Unless the load is `local`, the GitHub clients are built first.
     */
    memo(key, load, scope = 'github') {
        let hit = this.cache.get(key);
        if (!hit) {
            // Started after a tick at least, so a synchronous throw becomes a rejection like any other.
            hit = (scope === 'local' ? Promise.resolve() : this.connect()).then(load);
            this.cache.set(key, hit);
        }
        return hit;
    }
}

// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
// EXTERNAL MODULE: ./src/gates/registry.ts + 51 modules
var registry = __webpack_require__(92068);
// EXTERNAL MODULE: ./src/policy/load.ts + 6 modules
var load = __webpack_require__(67615);
// EXTERNAL MODULE: ./src/policy/stage.ts
var policy_stage = __webpack_require__(17344);
// EXTERNAL MODULE: ./src/policy/templates.ts
var templates = __webpack_require__(83965);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/facts/shape.ts
var shape = __webpack_require__(34926);
;// CONCATENATED MODULE: ./src/facts/base-tag.ts
// The previous release: the highest semver tag strictly below the tag under evaluation. It is
// what `{base_tag}` means when the `base_tag` input is empty, so metric_budgets compares a
// release with the one before it. Tags that are not semver (`nightly`, `release-2024`) are
// not releases in this sense and are ignored.




/**
 * The base tag of `tag` in `repo`, or null when `tag` is not semver or no semver tag is below
 * it. One request (`GET /repos/{o}/{r}/git/matching-refs/tags`, followed if paginated).
 */
async function resolveBaseTag(facts, repo, tag) {
    if (!semver_default().valid(tag))
        return null;
    return pickBaseTag(await listTagNames(facts, repo), tag);
}
/**
 * Every tag name of the repository (memoized: one read per evaluation, whoever starts it). An
 * entry that is not a tag ref makes the listing an error: an unreadable listing must not pick
 * a wrong (or no) base tag.
 */
function listTagNames(facts, repo) {
    return facts.memo(`tag-names:${repo.owner}/${repo.repo}`, async () => {
        const octokit = facts.github.octokit;
        let refs;
        try {
            refs = await octokit.paginate(octokit.rest.git.listMatchingRefs, {
                ...repo,
                ref: 'tags',
                per_page: 100,
            });
        }
        catch (error) {
            throw (0,errors/* toGateError */.Vl)(error, `the tags of ${repo.owner}/${repo.repo}`);
        }
        return refs.map((entry) => {
            const ref = entry?.ref;
            if (typeof ref !== 'string' || !ref.startsWith('refs/tags/') || ref === 'refs/tags/') {
                throw new types/* GateError */.ue('API_ERROR', `GitHub listed something other than a tag among the tags of ${repo.owner}/${repo.repo} (GET /repos/${repo.owner}/${repo.repo}/git/matching-refs/tags): ${(0,shape/* preview */.VH)(entry, 200)}`);
            }
            return ref.slice('refs/tags/'.length);
        });
    });
}
/**
 * The highest semver tag strictly below `tag` (semver precedence, so 1.2.0-rc.1 < 1.2.0 and
 * build metadata is ignored). Equal versions written differently (`v1.1.0`, `1.1.0`) prefer
 * the spelling of `tag`, then the greatest name, so the answer never depends on API order.
 */
function pickBaseTag(names, tag) {
    const target = semver_default().parse(tag);
    if (!target)
        return null;
    const prefixed = tag.startsWith('v');
    let best = null;
    for (const name of names) {
        const version = semver_default().parse(name);
        if (!version || semver_default().compare(version, target) >= 0)
            continue;
        if (!best) {
            best = { name, version };
            continue;
        }
        const order = semver_default().compare(version, best.version);
        const samePrecedenceButBetter = order === 0 &&
            (spellingRank(name, prefixed) - spellingRank(best.name, prefixed) || (name > best.name ? 1 : -1)) > 0;
        if (order > 0 || samePrecedenceButBetter)
            best = { name, version };
    }
    return best?.name ?? null;
}
/** 1 when `name` is written like the evaluated tag (with or without a leading `v`). */
function spellingRank(name, prefixed) {
    return name.startsWith('v') === prefixed ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/derived-values.ts
// `{base_tag}` and `{build_run_id}` when the inputs leave them empty: found through the API,
// and only when a gate of this evaluation uses them (no request otherwise). What cannot be
// found stays null with the reason, so a gate using it errors with that reason.
//
// The tag list `{base_tag}` is picked from does not depend on the ref's commit, so it need not
// wait for the ref to be resolved: prefetchDerivedValues starts it as soon as the policy says a
// gate will use it, and resolveDerivedValues then finds it under way (the read is memoized).




/** Placeholders used anywhere in the parameters of these gates. */
function placeholdersUsed(gates) {
    const used = new Set();
    for (const gate of gates)
        for (const [text] of (0,templates/* stringsIn */.QQ)(gate.with))
            for (const name of (0,templates/* placeholdersIn */.Qf)(text))
                used.add(name);
    return used;
}
/**
 * Starts the tag list `{base_tag}` will be picked from, before the ref is resolved, when one of
 * `gates` (those that may be evaluated) uses `{base_tag}`, the input leaves it empty, and `ref`
 * can name a semver tag (short or `refs/tags/\u2026`). It only starts the memoized read and never
 * throws: a failure surfaces where the value is resolved, as it would without this.
 */
function prefetchDerivedValues(gates, ref, baseTag, facts, repository) {
    if (baseTag !== null || !placeholdersUsed(gates).has('base_tag'))
        return;
    if (ref.startsWith('refs/') && !ref.startsWith('refs/tags/'))
        return;
    if (!semver_default().valid(ref.replace(/^refs\/tags\//, '')))
        return;
    listTagNames(facts, repository).catch(() => undefined);
}
/**
 * Fills `values.base_tag` / `values.build_run_id` (and `reasons` when they stay empty).
 * The build run is the one the policy trusts (`ctx.buildRunPolicy`, gathered from the gate
 * types that declare it): found by the same search, accepted by the same rules.
 */
async function resolveDerivedValues(planned, ctx, facts, values, reasons) {
    const used = placeholdersUsed(planned);
    const jobs = [];
    if (used.has('base_tag') && values.base_tag === null) {
        jobs.push((async () => {
            if (!ctx.tag) {
                reasons.base_tag = `'${ctx.refName}' is not a tag, so it has no previous release; pass base_tag`;
                return;
            }
            try {
                values.base_tag = await resolveBaseTag(facts, ctx.repository, ctx.tag);
                if (!values.base_tag)
                    reasons.base_tag = `no semver tag below '${ctx.tag}'; pass base_tag`;
            }
            catch (error) {
                reasons.base_tag = `the tags could not be read: ${error.message}`;
            }
        })());
    }
    if (used.has('build_run_id') && values.build_run_id === null) {
        jobs.push((async () => {
            try {
                const finding = await (0,find/* findBuildRun */.HC)(facts, ctx, (0,find/* rulesFor */.NP)(ctx));
                if (!finding.found)
                    reasons.build_run_id = finding.lookup.reason;
                else if (!finding.trust.trusted)
                    reasons.build_run_id = `build run ${finding.run.id} is not trusted: ${finding.trust.problems.map((p) => p.message).join(' ')}`;
                else
                    values.build_run_id = String(finding.run.id);
            }
            catch (error) {
                reasons.build_run_id = error.message;
            }
        })());
    }
    await Promise.all(jobs);
}

// EXTERNAL MODULE: ./src/policy/types.ts
var policy_types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/report/skeleton.ts
var skeleton = __webpack_require__(74375);
;// CONCATENATED MODULE: ./src/facts/permissions.ts
// A person's permission on the repository, for who may break glass (overrides.min_permission):
// `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. GitHub answers two fields:
// `role_name`, the role as assigned (admin, maintain, write, triage, read, or a custom role's
// name), and `permission`, the legacy base role (admin, write, read, none) in which maintain
// reads as write and triage as read. The role decides; a custom role counts as its base role.



/** Repository roles, least first. */
const ROLE_ORDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
/** The token permission this read needs, named in errors. */
const PERMISSION_READ_NEEDS = 'metadata: read';
function actorPermission(facts, repo, login) {
    return facts.memo(`permission:${repo.owner}/${repo.repo}:${login.toLowerCase()}`, async () => {
        const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
        const request = `GET /repos/${repo.owner}/${repo.repo}/collaborators/${login}/permission`;
        let data;
        try {
            ({ data } = await facts.github.octokit.request(route, { ...repo, username: login }));
        }
        catch (error) {
            const status = error.status;
            // Read only to decide an override, so an unreadable permission refuses it (fail closed).
            if (status === 403 || status === 404)
                throw new types/* GateError */.ue('OVERRIDE_NOT_ALLOWED', `Could not read the repository permission of '${login}' (${status} on ${request}): the token needs \`${PERMISSION_READ_NEEDS}\`, and '${login}' must be a GitHub user.`, { status, request, permission: PERMISSION_READ_NEEDS });
            throw (0,errors/* toGateError */.Vl)(error, `the repository permission of '${login}'`);
        }
        const answer = shape/* Fields */.C8.of(data, request);
        const roleName = answer.string('role_name');
        const permission = answer.string('permission');
        return { login, roleName, permission, role: roleOf(roleName, permission) };
    });
}
/** The built-in role: the role name when it is one, else (a custom role) the legacy permission. */
function roleOf(roleName, permission) {
    const named = roleName.toLowerCase();
    if (ROLE_ORDER.includes(named))
        return named;
    const legacy = permission.toLowerCase();
    return ROLE_ORDER.includes(legacy) ? legacy : 'none';
}
/** True when `role` is at least `least`. */
function roleAtLeast(role, least) {
    return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(least);
}

;// CONCATENATED MODULE: ./src/engine/override-actors.ts
// Who may break glass (overrides.allowed_actors, overrides.min_permission). Without either
// anyone may, as before; with both, the actor must be listed and have the permission. The
// permission is read through the API; when it cannot be read the override is refused (fail
// closed), with the token permission that read needs.


async function mayOverride(rules, actor, facts, repository) {
    const listed = rules.allowed_actors;
    const least = rules.min_permission && rules.min_permission !== 'none' ? rules.min_permission : null;
    if (!listed && !least)
        return { allowed: true, permission: null };
    const whoMay = describeWhoMay(listed, least);
    if (listed && !listed.some((login) => login.toLowerCase() === actor.toLowerCase()))
        return { allowed: false, why: `'${actor}' is not in overrides.allowed_actors`, whoMay, permission: null };
    if (!least)
        return { allowed: true, permission: null };
    let permission;
    try {
        permission = await actorPermission(facts, repository, actor);
    }
    catch (error) {
        if (!(error instanceof types/* GateError */.ue))
            throw error;
        return { allowed: false, why: error.message, whoMay, permission: null };
    }
    if (!roleAtLeast(permission.role, least)) {
        const custom = permission.roleName !== permission.role ? ` (custom role '${permission.roleName}')` : '';
        return {
            allowed: false,
            why: `'${actor}' has ${permission.role}${custom} on ${repository.owner}/${repository.repo}`,
            whoMay,
            permission,
        };
    }
    return { allowed: true, permission };
}
function describeWhoMay(listed, least) {
    const people = listed ? listed.join(', ') : null;
    const permission = least ? `${least} permission or more on the repository` : null;
    if (people && permission)
        return `${people}, with ${permission}`;
    return people ?? `people with ${permission}`;
}

;// CONCATENATED MODULE: ./src/engine/run-gate.ts


const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
async function judgeGate(definition, gateType, ctx, expand, facts) {
    try {
        const params = (0,templates/* expandDeep */.BD)(definition.with, (text) => expand(text, gateType.extraPlaceholders ?? []));
        const gateFacts = await gateType.collect(params, ctx, facts);
        return checkVerdict(gateType.judge(params, gateFacts, ctx), definition.id);
    }
    catch (error) {
        return errorVerdict(error, definition.id);
    }
}
function errorVerdict(error, gateId) {
    if (error instanceof types/* GateError */.ue) {
        return { status: 'error', code: error.code, message: error.message, details: error.details };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 'error',
        code: 'GATE_CRASHED',
        message: `Gate '${gateId}' could not be evaluated: ${message.split('\n')[0]}`,
        details: { error: message.slice(0, 2000) },
    };
}
/** A judge must return a known status and a code; anything else is an engine-level error. */
function checkVerdict(verdict, gateId) {
    const statusOk = verdict && ['pass', 'fail', 'error'].includes(verdict.status);
    if (!statusOk ||
        typeof verdict.code !== 'string' ||
        !CODE_PATTERN.test(verdict.code) ||
        typeof verdict.message !== 'string') {
        return {
            status: 'error',
            code: 'INVALID_VERDICT',
            message: `Gate '${gateId}' returned a malformed verdict.`,
            details: { verdict: verdict },
        };
    }
    return verdict;
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts
// One evaluation: policy \u2192 stage \u2192 plan \u2192 facts and judgements \u2192 report. Always returns a
// report; whatever stops the evaluation itself (a bad policy, an unknown stage, a crash)
// becomes `report.error` with result `fail`.
















async function evaluate(settings, environment, gateTypes = registry/* GATE_TYPES */.Q) {
    const started = Date.now();
    const report = emptyReport(settings, environment);
    const finish = () => {
        report.stats = { api_requests: environment.counter.count, duration_ms: Date.now() - started };
        return report;
    };
    try {
        await evaluateInto(report, settings, environment, gateTypes);
        return { report: finish(), policyIssues: [] };
    }
    catch (error) {
        report.result = 'fail';
        report.error = describeFailure(error);
        return { report: finish(), policyIssues: error instanceof policy_types/* PolicyError */.p ? error.issues : [] };
    }
}
async function evaluateInto(report, settings, environment, gateTypes) {
    const facts = new FactStore({
        workspace: environment.workspace,
        env: environment.env,
        github: environment.github,
        externalGithub: environment.externalGithub,
        connect: environment.connect,
        sleep: environment.sleep,
        monotonicNow: environment.monotonicNow,
    });
    const repository = environment.repository;
    if (!repository)
        throw new types/* GateError */.ue('NO_REPOSITORY', 'No repository: set GITHUB_REPOSITORY (the runner does), or --repo OWNER/NAME on the command line.');
    const loaded = await readPolicy(settings, facts, repository, gateTypes);
    report.policy = { path: loaded.path, source: loaded.source, sha256: loaded.sha256, files: loaded.files };
    const minReason = loaded.policy.overrides.reason_min_length;
    if (settings.overrideFreeze && (settings.overrideReason ?? '').length < minReason) {
        throw new types/* GateError */.ue('OVERRIDE_REASON_TOO_SHORT', `override_reason is ${(settings.overrideReason ?? '').length} characters; the policy requires at least ${minReason}. Say why the freeze must be broken.`);
    }
    // The tag list for {base_tag} does not depend on the ref's commit: read both at once.
    prefetchDerivedValues(Object.values(loaded.policy.gates), settings.ref, settings.baseTag, facts, repository);
    const target = await resolveTarget(settings, facts, repository);
    Object.assign(report, { ref: target.fullRef, tag: target.tag, version: target.version, sha: target.sha });
    const choice = (0,policy_stage/* resolveStage */.rQ)(loaded.policy.stages, settings.stage, target.fullRef);
    report.stage = choice.stage;
    report.stage_reason = choice.reason;
    const reasons = {};
    const values = {
        tag: target.tag,
        version: target.tag ? target.version : null,
        sha: target.sha || null,
        ref: (0,policy_stage/* shortRefName */.TD)(target.fullRef),
        repo: `${repository.owner}/${repository.repo}`,
        owner: repository.owner,
        build_run_id: settings.buildRunId === null ? null : String(settings.buildRunId),
        base_tag: settings.baseTag,
    };
    const ctx = {
        repository,
        ref: target.fullRef,
        refName: (0,policy_stage/* shortRefName */.TD)(target.fullRef),
        tag: target.tag,
        version: target.version,
        sha: target.sha,
        buildRunId: settings.buildRunId,
        baseTag: settings.baseTag,
        runId: environment.runId,
        eventPullRequest: environment.eventPullRequest,
        serverUrl: environment.serverUrl,
        now: environment.now,
        rehearsal: settings.rehearsal,
        expand: (text) => (0,templates/* expandTemplate */.Ly)(text, values, [], reasons),
        // The policy itself, for policy_drift: its baseline is loaded exactly like policy_ref.
        policy: {
            effective: loaded.policy,
            sha256: loaded.sha256,
            source: loaded.source,
            path: loaded.path,
            files: loaded.files,
            loadAtRef: (ref) => loadPolicyAtRef(loaded.path, ref, facts, repository, gateTypes),
        },
    };
    const byType = new Map(gateTypes.map((g) => [g.type, g]));
    const stage = loaded.policy.stages[choice.stage];
    const plan = Object.entries(stage.gates).map(([id, mode]) => ({
        definition: loaded.policy.gates[id],
        mode,
    }));
    const evaluated = plan.filter((p) => p.mode !== 'off').map((p) => p.definition);
    ctx.buildRunPolicy = gatherBuildRunPolicy(Object.values(loaded.policy.gates), byType);
    await resolveDerivedValues(evaluated, ctx, facts, values, reasons);
    ctx.baseTag = values.base_tag;
    if (values.build_run_id !== null)
        report.build_run_id = Number(values.build_run_id);
    let done = 0;
    const gates = await Promise.all(plan.map(async ({ definition, mode }) => {
        const gate = await runPlanned(definition, mode, byType.get(definition.type), ctx, (text, keep) => (0,templates/* expandTemplate */.Ly)(text, values, keep, reasons), facts, settings, environment, report.overrides, loaded.policy.overrides, (report.refused_overrides ??= []));
        environment.onGate?.(gate.report);
        environment.onGateDone?.(gate.report, ++done, plan.length);
        return gate;
    }));
    // The report names the release build run also when it was found by search, not given.
    if (report.build_run_id === null)
        report.build_run_id = await buildRunJudged(evaluated, byType, ctx, facts);
    report.gates = gates.map((g) => g.report);
    // Gates finish in any order; the report follows the stage's order.
    const order = new Map(plan.map(({ definition }, index) => [definition.id, index]));
    report.overrides.sort((a, b) => order.get(a.gate) - order.get(b.gate));
    report.refused_overrides?.sort((a, b) => order.get(a.gate) - order.get(b.gate));
    for (const { report: gate, blocks, demote } of gates) {
        const entry = { gate: gate.id, code: gate.code, message: gate.message };
        if (blocks)
            report.blocking.push(entry);
        else if (gate.status === 'fail' || gate.status === 'error')
            report.warnings.push(entry);
        if (demote)
            report.demote = true;
    }
    report.result = report.blocking.length > 0 ? 'fail' : 'pass';
}
async function runPlanned(definition, mode, gateType, ctx, expand, facts, settings, environment, overrides, rules = { reason_min_length: 0 }, refused = []) {
    const base = {
        id: definition.id,
        type: definition.type,
        ...(definition.description ? { description: definition.description } : {}),
        mode,
    };
    if (mode === 'off') {
        return {
            report: {
                ...base,
                status: 'skipped',
                code: 'SKIPPED',
                message: 'Not evaluated: mode is off in this stage.',
                details: {},
                links: [],
                duration_ms: 0,
            },
            blocks: false,
            demote: false,
        };
    }
    const started = performance.now();
    // Each gate reports its waits under its own id; the shared context does not know which gate calls.
    const onWait = environment.onWait;
    const gateCtx = onWait
        ? { ...ctx, reportWait: (message, remainingMs) => onWait(definition.id, message, remainingMs) }
        : ctx;
    const verdict = await judgeGate(definition, gateType, gateCtx, expand, facts);
    const gate = {
        ...base,
        status: verdict.status,
        code: verdict.code,
        message: verdict.message,
        details: verdict.details ?? {},
        links: verdict.links ?? [],
        duration_ms: Math.round(performance.now() - started),
        ...(verdict.verifiedSubjects?.length ? { verified_subjects: verdict.verifiedSubjects } : {}),
    };
    // Break glass: only a gate the policy marks overridable, only a `fail` (an `error` means
    // the gate could not check, and nobody may wave that through), only with a reason.
    // Then only by whom the policy allows (overrides.allowed_actors / min_permission).
    const check = verdict.status === 'fail' && definition.overridable && settings.overrideFreeze && settings.overrideReason
        ? await mayOverride(rules, environment.actor, facts, ctx.repository)
        : null;
    if (check && !check.allowed) {
        const refusal = {
            gate: definition.id,
            actor: environment.actor,
            reason: settings.overrideReason,
            at: environment.now.toISOString(),
            why: check.why,
            who_may: check.whoMay,
        };
        refused.push(refusal);
        Object.assign(gate, {
            code: 'OVERRIDE_NOT_ALLOWED',
            message: `Override by '${refusal.actor}' refused: ${refusal.why}; only ${refusal.who_may} may override. The gate stays failed (${verdict.code}: ${verdict.message})`,
            details: {
                ...gate.details,
                overridden: null,
                refused_override: refusal,
                failed: { code: verdict.code, message: verdict.message },
            },
        });
    }
    if (check?.allowed && settings.overrideReason) {
        const record = {
            gate: definition.id,
            actor: environment.actor,
            reason: settings.overrideReason,
            at: environment.now.toISOString(),
        };
        overrides.push(record);
        Object.assign(gate, {
            status: 'overridden',
            code: 'OVERRIDDEN',
            message: `Overridden by ${record.actor}: ${record.reason} (was ${verdict.code}: ${verdict.message})`,
            details: {
                ...gate.details,
                overridden: { code: verdict.code, message: verdict.message },
                override: record,
            },
        });
    }
    const failed = gate.status === 'fail' || gate.status === 'error';
    const exemptInRehearsal = settings.rehearsal && gateType.blocksInRehearsal === false;
    if (failed && exemptInRehearsal)
        gate.details = { ...gate.details, rehearsal: 'A rehearsal never blocks on this gate type.' };
    return {
        report: gate,
        blocks: mode === 'required' && failed && !exemptInRehearsal,
        demote: verdict.demote === true,
    };
}
/** Reads bases named by `extends` (OWNER/REPO/PATH@REF) with the external token. */
function extendsReader(facts) {
    return async (spec) => {
        const { repo, path, ref } = (0,contents/* parseRepoFileSpec */.b)(spec);
        await facts.connect();
        const file = await (0,contents/* readRepoFile */.v)(facts.externalGithub, repo, path, ref);
        if (!file)
            throw new types/* GateError */.ue('POLICY_NOT_FOUND', `'${path}' does not exist at ${ref} of ${repo.owner}/${repo.repo}, or the external_token cannot see that repository (404)`);
        return { text: file.text, file: spec };
    };
}
/**
 * The policy file at `path` of `ref`, read through the API with its extends chain (policy_ref,
 * and policy_drift's baseline); null when the file does not exist there.
 */
async function loadPolicyAtRef(path, ref, facts, repository, gateTypes) {
    await facts.connect();
    const file = await (0,contents/* readRepoFile */.v)(facts.github, repository, path, ref);
    if (!file)
        return null;
    return (0,load/* loadPolicy */.t)({ text: file.text, file: path }, gateTypes, {
        source: `api@${ref}`,
        readExtends: extendsReader(facts),
    });
}
async function readPolicy(settings, facts, repository, gateTypes) {
    if (settings.policyRef) {
        const loaded = await loadPolicyAtRef(settings.policy, settings.policyRef, facts, repository, gateTypes);
        if (!loaded) {
            throw new types/* GateError */.ue('POLICY_NOT_FOUND', `Policy file '${settings.policy}' does not exist at ${settings.policyRef} of ${repository.owner}/${repository.repo}. Commit it there, or fix the policy / policy_ref inputs.`);
        }
        return loaded;
    }
    const readExtends = extendsReader(facts);
    let text;
    try {
        text = await external_node_fs_.promises.readFile((0,workspace/* workspacePath */.X)(facts.workspace, settings.policy), 'utf8');
    }
    catch (error) {
        if (error instanceof types/* GateError */.ue)
            throw error;
        throw new types/* GateError */.ue('POLICY_NOT_FOUND', `Policy file '${settings.policy}' not found in the workspace (${facts.workspace}). Check the repository out first (actions/checkout), fix the policy input, or set policy_ref to read it through the API.`);
    }
    return (0,load/* loadPolicy */.t)({ text, file: settings.policy }, gateTypes, { source: 'workspace', readExtends });
}
/** The ref as a full ref, whether it is a tag, and its commit. */
async function resolveTarget(settings, facts, repository) {
    // A full ref with an explicit sha needs no lookup; anything else asks the API.
    const explicit = settings.sha && /^refs\/(tags\/|heads\/|pull\/\d+\/(merge|head)$)/.test(settings.ref);
    const resolved = explicit
        ? { fullRef: settings.ref, isTag: settings.ref.startsWith('refs/tags/'), sha: settings.sha }
        : await (0,refs/* resolveRef */.qE)(facts, repository, settings.ref);
    const tag = resolved.isTag ? (0,policy_stage/* shortRefName */.TD)(resolved.fullRef) : null;
    return {
        fullRef: resolved.fullRef,
        tag,
        version: tag ? tag.replace(/^v/, '') : (0,policy_stage/* shortRefName */.TD)(resolved.fullRef),
        sha: settings.sha ?? resolved.sha,
    };
}
function describeFailure(error) {
    if (error instanceof policy_types/* PolicyError */.p)
        return { code: 'POLICY_INVALID', message: `The policy is invalid:\n${error.message}` };
    if (error instanceof policy_stage/* StageError */.Zu || error instanceof types/* GateError */.ue)
        return { code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 'EVALUATION_CRASHED', message: `The evaluation stopped unexpectedly: ${message}` };
}
/**
 * What the policy's gates say about the trusted build run (build_provenance's workflow, events
 * and dispatch_from; release_metadata's artifact), from every gate of the policy whatever this
 * stage's modes: a gate reading the build must accept the run build_provenance would. The
 * first gate declaring a part wins.
 */
function gatherBuildRunPolicy(gates, byType) {
    const policy = {};
    for (const gate of gates) {
        const declared = byType.get(gate.type)?.buildRunPolicy?.(gate.with) ?? {};
        for (const [key, value] of Object.entries(declared))
            if (value !== undefined && policy[key] === undefined)
                policy[key] = value;
    }
    return policy;
}
/**
 * The build run a planned gate that judges the build run trusted (a memoized read: no
 * request), or null.
 */
async function buildRunJudged(planned, byType, ctx, facts) {
    if (!planned.some((g) => byType.get(g.type)?.buildRunPolicy))
        return null;
    try {
        const finding = await (0,find/* findBuildRun */.HC)(facts, ctx, (0,find/* rulesFor */.NP)(ctx));
        return finding.found ? finding.run.id : null;
    }
    catch {
        // Only the report's pointer to the run: the gate itself reports why the run is unknown.
        return null;
    }
}
function emptyReport(settings, environment) {
    const repository = environment.repository
        ? `${environment.repository.owner}/${environment.repository.repo}`
        : '';
    return (0,skeleton/* blankReport */.V)({
        repository,
        ref: settings.ref,
        sha: settings.sha ?? '',
        rehearsal: settings.rehearsal,
        timestamp: environment.now.toISOString(),
        policyPath: settings.policy,
        policySource: settings.policyRef ? `api@${settings.policyRef}` : 'workspace',
        buildRunId: settings.buildRunId,
        runUrl: environment.runId && repository
            ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}`
            : null,
    });
}


/***/ }),

/***/ 92678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Sq: () => (/* binding */ tuning),
/* harmony export */   Z: () => (/* binding */ eventPullRequest),
/* harmony export */   zK: () => (/* binding */ runIdFrom)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38422);
// Reading the runner's environment (GITHUB_*), shared by the action and the CLI.


function parseRepository(value, source) {
    if (!value)
        return null;
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
    if (!match)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Invalid ${source} '${value}'. Expected OWNER/NAME.`);
    return { owner: match[1], repo: match[2] };
}
/** The pull request number of the triggering event (pull_request, pull_request_review, ...). */
async function eventPullRequest(eventPath) {
    if (!eventPath)
        return null;
    try {
        const event = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(eventPath, 'utf8'));
        const number = event.pull_request?.number;
        return typeof number === 'number' && Number.isInteger(number) ? number : null;
    }
    catch {
        return null;
    }
}
function runIdFrom(value) {
    return value && /^\d+$/.test(value) ? Number(value) : null;
}
/** Retry/backoff and timeout knobs (tests and benchmarks shorten them), from the environment. */
function tuning(env) {
    const number = (value) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
    return {
        retryBaseMs: number(env.RELEASE_GATES_RETRY_BASE_MS),
        timeoutMs: number(env.RELEASE_GATES_REQUEST_TIMEOUT_MS),
    };
}


/***/ }),

/***/ 67808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ listRunArtifacts),
/* harmony export */   h8: () => (/* binding */ findRunArtifact),
/* harmony export */   qA: () => (/* binding */ downloadRunArtifact)
/* harmony export */ });
/* unused harmony exports ATTEMPT_DEADLINE_MS, DEADLINE_MS_PER_MIB, DOWNLOAD_ATTEMPTS, RETRY_PAUSE_MS, attemptDeadlineMs, artifactDownloadToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34926);
// Workflow-run artifacts: listed once per run (never looked up by a bare id, which could name
// any run's artifact) and found there by name; downloaded once with @actions/artifact, with
// the API's digest checked. The archive comes back as bytes; nothing of it is extracted here
// (see util/zip.ts).
//
// The listing. One unfiltered, paginated read per run (memoized), shared by every gate that
// reads an artifact of that run. Anything in it that cannot be identified (no id or name, an
// artifact of another run, a page without its list, fewer artifacts than it counts) makes the
// listing an error: an unreadable listing must never read as "the artifact is missing". A
// listing also starts importing @actions/artifact, so that compiling it (a few hundred ms)
// overlaps the network instead of following it.
//
// The download. Before it: a sha256 digest in the listing, not expired, the API's size within
// `maxBytes` (else refused with no request). Then @actions/artifact downloads the archive once
// (`expectedHash`, `skipDecompress`) into a private temporary directory, removed afterwards;
// the file's size is checked against `maxBytes` again and its bytes are hashed here and compared
// with the digest (DIGEST_MISMATCH, never a warning, never retried, whatever the library says).
// The library writes the blob whole, so a blob larger than the API said may sit on the runner's
// temporary disk until it is refused.
//
// Bounding it. The library's redirect request has no timeout and is never retried; its blob
// read is retried five times with five-second pauses (about 25 s for a blob that keeps failing)
// and waits 30 s for each stalled chunk. So each library call is raced against a deadline,
// ATTEMPT_DEADLINE_MS plus 1 s per MiB of the API's size (a 1 MiB/s floor), which leaves room
// for one of its blob retries. A call that runs out of time, or whose redirect failed in a way
// that may pass (a 5xx, a dropped connection, a rate limit asking to wait at most 10 s), is
// tried once more after a pause; then the gate errors: TIMEOUT for a download that stalled or
// kept failing, the API's own code otherwise. Worst case for one artifact: 2 \u00d7 (15 s + 1 s per
// MiB) + 1 s, about 31 s for an artifact of 1 MiB or less. An abandoned call cannot be
// cancelled: it ends on its own, writing nowhere (its directory is gone), and the action exits
// without waiting for it (src/index.ts).







/** One library call's base deadline: the redirect, the blob, and one of the library's 5 s retry pauses. */
const ATTEMPT_DEADLINE_MS = 15_000;
/** Added per MiB of the API's size: the deadline assumes at least 1 MiB/s from storage. */
const DEADLINE_MS_PER_MIB = 1_000;
/** Library calls per download: one more after a deadline or a redirect failure that may pass. */
const DOWNLOAD_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 1_000;
/** A rate limit asking to wait longer than this is reported, not waited out. */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
const PAGE_SIZE = 100;
const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/i;
/** The deadline of one library call for an artifact the API says is `sizeInBytes` long. */
function attemptDeadlineMs(sizeInBytes) {
    const mib = Number.isFinite(sizeInBytes) && sizeInBytes > 0 ? sizeInBytes / (1024 * 1024) : 0;
    return ATTEMPT_DEADLINE_MS + Math.ceil(mib * DEADLINE_MS_PER_MIB);
}
/**
 * The token @actions/artifact authenticates with (it builds its own client, so it needs the
 * raw token). Today it is the `token` input, carried by this repository's client; this one
 * accessor is where that would change.
 */
function artifactDownloadToken(facts) {
    const token = facts.github.token;
    if (!token)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('NO_TOKEN', 'No GitHub token for artifact downloads: set the `token` input.');
    return token;
}
/**
 * Every artifact of run `runId`: one unfiltered listing, every page, memoized per run so that
 * all the gates reading artifacts of one run share it. A malformed listing is an error.
 */
function listRunArtifacts(facts, repo, runId) {
    return facts.memo(`run-artifacts:${repo.owner}/${repo.repo}:${runId}`, async () => {
        // An artifact is listed to be downloaded: load the library meanwhile.
        preloadArtifactClient();
        const octokit = facts.github.octokit;
        const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts`;
        const artifacts = [];
        let counted = 0;
        for (let page = 1;; page++) {
            let response;
            try {
                response = await octokit.rest.actions.listWorkflowRunArtifacts({
                    ...repo,
                    run_id: runId,
                    per_page: PAGE_SIZE,
                    page,
                });
            }
            catch (error) {
                throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .toGateError */ .Vl)(error, `the artifacts of run ${runId}`);
            }
            const data = response.data;
            const total = data?.total_count;
            if (!Array.isArray(data?.artifacts) ||
                typeof total !== 'number' ||
                !Number.isSafeInteger(total) ||
                total < 0) {
                throw malformedListing(request, `page ${page} is not a count and a list of artifacts`, data);
            }
            if (page === 1)
                counted = total;
            for (const raw of data.artifacts)
                artifacts.push(toRunArtifact(raw, runId, request));
            const hasNext = /\brel="next"/.test(response.headers.link ?? '');
            if (!hasNext)
                break;
            // Pages past what the first page counted mean the listing does not hold together.
            if (page >= Math.ceil(counted / PAGE_SIZE) + 1)
                throw malformedListing(request, `it pages on past the ${counted} artifacts it counts`, null);
        }
        if (artifacts.length < counted) {
            throw malformedListing(request, `it counts ${counted} artifacts but lists ${artifacts.length}, so an artifact may be left out`, null);
        }
        return artifacts;
    });
}
/**
 * The artifact named `name` in run `runId`, or null when the run's listing has none. Upload-artifact
 * v4 keeps names unique in a run; should several exist anyway, the newest upload is the run's
 * last word.
 */
async function findRunArtifact(facts, repo, runId, name) {
    const named = (await listRunArtifacts(facts, repo, runId)).filter((a) => a.name === name);
    const newestFirst = named.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id);
    return newestFirst[0] ?? null;
}
/**
 * Downloads a run's artifact as zip bytes whose sha256 equals the API's digest, or says why
 * not. Memoized, so gates reading files of one artifact share one download. Transport
 * problems are thrown as GateError (ARTIFACT_DOWNLOAD_FAILED, TIMEOUT, ...).
 */
async function downloadRunArtifact(facts, repo, artifact, options) {
    // What the listing already refuses costs no request (and is not memoized: it is free).
    const expected = SHA256_DIGEST.exec(artifact.digest ?? '')?.[1]?.toLowerCase();
    if (!expected)
        return { outcome: 'unverifiable', digest: artifact.digest };
    if (artifact.expired)
        return { outcome: 'expired' };
    if (artifact.sizeInBytes > options.maxBytes) {
        return { outcome: 'too_large', bytes: artifact.sizeInBytes, maxBytes: options.maxBytes };
    }
    // One download per artifact whatever limit each reader sets: the limit the API's size passed
    // above is checked again on the bytes each reader gets.
    const key = `artifact-download:${repo.owner}/${repo.repo}:${artifact.workflowRunId}:${artifact.id}:${expected}`;
    const result = await facts.memo(key, () => download(facts, repo, artifact, expected, options));
    if (result.outcome === 'downloaded' && result.archive.length > options.maxBytes)
        return { outcome: 'too_large', bytes: result.archive.length, maxBytes: options.maxBytes };
    return result;
}
/** The network part: `expected` is the lowercase hex of the API's sha256 digest. */
async function download(facts, repo, artifact, expected, options) {
    const github = facts.github;
    // The library builds its own client from GITHUB_API_URL; it must be the server this
    // evaluation reads, or the token would go elsewhere.
    const libraryBaseUrl = await (options.libraryBaseUrl ?? defaultLibraryBaseUrl)();
    if (trimSlash(libraryBaseUrl) !== trimSlash(github.baseUrl)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Cannot download artifact '${artifact.name}': @actions/artifact would use ${libraryBaseUrl}, but this evaluation reads ${github.baseUrl}. Set GITHUB_API_URL to ${github.baseUrl}.`);
    }
    const what = `artifact '${artifact.name}' (id ${artifact.id}) of run ${artifact.workflowRunId}`;
    const token = artifactDownloadToken(facts);
    const downloader = await (options.loadDownloader ?? loadArtifactClient)();
    const deadlineMs = options.attemptDeadlineMs ?? attemptDeadlineMs(artifact.sizeInBytes);
    const call = { downloader, token, deadlineMs, expected, what };
    for (let attempt = 1;; attempt++) {
        const result = await attemptDownload(facts, repo, artifact, options, call);
        if (!('failure' in result))
            return result;
        const { failure } = result;
        if (!failure.retry || attempt >= DOWNLOAD_ATTEMPTS) {
            if (failure.timedOut) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('TIMEOUT', `Downloading ${what} with @actions/artifact did not finish within ${seconds(deadlineMs)} s${attempt === 1 ? '' : ` on any of ${attempt} tries`}: the download redirect or blob storage stalled or kept failing (the library retries a failing blob for about 25 s). Re-run the job; if it keeps happening, check https://www.githubstatus.com.`, {
                    artifact_id: artifact.id,
                    run_id: artifact.workflowRunId,
                    attempts: attempt,
                    deadline_ms: deadlineMs,
                });
            }
            throw failure.error;
        }
        await facts.sleep(Math.max(RETRY_PAUSE_MS, failure.waitMs));
    }
}
/** One call of @actions/artifact, into a private directory removed afterwards. */
async function attemptDownload(facts, repo, artifact, options, call) {
    const { what, expected } = call;
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'release-gates-artifact-'));
    try {
        // The library makes one API request (the redirect) with a client of its own: count it.
        facts.github.counter.count++;
        let result;
        try {
            result = await withDeadline(call.downloader.downloadArtifact(artifact.id, {
                path: directory,
                expectedHash: `sha256:${expected}`,
                skipDecompress: true,
                findBy: {
                    token: call.token,
                    workflowRunId: artifact.workflowRunId,
                    repositoryOwner: repo.owner,
                    repositoryName: repo.repo,
                },
            }), call.deadlineMs);
        }
        catch (error) {
            if (error?.status === 410)
                return { outcome: 'expired' };
            return { failure: classifyFailure(error, what) };
        }
        // skipDecompress writes the archive as one file, named after the server's Content-Disposition.
        const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(directory);
        if (files.length !== 1) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Downloading ${what}: expected one archive, found ${files.length} files.`);
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(directory, files[0]);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (size > options.maxBytes)
            return { outcome: 'too_large', bytes: size, maxBytes: options.maxBytes };
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        const actual = sha256(bytes);
        // Ours decides; the library's own verdict can only add a mismatch, never remove one.
        if (actual !== expected || result.digestMismatch === true) {
            return { outcome: 'digest_mismatch', expected: `sha256:${expected}`, actual: `sha256:${actual}` };
        }
        return { outcome: 'downloaded', archive: bytes, sha256: `sha256:${actual}` };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(directory, { recursive: true, force: true });
    }
}
/**
 * What a failed library call means. Errors with an HTTP status come from its redirect request
 * (its own Octokit, which never retries); errors without one from its blob read, which it has
 * already retried, or from the library itself.
 */
function classifyFailure(error, what) {
    if (error === DEADLINE)
        return { retry: true, timedOut: true, waitMs: 0, error: new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('TIMEOUT', `${what} timed out`) };
    const e = (error ?? {});
    if (e.name === 'GHESNotSupportedError') {
        return final(new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Cannot download ${what}: @actions/artifact does not support GitHub Enterprise Server.`));
    }
    if (typeof e.status === 'number') {
        const mapped = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .toGateError */ .Vl)(error, what);
        const retryAfter = Number(e.response?.headers?.['retry-after'] ?? NaN);
        // A rate limit that does not say how long to wait is not waited out here.
        const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : Infinity;
        const rateLimited = mapped.code === 'RATE_LIMITED';
        const passing = e.status >= 500 || (rateLimited && retryAfterMs <= MAX_RATE_LIMIT_WAIT_MS);
        return { retry: passing, timedOut: false, waitMs: rateLimited ? retryAfterMs : 0, error: mapped };
    }
    const message = firstLine(String(e.message ?? error));
    return final(new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Downloading ${what} with @actions/artifact failed: ${message}`));
}
function final(error) {
    return { retry: false, timedOut: false, waitMs: 0, error };
}
let artifactClient;
/** @actions/artifact, imported once per process (it is most of the bundle's weight). */
function loadArtifactClient() {
    artifactClient ??= Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(32), __webpack_require__.e(138), __webpack_require__.e(865), __webpack_require__.e(200)]).then(__webpack_require__.bind(__webpack_require__, 200)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return artifactClient;
}
/**
 * Starts importing @actions/artifact without waiting for it: compiling it takes a few hundred
 * milliseconds, which can pass while a listing or a build run search is on the network instead
 * of after. It starts on the next turn of the event loop, so that the requests the gates are
 * sending now leave first. A failure to load is reported by the download that needs the library.
 */
function preloadArtifactClient() {
    setTimeout(() => loadArtifactClient().catch(() => undefined), 0);
}
/** The API URL @actions/github (and so @actions/artifact) fixed when it was loaded. */
async function defaultLibraryBaseUrl() {
    const { defaults } = await Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 22032));
    return defaults.baseUrl ?? 'https://api.github.com';
}
const DEADLINE = Symbol('deadline');
/** Rejects with DEADLINE after `ms`. The abandoned work cannot be cancelled: it ends on its own. */
function withDeadline(work, ms) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(DEADLINE), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
/**
 * One listed artifact. It must be identifiable (an id and a name) and of this run; fields that
 * decide whether it may be used read as refusals when absent (no size: too large; no
 * `expired`: expired; no digest: unverifiable).
 */
function toRunArtifact(payload, runId, request) {
    const raw = (payload ?? null);
    if (typeof raw !== 'object' ||
        raw === null ||
        typeof raw.id !== 'number' ||
        !Number.isSafeInteger(raw.id) ||
        raw.id <= 0 ||
        typeof raw.name !== 'string' ||
        raw.name === '') {
        throw malformedListing(request, 'an entry has no id or no name', payload);
    }
    const run = raw.workflow_run;
    const listedRun = typeof run === 'object' && run !== null ? run.id : undefined;
    if (listedRun !== undefined && listedRun !== runId) {
        throw malformedListing(request, `artifact '${raw.name}' (id ${raw.id}) is listed as one of run ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .VH)(listedRun)}`, null);
    }
    const size = raw.size_in_bytes;
    return {
        id: raw.id,
        name: raw.name,
        sizeInBytes: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : Number.POSITIVE_INFINITY,
        expired: raw.expired !== false,
        digest: typeof raw.digest === 'string' && raw.digest ? raw.digest : null,
        createdAt: typeof raw.created_at === 'string' ? raw.created_at : null,
        expiresAt: typeof raw.expires_at === 'string' ? raw.expires_at : null,
        workflowRunId: runId,
    };
}
function malformedListing(request, problem, sample) {
    const shown = sample === null ? '' : `: ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .VH)(sample, 200)}`;
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('API_ERROR', `GitHub answered the artifact listing (${request}) with something unexpected: ${problem}${shown}. An artifact is never taken as missing from a listing that cannot be read.`, { request });
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 300);
}


/***/ }),

/***/ 84045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ DEFAULT_BUILD_EVENTS),
/* harmony export */   HC: () => (/* binding */ findBuildRun),
/* harmony export */   NP: () => (/* binding */ rulesFor),
/* harmony export */   rN: () => (/* binding */ trustedBuildRun)
/* harmony export */ });
/* unused harmony exports DISPATCH_ATTESTATION_BOUND, DEFAULT_BUILD_WORKFLOW, titleNamesTag, toTrustedRun */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95081);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23157);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59825);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87922);
// Finds the release build run of this evaluation and judges it by the rules of trust.ts, once
// per evaluation and set of rules: build_provenance and every gate reading the build's outputs
// share the reads.
//
// By `build_run_id`: that run. Otherwise a search, cheapest first:
//  1. the newest successful run of the workflow whose head_branch is the tag (one request);
//     this repository's own runs first, so a fork's run named like the tag cannot push the real
//     build aside (it is returned only when there is nothing else, to be refused by name);
//  2. when that finds no trusted run and workflow_dispatch is an allowed event: the
//     DISPATCH_SEARCH_PAGE_SIZE newest successful workflow_dispatch runs of the workflow (one
//     request); of those from a `dispatch_from` branch, at most DISPATCH_ATTESTATION_BOUND have
//     their metadata read (an artifact listing and a download each), those whose display_title
//     names the tag first, newest first otherwise; the first that attests the tag is the run.
// When no run is trusted, the one that says best why is returned, for build_provenance to
// report: the run on the tag, else the first dispatch run tried, else a dispatch from a branch
// not in `dispatch_from`.





/** Dispatch runs whose metadata the search reads at most (two requests each). */
const DISPATCH_ATTESTATION_BOUND = 5;
const DEFAULT_BUILD_WORKFLOW = 'release.yml';
const DEFAULT_BUILD_EVENTS = ['push', 'workflow_dispatch'];
/**
 * The rules of this evaluation: the policy's (ctx.buildRunPolicy, from build_provenance and
 * release_metadata), with a gate's own `workflow` parameter in front when it names one.
 */
function rulesFor(ctx, workflow) {
    const policy = ctx.buildRunPolicy ?? {};
    return {
        workflow: workflow ?? policy.workflow ?? DEFAULT_BUILD_WORKFLOW,
        events: policy.events ?? DEFAULT_BUILD_EVENTS,
        dispatchFrom: policy.dispatchFrom ?? null,
        metadata: policy.metadata ?? _metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METADATA_LOCATION */ .yE,
    };
}
/** The build run and the judgement of it, memoized per rules. */
function findBuildRun(facts, ctx, rules) {
    const repo = ctx.repository;
    if (ctx.buildRunId === null && !ctx.tag) {
        return Promise.reject(new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_A_TAG', `No build run can be found for '${ctx.refName}': it is not a tag. Evaluate a tag, or pass build_run_id.`));
    }
    const where = ctx.buildRunId !== null ? `id:${ctx.buildRunId}` : `tag:${ctx.tag}`;
    const key = [
        `build-finding:${repo.owner}/${repo.repo}:${where}:${ctx.sha}`,
        rules.workflow,
        rules.events.join(','),
        rules.dispatchFrom?.join(',') ?? '(default branch)',
        `${rules.metadata.artifact}/${rules.metadata.file}/${rules.metadata.maxBytes}`,
    ].join('|');
    return facts.memo(key, () => ctx.buildRunId !== null ? byId(facts, ctx, rules, ctx.buildRunId) : search(facts, ctx, rules));
}
async function byId(facts, ctx, rules, runId) {
    const lookup = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .readRunById */ .wU)(facts, ctx.repository, runId);
    if (!lookup.found)
        return { found: false, lookup, rules };
    return judged(facts, ctx, rules, lookup);
}
async function search(facts, ctx, rules) {
    const repo = ctx.repository;
    const tag = ctx.tag;
    const query = { by: 'search', workflow: rules.workflow, tag };
    const listing = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .listTagRuns */ .B4)(facts, repo, rules.workflow, tag);
    if ('missing' in listing)
        return { found: false, lookup: { found: false, query, reason: listing.missing }, rules };
    const own = listing.runs.filter((run) => isOwn(run, repo));
    const tagRun = own[0] ?? listing.runs[0];
    let first = null;
    if (tagRun) {
        first = await judged(facts, ctx, rules, { found: true, query, run: tagRun });
        if (first.found && first.trust.trusted)
            return first;
    }
    const dispatched = rules.events.includes('workflow_dispatch')
        ? await searchDispatchRuns(facts, ctx, rules, query)
        : null;
    if (dispatched?.found && dispatched.trust.trusted)
        return dispatched;
    // Nothing trusted: the run on the tag says best why, else the dispatch run tried.
    if (first)
        return first;
    if (dispatched)
        return dispatched;
    const dispatchNote = rules.events.includes('workflow_dispatch')
        ? `, and none of the ${_run_js__WEBPACK_IMPORTED_MODULE_3__/* .DISPATCH_SEARCH_PAGE_SIZE */ .CV} newest successful workflow_dispatch runs of it attests the tag`
        : '';
    return {
        found: false,
        lookup: {
            found: false,
            query,
            reason: `no successful run of '${rules.workflow}' with head_branch '${tag}' in ${repo.owner}/${repo.repo}${dispatchNote}`,
        },
        rules,
    };
}
/**
 * The first dispatch run (by the order above) that the rules trust; else, so that the verdict
 * says why, the first one judged (DISPATCH_NOT_ATTESTED), or the newest dispatch from a branch
 * not in `dispatch_from` (DISPATCH_FROM_UNTRUSTED_BRANCH, judged without a download); else null.
 */
async function searchDispatchRuns(facts, ctx, rules, query) {
    const repo = ctx.repository;
    const listing = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .listDispatchRuns */ .PZ)(facts, repo, rules.workflow);
    if ('missing' in listing)
        return null;
    const branches = await dispatchBranches(facts, repo, rules);
    const dispatches = listing.runs.filter((run) => isOwn(run, repo) && (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .isBranchDispatch */ .xN)(run, ctx) && (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .runProblems */ .eX)(run, rules, repo).length === 0);
    const fromTrusted = dispatches.filter((run) => run.headBranch !== null && branches.includes(run.headBranch));
    const tag = ctx.tag;
    const ordered = [
        ...fromTrusted.filter((run) => titleNamesTag(run.displayTitle ?? null, tag)),
        ...fromTrusted.filter((run) => !titleNamesTag(run.displayTitle ?? null, tag)),
    ].slice(0, DISPATCH_ATTESTATION_BOUND);
    let first = null;
    for (const run of ordered) {
        const finding = await judged(facts, ctx, rules, { found: true, query, run });
        if (finding.found && finding.trust.trusted)
            return finding;
        first ??= finding;
    }
    if (first)
        return first;
    const elsewhere = dispatches.find((run) => !fromTrusted.includes(run));
    return elsewhere ? judged(facts, ctx, rules, { found: true, query, run: elsewhere }) : null;
}
/** Judges a found run, reading its metadata first when the dispatch rule needs it. */
async function judged(facts, ctx, rules, lookup) {
    const run = lookup.run;
    const resolved = { ...rules, dispatchFrom: rules.dispatchFrom ?? [] };
    let attestation = null;
    if ((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .isBranchDispatch */ .xN)(run, ctx)) {
        resolved.dispatchFrom = await dispatchBranches(facts, ctx.repository, rules);
        // Only a run that passes every other rule, from an allowed branch, is worth a download.
        const allowed = run.headBranch !== null && resolved.dispatchFrom.includes(run.headBranch);
        if (ctx.tag && allowed && (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .runProblems */ .eX)(run, rules, ctx.repository).length === 0)
            attestation = await (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .collectMetadata */ .um)(facts, ctx.repository, run.id, rules.metadata);
    }
    const trust = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeTrust */ .g_)(run, resolved, ctx, attestation);
    return { found: true, lookup, run, rules: resolved, attestation, trust };
}
async function dispatchBranches(facts, repo, rules) {
    return rules.dispatchFrom ?? [await (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultBranch */ .OR)(facts, repo)];
}
/** Whether a run title names the tag as a word ("release v1.2.0", not "release v1.2.0-rc.1"). */
function titleNamesTag(title, tag) {
    if (!title)
        return false;
    const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[\\s"'(/:=])${escaped}(?=$|[\\s"'),;:])`).test(title);
}
function isOwn(run, repo) {
    return run.headRepository?.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}
/**
 * The build run whose outputs a gate may read: exactly a run build_provenance would accept
 * under the policy's rules (with the gate's own workflow, when it names one).
 */
async function trustedBuildRun(facts, ctx, workflow) {
    const finding = await findBuildRun(facts, ctx, rulesFor(ctx, workflow));
    return toTrustedRun(finding);
}
function toTrustedRun(finding) {
    const described = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .describeBuildRunQuery */ .Zv)(finding.lookup.query);
    if (!finding.found)
        return {
            ok: false,
            code: 'BUILD_RUN_NOT_FOUND',
            where: described,
            reason: `${finding.lookup.reason} (looked for ${described})`,
        };
    const { run, trust } = finding;
    const where = `build run ${run.id}`;
    if (!trust.trusted) {
        return {
            ok: false,
            code: 'UNTRUSTED_BUILD_RUN',
            where,
            reason: `build run ${run.id} is not a trusted release build: ${trust.problems.map((p) => p.message).join(' ')}`,
        };
    }
    return { ok: true, run, where, admittedBy: trust.admittedBy };
}


/***/ }),

/***/ 23157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yE: () => (/* binding */ DEFAULT_METADATA_LOCATION),
  PP: () => (/* binding */ attestationExpected),
  um: () => (/* binding */ collectMetadata),
  Qx: () => (/* binding */ compareExpected),
  EZ: () => (/* binding */ describeMismatches),
  _6: () => (/* binding */ readMetadata)
});

// UNUSED EXPORTS: RELEASE_METADATA_SCHEMA, RELEASE_METADATA_SCHEMA_FINGERPRINT, readMetadataFile

// NAMESPACE OBJECT: ./src/policy/generated/metadata-validator.ts
var metadata_validator_namespaceObject = {};
__webpack_require__.r(metadata_validator_namespaceObject);
__webpack_require__.d(metadata_validator_namespaceObject, {
  FINGERPRINT: () => (FINGERPRINT),
  metadata: () => (metadata)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/generated/metadata-validator.ts
// Generated by `npm run generate` (scripts/precompile.ts) from the gate registry. Do not edit.
/* eslint-disable */
// @ts-nocheck

const metadata = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://release-gates.dev/schemas/release-metadata.schema.json", "title": "release-gates release metadata", "description": "metadata.json in the release-metadata artifact of a release build run: what the build built. The release_metadata gate compares it with the tag being released. Further fields are allowed. Fields a workflow fills from environment variables (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT) may be written as strings of the right form.", "type": "object", "required": ["tag", "version", "source_sha"], "properties": { "tag": { "description": "The tag the build released, e.g. v1.2.0.", "type": "string", "minLength": 1 }, "version": { "description": "The version built, e.g. 1.2.0 (the tag without its leading v).", "type": "string", "minLength": 1 }, "source_sha": { "description": "The commit built: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits (as GITHUB_SHA).", "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "source_ref": { "description": "The ref the build checked out, e.g. refs/tags/v1.2.0.", "type": "string", "minLength": 1 }, "source_run_id": { "description": "The id of the workflow run that built it: an integer, or its digits as a string (\"${GITHUB_RUN_ID}\").", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]{0,19}$" }] }, "source_run_attempt": { "description": "The attempt of that run: an integer, or its digits as a string (\"${GITHUB_RUN_ATTEMPT}\").", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]{0,19}$" }] }, "source_workflow": { "description": "The workflow that built it: its name (GITHUB_WORKFLOW) or its path.", "type": "string", "minLength": 1 } }, "additionalProperties": true };
const func1 = ucs2length["default"]["default"] ?? ucs2length["default"];
const pattern4 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})$", "u");
const pattern5 = new RegExp("^[1-9][0-9]{0,19}$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://release-gates.dev/schemas/release-metadata.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tag === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.source_sha === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_sha" }, message: "must have required property '" + "source_sha" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.tag !== undefined) {
        let data0 = data.tag;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err3 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.tag, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tag.type, parentSchema: schema31.properties.tag, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (typeof data1 === "string") {
            if (func1(data1) < 1) {
                const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.version.type, parentSchema: schema31.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.source_sha !== undefined) {
        let data2 = data.source_sha;
        if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
                const err7 = { instancePath: instancePath + "/source_sha", schemaPath: "#/properties/source_sha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})$" }, message: "must match pattern \"" + "^([0-9a-f]{40}|[0-9a-f]{64})$" + "\"", schema: "^([0-9a-f]{40}|[0-9a-f]{64})$", parentSchema: schema31.properties.source_sha, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/source_sha", schemaPath: "#/properties/source_sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source_sha.type, parentSchema: schema31.properties.source_sha, data: data2 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.source_ref !== undefined) {
        let data3 = data.source_ref;
        if (typeof data3 === "string") {
            if (func1(data3) < 1) {
                const err9 = { instancePath: instancePath + "/source_ref", schemaPath: "#/properties/source_ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source_ref, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/source_ref", schemaPath: "#/properties/source_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source_ref.type, parentSchema: schema31.properties.source_ref, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.source_run_id !== undefined) {
        let data4 = data.source_run_id;
        const _errs11 = errors;
        let valid1 = false;
        const _errs12 = errors;
        if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
            const err11 = { instancePath: instancePath + "/source_run_id", schemaPath: "#/properties/source_run_id/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.source_run_id.anyOf[0].type, parentSchema: schema31.properties.source_run_id.anyOf[0], data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if ((typeof data4 == "number") && (isFinite(data4))) {
            if (data4 < 1 || isNaN(data4)) {
                const err12 = { instancePath: instancePath + "/source_run_id", schemaPath: "#/properties/source_run_id/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.source_run_id.anyOf[0], data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        var _valid0 = _errs12 === errors;
        valid1 = valid1 || _valid0;
        const _errs14 = errors;
        if (typeof data4 === "string") {
            if (!pattern5.test(data4)) {
                const err13 = { instancePath: instancePath + "/source_run_id", schemaPath: "#/properties/source_run_id/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: "must match pattern \"" + "^[1-9][0-9]{0,19}$" + "\"", schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.source_run_id.anyOf[1], data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/source_run_id", schemaPath: "#/properties/source_run_id/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source_run_id.anyOf[1].type, parentSchema: schema31.properties.source_run_id.anyOf[1], data: data4 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        var _valid0 = _errs14 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
            const err15 = { instancePath: instancePath + "/source_run_id", schemaPath: "#/properties/source_run_id/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.source_run_id.anyOf, parentSchema: schema31.properties.source_run_id, data: data4 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        else {
            errors = _errs11;
            if (vErrors !== null) {
                if (_errs11) {
                    vErrors.length = _errs11;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.source_run_attempt !== undefined) {
        let data5 = data.source_run_attempt;
        const _errs17 = errors;
        let valid2 = false;
        const _errs18 = errors;
        if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
            const err16 = { instancePath: instancePath + "/source_run_attempt", schemaPath: "#/properties/source_run_attempt/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.source_run_attempt.anyOf[0].type, parentSchema: schema31.properties.source_run_attempt.anyOf[0], data: data5 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if ((typeof data5 == "number") && (isFinite(data5))) {
            if (data5 < 1 || isNaN(data5)) {
                const err17 = { instancePath: instancePath + "/source_run_attempt", schemaPath: "#/properties/source_run_attempt/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.source_run_attempt.anyOf[0], data: data5 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        var _valid1 = _errs18 === errors;
        valid2 = valid2 || _valid1;
        const _errs20 = errors;
        if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
                const err18 = { instancePath: instancePath + "/source_run_attempt", schemaPath: "#/properties/source_run_attempt/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,19}$" }, message: "must match pattern \"" + "^[1-9][0-9]{0,19}$" + "\"", schema: "^[1-9][0-9]{0,19}$", parentSchema: schema31.properties.source_run_attempt.anyOf[1], data: data5 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/source_run_attempt", schemaPath: "#/properties/source_run_attempt/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source_run_attempt.anyOf[1].type, parentSchema: schema31.properties.source_run_attempt.anyOf[1], data: data5 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        var _valid1 = _errs20 === errors;
        valid2 = valid2 || _valid1;
        if (!valid2) {
            const err20 = { instancePath: instancePath + "/source_run_attempt", schemaPath: "#/properties/source_run_attempt/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.source_run_attempt.anyOf, parentSchema: schema31.properties.source_run_attempt, data: data5 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        else {
            errors = _errs17;
            if (vErrors !== null) {
                if (_errs17) {
                    vErrors.length = _errs17;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.source_workflow !== undefined) {
        let data6 = data.source_workflow;
        if (typeof data6 === "string") {
            if (func1(data6) < 1) {
                const err21 = { instancePath: instancePath + "/source_workflow", schemaPath: "#/properties/source_workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.source_workflow, data: data6 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/source_workflow", schemaPath: "#/properties/source_workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.source_workflow.type, parentSchema: schema31.properties.source_workflow, data: data6 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
}
else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err23];
    }
    else {
        vErrors.push(err23);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const FINGERPRINT = "49823fc4d4371c7735ea10beed3a1746297eddff91996fdbd031753b02dbce00";

// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __webpack_require__(42425);
// EXTERNAL MODULE: ./src/policy/schema-errors.ts
var schema_errors = __webpack_require__(91591);
// EXTERNAL MODULE: ./src/util/zip.ts
var zip = __webpack_require__(52003);
// EXTERNAL MODULE: ./src/facts/artifacts.ts
var artifacts = __webpack_require__(67808);
// EXTERNAL MODULE: ./src/facts/build/refusals.ts
var refusals = __webpack_require__(90415);
;// CONCATENATED MODULE: ./src/facts/build/metadata.ts
// The build's own account of what it built: metadata.json in its `release-metadata` artifact.
// Read by the release_metadata gate, and by the dispatch rule (trust.ts), for which the file is
// the only link between a run dispatched from a branch and the tag it checked out.
//
// Workflows write this file with a shell heredoc, so fields filled from environment variables
// arrive as strings: `"source_run_id": "${GITHUB_RUN_ID}"`. The schema accepts a run id as an
// integer or a string of digits, and compares it as a run id (by its number's text).






/** A run id as a workflow may write it: a positive integer, or its decimal digits as text. */
const RUN_ID_SCHEMA = {
    anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: '^[1-9][0-9]{0,19}$' },
    ],
};
/**
 * schemas/release-metadata.schema.json is this object written out (a test keeps them equal);
 * it lives in code so the bundle needs no file beside it.
 */
const RELEASE_METADATA_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://release-gates.dev/schemas/release-metadata.schema.json',
    title: 'release-gates release metadata',
    description: 'metadata.json in the release-metadata artifact of a release build run: what the build built. The release_metadata gate compares it with the tag being released. Further fields are allowed. Fields a workflow fills from environment variables (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT) may be written as strings of the right form.',
    type: 'object',
    required: ['tag', 'version', 'source_sha'],
    properties: {
        tag: { description: 'The tag the build released, e.g. v1.2.0.', type: 'string', minLength: 1 },
        version: {
            description: 'The version built, e.g. 1.2.0 (the tag without its leading v).',
            type: 'string',
            minLength: 1,
        },
        source_sha: {
            description: 'The commit built: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits (as GITHUB_SHA).',
            type: 'string',
            pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$',
        },
        source_ref: {
            description: 'The ref the build checked out, e.g. refs/tags/v1.2.0.',
            type: 'string',
            minLength: 1,
        },
        source_run_id: {
            description: 'The id of the workflow run that built it: an integer, or its digits as a string ("${GITHUB_RUN_ID}").',
            ...RUN_ID_SCHEMA,
        },
        source_run_attempt: {
            description: 'The attempt of that run: an integer, or its digits as a string ("${GITHUB_RUN_ATTEMPT}").',
            ...RUN_ID_SCHEMA,
        },
        source_workflow: {
            description: 'The workflow that built it: its name (GITHUB_WORKFLOW) or its path.',
            type: 'string',
            minLength: 1,
        },
    },
    additionalProperties: true,
};
const DEFAULT_METADATA_LOCATION = {
    artifact: 'release-metadata',
    file: 'metadata.json',
    maxBytes: 1048576,
};
/** The metadata artifact of run `runId`: found by name in the run's listing, downloaded once if usable. */
async function collectMetadata(facts, repo, runId, location) {
    const artifact = await (0,artifacts/* findRunArtifact */.h8)(facts, repo, runId, location.artifact);
    if (!artifact || (0,refusals/* refusedBeforeDownload */.C)(artifact, location.maxBytes))
        return { artifact, download: null };
    const download = await (0,artifacts/* downloadRunArtifact */.qA)(facts, repo, artifact, {
        maxBytes: location.maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    return { artifact, download };
}
/** The metadata document, or why it cannot be taken (pure: from what collectMetadata read). */
function readMetadata(facts, location) {
    const { artifact, download } = facts;
    const refusal = (0,refusals/* artifactRefusal */.j)(artifact, download, location.maxBytes, location.artifact);
    if (refusal)
        return { ok: false, refusal };
    if (!download || download.outcome !== 'downloaded')
        return { ok: false, refusal: { code: 'ARTIFACT_NOT_DOWNLOADED', message: 'was not downloaded.' } };
    const read = readMetadataFile(download.archive, location);
    if ('problem' in read)
        return { ok: false, refusal: { code: 'METADATA_INVALID', message: `is refused: ${read.problem}.` } };
    return { ok: true, metadata: read.metadata, digest: download.sha256 };
}
/** The metadata file from the archive, parsed and schema-checked; or what is wrong with it. */
function readMetadataFile(archive, params) {
    const maxBytes = params.maxBytes ?? params.max_bytes ?? DEFAULT_METADATA_LOCATION.maxBytes;
    let bytes;
    try {
        const entries = (0,zip/* listZipEntries */.kT)(archive, zip/* DEFAULT_ZIP_LIMITS */.RT);
        const entry = (0,zip/* findZipEntry */.j2)(entries, params.file);
        if (!entry || entry.isDirectory) {
            const files = entries.filter((e) => !e.isDirectory).map((e) => `'${e.name}'`);
            return {
                problem: `it has no '${params.file}' (it holds ${files.length ? files.slice(0, 10).join(', ') : 'no files'})`,
            };
        }
        if (entry.size > maxBytes)
            return { problem: `'${params.file}' is ${entry.size} bytes, over max_bytes (${maxBytes})` };
        bytes = (0,zip/* readZipEntry */.g7)(archive, entry);
    }
    catch (error) {
        if (error instanceof zip/* ZipError */.Wz)
            return { problem: error.message };
        throw error;
    }
    let document;
    try {
        document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (error) {
        return { problem: `'${params.file}' is not valid UTF-8 JSON (${error.message})` };
    }
    const validate = metadataValidator();
    if (!validate(document)) {
        const reasons = (validate.errors ?? []).map((e) => (0,schema_errors/* describeAjvError */.tN)(e, document).message);
        return {
            problem: `'${params.file}' does not follow schemas/release-metadata.schema.json: ${reasons.join('; ')}`,
        };
    }
    return { metadata: document };
}
/** Every expected field that differs; numbers and strings compare by their text (run ids). */
function compareExpected(expect, metadata) {
    return Object.entries(expect)
        .filter(([field, expected]) => {
        const found = Object.hasOwn(metadata, field) ? metadata[field] : undefined;
        return !((typeof found === 'string' || typeof found === 'number') &&
            String(found) === String(expected));
    })
        .map(([field, expected]) => ({
        field,
        expected,
        found: Object.hasOwn(metadata, field) ? metadata[field] : undefined,
    }));
}
/**
 * What metadata must say for a run dispatched from a branch to count as the tag's build: the
 * tag, its commit, the tag's full ref, and the id of the very run that uploaded it (so the
 * metadata of another run cannot be passed off).
 */
function attestationExpected(ctx, runId) {
    return {
        tag: ctx.tag ?? '',
        source_sha: ctx.sha.toLowerCase(),
        source_ref: `refs/tags/${ctx.tag ?? ''}`,
        source_run_id: runId,
    };
}
/** A sentence listing mismatches: `source_sha "abc\u2026" expected, found "def\u2026"`. */
function describeMismatches(mismatches) {
    return mismatches
        .map((m) => `${m.field} ${JSON.stringify(m.expected)} expected, found ${m.found === undefined ? '(absent)' : JSON.stringify(m.found)}`)
        .join('; ');
}
/** Identifies the schema the precompiled validator was built from (`npm run generate`). */
const RELEASE_METADATA_SCHEMA_FINGERPRINT = (0,normalize/* sha256Hex */.fg)((0,normalize/* canonicalJson */.dj)(RELEASE_METADATA_SCHEMA));
/** Precompiled, so a run does not load Ajv to check one small document. */
function metadataValidator() {
    const generated = metadata_validator_namespaceObject;
    // Only a build from an ungenerated checkout can get here; CI checks the generated files.
    if (generated.FINGERPRINT !== RELEASE_METADATA_SCHEMA_FINGERPRINT || !generated.metadata)
        throw new Error('src/policy/generated/metadata-validator.ts is stale: run `npm run generate`.');
    return generated.metadata;
}


/***/ }),

/***/ 90415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refusedBeforeDownload),
/* harmony export */   j: () => (/* binding */ artifactRefusal)
/* harmony export */ });
/** Why an artifact cannot be read, from its listing and download; null when it can. */
function artifactRefusal(artifact, download, maxBytes, name) {
    if (!artifact) {
        return {
            code: 'ARTIFACT_MISSING',
            message: `does not exist: the build must upload '${name}' (actions/upload-artifact).`,
        };
    }
    return (refusedBeforeDownload(artifact, maxBytes) ?? (download ? refusedByDownload(download, maxBytes) : null));
}
/** What the API's listing alone refuses, so nothing is downloaded. */
function refusedBeforeDownload(artifact, maxBytes) {
    if (artifact.expired) {
        return {
            code: 'ARTIFACT_EXPIRED',
            message: `expired${artifact.expiresAt ? ` on ${artifact.expiresAt}` : ''}: re-run the build, or raise its retention-days.`,
        };
    }
    if (artifact.sizeInBytes > maxBytes)
        return tooLarge(artifact.sizeInBytes, maxBytes);
    if (!artifact.digest || !/^sha256:[0-9a-f]{64}$/i.test(artifact.digest))
        return unverifiable(artifact.digest);
    return null;
}
function refusedByDownload(download, maxBytes) {
    switch (download.outcome) {
        case 'downloaded':
            return null;
        case 'expired':
            return {
                code: 'ARTIFACT_EXPIRED',
                message: 'expired while it was being downloaded (410): re-run the build.',
            };
        case 'too_large':
            return tooLarge(download.bytes, maxBytes);
        case 'unverifiable':
            return unverifiable(download.digest);
        case 'digest_mismatch':
            return {
                code: 'DIGEST_MISMATCH',
                message: `downloaded as ${download.actual}, but GitHub recorded ${download.expected} at upload: the archive was changed or damaged, and nothing in it is trusted.`,
                details: { expected_digest: download.expected, actual_digest: download.actual },
            };
    }
}
function tooLarge(bytes, maxBytes) {
    const size = Number.isFinite(bytes) ? `${bytes} bytes` : 'of unknown size';
    return { code: 'ARTIFACT_TOO_LARGE', message: `is ${size}, over max_bytes (${maxBytes}).` };
}
/** Without a sha256 digest from the API the download could not be verified: fail closed. */
function unverifiable(digest) {
    return {
        code: 'DIGEST_MISSING',
        message: `has ${digest ? `an unsupported digest '${digest}'` : 'no digest'} in the API, so its content cannot be verified: upload it with actions/upload-artifact v4 or later.`,
    };
}


/***/ }),

/***/ 59825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ listTagRuns),
/* harmony export */   CV: () => (/* binding */ DISPATCH_SEARCH_PAGE_SIZE),
/* harmony export */   PZ: () => (/* binding */ listDispatchRuns),
/* harmony export */   Zv: () => (/* binding */ describeBuildRunQuery),
/* harmony export */   wU: () => (/* binding */ readRunById)
/* harmony export */ });
/* unused harmony export SEARCH_PAGE_SIZE */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34926);
// The release build run as GitHub lists it: read by id, or listed for a search (runs of the
// build workflow on the tag, and workflow_dispatch runs that may have built the tag from a
// branch). Each read is one request, memoized. Which run is chosen, and whether it deserves
// trust, is decided in trust.ts and find.ts; this module only reads.


/**
 * Runs listed per search (one request). The newest matching run is the one wanted; more let
 * the client re-check the server's filters and look past fork runs.
 */
const SEARCH_PAGE_SIZE = 30;
/** workflow_dispatch runs listed when searching for a dispatch-built release (one request). */
const DISPATCH_SEARCH_PAGE_SIZE = 20;
/** The run `runId` of this repository, or why there is none. */
function readRunById(facts, repo, runId) {
    return facts.memo(`build-run:${repo.owner}/${repo.repo}:id:${runId}`, async () => {
        const query = { by: 'id', runId };
        let answer;
        try {
            const { data } = await facts.github.octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
            answer = data;
        }
        catch (error) {
            if (statusOf(error) === 404) {
                return {
                    found: false,
                    query,
                    reason: `workflow run ${runId} does not exist in ${repo.owner}/${repo.repo}`,
                };
            }
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGateError */ .Vl)(error, `build run ${runId}`);
        }
        return {
            found: true,
            query,
            run: toBuildRun(_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .Fields */ .C8.of(answer, `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${runId}`)),
        };
    });
}
/**
 * Successful runs of `workflow` whose head_branch is `tag`, newest first. GitHub's filters are
 * applied again here: a run that does not match them must not be chosen because a server
 * ignored a query parameter.
 */
function listTagRuns(facts, repo, workflow, tag) {
    return facts.memo(`build-runs:${repo.owner}/${repo.repo}:${workflow}:branch:${tag}`, async () => {
        const listing = await listSuccessfulRuns(facts, repo, workflow, {
            branch: tag,
            per_page: SEARCH_PAGE_SIZE,
        });
        if ('missing' in listing)
            return listing;
        return { runs: listing.runs.filter((run) => run.headBranch === tag) };
    });
}
/** Successful workflow_dispatch runs of `workflow`, newest first (one page). */
function listDispatchRuns(facts, repo, workflow) {
    return facts.memo(`build-runs:${repo.owner}/${repo.repo}:${workflow}:event:workflow_dispatch`, async () => {
        const listing = await listSuccessfulRuns(facts, repo, workflow, {
            event: 'workflow_dispatch',
            per_page: DISPATCH_SEARCH_PAGE_SIZE,
        });
        if ('missing' in listing)
            return listing;
        return { runs: listing.runs.filter((run) => run.event === 'workflow_dispatch') };
    });
}
async function listSuccessfulRuns(facts, repo, workflow, filters) {
    let data;
    try {
        ({ data } = await facts.github.octokit.rest.actions.listWorkflowRuns({
            ...repo,
            workflow_id: workflow,
            status: 'success',
            ...filters,
        }));
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { missing: `workflow '${workflow}' does not exist in ${repo.owner}/${repo.repo}` };
        const which = filters.branch ? `for tag '${filters.branch}'` : `triggered by ${filters.event}`;
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toGateError */ .Vl)(error, `runs of workflow '${workflow}' ${which}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
    const runs = _shape_js__WEBPACK_IMPORTED_MODULE_1__/* .Fields */ .C8.of(data, request)
        .objects('workflow_runs')
        .map(toBuildRun)
        .filter((run) => run.status === 'completed' && run.conclusion === 'success');
    return { runs };
}
/** Describes the lookup for messages: 'run 42' or "the newest successful run of 'release.yml' for tag 'v1.2.0'". */
function describeBuildRunQuery(query) {
    return query.by === 'id'
        ? `build run ${query.runId} (build_run_id)`
        : `the newest successful run of '${query.workflow}' for tag '${query.tag}'`;
}
/**
 * A run as the gates read it (a `workflow-run` in GitHub's schema): every field checked, null
 * only where GitHub sends null (`head_repository` is null once a fork is deleted).
 */
function toBuildRun(raw) {
    return {
        id: raw.integer('id'),
        name: raw.optionalString('name'),
        path: raw.string('path'),
        workflowId: raw.integer('workflow_id'),
        runNumber: raw.integer('run_number'),
        runAttempt: raw.optionalInteger('run_attempt'),
        event: raw.string('event'),
        status: raw.stringOrNull('status'),
        conclusion: raw.stringOrNull('conclusion'),
        headBranch: raw.stringOrNull('head_branch'),
        headSha: raw.string('head_sha'),
        repository: raw.object('repository').string('full_name'),
        headRepository: raw.objectOrNull('head_repository')?.string('full_name') ?? null,
        htmlUrl: raw.string('html_url'),
        createdAt: raw.string('created_at'),
        displayTitle: raw.optionalString('display_title'),
    };
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 87922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ repoName),
/* harmony export */   eX: () => (/* binding */ runProblems),
/* harmony export */   g_: () => (/* binding */ judgeTrust),
/* harmony export */   jy: () => (/* binding */ foreignRunProblem),
/* harmony export */   xN: () => (/* binding */ isBranchDispatch)
/* harmony export */ });
/* unused harmony exports TRUST_CHECKS, workflowPathMatches */
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23157);

/** In the order they are checked; the first failed one is the verdict's code. */
const TRUST_CHECKS = (/* unused pure expression or super */ null && ([
    'WRONG_WORKFLOW',
    'FOREIGN_REPOSITORY',
    'RUN_NOT_SUCCESSFUL',
    'WRONG_EVENT',
    'DISPATCH_FROM_UNTRUSTED_BRANCH',
    'DISPATCH_NOT_ATTESTED',
    'TAG_MISMATCH',
    'SHA_MISMATCH',
]));
/**
 * Whether the dispatch rule applies: a workflow_dispatch run that did not run on the tag
 * itself. (A dispatch on the tag is held to the tag rule, like a push.)
 */
function isBranchDispatch(run, ctx) {
    return run.event === 'workflow_dispatch' && run.headBranch !== ctx.tag;
}
/**
 * Every rule `run` fails, in TRUST_CHECKS order. `attestation` is what was read of the run's
 * metadata; it is only consulted for a branch dispatch (null: not read).
 */
function judgeTrust(run, rules, ctx, attestation) {
    const problems = [...runProblems(run, rules, ctx.repository)];
    let admittedBy = 'tag_push';
    if (isBranchDispatch(run, ctx)) {
        admittedBy = 'dispatch_attested';
        problems.push(...dispatchProblems(run, rules, ctx, attestation));
    }
    else {
        problems.push(...tagProblems(run, ctx));
    }
    return problems.length === 0
        ? { trusted: true, admittedBy, problems: [] }
        : { trusted: false, admittedBy: null, problems };
}
/** The rules that do not depend on the tag: workflow, repository, success, event. */
function runProblems(run, rules, repository) {
    const problems = [];
    const expectedPath = `.github/workflows/${rules.workflow}`;
    if (!workflowPathMatches(run.path, rules.workflow, repository)) {
        problems.push({
            code: 'WRONG_WORKFLOW',
            message: `Build run ${run.id} ran '${run.path || '(no path)'}', not '${expectedPath}'.`,
        });
    }
    const foreign = foreignRunProblem(run, repository);
    if (foreign)
        problems.push(foreign);
    if (run.status !== 'completed' || run.conclusion !== 'success') {
        const state = run.status !== 'completed'
            ? `is '${run.status ?? 'unknown'}', not completed`
            : `concluded '${run.conclusion ?? 'unknown'}', not 'success'`;
        problems.push({ code: 'RUN_NOT_SUCCESSFUL', message: `Build run ${run.id} ${state}.` });
    }
    if (!rules.events.includes(run.event)) {
        problems.push({
            code: 'WRONG_EVENT',
            message: `Build run ${run.id} was triggered by '${run.event || '(none)'}', not one of: ${rules.events.join(', ')}.`,
        });
    }
    return problems;
}
/**
 * The run must belong to this repository and build its code: a fork's run never counts, and
 * neither does a run whose head repository is gone (null). Null when the run is this repository's.
 */
function foreignRunProblem(run, repository) {
    const here = repoName(repository);
    if (sameName(run.repository, here) && sameName(run.headRepository, here))
        return null;
    const from = run.headRepository ?? 'a repository that no longer exists';
    return {
        code: 'FOREIGN_REPOSITORY',
        message: `Build run ${run.id} built code from ${from}, not ${here}: a fork's run is never a release build.`,
    };
}
function tagProblems(run, ctx) {
    const problems = [];
    if (run.headBranch !== ctx.tag) {
        problems.push({
            code: 'TAG_MISMATCH',
            message: `Build run ${run.id} ran on '${run.headBranch ?? '(no ref)'}', not on tag '${ctx.tag}'.`,
        });
    }
    if (run.headSha.toLowerCase() !== ctx.sha.toLowerCase()) {
        const why = run.event === 'workflow_dispatch'
            ? ' (a dispatched run builds the head of the branch it was dispatched from)'
            : '';
        problems.push({
            code: 'SHA_MISMATCH',
            message: `Build run ${run.id} built ${short(run.headSha) || '(no commit)'}, but tag '${ctx.tag}' points at ${short(ctx.sha)}${why}.`,
        });
    }
    return problems;
}
function dispatchProblems(run, rules, ctx, attestation) {
    if (run.headBranch === null || !rules.dispatchFrom.includes(run.headBranch)) {
        return [
            {
                code: 'DISPATCH_FROM_UNTRUSTED_BRANCH',
                message: `Build run ${run.id} was dispatched from '${run.headBranch ?? '(no branch)'}', not from ${rules.dispatchFrom.map((b) => `'${b}'`).join(' or ')} (dispatch_from); a dispatch from another branch builds whatever that branch holds.`,
            },
        ];
    }
    const what = `Build run ${run.id}, dispatched from '${run.headBranch}',`;
    const location = rules.metadata;
    if (!attestation) {
        return [
            {
                code: 'DISPATCH_NOT_ATTESTED',
                message: `${what} has no release metadata read to attest tag '${ctx.tag}'.`,
            },
        ];
    }
    const reading = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .readMetadata */ ._6)(attestation, location);
    if (!reading.ok) {
        return [
            {
                code: 'DISPATCH_NOT_ATTESTED',
                message: `${what} does not attest tag '${ctx.tag}': its artifact '${location.artifact}' ${reading.refusal.message}`,
            },
        ];
    }
    const mismatches = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .compareExpected */ .Qx)((0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .attestationExpected */ .PP)(ctx, run.id), reading.metadata);
    if (mismatches.length > 0) {
        return [
            {
                code: 'DISPATCH_NOT_ATTESTED',
                message: `${what} does not attest tag '${ctx.tag}': ${location.file} has ${(0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .describeMismatches */ .EZ)(mismatches)}.`,
                mismatches,
            },
        ];
    }
    return [];
}
/**
 * Whether a run's `path` is `.github/workflows/<workflow>` of this repository. GitHub reports
 * the plain path; its documentation also shows `owner/repo/<path>@<ref>`, accepted here when
 * owner/repo is this repository.
 */
function workflowPathMatches(runPath, workflow, repository) {
    const match = /^(?:([^/]+)\/([^/]+)\/(?=\.github\/))?(\.github\/workflows\/[^@]+)(?:@.+)?$/.exec(runPath);
    if (!match)
        return false;
    const [, owner, repo, file] = match;
    if (owner !== undefined && !sameName(`${owner}/${repo}`, repoName(repository)))
        return false;
    return file === `.github/workflows/${workflow}`;
}
function repoName(repository) {
    return `${repository.owner}/${repository.repo}`;
}
/** GitHub owner and repository names are case-insensitive. */
function sameName(a, b) {
    return a !== null && a.toLowerCase() === b.toLowerCase();
}
function short(sha) {
    return sha.slice(0, 12);
}


/***/ }),

/***/ 51585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseRepoFileSpec),
/* harmony export */   v: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34926);
// A file's bytes at a ref of some repository, through the contents API (no checkout needed).



/** Reads a file; `null` when it does not exist at that ref. */
async function readRepoFile(github, repo, path, ref) {
    let data;
    try {
        ({ data } = await github.octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) }));
    }
    catch (error) {
        if (error.status === 404)
            return null;
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo}`);
    }
    const where = `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo}`;
    // A directory is listed as an array; a symlink or submodule has its own type.
    const notAFile = new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_A_FILE', `${where} is not a file.`);
    if (Array.isArray(data))
        throw notAFile;
    // A `content-file` in GitHub's schema.
    const file = _shape_js__WEBPACK_IMPORTED_MODULE_2__/* .Fields */ .C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/contents/${path}${ref ? `?ref=${ref}` : ''}`);
    if (file.string('type') !== 'file')
        throw notAFile;
    const encoding = file.string('encoding');
    if (encoding === 'none') {
        // Files over 1 MB come back without content; a policy or version file never should be.
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('FILE_TOO_LARGE', `${where} is too large to read through the contents API.`);
    }
    if (encoding !== 'base64')
        throw file.refuse(`has encoding ${JSON.stringify(encoding)}, not base64`, 'encoding');
    return {
        path,
        ref: ref ?? '',
        text: Buffer.from(file.string('content'), 'base64').toString('utf8'),
        sha: file.string('sha'),
    };
}
/** Parses OWNER/REPO/PATH@REF (policy `extends`). */
function parseRepoFileSpec(spec) {
    const match = /^([^/\s]+)\/([^/\s]+)\/([^@\s]+)@([^@\s]+)$/.exec(spec);
    if (!match)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `'${spec}' is not OWNER/REPO/PATH@REF.`);
    return { repo: { owner: match[1], repo: match[2] }, path: match[3], ref: match[4] };
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


/***/ }),

/***/ 66433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qE: () => (/* binding */ resolveRef)
/* harmony export */ });
/* unused harmony exports PEEL_DEPTH, RESOLVE_REF_QUERY */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34926);
// Which commit a ref names. A tag is peeled through annotated tag objects: the commit under
// evaluation is the tag's commit, never GITHUB_SHA (on workflow_dispatch that is the
// dispatching branch's head).
//
// One GraphQL request resolves a ref: `ref(qualifiedName:)` with its target peeled through up to
// PEEL_DEPTH tag objects in the same query, and for a short name both candidates (the tag and
// the branch) at once. REST needs a request for the ref and one more per annotated tag object,
// strictly one after the other.




/** Annotated tag objects followed to the commit (a tag of a tag of \u2026), all in the one query. */
const PEEL_DEPTH = 5;
/** `__typename oid` of a git object, and for a tag object its target, `depth` levels down. */
function targetSelection(depth) {
    return depth === 0
        ? '__typename oid'
        : `__typename oid ... on Tag { target { ${targetSelection(depth - 1)} } }`;
}
/**
 * Variables: `owner`, `name`, `ref0` (a fully qualified ref), `ref1` and `both` (whether to look
 * up `ref1` too). A ref that does not exist is null, without an error.
 */
const RESOLVE_REF_QUERY = `query ResolveRef($owner: String!, $name: String!, $ref0: String!, $ref1: String!, $both: Boolean!) {
  repository(owner: $owner, name: $name) {
    ref0: ref(qualifiedName: $ref0) { ...RefTarget }
    ref1: ref(qualifiedName: $ref1) @include(if: $both) { ...RefTarget }
  }
}
fragment RefTarget on Ref {
  name
  prefix
  target { ${targetSelection(PEEL_DEPTH)} }
}`;
const OBJECT_ID = /^([0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * A git object of the answer, checked: a commit the evaluation will judge must have a real
 * sha. Anything else is GitHub answering in a shape it does not document.
 */
function gitObject(data, what) {
    const object = data;
    if (typeof object !== 'object' ||
        object === null ||
        typeof object.__typename !== 'string' ||
        typeof object.oid !== 'string' ||
        !OBJECT_ID.test(object.oid)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub answered ${what} without an object type and sha: ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(data, 200)}`);
    }
    return { type: object.__typename, oid: object.oid.toLowerCase(), target: object.target };
}
/** The commit a tag names, through its annotated tag objects. */
function peelTag(target, name, what) {
    let current = gitObject(target, what);
    for (let depth = 0; depth <= PEEL_DEPTH; depth++) {
        if (current.type === 'Commit')
            return current.oid;
        if (current.type !== 'Tag') {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TAG_NOT_COMMIT', `Tag '${name}' points at a ${current.type.toLowerCase()}, not a commit: only a commit can be released.`, { tag: name, type: current.type.toLowerCase(), sha: current.oid });
        }
        if (depth === PEEL_DEPTH)
            break;
        current = gitObject(current.target, `the tag object ${current.oid} of ${what}`);
    }
    throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TAG_NOT_COMMIT', `Tag '${name}' is nested too deeply to peel (more than ${PEEL_DEPTH} tag objects before a commit).`, { tag: name });
}
/** The commit of one looked-up ref, or null when it does not exist. */
function commitOf(node, qualified, repo) {
    if (node === null || node === undefined)
        return null;
    const what = `ref '${qualified}' (graphql ResolveRef in ${repo.owner}/${repo.repo})`;
    if (typeof node !== 'object' || typeof node.name !== 'string' || typeof node.prefix !== 'string') {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub answered ${what} without its name: ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(node, 200)}`);
    }
    // GitHub falls back to a short-name match when no ref has the qualified name: only an exact
    // ref counts.
    if (node.prefix + node.name !== qualified)
        return null;
    const name = node.name;
    if (qualified.startsWith('refs/tags/'))
        return peelTag(node.target, name, what);
    const object = gitObject(node.target, what);
    if (object.type !== 'Commit') {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub answered ${what} with a ${object.type} as the branch head, not a commit.`);
    }
    return object.oid;
}
/** Looks up one or two fully qualified refs in one request: qualified name \u2192 commit, or null. */
async function lookupRefs(github, repo, qualified, asked) {
    let answer;
    try {
        answer = await github.octokit.graphql(RESOLVE_REF_QUERY, {
            owner: repo.owner,
            name: repo.repo,
            ref0: qualified[0],
            ref1: qualified[1] ?? qualified[0],
            both: qualified.length > 1,
        });
    }
    catch (error) {
        throw (0,_github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .graphqlGateError */ .B)(error, repo, `ref '${asked}'`);
    }
    const repository = answer?.repository;
    if (repository === null) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_FOUND', `Repository ${repo.owner}/${repo.repo} not found reading ref '${asked}', or the token cannot see it (\`contents: read\`).`, { permission: 'contents: read' });
    }
    if (typeof repository !== 'object') {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub answered the query for ref '${asked}' (graphql ResolveRef) with something unexpected: ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(answer, 200)}`);
    }
    return qualified.map((name, i) => commitOf(repository[`ref${i}`], name, repo));
}
/**
 * The head commit of a pull request: what its checks ran on and its reviews approve (the
 * runner's GITHUB_SHA on pull_request is a merge commit no check ever ran on).
 */
async function pullRequestHead(github, repo, number) {
    let data;
    try {
        ({ data } = await github.octokit.rest.pulls.get({ ...repo, pull_number: number }));
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `pull request #${number}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}`;
    const sha = _shape_js__WEBPACK_IMPORTED_MODULE_3__/* .Fields */ .C8.of(data, request).object('head').string('sha');
    if (!OBJECT_ID.test(sha))
        throw (0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .malformedAnswer */ .eA)(request, `has head.sha = ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(sha)}, not a commit sha`, 'head.sha');
    return sha.toLowerCase();
}
/**
 * Resolves `ref` (short or full). A short name is looked up as a tag first, then as a branch,
 * as git does: both in the one request. What a short name resolved to is also remembered under
 * its full name, so `ref_on_branch` reading `refs/tags/NAME` makes no request.
 */
function resolveRef(facts, repo, ref) {
    const key = (name) => `ref:${repo.owner}/${repo.repo}:${name}`;
    return facts.memo(key(ref), async () => {
        const github = facts.github;
        const pull = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
        if (pull)
            return { fullRef: ref, isTag: false, sha: await pullRequestHead(github, repo, Number(pull[1])) };
        const candidates = ref.startsWith('refs/tags/') || ref.startsWith('refs/heads/')
            ? [ref]
            : [`refs/tags/${ref}`, `refs/heads/${ref}`];
        const commits = await lookupRefs(github, repo, candidates, ref);
        const index = commits.findIndex((sha) => sha !== null);
        if (index < 0) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('REF_NOT_FOUND', `Ref '${ref}' does not exist in ${repo.owner}/${repo.repo} (looked for ${candidates.join(' and ')}).`);
        }
        const fullRef = candidates[index];
        const resolved = { fullRef, isTag: fullRef.startsWith('refs/tags/'), sha: commits[index] };
        if (fullRef !== ref)
            void facts.memo(key(fullRef), async () => resolved);
        return resolved;
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

/***/ 34926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ Fields),
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   eA: () => (/* binding */ malformedAnswer)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
// GitHub's answers, checked where a fact reads them. A proxy, a GitHub Enterprise Server of
// another version or GitHub itself can answer with a field missing, null or of another type.
// Read unchecked, that is a TypeError deep in a gate (GATE_CRASHED, which nobody can act on)
// or, worse, a value that means something else (a missing conclusion read as "not finished").
// So each field a fact reads is checked as GitHub documents it (@octokit/openapi-types for
// REST, @octokit/graphql-schema for GraphQL): present unless optional, of its type, null only
// where GitHub returns null. A wrong answer is refused with API_ERROR, naming the request and
// the field. Fields nobody reads are not checked.

/** A refused answer: `problem` says what is wrong, e.g. "has no workflow_runs list". */
function malformedAnswer(request, problem, field) {
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub's answer to ${request} ${problem}. Retry; if it persists, GitHub or a proxy between it and the runner is sending damaged answers.`, { request, field });
}
/** What a value of each kind is called: bare ("has no id integer"), and with its article. */
const NOUNS = {
    string: ['string', 'a string'],
    integer: ['integer', 'an integer'],
    boolean: ['true/false', 'true or false'],
    object: ['object', 'an object'],
    list: ['list', 'a list'],
};
function hasKind(value, kind) {
    switch (kind) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            // Past 2^53 a number is no longer the id GitHub sent.
            return Number.isSafeInteger(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        case 'list':
            return Array.isArray(value);
    }
}
/**
 * A value of an answer as a message quotes it: JSON, cut at `max` characters. Safe for any
 * value: Octokit reads integers past 2^53 as BigInt, which JSON.stringify refuses (a TypeError).
 */
function preview(value, max = 40) {
    const json = JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `${v}n` : v));
    const text = value === undefined || typeof value === 'bigint' ? String(value) : (json ?? String(value));
    return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function refuse(request, path, value, kind) {
    const [noun, withArticle] = NOUNS[kind];
    if (path === '')
        return malformedAnswer(request, `is ${preview(value)}, not ${withArticle}`, '');
    // An answer that is a list names its entries by index alone: "entry [3].number".
    const place = path.startsWith('[') ? `entry ${path}` : path;
    const problem = value === undefined ? `has no ${place} ${noun}` : `has ${place} = ${preview(value)}, not ${withArticle}`;
    return malformedAnswer(request, problem, path);
}
/**
 * One JSON object of an answer, read field by field. `path` places it in the answer for
 * messages (`workflow_runs[3]`); `request` is what was asked (`GET /repos/o/r/\u2026`).
 */
class Fields {
    raw;
    request;
    path;
    constructor(raw, request, path) {
        this.raw = raw;
        this.request = request;
        this.path = path;
    }
    /** `value` as an object (the whole answer when `path` is empty), or refused. */
    static of(value, request, path = '') {
        if (!hasKind(value, 'object'))
            throw refuse(request, path, value, 'object');
        return new Fields(value, request, path);
    }
    /** Each entry of a list (a paginated listing, say) as an object, or refused. */
    static each(list, request, path) {
        if (!hasKind(list, 'list'))
            throw refuse(request, path, list, 'list');
        return list.map((entry, i) => Fields.of(entry, request, `${path}[${i}]`));
    }
    where(key) {
        return this.path ? `${this.path}.${key}` : key;
    }
    read(key, kind, absent) {
        const value = this.raw[key];
        if (hasKind(value, kind))
            return value;
        if (value === null && absent !== 'required')
            return null;
        if (value === undefined && absent === 'optional')
            return null;
        throw refuse(this.request, this.where(key), value, kind);
    }
    string(key) {
        return this.read(key, 'string', 'required');
    }
    /** Present, and a string or null (GitHub's `string | null`). */
    stringOrNull(key) {
        return this.read(key, 'string', 'nullable');
    }
    /** A field GitHub may leave out (`key?: string`): absent or null is null. */
    optionalString(key) {
        return this.read(key, 'string', 'optional');
    }
    integer(key) {
        return this.read(key, 'integer', 'required');
    }
    integerOrNull(key) {
        return this.read(key, 'integer', 'nullable');
    }
    optionalInteger(key) {
        return this.read(key, 'integer', 'optional');
    }
    boolean(key) {
        return this.read(key, 'boolean', 'required');
    }
    booleanOrNull(key) {
        return this.read(key, 'boolean', 'nullable');
    }
    optionalBoolean(key) {
        return this.read(key, 'boolean', 'optional');
    }
    object(key) {
        return Fields.of(this.raw[key], this.request, this.where(key));
    }
    objectOrNull(key) {
        return this.raw[key] === null ? null : this.object(key);
    }
    optionalObject(key) {
        return this.raw[key] === null || this.raw[key] === undefined ? null : this.object(key);
    }
    /** A list of objects, each checked as one. */
    objects(key) {
        return Fields.each(this.raw[key], this.request, this.where(key));
    }
    /** A list whose entries the caller checks itself (they may be null, or strings). */
    list(key) {
        return this.read(key, 'list', 'required');
    }
    listOrNull(key) {
        return this.read(key, 'list', 'nullable');
    }
    /** The raw value, for a field whose check is the caller's (an enum, a union). */
    value(key) {
        return this.raw[key];
    }
    /** Refuses this object for a reason of the caller's (`problem`: "has an unknown status 'x'"). */
    refuse(problem, key = '') {
        return malformedAnswer(this.request, problem, key ? this.where(key) : this.path);
    }
}


/***/ }),

/***/ 39522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ workspacePath),
/* harmony export */   s: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40440);
// Files in the job's workspace (GITHUB_WORKSPACE), read once per evaluation.



/** Resolves a workspace-relative path; a path that leaves the workspace is refused. */
function workspacePath(workspace, relative) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative);
    if (!isInside(root, full)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('INVALID_PARAMS', `Path '${relative}' leaves the workspace (${root}); use a path inside it.`);
    }
    return full;
}
function isInside(root, full) {
    return full === root || full.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
function readWorkspaceFile(facts, relative, maxBytes) {
    return facts.memo(`workspace:${relative}:${maxBytes}`, async () => {
        const lexical = workspacePath(facts.workspace, relative);
        let stat;
        let full;
        try {
            // Follow symlinks first, then check again: a link inside the workspace must not
            // smuggle in a file from outside it.
            full = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(lexical);
            if (!isInside(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(facts.workspace), full)) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('INVALID_PARAMS', `Path '${relative}' leads outside the workspace through a symbolic link.`);
            }
            stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(full);
        }
        catch (error) {
            if (error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue)
                throw error;
            if (error.code === 'ENOENT')
                return { kind: 'missing', path: relative };
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('FILE_UNREADABLE', `Cannot read '${relative}': ${error.message}`);
        }
        if (!stat.isFile())
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('FILE_UNREADABLE', `'${relative}' is not a file.`);
        if (stat.size > maxBytes)
            return { kind: 'too_large', path: relative, size: stat.size, maxBytes };
        return { kind: 'ok', path: relative, text: await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(full, 'utf8') };
    }, 'local');
}


/***/ }),

/***/ 92068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ GATE_TYPES)
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
;// CONCATENATED MODULE: ./src/facts/attestations.ts
// A file's GitHub artifact attestations, verified. The list comes from
// `GET /repos/{owner}/{repo}/attestations/sha256:{digest}` (permission `attestations: read`;
// cursor-paginated through Link headers). Each entry carries its Sigstore bundle inline, or only
// a `bundle_url` to the bundle Snappy-compressed in storage, as the GitHub CLI reads it.
//
// Verification needs the Sigstore libraries, which are large: they are imported here on first
// use (src/supply-chain/verify.ts is a chunk of its own), never at start-up.




/** Enough for any real release; past it the listing is an error, never a silent cut. */
const MAX_ATTESTATIONS = 300;
const PER_PAGE = 100;
/** Bundles are a few KiB; anything much bigger is not one. */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const BUNDLE_TIMEOUT_MS = 20_000;
/** A Sigstore trusted root is a few KiB. */
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/** The Sigstore verifier, a chunk of its own: imported by the first gate that verifies. */
async function loadVerifier() {
    try {
        return await Promise.all(/* import() */[__webpack_require__.e(138), __webpack_require__.e(303), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 85126));
    }
    catch (error) {
        throw new types/* GateError */.ue('VERIFIER_NOT_LOADED', `Cannot load the Sigstore verifier: ${error.message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`);
    }
}
/** The attestations GitHub holds for a sha256 digest in this repository; none \u2192 []. */
function listAttestations(facts, repo, sha256) {
    return facts.memo(`attestations:${repo.owner}/${repo.repo}:${sha256}`, async () => {
        const octokit = facts.github.octokit;
        const records = [];
        try {
            const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                ...repo,
                subject_digest: `sha256:${sha256}`,
                per_page: PER_PAGE,
            });
            for await (const page of pages) {
                const list = page.data.attestations;
                if (!Array.isArray(list)) {
                    throw new types/* GateError */.ue('API_ERROR', `GitHub answered the attestations of sha256:${sha256} without an 'attestations' list.`);
                }
                records.push(...list.map(toRecord));
                if (records.length > MAX_ATTESTATIONS) {
                    throw new types/* GateError */.ue('TOO_MANY_ATTESTATIONS', `sha256:${sha256} has more than ${MAX_ATTESTATIONS} attestations; not all could be read.`);
                }
            }
        }
        catch (error) {
            // GitHub answers 404 for a digest it holds no attestation of (the GitHub CLI reads it so).
            if (error.status === 404)
                return [];
            throw (0,errors/* toGateError */.Vl)(error, `the attestations of sha256:${sha256}`);
        }
        return records;
    });
}
function toRecord(payload) {
    const raw = (payload ?? {});
    return {
        bundle: raw.bundle && typeof raw.bundle === 'object' ? raw.bundle : null,
        bundleUrl: typeof raw.bundle_url === 'string' && raw.bundle_url ? raw.bundle_url : null,
        repositoryId: typeof raw.repository_id === 'number' ? raw.repository_id : null,
    };
}
/**
 * The bundle behind a `bundle_url`: Snappy-compressed JSON in storage. The URL is signed, so no
 * GitHub token is sent (it may be another host).
 */
function fetchBundle(facts, url) {
    return facts.memo(`attestation-bundle:${url}`, async () => {
        const where = `the attestation bundle at ${safeUrl(url)}`;
        let compressed;
        try {
            const response = await fetch(url, {
                signal: AbortSignal.timeout(BUNDLE_TIMEOUT_MS),
                redirect: 'follow',
            });
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
            const length = Number(response.headers.get('content-length') ?? '0');
            if (length > MAX_BUNDLE_BYTES)
                throw new Error(`${length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
            compressed = Buffer.from(await response.arrayBuffer());
            if (compressed.length > MAX_BUNDLE_BYTES)
                throw new Error(`${compressed.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `Could not fetch ${where}: ${error.message}.`, {
                url: safeUrl(url),
            });
        }
        try {
            const { uncompress } = (await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19))).default;
            const json = Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8');
            return JSON.parse(json);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `${where} is not a Snappy-compressed JSON bundle: ${error.message}.`, { url: safeUrl(url) });
        }
    });
}
/** The URL without its query string (a storage signature). */
function safeUrl(url) {
    return url.split('?')[0];
}
/**
 * What bundles are verified against. Without a file: Sigstore's public-good root through TUF
 * (`RELEASE_GATES_TUF_MIRROR` + `RELEASE_GATES_TUF_ROOT` name another mirror and its root.json;
 * the cache goes under RUNNER_TEMP on a runner). Unreachable or unreadable: the gate errors.
 */
function sigstoreTrust(facts, options) {
    const file = options.trustedRoot;
    if (file) {
        return facts.memo(`sigstore-trust:file:${file}`, async () => {
            const read = await (0,workspace/* readWorkspaceFile */.s)(facts, file, MAX_TRUSTED_ROOT_BYTES);
            const source = `'${file}'`;
            if (read.kind !== 'ok') {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', read.kind === 'missing'
                    ? `The trusted root ${source} does not exist in the workspace; no attestation can be verified without it.`
                    : `The trusted root ${source} is ${read.size} bytes, over the ${read.maxBytes}-byte limit.`, { trusted_root: file });
            }
            let json;
            try {
                json = JSON.parse(read.text);
            }
            catch (error) {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', `The trusted root ${source} is not JSON: ${error.message}.`, { trusted_root: file });
            }
            return (await loadVerifier()).trustFromTrustedRoot(json, source);
        }, 'local');
    }
    return facts.memo('sigstore-trust:public-good', async () => {
        const env = facts.env;
        const cachePath = env.RELEASE_GATES_TUF_CACHE ||
            (env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, 'sigstore-tuf') : undefined);
        return (await loadVerifier()).publicGoodTrust({
            cachePath,
            mirrorURL: env.RELEASE_GATES_TUF_MIRROR || undefined,
            rootPath: env.RELEASE_GATES_TUF_ROOT || undefined,
        });
    }, 'local');
}
/** Every attestation of the file, each verified as a statement about `sha256`. */
async function verifiedAttestations(facts, repo, sha256, trust) {
    const records = await listAttestations(facts, repo, sha256);
    const { verifyAttestationBundle } = await loadVerifier();
    return Promise.all(records.map(async (record, index) => {
        if (record.bundle !== null)
            return { ...verifyAttestationBundle(record.bundle, sha256, trust), index, delivery: 'inline' };
        if (record.bundleUrl === null)
            return {
                ok: false,
                reason: 'GitHub listed it with neither a bundle nor a bundle_url',
                index,
                delivery: 'inline',
            };
        const bundle = await fetchBundle(facts, record.bundleUrl);
        return { ...verifyAttestationBundle(bundle, sha256, trust), index, delivery: 'bundle_url' };
    }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/util/checksums.ts
// SHA-256 checksum files as `sha256sum` writes them: one `<64 lowercase hex> <mode><NAME>` line
// per file, where the mode is a space (text) or `*` (binary). The parser is strict on purpose:
// a line it cannot read is reported with its number, never skipped, because a skipped line
// would turn into a "missing checksum" that hides a broken release pipeline.

const CHECKSUM_MALFORMED = 'CHECKSUM_MALFORMED';
/** A checksum file that cannot be trusted as written; names the file and the line. */
class ChecksumParseError extends Error {
    file;
    line;
    reason;
    excerpt;
    code = CHECKSUM_MALFORMED;
    constructor(file, 
    /** 1-based; 0 when the problem is the file as a whole. */
    line, reason, 
    /** The offending line, shortened and quoted for display. */
    excerpt = '') {
        super(`${file}${line ? ` line ${line}` : ''}: ${reason}${excerpt ? ` (${excerpt})` : ''}`);
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.excerpt = excerpt;
        this.name = 'ChecksumParseError';
    }
}
const HEX64 = /^[0-9a-f]{64}$/;
// Control characters never occur in an asset name; in a line they mean a corrupt or hostile file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Parses a `sha256sums.txt`; throws ChecksumParseError for the first line it cannot read. */
function parseSha256Sums(text, file = 'sha256sums.txt') {
    checkEncoding(text, file);
    const entries = new Map();
    for (const [index, raw] of splitLines(text).entries()) {
        if (raw === '')
            continue;
        const entry = parseLine(raw, index + 1, file);
        const earlier = entries.get(entry.name);
        if (earlier && earlier.sha256 !== entry.sha256) {
            throw new ChecksumParseError(file, entry.line, `'${entry.name}' is listed again with a different checksum (first on line ${earlier.line})`, quote(raw));
        }
        if (!earlier)
            entries.set(entry.name, entry);
    }
    return entries;
}
/** Parses a `NAME.sha256` sidecar: exactly one line, naming exactly `expectedName`. */
function parseSidecar(text, file, expectedName) {
    checkEncoding(text, file);
    const lines = splitLines(text)
        .map((raw, index) => ({ raw, number: index + 1 }))
        .filter((line) => line.raw !== '');
    if (lines.length === 0)
        throw new ChecksumParseError(file, 0, `is empty; expected '<64 lowercase hex>  ${expectedName}'`);
    if (lines.length > 1)
        throw new ChecksumParseError(file, lines[1].number, `has more than one line; a sidecar holds the checksum of '${expectedName}' only`, quote(lines[1].raw));
    const entry = parseLine(lines[0].raw, lines[0].number, file);
    if (entry.name !== expectedName) {
        throw new ChecksumParseError(file, entry.line, `names '${entry.name}', expected '${expectedName}'`, quote(lines[0].raw));
    }
    return entry;
}
/** The hex of a GitHub API `digest` (`sha256:<hex>`), or null when absent or another algorithm. */
function parseApiDigest(digest) {
    if (typeof digest !== 'string')
        return null;
    const match = /^sha256:([0-9a-fA-F]{64})$/.exec(digest.trim());
    return match ? match[1].toLowerCase() : null;
}
function sha256Hex(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
function isSha256Hex(text) {
    return HEX64.test(text);
}
const EXPECTED = "expected '<64 lowercase hex>  <NAME>' or '<64 lowercase hex> *<NAME>'";
function parseLine(raw, line, file) {
    const shown = quote(raw);
    const refuse = (reason) => new ChecksumParseError(file, line, reason, shown);
    if (raw.startsWith('\\'))
        throw refuse('escaped file names (a leading backslash) are not supported');
    if (/^SHA256 ?\(/.test(raw))
        throw refuse("BSD-style 'SHA256 (NAME) = HEX' lines are not supported; write '<hex>  <NAME>' (sha256sum's format)");
    if (/^\s/.test(raw))
        throw refuse(`the line starts with white space; ${EXPECTED}`);
    const hash = /^\S*/.exec(raw)[0];
    if (!/^[0-9a-fA-F]+$/.test(hash))
        throw refuse(`the line does not start with a hex checksum; ${EXPECTED}`);
    if (hash.length !== 64)
        throw refuse(`the checksum has ${hash.length} hex digits, a sha256 has 64; ${EXPECTED}`);
    const rest = raw.slice(64);
    // Every way the separator can be wrong, each with its own reason: the line is refused for all.
    const reasons = [];
    if (!HEX64.test(hash))
        reasons.push('the checksum has upper-case hex digits; sha256sum writes lower-case (e.g. .ToLower() after Get-FileHash)');
    let name;
    if (rest === '') {
        throw refuse(`a bare checksum without a file name; ${EXPECTED} (sha256sum writes the name, 'cut -d" " -f1' drops it)`);
    }
    if (rest.startsWith('\t')) {
        reasons.push("a tab between the checksum and the name; sha256sum writes two spaces, or ' *' in binary mode");
        name = rest.slice(1);
    }
    else if (rest.startsWith('  ') || rest.startsWith(' *')) {
        name = rest.slice(2);
    }
    else {
        // rest starts with one space followed by the name.
        reasons.push("one space between the checksum and the name where two are expected; sha256sum writes two spaces (text mode) or ' *' (binary mode)");
        name = rest.slice(1);
    }
    if (name === '' || /^\s*$/.test(name))
        throw refuse(['no file name after the checksum', ...reasons].join('; '));
    if (/^\s|\s$/.test(name))
        reasons.push('the file name starts or ends with white space');
    if (CONTROL.test(name))
        reasons.push('the file name contains control characters');
    if (reasons.length)
        throw refuse(reasons.join('; '));
    return { name, sha256: hash, line };
}
/**
 * A checksum file must be UTF-8 (or ASCII) text. PowerShell 5's `Out-File` writes UTF-16 (BOM
 * FF FE, a NUL byte after each ASCII character): decoded as UTF-8 it is replacement characters
 * and NULs, and every line would be refused for a reason that hides the real one.
 */
function checkEncoding(text, file) {
    const NUL = '\u0000';
    if (!text.includes(NUL))
        return;
    const utf16Bom = ['\uFFFD\uFFFD', '\uFFFE', `\uFEFF${NUL}`, `${NUL}\uFEFF`].some((mark) => text.startsWith(mark));
    const nulls = text.split(NUL).length - 1;
    if (utf16Bom || nulls * 3 >= text.length) {
        throw new ChecksumParseError(file, 0, "is UTF-16 text (byte-order mark FF FE or FE FF, a NUL byte beside each character), as PowerShell 5's Out-File writes it; write it as UTF-8 or ASCII (Out-File -Encoding ascii, or Set-Content)");
    }
    const at = text.indexOf(NUL);
    throw new ChecksumParseError(file, text.slice(0, at).split('\n').length, 'contains a NUL byte; a checksum file is text');
}
/** Lines without their terminators; a CRLF file reads like an LF file, a leading BOM is dropped. */
function splitLines(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** A line as it may appear in a message: shortened, with control characters made visible. */
function quote(line) {
    const short = line.length > 100 ? `${line.slice(0, 100)}\u2026` : line;
    return JSON.stringify(short);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/facts/artifacts.ts
var facts_artifacts = __webpack_require__(67808);
// EXTERNAL MODULE: ./src/util/zip.ts
var zip = __webpack_require__(52003);
// EXTERNAL MODULE: ./src/facts/build/refusals.ts
var refusals = __webpack_require__(90415);
;// CONCATENATED MODULE: ./src/facts/build/archive.ts



/** `file` of `artifact` (null: the run has none named `name`), or why it cannot be read. */
async function fileInArtifact(facts, repo, artifact, name, spec) {
    const listed = (0,refusals/* artifactRefusal */.j)(artifact, null, spec.maxBytes, name);
    if (listed)
        return { refusal: listed };
    const download = await (0,facts_artifacts/* downloadRunArtifact */.qA)(facts, repo, artifact, {
        maxBytes: spec.maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    const refusal = (0,refusals/* artifactRefusal */.j)(artifact, download, spec.maxBytes, name);
    if (refusal)
        return { refusal };
    if (download.outcome !== 'downloaded')
        throw new Error(`artifact '${name}' was not downloaded`);
    return fileInArchive(download.archive, artifact, spec);
}
/** The names of the files an artifact holds (directories left out), or why it cannot be read. */
async function filesInArtifact(facts, repo, artifact, maxBytes) {
    const listed = (0,refusals/* artifactRefusal */.j)(artifact, null, maxBytes, artifact.name);
    if (listed)
        return { refusal: listed };
    const download = await (0,facts_artifacts/* downloadRunArtifact */.qA)(facts, repo, artifact, {
        maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    const refusal = (0,refusals/* artifactRefusal */.j)(artifact, download, maxBytes, artifact.name);
    if (refusal)
        return { refusal };
    if (download.outcome !== 'downloaded')
        throw new Error(`artifact '${artifact.name}' was not downloaded`);
    try {
        const entries = (0,zip/* listZipEntries */.kT)(download.archive, zipLimits(maxBytes));
        return { archive: download.archive, names: entries.filter((e) => !e.isDirectory).map((e) => e.name) };
    }
    catch (error) {
        if (!(error instanceof zip/* ZipError */.Wz))
            throw error;
        return { refusal: { code: 'ARTIFACT_INVALID', message: `is not a readable zip: ${error.message}` } };
    }
}
/**
 * The zip reader's limits for an archive read with a reader's `maxBytes`: a sibling larger than
 * the file wanted does not make the file unreadable (the file's own size is checked after).
 */
function zipLimits(maxBytes) {
    return {
        ...zip/* DEFAULT_ZIP_LIMITS */.RT,
        maxEntryBytes: Math.max(zip/* DEFAULT_ZIP_LIMITS */.RT.maxEntryBytes, maxBytes),
        maxTotalBytes: Math.max(zip/* DEFAULT_ZIP_LIMITS */.RT.maxTotalBytes, maxBytes),
    };
}
/** `file` from a verified artifact archive; or why not. Nothing is written to disk. */
function fileInArchive(archive, artifact, source) {
    const maxBytes = source.maxBytes;
    const orWhole = source.orWhole ?? false;
    let entries;
    try {
        entries = (0,zip/* listZipEntries */.kT)(archive, zipLimits(maxBytes));
    }
    catch (error) {
        if (!(error instanceof zip/* ZipError */.Wz))
            throw error;
        // Not a zip at all, or a .zip file uploaded as itself: an unzipped upload is the file.
        if (orWhole && (!looksLikeZip(archive) || isZipName(artifact.name, source.file)))
            return { bytes: archive };
        return { refusal: { code: 'ARTIFACT_INVALID', message: `is not a readable zip: ${error.message}` } };
    }
    try {
        const entry = (0,zip/* findZipEntry */.j2)(entries, source.file);
        if (entry && !entry.isDirectory && entry.size > maxBytes) {
            return {
                refusal: {
                    code: 'OUTPUT_TOO_LARGE',
                    message: `holds '${source.file}' of ${entry.size} bytes, over the ${maxBytes}-byte limit (max_bytes).`,
                    details: { size: entry.size, max_bytes: maxBytes },
                },
            };
        }
        if (entry && !entry.isDirectory)
            return { bytes: (0,zip/* readZipEntry */.g7)(archive, entry) };
    }
    catch (error) {
        if (!(error instanceof zip/* ZipError */.Wz))
            throw error;
        return { refusal: { code: 'ARTIFACT_INVALID', message: `is refused: ${error.message}` } };
    }
    // A file that is itself a zip (a Windows build) uploaded unzipped reads as a zip without it.
    if (orWhole && isZipName(artifact.name, source.file))
        return { bytes: archive };
    const listed = entries.filter((e) => !e.isDirectory).map((e) => e.name);
    return {
        refusal: {
            code: 'OUTPUT_MISSING',
            message: `does not exist: artifact '${artifact.name}' ${listed.length ? `holds ${listed.slice(0, 10).join(', ')}${listed.length > 10 ? ', \u2026' : ''}` : 'is empty'}.`,
            details: { entries: listed.slice(0, 50) },
        },
    };
}
function isZipName(artifactName, file) {
    return file === artifactName && /\.zip$/i.test(artifactName);
}
function looksLikeZip(bytes) {
    return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

// EXTERNAL MODULE: ./src/facts/build/find.ts
var find = __webpack_require__(84045);
;// CONCATENATED MODULE: ./src/facts/releases.ts
// Release assets as the gates see them, from either place a release's files live: the GitHub
// release of the tag (after publishing), or the artifacts of the release build run (before
// publishing, one artifact per file, named like the file). Either way a gate gets a listing of
// names with the API's sha256 digests, and can read or hash any listed file.
//
// Downloads are bounded: a size cap checked against the API's size before the first byte and
// again while streaming, and a byte count that must equal the API's size at the end, so a cut
// connection is a download error, never a checksum mismatch and never a pass.








/** Assets per page of the assets listing; also the embedded count beyond which it is used. */
const ASSETS_PAGE_SIZE = 100;
/** The published release of `tag`, or null (drafts have no tag as far as the API is concerned). */
function releaseByTag(facts, repo, tag) {
    return facts.memo(`release:${repo.owner}/${repo.repo}:${tag}`, async () => {
        const octokit = facts.github.octokit;
        let data;
        try {
            ({ data } = (await octokit.rest.repos.getReleaseByTag({ ...repo, tag })));
        }
        catch (error) {
            if (error.status === 404)
                return null;
            throw (0,errors/* toGateError */.Vl)(error, `the release of tag '${tag}'`);
        }
        const id = typeof data.id === 'number' ? data.id : null;
        if (id === null)
            throw new types/* GateError */.ue('API_ERROR', `GitHub returned the release of tag '${tag}' without an id.`);
        let rawAssets = Array.isArray(data.assets) ? data.assets : [];
        // The release payload embeds its assets; a release with very many may not embed them all,
        // so past one page's worth the paginated listing is the authority.
        if (rawAssets.length >= ASSETS_PAGE_SIZE) {
            try {
                rawAssets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
                    ...repo,
                    release_id: id,
                    per_page: ASSETS_PAGE_SIZE,
                });
            }
            catch (error) {
                throw (0,errors/* toGateError */.Vl)(error, `the assets of release '${tag}'`);
            }
        }
        return {
            id,
            tag,
            htmlUrl: typeof data.html_url === 'string' ? data.html_url : '',
            prerelease: data.prerelease === true,
            assets: rawAssets.map(toReleaseAsset).filter((asset) => asset !== null),
        };
    });
}
function toReleaseAsset(payload) {
    const raw = (payload ?? {});
    if (typeof raw.id !== 'number' || typeof raw.name !== 'string')
        return null;
    // An asset still uploading (state 'starter') has no complete bytes yet: not available.
    if (raw.state !== undefined && raw.state !== 'uploaded')
        return null;
    return {
        name: raw.name,
        size: typeof raw.size === 'number' ? raw.size : null,
        digest: parseApiDigest(raw.digest),
        expired: false,
        origin: { kind: 'release_asset', id: raw.id },
    };
}
/** The assets of this evaluation's release, from the release of the tag or the build run. */
async function listAssets(facts, ctx, options) {
    const repo = ctx.repository;
    if (options.source === 'release') {
        const tag = requireTag(ctx, 'a release');
        const release = await releaseByTag(facts, repo, tag);
        const where = `release ${tag}`;
        if (!release) {
            return {
                source: 'release',
                where,
                link: null,
                absent: `${repo.owner}/${repo.repo} has no published release for tag '${tag}'`,
                assets: {},
            };
        }
        return {
            source: 'release',
            where,
            link: release.htmlUrl ? { title: `Release ${tag}`, url: release.htmlUrl } : null,
            absent: null,
            assets: Object.fromEntries(release.assets.map((asset) => [asset.name, asset])),
        };
    }
    const found = await (0,find/* trustedBuildRun */.rN)(facts, ctx, options.workflow);
    if (!found.ok)
        return { source: 'build_artifacts', where: found.where, link: null, absent: found.reason, assets: {} };
    const { run, where } = found;
    const wanted = [...new Set(options.names)];
    const artifacts = await Promise.all(wanted.map((name) => (0,facts_artifacts/* findRunArtifact */.h8)(facts, repo, run.id, name)));
    const assets = {};
    for (const artifact of artifacts) {
        if (!artifact)
            continue;
        assets[artifact.name] = {
            name: artifact.name,
            // The API's size is the zip's, not the file's.
            size: null,
            digest: parseApiDigest(artifact.digest),
            expired: artifact.expired,
            origin: { kind: 'artifact', artifact },
        };
    }
    const notOwn = wanted.filter((name) => !assets[name]);
    if (notOwn.length > 0) {
        const inside = await filesInsideArtifacts(facts, repo, run.id, notOwn, options);
        Object.assign(assets, inside);
    }
    return {
        source: 'build_artifacts',
        where,
        link: run.htmlUrl ? { title: `Build run ${run.id}`, url: run.htmlUrl } : null,
        absent: null,
        assets,
    };
}
/**
 * Files found inside the run's artifacts (those matching `options.artifacts`, each downloaded
 * once): plasmite's `dist-<target>` zips hold `plasmite_<version>_<platform>.tar.gz`. A file is
 * matched by its name in the zip, in any folder. An artifact that cannot be opened is a
 * refusal for the whole listing, never "the file is missing".
 */
async function filesInsideArtifacts(facts, repo, runId, names, options) {
    const maxBytes = options.maxArchiveBytes ?? DEFAULT_ARCHIVE_MAX_BYTES;
    const matches = options.artifacts ? picomatch_default()(options.artifacts) : () => true;
    const listed = await (0,facts_artifacts/* listRunArtifacts */.NG)(facts, repo, runId);
    const opened = listed.filter((artifact) => matches(artifact.name) && !names.includes(artifact.name));
    const found = {};
    const contents = await Promise.all(opened
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(async (artifact) => ({ artifact, read: await filesInArtifact(facts, repo, artifact, maxBytes) })));
    for (const { artifact, read } of contents) {
        if ('refusal' in read)
            throw refusalError(read.refusal, `artifact '${artifact.name}' of run ${runId}`);
        for (const path of read.names) {
            const name = path.slice(path.lastIndexOf('/') + 1);
            if (!names.includes(name))
                continue;
            const earlier = found[name];
            if (earlier) {
                earlier.alsoIn = [...(earlier.alsoIn ?? []), artifact.name];
                continue;
            }
            found[name] = {
                name,
                size: null,
                digest: null,
                expired: false,
                origin: { kind: 'artifact_file', artifact, path, archiveMaxBytes: maxBytes },
            };
        }
    }
    return found;
}
/** Largest artifact opened to look for files inside it, unless the gate says otherwise. */
const DEFAULT_ARCHIVE_MAX_BYTES = 2 * 1024 * 1024 * 1024;
/** A refusal as the error a gate ends in: the shared code, a sentence naming what was read. */
function refusalError(refusal, what) {
    return new types/* GateError */.ue(refusal.code, `${capitalize(what)} ${refusal.message}`, { ...refusal.details });
}
function requireTag(ctx, what) {
    if (!ctx.tag)
        throw new types/* GateError */.ue('NOT_A_TAG', `'${ctx.refName}' is not a tag, so it has no ${what}. Evaluate a tag.`);
    return ctx.tag;
}
// ---------------------------------------------------------------------------------------------
// Reading and hashing
/** The bytes of a (small) asset, e.g. a checksums file. */
function readAsset(facts, repo, asset, maxBytes) {
    const origin = asset.origin;
    // Artifact downloads are memoized inside artifacts.ts already.
    if (origin.kind !== 'release_asset')
        return artifactAssetBytes(facts, repo, asset, maxBytes);
    return facts.memo(`asset-bytes:${assetKey(repo, origin.id)}:${maxBytes}`, () => onceMoreIfCut(async () => {
        const chunks = [];
        await streamReleaseAsset(facts, repo, asset, origin.id, maxBytes, (chunk) => chunks.push(Buffer.from(chunk)));
        return Buffer.concat(chunks);
    }));
}
/** The sha256 hex of an asset's bytes, streamed (release) or read from the verified artifact. */
async function hashAsset(facts, repo, asset, maxBytes) {
    const origin = asset.origin;
    if (origin.kind !== 'release_asset') {
        const bytes = await artifactAssetBytes(facts, repo, asset, maxBytes);
        return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    }
    return facts.memo(`asset-sha256:${assetKey(repo, origin.id)}:${maxBytes}`, () => onceMoreIfCut(async () => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        await streamReleaseAsset(facts, repo, asset, origin.id, maxBytes, (chunk) => hash.update(chunk));
        return hash.digest('hex');
    }));
}
/**
 * A download whose connection broke mid-body (or ended short of the listed size) is tried once
 * more from the start, as the API client retries a dropped request; anything else is final.
 */
async function onceMoreIfCut(download) {
    try {
        return await download();
    }
    catch (error) {
        if (!(error instanceof types/* GateError */.ue) || error.details.cut !== true)
            throw error;
        return download();
    }
}
function assetKey(repo, releaseAssetId) {
    return `${repo.owner}/${repo.repo}:${releaseAssetId}`;
}
/**
 * Streams a release asset through the API (`Accept: application/octet-stream`, which answers
 * with a redirect to storage that fetch follows), feeding each chunk to `onChunk`.
 */
async function streamReleaseAsset(facts, repo, asset, assetId, maxBytes, onChunk) {
    const what = `release asset '${asset.name}'`;
    if (asset.size !== null && asset.size > maxBytes) {
        throw new types/* GateError */.ue('ASSET_TOO_LARGE', `${capitalize(what)} is ${asset.size} bytes, over the ${maxBytes}-byte limit for downloads.`, {
            asset: asset.name,
            size: asset.size,
            max_bytes: maxBytes,
        });
    }
    let body;
    try {
        const response = await facts.github.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...repo,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false },
        });
        body = response.data;
    }
    catch (error) {
        throw (0,errors/* toGateError */.Vl)(error, what);
    }
    let received = 0;
    try {
        for await (const chunk of body ?? []) {
            received += chunk.length;
            if (received > maxBytes) {
                throw new types/* GateError */.ue('ASSET_TOO_LARGE', `${capitalize(what)} sent more than ${maxBytes} bytes, the limit for downloads; download stopped.`, {
                    asset: asset.name,
                    max_bytes: maxBytes,
                });
            }
            if (asset.size !== null && received > asset.size) {
                throw new types/* GateError */.ue('ASSET_DOWNLOAD_FAILED', `${capitalize(what)} sent more than the ${asset.size} bytes GitHub lists for it; download stopped.`, {
                    asset: asset.name,
                    size: asset.size,
                });
            }
            onChunk(chunk);
        }
    }
    catch (error) {
        if (error instanceof types/* GateError */.ue)
            throw error;
        const reason = error.cause?.message ?? error.message;
        throw new types/* GateError */.ue('ASSET_DOWNLOAD_FAILED', `Downloading ${what} failed after ${received} bytes: ${reason}`, { asset: asset.name, cut: true });
    }
    if (asset.size !== null && received !== asset.size) {
        throw new types/* GateError */.ue('ASSET_DOWNLOAD_FAILED', `Downloading ${what} ended after ${received} of ${asset.size} bytes (cut short).`, {
            asset: asset.name,
            received,
            size: asset.size,
            cut: true,
        });
    }
}
/**
 * The bytes of a build-artifact asset: the artifact that is the file (uploaded unzipped, or a
 * zip holding it), or the file inside an artifact that holds several. The archive is
 * downloaded once whatever `maxBytes` the reader asks for; the file itself must fit it.
 */
async function artifactAssetBytes(facts, repo, asset, maxBytes) {
    const origin = asset.origin;
    if (origin.kind === 'release_asset')
        throw new Error('not an artifact');
    const artifact = origin.artifact;
    const what = `artifact '${artifact.name}' of run ${artifact.workflowRunId}`;
    if (origin.kind === 'artifact')
        return artifactFile(facts, repo, artifact, { file: asset.name, orWhole: true, maxBytes });
    const read = await fileInArtifact(facts, repo, artifact, artifact.name, {
        file: origin.path,
        maxBytes: origin.archiveMaxBytes,
    });
    if ('refusal' in read)
        throw refusalError(read.refusal, what);
    if (read.bytes.length > maxBytes) {
        throw new types/* GateError */.ue('OUTPUT_TOO_LARGE', `'${origin.path}' in ${what} is ${read.bytes.length} bytes, over the ${maxBytes}-byte limit.`, { artifact: artifact.name, file: origin.path, size: read.bytes.length, max_bytes: maxBytes });
    }
    return read.bytes;
}
/**
 * One file of a run's artifact, from a download whose sha256 matched the API's digest; a
 * refusal is thrown with its shared code (facts/build/refusals.ts).
 */
async function artifactFile(facts, repo, artifact, options) {
    const read = await fileInArtifact(facts, repo, artifact, artifact.name, options);
    if ('refusal' in read)
        throw refusalError(read.refusal, `artifact '${artifact.name}' of run ${artifact.workflowRunId}`);
    return read.bytes;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/supply-chain/claims.ts
var claims = __webpack_require__(76298);
// EXTERNAL MODULE: ./src/util/libraries.ts
var libraries = __webpack_require__(70751);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/util/version-files.ts
// The files that carry a project's version (Cargo.toml, pyproject.toml, package.json,
// package-lock.json, Chart.yaml, \u2026) parsed by extension, and the value at a JSON Pointer
// turned into the text a person would compare with the tag.


const FORMAT_EXTENSIONS = {
    '.toml': 'toml',
    '.json': 'json',
    '.yml': 'yaml',
    '.yaml': 'yaml',
};
/** A file that does not parse, with the parser's position (1-based) when it has one. */
class VersionFileSyntaxError extends Error {
    path;
    format;
    reason;
    line;
    column;
    constructor(path, format, reason, line, column) {
        super(`${path}${line !== null ? `:${line}${column !== null ? `:${column}` : ''}` : ''}: invalid ${format.toUpperCase()}: ${reason}`);
        this.path = path;
        this.format = format;
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'VersionFileSyntaxError';
    }
}
/** The format a path's extension names, or null (such a file can only be read by regex). */
function formatOf(path) {
    const match = /\.[^./]+$/.exec(path.toLowerCase());
    return match ? (FORMAT_EXTENSIONS[match[0]] ?? null) : null;
}
/** Parses a version file (or any data file) by its extension; throws VersionFileSyntaxError with a position. */
function parseVersionFile(path, text, options = {}) {
    const format = formatOf(path);
    if (!format)
        throw new Error(`'${path}' has no .toml, .json, .yml or .yaml extension.`);
    switch (format) {
        case 'toml':
            return parseTomlFile(path, text);
        case 'json':
            return parseJsonFile(path, text);
        case 'yaml':
            return parseYamlFile(path, text, options.yamlScalars ?? 'text');
    }
}
function parseTomlFile(path, text) {
    try {
        return (0,libraries/* library */.Y)('toml').parse(text);
    }
    catch (error) {
        if (!(error instanceof (0,libraries/* library */.Y)('toml').TomlError))
            throw error;
        // The message ends in a code block; the position is reported on its own.
        const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
        throw new VersionFileSyntaxError(path, 'toml', reason, error.line, error.column);
    }
}
function parseJsonFile(path, text) {
    // A BOM is legal at the start of a file but not in JSON.parse's input.
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        // V8's messages carry a position on some Node versions and not on others; find it ourselves.
        const offset = jsonErrorOffset(body);
        const { line, column } = lineAndColumn(body, offset ?? body.length);
        const reason = error.message
            .replace(/ in JSON at position \d+.*$/, '')
            .replace(/, ".*" is not valid JSON$/s, '');
        throw new VersionFileSyntaxError(path, 'json', reason, line, column);
    }
}
function parseYamlFile(path, text, scalars) {
    // The failsafe schema keeps every scalar as written: `version: 1.10` stays "1.10", where
    // the core schema would read the number 1.1.
    const document = (0,dist/* parseDocument */.Tp)(text, {
        schema: scalars === 'text' ? 'failsafe' : 'core',
        prettyErrors: false,
    });
    const error = document.errors[0];
    if (error) {
        const { line, column } = lineAndColumn(text, error.pos[0]);
        throw new VersionFileSyntaxError(path, 'yaml', error.message.split('\n')[0], line, column);
    }
    // Aliases are resolved only here: one without its anchor (`<<: *a`), or an alias bomb
    // past the library's alias limit, throws a ReferenceError that is a syntax error too.
    try {
        return document.toJS();
    }
    catch (error) {
        throw new VersionFileSyntaxError(path, 'yaml', error.message.split('\n')[0], null, null);
    }
}
/**
 * The text of a version value: a string as it is, a number or boolean as written. null for
 * anything that is not a single value (a table, a list, null).
 */
function versionText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    return null;
}
/** What kind of value sits where a version was expected, for messages. */
function describeValueKind(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return 'a date';
    if (typeof value === 'object')
        return 'a table/object';
    return typeof value;
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
/**
 * Offset of the first syntax error in a JSON text (null if it is valid): a small scanner of
 * the RFC 8259 grammar, since JSON.parse reports positions differently across Node versions.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const fail = () => {
        throw new JsonSyntaxAt(i);
    };
    const expect = (char) => {
        if (text[i] !== char)
            fail();
        i++;
    };
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        if (!text.startsWith(word, i))
            fail();
        i += word.length;
    };
    const string = () => {
        expect('"');
        while (text[i] !== '"') {
            if (i >= text.length || text.charCodeAt(i) < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                    i += 4;
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'u'))
                    fail();
            }
            i++;
        }
        i++;
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!match)
            fail();
        i += match[0].length;
    };
    const members = (close, member) => {
        space();
        if (text[i] === close) {
            i++;
            return;
        }
        for (;;) {
            member();
            space();
            if (text[i] === close) {
                i++;
                return;
            }
            expect(',');
        }
    };
    const value = () => {
        space();
        switch (text[i]) {
            case '{':
                i++;
                return members('}', () => {
                    space();
                    string();
                    space();
                    expect(':');
                    value();
                });
            case '[':
                i++;
                return members(']', value);
            case '"':
                return string();
            case 't':
                return literal('true');
            case 'f':
                return literal('false');
            case 'n':
                return literal('null');
            default:
                return number();
        }
    };
    try {
        value();
        space();
        return i < text.length ? i : null;
    }
    catch (error) {
        if (error instanceof JsonSyntaxAt)
            return Math.min(error.offset, text.length);
        throw error;
    }
}
class JsonSyntaxAt {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}

;// CONCATENATED MODULE: ./src/facts/files-at-commit.ts
// Several files at one commit in a single GraphQL request: `object(expression: "SHA:path")`
// once per file under an alias. The REST contents API would cost one request per file.
//
// GitHub cuts Blob.text at 512,000 bytes (and says so in isTruncated). A package-lock.json
// easily passes that, so a truncated file is read again, whole, from the git blobs API by its
// oid: one more request, only for files that big.




/** Aliases per request; far below GitHub's node limits, so one request covers any real policy. */
const FILES_PER_REQUEST = 50;
/** Largest file read through the blobs fallback: a version file never comes close. */
const MAX_BLOB_BYTES = 10 * 1024 * 1024;
/** The query for `count` files; variables `owner`, `name`, `commit`, `file0`\u2026`fileN` (each `SHA:path`). */
function filesAtCommitQuery(count) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    const variables = indexes.map((i) => `, $file${i}: String!`).join('');
    const fields = indexes.map((i) => `\n    file${i}: object(expression: $file${i}) { ...FileText }`).join('');
    return `query FilesAtCommit($owner: String!, $name: String!, $commit: GitObjectID!${variables}) {
  repository(owner: $owner, name: $name) {
    commit: object(oid: $commit) { __typename }${fields}
  }
}
fragment FileText on GitObject {
  __typename
  ... on Blob { oid byteSize isBinary isTruncated text }
}`;
}
/** Reads `paths` at commit `sha`; memoized per commit and set of paths. */
function filesAtCommit(facts, repo, sha, paths) {
    const unique = [...new Set(paths)].sort();
    return facts.memo(`files-at-commit:${repo.owner}/${repo.repo}:${sha}:${JSON.stringify(unique)}`, async () => {
        const github = facts.github;
        const files = new Map();
        for (let start = 0; start < unique.length; start += FILES_PER_REQUEST) {
            const chunk = unique.slice(start, start + FILES_PER_REQUEST);
            const nodes = await queryFiles(github, repo, sha, chunk);
            for (const [i, path] of chunk.entries())
                files.set(path, await toFile(github, repo, sha, path, nodes[i] ?? null));
        }
        return files;
    });
}
/** A path as git names it inside a tree: no leading `./` or `/`. */
function treePath(path) {
    return path.replace(/^(\.\/|\/)+/, '');
}
async function queryFiles(github, repo, sha, paths) {
    const variables = { owner: repo.owner, name: repo.repo, commit: sha };
    for (const [i, path] of paths.entries())
        variables[`file${i}`] = `${sha}:${treePath(path)}`;
    let response;
    try {
        response = await github.octokit.graphql(filesAtCommitQuery(paths.length), variables);
    }
    catch (error) {
        throw (0,graphql_errors/* graphqlGateError */.B)(error, repo, `files at ${sha.slice(0, 7)} of ${repo.owner}/${repo.repo}`);
    }
    const repository = shape/* Fields */.C8.of(response, 'POST /graphql (FilesAtCommit)', 'data').objectOrNull('repository');
    if (!repository)
        throw new types/* GateError */.ue('NOT_FOUND', `Repository ${repo.owner}/${repo.repo} not found, or the token cannot see it (\`contents: read\`).`);
    if (!repository.objectOrNull('commit')) {
        throw new types/* GateError */.ue('COMMIT_NOT_FOUND', `Commit ${sha} does not exist in ${repo.owner}/${repo.repo}.`, {
            sha,
        });
    }
    // null: no such path at the commit.
    return paths.map((_, i) => repository.objectOrNull(`file${i}`));
}
async function toFile(github, repo, sha, path, node) {
    if (!node)
        return null;
    const where = `'${path}' at ${sha.slice(0, 7)}`;
    const type = node.string('__typename');
    if (type !== 'Blob') {
        throw new types/* GateError */.ue('NOT_A_FILE', `${where} is a ${type === 'Tree' ? 'directory' : type}, not a file.`, {
            path,
        });
    }
    // A `Blob` in GitHub's schema.
    const oid = node.string('oid');
    const byteSize = node.integer('byteSize');
    const isTruncated = node.boolean('isTruncated');
    const text = node.stringOrNull('text');
    if (node.booleanOrNull('isBinary') === true || (text === null && !isTruncated)) {
        throw new types/* GateError */.ue('FILE_NOT_TEXT', `${where} is a binary file (${byteSize} bytes); only text files can be read.`, { path, byteSize });
    }
    if (isTruncated || text === null) {
        return { path, oid, byteSize, text: await readWholeBlob(github, repo, path, oid, byteSize, where) };
    }
    return { path, oid, byteSize, text };
}
async function readWholeBlob(github, repo, path, oid, byteSize, where) {
    if (byteSize > MAX_BLOB_BYTES) {
        throw new types/* GateError */.ue('FILE_TOO_LARGE', `${where} is ${byteSize} bytes, over the ${MAX_BLOB_BYTES}-byte limit for a version file.`, { path, byteSize });
    }
    let data;
    try {
        ({ data } = await github.octokit.rest.git.getBlob({ ...repo, file_sha: oid }));
    }
    catch (error) {
        throw (0,errors/* toGateError */.Vl)(error, `the blob of ${where} (${byteSize} bytes, too large for GraphQL's text)`);
    }
    const blob = shape/* Fields */.C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${oid}`);
    const content = blob.string('content');
    return Buffer.from(content, blob.string('encoding') === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

;// CONCATENATED MODULE: ./src/facts/platforms-from.ts




/** The file cannot be read: missing at the commit, not a text file, or not valid JSON/YAML/TOML. */
const PLATFORMS_UNREADABLE = 'PLATFORMS_UNREADABLE';
/** The query fails on the file (an unknown function, a function given the wrong type). */
const PLATFORMS_QUERY_FAILED = 'PLATFORMS_QUERY_FAILED';
/** The query's result is not a non-empty list of distinct non-empty strings. */
const PLATFORMS_INVALID = 'PLATFORMS_INVALID';
const platformsFromSchema = {
    description: 'Read the platform list from a file of the repository at the commit under evaluation: a JMESPath query over a .json, .yml/.yaml or .toml file, whose result is a list of strings (e.g. {file: release/targets.json, query: "targets[?channels.homebrew==\'official\'].sdk_platform"}).',
    type: 'object',
    additionalProperties: false,
    required: ['file', 'query'],
    properties: {
        file: {
            description: 'Repository path of a .json, .yml, .yaml or .toml file.',
            type: 'string',
            pattern: '\\.(json|ya?ml|toml)$',
        },
        query: {
            description: 'JMESPath expression (https://jmespath.site) giving the list of platform names.',
            type: 'string',
            minLength: 1,
        },
    },
};
/** Checks at validation: a file type that can be parsed and a query that compiles. */
function checkPlatformsFrom(spec, where) {
    if (!formatOf(spec.file)) {
        throw new types/* GateError */.ue('INVALID_PARAMS', `${where}.file '${spec.file}' is not a .json, .yml, .yaml or .toml file, so it cannot be queried.`);
    }
    try {
        (0,libraries/* library */.Y)('jmespath').compile(spec.query);
    }
    catch (error) {
        throw new types/* GateError */.ue('INVALID_PARAMS', `${where}.query '${spec.query}' is not a valid JMESPath expression: ${firstLine(error)}.`);
    }
}
/** Reads the file at the commit under evaluation and applies the query; throws GateError. */
async function readPlatformsFrom(facts, ctx, spec) {
    if (!ctx.sha) {
        throw new types/* GateError */.ue('SHA_UNRESOLVED', `The commit under evaluation is unknown, so the platforms in '${spec.file}' cannot be read.`);
    }
    const at = ctx.sha.slice(0, 7);
    let text;
    try {
        const file = (await filesAtCommit(facts, ctx.repository, ctx.sha, [spec.file])).get(spec.file);
        if (!file)
            throw unreadable(spec, `'${spec.file}' does not exist at ${at}`);
        text = file.text;
    }
    catch (error) {
        // A path that is a directory, a binary file or too large is this parameter's problem; an
        // API failure keeps the code that names the permission or the outage.
        if (error instanceof types/* GateError */.ue && ['NOT_A_FILE', 'FILE_NOT_TEXT', 'FILE_TOO_LARGE'].includes(error.code))
            throw unreadable(spec, error.message.replace(/\.$/, ''));
        throw error;
    }
    return { ...spec, sha: ctx.sha, platforms: platformsFromText(spec, text, at) };
}
/** The platform list of a file's text. Pure; throws GateError with one of the PLATFORMS_ codes. */
function platformsFromText(spec, text, at = 'the commit') {
    let document;
    try {
        document = parseVersionFile(spec.file, text, { yamlScalars: 'typed' });
    }
    catch (error) {
        if (error instanceof VersionFileSyntaxError)
            throw unreadable(spec, `${error.message} (at ${at})`);
        throw unreadable(spec, firstLine(error));
    }
    let result;
    try {
        result = (0,libraries/* library */.Y)('jmespath').search(toJsonValue(document), spec.query);
    }
    catch (error) {
        throw new types/* GateError */.ue(PLATFORMS_QUERY_FAILED, `platforms_from: the query '${spec.query}' fails on '${spec.file}' at ${at}: ${firstLine(error)}.`, { file: spec.file, query: spec.query });
    }
    const problem = listProblem(result);
    if (problem) {
        throw new types/* GateError */.ue(PLATFORMS_INVALID, `platforms_from: the query '${spec.query}' on '${spec.file}' at ${at} gives ${problem}; it must give a non-empty list of distinct platform names (strings).`, { file: spec.file, query: spec.query, result: clip(result) });
    }
    return result;
}
function listProblem(result) {
    if (result === null)
        return 'null (nothing matched: check the field names)';
    if (!Array.isArray(result))
        return `${kindOf(result)} ${JSON.stringify(clip(result))}`;
    if (result.length === 0)
        return 'an empty list (nothing matched: check the filter and field names)';
    const bad = result.findIndex((item) => typeof item !== 'string' || item === '');
    if (bad !== -1)
        return `a list whose item ${bad} is ${kindOf(result[bad])} ${JSON.stringify(clip(result[bad]))}`;
    const duplicate = result.find((item, i) => result.indexOf(item) !== i);
    if (duplicate !== undefined)
        return `'${String(duplicate)}' twice`;
    // Platform names become parts of file names and urls: no separators, no placeholders, no spaces.
    const unusable = result.find((item) => /[/\\{}\s]/.test(item));
    if (unusable !== undefined)
        return `'${String(unusable)}', which cannot be part of a file name`;
    return null;
}
/** TOML dates and YAML's non-JSON values become their text, so JMESPath sees JSON only. */
function toJsonValue(value) {
    return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? String(v) : v)));
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : 'a string';
    return `a ${typeof value}`;
}
function clip(value) {
    const text = JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : value;
}
function unreadable(spec, reason) {
    return new types/* GateError */.ue(PLATFORMS_UNREADABLE, `platforms_from: cannot read the platforms of '${spec.file}' (query '${spec.query}'): ${reason}.`, { file: spec.file, query: spec.query });
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/gates/types.ts
/** A gate type with its own parameter and fact types (checked where it is written). */
function defineGate(gate) {
    return gate;
}
/**
 * A gate type as the registry holds it, its parameters and facts widened. Sound because the
 * engine only ever passes a gate the parameters its own schema validated, and its own facts.
 */
function registered(gate) {
    return gate;
}

;// CONCATENATED MODULE: ./src/gates/release-assets.ts
// release_assets: the naming and integrity contract of a release's files. Every required file
// is there (names from templates \u00d7 platform lists), every one has a sha256 in the release's
// checksum files, and that sha256 is the one of the bytes actually published: GitHub's own
// digest of them (`verify: digest`), or a hash of a download (`verify: download`).
//
// Build artifacts (`source: build_artifacts`, before publishing) are an artifact per file, or
// files inside the build's artifacts (plasmite's `dist-<target>` zips, limited by the
// `artifacts` glob). An artifact uploaded unzipped (`archive: false`) has the file's own digest
// and is checked like a release asset; otherwise the artifact's digest covers the zip, so the
// file is read from the verified zip and hashed. Publishers often compute checksums after
// download, so there (only there) `checksums: none` accepts the hashes alone; every file hashed
// or matched is reported as a verified subject.





/** Checksum files are a few lines per asset; anything bigger is not one. */
const CHECKSUM_FILE_MAX_BYTES = 1024 * 1024;
const PLATFORM = '{platform}';
const releaseAssetsGate = defineGate({
    type: 'release_assets',
    // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
    libraries: (params) => JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['required'],
        properties: {
            source: {
                description: 'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (an artifact named like the file, or the file inside an artifact).',
                enum: ['release', 'build_artifacts'],
                default: 'release',
            },
            required: {
                description: 'Files the release must have. `{platform}` in a name is replaced by each entry of its `platform` list.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: {
                            description: 'File name, e.g. plasmite_{version}_{platform}.tar.gz.',
                            type: 'string',
                            minLength: 1,
                        },
                        platform: {
                            description: 'Values of `{platform}`, e.g. [linux_amd64, darwin_arm64] (or use platforms_from).',
                            type: 'array',
                            minItems: 1,
                            uniqueItems: true,
                            items: { type: 'string', pattern: '^[^/\\\\{}\\s]+$' },
                        },
                        platforms_from: platformsFromSchema,
                    },
                },
            },
            checksums: {
                description: 'sha256sums: one file listing every required file; sidecar: a NAME.sha256 file beside each; none (source: build_artifacts only): no checksum file, each file is hashed.',
                enum: ['sha256sums', 'sidecar', 'none'],
                default: 'sha256sums',
            },
            checksums_file: {
                description: 'Name of the listing file with `checksums: sha256sums`.',
                type: 'string',
                minLength: 1,
                default: 'sha256sums.txt',
            },
            verify: {
                description: "digest: compare with GitHub's sha256 digest of each file (no download); download: download and hash each file.",
                enum: ['digest', 'download'],
                default: 'digest',
            },
            workflow: {
                description: 'Build workflow file searched for the build run when build_run_id is not given (source: build_artifacts).',
                type: 'string',
                minLength: 1,
                default: 'release.yml',
            },
            artifacts: {
                description: 'Glob (picomatch) of the build artifacts opened to find required files inside them, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
                type: 'string',
                minLength: 1,
            },
            max_download_bytes: {
                description: 'Largest file downloaded for hashing.',
                type: 'integer',
                minimum: 1,
                default: 2147483648,
            },
        },
    },
    checkParams(params) {
        for (const [index, entry] of params.required.entries()) {
            const templated = entry.name.includes(PLATFORM);
            if (entry.platform && entry.platforms_from) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `required name '${entry.name}' has both platform and platforms_from; give one.`);
            }
            if (templated && !entry.platform && !entry.platforms_from) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `required name '${entry.name}' uses {platform} but has no platform list (platform or platforms_from).`);
            }
            if (!templated && (entry.platform || entry.platforms_from)) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `required name '${entry.name}' has a platform list but no {platform} to put it in.`);
            }
            if (entry.platforms_from)
                checkPlatformsFrom(entry.platforms_from, `required[${index}].platforms_from`);
            if (entry.name.includes('/'))
                throw new types/* GateError */.ue('INVALID_PARAMS', `required name '${entry.name}' has a '/'; release file names have none.`);
        }
        if (params.checksums === 'none' && params.source !== 'build_artifacts') {
            throw new types/* GateError */.ue('INVALID_PARAMS', 'checksums: none is accepted only with source: build_artifacts; a published release must carry its checksums.');
        }
        if (params.artifacts !== undefined && params.source !== 'build_artifacts') {
            throw new types/* GateError */.ue('INVALID_PARAMS', 'artifacts (a glob of build artifacts) needs source: build_artifacts.');
        }
        if (params.checksums_file.includes('/') || params.checksums_file.includes(PLATFORM)) {
            throw new types/* GateError */.ue('INVALID_PARAMS', `checksums_file '${params.checksums_file}' must be a plain file name (no '/', no {platform}).`);
        }
    },
    async collect(params, ctx, facts) {
        const read = await readRequiredPlatforms(params.required, ctx, facts);
        if (!read)
            return collectReleaseAssets(params, ctx, facts);
        const resolved = { ...params, required: read.required };
        return { ...(await collectReleaseAssets(resolved, ctx, facts)), ...read };
    },
    judge: judgeReleaseAssets,
});
/** Each `platforms_from` of `required` read into a `platform` list; null when there is none. */
async function readRequiredPlatforms(required, ctx, facts) {
    if (!required.some((entry) => entry.platforms_from))
        return null;
    const reads = await Promise.all(required.map((entry) => entry.platforms_from ? readPlatformsFrom(facts, ctx, entry.platforms_from) : null));
    return {
        required: required.map((entry, i) => {
            const read = reads[i];
            return read ? { name: entry.name, platform: read.platforms } : entry;
        }),
        platformsRead: reads.filter((read) => read !== null),
    };
}
/** The required file names, in policy order, each once. */
function requiredAssetNames(required) {
    const names = required.flatMap((entry) => entry.platform ? entry.platform.map((p) => entry.name.replaceAll(PLATFORM, p)) : [entry.name]);
    return [...new Set(names)];
}
/** The checksum files the policy's layout needs. */
function checksumFileNames(params, names) {
    if (params.checksums === 'none')
        return [];
    return params.checksums === 'sha256sums' ? [params.checksums_file] : names.map((name) => `${name}.sha256`);
}
/** What the checksum files say each required file's sha256 is. Pure. */
function expectedChecksums(params, names, texts) {
    const expected = new Map();
    const missingFiles = [];
    const unlisted = [];
    try {
        if (params.checksums === 'sha256sums') {
            const file = params.checksums_file;
            const text = texts[file];
            if (text === undefined)
                return { kind: 'ok', expected, missingFiles: [file], unlisted: [] };
            const entries = parseSha256Sums(text, file);
            for (const name of names) {
                const entry = entries.get(name);
                if (entry)
                    expected.set(name, { sha256: entry.sha256, from: `${file} line ${entry.line}` });
                else
                    unlisted.push(name);
            }
        }
        else {
            for (const name of names) {
                const file = `${name}.sha256`;
                const text = texts[file];
                if (text === undefined) {
                    missingFiles.push(file);
                    continue;
                }
                const entry = parseSidecar(text, file, name);
                expected.set(name, { sha256: entry.sha256, from: file });
            }
        }
    }
    catch (error) {
        if (error instanceof ChecksumParseError)
            return { kind: 'malformed', error };
        throw error;
    }
    return { kind: 'ok', expected, missingFiles, unlisted };
}
async function collectReleaseAssets(params, ctx, facts) {
    const repo = ctx.repository;
    const names = requiredAssetNames(params.required);
    const checksumNames = checksumFileNames(params, names);
    const listing = await listAssets(facts, ctx, {
        source: params.source,
        workflow: params.workflow,
        names: [...names, ...checksumNames],
        artifacts: params.artifacts,
        maxArchiveBytes: params.max_download_bytes,
    });
    const checksumTexts = {};
    const downloaded = {};
    if (listing.absent)
        return { listing, checksumTexts, downloaded };
    const readable = (name) => {
        const asset = listing.assets[name];
        return asset && !asset.expired ? asset : null;
    };
    await Promise.all(checksumNames.map(async (name) => {
        const asset = readable(name);
        if (asset)
            checksumTexts[name] = (await readAsset(facts, repo, asset, CHECKSUM_FILE_MAX_BYTES)).toString('utf8');
    }));
    const expectations = expectedChecksums(params, names, checksumTexts);
    if (expectations.kind === 'malformed')
        return { listing, checksumTexts, downloaded };
    // Download only what the judge will compare: a file with an expected checksum whose API
    // digest does not settle it (verify: download, or a zipped build artifact).
    const toHash = names.filter((name) => {
        const asset = readable(name);
        if (!asset)
            return false;
        if (params.checksums === 'none')
            return true;
        const expected = expectations.expected.get(name);
        if (!expected)
            return false;
        if (params.verify === 'download')
            return true;
        return asset.origin.kind !== 'release_asset' && asset.digest !== expected.sha256;
    });
    await Promise.all(toHash.map(async (name) => {
        downloaded[name] = await hashAsset(facts, repo, readable(name), params.max_download_bytes);
    }));
    return { listing, checksumTexts, downloaded };
}
function judgeReleaseAssets(params, facts) {
    const { listing } = facts;
    const names = requiredAssetNames(facts.required ?? params.required);
    const links = listing.link ? [listing.link] : [];
    const details = {
        source: params.source,
        where: listing.where,
        required: names,
        checksums: params.checksums,
        verify: params.verify,
    };
    if (facts.platformsRead)
        details.platforms_from = facts.platformsRead;
    const platformSource = facts.platformsRead
        ? ` (platforms from ${facts.platformsRead.map((read) => `${read.file} at ${read.sha.slice(0, 7)}`).join(', ')})`
        : '';
    if (listing.absent) {
        const hint = params.source === 'release'
            ? ' Publish the release first, or check the files before publishing with source: build_artifacts.'
            : '';
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `None of the ${names.length} required files can be found: ${listing.absent}.${hint}`,
            details: { ...details, missing: names },
            links,
        };
    }
    const missing = names.filter((name) => !listing.assets[name]);
    const expired = names.filter((name) => listing.assets[name]?.expired);
    if (missing.length || expired.length) {
        const listed = [...missing, ...expired.map((name) => `${name} (expired)`)];
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `${listed.length} of ${names.length} required files missing from ${listing.where}: ${listed.join(', ')}${platformSource}.`,
            details: { ...details, missing, expired, available: Object.keys(listing.assets).slice(0, 200) },
            links,
        };
    }
    const ambiguous = names.filter((name) => listing.assets[name]?.alsoIn?.length);
    if (ambiguous.length) {
        const listed = ambiguous.map((name) => {
            const asset = listing.assets[name];
            const first = asset.origin.kind === 'release_asset' ? '' : asset.origin.artifact.name;
            return `${name} (in ${[first, ...asset.alsoIn].join(', ')})`;
        });
        return {
            status: 'fail',
            code: 'ASSET_AMBIGUOUS',
            message: `${ambiguous.length} required file${ambiguous.length > 1 ? 's are' : ' is'} in more than one artifact of ${listing.where}, so which one is released is not known: ${listed.join('; ')}. Narrow the artifacts glob.`,
            details: { ...details, ambiguous },
            links,
        };
    }
    if (params.checksums === 'none')
        return judgeHashesAlone(names, facts, details, links);
    const expectations = expectedChecksums(params, names, facts.checksumTexts);
    if (expectations.kind === 'malformed') {
        const { error } = expectations;
        return {
            status: 'fail',
            code: 'CHECKSUM_MALFORMED',
            message: `Malformed checksum file in ${listing.where}: ${error.message}.`,
            details: { ...details, file: error.file, line: error.line, reason: error.reason },
            links,
        };
    }
    const expiredChecksums = checksumFileNames(params, names).filter((name) => listing.assets[name]?.expired);
    const missingFiles = [
        ...expectations.missingFiles.filter((f) => !expiredChecksums.includes(f)),
        ...expiredChecksums.map((f) => `${f} (expired)`),
    ];
    if (missingFiles.length || expectations.unlisted.length) {
        const parts = [];
        if (missingFiles.length)
            parts.push(`${listing.where} has no ${missingFiles.join(', ')}`);
        if (expectations.unlisted.length)
            parts.push(`${params.checksums_file} does not list ${expectations.unlisted.join(', ')}`);
        const want = params.checksums === 'sha256sums'
            ? `${params.checksums_file} must list every required file`
            : 'each required file needs a NAME.sha256 sidecar';
        return {
            status: 'fail',
            code: 'CHECKSUM_MISSING',
            message: `Missing checksums: ${parts.join('; ')} (${want}).`,
            details: { ...details, missing_files: missingFiles, unlisted: expectations.unlisted },
            links,
        };
    }
    const mismatches = [];
    const noDigest = [];
    const notHashed = [];
    const verified = [];
    for (const name of names) {
        const asset = listing.assets[name];
        const expected = expectations.expected.get(name);
        const actual = actualChecksum(params, asset, expected.sha256, facts.downloaded[name]);
        if (actual.kind === 'no_digest')
            noDigest.push(name);
        else if (actual.kind === 'not_hashed')
            notHashed.push(name);
        else if (actual.sha256 !== expected.sha256) {
            mismatches.push({
                name,
                expected: expected.sha256,
                actual: actual.sha256,
                expected_from: expected.from,
                actual_from: actual.from,
            });
        }
        else
            verified.push({ name, sha256: actual.sha256, via: actual.from });
    }
    Object.assign(details, { verified, mismatches, no_digest: noDigest });
    if (mismatches.length) {
        const listed = mismatches.map((m) => `${m.name}: ${m.expected_from} says ${m.expected}, ${m.actual_from === 'download' ? 'the downloaded file hashes to' : "GitHub's digest is"} ${m.actual}`);
        return {
            status: 'fail',
            code: 'CHECKSUM_MISMATCH',
            message: `${mismatches.length} file${mismatches.length > 1 ? 's do' : ' does'} not match the published checksum: ${listed.join('; ')}.`,
            details,
            links,
        };
    }
    if (noDigest.length || notHashed.length) {
        const parts = [
            ...(noDigest.length
                ? [
                    `GitHub reports no sha256 digest for ${noDigest.join(', ')} (uploaded before digests existed?): set verify: download to hash the files instead`,
                ]
                : []),
            ...(notHashed.length ? [`${notHashed.join(', ')} could not be hashed`] : []),
        ];
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify ${[...noDigest, ...notHashed].length} file(s) in ${listing.where}: ${parts.join('; ')}.`,
            details: { ...details, not_hashed: notHashed },
            links,
        };
    }
    const how = params.verify === 'download' ? 'hashed after download' : "checked against GitHub's digests";
    return {
        status: 'pass',
        code: 'ASSETS_OK',
        message: `All ${names.length} required files are in ${listing.where} and match ${params.checksums === 'sha256sums' ? params.checksums_file : 'their .sha256 sidecars'} (${how}).`,
        details,
        links,
        verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
    };
}
/** `checksums: none`: every required file is there and was hashed from the verified build artifact. */
function judgeHashesAlone(names, facts, details, links) {
    const notHashed = names.filter((name) => !facts.downloaded[name]);
    const verified = names
        .filter((name) => facts.downloaded[name])
        .map((name) => ({ name, sha256: facts.downloaded[name], via: 'download' }));
    Object.assign(details, { verified, not_hashed: notHashed });
    if (notHashed.length) {
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify ${notHashed.length} file(s) in ${facts.listing.where}: ${notHashed.join(', ')} could not be hashed.`,
            details,
            links,
        };
    }
    return {
        status: 'pass',
        code: 'ASSETS_OK',
        message: `All ${names.length} required files are in ${facts.listing.where}, hashed from the digest-verified artifacts (checksums: none).`,
        details,
        links,
        verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
    };
}
/** The sha256 the published bytes really have, as far as the facts tell. */
function actualChecksum(params, asset, expected, downloaded) {
    if (params.verify === 'download')
        return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
    if (asset.origin.kind === 'release_asset')
        return asset.digest ? { kind: 'known', sha256: asset.digest, from: 'api_digest' } : { kind: 'no_digest' };
    // A build artifact: its digest is the file's own when uploaded unzipped; otherwise the
    // downloaded, digest-verified zip's file was hashed.
    if (asset.digest === expected)
        return { kind: 'known', sha256: asset.digest, from: 'api_digest' };
    return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
}

;// CONCATENATED MODULE: ./src/gates/attestations.ts




/** No attestation verifies: bad signature, untrusted certificate, no signing time, another file. */
const ATTESTATION_INVALID = 'ATTESTATION_INVALID';
/** GitHub holds no attestation of the file (of the expected predicate type). */
const ATTESTATION_MISSING = 'ATTESTATION_MISSING';
/** A file's possible refusals, worst first: the gate's code is the worst any file has. */
const SEVERITY = [
    ATTESTATION_INVALID,
    'SIGNER_MISMATCH',
    'SOURCE_MISMATCH',
    'SELF_HOSTED_RUNNER',
    ATTESTATION_MISSING,
    'ASSET_MISSING',
];
const { properties: assetParams } = releaseAssetsGate.paramsSchema;
const attestationsGate = {
    type: 'attestations',
    libraries: (params) => releaseAssetsGate.libraries(params),
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['subjects'],
        properties: {
            source: {
                ...assetParams.source,
                description: 'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (one per file, named like it).',
            },
            subjects: {
                ...assetParams.required,
                description: 'Files that must carry a valid attestation, shaped like release_assets `required`: `{platform}` in a name is replaced by each entry of its `platform` list.',
            },
            predicate_type: {
                description: 'The in-toto predicate type the attestation must have (SLSA provenance v1 is what actions/attest-build-provenance writes).',
                type: 'string',
                minLength: 1,
                default: 'https://slsa.dev/provenance/v1',
            },
            signer_workflow: {
                description: "The workflow that must have signed: OWNER/REPO/PATH, compared with the certificate's Build Signer URI at source_ref; append @REF to pin another ref (a reusable workflow).",
                type: 'string',
                minLength: 1,
                pattern: '^[^/\\s]+/[^/\\s]+/[^\\s]+$',
                default: '{repo}/.github/workflows/release.yml',
            },
            source_ref: {
                description: "The ref the attestation's source must be (the certificate's Source Repository Ref).",
                type: 'string',
                minLength: 1,
                default: 'refs/tags/{tag}',
            },
            source_digest: {
                description: "The commit the attestation's source must be (the certificate's Source Repository Digest).",
                type: 'string',
                minLength: 1,
                default: '{sha}',
            },
            deny_self_hosted_runners: {
                description: 'Refuse attestations made on self-hosted runners (the certificate says which kind of runner signed).',
                type: 'boolean',
                default: false,
            },
            trusted_root: {
                description: "Workspace path of a Sigstore trusted root JSON (GitHub Enterprise Server, GitHub's own Sigstore instance for private repositories: `gh attestation trusted-root`). Default: Sigstore's public-good root through TUF.",
                type: 'string',
                minLength: 1,
            },
            workflow: {
                ...assetParams.workflow,
            },
            max_download_bytes: {
                description: 'Largest file downloaded for hashing when GitHub gives no digest of it.',
                type: 'integer',
                minimum: 1,
                default: 2147483648,
            },
        },
    },
    checkParams(params) {
        releaseAssetsGate.checkParams({
            ...params,
            required: params.subjects,
            checksums: 'sha256sums',
            checksums_file: 'sha256sums.txt',
            verify: 'digest',
        });
    },
    collect: collectAttestations,
    judge: judgeAttestations,
};
async function collectAttestations(params, ctx, facts) {
    const repo = ctx.repository;
    // Subjects are shaped like release_assets `required`, platforms_from included: read the list
    // as release_assets does (else a `{platform}` name would be looked for literally).
    const read = await readRequiredPlatforms(params.subjects, ctx, facts);
    const names = requiredAssetNames(read?.required ?? params.subjects);
    // The trusted root first: without it nothing can be verified, and the gate must say so
    // rather than report files as unattested.
    const trust = await sigstoreTrust(facts, { trustedRoot: params.trusted_root ?? null });
    const listing = await listAssets(facts, ctx, { source: params.source, workflow: params.workflow, names });
    const subjects = {};
    if (listing.absent)
        return { listing, trustSource: trust.source, names, subjects };
    await Promise.all(names.map(async (name) => {
        const asset = listing.assets[name];
        if (!asset || asset.expired)
            return;
        // A release asset's digest is GitHub's own record of its bytes; an artifact's digest is
        // the zip's unless it was uploaded unzipped, so artifacts are always hashed.
        const byApi = asset.origin.kind === 'release_asset' && asset.digest !== null;
        const sha256 = byApi ? asset.digest : await hashAsset(facts, repo, asset, params.max_download_bytes);
        subjects[name] = {
            sha256,
            via: byApi ? 'api_digest' : 'download',
            checks: await verifiedAttestations(facts, repo, sha256, trust),
        };
    }));
    return { listing, trustSource: trust.source, names, subjects };
}
function judgeAttestations(params, facts, ctx) {
    const { names } = facts;
    const links = facts.listing.link ? [facts.listing.link] : [];
    const expected = {
        signerUri: (0,claims/* expectedSignerUri */.rU)(ctx.serverUrl, params.signer_workflow, params.source_ref),
        repositoryUri: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository.owner}/${ctx.repository.repo}`,
        ref: params.source_ref,
        digest: params.source_digest,
        denySelfHostedRunners: params.deny_self_hosted_runners,
    };
    const details = {
        source: params.source,
        where: facts.listing.where,
        trusted_root: facts.trustSource,
        predicate_type: params.predicate_type,
        expected: {
            signer: expected.signerUri,
            repository: expected.repositoryUri,
            ref: expected.ref,
            digest: expected.digest,
            github_hosted_only: expected.denySelfHostedRunners,
        },
    };
    if (facts.listing.absent) {
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `None of the ${names.length} files to check can be found: ${facts.listing.absent}.`,
            details: { ...details, files: names.map((name) => ({ name, code: 'ASSET_MISSING' })) },
            links,
        };
    }
    const files = names.map((name) => fileVerdict(name, facts, params, expected));
    const verifiedSubjects = files
        .filter((file) => file.code === 'ATTESTED')
        .map((file) => ({ name: file.name, sha256: file.sha256 }));
    Object.assign(details, { files });
    const refused = files.filter((file) => file.code !== 'ATTESTED');
    if (refused.length === 0) {
        return {
            status: 'pass',
            code: 'ATTESTED',
            message: `All ${files.length} files in ${facts.listing.where} carry a valid ${params.predicate_type} attestation signed by ${expected.signerUri} from commit ${shortSha(expected.digest)}.`,
            details,
            links,
            verifiedSubjects,
        };
    }
    const worst = SEVERITY.find((code) => refused.some((file) => file.code === code));
    return {
        status: 'fail',
        code: worst,
        message: `${refused.length} of ${files.length} files in ${facts.listing.where} lack a valid attestation: ${refused.map((file) => `${file.name}: ${file.message}`).join('; ')}.`,
        details,
        links,
        verifiedSubjects,
    };
}
/** One file's outcome: attested when at least one attestation passes every check. */
function fileVerdict(name, facts, params, expected) {
    const subject = facts.subjects[name];
    const asset = facts.listing.assets[name];
    if (!subject) {
        return {
            name,
            sha256: null,
            code: 'ASSET_MISSING',
            message: asset?.expired ? `expired in ${facts.listing.where}` : `not in ${facts.listing.where}`,
        };
    }
    const { sha256, checks } = subject;
    const file = (code, message) => ({ name, sha256, code, message });
    if (checks.length === 0)
        return file(ATTESTATION_MISSING, `GitHub has no attestation of sha256:${sha256}`);
    const verified = checks.filter((check) => check.ok);
    const ofType = verified.filter((check) => check.predicateType === params.predicate_type);
    const problems = ofType.map((check) => ({ check, problem: (0,claims/* claimProblem */.un)(check.claims, expected) }));
    const good = problems.find(({ problem }) => problem === null);
    if (good) {
        const how = good.check.delivery === 'bundle_url' ? 'bundle fetched from bundle_url' : 'bundle inline';
        const signedAt = good.check.ok && good.check.signedAt ? `, signed ${good.check.signedAt}` : '';
        return {
            ...file('ATTESTED', `attested (${how}${signedAt})`),
            statement_sha256: good.check.ok ? good.check.statementSha256 : undefined,
        };
    }
    const claimed = problems.map(({ problem }) => problem);
    if (claimed.length > 0) {
        const worst = SEVERITY.find((code) => claimed.some((p) => p.code === code));
        return file(worst, claimed.find((p) => p.code === worst).message);
    }
    const invalid = checks.filter((check) => !check.ok);
    if (invalid.length > 0) {
        const count = invalid.length === 1 ? 'its attestation' : `all ${invalid.length} attestations`;
        return file(ATTESTATION_INVALID, `${count} failed verification: ${invalid[0].reason}`);
    }
    const types = [...new Set(verified.map((check) => (check.ok ? check.predicateType : '')))];
    return file(ATTESTATION_MISSING, `no attestation of predicate type ${params.predicate_type} (only ${types.join(', ')})`);
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}

// EXTERNAL MODULE: ./src/facts/build/run.ts
var run = __webpack_require__(59825);
// EXTERNAL MODULE: ./src/facts/build/trust.ts
var build_trust = __webpack_require__(87922);
;// CONCATENATED MODULE: ./src/gates/build-provenance.ts




/** In the order they are checked; the first failed one is the verdict's code. */
const PROVENANCE_CHECKS = (/* unused pure expression or super */ null && (TRUST_CHECKS));
/** A workflow file name, as in `.github/workflows/<name>`. */
const WORKFLOW_FILE_SCHEMA = {
    description: 'File name of the release build workflow under .github/workflows/.',
    type: 'string',
    pattern: '^[^/\\\\]+\\.ya?ml$',
    default: 'release.yml',
};
const buildProvenanceGate = defineGate({
    type: 'build_provenance',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            workflow: WORKFLOW_FILE_SCHEMA,
            events: {
                description: 'Events that may have triggered the build run.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
                minItems: 1,
                uniqueItems: true,
                default: [...find/* DEFAULT_BUILD_EVENTS */.Bh],
            },
            dispatch_from: {
                description: "Branches a workflow_dispatch build may run on (it checks the tag out, so its head is the branch's); such a run is accepted when its release metadata attests the tag. Default: the repository's default branch.",
                type: 'array',
                items: { type: 'string', minLength: 1 },
                minItems: 1,
                uniqueItems: true,
            },
        },
    },
    buildRunPolicy: (params) => ({
        workflow: params.workflow,
        events: params.events,
        ...(params.dispatch_from ? { dispatchFrom: params.dispatch_from } : {}),
    }),
    async collect(params, ctx, facts) {
        if (targetProblem(ctx))
            return { finding: null };
        const rules = {
            ...(0,find/* rulesFor */.NP)(ctx, params.workflow),
            events: params.events,
            dispatchFrom: params.dispatch_from ?? null,
        };
        return { finding: await (0,find/* findBuildRun */.HC)(facts, ctx, rules) };
    },
    judge: judgeBuildProvenance,
});
function judgeBuildProvenance(params, facts, ctx) {
    const unjudgeable = targetProblem(ctx);
    if (unjudgeable)
        return unjudgeable;
    const { finding } = facts;
    if (!finding)
        return { status: 'error', code: 'BUILD_RUN_UNKNOWN', message: 'The build run was not looked up.' };
    if (!finding.found)
        return buildRunNotFound(finding.lookup);
    const { run, trust } = finding;
    const problems = trust.problems;
    const details = {
        ...describeRun(run, finding.lookup),
        admitted_by: trust.admittedBy,
        expected: {
            workflow_path: `.github/workflows/${params.workflow}`,
            repository: (0,build_trust/* repoName */.Qq)(ctx.repository),
            events: params.events,
            head_branch: ctx.tag,
            head_sha: ctx.sha,
            dispatch_from: finding.rules.dispatchFrom,
        },
        failures: problems.map(({ code, message }) => ({ code, message })),
    };
    const links = runLinks(run, ctx);
    if (problems.length > 0) {
        const [first, ...rest] = problems;
        const more = rest.length ? ` (also ${rest.map((p) => p.code).join(', ')})` : '';
        return { status: 'fail', code: first.code, message: `${first.message}${more}`, details, links };
    }
    const how = trust.admittedBy === 'dispatch_attested'
        ? `dispatched from '${run.headBranch}', built tag '${ctx.tag}' (${build_provenance_short(ctx.sha)}) as its release metadata attests`
        : `built ${build_provenance_short(run.headSha)} for tag '${ctx.tag}'`;
    return {
        status: 'pass',
        code: 'BUILD_RUN_OK',
        message: `Build run ${run.id} (${run.path}, ${run.event}) ${how} in ${(0,build_trust/* repoName */.Qq)(ctx.repository)} and succeeded.`,
        details,
        links,
    };
}
/** An error verdict when there is no tag or commit to hold a build run against, else null. */
function targetProblem(ctx) {
    if (!ctx.tag) {
        return {
            status: 'error',
            code: 'NOT_A_TAG',
            message: `Build provenance needs a tag, and '${ctx.refName}' is not one: evaluate the release tag.`,
        };
    }
    if (!ctx.sha) {
        return {
            status: 'error',
            code: 'SHA_UNRESOLVED',
            message: `The commit of tag '${ctx.tag}' could not be resolved, so no build run can be checked against it.`,
        };
    }
    return null;
}
/** The verdict when no build run was found, naming what was searched. */
function buildRunNotFound(lookup) {
    const hint = lookup.query.by === 'id'
        ? 'Check the build_run_id input.'
        : 'Run the build workflow for the tag, or pass the run as build_run_id.';
    return {
        status: 'fail',
        code: 'BUILD_RUN_NOT_FOUND',
        message: `No build run: looked for ${(0,run/* describeBuildRunQuery */.Zv)(lookup.query)}, but ${lookup.reason}. ${hint}`,
        details: { query: lookup.query, reason: lookup.reason },
    };
}
/** The run as report details. */
function describeRun(run, lookup) {
    return {
        run_id: run.id,
        run_url: run.htmlUrl || null,
        found_by: lookup.query.by === 'id' ? 'build_run_id' : 'search',
        workflow_path: run.path,
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        head_branch: run.headBranch,
        head_sha: run.headSha,
        repository: run.repository,
        head_repository: run.headRepository,
        run_attempt: run.runAttempt,
        display_title: run.displayTitle ?? null,
    };
}
function runLinks(run, ctx) {
    const url = run.htmlUrl || `${ctx.serverUrl}/${(0,build_trust/* repoName */.Qq)(ctx.repository)}/actions/runs/${run.id}`;
    return [{ title: `Build run ${run.id}`, url }];
}
function build_provenance_short(sha) {
    return sha.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/facts/build/output.ts





/** The bytes of one output of the build, or why they cannot be had. */
async function readOutput(facts, ctx, source, options) {
    switch (source.kind) {
        case 'workspace':
            return readWorkspaceOutput(facts, source.path, options.maxBytes);
        case 'artifact':
            return readArtifactOutput(facts, ctx, source, options.maxBytes);
        case 'release_asset':
            return readAssetOutput(facts, ctx, source.name, options.maxBytes);
    }
}
/** The output as UTF-8 text, or null when it is not (a BOM is dropped). */
function outputText(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return null;
    }
}
async function readWorkspaceOutput(facts, path, maxBytes) {
    const label = `${path} (workspace)`;
    const file = await (0,workspace/* readWorkspaceFile */.s)(facts, path, maxBytes);
    if (file.kind === 'missing')
        return {
            ok: false,
            label,
            link: null,
            code: 'OUTPUT_MISSING',
            message: 'does not exist: the step that writes it did not run or wrote elsewhere.',
            details: { path },
        };
    if (file.kind === 'too_large')
        return {
            ok: false,
            label,
            link: null,
            code: 'OUTPUT_TOO_LARGE',
            message: `is ${file.size} bytes, over the ${file.maxBytes}-byte limit (max_bytes).`,
            details: { path, size: file.size, max_bytes: file.maxBytes },
        };
    return { ok: true, label, link: null, bytes: Buffer.from(file.text, 'utf8') };
}
async function readArtifactOutput(facts, ctx, source, maxBytes) {
    let run = source.run;
    if (!run) {
        const trusted = await (0,find/* trustedBuildRun */.rN)(facts, ctx, source.workflow);
        if (!trusted.ok) {
            return {
                ok: false,
                label: `${source.file} in artifact '${source.name}'`,
                link: null,
                code: trusted.code,
                message: `cannot be read: ${trusted.reason}.`,
                details: { artifact: source.name },
            };
        }
        run = trusted.run;
    }
    const label = `${source.file} in artifact '${source.name}' of run ${run.id}`;
    const link = run.htmlUrl ? { title: `Run ${run.id}`, url: run.htmlUrl } : null;
    const details = { artifact: source.name, file: source.file, run_id: run.id };
    const artifact = await (0,facts_artifacts/* findRunArtifact */.h8)(facts, ctx.repository, run.id, source.name);
    const read = await fileInArtifact(facts, ctx.repository, artifact, source.name, { ...source, maxBytes });
    if ('bytes' in read)
        return { ok: true, label, link, bytes: read.bytes, runId: run.id };
    return {
        ok: false,
        label,
        link,
        runId: run.id,
        ...read.refusal,
        details: { ...details, ...read.refusal.details },
    };
}
async function readAssetOutput(facts, ctx, name, maxBytes) {
    const label = `release asset '${name}'`;
    const tag = ctx.tag;
    const release = tag ? await releaseByTag(facts, ctx.repository, tag) : null;
    const link = release?.htmlUrl ? { title: `Release ${tag}`, url: release.htmlUrl } : null;
    const asset = release?.assets.find((candidate) => candidate.name === name);
    if (!asset) {
        const why = !tag
            ? `'${ctx.refName}' is not a tag, so it has no release`
            : !release
                ? `there is no published release for tag '${tag}'`
                : `release ${tag} has no such asset`;
        return {
            ok: false,
            label,
            link,
            code: 'OUTPUT_MISSING',
            message: `does not exist: ${why}.`,
            details: { asset: name },
        };
    }
    if (asset.size !== null && asset.size > maxBytes)
        return {
            ok: false,
            label,
            link,
            code: 'OUTPUT_TOO_LARGE',
            message: `is ${asset.size} bytes, over the ${maxBytes}-byte limit (max_bytes).`,
            details: { asset: name, size: asset.size, max_bytes: maxBytes },
        };
    return { ok: true, label, link, bytes: await readAsset(facts, ctx.repository, asset, maxBytes) };
}

;// CONCATENATED MODULE: ./src/util/json-pointer.ts
// RFC 6901 JSON Pointer. `/packages//version` has an empty segment: the key "" (as in
// package-lock.json's root package entry).
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`JSON Pointer '${pointer}' must be empty or start with '/'`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function resolvePointer(document, pointer) {
    let node = document;
    const segments = parsePointer(pointer);
    for (const [i, segment] of segments.entries()) {
        const here = '/' + segments.slice(0, i + 1).join('/');
        if (Array.isArray(node)) {
            if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.length)
                return { found: false, missingAt: here };
            node = node[Number(segment)];
        }
        else if (node !== null &&
            typeof node === 'object' &&
            Object.prototype.hasOwnProperty.call(node, segment)) {
            node = node[segment];
        }
        else {
            return { found: false, missingAt: here };
        }
    }
    return { found: true, value: node };
}

;// CONCATENATED MODULE: ./src/gates/evidence.ts




const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
const evidenceGate = defineGate({
    type: 'evidence',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        oneOf: [
            { properties: { path: true }, required: ['path'] },
            { properties: { artifact: true }, required: ['artifact'] },
        ],
        properties: {
            path: {
                description: 'Workspace-relative path of the JSON evidence file (or use artifact).',
                type: 'string',
                minLength: 1,
            },
            artifact: {
                description: 'The evidence file in an artifact of the build run (the run build_provenance judges).',
                type: 'object',
                additionalProperties: false,
                required: ['name', 'file'],
                properties: {
                    name: { description: 'Artifact name.', type: 'string', minLength: 1 },
                    file: { description: 'Path of the JSON file inside the artifact.', type: 'string', minLength: 1 },
                    workflow: {
                        description: 'Build workflow searched when build_run_id is not given.',
                        type: 'string',
                        minLength: 1,
                        default: 'release.yml',
                    },
                },
            },
            pointer: {
                description: 'JSON Pointer to the value that decides.',
                type: 'string',
                pattern: '^(/.*)?$',
                default: '/ok',
            },
            equals: { description: 'The value that means pass (compared exactly, type included).', default: true },
            max_bytes: { description: 'Largest file read.', type: 'integer', minimum: 1, default: 1048576 },
        },
    },
    collect: (params, ctx, facts) => readEvidence(facts, ctx, params),
    judge: judgeEvidence,
});
/**
 * The evidence file, from the workspace or the build run's artifact. Not there (no file, no
 * such artifact, no such file in it) is MISSING_FILE and too large is INVALID_JSON (SPEC \u00a76);
 * any other refusal keeps its shared code (no trusted build run, an expired artifact, \u2026).
 */
async function readEvidence(facts, ctx, params) {
    const source = params.artifact
        ? {
            kind: 'artifact',
            name: params.artifact.name,
            file: params.artifact.file,
            workflow: params.artifact.workflow,
        }
        : { kind: 'workspace', path: params.path };
    const read = await readOutput(facts, ctx, source, { maxBytes: params.max_bytes });
    const path = params.artifact ? read.label : params.path;
    if (read.ok)
        return { kind: 'ok', path, text: read.bytes.toString('utf8') };
    if (read.code === 'OUTPUT_MISSING' || read.code === 'ARTIFACT_MISSING')
        return { kind: 'missing', path };
    if (read.code === 'OUTPUT_TOO_LARGE') {
        const size = typeof read.details?.size === 'number' ? read.details.size : Number.NaN;
        return { kind: 'too_large', path, size, maxBytes: params.max_bytes };
    }
    throw refusalError(read, `evidence ${read.label}`);
}
function judgeEvidence(params, file) {
    const details = {
        path: file.path,
        pointer: params.pointer,
        expected: params.equals,
    };
    if (file.kind === 'missing') {
        return {
            status: 'fail',
            code: 'MISSING_FILE',
            message: `Evidence file '${file.path}' does not exist: the step that writes it did not run or wrote elsewhere.`,
            details,
        };
    }
    if (file.kind === 'too_large') {
        return {
            status: 'fail',
            code: 'INVALID_JSON',
            message: `Evidence file '${file.path}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit.`,
            details,
        };
    }
    let document;
    try {
        document = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return {
            status: 'fail',
            code: 'INVALID_JSON',
            message: `Evidence file '${file.path}' is not valid JSON: ${error.message}`,
            details,
        };
    }
    const lookup = resolvePointer(document, params.pointer);
    const own = document !== null && typeof document === 'object' ? document : {};
    const ownCode = typeof own.code === 'string' && CODE_PATTERN.test(own.code) ? own.code : null;
    const ownMessage = typeof own.message === 'string' && own.message.trim() ? own.message.trim().split('\n')[0] : null;
    if (ownCode)
        details.evidence_code = ownCode;
    if (!lookup.found) {
        return {
            status: 'fail',
            code: 'EVIDENCE_FAILED',
            message: `Evidence file '${file.path}' has no value at '${params.pointer}'${ownMessage ? `: ${ownMessage}` : ''}.`,
            details,
        };
    }
    details.actual = lookup.value;
    if (!deepEqual(lookup.value, params.equals)) {
        return {
            status: 'fail',
            code: ownCode ?? 'EVIDENCE_FAILED',
            message: ownMessage ??
                `Evidence '${file.path}' has ${JSON.stringify(lookup.value)} at '${params.pointer}', expected ${JSON.stringify(params.equals)}.`,
            details,
        };
    }
    return {
        status: 'pass',
        code: ownCode ?? 'EVIDENCE_OK',
        message: ownMessage ?? `Evidence '${file.path}' is ok.`,
        details,
    };
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (keysA.length === keysB.length &&
        keysA.every((k) => deepEqual(a[k], b[k])));
}

// EXTERNAL MODULE: ./src/facts/runs.ts
var facts_runs = __webpack_require__(95081);
;// CONCATENATED MODULE: ./src/facts/jobs.ts
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
        if ((0,errors/* isRateLimitError */.kt)(error))
            throw (0,graphql_errors/* graphqlGateError */.B)(error, repo, `jobs of ${runs.length} runs in ${repo.owner}/${repo.repo}`);
        // GraphqlResponseError carries what did resolve (a suite the token may not see is null).
        const partial = error.data?.nodes;
        if (Array.isArray(partial))
            nodes = partial;
        // Nothing resolved at all (no data, or every suite refused): the next chunk would fare no better.
        refused = !nodes || nodes.every((node) => node === null);
    }
    // Checked outside the try: a damaged answer is refused, not taken for GraphQL being unavailable.
    if (!refused && !nodes)
        nodes = shape/* Fields */.C8.of(data, request, 'data').list('nodes');
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
    const suite = shape/* Fields */.C8.of(node, request, `data.nodes[${index}]`);
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
        const checkRun = shape/* Fields */.C8.of(entry, request, `${checkRuns.path}.nodes[${i}]`);
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
                const step = shape/* Fields */.C8.of(entry, request, `${steps.path}.nodes[${s}]`);
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
        throw (0,errors/* toGateError */.Vl)(error, `jobs of run ${run.id} in ${repo.owner}/${repo.repo}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${run.id}/jobs`;
    const jobs = shape/* Fields */.C8.each(raw, request, 'jobs').map((job) => ({
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
    const { runs, complete } = await (0,facts_runs/* workflowRuns */.A_)(facts, repo, query, {
        maxRuns: options.maxRuns,
        enough: async (runs) => options.enough(await attach(runs)),
    });
    return { history: await attach(runs), complete };
}
function jobsOf(byRun, run) {
    const entry = byRun.get(run.id);
    if (!entry)
        throw new types/* GateError */.ue('JOBS_UNAVAILABLE', `The jobs of run ${run.id} could not be read.`);
    return entry.jobs;
}

// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
;// CONCATENATED MODULE: ./src/facts/workflow-file.ts
// The top-level `env:` of a workflow file at a ref, read through the contents API. A workflow
// keeps its own thresholds there (WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10), so a gate
// can take the number from the commit under evaluation instead of repeating it in the policy.


function workflowFileEnv(facts, repo, path, ref) {
    return facts.memo(`workflow-env:${repo.owner}/${repo.repo}:${path}@${ref}`, async () => {
        const file = await (0,contents/* readRepoFile */.v)(facts.github, repo, path, ref);
        if (!file)
            return { kind: 'missing', path, ref };
        return parseWorkflowEnv(file.text, path, ref);
    });
}
/** Parses a workflow's text; pure, so the shapes a file can take are testable without a server. */
function parseWorkflowEnv(text, path, ref) {
    const document = (0,dist/* parseDocument */.Tp)(text);
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

;// CONCATENATED MODULE: ./src/gates/history-strip.ts
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

;// CONCATENATED MODULE: ./src/gates/job-match.ts
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
    const glob = picomatch_default()(asText(pattern), { dot: true });
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
const job_match_WORKFLOW_FILE_SCHEMA = {
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
function job_match_shortSha(sha) {
    return sha.slice(0, 7);
}
/** `'ci.yml' run #42 (attempt 2) for abc1234`, as messages name a run. */
function runLabel(workflow, run, commit) {
    return `'${workflow}' run #${run.runNumber}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ''} for ${commit}`;
}

;// CONCATENATED MODULE: ./src/gates/failure-budget.ts
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
            workflow: job_match_WORKFLOW_FILE_SCHEMA,
            job: JOB_NAME_SCHEMA,
            ...HISTORY_FILTER_SCHEMAS,
            window: {
                description: `How many of the latest runs in which the job ran are judged; ${DEFAULT_WINDOW} when neither window nor window_from is given.`,
                type: 'integer',
                minimum: 1,
                maximum: WINDOW_MAXIMUM,
            },
            window_from: envSourceSchema("Reads window from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS). Not with window."),
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
            demote_at_from: envSourceSchema("Reads demote_at from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_FAILURES). Not with max_failures or demote_at."),
        },
        // At most one way to give each number is checked in checkParams, whose message says which
        // keys clash; Ajv would only say that a `not` matched.
    },
    checkParams(params) {
        const given = ['max_failures', 'demote_at', 'demote_at_from'].filter((key) => params[key] !== undefined);
        if (given.length > 1) {
            throw new types/* GateError */.ue('INVALID_PARAMS', `Give one of max_failures, demote_at and demote_at_from, not ${given.join(' and ')}: they say the same thing.`);
        }
        if (params.window !== undefined && params.window_from !== undefined)
            throw new types/* GateError */.ue('INVALID_PARAMS', 'Give window or window_from, not both.');
        const window = params.window ?? (params.window_from ? undefined : DEFAULT_WINDOW);
        const allowed = allowedFailures(params);
        if (window !== undefined && allowed !== undefined && allowed >= window) {
            throw new types/* GateError */.ue('INVALID_PARAMS', `${describeBudget(params, allowed)} is not below window ${window}: the budget could never be exceeded.`);
        }
    },
    async collect(params, ctx, facts) {
        const repo = ctx.repository;
        const at = ctx.sha || ctx.ref;
        const sources = [params.window_from, params.demote_at_from].filter((s) => s !== undefined);
        const [branch, files] = await Promise.all([
            params.branch ?? (0,facts_runs/* defaultBranch */.OR)(facts, repo),
            Promise.all(sources.map((source) => workflowFileEnv(facts, repo, source.file, at))),
        ]);
        const envFiles = Object.fromEntries(sources.map((source, i) => [source.file, files[i]]));
        const rule = resolveBudget(params, envFiles);
        // A number that cannot be read is the judge's error to report; the history would not help.
        if (!rule.ok)
            return { branch, history: [], complete: false, envFiles };
        const { history, complete } = await runsWithJobs(facts, repo, { workflow: params.workflow, branch, event: params.event, status: 'completed' }, {
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
    return envInteger(parameter, source, file);
}
/** The latest `window` runs in which the job ran (succeeded or failed), newest first. */
function budgetWindow(history, job, window) {
    const ran = [];
    for (const entry of history) {
        if (ran.length >= window)
            break;
        const outcome = jobOutcome(entry.jobs, job);
        if (outcome.kind === 'not_run')
            continue;
        ran.push({ entry, failed: outcome.kind === 'failure', conclusion: conclusionsOf(outcome.jobs) });
    }
    return ran;
}
/** The strip of the runs read up to the window's oldest: passed-over runs between them included. */
function budgetStrip(history, job, window) {
    const oldest = window.at(-1)?.entry;
    const end = oldest ? history.indexOf(oldest) + 1 : history.length;
    const marks = history.slice(0, end).map((entry) => {
        const kind = jobOutcome(entry.jobs, job).kind;
        return kind === 'success' ? 'green' : kind === 'failure' ? 'failure' : 'passed_over';
    });
    return historyStrip(marks).text;
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
            message: `No completed '${params.workflow}' run on ${facts.branch} (${eventsLabel(params.event)}) in which '${params.job}' ran; looked at ${facts.history.length} runs.`,
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

;// CONCATENATED MODULE: ./src/facts/calendar.ts
// The text of a holiday calendar for freeze_window (an iCalendar file; gates/calendar-windows.ts
// reads it). The file is read where the policy was read: at the policy's ref through the API when the
// policy came from there (`policy_ref`), so whoever pushes a tag cannot lift a freeze by
// editing a workspace copy; else from the workspace. A calendar that cannot be read or
// understood is an error (CALENDAR_INVALID, CALENDAR_MISSING), never "not frozen".



/** Calendars larger than this are refused: a holiday list is a few kilobytes. */
const CALENDAR_MAX_BYTES = 1024 * 1024;
/** Reads the calendar at the policy's ref (policy_ref), or in the workspace. */
async function readCalendarFile(facts, ctx, path) {
    const policyRef = ctx.policy?.source.startsWith('api@') ? ctx.policy.source.slice('api@'.length) : null;
    if (policyRef) {
        const file = await facts.memo(`calendar:${policyRef}:${path}`, () => (0,contents/* readRepoFile */.v)(facts.github, ctx.repository, path, policyRef));
        if (!file)
            throw new types/* GateError */.ue('CALENDAR_MISSING', `Calendar '${path}' does not exist at ${policyRef}, where the policy was read from (policy_ref); commit it there or fix the path.`, { calendar: path, ref: policyRef });
        if (file.text.length > CALENDAR_MAX_BYTES)
            throw tooLarge(path, file.text.length);
        return { path, ref: policyRef, text: file.text };
    }
    const file = await (0,workspace/* readWorkspaceFile */.s)(facts, path, CALENDAR_MAX_BYTES);
    if (file.kind === 'missing')
        throw new types/* GateError */.ue('CALENDAR_MISSING', `Calendar '${path}' does not exist in the workspace; check it out (actions/checkout) or fix the path.`, { calendar: path });
    if (file.kind === 'too_large')
        throw tooLarge(path, file.size);
    return { path, ref: null, text: file.text };
}
function tooLarge(path, size) {
    return new types/* GateError */.ue('CALENDAR_INVALID', `Calendar '${path}' is ${size} bytes, over the ${CALENDAR_MAX_BYTES}-byte limit.`, { calendar: path });
}

;// CONCATENATED MODULE: ./src/gates/zoned-time.ts
// Wall-clock arithmetic in IANA time zones with the built-in `Intl` only.
//
// An instant is a point on the real timeline (a `Date`, or epoch milliseconds); a wall time
// is what a clock in a zone shows. Going from an instant to a wall time is a lookup; going
// back is not always one-to-one: around a daylight-saving change a wall time can be skipped
// (spring forward: it never happens) or repeated (fall back: it happens twice). The single
// rule used here for both cases is "the first instant at which the zone's clock shows that
// wall time or later":
//   - a skipped wall time (02:30 on a spring-forward day) resolves to the first instant
//     after the gap, the moment the clock jumps (03:00 local);
//   - a repeated wall time (01:30 on a fall-back day) resolves to its earlier occurrence.
// So a freeze that starts at a skipped time starts as soon as the clock passes it, and a
// span between two wall times is always one contiguous piece of real time.
//
// Supported range: instants and wall times in years 1..9999 (what `YYYY` can write).
/** ISO order: Monday first. */
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
// Building a DateTimeFormat is far more expensive than using one; evaluations reuse a few zones.
const formatters = new Map();
function formatterFor(zone) {
    let formatter = formatters.get(zone);
    if (!formatter) {
        formatter = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(zone, formatter);
    }
    return formatter;
}
/**
 * True for a time-zone name `Intl` knows (America/Denver, Europe/Berlin, UTC, Etc/GMT+5).
 * Offset strings such as `+05:00` are refused even where the runtime accepts them (Node 24
 * does, Node 20 does not), so a policy means the same thing on every runner.
 */
function isValidTimeZone(zone) {
    if (zone.trim() === '' || /^[+\-\u2212]/.test(zone))
        return false;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
/** Epoch milliseconds of a wall time read as if it were UTC; valid for years 0..99 too. */
function wallTimeAsUtcMillis(local) {
    const date = new Date(0);
    date.setUTCFullYear(local.year, local.month - 1, local.day);
    date.setUTCHours(local.hour, local.minute, local.second, 0);
    return date.getTime();
}
/** Day of the week of a calendar date (proleptic Gregorian, like `Date`). */
function weekdayOf(date) {
    const sundayFirst = new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 })).getUTCDay();
    return WEEKDAYS[(sundayFirst + 6) % 7];
}
/** The calendar date `days` days after (or before, when negative) `date`. */
function addDays(date, days) {
    const shifted = new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }) + days * MS_PER_DAY);
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
/** True when year/month/day name a real calendar date (no 2026-02-30). */
function isCalendarDate(date) {
    if (date.month < 1 || date.month > 12 || date.day < 1)
        return false;
    return addDays({ ...date, day: 1 }, date.day - 1).month === date.month;
}
/** What the clock in `zone` shows at `instant` (to the second; milliseconds are dropped). */
function zonedParts(instant, zone) {
    const parts = formatterFor(zone).formatToParts(instant);
    const field = (type) => {
        const part = parts.find((p) => p.type === type);
        if (!part)
            throw new Error(`Intl gave no ${type} for ${new Date(instant).toISOString()} in ${zone}`);
        return Number(part.value);
    };
    // Some ICU versions print midnight as 24 even with h23; it is the same day's 00.
    const hour = field('hour') % 24;
    const local = {
        year: field('year'),
        month: field('month'),
        day: field('day'),
        hour,
        minute: field('minute'),
    };
    return {
        ...local,
        second: field('second'),
        weekday: weekdayOf(local),
        minutesSinceMidnight: hour * 60 + local.minute,
    };
}
/**
 * How far the zone's clock is ahead of UTC at `instant`, in milliseconds. Milliseconds, not
 * minutes: historical local mean times have odd offsets such as Berlin's +0:53:28.
 */
function offsetMillisAt(instant, zone) {
    const millis = typeof instant === 'number' ? instant : instant.getTime();
    const wholeSecond = millis - (((millis % 1000) + 1000) % 1000);
    return wallTimeAsUtcMillis(zonedParts(wholeSecond, zone)) - wholeSecond;
}
/**
 * The instant at which the clock in `zone` shows `local` \u2014 for a skipped wall time the first
 * instant after the gap, for a repeated one the earlier occurrence (see the top of this file).
 */
function zonedToInstant(local, zone) {
    const wall = wallTimeAsUtcMillis(local);
    const known = new Map();
    const offsetAt = (t) => {
        if (!known.has(t))
            known.set(t, offsetMillisAt(t, zone));
        return known.get(t);
    };
    // The answer is `wall - offset` for an offset in force at the answer. Offsets are at most
    // about 15 hours, so the offsets a day either side of the wall time, and those at the
    // instants they point to, include the right one even with two transitions close together.
    const nearby = new Set([offsetAt(wall - MS_PER_DAY), offsetAt(wall + MS_PER_DAY)]);
    const pointedTo = [...nearby].map((offset) => offsetAt(wall - offset));
    const candidates = [...new Set([...nearby, ...pointedTo])].map((offset) => wall - offset);
    const exact = candidates.filter((t) => offsetAt(t) === wall - t);
    if (exact.length > 0)
        return new Date(Math.min(...exact));
    return new Date(firstInstantShowingAtLeast(wall, Math.min(...candidates), Math.max(...candidates), zone));
}
/**
 * In a spring-forward gap the clock only moves forward between the two candidate instants,
 * so a binary search finds the first millisecond whose wall time is at or after `wall`.
 */
function firstInstantShowingAtLeast(wall, before, after, zone) {
    let low = before; // shows an earlier wall time
    let high = after; // shows `wall` or later
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (middle + offsetMillisAt(middle, zone) >= wall)
            high = middle;
        else
            low = middle;
    }
    return high;
}
const BOUND_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
/** What a one-time window bound may look like, for error messages. */
const BOUND_FORMAT = 'YYYY-MM-DDTHH:MM[:SS] (wall time in the policy time zone), optionally followed by Z or an offset \u00b1HH:MM';
/**
 * Parses a one-time window bound. Without an offset it is a wall time in `zone` (resolved as
 * described at the top of this file); with `Z` or `\u00b1HH:MM` it is that exact instant.
 * Throws a RangeError saying what is wrong with the text.
 */
function parseWindowBound(text, zone) {
    const match = BOUND_PATTERN.exec(text);
    if (!match)
        throw new RangeError(`expected ${BOUND_FORMAT}`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0));
    const local = { year, month, day, hour, minute, second };
    if (year < 1 || !isCalendarDate(local))
        throw new RangeError(`${match[1]}-${match[2]}-${match[3]} is not a date`);
    if (hour > 23 || minute > 59 || second > 59) {
        throw new RangeError(`${match[4]}:${match[5]}${match[6] ? `:${match[6]}` : ''} is not a time of day`);
    }
    const offset = match[7];
    if (offset === undefined)
        return zonedToInstant(local, zone);
    return new Date(wallTimeAsUtcMillis(local) - parseOffsetMillis(offset));
}
function parseOffsetMillis(offset) {
    if (offset === 'Z')
        return 0;
    const hours = Number(offset.slice(1, 3));
    const minutes = Number(offset.slice(4, 6));
    if (hours > 23 || minutes > 59)
        throw new RangeError(`offset ${offset} is out of range (-23:59 to +23:59)`);
    const sign = offset.startsWith('-') ? -1 : 1;
    return sign * (hours * 60 + minutes) * MS_PER_MINUTE;
}
const WEEKDAY_LABELS = {
    MON: 'Mon',
    TUE: 'Tue',
    WED: 'Wed',
    THU: 'Thu',
    FRI: 'Fri',
    SAT: 'Sat',
    SUN: 'Sun',
};
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** A wall time for people: `Sat 2026-11-28 00:00` (seconds only when not zero). */
function formatWallTime(instant, zone) {
    const p = zonedParts(instant, zone);
    const seconds = p.second === 0 ? '' : `:${pad(p.second)}`;
    return `${WEEKDAY_LABELS[p.weekday]} ${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}${seconds}`;
}
/** A wall time as the freeze messages write it: `2027-01-04 00:00` (seconds only when not zero). */
function formatLocalTime(instant, zone) {
    return formatWallTime(instant, zone).slice(4);
}
/** How far ahead an instant is, for people: `in 3 d 4 h`, `in 13 d`, `in 2 h 5 min`, `in 40 min`. */
function relativeTime(fromMs, toMs) {
    const minutes = Math.floor((toMs - fromMs) / MS_PER_MINUTE);
    if (minutes < 1)
        return 'in under a minute';
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    if (days > 0)
        return `in ${days} d${hours ? ` ${hours} h` : ''}`;
    if (hours > 0)
        return `in ${hours} h${rest ? ` ${rest} min` : ''}`;
    return `in ${rest} min`;
}

;// CONCATENATED MODULE: ./src/gates/calendar-windows.ts



/** Occurrences expanded per event at most; a rule past it cannot be judged. */
const MAX_OCCURRENCES = 20_000;
/** Parses an iCalendar text into freeze windows; throws CALENDAR_INVALID naming what is wrong. */
function parseCalendar(text, where) {
    const ical = (0,libraries/* library */.Y)('ical');
    const invalid = (reason) => new types/* GateError */.ue('CALENDAR_INVALID', `Calendar ${where} is not a usable iCalendar file: ${reason}.`, {
        calendar: where,
    });
    let root;
    try {
        root = new ical.Component(ical.parse(text));
    }
    catch (error) {
        throw invalid(error.message);
    }
    if (root.name !== 'vcalendar')
        throw invalid(`it starts with ${root.name.toUpperCase()}, not VCALENDAR`);
    // Zones the file defines itself (Outlook writes "W. Europe Standard Time" with its rules).
    const ownZones = new Map();
    for (const component of root.getAllSubcomponents('vtimezone')) {
        const zone = new ical.Timezone(component);
        ownZones.set(zone.tzid, zone);
    }
    const vevents = root.getAllSubcomponents('vevent');
    if (vevents.length === 0)
        throw invalid('it has no VEVENT');
    // Moved or changed occurrences (RECURRENCE-ID) belong to their series, not alone.
    const exceptions = vevents.filter((component) => component.hasProperty('recurrence-id'));
    return vevents
        .filter((component) => !component.hasProperty('recurrence-id'))
        .map((component, index) => {
        const event = new ical.Event(component, { exceptions: sameUid(exceptions, component) });
        const name = event.summary?.trim() || `event ${index + 1}`;
        const label = `event '${name}'`;
        if (!component.hasProperty('dtstart'))
            throw invalid(`${label} has no DTSTART`);
        const zoneOf = (property) => zoneRef(component, property, ownZones, invalid, label);
        const startZone = zoneOf('dtstart');
        const endZone = component.hasProperty('dtend') ? zoneOf('dtend') : startZone;
        const toInstant = (time, zone, gateZone) => instantOf(time, zone, gateZone);
        const duration = event.duration;
        if (duration.isNegative || duration.toSeconds() < 0)
            throw invalid(`${label} ends before it starts`);
        return {
            name,
            uid: event.uid ?? null,
            spansBetween(fromMs, toMs, zone) {
                const spans = [];
                if (!event.isRecurring()) {
                    const startMs = toInstant(event.startDate, startZone, zone);
                    const endMs = component.hasProperty('dtend')
                        ? toInstant(event.endDate, endZone, zone)
                        : endAfter(event.startDate, duration, startZone, zone);
                    if (endMs > fromMs && startMs < toMs && endMs > startMs)
                        spans.push({ startMs, endMs });
                    return spans;
                }
                const iterator = event.iterator();
                for (let count = 0;; count++) {
                    if (count >= MAX_OCCURRENCES)
                        throw invalid(`${label} repeats more than ${MAX_OCCURRENCES} times before the evaluation time`);
                    const next = iterator.next();
                    if (!next)
                        break;
                    const details = event.getOccurrenceDetails(next);
                    const startMs = toInstant(details.startDate, startZone, zone);
                    if (startMs >= toMs)
                        break;
                    const length = details.item.duration;
                    const endMs = endAfter(details.startDate, length, startZone, zone);
                    if (endMs > fromMs && endMs > startMs)
                        spans.push({ startMs, endMs });
                }
                return spans;
            },
        };
    });
}
function sameUid(exceptions, master) {
    const uid = master.getFirstPropertyValue('uid');
    return exceptions.filter((exception) => exception.getFirstPropertyValue('uid') === uid);
}
function zoneRef(component, property, ownZones, invalid, label) {
    const prop = component.getFirstProperty(property);
    const value = prop.getFirstValue();
    if (!value || typeof value !== 'object' || !('isDate' in value))
        throw invalid(`${label} has an unreadable ${property.toUpperCase()}`);
    if (value.isDate)
        return { kind: 'floating' };
    const tzid = prop.getParameter('tzid');
    if (tzid) {
        const own = ownZones.get(tzid);
        if (own)
            return { kind: 'own', zone: own };
        if (isValidTimeZone(tzid))
            return { kind: 'iana', zone: tzid };
        throw invalid(`${label} uses TZID '${tzid}', which is neither an IANA zone nor defined in the file`);
    }
    return value.zone === (0,libraries/* library */.Y)('ical').Timezone.utcTimezone ? { kind: 'utc' } : { kind: 'floating' };
}
function localOf(time) {
    return {
        year: time.year,
        month: time.month,
        day: time.day,
        hour: time.isDate ? 0 : time.hour,
        minute: time.isDate ? 0 : time.minute,
        second: time.isDate ? 0 : time.second,
    };
}
function instantOf(time, ref, gateZone) {
    const local = localOf(time);
    switch (ref.kind) {
        case 'utc':
            return wallTimeAsUtcMillis(local);
        case 'iana':
            return zonedToInstant(local, ref.zone).getTime();
        case 'own': {
            const placed = (0,libraries/* library */.Y)('ical').Time.fromData({ ...local, isDate: false }, ref.zone);
            return placed.toUnixTime() * 1000;
        }
        case 'floating':
            return zonedToInstant(local, gateZone).getTime();
    }
}
/** The end of an occurrence: nominal days on the local date, then exact time (RFC 5545 \u00a73.3.6). */
function endAfter(start, duration, ref, gateZone) {
    const days = duration.weeks * 7 + duration.days;
    const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    const local = localOf(start);
    const shifted = { ...local, ...addDays(local, days) };
    const time = (0,libraries/* library */.Y)('ical').Time.fromData({ ...shifted, isDate: start.isDate });
    return instantOf(time, ref, gateZone) + exactMs;
}

;// CONCATENATED MODULE: ./src/gates/recurrence.ts


// RFC 5545 \u00a73.3.6 dur-value, without a sign (a freeze cannot last a negative time):
// P[n]W, or P[n]D with an optional time part, or PT with hours, minutes and/or seconds in order.
const DURATION_GRAMMAR = /^P(?:\d+W|\d+D(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?|T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/;
/** Parses a duration; null when the text is not an RFC 5545 duration or it lasts no time. */
function parseDuration(text) {
    // The grammar decides what is accepted (ical.js reads `P1.5D` as a day); ical.js the values.
    if (!DURATION_GRAMMAR.test(text) || /T$/.test(text))
        return null;
    const duration = (0,libraries/* library */.Y)('ical').Duration.fromString(text);
    const days = duration.weeks * 7 + duration.days;
    const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    return days === 0 && exactMs === 0 ? null : { days, exactMs, text };
}
const DURATION_FORMAT = 'an RFC 5545 duration such as P14D, P2W, PT8H or P1DT12H (weeks, days, hours, minutes, seconds; no months or years)';
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/** Parts a rule may use; the time of day comes from `start`, the first date from `from`. */
const RULE_PARTS = new Set([
    'FREQ',
    'INTERVAL',
    'COUNT',
    'UNTIL',
    'BYMONTH',
    'BYMONTHDAY',
    'BYYEARDAY',
    'BYWEEKNO',
    'BYDAY',
    'BYSETPOS',
    'WKST',
]);
/** Where a rule starts counting (INTERVAL, COUNT) when the window names no `from` date. */
const DEFAULT_RULE_START = { year: 2000, month: 1, day: 1 };
/**
 * A rule that yields local dates. Throws a RangeError saying what is wrong: an unknown part, a
 * frequency below a day, a value out of range, or a rule that never occurs.
 */
function parseDateRule(text, from = DEFAULT_RULE_START) {
    const RRule = (0,libraries/* library */.Y)('rrule');
    const parts = text.split(';').map((part) => part.split('='));
    for (const [name, value] of parts) {
        if (!name || value === undefined || value === '')
            throw new RangeError(`'${name ?? ''}' is not NAME=VALUE`);
        if (name === 'BYHOUR' || name === 'BYMINUTE' || name === 'BYSECOND')
            throw new RangeError(`${name} is not used here: the time of day is the window's 'start'`);
        if (name === 'DTSTART')
            throw new RangeError(`DTSTART is not used here: write the first date as 'from'`);
        if (!RULE_PARTS.has(name))
            throw new RangeError(`unknown rule part '${name}'`);
        if (name === 'BYDAY' &&
            !value.split(',').every((day) => /^[+-]?\d{0,2}(?:MO|TU|WE|TH|FR|SA|SU)$/.test(day)))
            throw new RangeError(`BYDAY=${value} is not a list of days such as MO,FR or -1FR`);
    }
    const freq = parts.find(([name]) => name === 'FREQ')?.[1];
    if (!freq || !FREQUENCIES.includes(freq))
        throw new RangeError(`FREQ must be one of ${FREQUENCIES.join(', ')} (got ${freq ? `'${freq}'` : 'none'})`);
    let options;
    try {
        options = RRule.parseString(text);
    }
    catch (error) {
        throw new RangeError(error.message);
    }
    checkRange(options.bymonth, 1, 12, 'BYMONTH');
    checkRange(options.bymonthday, 1, 31, 'BYMONTHDAY', true);
    checkRange(options.byyearday, 1, 366, 'BYYEARDAY', true);
    checkRange(options.byweekno, 1, 53, 'BYWEEKNO', true);
    checkRange(options.bysetpos, 1, 366, 'BYSETPOS', true);
    if (options.interval !== undefined && options.interval < 1)
        throw new RangeError('INTERVAL must be 1 or more');
    const dtstart = floating(from);
    const rule = new RRule({ ...options, dtstart, tzid: null });
    // Looked for within a century: rrule would otherwise walk to the year 9999 to say "never".
    const century = floating({ ...from, year: from.year + 100, day: Math.min(from.day, 28) });
    if (rule.between(dtstart, century, true, (_date, index) => index < 1).length === 0)
        throw new RangeError('the rule never occurs (not within 100 years of its first date)');
    return { text, from, rule, options: { ...options, tzid: null } };
}
const recurrence_MS_PER_DAY = 86_400_000;
/**
 * The rule started again at the latest date on or before `first` that is a whole number of its
 * periods (INTERVAL \u00d7 FREQ) after `from`, and one period earlier still: the same occurrences
 * from `first` on, without rrule walking every period since `from` (a daily rule since 2000
 * is thousands of steps). A rule with COUNT counts from `from` and is left as it is, and so
 * is a monthly or yearly rule from a day some months or years lack.
 */
function ruleNear(dateRule, first) {
    const RRule = (0,libraries/* library */.Y)('rrule');
    const { from, options, rule } = dateRule;
    if (options.count !== undefined && options.count !== null)
        return rule;
    const interval = options.interval ?? 1;
    const fromMs = floating(from).getTime();
    const firstMs = floating(first).getTime();
    if (firstMs <= fromMs)
        return rule;
    let anchor;
    if (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY) {
        const period = (options.freq === RRule.DAILY ? 1 : 7) * interval;
        const periods = Math.floor((firstMs - fromMs) / recurrence_MS_PER_DAY / period) - 1;
        if (periods < 1)
            return rule;
        anchor = fromFloating(new Date(fromMs + periods * period * recurrence_MS_PER_DAY));
    }
    else {
        if (from.day > 28)
            return rule;
        const months = options.freq === RRule.MONTHLY ? interval : 12 * interval;
        const elapsed = (first.year - from.year) * 12 + (first.month - from.month);
        const periods = Math.floor(elapsed / months) - 1;
        if (periods < 1)
            return rule;
        const total = from.month - 1 + periods * months;
        anchor = { year: from.year + Math.floor(total / 12), month: (total % 12) + 1, day: from.day };
    }
    return new RRule({ ...options, dtstart: floating(anchor) });
}
function checkRange(value, min, max, name, negativeAllowed = false) {
    const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const v of values) {
        const magnitude = negativeAllowed ? Math.abs(v) : v;
        if (!Number.isInteger(v) || magnitude < min || magnitude > max)
            throw new RangeError(`${name}=${v} is out of range (${negativeAllowed ? `\u00b1${min}..${max}` : `${min}..${max}`})`);
    }
}
/** A local date as rrule's floating Date (its UTC fields are the local fields). */
function floating(date) {
    return new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }));
}
function fromFloating(date) {
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
/** The local dates on which the rule occurs, from `first` to `last` inclusive. */
function ruleDatesBetween(rule, first, last) {
    return ruleNear(rule, first).between(floating(first), floating(last), true).map(fromFloating);
}
/** The first local date on or after `first` on which the rule occurs, or null. */
function nextRuleDate(rule, first) {
    const next = ruleNear(rule, first).after(floating(first), true);
    return next ? fromFloating(next) : null;
}
/**
 * The real-time span of one occurrence: from `startMinute` on the local date, for the
 * duration (nominal days first, then exact time). Empty (end \u2264 start) cannot happen for a
 * positive duration except in a daylight-saving gap of a few minutes; the caller drops it.
 */
function occurrenceSpan(date, startMinute, duration, zone) {
    const at = (day) => zonedToInstant({ ...day, hour: Math.floor(startMinute / 60), minute: startMinute % 60, second: 0 }, zone).getTime();
    const startMs = at(date);
    const endMs = at(addDays(date, duration.days)) + duration.exactMs;
    return { startMs, endMs };
}

;// CONCATENATED MODULE: ./src/gates/freeze-window.ts
// freeze_window: blocks while the evaluation time falls inside a declared freeze window.
//
// Every window is turned into spans of real time, [start, end) in epoch milliseconds, near
// the evaluation time. A weekly window has one span per listed day, from the first moment the
// zone's clock shows `start` on that day to the first moment it shows `end` (see zoned-time.ts
// for how skipped and repeated wall times resolve). So an occurrence is always one contiguous
// piece of real time: on a fall-back day 01:00\u201303:00 lasts three hours, on a spring-forward
// day one hour, and a window that lies wholly inside the skipped hour does not occur that day.
// Back-to-back days of one window form one span (SAT+SUN 00:00\u201324:00 runs Saturday 00:00 to
// Monday 00:00), which is what "until" reports.
//
// Recurring windows by RFC 5545 rule (recurrence.ts) and the events of an iCalendar file
// (calendar-windows.ts) become spans the same way, so every kind is judged alike.





const CODE_INVALID = 'INVALID_PARAMS';
/** How far ahead the gate looks for windows that continue a freeze. */
const LOOKAHEAD_DAYS = 14;
/** How far ahead the gate looks for the next window (a yearly freeze is up to a year away). */
const NEXT_HORIZON_DAYS = 366;
const freeze_window_MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;
const START_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$';
const END_PATTERN = '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
const freeze_window_BOUND_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?$';
const ONE_TIME_WINDOW_SCHEMA = {
    type: 'object',
    description: 'A one-time window [start, end).',
    additionalProperties: false,
    required: ['name', 'start', 'end'],
    properties: {
        name: { type: 'string', minLength: 1 },
        start: { type: 'string', pattern: freeze_window_BOUND_PATTERN, description: `Inclusive. ${BOUND_FORMAT}.` },
        end: { type: 'string', pattern: freeze_window_BOUND_PATTERN, description: `Exclusive, after start. ${BOUND_FORMAT}.` },
    },
};
const WEEKLY_WINDOW_SCHEMA = {
    type: 'object',
    description: 'A window that repeats every week, on local wall time in the zone.',
    additionalProperties: false,
    required: ['name', 'weekly'],
    properties: {
        name: { type: 'string', minLength: 1 },
        weekly: {
            type: 'object',
            additionalProperties: false,
            required: ['days', 'start', 'end'],
            properties: {
                days: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...WEEKDAYS] } },
                start: { type: 'string', pattern: START_PATTERN, description: 'Inclusive, HH:MM (00:00-23:59).' },
                end: {
                    type: 'string',
                    pattern: END_PATTERN,
                    description: 'Exclusive, HH:MM (00:01-24:00), after start: a window cannot cross midnight.',
                },
            },
        },
    },
};
const RRULE_WINDOW_SCHEMA = {
    type: 'object',
    description: 'A window that recurs by an RFC 5545 rule on local dates, from a local start time for a duration.',
    additionalProperties: false,
    required: ['name', 'rrule', 'start', 'duration'],
    properties: {
        name: { type: 'string', minLength: 1 },
        rrule: {
            type: 'string',
            minLength: 1,
            description: 'RRULE parts, e.g. FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20. FREQ is DAILY, WEEKLY, MONTHLY or YEARLY; the time of day comes from start.',
        },
        start: { type: 'string', pattern: START_PATTERN, description: 'Local start time on each date, HH:MM.' },
        duration: {
            type: 'string',
            minLength: 2,
            description: `How long each occurrence lasts: ${DURATION_FORMAT}. Days are calendar days in the zone.`,
        },
        from: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
            description: 'First date the rule counts from (matters for INTERVAL and COUNT), YYYY-MM-DD [2000-01-01].',
        },
    },
};
// Subschemas are inlined (no $defs/$ref) so the policy schema can embed this one anywhere.
// if/then/else rather than oneOf: a mistake in a weekly window is then reported against the
// weekly shape only, not also as "does not match the one-time shape".
const paramsSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['timezone'],
    anyOf: [
        { properties: { windows: true }, required: ['windows'] },
        { properties: { calendar: true }, required: ['calendar'] },
    ],
    properties: {
        timezone: {
            type: 'string',
            minLength: 1,
            description: 'IANA time zone the windows are written in, e.g. America/Denver, Europe/Berlin, UTC.',
        },
        windows: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                if: { properties: { weekly: true }, required: ['weekly'] },
                then: WEEKLY_WINDOW_SCHEMA,
                else: {
                    if: { properties: { rrule: true }, required: ['rrule'] },
                    then: RRULE_WINDOW_SCHEMA,
                    else: ONE_TIME_WINDOW_SCHEMA,
                },
            },
        },
        calendar: {
            type: 'object',
            description: "An iCalendar (.ics) file whose events are freeze windows (SUMMARY as the name, recurrence included), read at the policy's ref when the policy is read through the API (policy_ref), else from the workspace.",
            additionalProperties: false,
            required: ['file'],
            properties: { file: { type: 'string', minLength: 1, description: 'Path of the .ics file.' } },
        },
    },
};
const freezeWindowGate = {
    type: 'freeze_window',
    // RFC 5545 rules and durations, and iCalendar files; one-time and weekly windows need neither.
    libraries(params) {
        const record = (params ?? {});
        const windows = Array.isArray(record.windows) ? record.windows : [];
        const rules = windows.some((w) => typeof w === 'object' && w !== null && 'rrule' in w);
        return [
            ...(rules || record.calendar !== undefined ? ['ical'] : []),
            ...(rules ? ['rrule'] : []),
        ];
    },
    paramsSchema,
    blocksInRehearsal: false,
    checkParams(params) {
        validateFreezeParams(params);
    },
    async collect(params, ctx, facts) {
        if (!params.calendar)
            return { now: ctx.now };
        return { now: ctx.now, calendar: await readCalendarFile(facts, ctx, params.calendar.file) };
    },
    judge(params, facts) {
        let valid;
        try {
            valid = validateFreezeParams(params);
        }
        catch (error) {
            // Fail closed: parameters that never went through the policy validator must not pass.
            if (!(error instanceof types/* GateError */.ue))
                throw error;
            return { status: 'error', code: error.code, message: error.message, details: error.details };
        }
        if (!(facts.now instanceof Date) || Number.isNaN(facts.now.getTime())) {
            return {
                status: 'error',
                code: 'INVALID_NOW',
                message: `Invalid evaluation time '${String(facts.now)}'.`,
            };
        }
        if (params.calendar) {
            if (!facts.calendar)
                return {
                    status: 'error',
                    code: 'CALENDAR_MISSING',
                    message: `The calendar '${params.calendar.file}' was not read.`,
                };
            try {
                valid.windows.push(...calendarWindows(facts.calendar));
            }
            catch (error) {
                if (!(error instanceof types/* GateError */.ue))
                    throw error;
                return { status: 'error', code: error.code, message: error.message, details: error.details };
            }
        }
        return judgeFreeze(valid, facts.now);
    },
};
function calendarWindows(file) {
    const where = file.ref ? `'${file.path}' at ${file.ref}` : `'${file.path}' in the workspace`;
    return parseCalendar(file.text, where).map((event) => ({ kind: 'calendar', name: event.name, event }));
}
// ---------------------------------------------------------------------------------------------
// Validation
/**
 * Checks freeze_window parameters beyond what the JSON schema can say (real time zone, real
 * dates, end after start) and parses them. Throws GateError INVALID_PARAMS with a message that
 * quotes the bad value and names what is accepted; `details.path` points at it (JSON Pointer
 * into `with:`). The policy validator calls it too, so a bad window fails validation early.
 */
function validateFreezeParams(params) {
    const record = expectRecord(params, '', 'the freeze_window parameters', [
        'timezone',
        'windows',
        'calendar',
    ]);
    const timezone = validateTimezone(record.timezone);
    const windows = record.windows;
    if (windows === undefined && record.calendar !== undefined) {
        validateCalendarParam(record.calendar);
        return { timezone, windows: [] };
    }
    if (record.calendar !== undefined)
        validateCalendarParam(record.calendar);
    if (!Array.isArray(windows) || windows.length === 0) {
        throw invalid('/windows', windows, `Invalid windows ${freeze_window_quote(windows)}. Expected a non-empty list of windows, or a 'calendar'.`);
    }
    return { timezone, windows: windows.map((window, index) => validateWindow(window, index, timezone)) };
}
function validateCalendarParam(calendar) {
    const record = expectRecord(calendar, '/calendar', "'calendar'", ['file']);
    if (typeof record.file !== 'string' || record.file.trim() === '')
        throw invalid('/calendar/file', record.file, `Invalid calendar file ${freeze_window_quote(record.file)}. Expected the path of an .ics file.`);
}
function validateTimezone(zone) {
    if (typeof zone !== 'string' || !isValidTimeZone(zone)) {
        throw invalid('/timezone', zone, `Invalid timezone ${freeze_window_quote(zone)}. Expected an IANA time zone name, e.g. America/Denver, Europe/Berlin or UTC.`);
    }
    return zone;
}
function validateWindow(window, index, timezone) {
    const path = `/windows/${index}`;
    const record = expectRecord(window, path, `window ${index + 1}`, [
        'name',
        'start',
        'end',
        'weekly',
        'rrule',
        'duration',
        'from',
    ]);
    const name = record.name;
    if (typeof name !== 'string' || name.trim() === '') {
        throw invalid(`${path}/name`, name, `Invalid name ${freeze_window_quote(name)} of window ${index + 1}. Expected a non-empty string.`);
    }
    const label = `freeze window '${name}'`;
    if ('rrule' in record)
        return validateRrule(record, name, path, label);
    if ('duration' in record || 'from' in record) {
        const key = 'duration' in record ? 'duration' : 'from';
        throw invalid(`${path}/${key}`, record[key], `'${key}' in ${label} belongs to a window with an 'rrule'.`);
    }
    if ('weekly' in record) {
        if ('start' in record || 'end' in record) {
            throw invalid(path, window, `Invalid ${label}: it has both 'weekly' and 'start'/'end'. Expected either a one-time window {name, start, end} or a weekly one {name, weekly: {days, start, end}}.`);
        }
        return validateWeekly(record.weekly, name, `${path}/weekly`, label);
    }
    return validateOneTime(record, name, path, label, timezone);
}
function validateOneTime(record, name, path, label, timezone) {
    const parse = (key) => {
        const text = record[key];
        if (typeof text !== 'string') {
            throw invalid(`${path}/${key}`, text, `Invalid ${key} ${freeze_window_quote(text)} in ${label}. Expected ${BOUND_FORMAT}, or a 'weekly' window.`);
        }
        try {
            return parseWindowBound(text, timezone).getTime();
        }
        catch (error) {
            const reason = error instanceof RangeError
                ? `${error.message}. Expected ${BOUND_FORMAT}.`
                : `Expected ${BOUND_FORMAT}.`;
            throw invalid(`${path}/${key}`, text, `Invalid ${key} '${text}' in ${label}: ${reason}`);
        }
    };
    const startMs = parse('start');
    const endMs = parse('end');
    if (endMs <= startMs) {
        throw invalid(`${path}/end`, record.end, `Invalid ${label}: end '${String(record.end)}' is not after start '${String(record.start)}' (in ${timezone}). Expected an end later than the start.`);
    }
    return { kind: 'one_time', name, startMs, endMs };
}
function validateRrule(record, name, path, label) {
    for (const key of ['weekly', 'end']) {
        if (key in record)
            throw invalid(`${path}/${key}`, record[key], `Invalid ${label}: it has both 'rrule' and '${key}'. Expected {name, rrule, start, duration}.`);
    }
    const startMinute = parseClockTime(record.start, false);
    if (startMinute === null)
        throw invalid(`${path}/start`, record.start, `Invalid start ${freeze_window_quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`);
    const duration = typeof record.duration === 'string' ? parseDuration(record.duration) : null;
    if (!duration)
        throw invalid(`${path}/duration`, record.duration, `Invalid duration ${freeze_window_quote(record.duration)} in ${label}. Expected ${DURATION_FORMAT}, longer than zero.`);
    let from;
    if (record.from !== undefined) {
        const match = typeof record.from === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.from) : null;
        from = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
        if (!from || from.year < 1 || !isCalendarDate(from))
            throw invalid(`${path}/from`, record.from, `Invalid from ${freeze_window_quote(record.from)} in ${label}. Expected a date YYYY-MM-DD.`);
    }
    if (typeof record.rrule !== 'string')
        throw invalid(`${path}/rrule`, record.rrule, `Invalid rrule ${freeze_window_quote(record.rrule)} in ${label}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`);
    let rule;
    try {
        rule = parseDateRule(record.rrule, from);
    }
    catch (error) {
        const reason = error instanceof RangeError ? error.message : String(error);
        throw invalid(`${path}/rrule`, record.rrule, `Invalid rrule '${record.rrule}' in ${label}: ${reason}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`);
    }
    return { kind: 'rrule', name, rule, startMinute, duration };
}
function validateWeekly(weekly, name, path, label) {
    const record = expectRecord(weekly, path, `'weekly' of ${label}`, ['days', 'start', 'end']);
    const days = validateDays(record.days, `${path}/days`, label);
    const startMinute = parseClockTime(record.start, false);
    if (startMinute === null) {
        throw invalid(`${path}/start`, record.start, `Invalid start ${freeze_window_quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`);
    }
    const endMinute = parseClockTime(record.end, true);
    if (endMinute === null) {
        throw invalid(`${path}/end`, record.end, `Invalid end ${freeze_window_quote(record.end)} in ${label}. Expected HH:MM from 00:01 to 24:00.`);
    }
    if (endMinute <= startMinute) {
        const start = String(record.start);
        const end = String(record.end);
        throw invalid(`${path}/end`, record.end, `Invalid ${label}: end '${end}' is not after start '${start}'. ${adviceForEndNotAfterStart(days, start, end, endMinute)}`);
    }
    return { kind: 'weekly', name, days: new Set(days), startMinute, endMinute };
}
// Windows are never wrapped past midnight silently: the user says what they mean instead.
function adviceForEndNotAfterStart(days, start, end, endMinute) {
    if (endMinute === 0)
        return `Write the end of the day as '24:00'.`;
    if (start === end)
        return 'Expected an end later than the start.';
    const nextDays = days.map((day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]);
    return ('A weekly window cannot cross midnight; write it as two windows: ' +
        `days [${days.join(', ')}] ${start}-24:00 and days [${nextDays.join(', ')}] 00:00-${end}.`);
}
function validateDays(days, path, label) {
    if (!Array.isArray(days) || days.length === 0) {
        throw invalid(path, days, `Invalid days ${freeze_window_quote(days)} in ${label}. Expected a non-empty list of: ${WEEKDAYS.join(', ')}.`);
    }
    const seen = new Set();
    days.forEach((day, index) => {
        if (!WEEKDAYS.includes(day)) {
            throw invalid(`${path}/${index}`, day, `Invalid day ${freeze_window_quote(day)} in ${label}. Expected one of: ${WEEKDAYS.join(', ')}.`);
        }
        if (seen.has(day)) {
            throw invalid(`${path}/${index}`, day, `Duplicate day '${String(day)}' in ${label}. Expected each day at most once.`);
        }
        seen.add(day);
    });
    return [...seen];
}
/** Minutes since midnight of a strict `HH:MM`, or null; `24:00` only when `allowEndOfDay`. */
function parseClockTime(text, allowEndOfDay) {
    if (typeof text !== 'string')
        return null;
    if (text === '24:00')
        return allowEndOfDay ? MINUTES_PER_DAY : null;
    const match = /^(\d{2}):(\d{2})$/.exec(text);
    if (!match)
        return null;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}
function expectRecord(value, path, what, allowedKeys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw invalid(path, value, `Invalid ${what} ${freeze_window_quote(value)}. Expected a mapping with keys: ${allowedKeys.join(', ')}.`);
    }
    const unknownKey = Object.keys(value).find((key) => !allowedKeys.includes(key));
    if (unknownKey !== undefined) {
        throw invalid(`${path}/${unknownKey}`, unknownKey, `Unknown key '${unknownKey}' in ${what}. Expected only: ${allowedKeys.join(', ')}.`);
    }
    return value;
}
function invalid(path, value, message) {
    return new types/* GateError */.ue(CODE_INVALID, message, { path, value });
}
function freeze_window_quote(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    return value === undefined ? '(missing)' : JSON.stringify(value);
}
function judgeFreeze(params, now) {
    const nowMs = now.getTime();
    const spans = params.windows.flatMap((window) => spansNear(window, nowMs, params.timezone));
    const active = spans.filter((span) => span.startMs <= nowMs && nowMs < span.endMs);
    if (active.length > 0) {
        // The containing span that lasts longest is the one that decides when releases resume.
        const current = active.reduce((longest, span) => (span.endMs > longest.endMs ? span : longest));
        return frozenVerdict(current, spans, nowMs, params.timezone);
    }
    return notFrozenVerdict(spans, nowMs, params.timezone);
}
function frozenVerdict(current, spans, nowMs, zone) {
    const horizonMs = nowMs + LOOKAHEAD_DAYS * freeze_window_MS_PER_DAY;
    const continuation = continuationOf(current, spans, horizonMs);
    const last = continuation.at(-1) ?? current;
    // A chain of windows that outlasts the look-ahead has no end we can name.
    const resumesMs = continuation.length > 0 && last.endMs > horizonMs ? null : last.endMs;
    return {
        status: 'fail',
        code: 'FROZEN',
        message: frozenMessage(current, continuation, resumesMs, nowMs, zone),
        details: {
            ...describeSpan(current),
            timezone: zone,
            now: new Date(nowMs).toISOString(),
            frozen_until: resumesMs === null ? null : isoOrNull(resumesMs),
            continued_by: continuation.map((s) => s.window.name),
        },
    };
}
function frozenMessage(current, continuation, resumesMs, nowMs, zone) {
    const name = `'${current.window.name}'`;
    if (current.endMs === Infinity)
        return `Frozen: ${name}, with no end (the window covers the whole week)`;
    const head = `Frozen: ${name} until ${formatLocalTime(current.endMs, zone)}`;
    if (continuation.length === 0)
        return `${head} ${zone} (${relativeTime(nowMs, current.endMs)})`;
    if (resumesMs !== null) {
        const then = continuation.map((s) => `'${s.window.name}' until ${formatLocalTime(s.endMs, zone)}`);
        return `${head}, then ${then.join(', then ')} ${zone} (${relativeTime(nowMs, resumesMs)})`;
    }
    const others = [...new Set(continuation.map((s) => `'${s.window.name}'`))].join(', ');
    return `${head} ${zone}, then ${others}, with no break within ${LOOKAHEAD_DAYS} days`;
}
function notFrozenVerdict(spans, nowMs, zone) {
    const horizon = nowMs + NEXT_HORIZON_DAYS * freeze_window_MS_PER_DAY;
    const upcoming = spans.filter((span) => span.startMs > nowMs && span.startMs <= horizon);
    // reduce keeps the first declared window among those starting at the same instant.
    const next = upcoming.reduce((soonest, s) => (!soonest || s.startMs < soonest.startMs ? s : soonest), null);
    const message = next
        ? `Not frozen: next '${next.window.name}' starts ${formatLocalTime(next.startMs, zone)} ${zone} (${relativeTime(nowMs, next.startMs)})`
        : `Not frozen: no freeze window starts within ${NEXT_HORIZON_DAYS} days`;
    return {
        status: 'pass',
        code: 'NOT_FROZEN',
        message,
        details: { timezone: zone, now: new Date(nowMs).toISOString(), next: next ? describeSpan(next) : null },
    };
}
/**
 * Windows that take over exactly where (or before) the current one ends, so the message can
 * say when releases really resume. Followed only within the look-ahead: beyond it the spans
 * of weekly windows are not computed.
 */
function continuationOf(current, spans, horizonMs) {
    const steps = [];
    let endMs = current.endMs;
    while (endMs <= horizonMs) {
        const reach = endMs;
        const extending = spans.filter((span) => span.startMs <= reach && span.endMs > reach);
        if (extending.length === 0)
            break;
        const furthest = extending.reduce((best, span) => (span.endMs > best.endMs ? span : best));
        steps.push(furthest);
        endMs = furthest.endMs;
    }
    return steps;
}
function describeSpan(span) {
    return {
        window: span.window.name,
        kind: span.window.kind,
        start: isoOrNull(span.startMs),
        end: isoOrNull(span.endMs),
    };
}
function isoOrNull(ms) {
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
/**
 * The spans of a window that matter at `nowMs`: a one-time window's single span; for a weekly
 * window, every occurrence from well before now (a span containing now began less than a week
 * ago) to well after the look-ahead (so a span starting within it is never cut short); for a
 * rule or a calendar event, every occurrence that has not ended by now and starts within the
 * horizon for the next window.
 */
function spansNear(window, nowMs, zone) {
    if (window.kind === 'one_time')
        return [{ window, startMs: window.startMs, endMs: window.endMs }];
    if (window.kind === 'rrule')
        return mergeTouching(ruleSpans(window, nowMs, zone));
    if (window.kind === 'calendar') {
        const spans = window.event.spansBetween(nowMs, nowMs + (NEXT_HORIZON_DAYS + 1) * freeze_window_MS_PER_DAY, zone);
        return mergeTouching(spans.map((span) => ({ window, ...span })).sort((a, b) => a.startMs - b.startMs));
    }
    if (coversWholeWeek(window))
        return [{ window, startMs: -Infinity, endMs: Infinity }];
    const today = zonedParts(nowMs, zone);
    const occurrences = [];
    for (let offset = -9; offset <= LOOKAHEAD_DAYS + 9; offset++) {
        const date = addDays(today, offset);
        const occurrence = weeklyOccurrence(window, date, zone);
        if (occurrence)
            occurrences.push(occurrence);
    }
    return mergeTouching(occurrences);
}
/**
 * A rule's occurrences near now: those on dates from as far back as one could still last
 * (its duration plus a day for zone offsets) to the end of the look-ahead, and then the first
 * one after that, so the next window up to a year away is known without expanding a daily
 * rule over a year.
 */
function ruleSpans(window, nowMs, zone) {
    const today = zonedParts(nowMs, zone);
    const reachDays = window.duration.days + Math.ceil(window.duration.exactMs / freeze_window_MS_PER_DAY) + 2;
    const last = addDays(today, LOOKAHEAD_DAYS + 9);
    const dates = ruleDatesBetween(window.rule, addDays(today, -reachDays), last);
    const later = nextRuleDate(window.rule, addDays(last, 1));
    if (later)
        dates.push(later);
    return dates
        .map((date) => ({ window, ...occurrenceSpan(date, window.startMinute, window.duration, zone) }))
        .filter((span) => span.endMs > span.startMs && span.endMs > nowMs - freeze_window_MS_PER_DAY);
}
function coversWholeWeek(window) {
    return window.days.size === 7 && window.startMinute === 0 && window.endMinute === MINUTES_PER_DAY;
}
/** The window's span on a local date, or null when it does not occur (wrong day, DST gap). */
function weeklyOccurrence(window, date, zone) {
    if (!window.days.has(weekdayOf(date)))
        return null;
    const startMs = instantAtMinute(date, window.startMinute, zone);
    const endMs = window.endMinute === MINUTES_PER_DAY
        ? instantAtMinute(addDays(date, 1), 0, zone)
        : instantAtMinute(date, window.endMinute, zone);
    return endMs > startMs ? { window, startMs, endMs } : null;
}
function instantAtMinute(date, minute, zone) {
    return zonedToInstant({ ...date, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 }, zone).getTime();
}
/** Joins a window's consecutive occurrences (input sorted by start) into single spans. */
function mergeTouching(spans) {
    const merged = [];
    for (const span of spans) {
        const previous = merged[merged.length - 1];
        if (previous && span.startMs <= previous.endMs)
            previous.endMs = Math.max(previous.endMs, span.endMs);
        else
            merged.push({ ...span });
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/util/homebrew.ts
// Reads what a release check needs out of a Homebrew formula or cask: its `version "x"`
// statements and each `url "..."` with the `sha256 "..."` of the same block. Formula writers
// put sha256 after url; GoReleaser's casks put it before (`on_intel do / sha256 \u2026 / url \u2026`), so
// a url is paired with the sha256 of its own block and branch, whichever comes first. A
// formula is Ruby, and this is not a Ruby interpreter: it tokenizes just enough (strings,
// comments, heredocs, regexps, blocks) that a `url` inside a heredoc, a comment, a `resource`
// or a `bottle` block is not mistaken for the formula's own. Anything it cannot tokenize is a
// FormulaParseError, never a guess.
const FORMULA_UNPARSABLE = 'FORMULA_UNPARSABLE';
class FormulaParseError extends Error {
    line;
    reason;
    code = FORMULA_UNPARSABLE;
    constructor(line, reason) {
        super(`line ${line}: ${reason}`);
        this.line = line;
        this.reason = reason;
        this.name = 'FormulaParseError';
    }
}
/** Blocks whose url/sha256/version describe something else than the formula's own download. */
const FOREIGN_BLOCKS = new Set(['resource', 'patch', 'head', 'bottle', 'livecheck', 'test', 'def', 'devel']);
function parseFormula(text) {
    return scan(tokenize(text));
}
/** Words after which an expression starts (so `/` opens a regexp and `%(` a string). */
const EXPRESSION_KEYWORDS = new Set([
    'if',
    'unless',
    'while',
    'until',
    'when',
    'case',
    'return',
    'and',
    'or',
    'not',
    'then',
    'else',
    'elsif',
    'do',
    'in',
    'puts',
    'yield',
]);
const PAIRS = { '(': ')', '[': ']', '{': '}', '<': '>' };
function tokenize(text) {
    const tokens = [];
    const pending = [];
    let i = 0;
    let line = 1;
    const atLineStart = () => i === 0 || text[i - 1] === '\n';
    const previous = () => tokens.at(-1);
    /** Whether the next token starts an expression, rather than continuing one (division, modulo). */
    const expectsValue = () => {
        const last = previous();
        if (!last || last.kind === 'nl')
            return true;
        if (last.kind === 'punct')
            return ![')', ']', '}'].includes(last.text);
        if (last.kind === 'ident')
            return EXPRESSION_KEYWORDS.has(last.text);
        return false;
    };
    /** Reads a quoted body up to `close`; `interpolate` for double-quote semantics. */
    const readQuoted = (open, close, interpolate, startLine) => {
        const parts = [];
        let literal = '';
        let depth = 1;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated string');
            const ch = text[i];
            if (ch === '\\') {
                const next = text[i + 1];
                if (next === undefined)
                    throw new FormulaParseError(startLine, 'unterminated string');
                if (next === '\n')
                    line++;
                literal += interpolate
                    ? (ESCAPES[next] ?? next)
                    : next === close || next === '\\' || next === open
                        ? next
                        : `\\${next}`;
                i += 2;
                continue;
            }
            if (interpolate && ch === '#' && text[i + 1] === '{') {
                if (literal)
                    parts.push(literal);
                literal = '';
                i += 2;
                parts.push({ interpolation: readInterpolation(startLine) });
                continue;
            }
            if (ch === '\n')
                line++;
            if (open !== close && ch === open)
                depth++;
            if (ch === close && --depth === 0) {
                i++;
                break;
            }
            literal += ch;
            i++;
        }
        if (literal || parts.length === 0)
            parts.push(literal);
        return parts;
    };
    /** Skips a `#{...}` body (after `#{`), nested braces and strings included; returns its source. */
    const readInterpolation = (startLine) => {
        const start = i;
        let depth = 1;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated #{...} interpolation');
            const ch = text[i];
            if (ch === '"' || ch === "'") {
                i++;
                readQuoted(ch, ch, ch === '"', line);
                continue;
            }
            if (ch === '\n')
                line++;
            if (ch === '{')
                depth++;
            if (ch === '}' && --depth === 0) {
                i++;
                return text.slice(start, i - 1).trim();
            }
            i++;
        }
    };
    const readRegexp = (startLine) => {
        let inClass = false;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated regular expression');
            const ch = text[i];
            if (ch === '\\') {
                if (text[i + 1] === '\n')
                    line++;
                i += 2;
                continue;
            }
            if (ch === '#' && text[i + 1] === '{') {
                i += 2;
                readInterpolation(startLine);
                continue;
            }
            if (ch === '\n')
                line++;
            i++;
            if (ch === '[')
                inClass = true;
            else if (ch === ']')
                inClass = false;
            else if (ch === '/' && !inClass)
                break;
        }
        while (i < text.length && /[a-z]/.test(text[i]))
            i++;
    };
    const skipHeredocBodies = () => {
        for (const heredoc of pending.splice(0)) {
            while (true) {
                if (i >= text.length)
                    throw new FormulaParseError(heredoc.line, `heredoc '${heredoc.id}' is never terminated`);
                const end = text.indexOf('\n', i);
                const bodyLine = text.slice(i, end === -1 ? text.length : end).replace(/\r$/, '');
                i = end === -1 ? text.length : end + 1;
                line++;
                if ((heredoc.indented ? bodyLine.trim() : bodyLine) === heredoc.id)
                    break;
            }
        }
    };
    while (i < text.length) {
        if (atLineStart()) {
            if (/^=begin(\s|$)/.test(text.slice(i, i + 7))) {
                const startLine = line;
                const end = text.slice(i).search(/(^|\n)=end(\s|$)/);
                if (end === -1)
                    throw new FormulaParseError(startLine, '=begin comment is never closed with =end');
                const skipped = text.slice(i, i + end + 1);
                line += (skipped.match(/\n/g) ?? []).length;
                i += end + 1;
                // Drop the =end line itself.
                const after = text.indexOf('\n', i);
                i = after === -1 ? text.length : after;
                continue;
            }
            // Everything after __END__ is data (often a patch), not code.
            if (/^__END__\r?(\n|$)/.test(text.slice(i, i + 9)))
                break;
        }
        const ch = text[i];
        const startLine = line;
        if (ch === '\n') {
            tokens.push({ kind: 'nl', line });
            i++;
            line++;
            if (pending.length)
                skipHeredocBodies();
            continue;
        }
        if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
            i += text[i + 1] === '\n' ? 2 : 3;
            line++;
            continue;
        }
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (ch === '"' || ch === '`') {
            i++;
            tokens.push({ kind: 'string', parts: readQuoted(ch, ch, true, startLine), line: startLine });
            continue;
        }
        if (ch === "'") {
            i++;
            tokens.push({ kind: 'string', parts: readQuoted("'", "'", false, startLine), line: startLine });
            continue;
        }
        if (ch === ':' && (text[i + 1] === '"' || text[i + 1] === "'")) {
            const quote = text[i + 1];
            i += 2;
            readQuoted(quote, quote, quote === '"', startLine);
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === ':' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
            i++;
            while (i < text.length && /[\w?!=]/.test(text[i]))
                i++;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === '%') {
            const literal = /^%([qQwWiIrsx]?)([^\w\s])/.exec(text.slice(i, i + 3));
            if (literal && (literal[1] || expectsValue())) {
                const [, type, open] = literal;
                i += literal[0].length;
                const parts = readQuoted(open, PAIRS[open] ?? open, type === '' || type === 'Q' || type === 'W' || type === 'I', startLine);
                tokens.push(type === '' || type === 'q' || type === 'Q'
                    ? { kind: 'string', parts, line: startLine }
                    : { kind: 'value', line: startLine });
                continue;
            }
        }
        if (ch === '/' && expectsValue()) {
            i++;
            readRegexp(startLine);
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === '<' && text[i + 1] === '<') {
            const heredoc = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 200));
            if (heredoc && (heredoc[1] || heredoc[2] || expectsValue() || /^[A-Z_][A-Z0-9_]*$/.test(heredoc[3]))) {
                pending.push({ id: heredoc[3], indented: heredoc[1] !== '', line: startLine });
                i += heredoc[0].length;
                tokens.push({ kind: 'value', line: startLine });
                continue;
            }
        }
        if (ch === '?' &&
            expectsValue() &&
            text[i + 1] !== undefined &&
            !/\s/.test(text[i + 1]) &&
            !/\w/.test(text[i + 2] ?? '')) {
            // A character literal such as ?" must not open a string.
            i += text[i + 1] === '\\' ? 3 : 2;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (/[A-Za-z_@$\u0080-\uffff]/.test(ch)) {
            const start = i;
            i++;
            while (i < text.length && /[\w\u0080-\uffff]/.test(text[i]))
                i++;
            if (text[i] === '?' || text[i] === '!') {
                // `arm?` is a method name; `x ?a : b` and `x != y` are not.
                if (text[i + 1] !== '=' && !(text[i] === '?' && /[\w:'"]/.test(text[i + 1] ?? '')))
                    i++;
            }
            const word = text.slice(start, i);
            tokens.push(ch === '@' || ch === '$'
                ? { kind: 'value', line: startLine }
                : { kind: 'ident', text: word, line: startLine });
            continue;
        }
        if (/[0-9]/.test(ch)) {
            while (i < text.length &&
                /[\w.]/.test(text[i]) &&
                !(text[i] === '.' && !/[0-9]/.test(text[i + 1] ?? '')))
                i++;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        tokens.push({ kind: 'punct', text: ch, line: startLine });
        i++;
    }
    if (pending.length)
        throw new FormulaParseError(pending[0].line, `heredoc '${pending[0].id}' is never terminated`);
    return tokens;
}
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    s: ' ',
    '0': '\0',
    e: '\u001b',
    a: '\u0007',
    b: '\b',
    f: '\f',
    v: '\v',
};
// ---------------------------------------------------------------------------------------------
// Statements
/** Keywords that open a block closed by `end` when they start a statement (not as modifiers). */
const BLOCK_KEYWORDS = new Set([
    'class',
    'module',
    'def',
    'if',
    'unless',
    'case',
    'while',
    'until',
    'begin',
    'for',
]);
/** Keywords after which a new statement starts on the same line. */
const STATEMENT_STARTERS = new Set(['then', 'else', 'do', 'begin', 'ensure', 'rescue']);
const LOOP_KEYWORDS = new Set(['while', 'until', 'for']);
/** Keywords that start another branch of the enclosing `if` / `case`: a url and a sha256 never pair across them. */
const BRANCH_KEYWORDS = new Set(['else', 'elsif', 'when', 'in']);
function scan(tokens) {
    const blocks = [];
    /** A number per open block, parallel to `blocks`: what is waiting to be paired is per block. */
    const blockIds = [];
    let nextBlockId = 1;
    const versions = [];
    const urls = [];
    /** Per block: the url waiting for its sha256, or the sha256 waiting for its url (casks). */
    const waiting = new Map();
    let statementStart = true;
    let statementHead = null;
    let loopOpened = false;
    let kind = 'formula';
    const open = (name) => {
        blocks.push(name);
        blockIds.push(nextBlockId++);
    };
    const close = () => {
        blocks.pop();
        waiting.delete(blockIds.pop());
    };
    const currentBlock = () => blockIds.at(-1) ?? 0;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        const startsStatement = statementStart;
        statementStart = false;
        if (token.kind === 'nl' || (token.kind === 'punct' && token.text === ';')) {
            statementStart = true;
            statementHead = null;
            loopOpened = false;
            continue;
        }
        if (token.kind === 'punct') {
            if (token.text === '{')
                open('{');
            else if (token.text === '}' && blocks.at(-1) === '{')
                close();
            continue;
        }
        if (token.kind !== 'ident')
            continue;
        const word = token.text;
        if (startsStatement)
            statementHead = word;
        if (word === 'end') {
            if (blocks.length && blocks.at(-1) !== '{')
                close();
            continue;
        }
        if (word === 'do') {
            if (!loopOpened)
                open(statementHead ?? 'do');
            if (statementHead === 'cask' && blocks.length === 1)
                kind = 'cask';
            loopOpened = false;
            statementStart = true;
            index = skipBlockParameters(tokens, index);
            continue;
        }
        if (BRANCH_KEYWORDS.has(word))
            waiting.delete(currentBlock());
        const previous = tokens[index - 1];
        const valuePosition = previous?.kind === 'punct' && ['=', '('].includes(previous.text);
        if (BLOCK_KEYWORDS.has(word) &&
            (startsStatement || (valuePosition && word !== 'class' && word !== 'def'))) {
            open(word);
            if (LOOP_KEYWORDS.has(word))
                loopOpened = true;
        }
        if (STATEMENT_STARTERS.has(word))
            statementStart = true;
        if (BLOCK_KEYWORDS.has(word) || STATEMENT_STARTERS.has(word))
            continue;
        if (!startsStatement || (word !== 'url' && word !== 'sha256' && word !== 'version'))
            continue;
        const argument = stringArgument(tokens, index);
        if (!argument)
            continue;
        // A resource's or bottle's url and sha256 are not the formula's download. They are paired
        // in their own block like any other, and then left out.
        const foreign = blocks.some((block) => FOREIGN_BLOCKS.has(block));
        const block = currentBlock();
        const before = waiting.get(block);
        if (word === 'url') {
            const entry = {
                parts: argument.parts,
                line: token.line,
                sha256: null,
                sha256Line: null,
                blocks: namedBlocks(blocks),
            };
            if (!foreign)
                urls.push(entry);
            if (before && 'sha' in before) {
                entry.sha256 = before.sha.value;
                entry.sha256Line = before.sha.line;
                waiting.delete(block);
            }
            else
                waiting.set(block, { url: entry });
        }
        else if (word === 'sha256') {
            const sha = { value: literalText(argument.parts).trim(), line: token.line };
            if (before && 'url' in before) {
                before.url.sha256 = sha.value;
                before.url.sha256Line = sha.line;
                waiting.delete(block);
            }
            else
                waiting.set(block, { sha });
        }
        else if (!foreign) {
            versions.push({ parts: argument.parts, line: token.line, blocks: namedBlocks(blocks) });
        }
    }
    const resolvedVersions = versions.map((v) => ({
        value: literalText(v.parts),
        line: v.line,
        blocks: v.blocks,
    }));
    // `#{version}` in a url means the formula's (or cask's) version; use the outermost declaration.
    const outermost = [...resolvedVersions].sort((a, b) => a.blocks.length - b.blocks.length)[0];
    return {
        kind,
        versions: resolvedVersions,
        urls: urls.map((u) => ({
            url: u.parts
                .map((part) => typeof part === 'string'
                ? part
                : part.interpolation === 'version' && outermost
                    ? outermost.value
                    : `#{${part.interpolation}}`)
                .join(''),
            line: u.line,
            sha256: u.sha256,
            sha256Line: u.sha256Line,
            blocks: u.blocks,
        })),
    };
}
/** The string a statement is called with: `url "x"`, `url("x")`, `url "x", using: :nounzip`. */
function stringArgument(tokens, index) {
    let next = tokens[index + 1];
    if (next?.kind === 'punct' && next.text === '(')
        next = tokens[index + 2];
    return next?.kind === 'string' ? { parts: next.parts } : null;
}
/** After `do`, skips `|a, b|` so the block body starts a statement. */
function skipBlockParameters(tokens, index) {
    const next = tokens[index + 1];
    if (next?.kind !== 'punct' || next.text !== '|')
        return index;
    for (let j = index + 2; j < tokens.length; j++) {
        const token = tokens[j];
        if (token.kind === 'nl')
            return j - 1;
        if (token.kind === 'punct' && token.text === '|')
            return j;
    }
    return index;
}
function literalText(parts) {
    return parts.map((part) => (typeof part === 'string' ? part : `#{${part.interpolation}}`)).join('');
}
function namedBlocks(blocks) {
    return blocks.filter((block) => block !== '{');
}

;// CONCATENATED MODULE: ./src/gates/homebrew-formula.ts
// homebrew_formula: the tap's formula (or cask) installs exactly this release. Its `version` is
// the release's, it has the release's download url for every platform, the sha256 of each
// url's block is the sha256 of that file in the release (GitHub's digest of the asset, or, for
// an asset without one, the release's checksum files), and no url points into the release at
// a file the release is not checked for, nor carries a placeholder hash.








const homebrew_formula_PLATFORM = '{platform}';
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
const homebrewFormulaGate = {
    type: 'homebrew_formula',
    // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
    libraries: (params) => JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['repository', 'path', 'url'],
        properties: {
            repository: {
                description: 'The tap, OWNER/NAME (templates allowed, e.g. {owner}/homebrew-tap). Read with external_token.',
                type: 'string',
                pattern: '^[^/\\s]+/[^/\\s]+$',
            },
            path: {
                description: 'Path of the formula in the tap, e.g. Formula/plasmite.rb.',
                type: 'string',
                minLength: 1,
            },
            ref: {
                description: "Branch, tag or commit of the tap; the tap's default branch when absent.",
                type: 'string',
                minLength: 1,
            },
            url: {
                description: 'Download url the formula must use; {platform} is replaced by each of platforms.',
                type: 'string',
                minLength: 1,
            },
            platforms: {
                description: 'Values of {platform} in url (or use platforms_from).',
                type: 'array',
                minItems: 1,
                uniqueItems: true,
                items: { type: 'string', minLength: 1 },
            },
            platforms_from: platformsFromSchema,
            checksums_file: {
                description: 'Checksum listing in the release, read for an asset GitHub reports no digest for (then NAME.sha256).',
                type: 'string',
                minLength: 1,
                default: 'sha256sums.txt',
            },
            source: {
                description: "Compare each sha256 with the published release's asset digest (release), or with the hash of that file from the release build run's artifacts, before the release exists (build_artifacts).",
                enum: ['release', 'build_artifacts'],
                default: 'release',
            },
            artifacts: {
                description: 'Glob (picomatch) of the build artifacts opened to find the files, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
                type: 'string',
                minLength: 1,
            },
        },
    },
    checkParams(params) {
        if (params.artifacts !== undefined && params.source !== 'build_artifacts')
            throw new types/* GateError */.ue('INVALID_PARAMS', 'artifacts (a glob of build artifacts) needs source: build_artifacts.');
        const templated = params.url.includes(homebrew_formula_PLATFORM);
        if (params.platforms && params.platforms_from)
            throw new types/* GateError */.ue('INVALID_PARAMS', 'give platforms or platforms_from, not both.');
        if (templated && !params.platforms && !params.platforms_from)
            throw new types/* GateError */.ue('INVALID_PARAMS', `url uses {platform} but there is no platforms (or platforms_from) list.`);
        if (!templated && (params.platforms || params.platforms_from))
            throw new types/* GateError */.ue('INVALID_PARAMS', `${params.platforms ? 'platforms' : 'platforms_from'} is given but url has no {platform} to put them in.`);
        if (params.platforms_from)
            checkPlatformsFrom(params.platforms_from, 'platforms_from');
    },
    async collect(params, ctx, facts) {
        const match = REPOSITORY.exec(params.repository);
        if (!match)
            throw new types/* GateError */.ue('INVALID_PARAMS', `repository '${params.repository}' is not OWNER/NAME.`);
        const tap = { owner: match[1], repo: match[2] };
        const platformsRead = params.platforms_from
            ? await readPlatformsFrom(facts, ctx, params.platforms_from)
            : undefined;
        const names = expectedUrls(withPlatforms(params, platformsRead)).map((entry) => assetNameOf(entry.url));
        const [formula, release] = await Promise.all([
            facts.memo(`repo-file:${tap.owner}/${tap.repo}:${params.path}@${params.ref ?? ''}`, () => (0,contents/* readRepoFile */.v)(facts.externalGithub, tap, params.path, params.ref)),
            params.source === 'build_artifacts'
                ? buildFiles(facts, ctx, names, params.artifacts)
                : listAssets(facts, ctx, { source: 'release', workflow: '', names }),
        ]);
        const checksumTexts = await readChecksumsForUndigested(facts, ctx.repository, release, names, params.checksums_file);
        return { tap, formula, release, checksumTexts, ...(platformsRead ? { platformsRead } : {}) };
    },
    judge: judgeHomebrewFormula,
};
/**
 * The files the formula points at, from the build run's artifacts, each with the sha256 of its
 * bytes as its digest (hashed from the digest-verified artifact), so the judge compares the
 * formula with what the build produced exactly as with a release's digests.
 */
async function buildFiles(facts, ctx, names, artifacts) {
    const listing = await listAssets(facts, ctx, {
        source: 'build_artifacts',
        workflow: (0,find/* rulesFor */.NP)(ctx).workflow,
        names,
        artifacts,
        maxArchiveBytes: DEFAULT_ARCHIVE_MAX_BYTES,
    });
    if (listing.absent)
        return listing;
    const hashed = await Promise.all(Object.values(listing.assets).map(async (asset) => {
        if (asset.expired || asset.alsoIn?.length)
            return { ...asset, digest: null };
        return { ...asset, digest: await hashAsset(facts, ctx.repository, asset, DEFAULT_ARCHIVE_MAX_BYTES) };
    }));
    return { ...listing, assets: Object.fromEntries(hashed.map((asset) => [asset.name, asset])) };
}
/** Release assets GitHub gives no digest for are looked up in the release's checksum files. */
async function readChecksumsForUndigested(facts, repo, release, names, listingFile) {
    const texts = {};
    const undigested = names.filter((name) => release.assets[name] && !release.assets[name].digest);
    if (release.absent || undigested.length === 0)
        return texts;
    const wanted = release.assets[listingFile]
        ? [listingFile]
        : undigested.map((name) => `${name}.sha256`).filter((file) => release.assets[file]);
    await Promise.all(wanted.map(async (file) => {
        texts[file] = (await readAsset(facts, repo, release.assets[file], CHECKSUM_FILE_MAX_BYTES)).toString('utf8');
    }));
    return texts;
}
/** The params with `platforms` read from the repository when the policy gives `platforms_from`. */
function withPlatforms(params, read) {
    return read ? { ...params, platforms: read.platforms } : params;
}
function expectedUrls(params) {
    return params.platforms
        ? params.platforms.map((platform) => ({ platform, url: params.url.replaceAll(homebrew_formula_PLATFORM, platform) }))
        : [{ platform: null, url: params.url }];
}
/** The release asset a download url names: its last path segment, percent-decoded. */
function assetNameOf(url) {
    const path = url.split(/[?#]/)[0];
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last);
    }
    catch {
        return last;
    }
}
/** Codes in the order a person should fix them: the first problem's code is the gate's. */
const PROBLEM_ORDER = [
    'FORMULA_VERSION_MISMATCH',
    'FORMULA_URL_MISMATCH',
    'FORMULA_STRAY_URL',
    'ASSET_MISSING',
    'CHECKSUM_MALFORMED',
    'FORMULA_SHA_MISMATCH',
];
function judgeHomebrewFormula(params, facts, ctx) {
    const tapName = `${facts.tap.owner}/${facts.tap.repo}`;
    const at = params.ref ?? 'its default branch';
    const where = `${tapName}:${params.path} at ${at}`;
    const links = [
        {
            title: `Formula ${params.path}`,
            url: `${ctx.serverUrl}/${tapName}/blob/${encodeURI(params.ref ?? 'HEAD')}/${encodeURI(params.path)}`,
        },
    ];
    if (facts.release.link)
        links.push(facts.release.link);
    const details = {
        repository: tapName,
        path: params.path,
        ref: params.ref ?? null,
        version: ctx.version,
    };
    if (facts.platformsRead)
        details.platforms_from = facts.platformsRead;
    const expectedList = expectedUrls(withPlatforms(params, facts.platformsRead));
    if (!facts.formula) {
        return {
            status: 'fail',
            code: 'FORMULA_MISSING',
            message: `${tapName} has no ${/(^|\/)Casks\//.test(params.path) ? 'cask' : 'formula'} '${params.path}' at ${at}.`,
            details,
            links,
        };
    }
    details.blob_sha = facts.formula.sha;
    let formula;
    try {
        formula = parseFormula(facts.formula.text);
    }
    catch (error) {
        if (!(error instanceof FormulaParseError))
            throw error;
        return {
            status: 'error',
            code: error.code,
            message: `Cannot read ${where}: ${error.message}.`,
            details: { ...details, line: error.line },
            links,
        };
    }
    details.formula = {
        kind: formula.kind,
        versions: formula.versions.map((v) => ({ value: v.value, line: v.line })),
        urls: formula.urls.map((u) => ({ url: u.url, line: u.line, sha256: u.sha256 })),
    };
    const problems = [];
    const wrongVersions = formula.versions.filter((v) => v.value !== ctx.version);
    if (formula.versions.length === 0) {
        problems.push({
            code: 'FORMULA_VERSION_MISMATCH',
            text: `it declares no version (add version "${ctx.version}")`,
        });
    }
    else if (wrongVersions.length) {
        problems.push({
            code: 'FORMULA_VERSION_MISMATCH',
            text: wrongVersions
                .map((v) => `version "${v.value}" on line ${v.line}, expected "${ctx.version}"`)
                .join('; '),
        });
    }
    problems.push(...strayUrlProblems(formula, expectedList, params.url, facts.release));
    const checks = [];
    let unverifiable = [];
    for (const expected of expectedList) {
        const label = expected.platform ?? 'url';
        const found = formula.urls.filter((u) => u.url === expected.url);
        const check = {
            platform: expected.platform,
            url: expected.url,
            lines: found.map((u) => u.line),
        };
        checks.push(check);
        if (found.length === 0) {
            problems.push({ code: 'FORMULA_URL_MISMATCH', text: `${label}: no url "${expected.url}"` });
            continue;
        }
        const release = releaseSha(facts, assetNameOf(expected.url));
        check.release_sha256 = release.kind === 'known' ? release.sha256 : null;
        if (release.kind === 'missing') {
            problems.push({ code: 'ASSET_MISSING', text: `${label}: ${release.reason}` });
            continue;
        }
        if (release.kind === 'malformed') {
            problems.push({ code: 'CHECKSUM_MALFORMED', text: `${label}: ${release.reason}` });
            continue;
        }
        if (release.kind === 'unknown') {
            unverifiable = [...unverifiable, `${label}: ${release.reason}`];
            continue;
        }
        for (const entry of found) {
            const problem = shaProblem(entry, release.sha256);
            if (problem)
                problems.push({ code: 'FORMULA_SHA_MISMATCH', text: `${label}: ${problem}` });
        }
    }
    details.checks = checks;
    if (problems.length) {
        problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.code) - PROBLEM_ORDER.indexOf(b.code));
        details.problems = problems;
        return {
            status: 'fail',
            code: problems[0].code,
            message: `${where} does not match ${ctx.tag ?? ctx.version}: ${problems.map((p) => p.text).join('; ')}.`,
            details,
            links,
        };
    }
    if (unverifiable.length) {
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify the sha256 in ${where}: ${unverifiable.join('; ')}.`,
            details,
            links,
        };
    }
    const count = expectedList.length;
    return {
        status: 'pass',
        code: 'FORMULA_ALIGNED',
        message: `${where} installs ${ctx.version}: ${count === 1 ? 'its url and sha256 match' : `all ${count} platform urls and sha256s match`} the release.`,
        details,
        links,
    };
}
function shaProblem(entry, releaseSha256) {
    if (entry.sha256 === null)
        return `url on line ${entry.line} has no sha256 in its block`;
    // Not a sha256 at all (a placeholder, upper case): a FORMULA_STRAY_URL problem already.
    if (!isSha256Hex(entry.sha256))
        return null;
    if (entry.sha256 !== releaseSha256)
        return `sha256 "${entry.sha256}" on line ${entry.sha256Line}, but the release file's is ${releaseSha256}`;
    return null;
}
/**
 * Urls that point into this release's downloads (the directory of the expected urls) at a file
 * the policy does not check, and sha256s that are not 64 lower-case hex digits: either breaks
 * `brew install` on that platform while the checked ones pass.
 */
function strayUrlProblems(formula, expected, template, release) {
    const expectedUrls = new Set(expected.map((entry) => entry.url));
    const directories = [
        ...new Set(expected.map((entry) => entry.url.slice(0, entry.url.lastIndexOf('/') + 1))),
    ].filter((directory) => directory !== '');
    const platformOf = platformReader(template);
    const problems = [];
    for (const entry of formula.urls) {
        const platform = expected.find((e) => e.url === entry.url)?.platform ?? platformOf(entry.url);
        const reasons = [];
        if (!expectedUrls.has(entry.url) && directories.some((directory) => entry.url.startsWith(directory))) {
            const name = assetNameOf(entry.url);
            const known = release.absent ? null : Boolean(release.assets[name]);
            const checked = expected.some((e) => e.platform !== null)
                ? `${platform ? `platform ${platform} is` : 'it is'} not among the platforms checked (${expected.map((e) => e.platform).join(', ')})`
                : 'it is not the url checked';
            reasons.push(`url "${entry.url}" on line ${entry.line} points into this release's downloads, but ${checked}` +
                (known === false
                    ? ` and ${release.where} has no '${name}'`
                    : known
                        ? `; ${release.where} has '${name}': add it to the policy or remove the url`
                        : ''));
        }
        if (entry.sha256 !== null && !isSha256Hex(entry.sha256)) {
            const upper = /^[0-9a-fA-F]{64}$/.test(entry.sha256);
            reasons.push(`sha256 "${entry.sha256}" on line ${entry.sha256Line} is not 64 lower-case hex digits${upper ? ' (upper case; brew audit wants lower case)' : ' (a placeholder?)'}`);
        }
        if (reasons.length)
            problems.push({ code: 'FORMULA_STRAY_URL', text: `${platform ?? 'url'}: ${reasons.join('; ')}` });
    }
    return problems;
}
/** Reads the `{platform}` value back out of a url built from the template, when it was. */
function platformReader(template) {
    if (!template.includes(homebrew_formula_PLATFORM))
        return () => null;
    const pattern = new RegExp(`^${template
        .split(homebrew_formula_PLATFORM)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('([^/?#]+?)')}$`);
    return (url) => pattern.exec(url)?.[1] ?? null;
}
/** What the release says the sha256 of `name` is: GitHub's digest, else its checksum files. */
function releaseSha(facts, name) {
    const { release } = facts;
    if (release.absent)
        return { kind: 'missing', reason: `the url points at '${name}', but ${release.absent}` };
    const asset = release.assets[name];
    if (!asset)
        return { kind: 'missing', reason: `the url points at '${name}', which ${release.where} does not have` };
    if (asset.digest)
        return { kind: 'known', sha256: asset.digest };
    try {
        for (const [file, text] of Object.entries(facts.checksumTexts)) {
            const entry = file.endsWith('.sha256')
                ? file === `${name}.sha256`
                    ? parseSidecar(text, file, name)
                    : undefined
                : parseSha256Sums(text, file).get(name);
            if (entry)
                return { kind: 'known', sha256: entry.sha256 };
        }
    }
    catch (error) {
        if (error instanceof ChecksumParseError)
            return { kind: 'malformed', reason: `${release.where}'s ${error.message}` };
        throw error;
    }
    return {
        kind: 'unknown',
        reason: `GitHub reports no digest for '${name}' and no checksum file of ${release.where} lists it`,
    };
}

;// CONCATENATED MODULE: ./src/gates/jobs-succeeded.ts



const RUNS_PER_COMMIT_LIMIT = 300;
const jobsSucceededGate = {
    type: 'jobs_succeeded',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow', 'jobs'],
        properties: {
            workflow: job_match_WORKFLOW_FILE_SCHEMA,
            jobs: {
                description: 'Jobs that must have succeeded, each with steps that must have succeeded in it.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: {
                            description: "The job's name as GitHub shows it, or a glob; a plain name also matches its matrix jobs.",
                            type: 'string',
                            minLength: 1,
                        },
                        steps: {
                            description: 'Names of steps (or globs) that must have succeeded in the job.',
                            type: 'array',
                            items: { type: 'string', minLength: 1 },
                            default: [],
                        },
                    },
                },
            },
        },
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { run: null, jobs: [] };
        // The same query as workflow_green's, so the two gates share one read.
        const { runs } = await (0,facts_runs/* workflowRuns */.A_)(facts, ctx.repository, { workflow: params.workflow, headSha: ctx.sha }, { maxRuns: RUNS_PER_COMMIT_LIMIT, enough: (seen) => seen.some((run) => run.status === 'completed') });
        const run = runs.find((candidate) => candidate.status === 'completed') ?? null;
        if (!run)
            return { run: null, jobs: [] };
        const wantsSteps = params.jobs.some((job) => job.steps.length > 0);
        const byRun = await jobsOfRuns(facts, ctx.repository, [run], { steps: wantsSteps });
        return { run, jobs: byRun.get(run.id)?.jobs ?? [] };
    },
    judge: judgeJobsSucceeded,
};
/** Codes from the most to the least serious: the verdict takes the first that occurs. */
const jobs_succeeded_SEVERITY = ['JOB_MISSING', 'JOB_FAILED', 'STEP_MISSING', 'STEP_FAILED'];
function judgeJobsSucceeded(params, facts, ctx) {
    if (!ctx.sha)
        return noCommitVerdict(params.workflow);
    const commit = job_match_shortSha(ctx.sha);
    const { run } = facts;
    if (!run) {
        return {
            status: 'fail',
            code: 'NO_CI_RUN',
            message: `No completed '${params.workflow}' run for commit ${commit}: the jobs cannot be checked until one finishes.`,
            details: { workflow: params.workflow, sha: ctx.sha },
        };
    }
    const problems = [];
    const results = params.jobs.map((spec) => {
        const matched = facts.jobs.filter((job) => jobMatcher(spec.name)(job.name));
        if (!matched.length)
            problems.push({ code: 'JOB_MISSING', text: `job '${spec.name}' did not run` });
        for (const job of matched) {
            if (job.conclusion !== 'success')
                problems.push({
                    code: 'JOB_FAILED',
                    text: `job '${job.name}' concluded ${job.conclusion ?? job.status}`,
                    url: job.htmlUrl,
                });
        }
        const steps = spec.steps.flatMap((stepName) => matched.map((job) => checkStep(job, stepName, problems)));
        return {
            name: spec.name,
            jobs: matched.map((job) => ({ name: job.name, conclusion: job.conclusion, url: job.htmlUrl })),
            steps,
        };
    });
    const label = runLabel(params.workflow, run, commit);
    const details = {
        workflow: params.workflow,
        sha: ctx.sha,
        run: {
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            conclusion: run.conclusion,
            url: run.htmlUrl,
        },
        jobs: results,
    };
    const links = run.htmlUrl ? [{ title: `Run #${run.runNumber}`, url: run.htmlUrl }] : [];
    if (problems.length) {
        // Most serious first, so the message leads with what the code says.
        problems.sort((a, b) => jobs_succeeded_SEVERITY.indexOf(a.code) - jobs_succeeded_SEVERITY.indexOf(b.code));
        const code = problems[0].code;
        details.problems = problems.map((p) => ({ code: p.code, problem: p.text }));
        // One link per failing job, however many of its steps are at fault.
        for (const problem of problems) {
            if (problem.url && !links.some((l) => l.url === problem.url))
                links.push({ title: problem.text, url: problem.url });
        }
        const shown = problems.slice(0, 3).map((p) => p.text);
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        return { status: 'fail', code, message: `In ${label}: ${shown.join('; ')}${more}.`, details, links };
    }
    const stepCount = params.jobs.reduce((sum, spec) => sum + spec.steps.length, 0);
    const jobCount = params.jobs.length;
    const what = `${jobCount === 1 ? 'The job' : `All ${jobCount} jobs`}${stepCount ? ` and ${stepCount === 1 ? 'the named step' : `${stepCount} named steps`}` : ''}`;
    return { status: 'pass', code: 'JOBS_PASSED', message: `${what} succeeded in ${label}.`, details, links };
}
function checkStep(job, stepName, problems) {
    const matches = jobMatcher(stepName);
    const steps = (job.steps ?? []).filter((step) => matches(step.name));
    if (!steps.length) {
        problems.push({
            code: 'STEP_MISSING',
            text: `step '${stepName}' is not in job '${job.name}'`,
            url: job.htmlUrl,
        });
        return { job: job.name, step: stepName, conclusion: null };
    }
    const failed = steps.filter((step) => step.conclusion !== 'success');
    for (const step of failed)
        problems.push({
            code: 'STEP_FAILED',
            text: `step '${step.name}' of job '${job.name}' concluded ${step.conclusion ?? step.status}`,
            url: job.htmlUrl,
        });
    return { job: job.name, step: stepName, conclusion: failed[0]?.conclusion ?? 'success' };
}

;// CONCATENATED MODULE: ./src/facts/metrics.ts
// Metric documents for metric_budgets: `{"metrics": {"NAME": number | [runs...]}}`, read from
// the workspace (a file an earlier step wrote) or from a workflow run's artifact: the build
// run's by default, or the newest successful run of a named workflow for a ref (the previous
// release's, with `ref: "{base_tag}"`).






/**
 * Reads and validates one metrics document. A file that cannot be had is a GateError with a
 * code of the shared set (facts/build/refusals.ts); a document that is not metrics is METRICS_INVALID.
 */
async function readMetricsDocument(facts, ctx, source, options) {
    let read;
    if ('file' in source) {
        read = await readOutput(facts, ctx, { kind: 'workspace', path: source.file }, options);
    }
    else {
        const spec = source.artifact;
        // Another ref's run (the previous release's) is vetted here; the build run by readOutput.
        const run = spec.ref !== undefined ? await runOfRef(facts, ctx, spec, options.buildWorkflow) : undefined;
        read = await readOutput(facts, ctx, {
            kind: 'artifact',
            name: spec.name,
            file: spec.file,
            workflow: spec.workflow ?? options.buildWorkflow,
            run,
        }, options);
    }
    const label = 'artifact' in source && source.artifact.ref ? `${read.label} (${source.artifact.ref})` : read.label;
    if (!read.ok)
        throw refusalError(read, `metrics file ${label}`);
    const text = outputText(read.bytes);
    if (text === null)
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} is not UTF-8 text.`, { source: label });
    return { label, link: read.link, metrics: parseMetricsDocument(text, label) };
}
/**
 * The run of another ref (the previous release's), found the way the build run of a tag is
 * found by its tag: the newest successful run of the workflow whose head_branch is the ref,
 * this repository's own first. It is never a fork's run.
 */
async function runOfRef(facts, ctx, spec, buildWorkflow) {
    const workflow = spec.workflow ?? buildWorkflow;
    const refCtx = { ...ctx, tag: spec.ref, refName: spec.ref, buildRunId: null };
    const finding = await (0,find/* findBuildRun */.HC)(facts, refCtx, { ...(0,find/* rulesFor */.NP)(ctx, workflow), events: ['push'] });
    if (!finding.found) {
        // The ref may be a branch: drop the word 'tag'.
        const described = (0,run/* describeBuildRunQuery */.Zv)(finding.lookup.query).replace(/ for tag /, ' for ');
        throw new types/* GateError */.ue('RUN_NOT_FOUND', `No run to read artifact '${spec.name}' from: looked for ${described}, but ${finding.lookup.reason}.`, { workflow, ref: spec.ref });
    }
    const foreign = (0,build_trust/* foreignRunProblem */.jy)(finding.run, ctx.repository);
    if (foreign)
        throw new types/* GateError */.ue(foreign.code, `${foreign.message} Its artifacts are not trusted.`, {
            run_id: finding.run.id,
        });
    return finding.run;
}
/**
 * Parses `{"metrics": {"NAME": number | [numbers...]}}`. Strict: a value that is not a finite
 * number or a non-empty list of them makes the whole document invalid, because a metric that
 * silently drops out is a budget nobody checks.
 */
function parseMetricsDocument(text, label) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} is not valid JSON: ${error.message}`, {
            source: label,
        });
    }
    const metrics = isPlainObject(document) ? document.metrics : undefined;
    if (!isPlainObject(metrics)) {
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} has no "metrics" object; expected {"metrics": {"NAME": number | [numbers]}}.`, { source: label });
    }
    const values = new Map();
    for (const [name, value] of Object.entries(metrics)) {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0 || !list.every((item) => typeof item === 'number' && Number.isFinite(item))) {
            throw new types/* GateError */.ue('METRICS_INVALID', `${label}: metric '${name}' is ${shorten(JSON.stringify(value))}; expected a number or a non-empty list of numbers.`, { source: label, metric: name });
        }
        values.set(name, list);
    }
    return values;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function shorten(text) {
    const shown = text ?? 'undefined';
    return shown.length > 60 ? `${shown.slice(0, 60)}\u2026` : shown;
}

;// CONCATENATED MODULE: ./src/util/stats.ts
// The few statistics metric_budgets judges on. A benchmark reports one number or the numbers
// of several runs; medians resist a single noisy run, and min/max ranges say whether two sets
// of runs could be the same distribution.
/** Median of a non-empty list: the middle value, or the mean of the two middle values. */
function median(values) {
    if (values.length === 0)
        throw new RangeError('median of an empty list');
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : midpoint(sorted[middle - 1], sorted[middle]);
}
/**
 * The mean of two numbers, `low <= high`, without overflow or underflow. `(low + high) / 2`
 * overflows for two huge values; halving each first (`low / 2 + high / 2`) underflows for two
 * tiny ones (`5e-324 / 2` is 0). Values of opposite signs cannot overflow when added; values
 * of the same sign cannot overflow when subtracted, and adding half their distance to `low`
 * lands between the two.
 */
function midpoint(low, high) {
    if (low === high)
        return low;
    if (low < 0 !== high < 0)
        return (low + high) / 2;
    return low + (high - low) / 2;
}
/** Median, min and max of a non-empty list. */
function summarize(values) {
    if (values.length === 0)
        throw new RangeError('summary of an empty list');
    let min = Infinity;
    let max = -Infinity;
    for (const value of values) {
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    return { median: median(values), min, max, count: values.length };
}
/** Whether two closed ranges share at least one point. */
function rangesOverlap(a, b) {
    return a.min <= b.max && b.min <= a.max;
}

;// CONCATENATED MODULE: ./src/gates/metric-budgets.ts
// metric_budgets: the performance gate. Each metric of the current build is compared with the
// baseline (the previous release's) on medians, so one noisy run does not decide:
//   - baseline median 0: no baseline (a percentage of nothing means nothing);
//   - both medians under the noise floor: ok (differences in the noise are not regressions);
//   - worse by at least max_regression_percent and the run ranges do not overlap: regressed;
//   - worse by at least that much but the ranges overlap: a candidate regression, a warning
//     only (the runs cannot tell the two builds apart);
//   - an absolute `max`/`min` crossed by the current median: over budget, whatever the baseline.
// Every rule applies to every metric its glob matches, so a broad rule can never shadow the
// absolute limit of a narrow one. Nothing compared at all is a failure, and so is a rule
// whose metrics the current build did not report: a budget nobody measured is not met.





const SOURCE_SCHEMA = {
    oneOf: [
        {
            type: 'object',
            additionalProperties: false,
            required: ['file'],
            properties: {
                file: { description: 'Workspace-relative path of the metrics JSON.', type: 'string', minLength: 1 },
            },
        },
        {
            type: 'object',
            additionalProperties: false,
            required: ['artifact'],
            properties: {
                artifact: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name', 'file'],
                    properties: {
                        name: { description: 'Artifact name.', type: 'string', minLength: 1 },
                        file: {
                            description: 'Path of the metrics JSON inside the artifact.',
                            type: 'string',
                            minLength: 1,
                        },
                        workflow: {
                            description: 'Workflow whose run holds the artifact; with ref, its newest successful run for that ref. Default: the build run.',
                            type: 'string',
                            minLength: 1,
                        },
                        ref: {
                            description: 'Branch or tag whose run holds the artifact, e.g. {base_tag}.',
                            type: 'string',
                            minLength: 1,
                        },
                    },
                },
            },
        },
    ],
};
const metricBudgetsGate = {
    type: 'metric_budgets',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['current', 'baseline', 'metrics'],
        properties: {
            current: {
                description: 'The metrics of this release: `{file}` (workspace) or `{artifact: {name, file, workflow, ref}}` (the build run\'s by default), holding {"metrics": {"NAME": number | [runs]}}.',
                ...SOURCE_SCHEMA,
            },
            baseline: {
                description: 'The metrics to compare with, as `current`; e.g. the previous release build\'s artifact (`ref: "{base_tag}"`).',
                ...SOURCE_SCHEMA,
            },
            metrics: {
                description: 'Budgets. Each applies to every metric its name (or glob) matches.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: { description: 'Metric name or glob, e.g. *.ms_per_msg.', type: 'string', minLength: 1 },
                        direction: {
                            description: 'Which way is better.',
                            enum: ['lower_is_better', 'higher_is_better'],
                            default: 'lower_is_better',
                        },
                        max_regression_percent: {
                            description: 'Worsening of the median, in percent of the baseline, that counts as a regression.',
                            type: 'number',
                            minimum: 0,
                            default: 15,
                        },
                        noise_floor: {
                            description: 'Medians both below this are equal (noise).',
                            type: 'number',
                            minimum: 0,
                            default: 0.0001,
                        },
                        max: { description: 'The current median must not be above this.', type: 'number' },
                        min: { description: 'The current median must not be below this.', type: 'number' },
                    },
                },
            },
            workflow: {
                description: 'Build workflow searched for the build run when build_run_id is not given.',
                type: 'string',
                minLength: 1,
                default: 'release.yml',
            },
            max_bytes: {
                description: 'Largest metrics file (and artifact) read.',
                type: 'integer',
                minimum: 1,
                default: 1048576,
            },
        },
    },
    checkParams(params) {
        for (const rule of params.metrics) {
            if (rule.max !== undefined && rule.min !== undefined && rule.min > rule.max) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `metric '${rule.name}': min ${rule.min} is above max ${rule.max}; no value could pass.`);
            }
        }
    },
    async collect(params, ctx, facts) {
        const options = { maxBytes: params.max_bytes, buildWorkflow: params.workflow };
        // An untrusted build run ends the gate before either side downloads anything.
        for (const source of [params.current, params.baseline]) {
            if (!('artifact' in source) || source.artifact.ref !== undefined)
                continue;
            const trusted = await (0,find/* trustedBuildRun */.rN)(facts, ctx, source.artifact.workflow ?? params.workflow);
            if (!trusted.ok)
                throw new types/* GateError */.ue(trusted.code, `No build run to read metrics from: ${trusted.reason}.`, {
                    artifact: source.artifact.name,
                });
        }
        const [current, baseline] = await Promise.all([
            readMetricsDocument(facts, ctx, params.current, options),
            readMetricsDocument(facts, ctx, params.baseline, options),
        ]);
        return { current, baseline };
    },
    judge: judgeMetricBudgets,
};
/** Compares one metric under one rule. Pure. */
function classifyMetric(rule, metric, currentValues, baselineValues) {
    const current = summarize(currentValues);
    const baseline = baselineValues && baselineValues.length ? summarize(baselineValues) : null;
    const limit = rule.max !== undefined && current.median > rule.max
        ? { kind: 'max', value: rule.max }
        : rule.min !== undefined && current.median < rule.min
            ? { kind: 'min', value: rule.min }
            : null;
    const hasLimit = rule.max !== undefined || rule.min !== undefined;
    const outcome = {
        metric,
        rule: rule.name,
        direction: rule.direction,
        current,
        baseline,
        threshold_percent: rule.max_regression_percent,
        has_limit: hasLimit,
        limit,
    };
    if (!baseline || baseline.median === 0)
        return { ...outcome, comparison: 'no_baseline', regression_percent: null };
    const worsening = rule.direction === 'lower_is_better'
        ? current.median - baseline.median
        : baseline.median - current.median;
    // Rounded so that exactly 15% worse is 15, not 14.999999999999996.
    const percent = Math.round((worsening / Math.abs(baseline.median)) * 100 * 1e9) / 1e9;
    if (Math.abs(current.median) < rule.noise_floor && Math.abs(baseline.median) < rule.noise_floor) {
        return { ...outcome, comparison: 'noise', regression_percent: percent };
    }
    if (percent <= 0 || percent < rule.max_regression_percent)
        return { ...outcome, comparison: 'ok', regression_percent: percent };
    // The median is worse, so disjoint ranges can only mean every current run is worse than
    // every baseline run (for lower_is_better: current min above baseline max).
    const comparison = rangesOverlap(current, baseline) ? 'candidate_regression' : 'regressed';
    return { ...outcome, comparison, regression_percent: percent };
}
/** Applies every rule to every metric it matches. Pure. */
function evaluateBudgets(rules, current, baseline) {
    const outcomes = [];
    const unmeasured = [];
    const dropped = new Set();
    for (const rule of rules) {
        const matches = picomatch_default()(rule.name, { dot: true });
        const names = [...current.metrics.keys()].filter((name) => name === rule.name || matches(name)).sort();
        if (names.length === 0) {
            unmeasured.push(rule.name);
            continue;
        }
        for (const name of names)
            outcomes.push(classifyMetric(rule, name, current.metrics.get(name), baseline.metrics.get(name)));
        for (const name of baseline.metrics.keys())
            if ((name === rule.name || matches(name)) && !current.metrics.has(name))
                dropped.add(name);
    }
    return { outcomes, unmeasured, dropped: [...dropped].sort() };
}
function judgeMetricBudgets(params, facts) {
    const { outcomes, unmeasured, dropped } = evaluateBudgets(params.metrics, facts.current, facts.baseline);
    const links = [facts.current.link, facts.baseline.link].filter((l) => l !== null);
    const overBudget = outcomes.filter((o) => o.limit);
    const regressed = outcomes.filter((o) => o.comparison === 'regressed');
    const candidates = outcomes.filter((o) => o.comparison === 'candidate_regression');
    const compared = outcomes.filter((o) => o.comparison !== 'no_baseline');
    const limitChecked = outcomes.filter((o) => o.has_limit);
    const noBaseline = [
        ...new Set(outcomes.filter((o) => o.comparison === 'no_baseline').map((o) => o.metric)),
    ].sort();
    const details = {
        current: facts.current.label,
        baseline: facts.baseline.label,
        counts: {
            metrics: new Set(outcomes.map((o) => o.metric)).size,
            compared: compared.length,
            regressed: regressed.length,
            candidate_regressions: candidates.length,
            over_budget: overBudget.length,
            no_baseline: noBaseline.length,
        },
        regressed: regressed.map(brief),
        candidate_regressions: candidates.map(brief),
        over_budget: overBudget.map((o) => ({ metric: o.metric, median: o.current.median, limit: o.limit })),
        no_baseline: noBaseline,
        unmeasured_rules: unmeasured,
        dropped_from_current: dropped,
        outcomes: outcomes.slice(0, 500),
    };
    const warnings = [
        ...(candidates.length
            ? [
                `candidate regression${candidates.length > 1 ? 's' : ''} (ranges overlap, not failing): ${candidates.map(describeChange).join(', ')}`,
            ]
            : []),
        ...(dropped.length ? [`not in the current metrics: ${dropped.join(', ')}`] : []),
        ...(noBaseline.length ? [`no baseline for ${noBaseline.join(', ')}`] : []),
    ];
    const failures = [];
    if (overBudget.length) {
        failures.push({
            code: 'BUDGET_EXCEEDED',
            text: 'Over budget: ' +
                overBudget
                    .map((o) => `${o.metric} median ${fmt(o.current.median)} is ${o.limit.kind === 'max' ? 'above the max' : 'below the min'} ${fmt(o.limit.value)}`)
                    .join('; '),
        });
    }
    if (regressed.length) {
        failures.push({
            code: 'REGRESSED',
            text: `Regressed: ${regressed.map((o) => `${describeChange(o)} (over ${fmt(o.threshold_percent)}%, ranges do not overlap)`).join(', ')}`,
        });
    }
    if (compared.length === 0 && limitChecked.length === 0) {
        failures.push({
            code: 'NO_COMPARABLE_METRICS',
            text: `Nothing to compare: no metric could be compared between ${facts.current.label} and ${facts.baseline.label}`,
        });
    }
    if (unmeasured.length) {
        failures.push({
            code: 'METRIC_MISSING',
            text: `Not measured: ${facts.current.label} has no metric matching ${unmeasured.map((r) => `'${r}'`).join(', ')}`,
        });
    }
    const warningText = warnings.length ? ` Warning: ${warnings.join('; ')}.` : '';
    if (failures.length) {
        return {
            status: 'fail',
            code: failures[0].code,
            message: `${failures.map((f) => f.text).join('; ')}.${warningText}`,
            details,
            links,
        };
    }
    const metricCount = new Set(compared.map((o) => o.metric)).size;
    const limitOnly = new Set(limitChecked.map((o) => o.metric)).size;
    const summary = metricCount
        ? `${metricCount} metric${metricCount > 1 ? 's' : ''} within budget against ${facts.baseline.label}`
        : `${limitOnly} metric${limitOnly > 1 ? 's' : ''} within their absolute limits`;
    return { status: 'pass', code: 'WITHIN_BUDGET', message: `${summary}.${warningText}`, details, links };
}
function brief(o) {
    return {
        metric: o.metric,
        rule: o.rule,
        regression_percent: o.regression_percent,
        current: o.current,
        baseline: o.baseline,
    };
}
/** `enqueue.ms_per_msg 32.1% worse (median 0.0121 \u2192 0.016)` */
function describeChange(o) {
    const percent = o.regression_percent ?? 0;
    return `${o.metric} ${fmt(percent)}% worse (median ${fmt(o.baseline?.median ?? NaN)} \u2192 ${fmt(o.current.median)})`;
}
/** Four significant digits, without trailing zeros. */
function fmt(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

// EXTERNAL MODULE: ./src/facts/issues.ts
var issues = __webpack_require__(64695);
;// CONCATENATED MODULE: ./src/gates/open-issues.ts

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
            ? (0,issues/* findMilestone */.sR)(await (0,issues/* milestones */.aL)(facts, ctx.repository), params.milestone)
            : null;
        const list = await (0,issues/* openIssues */.D$)(facts, ctx.repository, {
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

;// CONCATENATED MODULE: ./src/facts/compare.ts
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
            throw (0,errors/* toGateError */.Vl)(error, what);
        }
        // A `commit-comparison` in GitHub's schema.
        const comparison = shape/* Fields */.C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/compare/${base}...${head}`);
        const status = comparison.value('status');
        if (!STATUSES.includes(status)) {
            throw new types/* GateError */.ue('API_ERROR', `GitHub answered the comparison of '${base}' with ${head.slice(0, 7)} with an unknown status '${String(status)}'.`);
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
    if (diff_isPlainObject(before) && diff_isPlainObject(after)) {
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
    if (diff_isPlainObject(value))
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
function diff_isPlainObject(value) {
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
        const baselineRef = params.baseline_ref ?? (await (0,facts_runs/* defaultBranch */.OR)(facts, ctx.repository));
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
    details.changes = changes.map(policy_drift_describeChange);
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
            parts.push(drifted ? lockMismatch : policy_drift_capitalize(lockMismatch));
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
function policy_drift_describeChange(change) {
    return {
        path: change.path,
        kind: change.kind,
        ...(change.kind !== 'added' ? { before: change.before } : {}),
        ...(change.kind !== 'removed' ? { after: change.after } : {}),
        text: change.text,
    };
}
function policy_drift_capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/facts/refs.ts
var refs = __webpack_require__(66433);
;// CONCATENATED MODULE: ./src/gates/ref-on-branch.ts
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
            : await (0,facts_runs/* defaultBranch */.OR)(facts, ctx.repository);
        const [comparison, tag] = await Promise.all([
            compareCommits(facts, ctx.repository, branch, ctx.sha),
            ctx.tag ? remoteTag(ctx, facts, ctx.tag) : Promise.resolve(null),
        ]);
        return { branch, comparison, tag };
    },
    judge: judgeRefOnBranch,
};
async function remoteTag(ctx, facts, name) {
    try {
        // The same memo key the engine used to resolve a full tag ref, so usually no request.
        const resolved = await (0,refs/* resolveRef */.qE)(facts, ctx.repository, `refs/tags/${name}`);
        return { name, sha: resolved.sha };
    }
    catch (error) {
        if (error instanceof types/* GateError */.ue && error.code === 'REF_NOT_FOUND')
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

// EXTERNAL MODULE: ./src/facts/build/metadata.ts + 1 modules
var metadata = __webpack_require__(23157);
;// CONCATENATED MODULE: ./src/gates/release-metadata.ts
// release_metadata: the build run's `release-metadata` artifact says what was built (tag,
// version, source commit), and it must say exactly what is being released. The artifact is
// found by name in the build run, verified against the API's digest, and read from memory
// with a strict zip reader; any doubt about it is a refusal, never a pass. The run is held to
// the rules build_provenance reports (facts/build/trust.ts); for a run dispatched from a
// branch, the attestation fields (source_sha, source_ref, source_run_id) are compared here
// too, so a dispatch build with the wrong commit says METADATA_MISMATCH naming source_sha.








/**
 * The rules this gate judges from the metadata itself, so a run failing them is read and the
 * verdict names the field that differs: the tag and commit the build says it built, and a
 * dispatch build's attestation. Every other rule of build_provenance refuses the run unread.
 */
const JUDGED_FROM_METADATA = new Set(['TAG_MISMATCH', 'SHA_MISMATCH', 'DISPATCH_NOT_ATTESTED']);
const releaseMetadataGate = defineGate({
    type: 'release_metadata',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            workflow: {
                ...WORKFLOW_FILE_SCHEMA,
                description: 'Build workflow searched when build_run_id is empty; the run must be of it.',
            },
            artifact: {
                description: 'Name of the artifact in the build run.',
                type: 'string',
                minLength: 1,
                default: 'release-metadata',
            },
            file: {
                description: 'Path of the metadata file inside the artifact.',
                type: 'string',
                minLength: 1,
                default: 'metadata.json',
            },
            expect: {
                description: 'Metadata field \u2192 expected value; templates allowed. Every field is compared.',
                type: 'object',
                minProperties: 1,
                additionalProperties: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
                default: { tag: '{tag}', version: '{version}', source_sha: '{sha}' },
            },
            max_bytes: {
                description: 'Largest artifact (zip) and metadata file accepted, in bytes.',
                type: 'integer',
                minimum: 1,
                maximum: 104857600,
                default: 1048576,
            },
        },
    },
    checkParams(params) {
        try {
            if ((0,zip/* normaliseEntryName */.cx)(params.file).endsWith('/'))
                throw new zip/* ZipError */.Wz('names a directory');
        }
        catch (error) {
            throw new types/* GateError */.ue('INVALID_PARAMS', `file '${params.file}' is not a relative file path inside the artifact: ${error.message}`);
        }
    },
    // The dispatch rule reads the metadata where this gate is told it is.
    buildRunPolicy: (params) => ({ metadata: locationOf(params) }),
    async collect(params, ctx, facts) {
        const location = locationOf(params);
        const finding = await (0,find/* findBuildRun */.HC)(facts, ctx, { ...(0,find/* rulesFor */.NP)(ctx, params.workflow), metadata: location });
        if (!finding.found)
            return { lookup: finding.lookup, trust: null, artifact: null, download: null };
        const trust = {
            problems: finding.trust.problems.filter((p) => !JUDGED_FROM_METADATA.has(p.code)),
            rule: (0,build_trust/* isBranchDispatch */.xN)(finding.run, ctx) ? 'dispatch_attested' : 'tag_push',
        };
        if (trust.problems.length > 0)
            return { lookup: finding.lookup, trust, artifact: null, download: null };
        const read = finding.attestation ?? (await (0,metadata/* collectMetadata */.um)(facts, ctx.repository, finding.run.id, location));
        return { lookup: finding.lookup, trust, ...read };
    },
    judge: judgeReleaseMetadata,
});
function locationOf(params) {
    return { artifact: params.artifact, file: params.file, maxBytes: params.max_bytes };
}
function judgeReleaseMetadata(params, facts, ctx) {
    const { lookup, trust, artifact, download } = facts;
    if (!lookup.found)
        return buildRunNotFound(lookup);
    const run = lookup.run;
    const links = runLinks(run, ctx);
    const details = {
        run_id: run.id,
        artifact: params.artifact,
        file: params.file,
        expected: params.expect,
    };
    if (!trust)
        return { status: 'error', code: 'BUILD_RUN_UNKNOWN', message: 'The build run was not judged.', details };
    if (trust.problems.length > 0) {
        return {
            status: 'fail',
            code: 'UNTRUSTED_BUILD_RUN',
            message: `Release metadata is not read from build run ${run.id}: ${trust.problems.map((p) => p.message).join(' ')}`,
            details: { ...details, failures: trust.problems },
            links,
        };
    }
    if (!artifact) {
        return {
            status: 'fail',
            code: 'ARTIFACT_MISSING',
            message: `Build run ${run.id} has no artifact '${params.artifact}': the build must upload it (actions/upload-artifact).`,
            details,
            links,
        };
    }
    const artifactLinks = [...links, artifactLink(artifact, ctx)];
    Object.assign(details, {
        artifact_id: artifact.id,
        size_in_bytes: Number.isFinite(artifact.sizeInBytes) ? artifact.sizeInBytes : null,
        digest: artifact.digest,
        expires_at: artifact.expiresAt,
    });
    const reading = (0,metadata/* readMetadata */._6)({ artifact, download }, locationOf(params));
    if (!reading.ok) {
        const { refusal } = reading;
        return {
            status: refusal.code === 'ARTIFACT_NOT_DOWNLOADED' ? 'error' : 'fail',
            code: refusal.code,
            message: `Artifact '${artifact.name}' of build run ${run.id} ${refusal.message}`,
            details: { ...details, ...refusal.details },
            links: artifactLinks,
        };
    }
    details.found = reading.metadata;
    // A dispatched run's metadata is the only link to the tag: its attestation fields count too.
    const expected = trust.rule === 'dispatch_attested'
        ? { ...params.expect, ...(0,metadata/* attestationExpected */.PP)(ctx, run.id) }
        : params.expect;
    details.admitted_by = trust.rule;
    const mismatches = (0,metadata/* compareExpected */.Qx)(expected, reading.metadata);
    if (mismatches.length > 0) {
        return {
            status: 'fail',
            code: 'METADATA_MISMATCH',
            message: `${params.file} of build run ${run.id} describes another release: ${(0,metadata/* describeMismatches */.EZ)(mismatches)}.`,
            details: { ...details, mismatches },
            links: artifactLinks,
        };
    }
    const matched = Object.entries(expected).map(([field, value]) => `${field} ${String(value)}`);
    return {
        status: 'pass',
        code: 'METADATA_OK',
        message: `${params.file} of build run ${run.id} matches: ${matched.join(', ')}.`,
        details: { ...details, digest_verified: reading.digest },
        links: artifactLinks,
    };
}
function artifactLink(artifact, ctx) {
    const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
    return {
        title: `Artifact ${artifact.name}`,
        url: `${ctx.serverUrl}/${repo}/actions/runs/${artifact.workflowRunId}/artifacts/${artifact.id}`,
    };
}

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
        const found = await attempts_queryChunk(github, repo, chunk);
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
async function attempts_queryChunk(github, repo, runs) {
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
            status: lower(checkRun.string('status')),
            conclusion: lower(checkRun.stringOrNull('conclusion')),
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
            workflow: job_match_WORKFLOW_FILE_SCHEMA,
            job: JOB_NAME_SCHEMA,
            ...HISTORY_FILTER_SCHEMAS,
            count: {
                description: 'Consecutive green runs needed. Exactly one of count and count_from.',
                type: 'integer',
                minimum: 1,
            },
            count_from: envSourceSchema("Reads the count from a workflow file's top-level env at the commit under evaluation. Exactly one of count and count_from."),
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
            params.count_from ? workflowFileEnv(facts, repo, params.count_from.file, ctx.sha || ctx.ref) : null,
            params.branch ?? (0,facts_runs/* defaultBranch */.OR)(facts, repo),
        ]);
        const count = resolveCount(params, countFile);
        // A count that cannot be read is the judge's error to report; the history would not help.
        if (!count.ok)
            return { branch, countFile, history: [], complete: false };
        const rules = { count: count.count, minSpanMs: spanMs(params) };
        const streak = streakCounter(params.job, rules);
        const { history, complete } = await runsWithJobs(facts, repo, { workflow: params.workflow, branch, event: params.event, status: 'completed' }, 
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
    const read = envInteger('count_from', params.count_from, countFile);
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
        const outcome = jobOutcome(entry.jobs, job);
        const flaky = outcome.kind === 'success' && isFlaky !== undefined && isFlaky(entry);
        const broke = outcome.kind === 'failure' || (flaky && refuseFlaky);
        const considered = {
            id: entry.run.id,
            run_number: entry.run.runNumber,
            attempt: entry.run.attempt,
            conclusion: outcome.jobs.length ? conclusionsOf(outcome.jobs) : 'absent',
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
    const matches = jobMatcher(job);
    return jobs.filter((candidate) => matches(candidate.name) && jobFailed(candidate));
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
    const strip = historyStrip(stripMarks(walk));
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
            message: `No completed '${params.workflow}' run on ${facts.branch} (${eventsLabel(params.event)}) in which '${params.job}' ran; looked at ${looked}.`,
            details,
        };
    }
    let ending = '';
    if (walk.breaker) {
        const { run, jobs } = walk.breaker;
        const outcome = jobOutcome(jobs, params.job);
        const flakyBreaker = outcome.kind === 'success';
        const conclusion = flakyBreaker ? 'green only after a re-run' : conclusionsOf(outcome.jobs);
        details.broken_by = {
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            conclusion: conclusionsOf(outcome.jobs),
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

;// CONCATENATED MODULE: ./src/util/sbom.ts
// SBOM documents as JSON: SPDX 2.x (what GitHub's dependency graph exports) and CycloneDX
// 1.x. Both are reduced to one list of packages with a license expression and a package URL.
// The input is untrusted (a build step wrote it): anything of an unexpected shape is an
// SbomError that says where, never a package silently dropped.
class SbomError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SbomError';
    }
}
/** More packages than any real SBOM lists; a bound on work for a hostile document. */
const MAX_PACKAGES = 200_000;
/** Deepest nesting of CycloneDX components followed. */
const MAX_COMPONENT_DEPTH = 32;
const UNKNOWN_LICENSE = new Set(['', 'NOASSERTION']);
/** Parses SBOM JSON text; `label` names the source in messages. */
function parseSbomJson(text, label) {
    let document;
    try {
        document = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new SbomError(`${label} is not valid JSON: ${error.message}`);
    }
    return parseSbom(document, label);
}
/** Reads a parsed SPDX or CycloneDX JSON document (or GitHub's `{ "sbom": \u2026 }` wrapper). */
function parseSbom(document, label) {
    let doc = document;
    if (isObject(doc) && isObject(doc.sbom) && !('spdxVersion' in doc) && !('bomFormat' in doc))
        doc = doc.sbom;
    if (!isObject(doc))
        throw new SbomError(`${label} is not an SBOM: expected a JSON object, found ${sbom_kindOf(doc)}.`);
    if (typeof doc.spdxVersion === 'string')
        return parseSpdx(doc, label);
    if (doc.bomFormat === 'CycloneDX')
        return parseCycloneDx(doc, label);
    throw new SbomError(`${label} is neither SPDX JSON (no "spdxVersion") nor CycloneDX JSON ("bomFormat": "CycloneDX").`);
}
function parseSpdx(doc, label) {
    const version = doc.spdxVersion;
    if (!/^SPDX-2\.\d+$/.test(version))
        throw new SbomError(`${label} is ${JSON.stringify(version)}; only SPDX-2.x JSON is read.`);
    const packages = optionalArray(doc.packages, `${label}: "packages"`);
    if (packages.length > MAX_PACKAGES)
        throw new SbomError(`${label} lists ${packages.length} packages, more than the ${MAX_PACKAGES} read.`);
    const subjects = new Set();
    for (const [i, id] of optionalArray(doc.documentDescribes, `${label}: "documentDescribes"`).entries()) {
        if (typeof id !== 'string')
            throw new SbomError(`${label}: documentDescribes[${i}] is not a string.`);
        subjects.add(id);
    }
    const documentId = typeof doc.SPDXID === 'string' ? doc.SPDXID : 'SPDXRef-DOCUMENT';
    for (const [i, raw] of optionalArray(doc.relationships, `${label}: "relationships"`).entries()) {
        if (!isObject(raw))
            throw new SbomError(`${label}: relationships[${i}] is ${sbom_kindOf(raw)}, not an object.`);
        const type = String(raw.relationshipType ?? '').toUpperCase();
        if (type === 'DESCRIBES' &&
            raw.spdxElementId === documentId &&
            typeof raw.relatedSpdxElement === 'string')
            subjects.add(raw.relatedSpdxElement);
        if (type === 'DESCRIBED_BY' &&
            raw.relatedSpdxElement === documentId &&
            typeof raw.spdxElementId === 'string')
            subjects.add(raw.spdxElementId);
    }
    const out = [];
    const described = [];
    packages.forEach((raw, i) => {
        const where = `${label}: packages[${i}]`;
        if (!isObject(raw))
            throw new SbomError(`${where} is ${sbom_kindOf(raw)}, not an object.`);
        const spdxId = optionalString(raw.SPDXID, `${where}.SPDXID`);
        const name = optionalString(raw.name, `${where}.name`) ?? spdxId ?? `package #${i + 1}`;
        const version = optionalString(raw.versionInfo, `${where}.versionInfo`) || null;
        const concluded = optionalString(raw.licenseConcluded, `${where}.licenseConcluded`)?.trim();
        const declared = optionalString(raw.licenseDeclared, `${where}.licenseDeclared`)?.trim();
        let purl = null;
        for (const [j, ref] of optionalArray(raw.externalRefs, `${where}.externalRefs`).entries()) {
            if (!isObject(ref))
                throw new SbomError(`${where}.externalRefs[${j}] is ${sbom_kindOf(ref)}, not an object.`);
            if (String(ref.referenceType ?? '').toLowerCase() !== 'purl')
                continue;
            const locator = optionalString(ref.referenceLocator, `${where}.externalRefs[${j}].referenceLocator`);
            if (locator) {
                purl = locator;
                break;
            }
        }
        if (spdxId !== undefined && subjects.has(spdxId)) {
            described.push(version ? `${name}@${version}` : name);
            return;
        }
        // The concluded license is the analysed one; the declared one is what the package says.
        let license = null;
        let note;
        if (concluded !== undefined && !UNKNOWN_LICENSE.has(concluded)) {
            license = concluded;
            note = 'licenseConcluded';
        }
        else if (declared !== undefined && !UNKNOWN_LICENSE.has(declared)) {
            license = declared;
            note = 'licenseDeclared';
        }
        else {
            note =
                concluded === undefined && declared === undefined
                    ? 'no licenseConcluded or licenseDeclared'
                    : 'NOASSERTION';
        }
        out.push({ name, version, purl, license, note });
    });
    return { format: 'spdx', formatVersion: version, packages: out, subjects: described };
}
function parseCycloneDx(doc, label) {
    const specVersion = optionalString(doc.specVersion, `${label}: "specVersion"`) ?? '?';
    const out = [];
    // Depth-first over components and their nested components, without recursion.
    const stack = [
        { list: optionalArray(doc.components, `${label}: "components"`), path: 'components', depth: 0 },
    ];
    while (stack.length) {
        const { list, path, depth } = stack.pop();
        list.forEach((raw, i) => {
            const where = `${label}: ${path}[${i}]`;
            if (!isObject(raw))
                throw new SbomError(`${where} is ${sbom_kindOf(raw)}, not an object.`);
            if (out.length >= MAX_PACKAGES)
                throw new SbomError(`${label} lists more than the ${MAX_PACKAGES} components read.`);
            const group = optionalString(raw.group, `${where}.group`);
            const baseName = optionalString(raw.name, `${where}.name`) ?? `component #${i + 1}`;
            const name = group ? `${group}/${baseName}` : baseName;
            const version = optionalString(raw.version, `${where}.version`) || null;
            const purl = optionalString(raw.purl, `${where}.purl`) || null;
            out.push({ name, version, purl, ...cycloneDxLicense(raw.licenses, `${where}.licenses`) });
            if (raw.components !== undefined) {
                if (depth + 1 >= MAX_COMPONENT_DEPTH)
                    throw new SbomError(`${where} nests components deeper than ${MAX_COMPONENT_DEPTH} levels.`);
                stack.push({
                    list: optionalArray(raw.components, `${where}.components`),
                    path: `${path}[${i}].components`,
                    depth: depth + 1,
                });
            }
        });
    }
    return { format: 'cyclonedx', formatVersion: `CycloneDX ${specVersion}`, packages: out, subjects: [] };
}
/**
 * A CycloneDX `licenses` array as one SPDX expression. Several entries all apply (AND), the
 * reading that never lets a package through on one of its licenses alone. A license given
 * only by `name` is not an SPDX id, so the package's license is unknown.
 */
function cycloneDxLicense(value, where) {
    const entries = optionalArray(value, where);
    if (entries.length === 0)
        return { license: null, note: 'no licenses' };
    const parts = [];
    for (const [i, entry] of entries.entries()) {
        if (!isObject(entry))
            throw new SbomError(`${where}[${i}] is ${sbom_kindOf(entry)}, not an object.`);
        const expression = optionalString(entry.expression, `${where}[${i}].expression`)?.trim();
        if (expression) {
            parts.push(expression);
            continue;
        }
        if (entry.license !== undefined) {
            if (!isObject(entry.license))
                throw new SbomError(`${where}[${i}].license is ${sbom_kindOf(entry.license)}, not an object.`);
            const id = optionalString(entry.license.id, `${where}[${i}].license.id`)?.trim();
            if (id) {
                parts.push(id);
                continue;
            }
            const name = optionalString(entry.license.name, `${where}[${i}].license.name`)?.trim();
            if (name)
                return { license: null, note: `license named '${name}' is not an SPDX id` };
        }
        return { license: null, note: `licenses[${i}] names no license` };
    }
    if (parts.some((p) => UNKNOWN_LICENSE.has(p)))
        return { license: null, note: 'NOASSERTION' };
    const license = parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND ');
    return { license, note: 'licenses' };
}
function optionalArray(value, what) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new SbomError(`${what} is ${sbom_kindOf(value)}, not an array.`);
    return value;
}
function optionalString(value, what) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw new SbomError(`${what} is ${sbom_kindOf(value)}, not a string.`);
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sbom_kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./src/facts/sbom.ts
// SBOMs for sbom_licenses: the repository's SPDX export from the dependency graph (one
// request), an SPDX/CycloneDX JSON file in the workspace, or a file in an artifact of the
// build run. Every way of not having a readable SBOM is a GateError with its own code.




async function readSbom(facts, ctx, source, options) {
    if (source.kind === 'dependency_graph')
        return dependencyGraphSbom(facts, ctx.repository, ctx.serverUrl);
    const read = source.kind === 'file'
        ? await readOutput(facts, ctx, { kind: 'workspace', path: source.path }, options)
        : await readOutput(facts, ctx, {
            kind: 'artifact',
            name: source.name,
            file: source.file,
            workflow: source.workflow,
            orWhole: true,
        }, options);
    const label = source.kind === 'file'
        ? `SBOM file '${source.path}'`
        : `SBOM '${source.file}' in artifact '${source.name}'${read.runId === undefined ? '' : ` of run ${read.runId}`}`;
    if (!read.ok) {
        throw new types/* GateError */.ue(UNAVAILABLE.has(read.code) ? 'SBOM_UNAVAILABLE' : read.code, `${label} ${read.message}`, {
            source: source.kind,
            shared_code: read.code,
            ...read.details,
        });
    }
    const text = outputText(read.bytes);
    if (text === null)
        throw new types/* GateError */.ue('SBOM_INVALID', `${label} is not UTF-8 text.`, { source: source.kind });
    return { label, link: read.link, document: parseOrThrow(() => parseSbomJson(text, label)) };
}
/** The shared codes that mean "there is no SBOM to read": SPEC \u00a76 calls that SBOM_UNAVAILABLE. */
const UNAVAILABLE = new Set([
    'OUTPUT_MISSING',
    'ARTIFACT_MISSING',
    'BUILD_RUN_NOT_FOUND',
    'UNTRUSTED_BUILD_RUN',
]);
/** GitHub's SPDX export of the dependency graph (of the default branch), read once. */
function dependencyGraphSbom(facts, repo, serverUrl) {
    return facts.memo(`sbom:dependency-graph:${repo.owner}/${repo.repo}`, async () => {
        const name = `${repo.owner}/${repo.repo}`;
        const label = `the dependency graph SBOM of ${name}`;
        let data;
        try {
            ({ data } = await facts.github.octokit.rest.dependencyGraph.exportSbom({ ...repo }));
        }
        catch (error) {
            const gateError = (0,errors/* toGateError */.Vl)(error, label);
            // 404 and 403 mean the graph cannot be read here; a rate limit or a bad token keeps its own code.
            if (gateError.code === 'NOT_FOUND' || gateError.code === 'PERMISSION_DENIED') {
                const status = error.status;
                throw new types/* GateError */.ue('SBOM_UNAVAILABLE', `Cannot read ${label} (${status} on GET /repos/${name}/dependency-graph/sbom): the token needs \`contents: read\`, and the dependency graph must be enabled (Settings \u2192 Code security \u2192 Dependency graph).`, { ...gateError.details, source: 'dependency_graph', permission: 'contents: read' });
            }
            throw gateError;
        }
        return {
            label,
            link: { title: 'Dependency graph', url: `${serverUrl}/${name}/network/dependencies` },
            document: parseOrThrow(() => parseSbom(data, label)),
        };
    });
}
function parseOrThrow(parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof SbomError)
            throw new types/* GateError */.ue('SBOM_INVALID', error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/util/purl.ts
// Package URLs (https://github.com/package-url/purl-spec): `pkg:type/namespace/name@version?qualifiers#subpath`.
// Parsed just far enough to compare a package of an SBOM with an entry of an approved list.
class PurlError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PurlError';
    }
}
const MAX_PURL_LENGTH = 2048;
function decode(part, what, purl) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new PurlError(`'${purl}' has a badly percent-encoded ${what}`);
    }
}
/** Parses a package URL; throws PurlError when it is not one. */
function parsePurl(text) {
    const purl = text.trim();
    if (purl.length > MAX_PURL_LENGTH)
        throw new PurlError(`package URL longer than ${MAX_PURL_LENGTH} characters`);
    if (!/^pkg:/i.test(purl))
        throw new PurlError(`'${purl}' is not a package URL (it must start with pkg:)`);
    if (/\s/.test(purl))
        throw new PurlError(`'${purl}' contains whitespace`);
    let rest = purl.slice(4).replace(/^\/+/, '');
    let subpath = null;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        subpath =
            rest
                .slice(hash + 1)
                .split('/')
                .filter((s) => s && s !== '.' && s !== '..')
                .map((s) => decode(s, 'subpath', purl))
                .join('/') || null;
        rest = rest.slice(0, hash);
    }
    const qualifiers = {};
    const question = rest.indexOf('?');
    if (question >= 0) {
        for (const pair of rest.slice(question + 1).split('&')) {
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            if (eq <= 0)
                throw new PurlError(`'${purl}' has a qualifier without a value: '${pair}'`);
            const value = decode(pair.slice(eq + 1), 'qualifier', purl);
            if (value)
                qualifiers[pair.slice(0, eq).toLowerCase()] = value;
        }
        rest = rest.slice(0, question);
    }
    let version = null;
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
        version = decode(rest.slice(at + 1), 'version', purl) || null;
        rest = rest.slice(0, at);
    }
    const segments = rest.split('/').filter(Boolean);
    if (segments.length < 2)
        throw new PurlError(`'${purl}' needs a type and a name (pkg:TYPE/NAME)`);
    const type = segments[0].toLowerCase();
    if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type))
        throw new PurlError(`'${purl}' has an invalid type '${type}'`);
    let name = decode(segments[segments.length - 1], 'name', purl);
    let namespace = segments
        .slice(1, -1)
        .map((s) => decode(s, 'namespace', purl))
        .join('/') || null;
    // Type-specific canonical forms from the purl spec, so that equal packages compare equal.
    if (['github', 'bitbucket', 'npm', 'pypi', 'composer'].includes(type)) {
        namespace = namespace?.toLowerCase() ?? null;
        name = name.toLowerCase();
    }
    if (type === 'pypi')
        name = name.replace(/[-_.]+/g, '-');
    return { type, namespace, name, version, qualifiers, subpath };
}
/** `pkg:type/namespace/name`, without version, qualifiers or subpath. */
function purlBase(purl) {
    return `pkg:${purl.type}/${purl.namespace ? `${purl.namespace}/` : ''}${purl.name}`;
}
/**
 * Whether an approved entry covers a package. The type, namespace and name must be equal;
 * an entry with a version covers that exact version only, one without covers every version;
 * qualifiers and a subpath the entry names must be on the package with the same values.
 */
function purlMatches(entry, pkg) {
    if (purlBase(entry) !== purlBase(pkg))
        return false;
    if (entry.version !== null && entry.version !== pkg.version)
        return false;
    if (entry.subpath !== null && entry.subpath !== pkg.subpath)
        return false;
    return Object.entries(entry.qualifiers).every(([key, value]) => pkg.qualifiers[key] === value);
}

;// CONCATENATED MODULE: ./src/util/spdx.ts
// SPDX license expressions (SPDX 2.3 Annex D): parsing, and deciding whether an expression
// can be satisfied using only licenses a policy allows, or only by licenses it denies.
//
// No SPDX expression library is installed, so this is a small recursive-descent parser.
// Precedence, tightest first: `+` (this version or later), WITH, AND, OR; parentheses group.
// Operators are accepted in upper or lower case; license and exception ids are matched
// case-insensitively, as the SPDX specification asks.
//
// Evaluation never expands an expression into its alternatives (which is exponential): each
// leaf is judged on its own and the AND/OR tree is folded as booleans. So "can it be satisfied
// with allowed licenses only" is `OR \u2192 some, AND \u2192 every` over leaves judged allowed, and "every
// way to satisfy it needs a denied license" is the negation of "it can be satisfied with
// licenses that are not denied".
/** Why an expression could not be parsed; `position` is a 0-based offset into the text. */
class SpdxParseError extends Error {
    expression;
    position;
    constructor(message, expression, position) {
        super(message);
        this.expression = expression;
        this.position = position;
        this.name = 'SpdxParseError';
    }
}
/** Longest expression parsed; real ones are a few dozen characters. */
const MAX_EXPRESSION_LENGTH = 4096;
/** Deepest nesting of parentheses accepted (keeps recursion bounded on hostile input). */
const MAX_NESTING = 64;
const ID_CHAR = /[A-Za-z0-9.\-:]/;
function spdx_tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
            i++;
        }
        else if (ch === '(') {
            tokens.push({ type: 'open', at: i++ });
        }
        else if (ch === ')') {
            tokens.push({ type: 'close', at: i++ });
        }
        else if (ch === '+') {
            tokens.push({ type: 'plus', at: i++ });
        }
        else if (ID_CHAR.test(ch)) {
            const start = i;
            while (i < text.length && ID_CHAR.test(text[i]))
                i++;
            const word = text.slice(start, i);
            const operator = /^(AND|and)$/.test(word)
                ? 'and'
                : /^(OR|or)$/.test(word)
                    ? 'or'
                    : /^(WITH|with)$/.test(word)
                        ? 'with'
                        : null;
            tokens.push(operator ? { type: operator, at: start } : { type: 'id', value: word, at: start });
        }
        else {
            throw new SpdxParseError(`unexpected character ${JSON.stringify(ch)} at ${i}`, text, i);
        }
    }
    return tokens;
}
/** Parses an SPDX license expression; throws SpdxParseError (and only that) when it is not one. */
function parseSpdxExpression(text) {
    if (typeof text !== 'string')
        throw new SpdxParseError('a license expression must be a string', '', 0);
    if (text.length > MAX_EXPRESSION_LENGTH) {
        throw new SpdxParseError(`expression is ${text.length} characters long, over the ${MAX_EXPRESSION_LENGTH} accepted`, text.slice(0, 80), MAX_EXPRESSION_LENGTH);
    }
    const tokens = spdx_tokenize(text);
    if (tokens.length === 0)
        throw new SpdxParseError('empty license expression', text, 0);
    let pos = 0;
    const peek = () => tokens[pos];
    const where = () => peek()?.at ?? text.length;
    const fail = (message) => {
        throw new SpdxParseError(`${message} at ${where()}`, text, where());
    };
    const describe = (token) => !token ? 'end of expression' : token.type === 'id' ? `'${token.value}'` : `'${text[token.at]}'`;
    const parseOr = (depth) => {
        let left = parseAnd(depth);
        while (peek()?.type === 'or') {
            pos++;
            left = { kind: 'or', left, right: parseAnd(depth) };
        }
        return left;
    };
    const parseAnd = (depth) => {
        let left = parseTerm(depth);
        while (peek()?.type === 'and') {
            pos++;
            left = { kind: 'and', left, right: parseTerm(depth) };
        }
        return left;
    };
    const parseTerm = (depth) => {
        const token = peek();
        if (token?.type === 'open') {
            if (depth >= MAX_NESTING)
                fail(`parentheses nested deeper than ${MAX_NESTING}`);
            pos++;
            const inner = parseOr(depth + 1);
            if (peek()?.type !== 'close')
                fail(`expected ')' but found ${describe(peek())}`);
            pos++;
            if (peek()?.type === 'with')
                fail('WITH must follow a single license, not a parenthesized expression');
            return inner;
        }
        if (token?.type !== 'id')
            return fail(`expected a license id but found ${describe(token)}`);
        pos++;
        const license = licenseTerm(token.value, () => fail(`'${token.value}' is not a license id`));
        if (peek()?.type === 'plus') {
            if (license.orLater)
                fail(`'${token.value}' already means "or later"; '+' is redundant`);
            pos++;
            license.orLater = true;
        }
        if (peek()?.type === 'with') {
            pos++;
            const exception = peek();
            if (exception?.type !== 'id' || !isExceptionId(exception.value))
                fail(`expected a license exception id after WITH but found ${describe(exception)}`);
            pos++;
            license.exception = exception.value;
        }
        return license;
    };
    const expression = parseOr(0);
    if (pos < tokens.length)
        fail(`unexpected ${describe(peek())}`);
    return expression;
}
const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
function licenseTerm(word, invalid) {
    if (LICENSE_REF.test(word))
        return { kind: 'license', id: word, orLater: false };
    if (!LICENSE_ID.test(word) || word.includes(':'))
        invalid();
    const orLater = /-or-later$/i.test(word);
    return { kind: 'license', id: orLater ? word.replace(/-or-later$/i, '') : word, orLater };
}
function isExceptionId(word) {
    return LICENSE_ID.test(word) || LICENSE_REF.test(word);
}
/** The expression written back in canonical SPDX form (parenthesized only where needed). */
function formatSpdxExpression(expression) {
    const format = (node, parent) => {
        if (node.kind === 'license') {
            return `${node.id}${node.orLater ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
        }
        const text = `${format(node.left, node.kind)} ${node.kind.toUpperCase()} ${format(node.right, node.kind)}`;
        return parent === 'and' && node.kind === 'or' ? `(${text})` : text;
    };
    return format(expression, null);
}
/** Every license term of an expression, left to right. */
function licensesIn(expression) {
    const out = [];
    const stack = [expression];
    while (stack.length) {
        const node = stack.pop();
        if (node.kind === 'license')
            out.push(node);
        else
            stack.push(node.right, node.left);
    }
    return out;
}
/** Folds the expression as a boolean formula, judging each license term with `leaf`. */
function satisfiable(expression, leaf) {
    if (expression.kind === 'license')
        return leaf(expression);
    if (expression.kind === 'and')
        return satisfiable(expression.left, leaf) && satisfiable(expression.right, leaf);
    return satisfiable(expression.left, leaf) || satisfiable(expression.right, leaf);
}
// ---------------------------------------------------------------------------------------------
// Matching license terms against a policy's allow and deny lists
/**
 * Families whose later versions are known, so `GPL-2.0+` is understood as "GPL-2.0 or
 * GPL-3.0". For any other `X+` only X itself is known: an allow list must allow X (or list
 * `X+` literally), and a deny of X denies `X+` (a later version nobody has assessed cannot
 * make it acceptable).
 */
const VERSION_FAMILIES = [
    ['GPL-1.0', 'GPL-2.0', 'GPL-3.0'],
    ['LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0'],
    ['AGPL-1.0', 'AGPL-3.0'],
    ['GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3'],
    ['MPL-1.0', 'MPL-1.1', 'MPL-2.0'],
    ['Apache-1.0', 'Apache-1.1', 'Apache-2.0'],
];
/** A license id reduced for comparison: lower case, GNU's `-only` suffix dropped. */
function licenseKey(id) {
    return id.toLowerCase().replace(/^((?:a|l)?gpl-\d\.\d|gfdl-\d\.\d(?:-(?:no-)?invariants)?)-only$/, '$1');
}
/** Keys of `base` and every known later version of it. */
function thisOrLater(base) {
    const key = licenseKey(base);
    for (const family of VERSION_FAMILIES) {
        const index = family.findIndex((version) => version.toLowerCase() === key);
        if (index >= 0)
            return family.slice(index).map((version) => version.toLowerCase());
    }
    return [key];
}
/** Parses allow/deny entries; each must be a single license term (no AND/OR). */
function parseLicenseRule(text) {
    const expression = parseSpdxExpression(text);
    if (expression.kind !== 'license') {
        throw new SpdxParseError(`'${text}' is an expression; list single license ids (e.g. MIT, Apache-2.0, GPL-2.0-only WITH Classpath-exception-2.0)`, text, 0);
    }
    return { text, term: expression };
}
function exceptionMatches(rule, term) {
    // A rule without an exception covers the license with any exception (an exception only
    // adds permissions); a rule with one covers only that exception.
    return (rule.exception === undefined || rule.exception.toLowerCase() === (term.exception ?? '').toLowerCase());
}
/**
 * Whether `term` may be used under the allow list: the term itself is listed (same id and
 * same "or later"), or, for `X+`, one of the versions it may be taken under is listed as a
 * plain id (`GPL-2.0+` may be used as GPL-3.0-only). An allow of `X+` does not allow plain X.
 */
function allowedBy(term, rules) {
    const key = licenseKey(term.id);
    const versions = term.orLater ? thisOrLater(term.id) : [];
    return rules.some(({ term: rule }) => {
        if (!exceptionMatches(rule, term))
            return false;
        const ruleKey = licenseKey(rule.id);
        if (ruleKey === key && rule.orLater === term.orLater)
            return true;
        return !rule.orLater && versions.includes(ruleKey);
    });
}
/**
 * Whether every way to use `term` is denied: a plain license is denied when listed (a deny of
 * `X+` denies X and every later version); `X+` is denied when each known version it may be
 * taken under is.
 */
function deniedBy(term, rules) {
    const versions = term.orLater ? thisOrLater(term.id) : [licenseKey(term.id)];
    return versions.every((version) => rules.some(({ term: rule }) => {
        if (!exceptionMatches(rule, term))
            return false;
        const covered = rule.orLater ? thisOrLater(rule.id) : [licenseKey(rule.id)];
        return covered.includes(version);
    }));
}
/**
 * `denied` when every way to satisfy the expression needs a denied license; `allowed` when it
 * can be satisfied using only allowed (and not denied) licenses; otherwise `not_allowed`.
 */
function judgeExpression(expression, policy) {
    const notDenied = (term) => !deniedBy(term, policy.deny);
    if (!satisfiable(expression, notDenied))
        return 'denied';
    const allow = policy.allow;
    const usable = (term) => notDenied(term) && (!allow || allowedBy(term, allow));
    return satisfiable(expression, usable) ? 'allowed' : 'not_allowed';
}

;// CONCATENATED MODULE: ./src/gates/sbom-licenses.ts
// sbom_licenses: dependency approval. Every package of an SBOM must have a license the policy
// allows, judged on its SPDX expression (`MIT OR GPL-3.0-only` is fine when MIT is allowed;
// `MIT AND GPL-3.0-only` needs both). The rules, in order:
//
// 1. Denied: every way to satisfy the expression needs a `deny` license \u2192 LICENSE_DENIED.
//    Nothing overrides a denial, not even approved_packages.
// 2. Not allowed: with `allow` given, the expression cannot be satisfied using only allowed
//    (and not denied) licenses \u2192 PACKAGE_NOT_APPROVED, unless the package's purl is in the
//    approved_packages file.
// 3. Unknown: no license (absent, NOASSERTION), a license named but not an SPDX id, or an
//    expression that does not parse \u2192 LICENSE_UNKNOWN, unless approved; it fails only with
//    fail_on_unknown (the default).
//
// `NONE` (the package has no license at all) is judged like any id: not allowed unless listed.
// The dependency_graph source is GitHub's graph of the default branch, not of the evaluated
// commit; use source: file or artifact to judge exactly what was built.
//
// approved_packages is a file of package URLs (workspace, or at policy_ref), one per line; `#` starts a comment
// (at the start of a line, or after whitespace). An entry without a version approves every
// version of the package (`pkg:npm/left-pad`); one with a version approves exactly that
// version (`pkg:npm/left-pad@1.3.0`). Qualifiers or a subpath on an entry must also be on the
// package. A package without a purl can never be approved.







const APPROVED_MAX_BYTES = 1024 * 1024;
/** Offenders shown in the one-line message; details list them all. */
const sbom_licenses_MESSAGE_LIMIT = 10;
/** Entries kept per list in details (a report must stay readable). */
const DETAILS_LIMIT = 1000;
const LICENSE_LIST_SCHEMA = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
};
const sbomLicensesGate = {
    type: 'sbom_licenses',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            source: {
                description: "Where the SBOM comes from: the repository's dependency graph (SPDX, default branch), a workspace file, or an artifact of the build run (SPDX or CycloneDX JSON).",
                enum: ['dependency_graph', 'file', 'artifact'],
                default: 'dependency_graph',
            },
            path: { description: 'Workspace path of the SBOM JSON (source: file).', type: 'string', minLength: 1 },
            artifact: {
                description: 'The SBOM in an artifact of the build run (source: artifact).',
                type: 'object',
                additionalProperties: false,
                required: ['name', 'file'],
                properties: {
                    name: { description: 'Artifact name.', type: 'string', minLength: 1 },
                    file: { description: 'Path of the SBOM JSON inside the artifact.', type: 'string', minLength: 1 },
                    workflow: {
                        ...WORKFLOW_FILE_SCHEMA,
                        description: 'Build workflow searched for the build run when build_run_id is empty.',
                    },
                },
            },
            allow: {
                ...LICENSE_LIST_SCHEMA,
                description: 'SPDX license ids a package may be used under (e.g. MIT, Apache-2.0, GPL-2.0-only WITH Classpath-exception-2.0). Absent: every license not denied.',
            },
            deny: {
                ...LICENSE_LIST_SCHEMA,
                description: 'SPDX license ids no package may need; nothing overrides a denial.',
                default: [],
            },
            approved_packages: {
                description: 'File of package URLs approved despite their license (one per line, # comments; without a version: every version). Read from the workspace, or at policy_ref when the policy is read through the API.',
                type: 'string',
                minLength: 1,
            },
            fail_on_unknown: {
                description: 'Fail when a package has no known license (absent, NOASSERTION, not SPDX).',
                type: 'boolean',
                default: true,
            },
            max_bytes: {
                description: 'Largest SBOM file or artifact read.',
                type: 'integer',
                minimum: 1,
                default: 52428800,
            },
        },
    },
    checkParams(params) {
        if (params.source === 'file' && !params.path)
            throw sbom_licenses_invalid('source: file needs `path`.');
        if (params.source !== 'file' && params.path !== undefined)
            throw sbom_licenses_invalid('`path` is only read with source: file.', '/path');
        if (params.source === 'artifact' && !params.artifact)
            throw sbom_licenses_invalid('source: artifact needs `artifact: {name, file}`.');
        if (params.source !== 'artifact' && params.artifact !== undefined)
            throw sbom_licenses_invalid('`artifact` is only read with source: artifact.', '/artifact');
        if (params.allow === undefined && params.deny.length === 0)
            throw sbom_licenses_invalid('give `allow`, `deny` or both: with neither, no license could ever fail.');
        const allow = rules(params.allow ?? [], 'allow');
        const deny = rules(params.deny, 'deny');
        const both = allow.filter((a) => deny.some((d) => d.text.toLowerCase() === a.text.toLowerCase()));
        if (both.length)
            throw sbom_licenses_invalid(`${both.map((r) => r.text).join(', ')} is both allowed and denied.`);
    },
    async collect(params, ctx, facts) {
        const source = params.source === 'file'
            ? { kind: 'file', path: params.path }
            : params.source === 'artifact'
                ? {
                    kind: 'artifact',
                    name: params.artifact.name,
                    file: params.artifact.file,
                    workflow: params.artifact.workflow ?? 'release.yml',
                }
                : { kind: 'dependency_graph' };
        const [sbom, approved] = await Promise.all([
            readSbom(facts, ctx, source, { maxBytes: params.max_bytes }),
            params.approved_packages === undefined
                ? Promise.resolve(null)
                : readApprovedPackages(facts, ctx, params.approved_packages),
        ]);
        return { sbom, approved };
    },
    judge: judgeSbomLicenses,
};
/**
 * The approved_packages file. When the policy itself was read through the API (policy_ref),
 * the list is read from the same ref: otherwise whoever pushes the tag could approve any
 * package by editing the workspace copy.
 */
async function readApprovedPackages(facts, ctx, path) {
    const policyRef = ctx.policy?.source.startsWith('api@') ? ctx.policy.source.slice('api@'.length) : null;
    if (policyRef) {
        await facts.connect();
        const file = await (0,contents/* readRepoFile */.v)(facts.github, ctx.repository, path, policyRef);
        if (!file) {
            throw new types/* GateError */.ue('APPROVED_PACKAGES_MISSING', `approved_packages file '${path}' does not exist at ${policyRef}, where the policy was read from (policy_ref); commit it there or fix the path.`, { approved_packages: path, ref: policyRef });
        }
        return { path, text: file.text };
    }
    const file = await (0,workspace/* readWorkspaceFile */.s)(facts, path, APPROVED_MAX_BYTES);
    if (file.kind === 'missing')
        throw new types/* GateError */.ue('APPROVED_PACKAGES_MISSING', `approved_packages file '${path}' does not exist in the workspace; check it out or fix the path.`, { approved_packages: path });
    if (file.kind === 'too_large')
        throw new types/* GateError */.ue('APPROVED_PACKAGES_INVALID', `approved_packages file '${path}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit.`, { approved_packages: path });
    return { path, text: file.text };
}
/** `pointer` (JSON Pointer inside `with`) lets the validator place the issue on its line. */
function sbom_licenses_invalid(message, pointer) {
    return new types/* GateError */.ue('INVALID_PARAMS', message, pointer ? { path: pointer } : {});
}
function rules(list, what) {
    return list.map((text, index) => {
        try {
            return parseLicenseRule(text);
        }
        catch (error) {
            if (error instanceof SpdxParseError) {
                const reason = error.message.startsWith(`'${text}'`)
                    ? error.message
                    : `'${text}' is not an SPDX license id (${error.message})`;
                throw sbom_licenses_invalid(`${what}: ${reason}.`, `/${what}/${index}`);
            }
            throw error;
        }
    });
}
/** Parses an approved_packages file; throws GateError('APPROVED_PACKAGES_INVALID') naming the line. */
function parseApprovedPackages(text, path) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            return;
        try {
            entries.push({ line: index + 1, text: line, purl: parsePurl(line) });
        }
        catch (error) {
            if (!(error instanceof PurlError))
                throw error;
            throw new types/* GateError */.ue('APPROVED_PACKAGES_INVALID', `${path}:${index + 1}: ${error.message}.`, {
                approved_packages: path,
                line: index + 1,
            });
        }
    });
    return entries;
}
function judgeSbomLicenses(params, facts) {
    const { sbom } = facts;
    const policy = {
        allow: params.allow ? rules(params.allow, 'allow') : undefined,
        deny: rules(params.deny, 'deny'),
    };
    let approvedEntries = [];
    if (facts.approved) {
        try {
            approvedEntries = parseApprovedPackages(facts.approved.text, facts.approved.path);
        }
        catch (error) {
            if (!(error instanceof types/* GateError */.ue))
                throw error;
            return { status: 'error', code: error.code, message: error.message, details: error.details };
        }
    }
    const approvedBy = (pkg) => {
        if (!pkg.purl || approvedEntries.length === 0)
            return undefined;
        let purl;
        try {
            purl = parsePurl(pkg.purl);
        }
        catch {
            return undefined;
        }
        return approvedEntries.find((entry) => purlMatches(entry.purl, purl));
    };
    const denied = new Findings();
    const notApproved = new Findings();
    const unknown = new Findings();
    const approved = new Findings();
    let allowed = 0;
    for (const pkg of sbom.document.packages) {
        const finding = {
            package: pkg.name,
            version: pkg.version,
            purl: pkg.purl,
            license: pkg.license,
        };
        let outcome;
        if (pkg.license === null) {
            outcome = 'unknown';
            finding.reason = pkg.note ?? 'no license';
        }
        else {
            try {
                outcome = judgeExpression(parseSpdxExpression(pkg.license), policy);
            }
            catch (error) {
                if (!(error instanceof SpdxParseError))
                    throw error;
                outcome = 'unknown';
                finding.reason = `not an SPDX expression: ${error.message}`;
            }
        }
        if (outcome === 'allowed') {
            allowed++;
        }
        else if (outcome === 'denied') {
            denied.add(finding);
        }
        else {
            const entry = approvedBy(pkg);
            if (entry) {
                approved.add({
                    ...finding,
                    reason: `approved by ${facts.approved.path}:${entry.line} (${entry.text})`,
                });
            }
            else if (outcome === 'not_allowed') {
                notApproved.add(finding);
            }
            else {
                unknown.add(finding);
            }
        }
    }
    const total = sbom.document.packages.length;
    const details = {
        source: sbom.label,
        format: sbom.document.formatVersion,
        ...(params.source === 'dependency_graph'
            ? { scope: "the default branch: GitHub's dependency graph is not computed per commit" }
            : {}),
        ...(sbom.document.subjects.length ? { subjects_not_judged: sbom.document.subjects } : {}),
        counts: {
            packages: total,
            allowed,
            approved: approved.size,
            denied: denied.size,
            not_approved: notApproved.size,
            unknown: unknown.size,
        },
        denied: denied.list(),
        not_approved: notApproved.list(),
        unknown: unknown.list(),
        approved: approved.list(),
        allow: params.allow ?? null,
        deny: params.deny,
        fail_on_unknown: params.fail_on_unknown,
        ...(facts.approved ? { approved_packages: facts.approved.path } : {}),
    };
    const links = sbom.link ? [sbom.link] : [];
    const others = (skip) => {
        const parts = [
            denied !== skip && denied.size ? `${denied.size} denied` : '',
            notApproved !== skip && notApproved.size ? `${notApproved.size} not approved` : '',
            unknown !== skip && unknown.size ? `${unknown.size} unknown` : '',
        ].filter(Boolean);
        return parts.length ? ` (also ${parts.join(', ')})` : '';
    };
    if (denied.size) {
        return {
            status: 'fail',
            code: 'LICENSE_DENIED',
            message: `${count(denied.size, 'package', 'needs', 'need')} a denied license (${sbom.label}): ${denied.summary()}${others(denied)}.`,
            details,
            links,
        };
    }
    if (notApproved.size) {
        return {
            status: 'fail',
            code: 'PACKAGE_NOT_APPROVED',
            message: `${count(notApproved.size, 'package', 'has', 'have')} no allowed license and ${notApproved.size === 1 ? 'is' : 'are'} not in approved_packages (${sbom.label}): ${notApproved.summary()}${others(notApproved)}.`,
            details,
            links,
        };
    }
    if (unknown.size && params.fail_on_unknown) {
        return {
            status: 'fail',
            code: 'LICENSE_UNKNOWN',
            message: `${count(unknown.size, 'package', 'has', 'have')} no known license (${sbom.label}): ${unknown.summary()}.`,
            details,
            links,
        };
    }
    const notes = [
        approved.size ? `${approved.size} approved by package URL` : '',
        unknown.size ? `${unknown.size} with unknown licenses accepted (fail_on_unknown: false)` : '',
    ].filter(Boolean);
    if (total === 0) {
        // Nothing was checked: a disabled or still-computing dependency graph looks like this too.
        return {
            status: 'fail',
            code: 'SBOM_EMPTY',
            message: `${sbom.label} lists no packages, so no licence was checked. Make sure the dependency graph (or the SBOM file) covers the project's dependencies; set the gate report_only for a project without any.`,
            details,
            links,
        };
    }
    return {
        status: 'pass',
        code: 'SBOM_OK',
        message: `Every package in ${sbom.label} is allowed: ${[`${count(total, 'package')} checked`, ...notes].join('; ')}.`,
        details,
        links,
    };
}
/** Findings of one kind, each package once. */
class Findings {
    byKey = new Map();
    add(finding) {
        const key = JSON.stringify([finding.package, finding.version, finding.purl, finding.license]);
        if (!this.byKey.has(key))
            this.byKey.set(key, finding);
    }
    get size() {
        return this.byKey.size;
    }
    list() {
        return [...this.byKey.values()].slice(0, DETAILS_LIMIT);
    }
    /** `name@version: license; \u2026` for the message, the first few only. */
    summary() {
        const all = [...this.byKey.values()];
        const shown = all.slice(0, sbom_licenses_MESSAGE_LIMIT).map(sbom_licenses_describe).join('; ');
        return all.length > sbom_licenses_MESSAGE_LIMIT ? `${shown}; \u2026 and ${all.length - sbom_licenses_MESSAGE_LIMIT} more` : shown;
    }
}
function sbom_licenses_describe(finding) {
    const name = finding.version ? `${finding.package}@${finding.version}` : finding.package;
    if (finding.license === null)
        return `${name}: ${finding.reason ?? 'unknown'}`;
    return finding.reason && !finding.reason.startsWith('approved by')
        ? `${name}: ${finding.license} (${finding.reason})`
        : `${name}: ${finding.license}`;
}
function count(n, noun, singularVerb = '', pluralVerb = '') {
    const verb = n === 1 ? singularVerb : pluralVerb;
    return `${n} ${noun}${n === 1 ? '' : 's'}${verb ? ` ${verb}` : ''}`;
}

;// CONCATENATED MODULE: ./src/gates/secrets-present.ts
const secretsPresentGate = {
    type: 'secrets_present',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['env'],
        properties: {
            env: {
                description: 'Environment variables that must be set and non-empty, optionally starting with a prefix.',
                type: 'array',
                minItems: 1,
                items: {
                    anyOf: [
                        { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['name'],
                            properties: {
                                name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                                prefix: { type: 'string', minLength: 1 },
                            },
                        },
                    ],
                },
            },
        },
    },
    async collect(params, _ctx, facts) {
        return params.env.map((spec) => {
            const { name, prefix } = typeof spec === 'string' ? { name: spec, prefix: undefined } : spec;
            const value = facts.env[name];
            const present = typeof value === 'string' && value.trim() !== '';
            return {
                name,
                prefix: prefix ?? null,
                present,
                prefixOk: present && (!prefix || value.startsWith(prefix)),
            };
        });
    },
    judge: judgeSecrets,
};
function judgeSecrets(_params, secrets) {
    const missing = secrets.filter((s) => !s.present).map((s) => s.name);
    const badFormat = secrets.filter((s) => s.present && !s.prefixOk);
    const details = { checked: secrets.map((s) => s.name), missing, bad_format: badFormat.map((s) => s.name) };
    if (missing.length) {
        return {
            status: 'fail',
            code: 'MISSING_SECRET',
            message: `Not set or empty: ${missing.join(', ')}. Pass ${missing.length > 1 ? 'them' : 'it'} to the step with env: (e.g. ${missing[0]}: \${{ secrets.${missing[0]} }}).`,
            details,
        };
    }
    if (badFormat.length) {
        return {
            status: 'fail',
            code: 'SECRET_FORMAT',
            message: badFormat.map((s) => `${s.name} does not start with '${s.prefix}'`).join('; ') + '.',
            details,
        };
    }
    return {
        status: 'pass',
        code: 'SECRETS_PRESENT',
        message: `All ${secrets.length} secrets are set: ${secrets.map((s) => s.name).join(', ')}.`,
        details,
    };
}

;// CONCATENATED MODULE: ./src/gates/version-alignment.ts
// version_alignment: every file that states the project's version states the one being
// released. Files are read at the commit under evaluation through the API (one GraphQL
// request for all of them), so no checkout is needed and a dirty workspace cannot lie.
//
// Each file is parsed by its extension (TOML, JSON, YAML) and read at a JSON Pointer, or
// searched with a regex whose one capture group is the version. Parsing is pure, so it
// happens in the judge: an unparseable file is an `error` naming the line and column.
//
// `expect: consistent` asks only that the files agree with each other, whatever the version:
// on a branch or a pull request there is no tag to compare with.




/** The `expect` value that asks for agreement among the files rather than a given version. */
const CONSISTENT = 'consistent';
/** Regexes are matched line by line: `^` and `$` are line boundaries. */
const REGEX_FLAGS = 'm';
const versionAlignmentGate = {
    type: 'version_alignment',
    // Cargo.toml, pyproject.toml and other TOML version files.
    libraries: (params) => (/\.toml\b/.test(JSON.stringify(params ?? {})) ? ['toml'] : []),
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
            files: {
                description: 'Files that state the version: a JSON Pointer into a .toml, .json, .yml or .yaml file, or a regex with one capture group.',
                type: 'array',
                minItems: 1,
                items: {
                    oneOf: [
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['path', 'pointer'],
                            properties: {
                                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                                pointer: {
                                    description: 'RFC 6901 JSON Pointer to the version, e.g. /package/version or /packages//version.',
                                    type: 'string',
                                    pattern: '^(/.*)?$',
                                },
                            },
                        },
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['path', 'regex'],
                            properties: {
                                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                                regex: {
                                    description: 'JavaScript regex (multiline) with exactly one capture group: the version.',
                                    type: 'string',
                                    minLength: 1,
                                },
                            },
                        },
                    ],
                },
            },
            expect: {
                description: 'The version every file must state, or `consistent`: every file states the same version, whatever it is (for branches and pull requests, where there is no tag).',
                type: 'string',
                minLength: 1,
                default: '{version}',
            },
        },
    },
    checkParams(params) {
        for (const [i, file] of params.files.entries()) {
            if ('regex' in file)
                checkRegex(file.regex, `files[${i}].regex`);
            else if (!formatOf(file.path)) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `files[${i}]: '${file.path}' is not a .toml, .json, .yml or .yaml file, so a pointer cannot be read from it; use regex instead.`);
            }
        }
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { files: new Map() };
        return {
            files: await filesAtCommit(facts, ctx.repository, ctx.sha, params.files.map((f) => f.path)),
        };
    },
    judge: judgeVersionAlignment,
};
/** A regex that compiles and has exactly one capture group, else INVALID_PARAMS. */
function checkRegex(source, where) {
    let regex;
    try {
        regex = new RegExp(source, REGEX_FLAGS);
    }
    catch (error) {
        throw new types/* GateError */.ue('INVALID_PARAMS', `${where} '${source}' is not a valid regex: ${error.message}`);
    }
    const groups = captureGroupCount(source);
    if (groups !== 1) {
        throw new types/* GateError */.ue('INVALID_PARAMS', `${where} '${source}' has ${groups} capture groups; it needs exactly one, around the version (use (?:\u2026) for other grouping).`);
    }
    return regex;
}
/** Capture groups of a valid regex: an empty alternative matches "", with every group unset. */
function captureGroupCount(source) {
    return new RegExp(`${source}|`, REGEX_FLAGS).exec('').length - 1;
}
function judgeVersionAlignment(params, facts, ctx) {
    if (!ctx.sha) {
        return {
            status: 'error',
            code: 'SHA_UNRESOLVED',
            message: 'The commit under evaluation is unknown, so its version files cannot be read.',
        };
    }
    const consistent = params.expect === CONSISTENT;
    const readings = consistent
        ? compareAmongThemselves(readVersions(params, facts.files))
        : readVersions(params, facts.files);
    const reference = consistent ? commonVersion(readings) : params.expect;
    const summary = readings.map((r) => describeReading(r, reference)).join('; ');
    const details = { sha: ctx.sha, expected: params.expect, files: readings };
    if (consistent)
        details.versions = versionsFound(readings);
    const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
    const links = [
        ...new Set(readings.filter((r) => r.state !== 'aligned' && r.problem !== 'file missing').map((r) => r.path)),
    ].map((path) => ({
        title: `${path} at ${ctx.sha.slice(0, 7)}`,
        url: `${ctx.serverUrl}/${repo}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}`,
    }));
    const invalid = readings.filter((r) => r.state === 'invalid');
    if (invalid.length > 0) {
        const problems = [...new Set(invalid.map((r) => r.problem))];
        return {
            status: 'error',
            code: 'VERSION_FILE_INVALID',
            message: `Cannot read the version: ${problems.join('; ')}.`,
            details,
            links,
        };
    }
    if (readings.some((r) => r.state === 'missing')) {
        return {
            status: 'fail',
            code: 'VERSION_FILE_MISSING',
            message: `Version not found at ${ctx.sha.slice(0, 7)}: ${summary}`,
            details,
            links,
        };
    }
    if (readings.some((r) => r.state === 'mismatch')) {
        const found = Object.keys(versionsFound(readings));
        return {
            status: 'fail',
            code: 'VERSION_MISMATCH',
            message: consistent
                ? `Versions disagree among the files${found.length > 1 ? ` (${found.length} different: ${found.join(', ')})` : ''}: ${summary}`
                : `Versions disagree with ${params.expect}: ${summary}`,
            details,
            links,
        };
    }
    const stated = consistent ? readings[0].value : params.expect;
    return {
        status: 'pass',
        code: 'VERSIONS_ALIGNED',
        message: `${readings.length === 1 ? 'The version entry states' : `All ${readings.length} version entries state`} ${stated}${consistent ? ' (consistent)' : ''}: ${summary}`,
        details,
    };
}
/** Reads every entry; each file is parsed once however many pointers read it. */
function readVersions(params, files) {
    const parsed = new Map();
    const parse = (path, text) => {
        let result = parsed.get(path);
        if (!result) {
            try {
                result = { document: parseVersionFile(path, text) };
            }
            catch (error) {
                if (!(error instanceof VersionFileSyntaxError))
                    throw error;
                result = { error: error.message };
            }
            parsed.set(path, result);
        }
        return result;
    };
    return params.files.map((spec) => {
        const entry = 'regex' in spec ? { path: spec.path, regex: spec.regex } : { path: spec.path, pointer: spec.pointer };
        const file = files.get(spec.path);
        if (!file)
            return { ...entry, value: null, state: 'missing', problem: 'file missing' };
        const judged = (value) => ({
            ...entry,
            value,
            state: value === params.expect ? 'aligned' : 'mismatch',
        });
        if ('regex' in spec) {
            const match = new RegExp(spec.regex, REGEX_FLAGS).exec(file.text);
            return match?.[1] !== undefined
                ? judged(match[1])
                : { ...entry, value: null, state: 'missing', problem: 'no match' };
        }
        const result = parse(spec.path, file.text);
        if ('error' in result)
            return { ...entry, value: null, state: 'invalid', problem: result.error };
        const lookup = resolvePointer(result.document, spec.pointer);
        if (!lookup.found) {
            const where = lookup.missingAt === spec.pointer ? 'not found' : `not found (nothing at ${lookup.missingAt})`;
            return { ...entry, value: null, state: 'missing', problem: where };
        }
        const text = versionText(lookup.value);
        if (text === null)
            return {
                ...entry,
                value: null,
                state: 'mismatch',
                problem: inheritsWorkspaceVersion(lookup.value)
                    ? "inherits the workspace's version (version.workspace = true): read /workspace/package/version of the workspace's Cargo.toml instead"
                    : `${describeValueKind(lookup.value)}, not a version`,
            };
        return judged(text);
    });
}
/** A Cargo member's `version.workspace = true`, which reads as the table {workspace: true}. */
function inheritsWorkspaceVersion(value) {
    return typeof value === 'object' && value !== null && value.workspace === true;
}
/**
 * With `expect: consistent`: the version most entries state is the one the others are measured
 * against; when no single version is the most common, every entry with a value disagrees.
 */
function compareAmongThemselves(readings) {
    const common = commonVersion(readings);
    return readings.map((reading) => reading.value === null || reading.state === 'invalid' || reading.state === 'missing'
        ? reading
        : { ...reading, state: reading.value === common ? 'aligned' : 'mismatch' });
}
/** The version stated by more entries than any other, or null on a tie. */
function commonVersion(readings) {
    const counts = [...Object.entries(versionsFound(readings))].map(([value, paths]) => [value, paths.length]);
    counts.sort((a, b) => b[1] - a[1]);
    if (counts.length === 0 || (counts.length > 1 && counts[0][1] === counts[1][1]))
        return null;
    return counts[0][0];
}
/** Version \u2192 the entries (`path pointer`) that state it, in policy order. */
function versionsFound(readings) {
    const found = {};
    for (const reading of readings) {
        if (reading.value === null)
            continue;
        (found[reading.value] ??= []).push(`${reading.path} ${locatorOf(reading)}`);
    }
    return found;
}
function locatorOf(reading) {
    return reading.regex !== undefined
        ? `=~ /${reading.regex}/`
        : reading.pointer === ''
            ? '(whole file)'
            : reading.pointer;
}
/**
 * `Cargo.toml /package/version = 1.2.0 \u2713`, `\u2026 = 1.1.9 \u2717 (expected 1.2.0)`, `\u2026: file missing \u2717`;
 * with `expect: consistent` and no most common version, `\u2026 = 1.1.9 \u2717`.
 */
function describeReading(reading, expected) {
    const head = `${reading.path} ${locatorOf(reading)}`;
    if (reading.state === 'aligned')
        return `${head} = ${reading.value} \u2713`;
    if (reading.value !== null)
        return `${head} = ${reading.value} \u2717${expected === null ? '' : ` (expected ${expected})`}`;
    return `${head}: ${reading.problem} \u2717`;
}

;// CONCATENATED MODULE: ./src/gates/workflow-green.ts


/** A commit with more runs of one workflow than this is not a case worth another request. */
const workflow_green_RUNS_PER_COMMIT_LIMIT = 300;
const workflowGreenGate = {
    type: 'workflow_green',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow'],
        properties: {
            workflow: job_match_WORKFLOW_FILE_SCHEMA,
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
        const { runs } = await (0,facts_runs/* workflowRuns */.A_)(facts, ctx.repository, { workflow: params.workflow, headSha: ctx.sha }, { maxRuns: workflow_green_RUNS_PER_COMMIT_LIMIT, enough: (seen) => params.require === 'latest' || seen.some(isGreen) });
        return { runs };
    },
    judge: judgeWorkflowGreen,
};
function isGreen(run) {
    return run.status === 'completed' && run.conclusion === 'success';
}
function judgeWorkflowGreen(params, facts, ctx) {
    if (!ctx.sha)
        return noCommitVerdict(params.workflow);
    const commit = job_match_shortSha(ctx.sha);
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
        const label = runLabel(params.workflow, run, commit);
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

;// CONCATENATED MODULE: ./src/gates/registry.ts
// Every gate type the policy may name. Adding a type here is all the engine needs; `registered`
// widens each type's own parameters and facts to the registry's, so there is no cast here.





















const GATE_TYPES = [
    registered(approvalGate),
    registered(attestationsGate),
    registered(buildProvenanceGate),
    registered(evidenceGate),
    registered(failureBudgetGate),
    registered(freezeWindowGate),
    registered(homebrewFormulaGate),
    registered(jobsSucceededGate),
    registered(metricBudgetsGate),
    registered(openIssuesGate),
    registered(policyDriftGate),
    registered(refOnBranchGate),
    registered(releaseAssetsGate),
    registered(releaseMetadataGate),
    registered(requiredChecksGate),
    registered(runStreakGate),
    registered(sbomLicensesGate),
    registered(secretsPresentGate),
    registered(versionAlignmentGate),
    registered(workflowGreenGate),
];


/***/ }),

/***/ 67441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ connectOnFirstUse)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
// The API client (Octokit, its endpoint table, the proxy-aware fetch) is the larger part of
// the bundle's start-up. A policy of local gates never reads GitHub, so the client module is
// imported only when the first fact is loaded from GitHub (FactStore.connect).

/** Clients for `token` and `externalToken`, built when first called. */
function connectOnFirstUse(tokens, options) {
    return async () => {
        let createGitHub;
        try {
            ({ createGitHub } = await Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(865), __webpack_require__.e(345)]).then(__webpack_require__.bind(__webpack_require__, 85345)));
        }
        catch (error) {
            // A dist/ copied without its chunk files: every gate that reads GitHub says so.
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('CLIENT_NOT_LOADED', `Cannot load the GitHub API client: ${error.message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`);
        }
        const github = tokens.token ? createGitHub({ ...options, token: tokens.token }) : null;
        const externalGithub = tokens.externalToken
            ? createGitHub({ ...options, token: tokens.externalToken })
            : github;
        return { github, externalGithub };
    };
}


/***/ }),

/***/ 16475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ RequestCounter)
/* harmony export */ });
// Kept apart from client.ts: every evaluation counts requests, but only one that reads
// GitHub loads the API client (see FactStore.connect).
/**
 * Counts HTTP requests (retries included) across every client of one evaluation, and bounds
 * how many are in flight at once: gates start together, GitHub frowns on bursts.
 */
class RequestCounter {
    maxInFlight;
    count = 0;
    inFlight = 0;
    waiting = [];
    constructor(maxInFlight = 6) {
        this.maxInFlight = maxInFlight;
    }
    async run(request) {
        if (this.inFlight >= this.maxInFlight)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.inFlight++;
        this.count++;
        try {
            return await request();
        }
        finally {
            this.inFlight--;
            this.waiting.shift()?.();
        }
    }
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ toGateError),
/* harmony export */   kt: () => (/* binding */ isRateLimitError)
/* harmony export */ });
/* unused harmony export permissionFor */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20984);
// Turns HTTP failures into gate errors a person can act on: which permission to grant,
// which name was wrong, or that GitHub itself failed.


/**
 * The workflow permission a REST path needs (read, or write for a mutation). Only the part
 * after /repos/{owner}/{repo}/ decides: a repository called `actions` or a file under
 * `.github/actions/` is still `contents`.
 */
function permissionFor(method, url) {
    const level = ['GET', 'HEAD'].includes(method.toUpperCase()) ? 'read' : 'write';
    const path = safePath(url);
    if (/^\/(api\/)?graphql$/.test(path) || path.endsWith('/api/graphql'))
        return 'contents: read';
    if (/^(\/api\/v3)?\/search\/issues/.test(path))
        return `issues: ${level}`;
    const route = /^(?:\/api\/v3)?\/repos\/[^/]+\/[^/]+\/(.*)$/.exec(path)?.[1] ?? '';
    const [first = '', , third = ''] = route.split('/');
    if (first === 'actions')
        return `actions: ${level}`;
    if (first === 'attestations')
        return `attestations: ${level}`;
    if (first === 'check-runs' || first === 'check-suites')
        return `checks: ${level}`;
    if (first === 'statuses')
        return `statuses: ${level}`;
    if (first === 'commits' && (third === 'check-runs' || third === 'check-suites'))
        return `checks: ${level}`;
    if (first === 'commits' && (third === 'status' || third === 'statuses'))
        return `statuses: ${level}`;
    if (first === 'commits' && third === 'pulls')
        return `pull-requests: ${level}`;
    if (first === 'pulls')
        return `pull-requests: ${level}`;
    if (first === 'issues' || first === 'milestones' || first === 'labels')
        return `issues: ${level}`;
    return `contents: ${level}`;
}
function safePath(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
function describeRequest(e) {
    const method = e.request?.method ?? 'GET';
    const url = e.request?.url ?? '';
    return `${method} ${safePath(url)}`;
}
function isRateLimited(e) {
    const headers = e.response?.headers ?? {};
    const text = String(e.message ?? '').toLowerCase();
    return headers['x-ratelimit-remaining'] === '0' || text.includes('rate limit');
}
/**
 * A rate limit, primary or secondary, from REST (429, or 403 with the rate-limit header or words)
 * or GraphQL (whose RATE_LIMITED error says "rate limit exceeded" without a status). Worth knowing
 * apart from other refusals: a fallback to more requests would only make it worse.
 */
function isRateLimitError(error) {
    const e = (error ?? {});
    if (e.status === 429)
        return true;
    if (e.status === 403 && isRateLimited(e))
        return true;
    return String(e.message ?? '')
        .toLowerCase()
        .includes('rate limit exceeded');
}
/**
 * Maps any error thrown by a GitHub read to a GateError. `what` names the thing being read
 * (`workflow 'ci.yml'`), so a 404 says which name was wrong; `notFound` replaces the 404's
 * code and message where the caller knows better which name it was.
 */
function toGateError(error, what, notFound) {
    if (error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue)
        return error;
    const e = (error ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status === 404 && notFound)
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(notFound.code, notFound.message, { status: 404, ...notFound.details });
    const request = describeRequest(e);
    const permission = permissionFor(e.request?.method ?? 'GET', e.request?.url ?? '');
    const details = { status: status ?? null, request };
    const reason = firstLine(e.message ?? String(error));
    // No answer came back: say what failed on the way, never the status Octokit invents (500).
    const transport = error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX ? error.failure : (0,_transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .transportFailure */ .qO)(error);
    if (transport) {
        const told = error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX ? error.message : `${transport.reason} (${transport.errorCode})`;
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `Could not read ${what} (${request}): ${told}`, {
            request,
            transport: transport.errorCode,
        });
    }
    if (status === 401) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('BAD_CREDENTIALS', `GitHub rejected the token reading ${what} (401 on ${request}): check the \`token\` input.`, details);
    }
    if (status === 429 || (status === 403 && isRateLimited(e))) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('RATE_LIMITED', `GitHub rate limit reached reading ${what} (403 on ${request}); retry later or use a token with a higher limit.`, details);
    }
    if (status === 403) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('PERMISSION_DENIED', `The token lacks \`${permission}\` to read ${what} (403 on ${request}: ${reason}). Grant \`permissions: ${permission}\` in the workflow.`, { ...details, permission });
    }
    if (status === 404) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_FOUND', `${capitalize(what)} not found (404 on ${request}). Check the name, or that the token can see it (\`${permission}\`).`, { ...details, permission });
    }
    if (status === 410) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('GONE', `${capitalize(what)} is gone (410 on ${request}).`, details);
    }
    if (status === 422) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_REQUEST', `GitHub refused the request for ${what} (422 on ${request}: ${reason}).`, details);
    }
    if (/abort|timeout|timed out/i.test(reason)) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TIMEOUT', `Timed out reading ${what} (${request}).`, details);
    }
    if (status !== undefined && status >= 500) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub failed reading ${what} (${status} on ${request}) after retries: ${reason}`, details);
    }
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `Could not read ${what} (${request}): ${reason}`, details);
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 300);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ graphqlGateError)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
// GraphQL failures as gate errors. GitHub answers a GraphQL query with HTTP 200 and an `errors`
// list whose entries carry a `type` (NOT_FOUND, FORBIDDEN, RATE_LIMITED); a failure before the
// query ran is an HTTP status like any REST request, mapped by toGateError.


/** The permission every GraphQL read needs at least; toGateError names it for `/graphql`. */
const GRAPHQL_PERMISSION = 'contents: read';
/**
 * A GraphQL failure reading `what` in `repo` as a gate error naming `permission`: the scope the
 * query's objects need (`pull-requests: read` for pull requests and reviews).
 */
function graphqlGateError(error, repo, what, permission = GRAPHQL_PERMISSION) {
    const errors = error?.errors;
    if (!Array.isArray(errors)) {
        const mapped = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, what);
        if (permission === GRAPHQL_PERMISSION ||
            (mapped.code !== 'PERMISSION_DENIED' && mapped.code !== 'NOT_FOUND'))
            return mapped;
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(mapped.code, mapped.message.replaceAll(GRAPHQL_PERMISSION, permission), {
            ...mapped.details,
            permission,
        });
    }
    const first = errors[0] ?? {};
    const message = (first.message ?? 'unknown error').split('\n')[0] ?? '';
    if (first.type === 'NOT_FOUND') {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_FOUND', `Repository ${repo.owner}/${repo.repo} not found reading ${what} (${message}). Check the name, or that the token can see it (\`${permission}\`).`, { permission });
    }
    // "Resource not accessible by integration": an app token without the scope, said without a type.
    if (first.type === 'FORBIDDEN' || /not accessible by integration/i.test(message)) {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('PERMISSION_DENIED', `The token lacks \`${permission}\` to read ${what} (${message}). Grant \`permissions: ${permission}\` in the workflow.`, { permission });
    }
    if (first.type === 'RATE_LIMITED') {
        return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('RATE_LIMITED', `GitHub's GraphQL rate limit was reached reading ${what}; retry later.`);
    }
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('API_ERROR', `GitHub's GraphQL API refused the query for ${what}: ${message}`, {
        errors: errors.slice(0, 5),
    });
}


/***/ }),

/***/ 20984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p5: () => (/* binding */ failFastOnLastingTransportFailure),
/* harmony export */   qO: () => (/* binding */ transportFailure),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* unused harmony export describeTransportFailure */
const FAILURES = {
    ECONNREFUSED: { reason: 'connection refused', lasting: true },
    ENOTFOUND: { reason: 'host not found', lasting: true },
    EAI_AGAIN: { reason: 'host name lookup failed (temporary DNS failure)', lasting: false },
    EHOSTUNREACH: { reason: 'host unreachable', lasting: true },
    ENETUNREACH: { reason: 'network unreachable', lasting: true },
    ECONNRESET: { reason: 'connection reset', lasting: false },
    EPIPE: { reason: 'connection closed while sending', lasting: false },
    ETIMEDOUT: { reason: 'connection timed out', lasting: false },
    UND_ERR_CONNECT_TIMEOUT: { reason: 'connection timed out', lasting: false },
    UND_ERR_SOCKET: { reason: 'connection closed by the server', lasting: false },
    UND_ERR_HEADERS_TIMEOUT: { reason: 'no answer from the server (headers timeout)', lasting: false },
    CERT_HAS_EXPIRED: { reason: 'TLS certificate has expired', lasting: true },
    DEPTH_ZERO_SELF_SIGNED_CERT: {
        reason: 'self-signed TLS certificate (set NODE_EXTRA_CA_CERTS)',
        lasting: true,
    },
    SELF_SIGNED_CERT_IN_CHAIN: {
        reason: 'self-signed TLS certificate in the chain (set NODE_EXTRA_CA_CERTS)',
        lasting: true,
    },
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
        reason: 'TLS certificate cannot be verified (set NODE_EXTRA_CA_CERTS)',
        lasting: true,
    },
    ERR_TLS_CERT_ALTNAME_INVALID: { reason: "TLS certificate does not match the host's name", lasting: true },
};
/** Node's fetch refuses some ports itself (`bad port`: 1, 9, 25, ...) without a socket error. */
const BAD_PORT = /^bad port$/i;
/**
 * The transport failure somewhere in `error`'s cause chain (Octokit's RequestError \u2192 fetch's
 * TypeError \u2192 the socket error), or null when the failure is not one (an HTTP answer, a
 * timeout of our own, a parse error).
 */
function transportFailure(error) {
    const seen = new Set();
    for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
        seen.add(current);
        const { code, message, cause } = current;
        if (typeof code === 'string' && Object.hasOwn(FAILURES, code))
            return { errorCode: code, ...FAILURES[code] };
        if (typeof message === 'string' && BAD_PORT.test(message))
            return {
                errorCode: 'ERR_BAD_PORT',
                reason: 'port refused by fetch (a port reserved for other protocols)',
                lasting: true,
            };
        current = cause;
    }
    return null;
}
/** `cannot connect to GITHUB_API_URL http://127.0.0.1:8080: connection refused`. */
function describeTransportFailure(failure, apiUrl) {
    return `cannot connect to GITHUB_API_URL ${apiUrl}: ${failure.reason}`;
}
/**
 * A request that failed below HTTP. It carries no `status`, so Octokit's retry plugin (which
 * retries by status) leaves it alone and nothing downstream can report a status that never came.
 */
class TransportError extends Error {
    failure;
    apiUrl;
    request;
    constructor(failure, apiUrl, 
    /** Octokit's request options, for naming the request (method and path). */
    request, options) {
        super(describeTransportFailure(failure, apiUrl), options);
        this.failure = failure;
        this.apiUrl = apiUrl;
        this.request = request;
        this.name = 'TransportError';
    }
}
/**
 * An Octokit plugin (put it before plugin-retry, so it sees each attempt first): a lasting
 * transport failure is retried briefly (`delaysMs`), then thrown as a TransportError at once,
 * instead of plugin-retry's quadratic backoff of a status 500 that never happened.
 */
function failFastOnLastingTransportFailure(apiUrl, delaysMs = [200, 500], sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            for (let attempt = 0;; attempt++) {
                try {
                    return await request(options);
                }
                catch (error) {
                    const failure = transportFailure(error);
                    if (!failure || !failure.lasting)
                        throw error;
                    if (attempt < delaysMs.length) {
                        await sleep(delaysMs[attempt]);
                        continue;
                    }
                    // Octokit's RequestError names the request with its URL expanded; the options hold the route.
                    const request = error.request ?? {
                        method: options.method,
                        url: requestUrl(apiUrl, options.url),
                    };
                    throw new TransportError(failure, apiUrl, { method: request.method, url: request.url }, { cause: error });
                }
            }
        });
        return {};
    };
}
function requestUrl(apiUrl, url) {
    if (!url)
        return undefined;
    // Octokit's options hold the route (`/repos/{owner}/{repo}`) or an absolute URL.
    return /^https?:\/\//.test(url)
        ? url
        : `${apiUrl.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
}


/***/ }),

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
// The action's inputs (SPEC \u00a72) as one typed, validated settings object. Every bad value is
// rejected here, before any gate runs, quoting the value and naming what is accepted.
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const INPUT_DEFAULTS = {
    policy: '.github/release-gates.yml',
    stage: 'auto',
    report_dir: 'dist/maturity',
};
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function booleanInput(read, name, fallback) {
    const raw = read(name).trim();
    if (raw === '')
        return fallback;
    if (TRUE_WORDS.includes(raw))
        return true;
    if (FALSE_WORDS.includes(raw))
        return false;
    throw new InputError(`Invalid ${name} '${raw}'. Expected true or false.`);
}
function optional(read, name) {
    const raw = read(name).trim();
    return raw === '' ? null : raw;
}
const SHA_PATTERN = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const STAGE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
// git check-ref-format, the parts that matter for a name we pass to the API. Control
// characters are exactly what it must refuse, hence the rule exception.
// eslint-disable-next-line no-control-regex
const BAD_REF = /(^\/|\/$|\/\/|\.\.|@\{|[\x00-\x20~^:?*[\\\x7f]|\.lock$|^-)/;
function parseSettings(read) {
    const policy = optional(read, 'policy') ?? INPUT_DEFAULTS.policy;
    const stage = optional(read, 'stage') ?? INPUT_DEFAULTS.stage;
    if (stage !== 'auto' && !STAGE_PATTERN.test(stage)) {
        throw new InputError(`Invalid stage '${stage}'. Expected auto or a stage name from the policy (letters, digits, _ and -).`);
    }
    const ref = optional(read, 'ref');
    if (!ref)
        throw new InputError(`Invalid ref ''. Expected a branch or tag, short (v1.2.0) or full (refs/tags/v1.2.0).`);
    if (BAD_REF.test(ref))
        throw new InputError(`Invalid ref '${ref}'. Expected a valid git ref name, short (v1.2.0) or full (refs/tags/v1.2.0).`);
    const policyRef = optional(read, 'policy_ref');
    if (policyRef && BAD_REF.test(policyRef))
        throw new InputError(`Invalid policy_ref '${policyRef}'. Expected a branch, tag or commit sha.`);
    const sha = optional(read, 'sha');
    if (sha && !SHA_PATTERN.test(sha))
        throw new InputError(`Invalid sha '${sha}'. Expected a full 40-character (or 64-character) lowercase hex commit id, or empty to resolve the ref.`);
    const buildRunRaw = optional(read, 'build_run_id');
    if (buildRunRaw && !(/^[1-9]\d*$/.test(buildRunRaw) && Number.isSafeInteger(Number(buildRunRaw)))) {
        throw new InputError(`Invalid build_run_id '${buildRunRaw}'. Expected a workflow run id (a positive integer), or empty to find the build run.`);
    }
    const baseTag = optional(read, 'base_tag');
    if (baseTag && BAD_REF.test(baseTag))
        throw new InputError(`Invalid base_tag '${baseTag}'. Expected a tag name.`);
    const overrideFreeze = booleanInput(read, 'override_freeze', false);
    const overrideReason = optional(read, 'override_reason');
    if (overrideFreeze && !overrideReason) {
        throw new InputError(`override_freeze is true but override_reason is empty. Say why the freeze is broken; the reason is recorded in the report.`);
    }
    const reportDir = optional(read, 'report_dir') ?? INPUT_DEFAULTS.report_dir;
    return {
        policy,
        policyRef,
        stage,
        ref,
        sha,
        buildRunId: buildRunRaw ? Number(buildRunRaw) : null,
        baseTag,
        rehearsal: booleanInput(read, 'rehearsal', false),
        overrideFreeze,
        overrideReason,
        token: optional(read, 'token'),
        externalToken: optional(read, 'external_token'),
        reportDir,
        uploadReport: booleanInput(read, 'upload_report', true),
        summary: booleanInput(read, 'summary', true),
        failOnBlocking: booleanInput(read, 'fail_on_blocking', true),
        fileBlockers: booleanInput(read, 'file_blockers', false),
    };
}


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Qy: () => (/* binding */ OVERRIDE_PERMISSIONS),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
// The vocabulary shared by every layer: the policy, the engine, the gates, the facts, the GitHub edge and the reports. Imports nothing from src/.
const MODES = ['required', 'report_only', 'off'];
const OVERRIDE_PERMISSIONS = ['none', 'write', 'maintain', 'admin'];
/** A raised gate error that carries its own code (e.g. a permission problem). */
class GateError extends Error {
    code;
    details;
    constructor(code, message, details = {}) {
        super(message);
        this.code = code;
        this.details = details;
        this.name = 'GateError';
    }
}


/***/ }),

/***/ 67615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: validatorFor

// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __webpack_require__(42425);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/model/types.ts
var model_types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/policy/schema-errors.ts
var schema_errors = __webpack_require__(91591);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/policy/generated/document-validator.ts
// Generated by `npm run generate` (scripts/precompile.ts) from the gate registry. Do not edit.
/* eslint-disable */
// @ts-nocheck

const policy = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://release-gates.dev/schemas/policy.schema.json", "title": "release-gates policy", "description": "Stages, the gates each stage evaluates, and the gates themselves.", "type": "object", "additionalProperties": false, "required": ["version", "stages", "gates"], "properties": { "version": { "description": "Policy format version.", "const": 1 }, "extends": { "description": "A base policy in another repository, OWNER/REPO/PATH@REF; local stages and gates override it by key.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$" }, "stages": { "description": "Maturity stages by name.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "additionalProperties": { "$ref": "#/$defs/stage" } }, "gates": { "description": "Gate definitions by id.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$" }, "additionalProperties": { "$ref": "#/$defs/gate" } }, "overrides": { "description": "Break-glass settings.", "type": "object", "additionalProperties": false, "properties": { "reason_min_length": { "description": "Minimum length of override_reason.", "type": "integer", "minimum": 1, "default": 20 }, "allowed_actors": { "description": "GitHub logins (case-insensitive) who may break glass; an override by anyone else is refused (OVERRIDE_NOT_ALLOWED). With min_permission too, the actor must be listed and have that permission.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" } }, "min_permission": { "description": "The least permission on the repository the actor needs to break glass, read through the API (the role, e.g. maintain; a custom role counts as its base role). `none` asks nothing.", "enum": ["none", "write", "maintain", "admin"] } } } }, "$defs": { "stage": { "type": "object", "additionalProperties": false, "required": ["gates"], "properties": { "description": { "type": "string" }, "match": { "description": "Glob patterns (picomatch) for ref names; patterns starting with refs/ match the full ref.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "gates": { "description": "Gate id \u2192 mode.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$" }, "additionalProperties": { "enum": ["required", "report_only", "off"] } } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["approval", "attestations", "build_provenance", "evidence", "failure_budget", "freeze_window", "homebrew_formula", "jobs_succeeded", "metric_budgets", "open_issues", "policy_drift", "ref_on_branch", "release_assets", "release_metadata", "required_checks", "run_streak", "sbom_licenses", "secrets_present", "version_alignment", "workflow_green"] }, "description": { "type": "string" }, "overridable": { "description": "May be broken with override_freeze and a reason.", "type": "boolean", "default": false }, "with": { "type": "object" } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["attestations", "evidence", "failure_budget", "freeze_window", "homebrew_formula", "jobs_succeeded", "metric_budgets", "release_assets", "required_checks", "run_streak", "secrets_present", "version_alignment", "workflow_green"] } }, "required": ["type"] }, "then": { "properties": { "with": true }, "required": ["with"] } }] } } };
const schema32 = { "type": "object", "additionalProperties": false, "required": ["gates"], "properties": { "description": { "type": "string" }, "match": { "description": "Glob patterns (picomatch) for ref names; patterns starting with refs/ match the full ref.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "gates": { "description": "Gate id \u2192 mode.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$" }, "additionalProperties": { "enum": ["required", "report_only", "off"] } } } };
const schema33 = { "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["approval", "attestations", "build_provenance", "evidence", "failure_budget", "freeze_window", "homebrew_formula", "jobs_succeeded", "metric_budgets", "open_issues", "policy_drift", "ref_on_branch", "release_assets", "release_metadata", "required_checks", "run_streak", "sbom_licenses", "secrets_present", "version_alignment", "workflow_green"] }, "description": { "type": "string" }, "overridable": { "description": "May be broken with override_freeze and a reason.", "type": "boolean", "default": false }, "with": { "type": "object" } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["attestations", "evidence", "failure_budget", "freeze_window", "homebrew_formula", "jobs_succeeded", "metric_budgets", "release_assets", "required_checks", "run_streak", "secrets_present", "version_alignment", "workflow_green"] } }, "required": ["type"] }, "then": { "properties": { "with": true }, "required": ["with"] } }] };
const pattern4 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", "u");
const func1 = ucs2length["default"]["default"] ?? ucs2length["default"];
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://release-gates.dev/schemas/policy.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.stages === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stages" }, message: "must have required property '" + "stages" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.gates === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property '" + "gates" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((key0 === "version") || (key0 === "extends")) || (key0 === "stages")) || (key0 === "gates")) || (key0 === "overrides"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (1 !== data0) {
            const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.extends !== undefined) {
        let data1 = data.extends;
        if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
                const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$", parentSchema: schema31.properties.extends, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.extends.type, parentSchema: schema31.properties.extends, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.stages !== undefined) {
        let data2 = data.stages;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (Object.keys(data2).length < 1) {
                const err7 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.stages, data: data2 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            for (const key1 in data2) {
                const _errs7 = errors;
                if (typeof key1 === "string") {
                    if (!pattern5.test(key1)) {
                        const err8 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9_-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema31.properties.stages.propertyNames, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                var valid1 = _errs7 === errors;
                if (!valid1) {
                    const err9 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema31.properties.stages.propertyNames, parentSchema: schema31.properties.stages, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            for (const key2 in data2) {
                let data3 = data2[key2];
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    if (data3.gates === undefined) {
                        const err10 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stage/required", keyword: "required", params: { missingProperty: "gates" }, message: "must have required property '" + "gates" + "'", schema: schema32.required, parentSchema: schema32, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    for (const key3 in data3) {
                        if (!(((key3 === "description") || (key3 === "match")) || (key3 === "gates"))) {
                            const err11 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data3.description !== undefined) {
                        let data4 = data3.description;
                        if (typeof data4 !== "string") {
                            const err12 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/stage/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data3.match !== undefined) {
                        let data5 = data3.match;
                        if (Array.isArray(data5)) {
                            if (data5.length < 1) {
                                const err13 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/$defs/stage/properties/match/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.match, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            const len0 = data5.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data6 = data5[i0];
                                if (typeof data6 === "string") {
                                    if (func1(data6) < 1) {
                                        const err14 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match/" + i0, schemaPath: "#/$defs/stage/properties/match/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.match.items, data: data6 };
                                        if (vErrors === null) {
                                            vErrors = [err14];
                                        }
                                        else {
                                            vErrors.push(err14);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err15 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match/" + i0, schemaPath: "#/$defs/stage/properties/match/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.match.items.type, parentSchema: schema32.properties.match.items, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/$defs/stage/properties/match/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.match.type, parentSchema: schema32.properties.match, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data3.gates !== undefined) {
                        let data7 = data3.gates;
                        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            for (const key4 in data7) {
                                const _errs21 = errors;
                                if (typeof key4 === "string") {
                                    if (!pattern6.test(key4)) {
                                        const err17 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates", schemaPath: "#/$defs/stage/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema32.properties.gates.propertyNames, data: key4, propertyName: key4 };
                                        if (vErrors === null) {
                                            vErrors = [err17];
                                        }
                                        else {
                                            vErrors.push(err17);
                                        }
                                        errors++;
                                    }
                                }
                                var valid7 = _errs21 === errors;
                                if (!valid7) {
                                    const err18 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates", schemaPath: "#/$defs/stage/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema32.properties.gates.propertyNames, parentSchema: schema32.properties.gates, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                            for (const key5 in data7) {
                                let data8 = data7[key5];
                                if (!(((data8 === "required") || (data8 === "report_only")) || (data8 === "off"))) {
                                    const err19 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stage/properties/gates/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema32.properties.gates.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.gates.additionalProperties.enum, parentSchema: schema32.properties.gates.additionalProperties, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/gates", schemaPath: "#/$defs/stage/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.gates.type, parentSchema: schema32.properties.gates, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/stages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.stages.type, parentSchema: schema31.properties.stages, data: data2 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.gates !== undefined) {
        let data9 = data.gates;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key6 in data9) {
                const _errs26 = errors;
                if (typeof key6 === "string") {
                    if (!pattern6.test(key6)) {
                        const err23 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9_.-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.gates.propertyNames, data: key6, propertyName: key6 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                var valid9 = _errs26 === errors;
                if (!valid9) {
                    const err24 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema31.properties.gates.propertyNames, parentSchema: schema31.properties.gates, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            for (const key7 in data9) {
                let data10 = data9[key7];
                const _errs32 = errors;
                let valid13 = true;
                const _errs33 = errors;
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    let missing0;
                    if ((data10.type === undefined) && (missing0 = "type")) {
                        const err25 = {};
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    else {
                        if (data10.type !== undefined) {
                            let data11 = data10.type;
                            if (!(((((((((((((data11 === "attestations") || (data11 === "evidence")) || (data11 === "failure_budget")) || (data11 === "freeze_window")) || (data11 === "homebrew_formula")) || (data11 === "jobs_succeeded")) || (data11 === "metric_budgets")) || (data11 === "release_assets")) || (data11 === "required_checks")) || (data11 === "run_streak")) || (data11 === "secrets_present")) || (data11 === "version_alignment")) || (data11 === "workflow_green"))) {
                                const err26 = {};
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                    }
                }
                var _valid0 = _errs33 === errors;
                errors = _errs32;
                if (vErrors !== null) {
                    if (_errs32) {
                        vErrors.length = _errs32;
                    }
                    else {
                        vErrors = null;
                    }
                }
                if (_valid0) {
                    const _errs35 = errors;
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.with === undefined) {
                            const err27 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/allOf/0/then/required", keyword: "required", params: { missingProperty: "with" }, message: "must have required property '" + "with" + "'", schema: schema33.allOf[0].then.required, parentSchema: schema33.allOf[0].then, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs35 === errors;
                    valid13 = _valid0;
                    if (valid13) {
                        var props0 = {};
                        props0.with = true;
                        props0.type = true;
                    }
                }
                if (!valid13) {
                    const err28 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema33.allOf[0].if, parentSchema: schema33.allOf[0], data: data10 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.type === undefined) {
                        const err29 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema33.required, parentSchema: schema33, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key8 in data10) {
                        if (!((((key8 === "type") || (key8 === "description")) || (key8 === "overridable")) || (key8 === "with"))) {
                            const err30 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data10.type !== undefined) {
                        let data12 = data10.type;
                        if (!((((((((((((((((((((data12 === "approval") || (data12 === "attestations")) || (data12 === "build_provenance")) || (data12 === "evidence")) || (data12 === "failure_budget")) || (data12 === "freeze_window")) || (data12 === "homebrew_formula")) || (data12 === "jobs_succeeded")) || (data12 === "metric_budgets")) || (data12 === "open_issues")) || (data12 === "policy_drift")) || (data12 === "ref_on_branch")) || (data12 === "release_assets")) || (data12 === "release_metadata")) || (data12 === "required_checks")) || (data12 === "run_streak")) || (data12 === "sbom_licenses")) || (data12 === "secrets_present")) || (data12 === "version_alignment")) || (data12 === "workflow_green"))) {
                            const err31 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/$defs/gate/properties/type/enum", keyword: "enum", params: { allowedValues: schema33.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.type.enum, parentSchema: schema33.properties.type, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data10.description !== undefined) {
                        let data13 = data10.description;
                        if (typeof data13 !== "string") {
                            const err32 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/gate/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.description.type, parentSchema: schema33.properties.description, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data10.overridable !== undefined) {
                        let data14 = data10.overridable;
                        if (typeof data14 !== "boolean") {
                            const err33 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/overridable", schemaPath: "#/$defs/gate/properties/overridable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.overridable.type, parentSchema: schema33.properties.overridable, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data10.with !== undefined) {
                        let data15 = data10.with;
                        if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                            const err34 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/with", schemaPath: "#/$defs/gate/properties/with/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.with.type, parentSchema: schema33.properties.with, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/gates/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gates.type, parentSchema: schema31.properties.gates, data: data9 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.overrides !== undefined) {
        let data16 = data.overrides;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key9 in data16) {
                if (!(((key9 === "reason_min_length") || (key9 === "allowed_actors")) || (key9 === "min_permission"))) {
                    const err37 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.overrides, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            if (data16.reason_min_length !== undefined) {
                let data17 = data16.reason_min_length;
                if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                    const err38 = { instancePath: instancePath + "/overrides/reason_min_length", schemaPath: "#/properties/overrides/properties/reason_min_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.overrides.properties.reason_min_length.type, parentSchema: schema31.properties.overrides.properties.reason_min_length, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if ((typeof data17 == "number") && (isFinite(data17))) {
                    if (data17 < 1 || isNaN(data17)) {
                        const err39 = { instancePath: instancePath + "/overrides/reason_min_length", schemaPath: "#/properties/overrides/properties/reason_min_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.overrides.properties.reason_min_length, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
            }
            if (data16.allowed_actors !== undefined) {
                let data18 = data16.allowed_actors;
                if (Array.isArray(data18)) {
                    if (data18.length < 1) {
                        const err40 = { instancePath: instancePath + "/overrides/allowed_actors", schemaPath: "#/properties/overrides/properties/allowed_actors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.overrides.properties.allowed_actors, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                    const len1 = data18.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data19 = data18[i1];
                        if (typeof data19 === "string") {
                            if (!pattern8.test(data19)) {
                                const err41 = { instancePath: instancePath + "/overrides/allowed_actors/" + i1, schemaPath: "#/properties/overrides/properties/allowed_actors/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", parentSchema: schema31.properties.overrides.properties.allowed_actors.items, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err42 = { instancePath: instancePath + "/overrides/allowed_actors/" + i1, schemaPath: "#/properties/overrides/properties/allowed_actors/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.overrides.properties.allowed_actors.items.type, parentSchema: schema31.properties.overrides.properties.allowed_actors.items, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                    }
                    let i2 = data18.length;
                    let j0;
                    if (i2 > 1) {
                        const indices0 = {};
                        for (; i2--;) {
                            let item0 = data18[i2];
                            if (typeof item0 !== "string") {
                                continue;
                            }
                            if (typeof indices0[item0] == "number") {
                                j0 = indices0[item0];
                                const err43 = { instancePath: instancePath + "/overrides/allowed_actors", schemaPath: "#/properties/overrides/properties/allowed_actors/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.overrides.properties.allowed_actors, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                                break;
                            }
                            indices0[item0] = i2;
                        }
                    }
                }
                else {
                    const err44 = { instancePath: instancePath + "/overrides/allowed_actors", schemaPath: "#/properties/overrides/properties/allowed_actors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.overrides.properties.allowed_actors.type, parentSchema: schema31.properties.overrides.properties.allowed_actors, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data16.min_permission !== undefined) {
                let data20 = data16.min_permission;
                if (!((((data20 === "none") || (data20 === "write")) || (data20 === "maintain")) || (data20 === "admin"))) {
                    const err45 = { instancePath: instancePath + "/overrides/min_permission", schemaPath: "#/properties/overrides/properties/min_permission/enum", keyword: "enum", params: { allowedValues: schema31.properties.overrides.properties.min_permission.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.overrides.properties.min_permission.enum, parentSchema: schema31.properties.overrides.properties.min_permission, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
        }
        else {
            const err46 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.overrides.type, parentSchema: schema31.properties.overrides, data: data16 };
            if (vErrors === null) {
                vErrors = [err46];
            }
            else {
                vErrors.push(err46);
            }
            errors++;
        }
    }
}
else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err47];
    }
    else {
        vErrors.push(err47);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const FINGERPRINT = "2100a48c1f63336971c85cbd804d5a27bc4ec3ceb26d4e31322d74518021fafe";

;// CONCATENATED MODULE: ./src/policy/generated/params/index.ts
// Generated by `npm run generate` (scripts/precompile.ts) from the gate registry. Do not edit.
const PARAMS_VALIDATORS = {
    "approval": () => __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 4312)),
    "attestations": () => __webpack_require__.e(/* import() */ 816).then(__webpack_require__.bind(__webpack_require__, 91816)),
    "build_provenance": () => __webpack_require__.e(/* import() */ 733).then(__webpack_require__.bind(__webpack_require__, 62733)),
    "evidence": () => __webpack_require__.e(/* import() */ 642).then(__webpack_require__.bind(__webpack_require__, 11642)),
    "failure_budget": () => __webpack_require__.e(/* import() */ 97).then(__webpack_require__.bind(__webpack_require__, 28097)),
    "freeze_window": () => __webpack_require__.e(/* import() */ 487).then(__webpack_require__.bind(__webpack_require__, 50487)),
    "homebrew_formula": () => __webpack_require__.e(/* import() */ 817).then(__webpack_require__.bind(__webpack_require__, 17817)),
    "jobs_succeeded": () => __webpack_require__.e(/* import() */ 453).then(__webpack_require__.bind(__webpack_require__, 56453)),
    "metric_budgets": () => __webpack_require__.e(/* import() */ 641).then(__webpack_require__.bind(__webpack_require__, 58022)),
    "open_issues": () => __webpack_require__.e(/* import() */ 70).then(__webpack_require__.bind(__webpack_require__, 3070)),
    "policy_drift": () => __webpack_require__.e(/* import() */ 609).then(__webpack_require__.bind(__webpack_require__, 58609)),
    "ref_on_branch": () => __webpack_require__.e(/* import() */ 415).then(__webpack_require__.bind(__webpack_require__, 95415)),
    "release_assets": () => __webpack_require__.e(/* import() */ 428).then(__webpack_require__.bind(__webpack_require__, 85428)),
    "release_metadata": () => __webpack_require__.e(/* import() */ 48).then(__webpack_require__.bind(__webpack_require__, 5048)),
    "required_checks": () => __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 80540)),
    "run_streak": () => __webpack_require__.e(/* import() */ 103).then(__webpack_require__.bind(__webpack_require__, 25103)),
    "sbom_licenses": () => __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 80461)),
    "secrets_present": () => __webpack_require__.e(/* import() */ 726).then(__webpack_require__.bind(__webpack_require__, 3726)),
    "version_alignment": () => __webpack_require__.e(/* import() */ 325).then(__webpack_require__.bind(__webpack_require__, 51325)),
    "workflow_green": () => __webpack_require__.e(/* import() */ 438).then(__webpack_require__.bind(__webpack_require__, 56438)),
};

;// CONCATENATED MODULE: ./src/policy/schema.ts
// The policy's JSON Schema is built from one source: the top-level shape below plus each
// registered gate type's parameter schema. schemas/policy.schema.json is this, written out
// (scripts/generate.ts) for editors and docs, and a test keeps the two equal.

const POLICY_SCHEMA_ID = 'https://release-gates.dev/schemas/policy.schema.json';
const STAGE_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';
const GATE_ID_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]*$';
/** The published schema: every gate type's parameters in full, for editors and docs/policy.md. */
function buildPolicySchema(gateTypes) {
    return policySchema(gateTypes, {
        allOf: gateTypes.map((g) => ({
            if: { properties: { type: { const: g.type } }, required: ['type'] },
            then: {
                properties: { with: { $ref: `#/$defs/params_${g.type}` } },
                ...(hasRequired(g.paramsSchema) ? { required: ['with'] } : {}),
            },
        })),
        defs: Object.fromEntries(gateTypes.map((g) => [`params_${g.type}`, g.paramsSchema])),
    });
}
/**
 * The schema the action validates a policy against: the published one without the gate types'
 * parameters (a `with` only has to be there when its type needs parameters). Each gate's
 * parameters are judged by its type's own validator, which runs anyway to fill defaults
 * (src/policy/validate.ts, which reports their errors where the published schema would);
 * judging them here too made every run load and compile a validator of 386 kB for nothing.
 */
function buildDocumentSchema(gateTypes) {
    const needWith = gateTypes.filter((g) => hasRequired(g.paramsSchema)).map((g) => g.type);
    return policySchema(gateTypes, {
        ...(needWith.length
            ? {
                allOf: [
                    {
                        if: { properties: { type: { enum: needWith } }, required: ['type'] },
                        // `with: true` declares what `required` names, as Ajv's strict mode asks.
                        then: { properties: { with: true }, required: ['with'] },
                    },
                ],
            }
            : {}),
        defs: {},
    });
}
function policySchema(gateTypes, 
/** The gate's rules about `with` per type, and the definitions they use. */
parameters) {
    const types = gateTypes.map((g) => g.type).sort();
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: POLICY_SCHEMA_ID,
        title: 'release-gates policy',
        description: 'Stages, the gates each stage evaluates, and the gates themselves.',
        type: 'object',
        additionalProperties: false,
        required: ['version', 'stages', 'gates'],
        properties: {
            version: { description: 'Policy format version.', const: 1 },
            extends: {
                description: 'A base policy in another repository, OWNER/REPO/PATH@REF; local stages and gates override it by key.',
                type: 'string',
                pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$',
            },
            stages: {
                description: 'Maturity stages by name.',
                type: 'object',
                minProperties: 1,
                propertyNames: { pattern: STAGE_NAME_PATTERN },
                additionalProperties: { $ref: '#/$defs/stage' },
            },
            gates: {
                description: 'Gate definitions by id.',
                type: 'object',
                propertyNames: { pattern: GATE_ID_PATTERN },
                additionalProperties: { $ref: '#/$defs/gate' },
            },
            overrides: {
                description: 'Break-glass settings.',
                type: 'object',
                additionalProperties: false,
                properties: {
                    reason_min_length: {
                        description: 'Minimum length of override_reason.',
                        type: 'integer',
                        minimum: 1,
                        default: 20,
                    },
                    allowed_actors: {
                        description: 'GitHub logins (case-insensitive) who may break glass; an override by anyone else is refused (OVERRIDE_NOT_ALLOWED). With min_permission too, the actor must be listed and have that permission.',
                        type: 'array',
                        minItems: 1,
                        uniqueItems: true,
                        items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$' },
                    },
                    min_permission: {
                        description: 'The least permission on the repository the actor needs to break glass, read through the API (the role, e.g. maintain; a custom role counts as its base role). `none` asks nothing.',
                        enum: [...model_types/* OVERRIDE_PERMISSIONS */.Qy],
                    },
                },
            },
        },
        $defs: {
            stage: {
                type: 'object',
                additionalProperties: false,
                required: ['gates'],
                properties: {
                    description: { type: 'string' },
                    match: {
                        description: 'Glob patterns (picomatch) for ref names; patterns starting with refs/ match the full ref.',
                        type: 'array',
                        minItems: 1,
                        items: { type: 'string', minLength: 1 },
                    },
                    gates: {
                        description: 'Gate id \u2192 mode.',
                        type: 'object',
                        propertyNames: { pattern: GATE_ID_PATTERN },
                        additionalProperties: { enum: [...model_types/* MODES */.FN] },
                    },
                },
            },
            gate: {
                type: 'object',
                additionalProperties: false,
                required: ['type'],
                properties: {
                    type: { enum: types },
                    description: { type: 'string' },
                    overridable: {
                        description: 'May be broken with override_freeze and a reason.',
                        type: 'boolean',
                        default: false,
                    },
                    with: { type: 'object' },
                },
                ...(parameters.allOf ? { allOf: parameters.allOf } : {}),
            },
            ...parameters.defs,
        },
    };
}
/** Parameters that cannot be empty: some are required, or one of several alternatives is. */
function hasRequired(schema) {
    if (Array.isArray(schema.required) && schema.required.length > 0)
        return true;
    const alternatives = (schema.oneOf ?? schema.anyOf);
    return Array.isArray(alternatives) && alternatives.every((a) => hasRequired(a));
}

;// CONCATENATED MODULE: ./src/policy/compiled.ts




/**
 * Identifies the schema a document validator was built from. Plain JSON.stringify: the schema
 * is an object built by this code, so its key order is fixed. Small (no gate parameters), so
 * checking it at every start costs little.
 */
function documentFingerprint(gateTypes) {
    return (0,normalize/* sha256Hex */.fg)(JSON.stringify(buildDocumentSchema(gateTypes)));
}
/** Identifies the schema a parameter validator was built from; computed only for the types used. */
function paramsFingerprint(gate) {
    return (0,normalize/* sha256Hex */.fg)(JSON.stringify(gate.paramsSchema));
}
async function policyValidators(gateTypes) {
    const byType = new Map(gateTypes.map((g) => [g.type, g]));
    // Ajv itself is loaded only when something has to be compiled.
    let ajv;
    const createAjv = async (options) => (await (ajv ??= Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 74777)))).createAjv(options);
    let compiler;
    const loadParams = async (gate) => {
        const module = Object.hasOwn(PARAMS_VALIDATORS, gate.type)
            ? await PARAMS_VALIDATORS[gate.type]()
            : undefined;
        if (module?.FINGERPRINT === paramsFingerprint(gate))
            return module.validate;
        return (await (compiler ??= createAjv({ useDefaults: true }))).compile(gate.paramsSchema);
    };
    const params = new Map();
    const paramsOf = (gate) => {
        let validator = params.get(gate.type);
        if (!validator)
            params.set(gate.type, (validator = loadParams(gate)));
        return validator;
    };
    const document = FINGERPRINT === documentFingerprint(gateTypes)
        ? policy
        : (await createAjv()).compile(buildDocumentSchema(gateTypes));
    return {
        document,
        async params(types) {
            const gates = [...new Set(types)].flatMap((type) => byType.get(type) ?? []);
            return new Map(await Promise.all(gates.map(async (g) => [g.type, await paramsOf(g)])));
        },
    };
}

// EXTERNAL MODULE: ./src/policy/templates.ts
var templates = __webpack_require__(83965);
;// CONCATENATED MODULE: ./src/policy/validate.ts
// Policy validation: the JSON Schema first (the document's shape and enums, then each gate's
// parameters by its type's schema, defaults filled), then what a schema cannot say (a stage
// using an undefined gate, unknown placeholders, gate specific checks). Every issue carries
// FILE:LINE:COL.




async function createPolicyValidator(gateTypes) {
    const { document: validateDocument, params: paramValidators } = await policyValidators(gateTypes);
    const byType = new Map(gateTypes.map((g) => [g.type, g]));
    return {
        gateTypes: byType,
        async validate(source) {
            const issue = (path, message, key = false) => ({
                ...source.positionOf(path, { key }),
                message,
            });
            const data = structuredClone(source.value);
            const loading = paramValidators(typesIn(data));
            const documentValid = validateDocument(data);
            // The document schema leaves `with` to each type's validator, which fills defaults too.
            const checked = validateParams(data, await loading);
            const paramErrors = new Map([...checked].filter(([, p]) => p.given && p.errors.length).map(([id, p]) => [id, p.errors]));
            if (!documentValid || paramErrors.size) {
                const errors = withParamErrors((0,schema_errors/* collapseOneOf */.H_)(validateDocument.errors ?? [], data), gateIds(data), paramErrors, data);
                const seen = new Set();
                const issues = errors
                    // `if` restates a `then` failure; `propertyNames` restates its `pattern` failure.
                    .filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames')
                    .map((e) => (0,schema_errors/* describeAjvError */.tN)(e, data))
                    .filter((d) => !seen.has(d.message) && seen.add(d.message))
                    .map((d) => issue(d.path, d.message, d.key));
                // Report every problem at once: the stage \u2192 gate references are checkable even when
                // some other part of the document is malformed.
                return { policy: null, issues: [...issues, ...undefinedGateIssues(data, issue)] };
            }
            const doc = data;
            const issues = [];
            const gates = {};
            for (const [id, raw] of Object.entries(doc.gates)) {
                const type = byType.get(raw.type);
                const { value, errors } = checked.get(id);
                // Past the document's errors, every `with` given is a valid mapping.
                const params = value;
                // Only a gate without `with` can fail here (its type's parameters cannot all be left
                // out, though the document schema asks for a `with` only when some are required).
                if (errors.length) {
                    // Described against a document where `with` is what was validated, as if it had been given.
                    const view = { gates: { [id]: { with: params } } };
                    for (const e of (0,schema_errors/* collapseOneOf */.H_)(errors.map((e) => atGate(id, e)), view)) {
                        const d = (0,schema_errors/* describeAjvError */.tN)(e, view);
                        issues.push(issue(d.path, d.message, d.key));
                    }
                    continue;
                }
                for (const [text, path] of (0,templates/* stringsIn */.QQ)(params)) {
                    for (const name of (0,templates/* unknownPlaceholders */.hX)(text, type.extraPlaceholders)) {
                        const allowed = [...templates/* PLACEHOLDERS */.je, ...(type.extraPlaceholders ?? [])]
                            .map((p) => `{${p}}`)
                            .join(', ');
                        issues.push(issue(['gates', id, 'with', ...path], `gates.${id}.with.${path.join('.')}: unknown placeholder {${name}} in '${text}'; known: ${allowed}`));
                    }
                }
                try {
                    type.checkParams?.(params);
                }
                catch (error) {
                    if (!(error instanceof model_types/* GateError */.ue))
                        throw error;
                    // A gate may say where inside `with` the problem is (a JSON Pointer in details.path).
                    const inner = typeof error.details.path === 'string' ? (0,schema_errors/* pointerToPath */.ox)(error.details.path) : [];
                    issues.push(issue(['gates', id, 'with', ...inner], `gates.${id}.with: ${error.message}`));
                }
                gates[id] = {
                    id,
                    type: raw.type,
                    description: raw.description,
                    overridable: raw.overridable ?? false,
                    with: params,
                };
            }
            const stages = {};
            for (const [name, raw] of Object.entries(doc.stages)) {
                if (name === 'auto')
                    issues.push(issue(['stages', name], `stages.auto: 'auto' is reserved for the stage input; rename the stage`, true));
                stages[name] = { name, description: raw.description, match: raw.match, gates: raw.gates };
            }
            issues.push(...undefinedGateIssues(doc, issue));
            if (issues.length)
                return { policy: null, issues };
            return {
                policy: {
                    version: 1,
                    ...(doc.extends ? { extends: doc.extends } : {}),
                    stages,
                    gates,
                    overrides: {
                        reason_min_length: doc.overrides?.reason_min_length ?? 20,
                        // Only when set, so the normalized policy (and its sha256) of a policy without them is unchanged.
                        ...(doc.overrides?.allowed_actors ? { allowed_actors: doc.overrides.allowed_actors } : {}),
                        ...(doc.overrides?.min_permission ? { min_permission: doc.overrides.min_permission } : {}),
                    },
                },
                issues,
            };
        },
    };
}
/**
 * Each gate's parameters judged by its type's validator: every gate (even in a document that
 * is otherwise malformed) that is a mapping naming a known type, as the published schema does.
 */
function validateParams(data, validators) {
    const checked = new Map();
    const gates = isRecord(data) && isRecord(data.gates) ? data.gates : {};
    for (const [id, gate] of Object.entries(gates)) {
        if (!isRecord(gate) || typeof gate.type !== 'string')
            continue;
        const validate = validators.get(gate.type);
        if (!validate)
            continue;
        const given = gate.with !== undefined;
        const value = structuredClone(given ? gate.with : {});
        checked.set(id, { value, given, errors: validate(value) ? [] : [...(validate.errors ?? [])] });
    }
    return checked;
}
/** A parameter error as the published schema reports it: its path from the document's root. */
function atGate(id, error) {
    const key = id.replace(/~/g, '~0').replace(/\//g, '~1');
    return { ...error, instancePath: `/gates/${key}/with${error.instancePath}` };
}
function gateIds(data) {
    return isRecord(data) && isRecord(data.gates) ? Object.keys(data.gates) : [];
}
/** The gate types a document names: the parameter validators it needs. */
function typesIn(data) {
    const gates = isRecord(data) && isRecord(data.gates) ? Object.values(data.gates) : [];
    return new Set(gates.flatMap((g) => (isRecord(g) && typeof g.type === 'string' ? [g.type] : [])));
}
/**
 * The document's errors with each gate's parameter errors where the published schema, which
 * checks `with` in the gate's `allOf`, puts them: first among that gate's errors (Ajv judges a
 * gate's untyped keywords before its object keywords, and the gates in document order, after
 * `version`, `extends` and `stages` and before `overrides`). So a policy's issues read in the
 * same order as when the action checked parameters in the document validator.
 */
function withParamErrors(documentErrors, ids, paramErrors, data) {
    const order = new Map(ids.map((id, index) => [id, index]));
    /** Where an error falls: before the gates (-1), in the gate of that index, or after them. */
    const rank = (e) => {
        const [top, id] = (0,schema_errors/* pointerToPath */.ox)(e.instancePath);
        if (top === 'overrides')
            return Infinity;
        return top === 'gates' && id !== undefined ? (order.get(String(id)) ?? -1) : -1;
    };
    const result = [...documentErrors];
    for (const [id, errors] of paramErrors) {
        const at = order.get(id);
        const index = result.findIndex((e) => rank(e) >= at);
        const own = (0,schema_errors/* collapseOneOf */.H_)(errors.map((e) => atGate(id, e)), data);
        result.splice(index === -1 ? result.length : index, 0, ...own);
    }
    return result;
}
/** A stage naming a gate id that `gates` does not define; tolerant of a malformed document. */
function undefinedGateIssues(data, issue) {
    const doc = isRecord(data) ? data : {};
    const gates = isRecord(doc.gates) ? doc.gates : {};
    const stages = isRecord(doc.stages) ? doc.stages : {};
    const defined = Object.keys(gates);
    const issues = [];
    for (const [name, stage] of Object.entries(stages)) {
        if (!isRecord(stage) || !isRecord(stage.gates))
            continue;
        for (const gateId of Object.keys(stage.gates)) {
            if (Object.hasOwn(gates, gateId))
                continue;
            const hint = defined.length ? ` (defined: ${defined.join(', ')})` : '';
            issues.push(issue(['stages', name, 'gates', gateId], `Stage '${name}' uses gate '${gateId}', which is not defined under gates${hint}`, true));
        }
    }
    return issues;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts
// A parsed YAML document that remembers where each value came from, so every policy error
// can say FILE:LINE:COL.

function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    // uniqueKeys: a duplicated gate id must be an error, never "the last one wins".
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, col };
    };
    const issues = [...doc.errors, ...doc.warnings].map((e) => ({
        ...at(e.pos[0]),
        message: `YAML: ${e.message.split('\n')[0]}`,
    }));
    if (doc.errors.length > 0)
        return { source: null, issues };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // Unresolved aliases and alias bombs surface here, not in doc.errors.
        return {
            source: null,
            issues: [
                { ...at(unresolvedAliasOffset(doc)), message: `YAML: ${error.message.split('\n')[0]}` },
            ],
        };
    }
    return {
        source: { file, value, positionOf: (path, options) => at(offsetOf(doc, path, options?.key ?? false)) },
        issues,
    };
}
/** Where the first alias that names no anchor is, so the error points at it (else the start). */
function unresolvedAliasOffset(doc) {
    let offset = 0;
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            if (node.resolve(doc) !== undefined)
                return undefined;
            offset = node.range?.[0] ?? 0;
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
/** Offset of the deepest node that exists along `path` (a missing key points at its parent). */
function offsetOf(doc, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (const [i, segment] of path.entries()) {
        const last = i === path.length - 1;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                return offset;
            if (last && key)
                return rangeStart(pair.key) ?? offset;
            node = pair.value;
            offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
            if (node === undefined)
                return offset;
            offset = rangeStart(node) ?? offset;
        }
        else {
            return offset;
        }
    }
    return offset;
}
function rangeStart(node) {
    return node?.range?.[0] ?? 0;
}

// EXTERNAL MODULE: ./src/util/libraries.ts
var libraries = __webpack_require__(70751);
;// CONCATENATED MODULE: ./src/policy/load.ts





const validators = new WeakMap();
function validatorFor(gateTypes) {
    let validator = validators.get(gateTypes);
    if (!validator)
        validators.set(gateTypes, (validator = createPolicyValidator(gateTypes)));
    return validator;
}
async function loadPolicy(root, gateTypes, options) {
    const chain = await readChain(root, options);
    const merged = mergeSources(chain.map((c) => c.source));
    await (0,libraries/* loadLibraries */.k)(librariesUsed(merged.value, gateTypes));
    const { policy, issues } = await (await validatorFor(gateTypes)).validate(merged);
    if (!policy)
        throw new types/* PolicyError */.p(issues);
    return {
        policy,
        path: root.file,
        source: options.source,
        files: chain.map((c) => ({ path: c.file, blob_sha: (0,normalize/* gitBlobSha */.Ak)(c.text) })),
        sha256: (0,normalize/* sha256Hex */.fg)((0,normalize/* canonicalJson */.dj)(policy)),
    };
}
/**
 * The parsing libraries of the gate types the policy names, read before validation (so from
 * a document that may still be wrong): they must be loaded before the checks that use them.
 */
function librariesUsed(document, gateTypes) {
    const gates = isObject(document) && isObject(document.gates) ? Object.values(document.gates) : [];
    return gates.flatMap((gate) => isObject(gate) ? (gateTypes.find((t) => t.type === gate.type)?.libraries?.(gate.with) ?? []) : []);
}
/** The top-level file and every base it extends, top-level first. */
async function readChain(root, options) {
    const maxDepth = options.maxDepth ?? 5;
    const chain = [];
    let current = root;
    while (current) {
        const { source, issues } = parseYamlSource(current.text, current.file);
        if (!source)
            throw new types/* PolicyError */.p(issues);
        if (!isObject(source.value))
            throw new types/* PolicyError */.p([
                { ...source.positionOf([]), message: 'A policy must be a YAML mapping (version, stages, gates)' },
            ]);
        // Only the top-level file's version survives the merge, so a base is checked here.
        if (chain.length > 0 && source.value.version !== 1) {
            throw new types/* PolicyError */.p([
                {
                    ...source.positionOf(['version']),
                    message: `version: a base policy must be version 1 (got ${JSON.stringify(source.value.version)})`,
                },
            ]);
        }
        // A base's stages/gates/overrides merge entry by entry, so each must be a mapping; the
        // top-level file's are checked with everything else once merged.
        if (chain.length > 0) {
            for (const key of ['stages', 'gates', 'overrides']) {
                const value = source.value[key];
                if (value !== undefined && value !== null && !isObject(value))
                    throw new types/* PolicyError */.p([
                        { ...source.positionOf([key]), message: `${key}: a base policy's ${key} must be a mapping` },
                    ]);
            }
        }
        chain.push({ file: current.file, text: current.text, source });
        const spec = source.value.extends;
        if (typeof spec !== 'string')
            break;
        const where = source.positionOf(['extends']);
        const fail = (message) => {
            throw new types/* PolicyError */.p([{ ...where, message }]);
        };
        if (chain.some((c) => c.file === spec))
            fail(`extends: '${spec}' is already part of this policy (a cycle: ${[...chain.map((c) => c.file), spec].join(' \u2192 ')})`);
        if (chain.length > maxDepth)
            fail(`extends: the chain is deeper than ${maxDepth} files (${chain.map((c) => c.file).join(' \u2192 ')})`);
        if (!options.readExtends)
            fail(`extends: '${spec}' cannot be read here (no GitHub token for other repositories)`);
        try {
            current = await options.readExtends(spec);
        }
        catch (error) {
            if (error instanceof types/* PolicyError */.p)
                throw error;
            fail(`extends: cannot read '${spec}': ${error.message}`);
        }
    }
    return chain;
}
/**
 * One document from a chain: the base's `stages`/`gates`/`overrides` entries overridden by
 * key, the top-level file's `version`/`extends`. Positions come from the file that
 * contributed each entry.
 */
function mergeSources(chain) {
    const owner = new Map();
    const merged = {};
    for (const source of [...chain].reverse()) {
        const doc = source.value;
        for (const [key, value] of Object.entries(doc)) {
            if ((key === 'stages' || key === 'gates' || key === 'overrides') && isObject(value)) {
                const into = (merged[key] ??= {});
                for (const [entry, entryValue] of Object.entries(value)) {
                    // defineProperty: an entry named __proto__ must stay an entry (and be reported), not a prototype.
                    Object.defineProperty(into, entry, {
                        value: entryValue,
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                    owner.set(`${key}\u0000${entry}`, source);
                }
            }
            else {
                merged[key] = value;
                owner.set(key, source);
            }
        }
    }
    const top = chain[0];
    return {
        file: top.file,
        value: merged,
        positionOf(path, options) {
            const byEntry = path.length >= 2 ? owner.get(`${String(path[0])}\u0000${String(path[1])}`) : undefined;
            const byKey = path.length >= 1 ? owner.get(String(path[0])) : undefined;
            return (byEntry ?? byKey ?? top).positionOf(path, options);
        },
    };
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** JSON with object keys sorted at every level: equal policies give equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => [k, sortKeys(value[k])]));
    }
    return value;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** Git's blob id of some bytes (what the contents API calls `sha`). */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 91591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ collapseOneOf),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   tN: () => (/* binding */ describeAjvError)
/* harmony export */ });
/**
 * A failed `oneOf` ("give `count` or `count_from`") yields an error per alternative plus one
 * for the oneOf itself; a person needs one sentence. When the data picked an alternative (it
 * has that alternative's required keys), only that alternative's errors are kept; when it
 * picked none or several, one error names the alternatives.
 */
function collapseOneOf(errors, data) {
    let result = [...errors];
    for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
        const alternatives = Array.isArray(oneOf.schema) ? oneOf.schema : [];
        const keys = alternatives.map((a) => a.required ?? []);
        if (keys.some((k) => k.length === 0))
            continue;
        const nestedIn = (e, index) => e !== oneOf && e.schemaPath.startsWith(`${oneOf.schemaPath}/${index ?? ''}`);
        const value = valueAt(data, pointerToPath(oneOf.instancePath));
        const present = keys
            .map((required, index) => ({ index, chosen: required.every((k) => isObject(value) && k in value) }))
            .filter((a) => a.chosen);
        const named = keys.map((k) => k.map((key) => `'${key}'`).join(' + ')).join(' or ');
        if (present.length === 1) {
            const chosen = present[0].index;
            result = result.filter((e) => e !== oneOf && (!nestedIn(e) || nestedIn(e, chosen)));
        }
        else {
            const message = present.length === 0 ? `needs ${named}` : `takes only one of ${named}`;
            result = result
                .filter((e) => !nestedIn(e))
                .map((e) => (e === oneOf ? { ...e, keyword: 'oneOfChoice', message } : e));
        }
    }
    return result;
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Ajv's error as one sentence: the path in dotted form, then what is wrong, quoting values. */
function describeAjvError(error, data) {
    const path = pointerToPath(error.instancePath);
    const where = path.length ? path.join('.') : '(top level)';
    const params = error.params;
    const actual = valueAt(data, path);
    switch (error.keyword) {
        case 'additionalProperties':
            return {
                path: [...path, String(params.additionalProperty)],
                key: true,
                message: `${where}: unknown key '${String(params.additionalProperty)}'`,
            };
        case 'required':
            return {
                path,
                key: false,
                message: `${where}: missing required key '${String(params.missingProperty)}'`,
            };
        case 'enum':
            return {
                path,
                key: false,
                message: `${where}: ${quote(actual)} is not allowed; expected one of: ${params.allowedValues.join(', ')}`,
            };
        case 'const':
            return {
                path,
                key: false,
                message: `${where}: ${quote(actual)} is not allowed; expected ${quote(params.allowedValue)}`,
            };
        case 'type':
            return {
                path,
                key: false,
                message: `${where}: ${quote(actual)} must be ${article(String(params.type))}`,
            };
        case 'propertyNames':
            return {
                path: [...path, String(params.propertyName)],
                key: true,
                message: `${where}: invalid name '${String(params.propertyName)}'`,
            };
        case 'pattern':
            if (error.propertyName !== undefined)
                return {
                    path: [...path, error.propertyName],
                    key: true,
                    message: `${where}: invalid name '${String(error.propertyName)}' (must match ${String(params.pattern)})`,
                };
            return {
                path,
                key: false,
                message: `${where}: ${quote(actual)} does not match ${String(params.pattern)}`,
            };
        default:
            return {
                path,
                key: false,
                message: `${where}: ${error.message ?? 'is invalid'}${actual !== undefined && typeof actual !== 'object' ? ` (got ${quote(actual)})` : ''}`,
            };
    }
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function valueAt(data, path) {
    let node = data;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
    }
    return node;
}
function quote(value) {
    return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}
function article(type) {
    return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}


/***/ }),

/***/ 17344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ shortRefName),
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   rQ: () => (/* binding */ resolveStage),
/* harmony export */   yP: () => (/* binding */ fullRefName)
/* harmony export */ });
/* unused harmony export patternSpecificity */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Which stage a ref is evaluated at. With `auto`, the most specific matching pattern wins
// (most literal characters), so the order stages are written in never matters.

class StageError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'StageError';
    }
}
/** Short name of a ref: refs/heads/main \u2192 main, refs/tags/v1 \u2192 v1, anything else unchanged. */
function shortRefName(ref) {
    return ref.replace(/^refs\/(heads|tags)\//, '');
}
/** Full ref: a short name is taken as a tag when `isTag`, else as a branch. */
function fullRefName(ref, isTag) {
    if (ref.startsWith('refs/'))
        return ref;
    return isTag ? `refs/tags/${ref}` : `refs/heads/${ref}`;
}
/** Literal (non-wildcard) characters of a glob: how specific it is. */
function patternSpecificity(pattern) {
    let count = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            count++;
            i++;
        }
        else if (ch === '[') {
            // A character class stands for one character but names none literally.
            const close = pattern.indexOf(']', i + 1);
            if (close > i)
                i = close;
        }
        else if (!'*?{}()!+@,'.includes(ch)) {
            count++;
        }
    }
    return count;
}
function matches(pattern, ref, short) {
    const subject = pattern.startsWith('refs/') ? ref : short;
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default().isMatch(subject, pattern, { dot: true });
}
/**
 * Resolves the stage. `requested` is a stage name or `auto`; `ref` is the full ref
 * (refs/heads/\u2026, refs/tags/\u2026) or a short name.
 */
function resolveStage(stages, requested, ref) {
    const names = Object.keys(stages);
    if (requested !== 'auto') {
        if (!Object.hasOwn(stages, requested))
            throw new StageError('STAGE_UNKNOWN', `Invalid stage '${requested}'. Expected auto or one of: ${names.join(', ')}.`);
        return { stage: requested, reason: `stage ${requested} was requested by name` };
    }
    const short = shortRefName(ref);
    const best = new Map();
    for (const [name, stage] of Object.entries(stages)) {
        for (const pattern of stage.match ?? []) {
            if (!matches(pattern, ref, short))
                continue;
            const score = patternSpecificity(pattern);
            const current = best.get(name);
            if (!current || score > current.score)
                best.set(name, { pattern, score });
        }
    }
    const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score);
    if (ranked.length === 0) {
        throw new StageError('STAGE_NO_MATCH', `No stage matches ref '${short}'. Add a match pattern for it, or pass the stage input (one of: ${names.join(', ')}).`);
    }
    const [winner, runnerUp] = ranked;
    if (runnerUp && runnerUp[1].score === winner[1].score) {
        throw new StageError('STAGE_AMBIGUOUS', `Ref '${short}' matches stages ${winner[0]} ('${winner[1].pattern}') and ${runnerUp[0]} ('${runnerUp[1].pattern}') equally specifically; make one pattern more specific or pass the stage input.`);
    }
    const [name, { pattern }] = winner;
    const qualifier = ranked.length > 1 ? ' (most specific)' : '';
    return { stage: name, reason: `ref '${short}' matched '${pattern}' of stage ${name}${qualifier}` };
}


/***/ }),

/***/ 83965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ expandDeep),
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   QQ: () => (/* binding */ stringsIn),
/* harmony export */   Qf: () => (/* binding */ placeholdersIn),
/* harmony export */   hX: () => (/* binding */ unknownPlaceholders),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
// `{placeholder}` templates in policy strings. The set is closed: an unknown placeholder is
// a validation error, so a typo can never silently expand to an empty string.

const PLACEHOLDERS = [
    'tag',
    'version',
    'sha',
    'ref',
    'repo',
    'owner',
    'build_run_id',
    'base_tag',
];
// Two characters or more, any case: `{Tag}` is a typo to report, while regex quantifiers
// like `{1,3}` and classes like `\p{L}` are not placeholders.
const PLACEHOLDER_PATTERN = /\{([A-Za-z_][A-Za-z0-9_]+)\}/g;
/** Placeholder names used in a string, in order of appearance. */
function placeholdersIn(text) {
    return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);
}
/** Names used in `text` that are neither global placeholders nor in `extra`. */
function unknownPlaceholders(text, extra = []) {
    const known = new Set([...PLACEHOLDERS, ...extra]);
    return placeholdersIn(text).filter((name) => !known.has(name));
}
/**
 * Expands global placeholders; names in `keep` (gate-specific, like `{platform}`) are left
 * for the gate. A placeholder whose value is unknown for this evaluation (`{tag}` on a
 * branch, `{base_tag}` with no earlier tag) throws: a gate must not compare against "".
 */
function expandTemplate(text, values, keep = [], 
/** Why a value is missing in this evaluation, when known better than the generic reason. */
reasons = {}) {
    return text.replace(PLACEHOLDER_PATTERN, (whole, name) => {
        if (keep.includes(name))
            return whole;
        if (!PLACEHOLDERS.includes(name)) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TEMPLATE_UNKNOWN', `Unknown placeholder {${name}} in '${text}'. Known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
        }
        const value = values[name];
        if (value === null || value === '') {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('TEMPLATE_UNRESOLVED', `{${name}} in '${text}' has no value for this evaluation (${reasons[name] ?? WHY_EMPTY[name]}).`);
        }
        return value;
    });
}
const WHY_EMPTY = {
    tag: 'the ref under evaluation is not a tag',
    version: 'the ref under evaluation is not a tag',
    sha: 'the commit could not be resolved',
    ref: 'no ref was given',
    repo: 'no repository was given',
    owner: 'no repository was given',
    build_run_id: 'no build run was given or found',
    base_tag: 'no earlier release tag was given or found',
};
/** Applies `expand` to every string inside a JSON-like value. */
function expandDeep(value, expand) {
    if (typeof value === 'string')
        return expand(value);
    if (Array.isArray(value))
        return value.map((item) => expandDeep(item, expand));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandDeep(v, expand)]));
    }
    return value;
}
/** Every string inside a JSON-like value, with its path. */
function* stringsIn(value, path = []) {
    if (typeof value === 'string')
        yield [value, path];
    else if (Array.isArray(value))
        for (const [i, item] of value.entries())
            yield* stringsIn(item, [...path, i]);
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            yield* stringsIn(v, [...path, k]);
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatIssue),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/** A policy that cannot be used; carries every problem found, each with its position. */
class PolicyError extends Error {
    issues;
    constructor(issues) {
        super(issues.map(formatIssue).join('\n'));
        this.issues = issues;
        this.name = 'PolicyError';
    }
}
function formatIssue(issue) {
    return `${issue.file}:${issue.line}:${issue.col} ${issue.message}`;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   r7: () => (/* binding */ foldLines),
/* harmony export */   vH: () => (/* binding */ safeHttpUrl),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony export longestBacktickRun */
// Escaping for every string the Markdown report did not write itself: branch and tag names,
// gate ids and messages, titles and URLs from GitHub, values read from files. Whatever such a
// string holds, once escaped it is shown as text: it can never start a table row or cell, a
// heading, a list, a link or image, an autolink, raw HTML, or close a code span or fence.
//
// The approach is a blunt one that CommonMark allows: every ASCII punctuation character that
// means anything inline is backslash-escaped, and line breaks are folded to spaces, so the
// text can neither reach the start of a line nor open any construct. `<`, `&` and backticks
// are included, which also rules out raw HTML, entities and code spans; so are `:`, `@` and the
// dot of `www.`, which defeats GFM's literal autolinks (`https://\u2026`, `www.\u2026`, `a@b.c`).
const ELLIPSIS = '\u2026';
/** Line breaks CommonMark knows, plus the Unicode ones that render as breaks elsewhere. */
const LINE_BREAKS = /[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[ \t\r\n\v\f\u0085\u2028\u2029]*/g;
/** C0/C1 controls (breaks are handled above) and the bidi controls of "trojan source" tricks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * ASCII punctuation that is always backslash-escaped in inline text: all of it except
 * `' " , ; ? / %`, which mean nothing inline in CommonMark, GFM or on github.com, and `- . =`,
 * which only matter in the places handled next (to keep versions and paths readable).
 */
const INLINE_SPECIAL = /[!#$&()*+:<>@[\\\]^_`{|}~]/g;
/** The dot of a GFM `www.` autolink. */
const WWW_DOT = /(?<=www)\./gi;
/** What would start a list, a setext underline or a thematic break at the start of a line. */
const LINE_START = /^(?:[-=]|\d{1,9}(?=\.))/;
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** In a `<\u2026>` link destination only these matter (the URL parser already encoded the rest). */
const DESTINATION_SPECIAL = /[\\<>&|`[\]]/g;
/** Longest URL that is still made a link; longer ones are shown as (truncated) text. */
const MAX_URL_LENGTH = 2048;
function asString(value) {
    if (typeof value === 'string')
        return value;
    if (value === null || value === undefined)
        return '';
    return String(value);
}
/**
 * Makes a string single-line and printable: each run of line breaks (with the blanks around it)
 * becomes one space, tabs become spaces, and control or bidi-override characters and lone
 * surrogates become U+FFFD, so nothing invisible survives.
 */
function foldLines(text) {
    return asString(text)
        .replace(LINE_BREAKS, ' ')
        .replace(/\t/g, ' ')
        .replace(INVISIBLE, '\ufffd')
        .replace(LONE_SURROGATE, '\ufffd');
}
/**
 * Shortens `text` to at most `maxLength` characters (code points, so a surrogate pair is never
 * split), the last of which is `\u2026` when anything was cut.
 */
function truncate(text, maxLength) {
    const value = asString(text);
    if (!Number.isFinite(maxLength) || value.length <= maxLength)
        return value;
    const max = Math.max(0, Math.floor(maxLength));
    if (max === 0)
        return '';
    let count = 0;
    let keep = 0;
    let index = 0;
    for (const char of value) {
        count += 1;
        if (count === max)
            keep = index;
        if (count > max)
            return value.slice(0, keep) + ELLIPSIS;
        index += char.length;
    }
    return value;
}
/** Folds and truncates: the common first step of every escaper below. */
function prepare(text, maxLength) {
    // Leading blanks are trimmed too: four of them at the start of a line would make a code block.
    return truncate(foldLines(asString(text)).trim(), maxLength);
}
/**
 * Escapes untrusted text for Markdown running text: paragraphs, list items, headings (after the
 * `#` markers) and link text. The result is a single line that renders as exactly the input
 * (folded, and shortened to `maxLength` characters).
 */
function escapeInline(text, maxLength = Infinity) {
    const escaped = prepare(text, maxLength).replace(INLINE_SPECIAL, '\\$&').replace(WWW_DOT, '\\.');
    // Safe at the start of a line too, should a caller put it there: `-`, `=`, and `1.`.
    return escaped.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}
/**
 * Escapes untrusted text for one GFM table cell. The inline escaping already turns `|` into `\|`
 * and removes line breaks, which are the two ways out of a cell.
 */
function escapeTableCell(text, maxLength = Infinity) {
    return escapeInline(text, maxLength);
}
/**
 * Escapes untrusted text for HTML content, such as the `<summary>` of a `<details>` block. That
 * line is part of a raw HTML block, where Markdown is not parsed but HTML is: so the text is
 * entity-encoded, and folded (a blank line would end the HTML block).
 */
function escapeHtml(text, maxLength = Infinity) {
    return prepare(text, maxLength).replace(HTML_SPECIAL, (char) => HTML_ENTITIES[char] ?? char);
}
/** Longest run of consecutive backticks in `text` (0 when there is none). */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of asString(text).match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Untrusted text as an inline code span, delimited by a backtick run longer than any inside it.
 * In a table cell (`inTable`) a pipe would still end the cell, so text with a pipe is shown as
 * escaped plain text there instead.
 */
function codeSpan(text, options = {}) {
    const content = prepare(text, options.maxLength ?? Infinity);
    if (content === '')
        return '';
    // Parsers disagree on whether `\\|` in a cell is an escaped backslash and a cell break (micromark)
    // or a backslash and an escaped pipe (cmark-gfm); in a cell, text with a pipe is not put in code.
    if (options.inTable && content.includes('|'))
        return escapeTableCell(content);
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    // A leading or trailing backtick would merge with the fence; one space each side is stripped
    // again by the renderer, and also keeps content that starts and ends with a space intact.
    const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block holding `content` verbatim. The fence is longer than any backtick run in
 * the content, so no line of it can close the block early. Ends with a newline.
 */
function fencedBlock(content, info = '') {
    const body = asString(content).replace(/\r\n?/g, '\n');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
    const safeInfo = /^[A-Za-z0-9_+-]*$/.test(info) ? info : '';
    return `${fence}${safeInfo}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}\n`;
}
/**
 * The URL in normalized form when it is an absolute `http:` or `https:` URL, else null. The
 * WHATWG parser strips tabs and newlines and percent-encodes spaces, quotes and angle brackets,
 * so `java\nscript:` is still recognized as `javascript:` and refused.
 */
function safeHttpUrl(url) {
    const raw = asString(url).trim();
    if (raw === '' || raw.length > MAX_URL_LENGTH)
        return null;
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return null;
    const href = parsed.href;
    // Belt and braces: a normalized http(s) URL never contains these.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\s<>\u0000-\u001f\u007f]/.test(href) || href.length > MAX_URL_LENGTH)
        return null;
    return href;
}
/**
 * A Markdown link to an untrusted URL with an untrusted title. Only `http:`/`https:` URLs become
 * links; anything else (`javascript:`, `data:`, relative paths, garbage) is shown as escaped text,
 * title then URL. The title is shortened to `maxLength`; an empty title shows the URL.
 */
function markdownLink(title, url, maxLength = 200) {
    const href = safeHttpUrl(url);
    const titleText = foldLines(asString(title)).trim();
    if (href === null) {
        const shownUrl = escapeInline(asString(url).trim(), maxLength);
        if (titleText === '')
            return shownUrl === '' ? '' : shownUrl;
        return shownUrl === ''
            ? escapeInline(titleText, maxLength)
            : `${escapeInline(titleText, maxLength)} (${shownUrl})`;
    }
    const text = escapeInline(titleText === '' ? href : titleText, maxLength);
    return `[${text}](<${href.replace(DESTINATION_SPECIAL, '\\$&')}>)`;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BYTES */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);

/** Default size bound: under GitHub's job summary limit of 1 MiB (1,048,576 bytes). */
const DEFAULT_MAX_BYTES = 1_000_000;
const FULL = {
    name: 200,
    message: 1_000,
    prose: 2_000,
    listItems: Infinity,
    files: Infinity,
    rows: 'all',
    // Even when everything fits, one gate's details beyond this are not worth a reader's scroll.
    detailChars: 65_536,
    links: Infinity,
};
/** Successively smaller renderings, tried in order when the full one is too big. */
const REDUCED = [
    { ...FULL, detailChars: 20_000, links: 50 },
    { ...FULL, message: 300, prose: 500, listItems: 100, files: 20, detailChars: 4_000, links: 20 },
    {
        name: 100,
        message: 120,
        prose: 200,
        listItems: 20,
        files: 5,
        rows: 'blocking',
        detailChars: 1_000,
        links: 5,
    },
    { name: 64, message: 60, prose: 120, listItems: 0, files: 1, rows: 'blocking', detailChars: 0, links: 0 },
];
const STATUS_ICON = {
    pass: '\u2705',
    fail: '\u274c',
    error: '\u26d4',
    overridden: '\ud83d\udd13',
    skipped: '\u23ed\ufe0f',
};
const MODE_LABEL = { required: 'required', report_only: 'report only', off: 'off' };
const FULL_REPORT = '`maturity-eval.json`';
/**
 * Renders the evaluation report as GitHub-flavoured Markdown, at most `maxBytes` UTF-8 bytes
 * (default {@link DEFAULT_MAX_BYTES}). When it had to be shortened, the output says so and
 * points to maturity-eval.json.
 */
function renderMarkdown(report, options = {}) {
    const requested = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxBytes = Number.isNaN(requested) ? DEFAULT_MAX_BYTES : Math.max(0, Math.floor(requested));
    const blocking = blockingGateIds(report);
    const full = compose(report, blocking, FULL, false, maxBytes);
    if (full !== null)
        return full;
    for (const limits of REDUCED) {
        const reduced = compose(report, blocking, limits, true, maxBytes);
        if (reduced !== null)
            return reduced;
    }
    const smallest = REDUCED[REDUCED.length - 1];
    return cutToBytes(head(report, blocking, smallest, true) + footer(report, smallest), maxBytes);
}
/**
 * One rendering at the given limits, or null when it does not fit in `maxBytes`. Untruncated, it
 * has every gate's details or none of it fits; truncated, gate details are added in order of
 * importance (blocking gates first, then other failures) as long as they fit.
 */
function compose(report, blocking, limits, truncated, maxBytes) {
    const top = head(report, blocking, limits, truncated);
    const bottom = footer(report, limits);
    const fixed = byteLength(top) + byteLength(bottom);
    if (fixed > maxBytes)
        return null;
    const sections = limits.detailChars > 0 ? detailSections(report, blocking, limits) : [];
    const kept = new Set();
    // What is left once the heading (and, when truncated, the "left out" note) have their room.
    let budget = maxBytes - fixed - (truncated ? 300 : 20);
    for (const section of [...sections].sort((a, b) => a.priority - b.priority || a.index - b.index)) {
        const size = byteLength(section.text);
        if (size <= budget) {
            kept.add(section.index);
            budget -= size;
        }
    }
    const omitted = sections.length - kept.size;
    if (omitted > 0 && !truncated)
        return null;
    let details = '';
    if (sections.length > 0)
        details += '### Details\n\n';
    if (omitted > 0) {
        details +=
            `_The details of ${omitted} gate${omitted === 1 ? '' : 's'} were left out to fit the size limit; ` +
                `they are in ${FULL_REPORT}._\n\n`;
    }
    details += sections
        .filter((section) => kept.has(section.index))
        .map((section) => section.text)
        .join('');
    const out = top + details + bottom;
    return byteLength(out) <= maxBytes ? out : null;
}
/** Ids of the gates that block: the report's blocking list, and required gates that failed. */
function blockingGateIds(report) {
    const ids = new Set(report.blocking.map((entry) => entry.gate));
    for (const gate of report.gates) {
        if (gate.mode === 'required' && (gate.status === 'fail' || gate.status === 'error'))
            ids.add(gate.id);
    }
    return ids;
}
/** Verdict, banners, context, blocking list, warnings, table and overrides. */
function head(report, blocking, limits, truncated) {
    const passed = report.result === 'pass' && !report.error;
    const verdict = passed ? '\u2705 PASS' : '\u274c BLOCKED';
    const stage = report.stage ? `stage ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.stage, limits.name)}` : 'no stage';
    const out = [`## ${verdict} \u2014 release gates, ${stage}\n`];
    if (report.error) {
        out.push('> \ud83d\udca5 **The evaluation could not complete**, so the result is BLOCKED (it fails closed).\n' +
            `> ${label(report.error.code, report.error.message, limits.prose)}\n`);
    }
    if (report.rehearsal) {
        out.push('> \ud83e\uddea **REHEARSAL** \u2014 evaluated exactly as a live run, but without side effects, ' +
            'and `freeze_window` gates do not block.\n');
    }
    if (truncated) {
        out.push('> \u2702\ufe0f **This report was truncated** to stay within the size limit of a job summary. ' +
            `The full report is in ${FULL_REPORT}.\n`);
    }
    out.push(context(report, limits));
    if (report.stage_reason)
        out.push(`**Why this stage:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.stage_reason, limits.prose)}\n`);
    if (report.blocking.length > 0) {
        out.push(`### \u274c Blocking (${report.blocking.length})\n`);
        out.push(report.blocking.map((entry) => `- ${entryLine(entry, limits)}\n`).join(''));
    }
    if (report.warnings.length > 0) {
        out.push(`### \u26a0\ufe0f Warnings (${report.warnings.length})\n`);
        out.push(bulletList(report.warnings.map((entry) => entryLine(entry, limits)), limits.listItems, 'warning'));
    }
    out.push('### Gates\n');
    out.push(gatesTable(report, blocking, limits));
    if (report.overrides.length > 0) {
        out.push(`### \ud83d\udd13 Overrides (${report.overrides.length})\n`);
        out.push(bulletList(report.overrides.map((o) => `**${nonEmpty(o.gate, limits.name)}** overridden by **${nonEmpty(o.actor, limits.name)}** ` +
            `at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(o.at, 64)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(o.reason, limits.prose)}`), limits.listItems, 'override'));
    }
    out.push(...refusedOverridesSection(report, limits));
    return out.join('\n') + '\n';
}
/** Overrides the policy refused (overrides.allowed_actors / min_permission): who asked, why not. */
function refusedOverridesSection(report, limits) {
    const refused = report.refused_overrides ?? [];
    if (refused.length === 0)
        return [];
    return [
        `### \u26d4 Refused overrides (${refused.length})\n`,
        bulletList(refused.map((r) => `**${nonEmpty(r.gate, limits.name)}**: override by **${nonEmpty(r.actor, limits.name)}** refused ` +
            `at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(r.at, 64)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(r.why, limits.prose)}; only ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(r.who_may, limits.prose)} may override`), limits.listItems, 'refused override'),
    ];
}
/** The line under the title: what was evaluated. */
function context(report, limits) {
    const parts = [
        `**Repository:** ${nonEmpty(report.repository, limits.name)}`,
        `**Ref:** ${nonEmpty(report.ref, limits.name)}`,
    ];
    if (report.tag !== null && report.tag !== report.ref)
        parts.push(`**Tag:** ${nonEmpty(report.tag, limits.name)}`);
    if (report.version)
        parts.push(`**Version:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.version, limits.name)}`);
    parts.push(`**Commit:** ${report.sha ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(report.sha, { maxLength: 64 }) : '_unresolved_'}`);
    if (report.build_run_id !== null)
        parts.push(`**Build run:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(String(report.build_run_id))}`);
    const runUrl = report.run_url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeHttpUrl */ .vH)(report.run_url) : null;
    if (runUrl !== null)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('Workflow run', runUrl));
    return parts.join(' \u00b7 ') + '\n';
}
/** `**gate** `CODE` \u2014 message`, for the blocking and warnings lists. */
function entryLine(entry, limits) {
    return `**${nonEmpty(entry.gate, limits.name)}** \u2014 ${label(entry.code, entry.message, limits.message)}`;
}
/** `CODE` followed by the message, as inline Markdown. */
function label(code, message, maxLength) {
    const shownCode = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(code, { maxLength: 64 });
    const shownMessage = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(message, maxLength);
    return [shownCode, shownMessage].filter((part) => part !== '').join(' ');
}
function bulletList(items, max, noun) {
    const shown = items.slice(0, max);
    const lines = shown.map((item) => `- ${item}\n`);
    const rest = items.length - shown.length;
    if (rest > 0) {
        lines.push(`- _\u2026 ${rest} more ${noun}${rest === 1 ? '' : 's'}, listed in ${FULL_REPORT}_\n`);
    }
    return lines.join('');
}
function gatesTable(report, blocking, limits) {
    if (report.gates.length === 0)
        return '_No gate was evaluated._\n';
    const rows = report.gates.filter((gate) => limits.rows === 'all' || blocking.has(gate.id));
    const lines = ['| Gate | Mode | Status | Details |\n', '| --- | --- | --- | --- |\n'];
    for (const gate of rows) {
        const details = [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(gate.code, { maxLength: 64, inTable: true }),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .aL)(gate.message, limits.message),
        ];
        lines.push(`| ${nonEmpty(gate.id, limits.name, true)} | ${modeLabel(gate.mode)} | ${statusLabel(gate)} | ` +
            `${details.filter((part) => part !== '').join(' ')} |\n`);
    }
    const rest = report.gates.length - rows.length;
    if (rest > 0) {
        lines.push(`| \u2026 | | | _${rest} more gate${rest === 1 ? '' : 's'} that do not block, listed in ${FULL_REPORT}_ |\n`);
    }
    return lines.join('');
}
function modeLabel(mode) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .aL)(MODE_LABEL[mode] ?? mode, 32);
}
/** Status with its icon; a failure that only warns (report-only) gets the warning icon. */
function statusLabel(gate) {
    const known = Object.hasOwn(STATUS_ICON, gate.status);
    const warnsOnly = gate.mode !== 'required' && (gate.status === 'fail' || gate.status === 'error');
    const icon = warnsOnly ? '\u26a0\ufe0f' : known ? STATUS_ICON[gate.status] : '\u2754';
    // A no-break space keeps the icon and the word together in a narrow column.
    return `${icon}\u00a0${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .aL)(gate.status, 32)}`;
}
/**
 * One collapsible block per gate that has something more to show than its table row. Inside,
 * what a reviewer reads comes first (gateLead: the message and the links, such as "Run #24
 * broke the streak"), then what the gate is for, then the structured details folded
 * (foldedDetails: the JSON, which is for a person digging further).
 */
function detailSections(report, blocking, limits) {
    const sections = [];
    report.gates.forEach((gate, index) => {
        const json = Object.keys(gate.details ?? {}).length > 0 ? stringifyDetails(gate.details) : '';
        const links = gate.links ?? [];
        if (!gate.description && json === '' && links.length === 0)
            return;
        const summary = `${statusIcon(gate)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(nonEmptyRaw(gate.id), limits.name)} \u2014 ` +
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(gate.code, 64)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(formatDuration(gate.duration_ms))})`;
        const parts = [`<details>\n<summary>${summary}</summary>\n\n`];
        parts.push(gateLead(gate, limits));
        if (gate.description)
            parts.push(`**About:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(gate.description, limits.prose)}\n\n`);
        parts.push(historyStripLine(gate));
        if (json !== '')
            parts.push(foldedDetails(json, limits));
        parts.push('</details>\n\n');
        const priority = blocking.has(gate.id) ? 0 : gate.status === 'fail' || gate.status === 'error' ? 1 : 2;
        sections.push({ index, priority, text: parts.join('') });
    });
    return sections;
}
/** Gate types whose details carry `history_strip`: the runs judged, one symbol each, newest first. */
const HISTORY_STRIP_GATES = new Set(['run_streak', 'failure_budget']);
/**
 * The history strip of a history gate (\u2705 green, \ud83d\udd01 green after a re-run, \u274c failure, \u23ed passed
 * over), or nothing. The gate builds and caps it; it is escaped all the same, like all details.
 */
function historyStripLine(gate) {
    const strip = gate.details?.history_strip;
    if (!HISTORY_STRIP_GATES.has(gate.type) || typeof strip !== 'string' || strip === '')
        return '';
    return `**History (newest first):** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(strip, 400)}\n\n`;
}
/** The gate's message in plain words, then its links. */
function gateLead(gate, limits) {
    const lead = [`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(gate.message, limits.prose) || '_No message._'}\n\n`];
    const links = gate.links ?? [];
    if (links.length > 0) {
        lead.push(bulletList(links.map((link) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(link.title, link.url, limits.message)), limits.links, 'link') + '\n');
    }
    return lead.join('');
}
/** The gate's structured details as JSON, folded in a block of their own. */
function foldedDetails(json, limits) {
    const shown = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(json, limits.detailChars);
    const parts = [
        '<details>\n<summary>Structured details (JSON)</summary>\n\n',
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(shown, 'json') + '\n',
    ];
    if (shown !== json)
        parts.push(`_Details shortened; they are complete in ${FULL_REPORT}._\n\n`);
    parts.push('</details>\n\n');
    return parts.join('');
}
function statusIcon(gate) {
    return statusLabel(gate).split(' ')[0];
}
/** Pretty JSON of a gate's details; whatever JSON cannot hold is shown rather than thrown. */
function stringifyDetails(details) {
    try {
        return (JSON.stringify(details, (_key, value) => (typeof value === 'bigint' ? value.toString() : value), 2) ?? '');
    }
    catch (error) {
        return `(details could not be shown: ${error instanceof Error ? error.message : String(error)})`;
    }
}
/** Policy (one line: the file, where it came from, what it extends, its hash), API usage and the tool. */
function footer(report, limits) {
    const lines = [policyLine(report, limits)];
    lines.push(`- **API requests:** ${formatCount(report.stats.api_requests)} \u00b7 ` +
        `**Duration:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(formatDuration(report.stats.duration_ms))}\n`);
    lines.push(`- **Generated by** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.tool.name, limits.name)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.tool.version, limits.name)}` +
        ` at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(report.timestamp, 64)}\n`);
    return `---\n\n${lines.join('')}`;
}
/**
 * `- **Policy:** .github/release-gates.yml (blob e69de29\u2026) from workspace \u00b7 extends
 * acme/org-policies/base.yml@v3 (blob 8ab686e\u2026) \u00b7 sha256 \u2026`: the policy file once, with its
 * blob, and the other files of its `extends` chain.
 */
function policyLine(report, limits) {
    const { policy } = report;
    const isPolicyFile = (file) => file.path === policy.path || file.path.startsWith(`${report.repository}/${policy.path}@`);
    const own = policy.files.find(isPolicyFile);
    const blob = (file) => `(blob ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(file.blob_sha, { maxLength: 64 })})`;
    let line = `- **Policy:** ${nonEmpty(policy.path, limits.name)}${own ? ` ${blob(own)}` : ''}`;
    line += ` from ${nonEmpty(policy.source, limits.name)}`;
    const others = policy.files.filter((file) => file !== own);
    if (others.length > 0) {
        const shown = others
            .slice(0, limits.files)
            .map((file) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(file.path, limits.name)} ${blob(file)}`);
        const rest = others.length - shown.length;
        if (rest > 0)
            shown.push(`\u2026 ${rest} more`);
        line += ` \u00b7 extends ${shown.join(', ')}`;
    }
    if (policy.sha256)
        line += ` \u00b7 sha256 ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(policy.sha256, { maxLength: 64 })}`;
    return line + '\n';
}
/** Escaped inline text, or a placeholder when empty (an empty `****` would render as a rule). */
function nonEmpty(text, maxLength, inTable = false) {
    const escaped = inTable ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .aL)(text ?? '', maxLength) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(text ?? '', maxLength);
    return escaped === '' ? '_(empty)_' : escaped;
}
function nonEmptyRaw(text) {
    return text === '' ? '(empty)' : text;
}
function formatCount(value) {
    return Number.isFinite(value) ? String(Math.round(value)) : '?';
}
/** `850 ms`, `3.4 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1_000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1_000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1_000);
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Last resort when even the smallest rendering is too big (a huge blocking list, or a tiny
 * `maxBytes`): whole lines up to the limit, then a note. Never more than `maxBytes` bytes.
 */
function cutToBytes(text, maxBytes) {
    const note = `\n> \u2702\ufe0f **Cut here** to fit the size limit. The full report is in ${FULL_REPORT}.\n`;
    const room = maxBytes - byteLength(note);
    if (room < 0)
        return prefixWithinBytes(note.trimStart(), maxBytes);
    const prefix = prefixWithinBytes(text, room);
    const lastBreak = prefix.lastIndexOf('\n');
    return (lastBreak >= 0 ? prefix.slice(0, lastBreak + 1) : '') + note;
}
/** The longest prefix of `text` (whole code points) within `maxBytes` UTF-8 bytes. */
function prefixWithinBytes(text, maxBytes) {
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const point = char.codePointAt(0);
        const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += char.length;
    }
    return text.slice(0, end);
}


/***/ }),

/***/ 74375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ blankReport)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

/**
 * A report before anything was judged: result `fail`, no gates. The evaluation fills it in;
 * an evaluation that stops early leaves it failing, so a report always exists and never passes
 * by default.
 */
function blankReport(start) {
    return {
        schema_version: 1,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w },
        repository: start.repository,
        ref: start.ref,
        tag: null,
        version: '',
        sha: start.sha,
        stage: null,
        stage_reason: '',
        rehearsal: start.rehearsal,
        timestamp: start.timestamp,
        policy: { path: start.policyPath, source: start.policySource, sha256: null, files: [] },
        build_run_id: start.buildRunId,
        result: 'fail',
        blocking: [],
        warnings: [],
        demote: false,
        overrides: [],
        refused_overrides: [],
        gates: [],
        error: null,
        stats: { api_requests: 0, duration_ms: 0 },
        run_url: start.runUrl,
    };
}


/***/ }),

/***/ 68180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ writeVerificationSummary),
/* harmony export */   Uh: () => (/* binding */ verificationSummaryOutputs)
/* harmony export */ });
/* unused harmony exports VSA_PREDICATE_TYPE, VSA_PREDICATE_FILE, VSA_SUBJECTS_FILE, LEVEL_PREFIX, GATES_EXTENSION, vsaContext, buildVerificationSummary, levelOf, collectVerifiedSubjects, renderSubjects */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The signed verdict: every evaluation writes, beside its reports, a SLSA Verification Summary
// predicate (https://slsa.dev/verification_summary/v1) and the list of files whose sha256 the
// evaluation verified (sha256sums format). A next step signs them with actions/attest
// (`predicate-path`, `subject-checksums`), and downstream jobs check "this release passed its
// gates" with `gh attestation verify --predicate-type https://slsa.dev/verification_summary/v1`.
// docs/supply-chain.md documents every field. Building is pure; writing is one function.


const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
const VSA_PREDICATE_FILE = 'verification-summary.json';
const VSA_SUBJECTS_FILE = 'verified-subjects.txt';
/** The level a passing evaluation verifies: RELEASE_GATES_ and the stage (RELEASE_GATES_GA). */
const LEVEL_PREFIX = 'RELEASE_GATES_';
/** The extension field that carries each gate's outcome. */
const GATES_EXTENSION = 'releaseGates';
/**
 * From the runner's environment: the server, and the verifier's URI \u2014 the repository of the
 * running action (GITHUB_ACTION_REPOSITORY), else a URN of the tool.
 */
function vsaContext(env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const action = env.GITHUB_ACTION_REPOSITORY;
    const verifierId = action && /^[^/\s]+\/[^/\s]+$/.test(action) ? `${serverUrl}/${action}` : 'urn:release-gates';
    return { serverUrl, verifierId };
}
function buildVerificationSummary(report, context) {
    const server = context.serverUrl.replace(/\/+$/, '');
    const passed = report.result === 'pass' && !report.error;
    const summary = {
        verifier: { id: context.verifierId, version: { [report.tool.name]: report.tool.version } },
        timeVerified: report.timestamp,
        resourceUri: `git+${server}/${report.repository}@${report.ref}`,
        policy: policyDescriptor(report, server),
        verificationResult: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: passed && report.stage ? [levelOf(report.stage)] : [],
        [GATES_EXTENSION]: {
            repository: report.repository,
            ref: report.ref,
            sha: report.sha,
            stage: report.stage,
            rehearsal: report.rehearsal,
            error: report.error ?? null,
            gates: report.gates.map((gate) => ({
                id: gate.id,
                type: gate.type,
                mode: gate.mode,
                status: gate.status,
                code: gate.code,
            })),
        },
    };
    const inputs = inputAttestations(report, server);
    if (inputs.length > 0)
        summary.inputAttestations = inputs;
    return summary;
}
/** `RELEASE_GATES_` + the stage in upper case, other characters as `_` (PRE-GA \u2192 RELEASE_GATES_PRE_GA). */
function levelOf(stage) {
    return `${LEVEL_PREFIX}${stage.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/**
 * The policy as evaluated: its file at the commit (or at the policy_ref it was read from), with
 * the sha256 of the normalized effective policy (what policy_drift and the report call its
 * sha256: comments and key order do not change it).
 */
function policyDescriptor(report, server) {
    const at = report.policy.source.startsWith('api@')
        ? report.policy.source.slice(4)
        : report.sha || report.ref;
    const uri = `${server}/${report.repository}/blob/${at}/${report.policy.path}`;
    return report.policy.sha256 ? { uri, digest: { sha256: report.policy.sha256 } } : { uri };
}
/** The attestations an `attestations` gate verified, each by its statement's sha256. */
function inputAttestations(report, server) {
    const inputs = [];
    for (const gate of report.gates) {
        if (gate.type !== 'attestations')
            continue;
        const files = Array.isArray(gate.details.files) ? gate.details.files : [];
        for (const file of files) {
            if (file.code !== 'ATTESTED' ||
                typeof file.statement_sha256 !== 'string' ||
                typeof file.sha256 !== 'string')
                continue;
            inputs.push({
                name: String(file.name),
                uri: `${server}/${report.repository}/attestations?subject_digest=sha256:${file.sha256}`,
                digest: { sha256: file.statement_sha256 },
            });
        }
    }
    return inputs;
}
/** Every file a gate verified, once per (name, sha256), by name. */
function collectVerifiedSubjects(report) {
    const seen = new Map();
    for (const gate of report.gates) {
        for (const subject of gate.verified_subjects ?? [])
            seen.set(`${subject.sha256}  ${subject.name}`, subject);
    }
    return [...seen.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.sha256 < b.sha256 ? -1 : 1);
}
/** sha256sums format, as `sha256sum` writes it and actions/attest's `subject-checksums` reads it. */
function renderSubjects(subjects) {
    return subjects.map((subject) => `${subject.sha256}  ${subject.name}\n`).join('');
}
/** Writes both files into `dir` (the report directory). */
async function writeVerificationSummary(report, dir, env) {
    const context = vsaContext(env);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    const predicate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_PREDICATE_FILE);
    const subjects = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_SUBJECTS_FILE);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(predicate, JSON.stringify(buildVerificationSummary(report, context), null, 2) + '\n');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(subjects, renderSubjects(collectVerifiedSubjects(report)));
    return { predicate, subjects };
}
/** The outputs `vsa_predicate` and `vsa_subjects`: beside maturity-eval.json, or empty when it was not written. */
function verificationSummaryOutputs(reportJson) {
    if (!reportJson)
        return { vsa_predicate: '', vsa_subjects: '' };
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(reportJson);
    return {
        vsa_predicate: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_PREDICATE_FILE),
        vsa_subjects: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_SUBJECTS_FILE),
    };
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ writeReports),
/* harmony export */   aV: () => (/* binding */ fileSystemReason),
/* harmony export */   j7: () => (/* binding */ writeJobSummary),
/* harmony export */   yi: () => (/* binding */ ReportWriteError)
/* harmony export */ });
/* unused harmony exports REPORT_JSON, REPORT_MD */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
// Writes what the evaluation leaves behind: maturity-eval.json and maturity-eval.md, and the
// job summary. A file that cannot be written is a ReportWriteError naming it: the verdict
// stands, and the edge reports the failure on its own (docs/gates.md, "Set by the action when the result cannot be delivered").



const REPORT_JSON = 'maturity-eval.json';
const REPORT_MD = 'maturity-eval.md';
/** A report, the job summary or the step outputs could not be written; `file` says which. */
class ReportWriteError extends Error {
    file;
    code = 'REPORT_WRITE_FAILED';
    constructor(file, what, cause) {
        super(`cannot write ${what} ${file}: ${fileSystemReason(cause)}`);
        this.file = file;
        this.name = 'ReportWriteError';
    }
}
/**
 * Node's reason without the path it repeats: `ENOTDIR: not a directory` from
 * `ENOTDIR: not a directory, open '/w/dist/maturity/maturity-eval.json'`.
 */
function fileSystemReason(error) {
    // Not `instanceof Error`: an error from another realm (a VM context) is one too.
    const message = typeof error === 'object' && error !== null && typeof error.message === 'string'
        ? error.message
        : String(error);
    return message.replace(/, [a-z]+ '[^']*'(?: -> '[^']*')?$/, '');
}
async function attempt(file, what, write) {
    try {
        await write();
    }
    catch (error) {
        throw new ReportWriteError(file, what, error);
    }
}
/** Writes maturity-eval.json and maturity-eval.md into `dir` (created if needed). */
async function writeReports(report, dir) {
    const json = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, REPORT_JSON);
    const md = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, REPORT_MD);
    const markdown = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(report);
    await attempt(dir, 'report directory', () => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true }));
    await attempt(json, 'report', () => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(json, JSON.stringify(report, null, 2) + '\n'));
    await attempt(md, 'report', () => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(md, markdown));
    return { json, md, markdown };
}
/** Appends the Markdown report to the job summary file (GITHUB_STEP_SUMMARY), as the runner expects. */
async function writeJobSummary(file, markdown) {
    await attempt(file, 'job summary', () => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, markdown));
}


/***/ }),

/***/ 76298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   rU: () => (/* binding */ expectedSignerUri),
/* harmony export */   un: () => (/* binding */ claimProblem)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_ISSUER */
// What a GitHub artifact attestation says about where it was made, and how that is compared
// with what the policy expects. Pure: no Sigstore code here, so the gate's judge can use it
// without loading the verifier.
/** Fulcio's certificate extensions for GitHub Actions tokens (docs: sigstore/fulcio oid-info.md). */
const FULCIO_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
};
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The first way a verified certificate differs from what the policy expects, or null. The
 * signer comes first: a certificate from another workflow says nothing about the source.
 */
function claimProblem(claims, expected) {
    const said = (value) => (value === null ? 'nothing' : `'${value}'`);
    if (claims.issuer !== GITHUB_ACTIONS_ISSUER) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `issued for ${said(claims.issuer)}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`,
        };
    }
    if (claims.buildSignerUri !== expected.signerUri) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `signed by workflow ${said(claims.buildSignerUri)}, expected '${expected.signerUri}'`,
        };
    }
    if (claims.sourceRepositoryUri !== expected.repositoryUri) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from repository ${said(claims.sourceRepositoryUri)}, expected '${expected.repositoryUri}'`,
        };
    }
    if (claims.sourceRepositoryRef !== expected.ref) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from ref ${said(claims.sourceRepositoryRef)}, expected '${expected.ref}'`,
        };
    }
    if (claims.sourceRepositoryDigest?.toLowerCase() !== expected.digest.toLowerCase()) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from commit ${said(claims.sourceRepositoryDigest)}, expected '${expected.digest}'`,
        };
    }
    if (expected.denySelfHostedRunners && claims.runnerEnvironment !== 'github-hosted') {
        return {
            code: 'SELF_HOSTED_RUNNER',
            message: `built on a ${claims.runnerEnvironment === null ? 'runner of unknown kind' : `'${claims.runnerEnvironment}' runner`}; the policy accepts only GitHub-hosted runners`,
        };
    }
    return null;
}
/**
 * The Build Signer URI the policy expects. `signer_workflow` may pin its own ref
 * (`OWNER/REPO/.github/workflows/build.yml@refs/heads/main`, for a reusable workflow); without
 * one the workflow must have run at the source ref, as a tag-triggered release workflow does.
 */
function expectedSignerUri(serverUrl, signerWorkflow, sourceRef) {
    const pinned = signerWorkflow.includes('@');
    return `${serverUrl.replace(/\/+$/, '')}/${signerWorkflow}${pinned ? '' : `@${sourceRef}`}`;
}


/***/ }),

/***/ 70751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ library),
/* harmony export */   k: () => (/* binding */ loadLibraries)
/* harmony export */ });
// One literal import per library, so the bundler makes each its own chunk.
const LOADERS = {
    ical: async () => (await __webpack_require__.e(/* import() */ 571).then(__webpack_require__.bind(__webpack_require__, 69571))).default,
    // Node loads rrule's CommonJS build, whose exports sit under `default`; the bundle its ES build.
    rrule: async () => {
        const module = await __webpack_require__.e(/* import() */ 745).then(__webpack_require__.t.bind(__webpack_require__, 5745, 23));
        return module.RRule ?? module.default.RRule;
    },
    jmespath: () => __webpack_require__.e(/* import() */ 22).then(__webpack_require__.bind(__webpack_require__, 34022)),
    toml: () => __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292)),
};
const loaded = {};
/** Loads the named libraries (once each). */
async function loadLibraries(names) {
    await Promise.all([...new Set(names)].map(async (name) => {
        loaded[name] ??= await LOADERS[name]();
    }));
}
/** A library loaded by loadLibraries; a programming error (never a verdict) when it was not. */
function library(name) {
    const module = loaded[name];
    if (!module)
        throw new Error(`The ${name} library is used before it was loaded: a gate type that needs it must name it in \`libraries\`.`);
    return module;
}


/***/ }),

/***/ 52003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   cx: () => (/* binding */ normaliseEntryName),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   kT: () => (/* binding */ listZipEntries)
/* harmony export */ });
/* unused harmony exports RATIO_CHECK_MIN_BYTES, METHOD_STORED, METHOD_DEFLATED, crc32 */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// A small, strict zip reader for archives we do not trust (build artifacts). It reads entries
// into memory and never writes anything to disk, so a hostile archive cannot place a file
// anywhere. It still refuses the whole archive when any entry name could escape an extraction
// directory, or when sizes, offsets or checksums disagree: such an archive was built to attack
// an extractor, and nothing in it deserves trust.
//
// Scope is what artifact uploads produce: one disk, no zip64, no encryption, entries stored
// or deflated, with or without data descriptors (sizes are taken from the central directory).

/** Any reason an archive is refused; the message says what is wrong in words. */
class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const DEFAULT_ZIP_LIMITS = {
    maxEntries: 1000,
    maxEntryBytes: 16 * 1024 * 1024,
    maxTotalBytes: 64 * 1024 * 1024,
    maxRatio: 200,
};
/** Tiny entries (a JSON file of spaces) may compress absurdly well and still be harmless. */
const RATIO_CHECK_MIN_BYTES = 64 * 1024;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_MASKED_DIRECTORY = 0x2000;
const HOST_UNIX = 3;
const UNIX_FILE_TYPE_MASK = 0o170000;
const UNIX_SYMLINK = 0o120000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads and checks the central directory: every entry's name is safe, sizes are within the
 * limits, local headers agree with it, and no two entries share bytes or a name.
 */
function listZipEntries(archive, limits = DEFAULT_ZIP_LIMITS) {
    const end = findEndOfCentralDirectory(archive);
    if (end.count > limits.maxEntries) {
        throw new ZipError(`the archive lists ${end.count} entries, more than the ${limits.maxEntries} allowed`);
    }
    const entries = [];
    const names = new Set();
    let totalBytes = 0;
    let cursor = end.directoryOffset;
    const directoryEnd = end.directoryOffset + end.directorySize;
    for (let index = 0; index < end.count; index++) {
        if (cursor + CENTRAL_SIZE > directoryEnd || archive.readUInt32LE(cursor) !== SIG_CENTRAL) {
            throw new ZipError(`central directory entry ${index + 1} of ${end.count} is missing or garbled (truncated archive?)`);
        }
        const madeByHost = archive.readUInt8(cursor + 5);
        const flags = archive.readUInt16LE(cursor + 8);
        const method = archive.readUInt16LE(cursor + 10);
        const crc = archive.readUInt32LE(cursor + 16);
        const compressedSize = archive.readUInt32LE(cursor + 20);
        const size = archive.readUInt32LE(cursor + 24);
        const nameLength = archive.readUInt16LE(cursor + 28);
        const extraLength = archive.readUInt16LE(cursor + 30);
        const commentLength = archive.readUInt16LE(cursor + 32);
        const startDisk = archive.readUInt16LE(cursor + 34);
        const externalAttributes = archive.readUInt32LE(cursor + 38);
        const localHeaderOffset = archive.readUInt32LE(cursor + 42);
        const next = cursor + CENTRAL_SIZE + nameLength + extraLength + commentLength;
        if (next > directoryEnd)
            throw new ZipError(`central directory entry ${index + 1} runs past the directory's end`);
        const rawName = archive.subarray(cursor + CENTRAL_SIZE, cursor + CENTRAL_SIZE + nameLength);
        cursor = next;
        const name = normaliseEntryName(decodeName(rawName));
        const label = `entry '${name}'`;
        if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_DIRECTORY))
            throw new ZipError(`${label} is encrypted`);
        if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
            throw new ZipError(`${label} uses compression method ${method}; only stored (0) and deflate (8) are read`);
        }
        if (startDisk !== 0 ||
            compressedSize === 0xffffffff ||
            size === 0xffffffff ||
            localHeaderOffset === 0xffffffff) {
            throw new ZipError(`${label} needs zip64 or multiple disks, which are not read`);
        }
        // A symlink entry is how an extractor is made to write through a link to anywhere.
        if (madeByHost === HOST_UNIX && ((externalAttributes >>> 16) & UNIX_FILE_TYPE_MASK) === UNIX_SYMLINK) {
            throw new ZipError(`${label} is a symbolic link`);
        }
        if (names.has(name))
            throw new ZipError(`the archive holds '${name}' twice; which one counts would depend on the extractor`);
        names.add(name);
        const isDirectory = name.endsWith('/');
        if (isDirectory && size !== 0)
            throw new ZipError(`directory ${label} declares ${size} bytes of content`);
        if (method === METHOD_STORED && compressedSize !== size) {
            throw new ZipError(`stored ${label} declares ${size} bytes but occupies ${compressedSize}`);
        }
        if (size > limits.maxEntryBytes) {
            throw new ZipError(`${label} declares ${size} bytes uncompressed, over the ${limits.maxEntryBytes}-byte limit`);
        }
        totalBytes += size;
        if (totalBytes > limits.maxTotalBytes) {
            throw new ZipError(`the entries declare over ${limits.maxTotalBytes} bytes uncompressed in total (zip bomb?)`);
        }
        if (size >= RATIO_CHECK_MIN_BYTES && size > limits.maxRatio * Math.max(compressedSize, 1)) {
            throw new ZipError(`${label} expands ${compressedSize} bytes to ${size}, a ratio over ${limits.maxRatio}:1 (zip bomb?)`);
        }
        const dataOffset = checkLocalHeader(archive, localHeaderOffset, rawName, { flags, method, crc, compressedSize, size }, label);
        if (dataOffset + compressedSize > end.directoryOffset) {
            throw new ZipError(`${label}'s data runs into the central directory (truncated or garbled archive)`);
        }
        entries.push({
            name,
            isDirectory,
            method,
            crc32: crc,
            compressedSize,
            size,
            localHeaderOffset,
            dataOffset,
        });
    }
    if (cursor !== directoryEnd)
        throw new ZipError('the central directory holds more bytes than its entries');
    refuseOverlaps(entries);
    return entries;
}
/**
 * The uncompressed bytes of an entry, checked against its declared size and CRC-32. Inflating
 * stops at the declared size, so an entry that lies about it cannot exhaust memory.
 */
function readZipEntry(archive, entry) {
    const raw = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new ZipError(`entry '${entry.name}' is truncated`);
    let data;
    if (entry.method === METHOD_STORED) {
        data = Buffer.from(raw);
    }
    else {
        try {
            // One byte of headroom tells "exactly the declared size" from "more than declared".
            data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(raw, { maxOutputLength: entry.size + 1 });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ERR_BUFFER_TOO_LARGE')
                throw new ZipError(`entry '${entry.name}' inflates beyond its declared ${entry.size} bytes`);
            throw new ZipError(`entry '${entry.name}' has corrupt deflate data (${error.message})`);
        }
    }
    if (data.length !== entry.size) {
        throw new ZipError(`entry '${entry.name}' holds ${data.length} bytes, but declares ${entry.size}`);
    }
    if (crc32(data) !== entry.crc32)
        throw new ZipError(`entry '${entry.name}' fails its CRC-32 check (corrupt archive)`);
    return data;
}
/** The entry with this (normalised) name, or undefined. */
function findZipEntry(entries, name) {
    const wanted = normaliseEntryName(name);
    return entries.find((entry) => entry.name === wanted);
}
/**
 * An entry name as a safe relative path, or a ZipError: absolute paths, drive letters,
 * backslashes (a separator on Windows), control characters and `..` segments are refused
 * outright rather than cleaned up, because an archive carrying them is hostile or broken.
 */
function normaliseEntryName(raw) {
    const shown = JSON.stringify(raw);
    if (raw.length === 0)
        throw new ZipError('an entry has an empty name');
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(raw))
        throw new ZipError(`entry ${shown} has control characters in its name`);
    if (raw.includes('\\'))
        throw new ZipError(`entry ${shown} has a backslash in its name (a path separator on Windows)`);
    if (/^[A-Za-z]:/.test(raw))
        throw new ZipError(`entry ${shown} starts with a drive letter`);
    if (raw.startsWith('/'))
        throw new ZipError(`entry ${shown} is an absolute path`);
    const segments = raw.split('/');
    if (segments.includes('..'))
        throw new ZipError(`entry ${shown} climbs out of the extraction directory with '..'`);
    const isDirectory = raw.endsWith('/');
    const kept = segments.filter((segment) => segment !== '' && segment !== '.');
    if (kept.length === 0)
        throw new ZipError(`entry ${shown} names no file`);
    // Checked again once `./` is gone: `./C:` would otherwise become the drive-relative `C:`.
    if (/^[A-Za-z]:/.test(kept[0]))
        throw new ZipError(`entry ${shown} starts with a drive letter`);
    return kept.join('/') + (isDirectory ? '/' : '');
}
/** CRC-32 (IEEE 802.3), as zip uses it. Written out so the reader runs on every Node 20. */
function crc32(data) {
    let crc = 0xffffffff;
    for (const byte of data)
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let bit = 0; bit < 8; bit++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
/** The end record is the last thing in the archive, followed only by its own comment. */
function findEndOfCentralDirectory(archive) {
    if (archive.length < END_SIZE)
        throw new ZipError(`not a zip archive: ${archive.length} bytes is too short`);
    const lowest = Math.max(0, archive.length - END_SIZE - MAX_COMMENT);
    for (let offset = archive.length - END_SIZE; offset >= lowest; offset--) {
        if (archive.readUInt32LE(offset) !== SIG_END)
            continue;
        if (offset + END_SIZE + archive.readUInt16LE(offset + 20) !== archive.length)
            continue;
        const disk = archive.readUInt16LE(offset + 4);
        const directoryDisk = archive.readUInt16LE(offset + 6);
        const countOnDisk = archive.readUInt16LE(offset + 8);
        const count = archive.readUInt16LE(offset + 10);
        const directorySize = archive.readUInt32LE(offset + 12);
        const directoryOffset = archive.readUInt32LE(offset + 16);
        const zip64 = (offset >= 20 && archive.readUInt32LE(offset - 20) === SIG_ZIP64_LOCATOR) ||
            count === 0xffff ||
            directorySize === 0xffffffff ||
            directoryOffset === 0xffffffff;
        if (zip64)
            throw new ZipError('the archive is zip64, which is not read');
        if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count)
            throw new ZipError('multi-disk archives are not read');
        if (directoryOffset + directorySize !== offset) {
            throw new ZipError('the central directory is not where the end record says (truncated or garbled archive)');
        }
        return { count, directoryOffset, directorySize };
    }
    throw new ZipError('not a zip archive, or truncated: no end-of-central-directory record');
}
/** The local header must exist and agree with the central directory; returns where data starts. */
function checkLocalHeader(archive, offset, rawName, central, label) {
    if (offset + LOCAL_SIZE > archive.length || archive.readUInt32LE(offset) !== SIG_LOCAL) {
        throw new ZipError(`${label} has no local header where the directory says (truncated or garbled archive)`);
    }
    const flags = archive.readUInt16LE(offset + 6);
    const method = archive.readUInt16LE(offset + 8);
    const nameLength = archive.readUInt16LE(offset + 26);
    const extraLength = archive.readUInt16LE(offset + 28);
    const localName = archive.subarray(offset + LOCAL_SIZE, offset + LOCAL_SIZE + nameLength);
    // Extractors that trust local headers and those that trust the directory must see one archive.
    if (method !== central.method || !localName.equals(rawName)) {
        throw new ZipError(`${label}'s local header disagrees with the central directory`);
    }
    if (!(flags & FLAG_DATA_DESCRIPTOR)) {
        const agrees = archive.readUInt32LE(offset + 14) === central.crc &&
            archive.readUInt32LE(offset + 18) === central.compressedSize &&
            archive.readUInt32LE(offset + 22) === central.size;
        if (!agrees)
            throw new ZipError(`${label}'s local header disagrees with the central directory on sizes or CRC`);
    }
    return offset + LOCAL_SIZE + nameLength + extraLength;
}
/** Overlapping entries are how the densest zip bombs reuse one compressed stream many times. */
function refuseOverlaps(entries) {
    const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    for (let i = 1; i < byOffset.length; i++) {
        const previous = byOffset[i - 1];
        if (previous.dataOffset + previous.compressedSize > byOffset[i].localHeaderOffset) {
            throw new ZipError(`entries '${previous.name}' and '${byOffset[i].name}' overlap in the archive`);
        }
    }
}
function decodeName(raw) {
    try {
        return utf8.decode(raw);
    }
    catch {
        throw new ZipError(`an entry name is not valid UTF-8 (${raw.toString('hex').slice(0, 64)})`);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, equal to package.json's (a test keeps them equal). */
const TOOL_VERSION = '1.0.0';
const TOOL_NAME = 'release-gates';


/***/ })

};
