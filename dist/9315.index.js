export const id = 9315;
export const ids = [9315,415,1004];
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

/***/ 32433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeSbomLicenses: () => (/* binding */ judgeSbomLicenses),
  parseApprovedPackages: () => (/* binding */ parseApprovedPackages),
  sbomLicensesGate: () => (/* binding */ sbomLicensesGate)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
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
        throw new SbomError(`${label} is not an SBOM: expected a JSON object, found ${kindOf(doc)}.`);
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
            throw new SbomError(`${label}: relationships[${i}] is ${kindOf(raw)}, not an object.`);
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
            throw new SbomError(`${where} is ${kindOf(raw)}, not an object.`);
        const spdxId = optionalString(raw.SPDXID, `${where}.SPDXID`);
        const name = optionalString(raw.name, `${where}.name`) ?? spdxId ?? `package #${i + 1}`;
        const version = optionalString(raw.versionInfo, `${where}.versionInfo`) || null;
        const concluded = optionalString(raw.licenseConcluded, `${where}.licenseConcluded`)?.trim();
        const declared = optionalString(raw.licenseDeclared, `${where}.licenseDeclared`)?.trim();
        let purl = null;
        for (const [j, ref] of optionalArray(raw.externalRefs, `${where}.externalRefs`).entries()) {
            if (!isObject(ref))
                throw new SbomError(`${where}.externalRefs[${j}] is ${kindOf(ref)}, not an object.`);
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
                throw new SbomError(`${where} is ${kindOf(raw)}, not an object.`);
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
            throw new SbomError(`${where}[${i}] is ${kindOf(entry)}, not an object.`);
        const expression = optionalString(entry.expression, `${where}[${i}].expression`)?.trim();
        if (expression) {
            parts.push(expression);
            continue;
        }
        if (entry.license !== undefined) {
            if (!isObject(entry.license))
                throw new SbomError(`${where}[${i}].license is ${kindOf(entry.license)}, not an object.`);
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
        throw new SbomError(`${what} is ${kindOf(value)}, not an array.`);
    return value;
}
function optionalString(value, what) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw new SbomError(`${what} is ${kindOf(value)}, not a string.`);
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/facts/build/output.ts
var output = __webpack_require__(17651);
;// CONCATENATED MODULE: ./src/facts/sbom.ts
// SBOMs for sbom_licenses: the repository's SPDX export from the dependency graph (one
// request), an SPDX/CycloneDX JSON file in the workspace, or a file in an artifact of the
// build run. Every way of not having a readable SBOM is a GateError with its own code.




async function readSbom(facts, ctx, source, options) {
    if (source.kind === 'dependency_graph')
        return dependencyGraphSbom(facts, ctx.repository, ctx.serverUrl);
    const read = source.kind === 'file'
        ? await (0,output/* readOutput */.o)(facts, ctx, { kind: 'workspace', path: source.path }, options)
        : await (0,output/* readOutput */.o)(facts, ctx, {
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
    const text = (0,output/* outputText */.j)(read.bytes);
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

// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
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
function tokenize(text) {
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
    const tokens = tokenize(text);
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

// EXTERNAL MODULE: ./src/gates/build-provenance.ts
var build_provenance = __webpack_require__(99202);
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
const MESSAGE_LIMIT = 10;
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
                        ...build_provenance.WORKFLOW_FILE_SCHEMA,
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
            throw invalid('source: file needs `path`.');
        if (params.source !== 'file' && params.path !== undefined)
            throw invalid('`path` is only read with source: file.', '/path');
        if (params.source === 'artifact' && !params.artifact)
            throw invalid('source: artifact needs `artifact: {name, file}`.');
        if (params.source !== 'artifact' && params.artifact !== undefined)
            throw invalid('`artifact` is only read with source: artifact.', '/artifact');
        if (params.allow === undefined && params.deny.length === 0)
            throw invalid('give `allow`, `deny` or both: with neither, no license could ever fail.');
        const allow = rules(params.allow ?? [], 'allow');
        const deny = rules(params.deny, 'deny');
        const both = allow.filter((a) => deny.some((d) => d.text.toLowerCase() === a.text.toLowerCase()));
        if (both.length)
            throw invalid(`${both.map((r) => r.text).join(', ')} is both allowed and denied.`);
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
function invalid(message, pointer) {
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
                throw invalid(`${what}: ${reason}.`, `/${what}/${index}`);
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
        const shown = all.slice(0, MESSAGE_LIMIT).map(describe).join('; ');
        return all.length > MESSAGE_LIMIT ? `${shown}; \u2026 and ${all.length - MESSAGE_LIMIT} more` : shown;
    }
}
function describe(finding) {
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


/***/ })

};
