export const id = 4045;
export const ids = [4045];
export const modules = {

/***/ 84045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BUILD_EVENTS: () => (/* binding */ DEFAULT_BUILD_EVENTS),
/* harmony export */   DEFAULT_BUILD_WORKFLOW: () => (/* binding */ DEFAULT_BUILD_WORKFLOW),
/* harmony export */   DISPATCH_ATTESTATION_BOUND: () => (/* binding */ DISPATCH_ATTESTATION_BOUND),
/* harmony export */   findBuildRun: () => (/* binding */ findBuildRun),
/* harmony export */   rulesFor: () => (/* binding */ rulesFor),
/* harmony export */   titleNamesTag: () => (/* binding */ titleNamesTag),
/* harmony export */   toTrustedRun: () => (/* binding */ toTrustedRun),
/* harmony export */   trustedBuildRun: () => (/* binding */ trustedBuildRun)
/* harmony export */ });
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
  uu: () => (/* binding */ RELEASE_METADATA_SCHEMA),
  t$: () => (/* binding */ RELEASE_METADATA_SCHEMA_FINGERPRINT),
  PP: () => (/* binding */ attestationExpected),
  um: () => (/* binding */ collectMetadata),
  Qx: () => (/* binding */ compareExpected),
  EZ: () => (/* binding */ describeMismatches),
  _6: () => (/* binding */ readMetadata),
  WJ: () => (/* binding */ readMetadataFile)
});

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
    const artifact = await (0,artifacts.findRunArtifact)(facts, repo, runId, location.artifact);
    if (!artifact || (0,refusals/* refusedBeforeDownload */.C)(artifact, location.maxBytes))
        return { artifact, download: null };
    const download = await (0,artifacts.downloadRunArtifact)(facts, repo, artifact, {
        maxBytes: location.maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    return { artifact, download };
}
/** The metadata document, or why it cannot be taken (pure: from what collectMetadata read). */
function readMetadata(facts, location) {
    const { artifact, download } = facts;
    const refusal = (0,refusals/* artifactRefusal */.jz)(artifact, download, location.maxBytes, location.artifact);
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
/* harmony export */   dR: () => (/* binding */ TRUST_CHECKS),
/* harmony export */   eX: () => (/* binding */ runProblems),
/* harmony export */   g_: () => (/* binding */ judgeTrust),
/* harmony export */   jy: () => (/* binding */ foreignRunProblem),
/* harmony export */   xN: () => (/* binding */ isBranchDispatch)
/* harmony export */ });
/* unused harmony export workflowPathMatches */
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23157);

/** In the order they are checked; the first failed one is the verdict's code. */
const TRUST_CHECKS = [
    'WRONG_WORKFLOW',
    'FOREIGN_REPOSITORY',
    'RUN_NOT_SUCCESSFUL',
    'WRONG_EVENT',
    'DISPATCH_FROM_UNTRUSTED_BRANCH',
    'DISPATCH_NOT_ATTESTED',
    'TAG_MISMATCH',
    'SHA_MISMATCH',
];
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


/***/ })

};
