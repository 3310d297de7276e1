export const id = 2293;
export const ids = [2293,415];
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

/***/ 30620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ao: () => (/* binding */ filesAtCommit)
/* harmony export */ });
/* unused harmony exports filesAtCommitQuery, treePath */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
/* harmony import */ var _github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34926);
// Several files at one commit in a single GraphQL request: `object(expression: "SHA:path")`
// once per file under an alias. The REST contents API would cost one request per file.
//
// GitHub cuts Blob.text at 512,000 bytes (and says so in isTruncated). A package-lock.json
// easily passes that, so a truncated file is read again, whole, from the git blobs API by its
// oid: one more request, only for files that big.




/** Aliases per request; far below GitHub's node limits, so one request covers any real policy. */
const FILES_PER_REQUEST = 50;
/** Largest file read through the blobs fallback: a version file never comes close. */
const MAX_BLOB_BYTES = 10 * 1024 * 1024;
/** The query for `count` files; variables `owner`, `name`, `commit`, `file0`\u2026`fileN` (each `SHA:path`). */
function filesAtCommitQuery(count) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    const variables = indexes.map((i) => `, $file${i}: String!`).join('');
    const fields = indexes.map((i) => `\n    file${i}: object(expression: $file${i}) { ...FileText }`).join('');
    return `query FilesAtCommit($owner: String!, $name: String!, $commit: GitObjectID!${variables}) {
  repository(owner: $owner, name: $name) {
    commit: object(oid: $commit) { __typename }${fields}
  }
}
fragment FileText on GitObject {
  __typename
  ... on Blob { oid byteSize isBinary isTruncated text }
}`;
}
/** Reads `paths` at commit `sha`; memoized per commit and set of paths. */
function filesAtCommit(facts, repo, sha, paths) {
    const unique = [...new Set(paths)].sort();
    return facts.memo(`files-at-commit:${repo.owner}/${repo.repo}:${sha}:${JSON.stringify(unique)}`, async () => {
        const github = facts.github;
        const files = new Map();
        for (let start = 0; start < unique.length; start += FILES_PER_REQUEST) {
            const chunk = unique.slice(start, start + FILES_PER_REQUEST);
            const nodes = await queryFiles(github, repo, sha, chunk);
            for (const [i, path] of chunk.entries())
                files.set(path, await toFile(github, repo, sha, path, nodes[i] ?? null));
        }
        return files;
    });
}
/** A path as git names it inside a tree: no leading `./` or `/`. */
function treePath(path) {
    return path.replace(/^(\.\/|\/)+/, '');
}
async function queryFiles(github, repo, sha, paths) {
    const variables = { owner: repo.owner, name: repo.repo, commit: sha };
    for (const [i, path] of paths.entries())
        variables[`file${i}`] = `${sha}:${treePath(path)}`;
    let response;
    try {
        response = await github.octokit.graphql(filesAtCommitQuery(paths.length), variables);
    }
    catch (error) {
        throw (0,_github_graphql_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .graphqlGateError */ .B)(error, repo, `files at ${sha.slice(0, 7)} of ${repo.owner}/${repo.repo}`);
    }
    const repository = _shape_js__WEBPACK_IMPORTED_MODULE_3__/* .Fields */ .C8.of(response, 'POST /graphql (FilesAtCommit)', 'data').objectOrNull('repository');
    if (!repository)
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_FOUND', `Repository ${repo.owner}/${repo.repo} not found, or the token cannot see it (\`contents: read\`).`);
    if (!repository.objectOrNull('commit')) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('COMMIT_NOT_FOUND', `Commit ${sha} does not exist in ${repo.owner}/${repo.repo}.`, {
            sha,
        });
    }
    // null: no such path at the commit.
    return paths.map((_, i) => repository.objectOrNull(`file${i}`));
}
async function toFile(github, repo, sha, path, node) {
    if (!node)
        return null;
    const where = `'${path}' at ${sha.slice(0, 7)}`;
    const type = node.string('__typename');
    if (type !== 'Blob') {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('NOT_A_FILE', `${where} is a ${type === 'Tree' ? 'directory' : type}, not a file.`, {
            path,
        });
    }
    // A `Blob` in GitHub's schema.
    const oid = node.string('oid');
    const byteSize = node.integer('byteSize');
    const isTruncated = node.boolean('isTruncated');
    const text = node.stringOrNull('text');
    if (node.booleanOrNull('isBinary') === true || (text === null && !isTruncated)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('FILE_NOT_TEXT', `${where} is a binary file (${byteSize} bytes); only text files can be read.`, { path, byteSize });
    }
    if (isTruncated || text === null) {
        return { path, oid, byteSize, text: await readWholeBlob(github, repo, path, oid, byteSize, where) };
    }
    return { path, oid, byteSize, text };
}
async function readWholeBlob(github, repo, path, oid, byteSize, where) {
    if (byteSize > MAX_BLOB_BYTES) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('FILE_TOO_LARGE', `${where} is ${byteSize} bytes, over the ${MAX_BLOB_BYTES}-byte limit for a version file.`, { path, byteSize });
    }
    let data;
    try {
        ({ data } = await github.octokit.rest.git.getBlob({ ...repo, file_sha: oid }));
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGateError */ .Vl)(error, `the blob of ${where} (${byteSize} bytes, too large for GraphQL's text)`);
    }
    const blob = _shape_js__WEBPACK_IMPORTED_MODULE_3__/* .Fields */ .C8.of(data, `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${oid}`);
    const content = blob.string('content');
    return Buffer.from(content, blob.string('encoding') === 'base64' ? 'base64' : 'utf8').toString('utf8');
}


