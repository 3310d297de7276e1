export const id = 7808;
export const ids = [7808];
export const modules = {

/***/ 67808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ATTEMPT_DEADLINE_MS: () => (/* binding */ ATTEMPT_DEADLINE_MS),
/* harmony export */   DEADLINE_MS_PER_MIB: () => (/* binding */ DEADLINE_MS_PER_MIB),
/* harmony export */   DOWNLOAD_ATTEMPTS: () => (/* binding */ DOWNLOAD_ATTEMPTS),
/* harmony export */   RETRY_PAUSE_MS: () => (/* binding */ RETRY_PAUSE_MS),
/* harmony export */   artifactDownloadToken: () => (/* binding */ artifactDownloadToken),
/* harmony export */   attemptDeadlineMs: () => (/* binding */ attemptDeadlineMs),
/* harmony export */   downloadRunArtifact: () => (/* binding */ downloadRunArtifact),
/* harmony export */   findRunArtifact: () => (/* binding */ findRunArtifact),
/* harmony export */   listRunArtifacts: () => (/* binding */ listRunArtifacts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73116);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34926);
// Workflow-run artifacts: listed once per run (never looked up by a bare id, which could name
// any run's artifact) and found there by name; downloaded once with @actions/artifact, with
// the API's digest checked. The archive comes back as bytes; nothing of it is extracted here
// (see util/zip.ts).
//
// The listing. One unfiltered, paginated read per run (memoized), shared by every gate that
// reads an artifact of that run. Anything in it that cannot be identified (no id or name, an
// artifact of another run, a page without its list, fewer artifacts than it counts) makes the
// listing an error: an unreadable listing must never read as "the artifact is missing". A
// listing also starts importing @actions/artifact, so that compiling it (a few hundred ms)
// overlaps the network instead of following it.
//
// The download. Before it: a sha256 digest in the listing, not expired, the API's size within
// `maxBytes` (else refused with no request). Then @actions/artifact downloads the archive once
// (`expectedHash`, `skipDecompress`) into a private temporary directory, removed afterwards;
// the file's size is checked against `maxBytes` again and its bytes are hashed here and compared
// with the digest (DIGEST_MISMATCH, never a warning, never retried, whatever the library says).
// The library writes the blob whole, so a blob larger than the API said may sit on the runner's
// temporary disk until it is refused.
//
// Bounding it. The library's redirect request has no timeout and is never retried; its blob
// read is retried five times with five-second pauses (about 25 s for a blob that keeps failing)
// and waits 30 s for each stalled chunk. So each library call is raced against a deadline,
// ATTEMPT_DEADLINE_MS plus 1 s per MiB of the API's size (a 1 MiB/s floor), which leaves room
// for one of its blob retries. A call that runs out of time, or whose redirect failed in a way
// that may pass (a 5xx, a dropped connection, a rate limit asking to wait at most 10 s), is
// tried once more after a pause; then the gate errors: TIMEOUT for a download that stalled or
// kept failing, the API's own code otherwise. Worst case for one artifact: 2 \u00d7 (15 s + 1 s per
// MiB) + 1 s, about 31 s for an artifact of 1 MiB or less. An abandoned call cannot be
// cancelled: it ends on its own, writing nowhere (its directory is gone), and the action exits
// without waiting for it (src/index.ts).







/** One library call's base deadline: the redirect, the blob, and one of the library's 5 s retry pauses. */
const ATTEMPT_DEADLINE_MS = 15_000;
/** Added per MiB of the API's size: the deadline assumes at least 1 MiB/s from storage. */
const DEADLINE_MS_PER_MIB = 1_000;
/** Library calls per download: one more after a deadline or a redirect failure that may pass. */
const DOWNLOAD_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 1_000;
/** A rate limit asking to wait longer than this is reported, not waited out. */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
const PAGE_SIZE = 100;
const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/i;
/** The deadline of one library call for an artifact the API says is `sizeInBytes` long. */
function attemptDeadlineMs(sizeInBytes) {
    const mib = Number.isFinite(sizeInBytes) && sizeInBytes > 0 ? sizeInBytes / (1024 * 1024) : 0;
    return ATTEMPT_DEADLINE_MS + Math.ceil(mib * DEADLINE_MS_PER_MIB);
}
/**
 * The token @actions/artifact authenticates with (it builds its own client, so it needs the
 * raw token). Today it is the `token` input, carried by this repository's client; this one
 * accessor is where that would change.
 */
