export const id = 5126;
export const ids = [5126];
export const modules = {

/***/ 85126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publicGoodTrust: () => (/* binding */ publicGoodTrust),
/* harmony export */   trustFromTrustedRoot: () => (/* binding */ trustFromTrustedRoot),
/* harmony export */   verifyAttestationBundle: () => (/* binding */ verifyAttestationBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84423);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54187);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40440);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76298);
// Cryptographic verification of GitHub artifact attestations with the Sigstore libraries npm
// uses (@sigstore/verify, @sigstore/bundle, @sigstore/tuf). This module and everything it
// imports is loaded only when an `attestations` gate runs (dynamic import in
// src/facts/attestations.ts), so ncc puts it in a chunk of its own.
//
// A bundle is accepted when its signing certificate chains to a trusted certificate authority
// at a verified signing time (a transparency-log entry's signed inclusion promise or inclusion
// proof, or an RFC 3161 timestamp), the log entry matches the envelope, the DSSE signature
// verifies with the certificate's key, and the in-toto statement names the file's sha256 among
// its subjects. What the certificate says about the workflow is returned for the gate to judge.








const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/**
 * The trust of a Sigstore trusted root document. A root that lists transparency logs demands a
 * verified log entry (public-good Sigstore); one without (GitHub's own instance, used for private
 * repositories) demands a signed timestamp instead. Likewise a root listing certificate
 * transparency logs demands an SCT in the certificate.
 */
function trustFromTrustedRoot(json, source) {
    let material;
    try {
        if (!json || typeof json !== 'object' || Array.isArray(json))
            throw new Error('it is not a JSON object');
        material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .toTrustMaterial */ .jO)(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.TrustedRoot.fromJSON(json));
    }
    catch (error) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_6__/* .GateError */ .ue('TRUSTED_ROOT_UNAVAILABLE', `The trusted root ${source} is not a Sigstore trusted root: ${reasonOf(error)}.`, { trusted_root: source });
    }
    if (material.certificateAuthorities.length === 0) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_6__/* .GateError */ .ue('TRUSTED_ROOT_UNAVAILABLE', `The trusted root ${source} lists no certificate authority, so no attestation could verify.`, { trusted_root: source });
    }
    return {
        material,
        options: {
            tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
        source,
    };
}
/** Sigstore's public-good trusted root, refreshed through TUF from the root the library embeds. */
async function publicGoodTrust(options = {}) {
    const source = `Sigstore public-good (TUF ${options.mirrorURL ?? 'https://tuf-repo-cdn.sigstore.dev'})`;
    let root;
    try {
        root = await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_4__.getTrustedRoot)({ ...options, retry: { retries: 1 }, timeout: 10_000 });
    }
    catch (error) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_6__/* .GateError */ .ue('TRUSTED_ROOT_UNAVAILABLE', `Cannot get the ${source} trusted root: ${reasonOf(error)}. Without it no attestation can be verified; allow the runner to reach the TUF mirror, or give the gate a trusted_root file.`, { trusted_root: source });
    }
    return trustFromTrustedRoot(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.TrustedRoot.toJSON(root), source);
}
/** Verifies one bundle as an attestation of the file whose sha256 is `subjectSha256`. */
function verifyAttestationBundle(json, subjectSha256, trust) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__/* .bundleFromJSON */ .vw)(json);
    }
    catch (error) {
        return { ok: false, reason: `not a Sigstore bundle (${reasonOf(error)})` };
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        return { ok: false, reason: 'the bundle signs a message, not an in-toto statement (no DSSE envelope)' };
    const leaf = leafCertificate(bundle);
    if (!leaf)
        return { ok: false, reason: 'the bundle is signed by a bare key, not a Fulcio certificate' };
    try {
        new _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .Verifier */ .BL(trust.material, trust.options).verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .toSignedEntity */ .DC)(bundle));
    }
    catch (error) {
        return { ok: false, reason: `Sigstore verification failed: ${describeVerificationError(error)}` };
    }
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return { ok: false, reason: `the envelope holds '${envelope.payloadType}', not an in-toto statement` };
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'the signed statement is not JSON' };
    }
    if (!IN_TOTO_STATEMENT_TYPES.includes(String(statement._type)))
        return {
            ok: false,
            reason: `the signed statement's _type is '${String(statement._type)}', not an in-toto statement`,
        };
    const digests = Array.isArray(statement.subject)
        ? statement.subject.map((s) => String(s?.digest?.sha256 ?? '').toLowerCase())
        : [];
    if (!digests.includes(subjectSha256.toLowerCase())) {
        return {
            ok: false,
            reason: `the signed statement's subjects (sha256 ${digests.join(', ') || 'none'}) do not include this file's sha256 ${subjectSha256}`,
        };
    }
    if (typeof statement.predicateType !== 'string')
        return { ok: false, reason: 'the signed statement has no predicateType' };
    const logTime = bundle.verificationMaterial.tlogEntries[0]?.integratedTime;
    return {
        ok: true,
        predicateType: statement.predicateType,
        claims: certificateClaims(leaf),
        signedAt: logTime ? new Date(Number(logTime) * 1000).toISOString() : null,
        statementSha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(envelope.payload).digest('hex'),
    };
}
function leafCertificate(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    return raw ? _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.X509Certificate.parse(Buffer.from(raw)) : null;
}
/** Each Fulcio v2 extension holds a DER UTF8String. */
function certificateClaims(certificate) {
    const claims = {};
    for (const [name, oid] of Object.entries(_claims_js__WEBPACK_IMPORTED_MODULE_7__/* .FULCIO_OIDS */ .bo)) {
        const extension = certificate.extension(oid);
        const inner = extension?.valueObj.subs[0];
        claims[name] = inner ? inner.value.toString('utf8') : null;
    }
    return claims;
}
function describeVerificationError(error) {
    const e = error;
    const cause = e.cause?.message ? ` (${e.cause.message})` : '';
    return `${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}${cause}`;
}
function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