/***/ }),

/***/ 70512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ checkPlatformsFrom),
/* harmony export */   _s: () => (/* binding */ platformsFromSchema),
/* harmony export */   h5: () => (/* binding */ readPlatformsFrom)
/* harmony export */ });
/* unused harmony exports PLATFORMS_UNREADABLE, PLATFORMS_QUERY_FAILED, PLATFORMS_INVALID, platformsFromText */
/* harmony import */ var _util_libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70751);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40440);
/* harmony import */ var _util_version_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81022);
/* harmony import */ var _files_at_commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30620);




/** The file cannot be read: missing at the commit, not a text file, or not valid JSON/YAML/TOML. */
const PLATFORMS_UNREADABLE = 'PLATFORMS_UNREADABLE';
/** The query fails on the file (an unknown function, a function given the wrong type). */
const PLATFORMS_QUERY_FAILED = 'PLATFORMS_QUERY_FAILED';
/** The query's result is not a non-empty list of distinct non-empty strings. */
const PLATFORMS_INVALID = 'PLATFORMS_INVALID';
const platformsFromSchema = {
    description: 'Read the platform list from a file of the repository at the commit under evaluation: a JMESPath query over a .json, .yml/.yaml or .toml file, whose result is a list of strings (e.g. {file: release/targets.json, query: "targets[?channels.homebrew==\'official\'].sdk_platform"}).',
    type: 'object',
    additionalProperties: false,
    required: ['file', 'query'],
    properties: {
        file: {
            description: 'Repository path of a .json, .yml, .yaml or .toml file.',
            type: 'string',
            pattern: '\\.(json|ya?ml|toml)$',
        },
        query: {
            description: 'JMESPath expression (https://jmespath.site) giving the list of platform names.',
            type: 'string',
            minLength: 1,
        },
    },
};
/** Checks at validation: a file type that can be parsed and a query that compiles. */
function checkPlatformsFrom(spec, where) {
    if (!(0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(spec.file)) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('INVALID_PARAMS', `${where}.file '${spec.file}' is not a .json, .yml, .yaml or .toml file, so it cannot be queried.`);
    }
    try {
        (0,_util_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .library */ .Y)('jmespath').compile(spec.query);
    }
    catch (error) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('INVALID_PARAMS', `${where}.query '${spec.query}' is not a valid JMESPath expression: ${firstLine(error)}.`);
    }
}
/** Reads the file at the commit under evaluation and applies the query; throws GateError. */
async function readPlatformsFrom(facts, ctx, spec) {
    if (!ctx.sha) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue('SHA_UNRESOLVED', `The commit under evaluation is unknown, so the platforms in '${spec.file}' cannot be read.`);
    }
    const at = ctx.sha.slice(0, 7);
    let text;
    try {
        const file = (await (0,_files_at_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .filesAtCommit */ .ao)(facts, ctx.repository, ctx.sha, [spec.file])).get(spec.file);
        if (!file)
            throw unreadable(spec, `'${spec.file}' does not exist at ${at}`);
        text = file.text;
    }
    catch (error) {
        // A path that is a directory, a binary file or too large is this parameter's problem; an
        // API failure keeps the code that names the permission or the outage.
        if (error instanceof _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue && ['NOT_A_FILE', 'FILE_NOT_TEXT', 'FILE_TOO_LARGE'].includes(error.code))
            throw unreadable(spec, error.message.replace(/\.$/, ''));
        throw error;
    }
    return { ...spec, sha: ctx.sha, platforms: platformsFromText(spec, text, at) };
}
/** The platform list of a file's text. Pure; throws GateError with one of the PLATFORMS_ codes. */
function platformsFromText(spec, text, at = 'the commit') {
    let document;
    try {
        document = (0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionFile */ .Sz)(spec.file, text, { yamlScalars: 'typed' });
    }
    catch (error) {
        if (error instanceof _util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .VersionFileSyntaxError */ .KI)
            throw unreadable(spec, `${error.message} (at ${at})`);
        throw unreadable(spec, firstLine(error));
    }
    let result;
    try {
        result = (0,_util_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .library */ .Y)('jmespath').search(toJsonValue(document), spec.query);
    }
    catch (error) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(PLATFORMS_QUERY_FAILED, `platforms_from: the query '${spec.query}' fails on '${spec.file}' at ${at}: ${firstLine(error)}.`, { file: spec.file, query: spec.query });
    }
    const problem = listProblem(result);
    if (problem) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(PLATFORMS_INVALID, `platforms_from: the query '${spec.query}' on '${spec.file}' at ${at} gives ${problem}; it must give a non-empty list of distinct platform names (strings).`, { file: spec.file, query: spec.query, result: clip(result) });
    }
    return result;
}
function listProblem(result) {
    if (result === null)
        return 'null (nothing matched: check the field names)';
    if (!Array.isArray(result))
        return `${kindOf(result)} ${JSON.stringify(clip(result))}`;
    if (result.length === 0)
        return 'an empty list (nothing matched: check the filter and field names)';
    const bad = result.findIndex((item) => typeof item !== 'string' || item === '');
    if (bad !== -1)
        return `a list whose item ${bad} is ${kindOf(result[bad])} ${JSON.stringify(clip(result[bad]))}`;
    const duplicate = result.find((item, i) => result.indexOf(item) !== i);
    if (duplicate !== undefined)
        return `'${String(duplicate)}' twice`;
    // Platform names become parts of file names and urls: no separators, no placeholders, no spaces.
    const unusable = result.find((item) => /[/\\{}\s]/.test(item));
    if (unusable !== undefined)
        return `'${String(unusable)}', which cannot be part of a file name`;
    return null;
}
/** TOML dates and YAML's non-JSON values become their text, so JMESPath sees JSON only. */
function toJsonValue(value) {
    return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? String(v) : v)));
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return value === '' ? 'an empty string' : 'a string';
    return `a ${typeof value}`;
}
function clip(value) {
    const text = JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : value;
}
function unreadable(spec, reason) {
    return new _model_types_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .ue(PLATFORMS_UNREADABLE, `platforms_from: cannot read the platforms of '${spec.file}' (query '${spec.query}'): ${reason}.`, { file: spec.file, query: spec.query });
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/\.$/, '');
}