function artifactDownloadToken(facts) {
    const token = facts.github.token;
    if (!token)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('NO_TOKEN', 'No GitHub token for artifact downloads: set the `token` input.');
    return token;
}
/**
 * Every artifact of run `runId`: one unfiltered listing, every page, memoized per run so that
 * all the gates reading artifacts of one run share it. A malformed listing is an error.
 */
function listRunArtifacts(facts, repo, runId) {
    return facts.memo(`run-artifacts:${repo.owner}/${repo.repo}:${runId}`, async () => {
        // An artifact is listed to be downloaded: load the library meanwhile.
        preloadArtifactClient();
        const octokit = facts.github.octokit;
        const request = `GET /repos/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts`;
        const artifacts = [];
        let counted = 0;
        for (let page = 1;; page++) {
            let response;
            try {
                response = await octokit.rest.actions.listWorkflowRunArtifacts({
                    ...repo,
                    run_id: runId,
                    per_page: PAGE_SIZE,
                    page,
                });
            }
            catch (error) {
                throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .toGateError */ .Vl)(error, `the artifacts of run ${runId}`);
            }
            const data = response.data;
            const total = data?.total_count;
            if (!Array.isArray(data?.artifacts) ||
                typeof total !== 'number' ||
                !Number.isSafeInteger(total) ||
                total < 0) {
                throw malformedListing(request, `page ${page} is not a count and a list of artifacts`, data);
            }
            if (page === 1)
                counted = total;
            for (const raw of data.artifacts)
                artifacts.push(toRunArtifact(raw, runId, request));
            const hasNext = /\brel="next"/.test(response.headers.link ?? '');
            if (!hasNext)
                break;
            // Pages past what the first page counted mean the listing does not hold together.
            if (page >= Math.ceil(counted / PAGE_SIZE) + 1)
                throw malformedListing(request, `it pages on past the ${counted} artifacts it counts`, null);
        }
        if (artifacts.length < counted) {
            throw malformedListing(request, `it counts ${counted} artifacts but lists ${artifacts.length}, so an artifact may be left out`, null);
        }
        return artifacts;
    });
}
/**
 * The artifact named `name` in run `runId`, or null when the run's listing has none. Upload-artifact
 * v4 keeps names unique in a run; should several exist anyway, the newest upload is the run's
 * last word.
 */
async function findRunArtifact(facts, repo, runId, name) {
    const named = (await listRunArtifacts(facts, repo, runId)).filter((a) => a.name === name);
    const newestFirst = named.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id);
    return newestFirst[0] ?? null;
}
/**
 * Downloads a run's artifact as zip bytes whose sha256 equals the API's digest, or says why
 * not. Memoized, so gates reading files of one artifact share one download. Transport
 * problems are thrown as GateError (ARTIFACT_DOWNLOAD_FAILED, TIMEOUT, ...).
 */
