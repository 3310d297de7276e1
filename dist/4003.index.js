export const id = 4003;
export const ids = [4003,415];
export const modules = {

/***/ 17651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ outputText),
/* harmony export */   o: () => (/* binding */ readOutput)
/* harmony export */ });
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39522);

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
    const file = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceFile */ .s)(facts, path, maxBytes);
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
    // Loaded here, not with the gate: a gate reading workspace files never needs them.
    const [{ trustedBuildRun }, { findRunArtifact }, { fileInArtifact }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045)]).then(__webpack_require__.bind(__webpack_require__, 84045)),
        __webpack_require__.e(/* import() */ 7808).then(__webpack_require__.bind(__webpack_require__, 67808)),
        Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(6190)]).then(__webpack_require__.bind(__webpack_require__, 46190)),
    ]);
    let run = source.run;
    if (!run) {
        const trusted = await trustedBuildRun(facts, ctx, source.workflow);
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
    const artifact = await findRunArtifact(facts, ctx.repository, run.id, source.name);
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
    const { readAsset, releaseByTag } = await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9625)]).then(__webpack_require__.bind(__webpack_require__, 59625));
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


/***/ }),

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

/***/ 14003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evidenceGate: () => (/* binding */ evidenceGate),
/* harmony export */   judgeEvidence: () => (/* binding */ judgeEvidence)
/* harmony export */ });
/* harmony import */ var _facts_build_output_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17651);
/* harmony import */ var _facts_build_refusals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90415);
/* harmony import */ var _util_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87148);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72301);




const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
const evidenceGate = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defineGate */ .p)({
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
    const read = await (0,_facts_build_output_js__WEBPACK_IMPORTED_MODULE_0__/* .readOutput */ .o)(facts, ctx, source, { maxBytes: params.max_bytes });
    const path = params.artifact ? read.label : params.path;
    if (read.ok)
        return { kind: 'ok', path, text: read.bytes.toString('utf8') };
    if (read.code === 'OUTPUT_MISSING' || read.code === 'ARTIFACT_MISSING')
        return { kind: 'missing', path };
    if (read.code === 'OUTPUT_TOO_LARGE') {
        const size = typeof read.details?.size === 'number' ? read.details.size : Number.NaN;
        return { kind: 'too_large', path, size, maxBytes: params.max_bytes };
    }
    throw (0,_facts_build_refusals_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalError */ .z_)(read, `evidence ${read.label}`);
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
    const lookup = (0,_util_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePointer */ .c)(document, params.pointer);
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


/***/ }),

/***/ 87148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolvePointer)
/* harmony export */ });
/* unused harmony export parsePointer */
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


/***/ })

};