/***/ }),

/***/ 85091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECKSUM_FILE_MAX_BYTES: () => (/* binding */ CHECKSUM_FILE_MAX_BYTES),
/* harmony export */   checksumFileNames: () => (/* binding */ checksumFileNames),
/* harmony export */   expectedChecksums: () => (/* binding */ expectedChecksums),
/* harmony export */   judgeReleaseAssets: () => (/* binding */ judgeReleaseAssets),
/* harmony export */   readRequiredPlatforms: () => (/* binding */ readRequiredPlatforms),
/* harmony export */   releaseAssetsGate: () => (/* binding */ releaseAssetsGate),
/* harmony export */   requiredAssetNames: () => (/* binding */ requiredAssetNames)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _facts_releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59625);
/* harmony import */ var _facts_platforms_from_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70512);
/* harmony import */ var _util_checksums_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61088);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72301);
// release_assets: the naming and integrity contract of a release's files. Every required file
// is there (names from templates \u00d7 platform lists), every one has a sha256 in the release's
// checksum files, and that sha256 is the one of the bytes actually published: GitHub's own
// digest of them (`verify: digest`), or a hash of a download (`verify: download`).
//
// Build artifacts (`source: build_artifacts`, before publishing) are an artifact per file, or
// files inside the build's artifacts (plasmite's `dist-<target>` zips, limited by the
// `artifacts` glob). An artifact uploaded unzipped (`archive: false`) has the file's own digest
// and is checked like a release asset; otherwise the artifact's digest covers the zip, so the
// file is read from the verified zip and hashed. Publishers often compute checksums after
// download, so there (only there) `checksums: none` accepts the hashes alone; every file hashed
// or matched is reported as a verified subject.