async function downloadRunArtifact(facts, repo, artifact, options) {
    // What the listing already refuses costs no request (and is not memoized: it is free).
    const expected = SHA256_DIGEST.exec(artifact.digest ?? '')?.[1]?.toLowerCase();
    if (!expected)
        return { outcome: 'unverifiable', digest: artifact.digest };
    if (artifact.expired)
        return { outcome: 'expired' };
    if (artifact.sizeInBytes > options.maxBytes) {
        return { outcome: 'too_large', bytes: artifact.sizeInBytes, maxBytes: options.maxBytes };
    }
    // One download per artifact whatever limit each reader sets: the limit the API's size passed
    // above is checked again on the bytes each reader gets.
    const key = `artifact-download:${repo.owner}/${repo.repo}:${artifact.workflowRunId}:${artifact.id}:${expected}`;
    const result = await facts.memo(key, () => download(facts, repo, artifact, expected, options));
    if (result.outcome === 'downloaded' && result.archive.length > options.maxBytes)
        return { outcome: 'too_large', bytes: result.archive.length, maxBytes: options.maxBytes };
    return result;
}
/** The network part: `expected` is the lowercase hex of the API's sha256 digest. */
async function download(facts, repo, artifact, expected, options) {
    const github = facts.github;
    // The library builds its own client from GITHUB_API_URL; it must be the server this
    // evaluation reads, or the token would go elsewhere.
    const libraryBaseUrl = await (options.libraryBaseUrl ?? defaultLibraryBaseUrl)();
    if (trimSlash(libraryBaseUrl) !== trimSlash(github.baseUrl)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Cannot download artifact '${artifact.name}': @actions/artifact would use ${libraryBaseUrl}, but this evaluation reads ${github.baseUrl}. Set GITHUB_API_URL to ${github.baseUrl}.`);
    }
    const what = `artifact '${artifact.name}' (id ${artifact.id}) of run ${artifact.workflowRunId}`;
    const token = artifactDownloadToken(facts);
    const downloader = await (options.loadDownloader ?? loadArtifactClient)();
    const deadlineMs = options.attemptDeadlineMs ?? attemptDeadlineMs(artifact.sizeInBytes);
    const call = { downloader, token, deadlineMs, expected, what };
    for (let attempt = 1;; attempt++) {
        const result = await attemptDownload(facts, repo, artifact, options, call);
        if (!('failure' in result))
            return result;
        const { failure } = result;
        if (!failure.retry || attempt >= DOWNLOAD_ATTEMPTS) {
            if (failure.timedOut) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('TIMEOUT', `Downloading ${what} with @actions/artifact did not finish within ${seconds(deadlineMs)} s${attempt === 1 ? '' : ` on any of ${attempt} tries`}: the download redirect or blob storage stalled or kept failing (the library retries a failing blob for about 25 s). Re-run the job; if it keeps happening, check https://www.githubstatus.com.`, {
                    artifact_id: artifact.id,
                    run_id: artifact.workflowRunId,
                    attempts: attempt,
                    deadline_ms: deadlineMs,
                });
            }
            throw failure.error;
        }
        await facts.sleep(Math.max(RETRY_PAUSE_MS, failure.waitMs));
    }
}
/** One call of @actions/artifact, into a private directory removed afterwards. */
async function attemptDownload(facts, repo, artifact, options, call) {
    const { what, expected } = call;
    const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'release-gates-artifact-'));
    try {
        // The library makes one API request (the redirect) with a client of its own: count it.
        facts.github.counter.count++;
        let result;
        try {
            result = await withDeadline(call.downloader.downloadArtifact(artifact.id, {
                path: directory,
                expectedHash: `sha256:${expected}`,
                skipDecompress: true,
                findBy: {
                    token: call.token,
                    workflowRunId: artifact.workflowRunId,
                    repositoryOwner: repo.owner,
                    repositoryName: repo.repo,
                },
            }), call.deadlineMs);
        }
        catch (error) {
            if (error?.status === 410)
                return { outcome: 'expired' };
            return { failure: classifyFailure(error, what) };
        }
        // skipDecompress writes the archive as one file, named after the server's Content-Disposition.
        const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(directory);
        if (files.length !== 1) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Downloading ${what}: expected one archive, found ${files.length} files.`);
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(directory, files[0]);
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        if (size > options.maxBytes)
            return { outcome: 'too_large', bytes: size, maxBytes: options.maxBytes };
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        const actual = sha256(bytes);
        // Ours decides; the library's own verdict can only add a mismatch, never remove one.
        if (actual !== expected || result.digestMismatch === true) {
            return { outcome: 'digest_mismatch', expected: `sha256:${expected}`, actual: `sha256:${actual}` };
        }
        return { outcome: 'downloaded', archive: bytes, sha256: `sha256:${actual}` };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(directory, { recursive: true, force: true });
    }
}
/**
 * What a failed library call means. Errors with an HTTP status come from its redirect request
 * (its own Octokit, which never retries); errors without one from its blob read, which it has
 * already retried, or from the library itself.
 */
function classifyFailure(error, what) {
    if (error === DEADLINE)
        return { retry: true, timedOut: true, waitMs: 0, error: new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('TIMEOUT', `${what} timed out`) };
    const e = (error ?? {});
    if (e.name === 'GHESNotSupportedError') {
        return final(new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Cannot download ${what}: @actions/artifact does not support GitHub Enterprise Server.`));
    }
    if (typeof e.status === 'number') {
        const mapped = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .toGateError */ .Vl)(error, what);
        const retryAfter = Number(e.response?.headers?.['retry-after'] ?? NaN);
        // A rate limit that does not say how long to wait is not waited out here.
        const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : Infinity;
        const rateLimited = mapped.code === 'RATE_LIMITED';
        const passing = e.status >= 500 || (rateLimited && retryAfterMs <= MAX_RATE_LIMIT_WAIT_MS);
        return { retry: passing, timedOut: false, waitMs: rateLimited ? retryAfterMs : 0, error: mapped };
    }
    const message = firstLine(String(e.message ?? error));
    return final(new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('ARTIFACT_DOWNLOAD_FAILED', `Downloading ${what} with @actions/artifact failed: ${message}`));
}
function final(error) {
    return { retry: false, timedOut: false, waitMs: 0, error };
}
let artifactClient;
/** @actions/artifact, imported once per process (it is most of the bundle's weight). */
function loadArtifactClient() {
    artifactClient ??= Promise.all(/* import() */[__webpack_require__.e(7164), __webpack_require__.e(2032), __webpack_require__.e(6138), __webpack_require__.e(4865), __webpack_require__.e(200)]).then(__webpack_require__.bind(__webpack_require__, 200)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return artifactClient;
}
/**
 * Starts importing @actions/artifact without waiting for it: compiling it takes a few hundred
 * milliseconds, which can pass while a listing or a build run search is on the network instead
 * of after. It starts on the next turn of the event loop, so that the requests the gates are
 * sending now leave first. A failure to load is reported by the download that needs the library.
 */
function preloadArtifactClient() {
    setTimeout(() => loadArtifactClient().catch(() => undefined), 0);
}
/** The API URL @actions/github (and so @actions/artifact) fixed when it was loaded. */
async function defaultLibraryBaseUrl() {
    const { defaults } = await Promise.all(/* import() */[__webpack_require__.e(7164), __webpack_require__.e(2032)]).then(__webpack_require__.bind(__webpack_require__, 22032));
    return defaults.baseUrl ?? 'https://api.github.com';
}
const DEADLINE = Symbol('deadline');
/** Rejects with DEADLINE after `ms`. The abandoned work cannot be cancelled: it ends on its own. */
function withDeadline(work, ms) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(DEADLINE), ms);
    });
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
/**
 * One listed artifact. It must be identifiable (an id and a name) and of this run; fields that
 * decide whether it may be used read as refusals when absent (no size: too large; no
 * `expired`: expired; no digest: unverifiable).
 */
