export const id = 6190;
export const ids = [6190];
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


/***/ })

};
