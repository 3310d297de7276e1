export const id = 6523;
export const ids = [6523];
export const modules = {

/***/ 36523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ATTESTATION_INVALID: () => (/* binding */ ATTESTATION_INVALID),
  ATTESTATION_MISSING: () => (/* binding */ ATTESTATION_MISSING),
  attestationsGate: () => (/* binding */ attestationsGate),
  fileVerdict: () => (/* binding */ fileVerdict),
  judgeAttestations: () => (/* binding */ judgeAttestations)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
;// CONCATENATED MODULE: ./src/facts/attestations.ts
// A file's GitHub artifact attestations, verified. The list comes from
// `GET /repos/{owner}/{repo}/attestations/sha256:{digest}` (permission `attestations: read`;
// cursor-paginated through Link headers). Each entry carries its Sigstore bundle inline, or only
// a `bundle_url` to the bundle Snappy-compressed in storage, as the GitHub CLI reads it.
//
// Verification needs the Sigstore libraries, which are large: they are imported here on first
// use (src/supply-chain/verify.ts is a chunk of its own), never at start-up.




/** Enough for any real release; past it the listing is an error, never a silent cut. */
const MAX_ATTESTATIONS = 300;
const PER_PAGE = 100;
/** Bundles are a few KiB; anything much bigger is not one. */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const BUNDLE_TIMEOUT_MS = 20_000;
/** A Sigstore trusted root is a few KiB. */
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/** The Sigstore verifier, a chunk of its own: imported by the first gate that verifies. */
async function loadVerifier() {
    try {
        return await Promise.all(/* import() */[__webpack_require__.e(6138), __webpack_require__.e(2088), __webpack_require__.e(1303), __webpack_require__.e(5126)]).then(__webpack_require__.bind(__webpack_require__, 85126));
    }
    catch (error) {
        throw new types/* GateError */.ue('VERIFIER_NOT_LOADED', `Cannot load the Sigstore verifier: ${error.message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`);
    }
}
/** The attestations GitHub holds for a sha256 digest in this repository; none \u2192 []. */
function listAttestations(facts, repo, sha256) {
    return facts.memo(`attestations:${repo.owner}/${repo.repo}:${sha256}`, async () => {
        const octokit = facts.github.octokit;
        const records = [];
        try {
            const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                ...repo,
                subject_digest: `sha256:${sha256}`,
                per_page: PER_PAGE,
            });
            for await (const page of pages) {
                const list = page.data.attestations;
                if (!Array.isArray(list)) {
                    throw new types/* GateError */.ue('API_ERROR', `GitHub answered the attestations of sha256:${sha256} without an 'attestations' list.`);
                }
                records.push(...list.map(toRecord));
                if (records.length > MAX_ATTESTATIONS) {
                    throw new types/* GateError */.ue('TOO_MANY_ATTESTATIONS', `sha256:${sha256} has more than ${MAX_ATTESTATIONS} attestations; not all could be read.`);
                }
            }
        }
        catch (error) {
            // GitHub answers 404 for a digest it holds no attestation of (the GitHub CLI reads it so).
            if (error.status === 404)
                return [];
            throw (0,errors/* toGateError */.Vl)(error, `the attestations of sha256:${sha256}`);
        }
        return records;
    });
}
function toRecord(payload) {
    const raw = (payload ?? {});
    return {
        bundle: raw.bundle && typeof raw.bundle === 'object' ? raw.bundle : null,
        bundleUrl: typeof raw.bundle_url === 'string' && raw.bundle_url ? raw.bundle_url : null,
        repositoryId: typeof raw.repository_id === 'number' ? raw.repository_id : null,
    };
}
/**
 * The bundle behind a `bundle_url`: Snappy-compressed JSON in storage. The URL is signed, so no
 * GitHub token is sent (it may be another host).
 */
