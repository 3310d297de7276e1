export const id = 1004;
export const ids = [1004,415];
export const modules = {

/***/ 90415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refusedBeforeDownload),
/* harmony export */   jz: () => (/* binding */ artifactRefusal),
/* harmony export */   z_: () => (/* binding */ refusalError)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
// Why an output of the build cannot be read: one set of codes for every gate that reads what
// the build produced (release_metadata, evidence, sbom_licenses, metric_budgets, release_assets).
// Each gate keeps the codes SPEC \u00a76 names for it and uses these where it names none
// (docs/gates.md, "Reading what the build produced").

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
/** A refusal as the gate's error: `what` (e.g. "release asset 'x'") then why. */
function refusalError(refusal, what) {
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(refusal.code, `${what.charAt(0).toUpperCase()}${what.slice(1)} ${refusal.message}`, {
        ...refusal.details,
    });
}


/***/ }),

/***/ 99202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROVENANCE_CHECKS: () => (/* binding */ PROVENANCE_CHECKS),
/* harmony export */   WORKFLOW_FILE_SCHEMA: () => (/* binding */ WORKFLOW_FILE_SCHEMA),
/* harmony export */   buildProvenanceGate: () => (/* binding */ buildProvenanceGate),
/* harmony export */   buildRunNotFound: () => (/* binding */ buildRunNotFound),
/* harmony export */   describeRun: () => (/* binding */ describeRun),
/* harmony export */   judgeBuildProvenance: () => (/* binding */ judgeBuildProvenance),
/* harmony export */   runLinks: () => (/* binding */ runLinks),
/* harmony export */   targetProblem: () => (/* binding */ targetProblem)
/* harmony export */ });
/* harmony import */ var _facts_build_find_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84045);
/* harmony import */ var _facts_build_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59825);
/* harmony import */ var _facts_build_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87922);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72301);




/** In the order they are checked; the first failed one is the verdict's code. */
const PROVENANCE_CHECKS = _facts_build_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_CHECKS */ .dR;
/** A workflow file name, as in `.github/workflows/<name>`. */
const WORKFLOW_FILE_SCHEMA = {
    description: 'File name of the release build workflow under .github/workflows/.',
    type: 'string',
    pattern: '^[^/\\\\]+\\.ya?ml$',
    default: 'release.yml',
};
const buildProvenanceGate = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineGate */ .p)({
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
                default: [..._facts_build_find_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_BUILD_EVENTS],
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
            ...(0,_facts_build_find_js__WEBPACK_IMPORTED_MODULE_0__.rulesFor)(ctx, params.workflow),
            events: params.events,
            dispatchFrom: params.dispatch_from ?? null,
        };
        return { finding: await (0,_facts_build_find_js__WEBPACK_IMPORTED_MODULE_0__.findBuildRun)(facts, ctx, rules) };
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
            repository: (0,_facts_build_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .repoName */ .Qq)(ctx.repository),
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
        ? `dispatched from '${run.headBranch}', built tag '${ctx.tag}' (${short(ctx.sha)}) as its release metadata attests`
        : `built ${short(run.headSha)} for tag '${ctx.tag}'`;
    return {
        status: 'pass',
        code: 'BUILD_RUN_OK',
        message: `Build run ${run.id} (${run.path}, ${run.event}) ${how} in ${(0,_facts_build_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .repoName */ .Qq)(ctx.repository)} and succeeded.`,
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
        message: `No build run: looked for ${(0,_facts_build_run_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBuildRunQuery */ .Zv)(lookup.query)}, but ${lookup.reason}. ${hint}`,
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
    const url = run.htmlUrl || `${ctx.serverUrl}/${(0,_facts_build_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .repoName */ .Qq)(ctx.repository)}/actions/runs/${run.id}`;
    return [{ title: `Build run ${run.id}`, url }];
}
function short(sha) {
    return sha.slice(0, 12);
}


/***/ })

};
