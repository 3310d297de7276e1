export const id = 8628;
export const ids = [8628];
export const modules = {

/***/ 99373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ monotonicMs),
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
/**
 * Milliseconds on a clock that only moves forward, for durations and deadlines. Not
 * `performance.now()`: the first use of `performance` loads perf_hooks, about 2 ms at start.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}


/***/ }),

/***/ 38290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
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
        return (this.sources.monotonicNow ?? clock/* monotonicMs */.d)();
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
// EXTERNAL MODULE: ./src/gates/catalogue.ts
var catalogue = __webpack_require__(10001);
// EXTERNAL MODULE: ./src/policy/load.ts + 5 modules
var load = __webpack_require__(6329);
// EXTERNAL MODULE: ./src/policy/stage.ts
var policy_stage = __webpack_require__(17344);
// EXTERNAL MODULE: ./src/policy/templates.ts
var templates = __webpack_require__(83965);
;// CONCATENATED MODULE: ./src/engine/derived-values.ts

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
    // base-tag.js (and semver with it) is loaded only by an evaluation that uses {base_tag}.
    Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(55)]).then(__webpack_require__.bind(__webpack_require__, 55))
        .then(({ prefetchTagNames }) => prefetchTagNames(facts, repository, ref.replace(/^refs\/tags\//, '')))
        .catch(() => undefined);
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
                const { resolveBaseTag } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(55)]).then(__webpack_require__.bind(__webpack_require__, 55));
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
                // Loaded only when a gate uses {build_run_id}.
                const { findBuildRun, rulesFor } = await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(415)]).then(__webpack_require__.bind(__webpack_require__, 84045));
                const finding = await findBuildRun(facts, ctx, rulesFor(ctx));
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
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/facts/shape.ts
var shape = __webpack_require__(34926);
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
// Synchronous file calls here and in the report writers: `fs.promises` loads Node's promise
// file API (readline included) at start, about 3 ms, for a few small reads and writes that a
// single-purpose process may as well wait for.
















async function evaluate(settings, environment, 
/** The gate types a policy may name: all of them, each loaded when a policy names it; tests pass their own. */
gateTypes = catalogue/* GATE_CATALOGUE */.k) {
    const started = Date.now();
    const report = emptyReport(settings, environment);
    const finish = () => {
        report.stats = { api_requests: environment.counter.count, duration_ms: Date.now() - started };
        return report;
    };
    try {
        await evaluateInto(report, settings, environment, (0,catalogue/* asCatalogue */.g)(gateTypes));
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
    // Loaded already, when the policy was checked.
    const byType = await gateTypes.load(Object.values(loaded.policy.gates).map((g) => g.type));
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
    const started = (0,clock/* monotonicMs */.d)();
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
        duration_ms: Math.round((0,clock/* monotonicMs */.d)() - started),
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
        text = (0,external_node_fs_.readFileSync)((0,workspace/* workspacePath */.X)(facts.workspace, settings.policy), 'utf8');
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
        // Loaded only here: the search, its trust rules and the artifact reader are not a local policy's.
        const { findBuildRun, rulesFor } = await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(415)]).then(__webpack_require__.bind(__webpack_require__, 84045));
        const finding = await findBuildRun(facts, ctx, rulesFor(ctx));
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
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
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
            full = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(lexical);
            if (!isInside((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(facts.workspace), full)) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('INVALID_PARAMS', `Path '${relative}' leads outside the workspace through a symbolic link.`);
            }
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
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
        return { kind: 'ok', path: relative, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8') };
    }, 'local');
}


/***/ }),

/***/ 10001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ asCatalogue),
/* harmony export */   k: () => (/* binding */ GATE_CATALOGUE)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54139);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72301);
// The gate types as the action loads them: each type's implementation (and the fact readers
// only it uses) is a chunk of the bundle, loaded when a policy names the type. A policy of
// three local gates compiles a fraction of the engine at start instead of all twenty types.
// The registry (registry.ts) imports every type at once, for the tools that need them all: the
// schema generator, the reference documentation, the tests. __tests__/gates/catalogue.test.ts
// holds the two to the same types.



