export const id = 9625;
export const ids = [9625,6190];
export const modules = {

/***/ 46190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileInArchive: () => (/* binding */ fileInArchive),
/* harmony export */   fileInArtifact: () => (/* binding */ fileInArtifact),
/* harmony export */   filesInArtifact: () => (/* binding */ filesInArtifact)
/* harmony export */ });
/* harmony import */ var _util_zip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52003);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67808);
/* harmony import */ var _refusals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90415);



/** `file` of `artifact` (null: the run has none named `name`), or why it cannot be read. */
async function fileInArtifact(facts, repo, artifact, name, spec) {
    const listed = (0,_refusals_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRefusal */ .jz)(artifact, null, spec.maxBytes, name);
    if (listed)
        return { refusal: listed };
    const download = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__.downloadRunArtifact)(facts, repo, artifact, {
        maxBytes: spec.maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    const refusal = (0,_refusals_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRefusal */ .jz)(artifact, download, spec.maxBytes, name);
    if (refusal)
        return { refusal };
    if (download.outcome !== 'downloaded')
        throw new Error(`artifact '${name}' was not downloaded`);
    return fileInArchive(download.archive, artifact, spec);
}
/** The names of the files an artifact holds (directories left out), or why it cannot be read. */
async function filesInArtifact(facts, repo, artifact, maxBytes) {
    const listed = (0,_refusals_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRefusal */ .jz)(artifact, null, maxBytes, artifact.name);
    if (listed)
        return { refusal: listed };
    const download = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__.downloadRunArtifact)(facts, repo, artifact, {
        maxBytes,
        tempRoot: facts.env.RUNNER_TEMP || undefined,
    });
    const refusal = (0,_refusals_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactRefusal */ .jz)(artifact, download, maxBytes, artifact.name);
    if (refusal)
        return { refusal };
    if (download.outcome !== 'downloaded')
        throw new Error(`artifact '${artifact.name}' was not downloaded`);
    try {
        const entries = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .listZipEntries */ .kT)(download.archive, zipLimits(maxBytes));
        return { archive: download.archive, names: entries.filter((e) => !e.isDirectory).map((e) => e.name) };
    }
    catch (error) {
        if (!(error instanceof _util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .ZipError */ .Wz))
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
        ..._util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ZIP_LIMITS */ .RT,
        maxEntryBytes: Math.max(_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ZIP_LIMITS */ .RT.maxEntryBytes, maxBytes),
        maxTotalBytes: Math.max(_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ZIP_LIMITS */ .RT.maxTotalBytes, maxBytes),
    };
}
/** `file` from a verified artifact archive; or why not. Nothing is written to disk. */
function fileInArchive(archive, artifact, source) {
    const maxBytes = source.maxBytes;
    const orWhole = source.orWhole ?? false;
    let entries;
    try {
        entries = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .listZipEntries */ .kT)(archive, zipLimits(maxBytes));
    }
    catch (error) {
        if (!(error instanceof _util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .ZipError */ .Wz))
            throw error;
        // Not a zip at all, or a .zip file uploaded as itself: an unzipped upload is the file.
        if (orWhole && (!looksLikeZip(archive) || isZipName(artifact.name, source.file)))
            return { bytes: archive };
        return { refusal: { code: 'ARTIFACT_INVALID', message: `is not a readable zip: ${error.message}` } };
    }
    try {
        const entry = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .findZipEntry */ .j2)(entries, source.file);
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
            return { bytes: (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntry */ .g7)(archive, entry) };
    }
    catch (error) {
        if (!(error instanceof _util_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .ZipError */ .Wz))
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


/***/ }),