function fetchBundle(facts, url) {
    return facts.memo(`attestation-bundle:${url}`, async () => {
        const where = `the attestation bundle at ${safeUrl(url)}`;
        let compressed;
        try {
            const response = await fetch(url, {
                signal: AbortSignal.timeout(BUNDLE_TIMEOUT_MS),
                redirect: 'follow',
            });
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
            const length = Number(response.headers.get('content-length') ?? '0');
            if (length > MAX_BUNDLE_BYTES)
                throw new Error(`${length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
            compressed = Buffer.from(await response.arrayBuffer());
            if (compressed.length > MAX_BUNDLE_BYTES)
                throw new Error(`${compressed.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `Could not fetch ${where}: ${error.message}.`, {
                url: safeUrl(url),
            });
        }
        try {
            const { uncompress } = (await __webpack_require__.e(/* import() */ 4528).then(__webpack_require__.t.bind(__webpack_require__, 64528, 19))).default;
            const json = Buffer.from(uncompress(compressed, MAX_BUNDLE_BYTES)).toString('utf8');
            return JSON.parse(json);
        }
        catch (error) {
            throw new types/* GateError */.ue('API_ERROR', `${where} is not a Snappy-compressed JSON bundle: ${error.message}.`, { url: safeUrl(url) });
        }
    });
}
/** The URL without its query string (a storage signature). */
function safeUrl(url) {
    return url.split('?')[0];
}
/**
 * What bundles are verified against. Without a file: Sigstore's public-good root through TUF
 * (`RELEASE_GATES_TUF_MIRROR` + `RELEASE_GATES_TUF_ROOT` name another mirror and its root.json;
 * the cache goes under RUNNER_TEMP on a runner). Unreachable or unreadable: the gate errors.
 */
function sigstoreTrust(facts, options) {
    const file = options.trustedRoot;
    if (file) {
        return facts.memo(`sigstore-trust:file:${file}`, async () => {
            const read = await (0,workspace/* readWorkspaceFile */.s)(facts, file, MAX_TRUSTED_ROOT_BYTES);
            const source = `'${file}'`;
            if (read.kind !== 'ok') {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', read.kind === 'missing'
                    ? `The trusted root ${source} does not exist in the workspace; no attestation can be verified without it.`
                    : `The trusted root ${source} is ${read.size} bytes, over the ${read.maxBytes}-byte limit.`, { trusted_root: file });
            }
            let json;
            try {
                json = JSON.parse(read.text);
            }
            catch (error) {
                throw new types/* GateError */.ue('TRUSTED_ROOT_UNAVAILABLE', `The trusted root ${source} is not JSON: ${error.message}.`, { trusted_root: file });
            }
            return (await loadVerifier()).trustFromTrustedRoot(json, source);
        }, 'local');
    }
    return facts.memo('sigstore-trust:public-good', async () => {
        const env = facts.env;
        const cachePath = env.RELEASE_GATES_TUF_CACHE ||
            (env.RUNNER_TEMP ? external_node_path_default().join(env.RUNNER_TEMP, 'sigstore-tuf') : undefined);
        return (await loadVerifier()).publicGoodTrust({
            cachePath,
            mirrorURL: env.RELEASE_GATES_TUF_MIRROR || undefined,
            rootPath: env.RELEASE_GATES_TUF_ROOT || undefined,
        });
    }, 'local');
}
/** Every attestation of the file, each verified as a statement about `sha256`. */
async function verifiedAttestations(facts, repo, sha256, trust) {
    const records = await listAttestations(facts, repo, sha256);
    const { verifyAttestationBundle } = await loadVerifier();
    return Promise.all(records.map(async (record, index) => {
        if (record.bundle !== null)
            return { ...verifyAttestationBundle(record.bundle, sha256, trust), index, delivery: 'inline' };
        if (record.bundleUrl === null)
            return {
                ok: false,
                reason: 'GitHub listed it with neither a bundle nor a bundle_url',
                index,
                delivery: 'inline',
            };
        const bundle = await fetchBundle(facts, record.bundleUrl);
        return { ...verifyAttestationBundle(bundle, sha256, trust), index, delivery: 'bundle_url' };
    }));
}