const LOADERS = {
    approval: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 2877).then(__webpack_require__.bind(__webpack_require__, 62877))).approvalGate),
    attestations: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9625), __webpack_require__.e(2293), __webpack_require__.e(6523)]).then(__webpack_require__.bind(__webpack_require__, 36523))).attestationsGate),
    build_provenance: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(1004)]).then(__webpack_require__.bind(__webpack_require__, 99202))).buildProvenanceGate),
    evidence: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 4003).then(__webpack_require__.bind(__webpack_require__, 14003))).evidenceGate),
    failure_budget: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(1897), __webpack_require__.e(6318)]).then(__webpack_require__.bind(__webpack_require__, 36318))).failureBudgetGate),
    freeze_window: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 1777).then(__webpack_require__.bind(__webpack_require__, 21777))).freezeWindowGate),
    homebrew_formula: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9625), __webpack_require__.e(2293), __webpack_require__.e(7973)]).then(__webpack_require__.bind(__webpack_require__, 97973))).homebrewFormulaGate),
    jobs_succeeded: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(1897), __webpack_require__.e(7890)]).then(__webpack_require__.bind(__webpack_require__, 57890))).jobsSucceededGate),
    metric_budgets: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(8860)]).then(__webpack_require__.bind(__webpack_require__, 98860))).metricBudgetsGate),
    open_issues: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 903).then(__webpack_require__.bind(__webpack_require__, 80903))).openIssuesGate),
    policy_drift: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 4450).then(__webpack_require__.bind(__webpack_require__, 74450))).policyDriftGate),
    ref_on_branch: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 9060).then(__webpack_require__.bind(__webpack_require__, 49060))).refOnBranchGate),
    release_assets: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9625), __webpack_require__.e(2293)]).then(__webpack_require__.bind(__webpack_require__, 85091))).releaseAssetsGate),
    release_metadata: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(5173)]).then(__webpack_require__.bind(__webpack_require__, 94751))).releaseMetadataGate),
    required_checks: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 8967).then(__webpack_require__.bind(__webpack_require__, 98967))).requiredChecksGate),
    run_streak: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(1897), __webpack_require__.e(5201)]).then(__webpack_require__.bind(__webpack_require__, 55201))).runStreakGate),
    sbom_licenses: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9315)]).then(__webpack_require__.bind(__webpack_require__, 32433))).sbomLicensesGate),
    secrets_present: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 6331).then(__webpack_require__.bind(__webpack_require__, 6331))).secretsPresentGate),
    version_alignment: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 6576).then(__webpack_require__.bind(__webpack_require__, 26576))).versionAlignmentGate),
    workflow_green: async () => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .registered */ .H)((await __webpack_require__.e(/* import() */ 4689).then(__webpack_require__.bind(__webpack_require__, 64689))).workflowGreenGate),
};
/**
 * Types whose parameters have a required member, so a gate of the type needs `with:` (the
 * document schema says so before the type's own validator is loaded).
 */
const REQUIRES_WITH = new Set([
    'attestations',
    'evidence',
    'failure_budget',
    'freeze_window',
    'homebrew_formula',
    'jobs_succeeded',
    'metric_budgets',
    'release_assets',
    'required_checks',
    'run_streak',
    'secrets_present',
    'version_alignment',
    'workflow_green',
]);
const loading = new Map();
/** Every gate type, each loaded on first use. */
const GATE_CATALOGUE = {
    summaries: Object.keys(LOADERS)
        .sort()
        .map((type) => ({ type, requiresWith: REQUIRES_WITH.has(type) })),
    async load(types) {
        const known = [...new Set(types)].filter((type) => Object.hasOwn(LOADERS, type));
        const loaded = await Promise.all(known.map((type) => {
            let gate = loading.get(type);
            if (!gate)
                loading.set(type, (gate = LOADERS[type]().catch((error) => notLoaded(type, error))));
            return gate;
        }));
        return new Map(loaded.map((gate) => [gate.type, gate]));
    },
};
function notLoaded(type, error) {
    throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('GATE_TYPE_NOT_LOADED', `Cannot load the gate type '${type}': ${error.message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`, { type });
}
const eagerCatalogues = new WeakMap();
/**
 * The catalogue itself, or gate types already loaded (the registry's, or a test's own) as a
 * catalogue: the same one for the same array.
 */
function asCatalogue(gateTypes) {
    if (!isTypeList(gateTypes))
        return gateTypes;
    let catalogue = eagerCatalogues.get(gateTypes);
    if (!catalogue) {
        const byType = new Map(gateTypes.map((g) => [g.type, g]));
        catalogue = {
            summaries: (0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .summarize */ .eh)(gateTypes),
            load: (names) => Promise.resolve(new Map([...new Set(names)].flatMap((name) => (byType.has(name) ? [[name, byType.get(name)]] : [])))),
        };
        eagerCatalogues.set(gateTypes, catalogue);
    }
    return catalogue;
}
function isTypeList(value) {
    return Array.isArray(value);
}


/***/ }),

/***/ 72301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ registered),
/* harmony export */   p: () => (/* binding */ defineGate)
/* harmony export */ });
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
            ({ createGitHub } = await Promise.all(/* import() */[__webpack_require__.e(7164), __webpack_require__.e(4865), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 90444)));
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