/***/ 59625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ hashAsset),
/* harmony export */   W9: () => (/* binding */ DEFAULT_ARCHIVE_MAX_BYTES),
/* harmony export */   qs: () => (/* binding */ listAssets),
/* harmony export */   readAsset: () => (/* binding */ readAsset),
/* harmony export */   releaseByTag: () => (/* binding */ releaseByTag)
/* harmony export */ });
/* unused harmony export artifactFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73116);
/* harmony import */ var _util_checksums_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61088);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67808);
/* harmony import */ var _build_archive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46190);
/* harmony import */ var _build_find_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84045);
/* harmony import */ var _build_refusals_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90415);
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
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toGateError */ .Vl)(error, `the release of tag '${tag}'`);
        }
        const id = typeof data.id === 'number' ? data.id : null;
        if (id === null)
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('API_ERROR', `GitHub returned the release of tag '${tag}' without an id.`);
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
                throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toGateError */ .Vl)(error, `the assets of release '${tag}'`);
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
        digest: (0,_util_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApiDigest */ ._O)(raw.digest),
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
    const found = await (0,_build_find_js__WEBPACK_IMPORTED_MODULE_6__.trustedBuildRun)(facts, ctx, options.workflow);
    if (!found.ok)
        return { source: 'build_artifacts', where: found.where, link: null, absent: found.reason, assets: {} };
    const { run, where } = found;
    const wanted = [...new Set(options.names)];
    const artifacts = await Promise.all(wanted.map((name) => (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__.findRunArtifact)(facts, repo, run.id, name)));
    const assets = {};
    for (const artifact of artifacts) {
        if (!artifact)
            continue;
        assets[artifact.name] = {
            name: artifact.name,
            // The API's size is the zip's, not the file's.
            size: null,
            digest: (0,_util_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .parseApiDigest */ ._O)(artifact.digest),
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
    const matches = options.artifacts ? picomatch__WEBPACK_IMPORTED_MODULE_8___default()(options.artifacts) : () => true;
    const listed = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__.listRunArtifacts)(facts, repo, runId);
    const opened = listed.filter((artifact) => matches(artifact.name) && !names.includes(artifact.name));
    const found = {};
    const contents = await Promise.all(opened
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(async (artifact) => ({ artifact, read: await (0,_build_archive_js__WEBPACK_IMPORTED_MODULE_5__.filesInArtifact)(facts, repo, artifact, maxBytes) })));
    for (const { artifact, read } of contents) {
        if ('refusal' in read)
            throw (0,_build_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .refusalError */ .z_)(read.refusal, `artifact '${artifact.name}' of run ${runId}`);
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
function requireTag(ctx, what) {
    if (!ctx.tag)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('NOT_A_TAG', `'${ctx.refName}' is not a tag, so it has no ${what}. Evaluate a tag.`);
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
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    }
    return facts.memo(`asset-sha256:${assetKey(repo, origin.id)}:${maxBytes}`, () => onceMoreIfCut(async () => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
        if (!(error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue) || error.details.cut !== true)
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
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('ASSET_TOO_LARGE', `${capitalize(what)} is ${asset.size} bytes, over the ${maxBytes}-byte limit for downloads.`, {
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
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .toGateError */ .Vl)(error, what);
    }
    let received = 0;
    try {
        for await (const chunk of body ?? []) {
            received += chunk.length;
            if (received > maxBytes) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('ASSET_TOO_LARGE', `${capitalize(what)} sent more than ${maxBytes} bytes, the limit for downloads; download stopped.`, {
                    asset: asset.name,
                    max_bytes: maxBytes,
                });
            }
            if (asset.size !== null && received > asset.size) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('ASSET_DOWNLOAD_FAILED', `${capitalize(what)} sent more than the ${asset.size} bytes GitHub lists for it; download stopped.`, {
                    asset: asset.name,
                    size: asset.size,
                });
            }
            onChunk(chunk);
        }
    }
    catch (error) {
        if (error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue)
            throw error;
        const reason = error.cause?.message ?? error.message;
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('ASSET_DOWNLOAD_FAILED', `Downloading ${what} failed after ${received} bytes: ${reason}`, { asset: asset.name, cut: true });
    }
    if (asset.size !== null && received !== asset.size) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('ASSET_DOWNLOAD_FAILED', `Downloading ${what} ended after ${received} of ${asset.size} bytes (cut short).`, {
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
    const read = await (0,_build_archive_js__WEBPACK_IMPORTED_MODULE_5__.fileInArtifact)(facts, repo, artifact, artifact.name, {
        file: origin.path,
        maxBytes: origin.archiveMaxBytes,
    });
    if ('refusal' in read)
        throw (0,_build_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .refusalError */ .z_)(read.refusal, what);
    if (read.bytes.length > maxBytes) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('OUTPUT_TOO_LARGE', `'${origin.path}' in ${what} is ${read.bytes.length} bytes, over the ${maxBytes}-byte limit.`, { artifact: artifact.name, file: origin.path, size: read.bytes.length, max_bytes: maxBytes });
    }
    return read.bytes;
}
/**
 * One file of a run's artifact, from a download whose sha256 matched the API's digest; a
 * refusal is thrown with its shared code (facts/build/refusals.ts).
 */
async function artifactFile(facts, repo, artifact, options) {
    const read = await (0,_build_archive_js__WEBPACK_IMPORTED_MODULE_5__.fileInArtifact)(facts, repo, artifact, artifact.name, options);
    if ('refusal' in read)
        throw (0,_build_refusals_js__WEBPACK_IMPORTED_MODULE_7__/* .refusalError */ .z_)(read.refusal, `artifact '${artifact.name}' of run ${artifact.workflowRunId}`);
    return read.bytes;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 61088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ parseSidecar),
/* harmony export */   Lm: () => (/* binding */ parseSha256Sums),
/* harmony export */   P4: () => (/* binding */ isSha256Hex),
/* harmony export */   _O: () => (/* binding */ parseApiDigest),
/* harmony export */   zV: () => (/* binding */ ChecksumParseError)
/* harmony export */ });
/* unused harmony exports CHECKSUM_MALFORMED, sha256Hex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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


/***/ })

};