// EXTERNAL MODULE: ./src/facts/releases.ts
var releases = __webpack_require__(59625);
// EXTERNAL MODULE: ./src/supply-chain/claims.ts
var claims = __webpack_require__(76298);
// EXTERNAL MODULE: ./src/gates/release-assets.ts
var release_assets = __webpack_require__(85091);
;// CONCATENATED MODULE: ./src/gates/attestations.ts




/** No attestation verifies: bad signature, untrusted certificate, no signing time, another file. */
const ATTESTATION_INVALID = 'ATTESTATION_INVALID';
/** GitHub holds no attestation of the file (of the expected predicate type). */
const ATTESTATION_MISSING = 'ATTESTATION_MISSING';
/** A file's possible refusals, worst first: the gate's code is the worst any file has. */
const SEVERITY = [
    ATTESTATION_INVALID,
    'SIGNER_MISMATCH',
    'SOURCE_MISMATCH',
    'SELF_HOSTED_RUNNER',
    ATTESTATION_MISSING,
    'ASSET_MISSING',
];
const { properties: assetParams } = release_assets.releaseAssetsGate.paramsSchema;
const attestationsGate = {
    type: 'attestations',
    libraries: (params) => release_assets.releaseAssetsGate.libraries(params),
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['subjects'],
        properties: {
            source: {
                ...assetParams.source,
                description: 'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (one per file, named like it).',
            },
            subjects: {
                ...assetParams.required,
                description: 'Files that must carry a valid attestation, shaped like release_assets `required`: `{platform}` in a name is replaced by each entry of its `platform` list.',
            },
            predicate_type: {
                description: 'The in-toto predicate type the attestation must have (SLSA provenance v1 is what actions/attest-build-provenance writes).',
                type: 'string',
                minLength: 1,
                default: 'https://slsa.dev/provenance/v1',
            },
            signer_workflow: {
                description: "The workflow that must have signed: OWNER/REPO/PATH, compared with the certificate's Build Signer URI at source_ref; append @REF to pin another ref (a reusable workflow).",
                type: 'string',
                minLength: 1,
                pattern: '^[^/\\s]+/[^/\\s]+/[^\\s]+$',
                default: '{repo}/.github/workflows/release.yml',
            },
            source_ref: {
                description: "The ref the attestation's source must be (the certificate's Source Repository Ref).",
                type: 'string',
                minLength: 1,
                default: 'refs/tags/{tag}',
            },
            source_digest: {
                description: "The commit the attestation's source must be (the certificate's Source Repository Digest).",
                type: 'string',
                minLength: 1,
                default: '{sha}',
            },
            deny_self_hosted_runners: {
                description: 'Refuse attestations made on self-hosted runners (the certificate says which kind of runner signed).',
                type: 'boolean',
                default: false,
            },
            trusted_root: {
                description: "Workspace path of a Sigstore trusted root JSON (GitHub Enterprise Server, GitHub's own Sigstore instance for private repositories: `gh attestation trusted-root`). Default: Sigstore's public-good root through TUF.",
                type: 'string',
                minLength: 1,
            },
            workflow: {
                ...assetParams.workflow,
            },
            max_download_bytes: {
                description: 'Largest file downloaded for hashing when GitHub gives no digest of it.',
                type: 'integer',
                minimum: 1,
                default: 2147483648,
            },
        },
    },
    checkParams(params) {
        release_assets.releaseAssetsGate.checkParams({
            ...params,
            required: params.subjects,
            checksums: 'sha256sums',
            checksums_file: 'sha256sums.txt',
            verify: 'digest',
        });
    },
    collect: collectAttestations,
    judge: judgeAttestations,
};
async function collectAttestations(params, ctx, facts) {
    const repo = ctx.repository;
    // Subjects are shaped like release_assets `required`, platforms_from included: read the list
    // as release_assets does (else a `{platform}` name would be looked for literally).
    const read = await (0,release_assets.readRequiredPlatforms)(params.subjects, ctx, facts);
    const names = (0,release_assets.requiredAssetNames)(read?.required ?? params.subjects);
    // The trusted root first: without it nothing can be verified, and the gate must say so
    // rather than report files as unattested.
    const trust = await sigstoreTrust(facts, { trustedRoot: params.trusted_root ?? null });
    const listing = await (0,releases/* listAssets */.qs)(facts, ctx, { source: params.source, workflow: params.workflow, names });
    const subjects = {};
    if (listing.absent)
        return { listing, trustSource: trust.source, names, subjects };
    await Promise.all(names.map(async (name) => {
        const asset = listing.assets[name];
        if (!asset || asset.expired)
            return;
        // A release asset's digest is GitHub's own record of its bytes; an artifact's digest is
        // the zip's unless it was uploaded unzipped, so artifacts are always hashed.
        const byApi = asset.origin.kind === 'release_asset' && asset.digest !== null;
        const sha256 = byApi ? asset.digest : await (0,releases/* hashAsset */.$e)(facts, repo, asset, params.max_download_bytes);
        subjects[name] = {
            sha256,
            via: byApi ? 'api_digest' : 'download',
            checks: await verifiedAttestations(facts, repo, sha256, trust),
        };
    }));
    return { listing, trustSource: trust.source, names, subjects };
}
function judgeAttestations(params, facts, ctx) {
    const { names } = facts;
    const links = facts.listing.link ? [facts.listing.link] : [];
    const expected = {
        signerUri: (0,claims/* expectedSignerUri */.rU)(ctx.serverUrl, params.signer_workflow, params.source_ref),
        repositoryUri: `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository.owner}/${ctx.repository.repo}`,
        ref: params.source_ref,
        digest: params.source_digest,
        denySelfHostedRunners: params.deny_self_hosted_runners,
    };
    const details = {
        source: params.source,
        where: facts.listing.where,
        trusted_root: facts.trustSource,
        predicate_type: params.predicate_type,
        expected: {
            signer: expected.signerUri,
            repository: expected.repositoryUri,
            ref: expected.ref,
            digest: expected.digest,
            github_hosted_only: expected.denySelfHostedRunners,
        },
    };
    if (facts.listing.absent) {
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `None of the ${names.length} files to check can be found: ${facts.listing.absent}.`,
            details: { ...details, files: names.map((name) => ({ name, code: 'ASSET_MISSING' })) },
            links,
        };
    }
    const files = names.map((name) => fileVerdict(name, facts, params, expected));
    const verifiedSubjects = files
        .filter((file) => file.code === 'ATTESTED')
        .map((file) => ({ name: file.name, sha256: file.sha256 }));
    Object.assign(details, { files });
    const refused = files.filter((file) => file.code !== 'ATTESTED');
    if (refused.length === 0) {
        return {
            status: 'pass',
            code: 'ATTESTED',
            message: `All ${files.length} files in ${facts.listing.where} carry a valid ${params.predicate_type} attestation signed by ${expected.signerUri} from commit ${shortSha(expected.digest)}.`,
            details,
            links,
            verifiedSubjects,
        };
    }
    const worst = SEVERITY.find((code) => refused.some((file) => file.code === code));
    return {
        status: 'fail',
        code: worst,
        message: `${refused.length} of ${files.length} files in ${facts.listing.where} lack a valid attestation: ${refused.map((file) => `${file.name}: ${file.message}`).join('; ')}.`,
        details,
        links,
        verifiedSubjects,
    };
}
/** One file's outcome: attested when at least one attestation passes every check. */
function fileVerdict(name, facts, params, expected) {
    const subject = facts.subjects[name];
    const asset = facts.listing.assets[name];
    if (!subject) {
        return {
            name,
            sha256: null,
            code: 'ASSET_MISSING',
            message: asset?.expired ? `expired in ${facts.listing.where}` : `not in ${facts.listing.where}`,
        };
    }
    const { sha256, checks } = subject;
    const file = (code, message) => ({ name, sha256, code, message });
    if (checks.length === 0)
        return file(ATTESTATION_MISSING, `GitHub has no attestation of sha256:${sha256}`);
    const verified = checks.filter((check) => check.ok);
    const ofType = verified.filter((check) => check.predicateType === params.predicate_type);
    const problems = ofType.map((check) => ({ check, problem: (0,claims/* claimProblem */.un)(check.claims, expected) }));
    const good = problems.find(({ problem }) => problem === null);
    if (good) {
        const how = good.check.delivery === 'bundle_url' ? 'bundle fetched from bundle_url' : 'bundle inline';
        const signedAt = good.check.ok && good.check.signedAt ? `, signed ${good.check.signedAt}` : '';
        return {
            ...file('ATTESTED', `attested (${how}${signedAt})`),
            statement_sha256: good.check.ok ? good.check.statementSha256 : undefined,
        };
    }
    const claimed = problems.map(({ problem }) => problem);
    if (claimed.length > 0) {
        const worst = SEVERITY.find((code) => claimed.some((p) => p.code === code));
        return file(worst, claimed.find((p) => p.code === worst).message);
    }
    const invalid = checks.filter((check) => !check.ok);
    if (invalid.length > 0) {
        const count = invalid.length === 1 ? 'its attestation' : `all ${invalid.length} attestations`;
        return file(ATTESTATION_INVALID, `${count} failed verification: ${invalid[0].reason}`);
    }
    const types = [...new Set(verified.map((check) => (check.ok ? check.predicateType : '')))];
    return file(ATTESTATION_MISSING, `no attestation of predicate type ${params.predicate_type} (only ${types.join(', ')})`);
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 12) : sha;
}