function toRunArtifact(payload, runId, request) {
    const raw = (payload ?? null);
    if (typeof raw !== 'object' ||
        raw === null ||
        typeof raw.id !== 'number' ||
        !Number.isSafeInteger(raw.id) ||
        raw.id <= 0 ||
        typeof raw.name !== 'string' ||
        raw.name === '') {
        throw malformedListing(request, 'an entry has no id or no name', payload);
    }
    const run = raw.workflow_run;
    const listedRun = typeof run === 'object' && run !== null ? run.id : undefined;
    if (listedRun !== undefined && listedRun !== runId) {
        throw malformedListing(request, `artifact '${raw.name}' (id ${raw.id}) is listed as one of run ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .VH)(listedRun)}`, null);
    }
    const size = raw.size_in_bytes;
    return {
        id: raw.id,
        name: raw.name,
        sizeInBytes: typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : Number.POSITIVE_INFINITY,
        expired: raw.expired !== false,
        digest: typeof raw.digest === 'string' && raw.digest ? raw.digest : null,
        createdAt: typeof raw.created_at === 'string' ? raw.created_at : null,
        expiresAt: typeof raw.expires_at === 'string' ? raw.expires_at : null,
        workflowRunId: runId,
    };
}
function malformedListing(request, problem, sample) {
    const shown = sample === null ? '' : `: ${(0,_shape_js__WEBPACK_IMPORTED_MODULE_6__/* .preview */ .VH)(sample, 200)}`;
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GateError */ .ue('API_ERROR', `GitHub answered the artifact listing (${request}) with something unexpected: ${problem}${shown}. An artifact is never taken as missing from a listing that cannot be read.`, { request });
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
function seconds(ms) {
    return Math.round(ms / 100) / 10;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function firstLine(text) {
    return text.split('\n')[0].slice(0, 300);
}


/***/ })

};
