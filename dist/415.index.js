export const id = 415;
export const ids = [415];
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


/***/ })

};
