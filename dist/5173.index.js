export const id = 5173;
export const ids = [5173,415,1004];
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


/***/ }),

/***/ 94751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_METADATA_SCHEMA: () => (/* reexport safe */ _facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__.uu),
/* harmony export */   RELEASE_METADATA_SCHEMA_FINGERPRINT: () => (/* reexport safe */ _facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__.t$),
/* harmony export */   compareExpected: () => (/* reexport safe */ _facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__.Qx),
/* harmony export */   judgeReleaseMetadata: () => (/* binding */ judgeReleaseMetadata),
/* harmony export */   readMetadataFile: () => (/* reexport safe */ _facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__.WJ),
/* harmony export */   releaseMetadataGate: () => (/* binding */ releaseMetadataGate)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _facts_build_find_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84045);
/* harmony import */ var _facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23157);
/* harmony import */ var _facts_build_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87922);
/* harmony import */ var _util_zip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52003);
/* harmony import */ var _build_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99202);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72301);
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
const releaseMetadataGate = (0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .defineGate */ .p)({
    type: 'release_metadata',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            workflow: {
                ..._build_provenance_js__WEBPACK_IMPORTED_MODULE_5__.WORKFLOW_FILE_SCHEMA,
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
            if ((0,_util_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .normaliseEntryName */ .cx)(params.file).endsWith('/'))
                throw new _util_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .ZipError */ .Wz('names a directory');
        }
        catch (error) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `file '${params.file}' is not a relative file path inside the artifact: ${error.message}`);
        }
    },
    // The dispatch rule reads the metadata where this gate is told it is.
    buildRunPolicy: (params) => ({ metadata: locationOf(params) }),
    async collect(params, ctx, facts) {
        const location = locationOf(params);
        const finding = await (0,_facts_build_find_js__WEBPACK_IMPORTED_MODULE_1__.findBuildRun)(facts, ctx, { ...(0,_facts_build_find_js__WEBPACK_IMPORTED_MODULE_1__.rulesFor)(ctx, params.workflow), metadata: location });
        if (!finding.found)
            return { lookup: finding.lookup, trust: null, artifact: null, download: null };
        const trust = {
            problems: finding.trust.problems.filter((p) => !JUDGED_FROM_METADATA.has(p.code)),
            rule: (0,_facts_build_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .isBranchDispatch */ .xN)(finding.run, ctx) ? 'dispatch_attested' : 'tag_push',
        };
        if (trust.problems.length > 0)
            return { lookup: finding.lookup, trust, artifact: null, download: null };
        const read = finding.attestation ?? (await (0,_facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .collectMetadata */ .um)(facts, ctx.repository, finding.run.id, location));
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
        return (0,_build_provenance_js__WEBPACK_IMPORTED_MODULE_5__.buildRunNotFound)(lookup);
    const run = lookup.run;
    const links = (0,_build_provenance_js__WEBPACK_IMPORTED_MODULE_5__.runLinks)(run, ctx);
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
    const reading = (0,_facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .readMetadata */ ._6)({ artifact, download }, locationOf(params));
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
        ? { ...params.expect, ...(0,_facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .attestationExpected */ .PP)(ctx, run.id) }
        : params.expect;
    details.admitted_by = trust.rule;
    const mismatches = (0,_facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .compareExpected */ .Qx)(expected, reading.metadata);
    if (mismatches.length > 0) {
        return {
            status: 'fail',
            code: 'METADATA_MISMATCH',
            message: `${params.file} of build run ${run.id} describes another release: ${(0,_facts_build_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .describeMismatches */ .EZ)(mismatches)}.`,
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


/***/ })

};