/** Checksum files are a few lines per asset; anything bigger is not one. */
const CHECKSUM_FILE_MAX_BYTES = 1024 * 1024;
const PLATFORM = '{platform}';
const releaseAssetsGate = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .defineGate */ .p)({
    type: 'release_assets',
    // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
    libraries: (params) => JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['required'],
        properties: {
            source: {
                description: 'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (an artifact named like the file, or the file inside an artifact).',
                enum: ['release', 'build_artifacts'],
                default: 'release',
            },
            required: {
                description: 'Files the release must have. `{platform}` in a name is replaced by each entry of its `platform` list.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: {
                            description: 'File name, e.g. plasmite_{version}_{platform}.tar.gz.',
                            type: 'string',
                            minLength: 1,
                        },
                        platform: {
                            description: 'Values of `{platform}`, e.g. [linux_amd64, darwin_arm64] (or use platforms_from).',
                            type: 'array',
                            minItems: 1,
                            uniqueItems: true,
                            items: { type: 'string', pattern: '^[^/\\\\{}\\s]+$' },
                        },
                        platforms_from: _facts_platforms_from_js__WEBPACK_IMPORTED_MODULE_2__/* .platformsFromSchema */ ._s,
                    },
                },
            },
            checksums: {
                description: 'sha256sums: one file listing every required file; sidecar: a NAME.sha256 file beside each; none (source: build_artifacts only): no checksum file, each file is hashed.',
                enum: ['sha256sums', 'sidecar', 'none'],
                default: 'sha256sums',
            },
            checksums_file: {
                description: 'Name of the listing file with `checksums: sha256sums`.',
                type: 'string',
                minLength: 1,
                default: 'sha256sums.txt',
            },
            verify: {
                description: "digest: compare with GitHub's sha256 digest of each file (no download); download: download and hash each file.",
                enum: ['digest', 'download'],
                default: 'digest',
            },
            workflow: {
                description: 'Build workflow file searched for the build run when build_run_id is not given (source: build_artifacts).',
                type: 'string',
                minLength: 1,
                default: 'release.yml',
            },
            artifacts: {
                description: 'Glob (picomatch) of the build artifacts opened to find required files inside them, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
                type: 'string',
                minLength: 1,
            },
            max_download_bytes: {
                description: 'Largest file downloaded for hashing.',
                type: 'integer',
                minimum: 1,
                default: 2147483648,
            },
        },
    },
    checkParams(params) {
        for (const [index, entry] of params.required.entries()) {
            const templated = entry.name.includes(PLATFORM);
            if (entry.platform && entry.platforms_from) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `required name '${entry.name}' has both platform and platforms_from; give one.`);
            }
            if (templated && !entry.platform && !entry.platforms_from) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `required name '${entry.name}' uses {platform} but has no platform list (platform or platforms_from).`);
            }
            if (!templated && (entry.platform || entry.platforms_from)) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `required name '${entry.name}' has a platform list but no {platform} to put it in.`);
            }
            if (entry.platforms_from)
                (0,_facts_platforms_from_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPlatformsFrom */ .Pl)(entry.platforms_from, `required[${index}].platforms_from`);
            if (entry.name.includes('/'))
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `required name '${entry.name}' has a '/'; release file names have none.`);
        }
        if (params.checksums === 'none' && params.source !== 'build_artifacts') {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', 'checksums: none is accepted only with source: build_artifacts; a published release must carry its checksums.');
        }
        if (params.artifacts !== undefined && params.source !== 'build_artifacts') {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', 'artifacts (a glob of build artifacts) needs source: build_artifacts.');
        }
        if (params.checksums_file.includes('/') || params.checksums_file.includes(PLATFORM)) {
            throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `checksums_file '${params.checksums_file}' must be a plain file name (no '/', no {platform}).`);
        }
    },
    async collect(params, ctx, facts) {
        const read = await readRequiredPlatforms(params.required, ctx, facts);
        if (!read)
            return collectReleaseAssets(params, ctx, facts);
        const resolved = { ...params, required: read.required };
        return { ...(await collectReleaseAssets(resolved, ctx, facts)), ...read };
    },
    judge: judgeReleaseAssets,
});
/** Each `platforms_from` of `required` read into a `platform` list; null when there is none. */
async function readRequiredPlatforms(required, ctx, facts) {
    if (!required.some((entry) => entry.platforms_from))
        return null;
    const reads = await Promise.all(required.map((entry) => entry.platforms_from ? (0,_facts_platforms_from_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlatformsFrom */ .h5)(facts, ctx, entry.platforms_from) : null));
    return {
        required: required.map((entry, i) => {
            const read = reads[i];
            return read ? { name: entry.name, platform: read.platforms } : entry;
        }),
        platformsRead: reads.filter((read) => read !== null),
    };
}
/** The required file names, in policy order, each once. */
function requiredAssetNames(required) {
    const names = required.flatMap((entry) => entry.platform ? entry.platform.map((p) => entry.name.replaceAll(PLATFORM, p)) : [entry.name]);
    return [...new Set(names)];
}
/** The checksum files the policy's layout needs. */
function checksumFileNames(params, names) {
    if (params.checksums === 'none')
        return [];
    return params.checksums === 'sha256sums' ? [params.checksums_file] : names.map((name) => `${name}.sha256`);
}
/** What the checksum files say each required file's sha256 is. Pure. */
function expectedChecksums(params, names, texts) {
    const expected = new Map();
    const missingFiles = [];
    const unlisted = [];
    try {
        if (params.checksums === 'sha256sums') {
            const file = params.checksums_file;
            const text = texts[file];
            if (text === undefined)
                return { kind: 'ok', expected, missingFiles: [file], unlisted: [] };
            const entries = (0,_util_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSha256Sums */ .Lm)(text, file);
            for (const name of names) {
                const entry = entries.get(name);
                if (entry)
                    expected.set(name, { sha256: entry.sha256, from: `${file} line ${entry.line}` });
                else
                    unlisted.push(name);
            }
        }
        else {
            for (const name of names) {
                const file = `${name}.sha256`;
                const text = texts[file];
                if (text === undefined) {
                    missingFiles.push(file);
                    continue;
                }
                const entry = (0,_util_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSidecar */ .L0)(text, file, name);
                expected.set(name, { sha256: entry.sha256, from: file });
            }
        }
    }
    catch (error) {
        if (error instanceof _util_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .ChecksumParseError */ .zV)
            return { kind: 'malformed', error };
        throw error;
    }
    return { kind: 'ok', expected, missingFiles, unlisted };
}
async function collectReleaseAssets(params, ctx, facts) {
    const repo = ctx.repository;
    const names = requiredAssetNames(params.required);
    const checksumNames = checksumFileNames(params, names);
    const listing = await (0,_facts_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .listAssets */ .qs)(facts, ctx, {
        source: params.source,
        workflow: params.workflow,
        names: [...names, ...checksumNames],
        artifacts: params.artifacts,
        maxArchiveBytes: params.max_download_bytes,
    });
    const checksumTexts = {};
    const downloaded = {};
    if (listing.absent)
        return { listing, checksumTexts, downloaded };
    const readable = (name) => {
        const asset = listing.assets[name];
        return asset && !asset.expired ? asset : null;
    };
    await Promise.all(checksumNames.map(async (name) => {
        const asset = readable(name);
        if (asset)
            checksumTexts[name] = (await (0,_facts_releases_js__WEBPACK_IMPORTED_MODULE_1__.readAsset)(facts, repo, asset, CHECKSUM_FILE_MAX_BYTES)).toString('utf8');
    }));
    const expectations = expectedChecksums(params, names, checksumTexts);
    if (expectations.kind === 'malformed')
        return { listing, checksumTexts, downloaded };
    // Download only what the judge will compare: a file with an expected checksum whose API
    // digest does not settle it (verify: download, or a zipped build artifact).
    const toHash = names.filter((name) => {
        const asset = readable(name);
        if (!asset)
            return false;
        if (params.checksums === 'none')
            return true;
        const expected = expectations.expected.get(name);
        if (!expected)
            return false;
        if (params.verify === 'download')
            return true;
        return asset.origin.kind !== 'release_asset' && asset.digest !== expected.sha256;
    });
    await Promise.all(toHash.map(async (name) => {
        downloaded[name] = await (0,_facts_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .hashAsset */ .$e)(facts, repo, readable(name), params.max_download_bytes);
    }));
    return { listing, checksumTexts, downloaded };
}
function judgeReleaseAssets(params, facts) {
    const { listing } = facts;
    const names = requiredAssetNames(facts.required ?? params.required);
    const links = listing.link ? [listing.link] : [];
    const details = {
        source: params.source,
        where: listing.where,
        required: names,
        checksums: params.checksums,
        verify: params.verify,
    };
    if (facts.platformsRead)
        details.platforms_from = facts.platformsRead;
    const platformSource = facts.platformsRead
        ? ` (platforms from ${facts.platformsRead.map((read) => `${read.file} at ${read.sha.slice(0, 7)}`).join(', ')})`
        : '';
    if (listing.absent) {
        const hint = params.source === 'release'
            ? ' Publish the release first, or check the files before publishing with source: build_artifacts.'
            : '';
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `None of the ${names.length} required files can be found: ${listing.absent}.${hint}`,
            details: { ...details, missing: names },
            links,
        };
    }
    const missing = names.filter((name) => !listing.assets[name]);
    const expired = names.filter((name) => listing.assets[name]?.expired);
    if (missing.length || expired.length) {
        const listed = [...missing, ...expired.map((name) => `${name} (expired)`)];
        return {
            status: 'fail',
            code: 'ASSET_MISSING',
            message: `${listed.length} of ${names.length} required files missing from ${listing.where}: ${listed.join(', ')}${platformSource}.`,
            details: { ...details, missing, expired, available: Object.keys(listing.assets).slice(0, 200) },
            links,
        };
    }
    const ambiguous = names.filter((name) => listing.assets[name]?.alsoIn?.length);
    if (ambiguous.length) {
        const listed = ambiguous.map((name) => {
            const asset = listing.assets[name];
            const first = asset.origin.kind === 'release_asset' ? '' : asset.origin.artifact.name;
            return `${name} (in ${[first, ...asset.alsoIn].join(', ')})`;
        });
        return {
            status: 'fail',
            code: 'ASSET_AMBIGUOUS',
            message: `${ambiguous.length} required file${ambiguous.length > 1 ? 's are' : ' is'} in more than one artifact of ${listing.where}, so which one is released is not known: ${listed.join('; ')}. Narrow the artifacts glob.`,
            details: { ...details, ambiguous },
            links,
        };
    }
    if (params.checksums === 'none')
        return judgeHashesAlone(names, facts, details, links);
    const expectations = expectedChecksums(params, names, facts.checksumTexts);
    if (expectations.kind === 'malformed') {
        const { error } = expectations;
        return {
            status: 'fail',
            code: 'CHECKSUM_MALFORMED',
            message: `Malformed checksum file in ${listing.where}: ${error.message}.`,
            details: { ...details, file: error.file, line: error.line, reason: error.reason },
            links,
        };
    }
    const expiredChecksums = checksumFileNames(params, names).filter((name) => listing.assets[name]?.expired);
    const missingFiles = [
        ...expectations.missingFiles.filter((f) => !expiredChecksums.includes(f)),
        ...expiredChecksums.map((f) => `${f} (expired)`),
    ];
    if (missingFiles.length || expectations.unlisted.length) {
        const parts = [];
        if (missingFiles.length)
            parts.push(`${listing.where} has no ${missingFiles.join(', ')}`);
        if (expectations.unlisted.length)
            parts.push(`${params.checksums_file} does not list ${expectations.unlisted.join(', ')}`);
        const want = params.checksums === 'sha256sums'
            ? `${params.checksums_file} must list every required file`
            : 'each required file needs a NAME.sha256 sidecar';
        return {
            status: 'fail',
            code: 'CHECKSUM_MISSING',
            message: `Missing checksums: ${parts.join('; ')} (${want}).`,
            details: { ...details, missing_files: missingFiles, unlisted: expectations.unlisted },
            links,
        };
    }
    const mismatches = [];
    const noDigest = [];
    const notHashed = [];
    const verified = [];
    for (const name of names) {
        const asset = listing.assets[name];
        const expected = expectations.expected.get(name);
        const actual = actualChecksum(params, asset, expected.sha256, facts.downloaded[name]);
        if (actual.kind === 'no_digest')
            noDigest.push(name);
        else if (actual.kind === 'not_hashed')
            notHashed.push(name);
        else if (actual.sha256 !== expected.sha256) {
            mismatches.push({
                name,
                expected: expected.sha256,
                actual: actual.sha256,
                expected_from: expected.from,
                actual_from: actual.from,
            });
        }
        else
            verified.push({ name, sha256: actual.sha256, via: actual.from });
    }
    Object.assign(details, { verified, mismatches, no_digest: noDigest });
    if (mismatches.length) {
        const listed = mismatches.map((m) => `${m.name}: ${m.expected_from} says ${m.expected}, ${m.actual_from === 'download' ? 'the downloaded file hashes to' : "GitHub's digest is"} ${m.actual}`);
        return {
            status: 'fail',
            code: 'CHECKSUM_MISMATCH',
            message: `${mismatches.length} file${mismatches.length > 1 ? 's do' : ' does'} not match the published checksum: ${listed.join('; ')}.`,
            details,
            links,
        };
    }
    if (noDigest.length || notHashed.length) {
        const parts = [
            ...(noDigest.length
                ? [
                    `GitHub reports no sha256 digest for ${noDigest.join(', ')} (uploaded before digests existed?): set verify: download to hash the files instead`,
                ]
                : []),
            ...(notHashed.length ? [`${notHashed.join(', ')} could not be hashed`] : []),
        ];
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify ${[...noDigest, ...notHashed].length} file(s) in ${listing.where}: ${parts.join('; ')}.`,
            details: { ...details, not_hashed: notHashed },
            links,
        };
    }
    const how = params.verify === 'download' ? 'hashed after download' : "checked against GitHub's digests";
    return {
        status: 'pass',
        code: 'ASSETS_OK',
        message: `All ${names.length} required files are in ${listing.where} and match ${params.checksums === 'sha256sums' ? params.checksums_file : 'their .sha256 sidecars'} (${how}).`,
        details,
        links,
        verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
    };
}
/** `checksums: none`: every required file is there and was hashed from the verified build artifact. */
function judgeHashesAlone(names, facts, details, links) {
    const notHashed = names.filter((name) => !facts.downloaded[name]);
    const verified = names
        .filter((name) => facts.downloaded[name])
        .map((name) => ({ name, sha256: facts.downloaded[name], via: 'download' }));
    Object.assign(details, { verified, not_hashed: notHashed });
    if (notHashed.length) {
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify ${notHashed.length} file(s) in ${facts.listing.where}: ${notHashed.join(', ')} could not be hashed.`,
            details,
            links,
        };
    }
    return {
        status: 'pass',
        code: 'ASSETS_OK',
        message: `All ${names.length} required files are in ${facts.listing.where}, hashed from the digest-verified artifacts (checksums: none).`,
        details,
        links,
        verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
    };
}
/** The sha256 the published bytes really have, as far as the facts tell. */
function actualChecksum(params, asset, expected, downloaded) {
    if (params.verify === 'download')
        return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
    if (asset.origin.kind === 'release_asset')
        return asset.digest ? { kind: 'known', sha256: asset.digest, from: 'api_digest' } : { kind: 'no_digest' };
    // A build artifact: its digest is the file's own when uploaded unzipped; otherwise the
    // downloaded, digest-verified zip's file was hashed.
    if (asset.digest === expected)
        return { kind: 'known', sha256: asset.digest, from: 'api_digest' };
    return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
}