/***/ }),

/***/ 76298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   rU: () => (/* binding */ expectedSignerUri),
/* harmony export */   un: () => (/* binding */ claimProblem)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_ISSUER */
// What a GitHub artifact attestation says about where it was made, and how that is compared
// with what the policy expects. Pure: no Sigstore code here, so the gate's judge can use it
// without loading the verifier.
/** Fulcio's certificate extensions for GitHub Actions tokens (docs: sigstore/fulcio oid-info.md). */
const FULCIO_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
};
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The first way a verified certificate differs from what the policy expects, or null. The
 * signer comes first: a certificate from another workflow says nothing about the source.
 */
function claimProblem(claims, expected) {
    const said = (value) => (value === null ? 'nothing' : `'${value}'`);
    if (claims.issuer !== GITHUB_ACTIONS_ISSUER) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `issued for ${said(claims.issuer)}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`,
        };
    }
    if (claims.buildSignerUri !== expected.signerUri) {
        return {
            code: 'SIGNER_MISMATCH',
            message: `signed by workflow ${said(claims.buildSignerUri)}, expected '${expected.signerUri}'`,
        };
    }
    if (claims.sourceRepositoryUri !== expected.repositoryUri) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from repository ${said(claims.sourceRepositoryUri)}, expected '${expected.repositoryUri}'`,
        };
    }
    if (claims.sourceRepositoryRef !== expected.ref) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from ref ${said(claims.sourceRepositoryRef)}, expected '${expected.ref}'`,
        };
    }
    if (claims.sourceRepositoryDigest?.toLowerCase() !== expected.digest.toLowerCase()) {
        return {
            code: 'SOURCE_MISMATCH',
            message: `built from commit ${said(claims.sourceRepositoryDigest)}, expected '${expected.digest}'`,
        };
    }
    if (expected.denySelfHostedRunners && claims.runnerEnvironment !== 'github-hosted') {
        return {
            code: 'SELF_HOSTED_RUNNER',
            message: `built on a ${claims.runnerEnvironment === null ? 'runner of unknown kind' : `'${claims.runnerEnvironment}' runner`}; the policy accepts only GitHub-hosted runners`,
        };
    }
    return null;
}
/**
 * The Build Signer URI the policy expects. `signer_workflow` may pin its own ref
 * (`OWNER/REPO/.github/workflows/build.yml@refs/heads/main`, for a reusable workflow); without
 * one the workflow must have run at the source ref, as a tag-triggered release workflow does.
 */
function expectedSignerUri(serverUrl, signerWorkflow, sourceRef) {
    const pinned = signerWorkflow.includes('@');
    return `${serverUrl.replace(/\/+$/, '')}/${signerWorkflow}${pinned ? '' : `@${sourceRef}`}`;
}


/***/ })

};