/***/ 6329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ loadPolicy)
});

// UNUSED EXPORTS: validatorFor

// EXTERNAL MODULE: ./src/gates/catalogue.ts
var gates_catalogue = __webpack_require__(10001);
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
    "approval": () => __webpack_require__.e(/* import() */ 4312).then(__webpack_require__.bind(__webpack_require__, 4312)),
    "attestations": () => __webpack_require__.e(/* import() */ 1816).then(__webpack_require__.bind(__webpack_require__, 91816)),
    "build_provenance": () => __webpack_require__.e(/* import() */ 2733).then(__webpack_require__.bind(__webpack_require__, 62733)),
    "evidence": () => __webpack_require__.e(/* import() */ 1642).then(__webpack_require__.bind(__webpack_require__, 11642)),
    "failure_budget": () => __webpack_require__.e(/* import() */ 8097).then(__webpack_require__.bind(__webpack_require__, 28097)),
    "freeze_window": () => __webpack_require__.e(/* import() */ 487).then(__webpack_require__.bind(__webpack_require__, 50487)),
    "homebrew_formula": () => __webpack_require__.e(/* import() */ 7817).then(__webpack_require__.bind(__webpack_require__, 17817)),
    "jobs_succeeded": () => __webpack_require__.e(/* import() */ 6453).then(__webpack_require__.bind(__webpack_require__, 56453)),
    "metric_budgets": () => __webpack_require__.e(/* import() */ 8022).then(__webpack_require__.bind(__webpack_require__, 58022)),
    "open_issues": () => __webpack_require__.e(/* import() */ 3070).then(__webpack_require__.bind(__webpack_require__, 3070)),
    "policy_drift": () => __webpack_require__.e(/* import() */ 8609).then(__webpack_require__.bind(__webpack_require__, 58609)),
    "ref_on_branch": () => __webpack_require__.e(/* import() */ 5415).then(__webpack_require__.bind(__webpack_require__, 95415)),
    "release_assets": () => __webpack_require__.e(/* import() */ 5428).then(__webpack_require__.bind(__webpack_require__, 85428)),
    "release_metadata": () => __webpack_require__.e(/* import() */ 5048).then(__webpack_require__.bind(__webpack_require__, 5048)),
    "required_checks": () => __webpack_require__.e(/* import() */ 540).then(__webpack_require__.bind(__webpack_require__, 80540)),
    "run_streak": () => __webpack_require__.e(/* import() */ 5103).then(__webpack_require__.bind(__webpack_require__, 25103)),
    "sbom_licenses": () => __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 80461)),
    "secrets_present": () => __webpack_require__.e(/* import() */ 3726).then(__webpack_require__.bind(__webpack_require__, 3726)),
    "version_alignment": () => __webpack_require__.e(/* import() */ 1325).then(__webpack_require__.bind(__webpack_require__, 51325)),
    "workflow_green": () => __webpack_require__.e(/* import() */ 6438).then(__webpack_require__.bind(__webpack_require__, 56438)),
};

// EXTERNAL MODULE: ./src/policy/schema.ts
var schema = __webpack_require__(54139);
;// CONCATENATED MODULE: ./src/policy/compiled.ts
// Validators for the policy: precompiled (src/policy/generated/, written by `npm run
// generate`) for the registry's gate types, so the action does not compile JSON Schemas at
// every start; compiled at run time for any other schema (tests, or a registry changed
// without regenerating). A gate type's parameter validator is loaded only when a policy
// uses that type: each is a module (a bundle chunk) of its own.





/**
 * Identifies the schema a document validator was built from. Plain JSON.stringify: the schema
 * is an object built by this code, so its key order is fixed. Small (no gate parameters), so
 * checking it at every start costs little.
 */