/***/ }),

/***/ 81022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ versionText),
/* harmony export */   KI: () => (/* binding */ VersionFileSyntaxError),
/* harmony export */   Sz: () => (/* binding */ parseVersionFile),
/* harmony export */   bE: () => (/* binding */ describeValueKind),
/* harmony export */   be: () => (/* binding */ formatOf)
/* harmony export */ });
/* unused harmony exports FORMAT_EXTENSIONS, lineAndColumn, jsonErrorOffset */
/* harmony import */ var _libraries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70751);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
// The files that carry a project's version (Cargo.toml, pyproject.toml, package.json,
// package-lock.json, Chart.yaml, \u2026) parsed by extension, and the value at a JSON Pointer
// turned into the text a person would compare with the tag.


const FORMAT_EXTENSIONS = {
    '.toml': 'toml',
    '.json': 'json',
    '.yml': 'yaml',
    '.yaml': 'yaml',
};
/** A file that does not parse, with the parser's position (1-based) when it has one. */
class VersionFileSyntaxError extends Error {
    path;
    format;
    reason;
    line;
    column;
    constructor(path, format, reason, line, column) {
        super(`${path}${line !== null ? `:${line}${column !== null ? `:${column}` : ''}` : ''}: invalid ${format.toUpperCase()}: ${reason}`);
        this.path = path;
        this.format = format;
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'VersionFileSyntaxError';
    }
}
/** The format a path's extension names, or null (such a file can only be read by regex). */
function formatOf(path) {
    const match = /\.[^./]+$/.exec(path.toLowerCase());
    return match ? (FORMAT_EXTENSIONS[match[0]] ?? null) : null;
}
/** Parses a version file (or any data file) by its extension; throws VersionFileSyntaxError with a position. */
function parseVersionFile(path, text, options = {}) {
    const format = formatOf(path);
    if (!format)
        throw new Error(`'${path}' has no .toml, .json, .yml or .yaml extension.`);
    switch (format) {
        case 'toml':
            return parseTomlFile(path, text);
        case 'json':
            return parseJsonFile(path, text);
        case 'yaml':
            return parseYamlFile(path, text, options.yamlScalars ?? 'text');
    }
}
function parseTomlFile(path, text) {
    try {
        return (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .library */ .Y)('toml').parse(text);
    }
    catch (error) {
        if (!(error instanceof (0,_libraries_js__WEBPACK_IMPORTED_MODULE_0__/* .library */ .Y)('toml').TomlError))
            throw error;
        // The message ends in a code block; the position is reported on its own.
        const reason = error.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
        throw new VersionFileSyntaxError(path, 'toml', reason, error.line, error.column);
    }
}
function parseJsonFile(path, text) {
    // A BOM is legal at the start of a file but not in JSON.parse's input.
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        // V8's messages carry a position on some Node versions and not on others; find it ourselves.
        const offset = jsonErrorOffset(body);
        const { line, column } = lineAndColumn(body, offset ?? body.length);
        const reason = error.message
            .replace(/ in JSON at position \d+.*$/, '')
            .replace(/, ".*" is not valid JSON$/s, '');
        throw new VersionFileSyntaxError(path, 'json', reason, line, column);
    }
}
function parseYamlFile(path, text, scalars) {
    // The failsafe schema keeps every scalar as written: `version: 1.10` stays "1.10", where
    // the core schema would read the number 1.1.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, {
        schema: scalars === 'text' ? 'failsafe' : 'core',
        prettyErrors: false,
    });
    const error = document.errors[0];
    if (error) {
        const { line, column } = lineAndColumn(text, error.pos[0]);
        throw new VersionFileSyntaxError(path, 'yaml', error.message.split('\n')[0], line, column);
    }
    // Aliases are resolved only here: one without its anchor (`<<: *a`), or an alias bomb
    // past the library's alias limit, throws a ReferenceError that is a syntax error too.
    try {
        return document.toJS();
    }
    catch (error) {
        throw new VersionFileSyntaxError(path, 'yaml', error.message.split('\n')[0], null, null);
    }
}
/**
 * The text of a version value: a string as it is, a number or boolean as written. null for
 * anything that is not a single value (a table, a list, null).
 */
function versionText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    return null;
}
/** What kind of value sits where a version was expected, for messages. */
function describeValueKind(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return 'a date';
    if (typeof value === 'object')
        return 'a table/object';
    return typeof value;
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
/**
 * Offset of the first syntax error in a JSON text (null if it is valid): a small scanner of
 * the RFC 8259 grammar, since JSON.parse reports positions differently across Node versions.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const fail = () => {
        throw new JsonSyntaxAt(i);
    };
    const expect = (char) => {
        if (text[i] !== char)
            fail();
        i++;
    };
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const literal = (word) => {
        if (!text.startsWith(word, i))
            fail();
        i += word.length;
    };
    const string = () => {
        expect('"');
        while (text[i] !== '"') {
            if (i >= text.length || text.charCodeAt(i) < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                    i += 4;
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'u'))
                    fail();
            }
            i++;
        }
        i++;
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!match)
            fail();
        i += match[0].length;
    };
    const members = (close, member) => {
        space();
        if (text[i] === close) {
            i++;
            return;
        }
        for (;;) {
            member();
            space();
            if (text[i] === close) {
                i++;
                return;
            }
            expect(',');
        }
    };
    const value = () => {
        space();
        switch (text[i]) {
            case '{':
                i++;
                return members('}', () => {
                    space();
                    string();
                    space();
                    expect(':');
                    value();
                });
            case '[':
                i++;
                return members(']', value);
            case '"':
                return string();
            case 't':
                return literal('true');
            case 'f':
                return literal('false');
            case 'n':
                return literal('null');
            default:
                return number();
        }
    };
    try {
        value();
        space();
        return i < text.length ? i : null;
    }
    catch (error) {
        if (error instanceof JsonSyntaxAt)
            return Math.min(error.offset, text.length);
        throw error;
    }
}
class JsonSyntaxAt {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}


/***/ })

};