function documentFingerprint(gateTypes) {
    return (0,normalize/* sha256Hex */.fg)(JSON.stringify((0,schema/* buildDocumentSchema */.J4)((0,gates_catalogue/* asCatalogue */.g)(gateTypes).summaries)));
}
/** Identifies the schema a parameter validator was built from; computed only for the types used. */
function paramsFingerprint(gate) {
    return (0,normalize/* sha256Hex */.fg)(JSON.stringify(gate.paramsSchema));
}
async function policyValidators(gateTypes) {
    const catalogue = (0,gates_catalogue/* asCatalogue */.g)(gateTypes);
    // Ajv itself is loaded only when something has to be compiled.
    let ajv;
    const createAjv = async (options) => (await (ajv ??= Promise.all(/* import() */[__webpack_require__.e(9892), __webpack_require__.e(4777)]).then(__webpack_require__.bind(__webpack_require__, 74777)))).createAjv(options);
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
    const document = FINGERPRINT === documentFingerprint(catalogue)
        ? policy
        : (await createAjv()).compile((0,schema/* buildDocumentSchema */.J4)(catalogue.summaries));
    return {
        document,
        async params(types) {
            const gates = [...(await catalogue.load(types)).values()];
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
    const catalogue = (0,gates_catalogue/* asCatalogue */.g)(gateTypes);
    const { document: validateDocument, params: paramValidators } = await policyValidators(catalogue);
    return {
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
            // Loaded already, with their parameter validators.
            const byType = await catalogue.load(typesIn(doc));
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
// Loads the effective policy: the top-level file, its `extends` chain (base first, then
// each file overriding `stages` and `gates` by key), validated as one document whose
// issues still point at the file and line each entry came from.






const validators = new WeakMap();
function validatorFor(gateTypes) {
    const catalogue = (0,gates_catalogue/* asCatalogue */.g)(gateTypes);
    let validator = validators.get(catalogue);
    if (!validator)
        validators.set(catalogue, (validator = createPolicyValidator(catalogue)));
    return validator;
}
async function loadPolicy(root, gateTypes, options) {
    const chain = await readChain(root, options);
    const merged = mergeSources(chain.map((c) => c.source));
    await (0,libraries/* loadLibraries */.k)(librariesUsed(merged.value, await (0,gates_catalogue/* asCatalogue */.g)(gateTypes).load(typesNamed(merged.value))));
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
    return gatesOf(document).flatMap((gate) => typeof gate.type === 'string' ? (gateTypes.get(gate.type)?.libraries?.(gate.with) ?? []) : []);
}
/** The gate types a document (maybe still invalid) names. */
function typesNamed(document) {
    return gatesOf(document).flatMap((gate) => (typeof gate.type === 'string' ? [gate.type] : []));
}
function gatesOf(document) {
    const gates = isObject(document) && isObject(document.gates) ? Object.values(document.gates) : [];
    return gates.filter(isObject);
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

/***/ 54139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ buildDocumentSchema),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony exports POLICY_SCHEMA_ID, STAGE_NAME_PATTERN, GATE_ID_PATTERN, buildPolicySchema */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
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
    const needWith = gateTypes.filter((g) => g.requiresWith).map((g) => g.type);
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
                        enum: [..._model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_PERMISSIONS */ .Qy],
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
                        additionalProperties: { enum: [..._model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN] },
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
/** What the document schema needs of each type: its name, and whether `with:` is required; by name. */
function summarize(gateTypes) {
    return gateTypes
        .map((g) => ({ type: g.type, requiresWith: hasRequired(g.paramsSchema) }))
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
/** Parameters that cannot be empty: some are required, or one of several alternatives is. */
function hasRequired(schema) {
    if (Array.isArray(schema.required) && schema.required.length > 0)
        return true;
    const alternatives = (schema.oneOf ?? schema.anyOf);
    return Array.isArray(alternatives) && alternatives.every((a) => hasRequired(a));
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
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const predicate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_PREDICATE_FILE);
    const subjects = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, VSA_SUBJECTS_FILE);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(predicate, JSON.stringify(buildVerificationSummary(report, context), null, 2) + '\n');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(subjects, renderSubjects(collectVerifiedSubjects(report)));
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
function attempt(file, what, write) {
    try {
        write();
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
    attempt(dir, 'report directory', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true }));
    attempt(json, 'report', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(json, JSON.stringify(report, null, 2) + '\n'));
    attempt(md, 'report', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(md, markdown));
    return { json, md, markdown };
}
/** Appends the Markdown report to the job summary file (GITHUB_STEP_SUMMARY), as the runner expects. */
async function writeJobSummary(file, markdown) {
    attempt(file, 'job summary', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown));
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
    ical: async () => (await __webpack_require__.e(/* import() */ 9571).then(__webpack_require__.bind(__webpack_require__, 69571))).default,
    // Node loads rrule's CommonJS build, whose exports sit under `default`; the bundle its ES build.
    rrule: async () => {
        const module = await __webpack_require__.e(/* import() */ 5745).then(__webpack_require__.t.bind(__webpack_require__, 5745, 23));
        return module.RRule ?? module.default.RRule;
    },
    jmespath: () => __webpack_require__.e(/* import() */ 4022).then(__webpack_require__.bind(__webpack_require__, 34022)),
    toml: () => __webpack_require__.e(/* import() */ 3292).then(__webpack_require__.bind(__webpack_require__, 3292)),
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
