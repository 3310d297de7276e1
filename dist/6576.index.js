export const id = 6576;
export const ids = [6576];
export const modules = {

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

/***/ 26576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONSISTENT: () => (/* binding */ CONSISTENT),
/* harmony export */   captureGroupCount: () => (/* binding */ captureGroupCount),
/* harmony export */   checkRegex: () => (/* binding */ checkRegex),
/* harmony export */   judgeVersionAlignment: () => (/* binding */ judgeVersionAlignment),
/* harmony export */   readVersions: () => (/* binding */ readVersions),
/* harmony export */   versionAlignmentGate: () => (/* binding */ versionAlignmentGate)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _facts_files_at_commit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30620);
/* harmony import */ var _util_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87148);
/* harmony import */ var _util_version_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81022);
// version_alignment: every file that states the project's version states the one being
// released. Files are read at the commit under evaluation through the API (one GraphQL
// request for all of them), so no checkout is needed and a dirty workspace cannot lie.
//
// Each file is parsed by its extension (TOML, JSON, YAML) and read at a JSON Pointer, or
// searched with a regex whose one capture group is the version. Parsing is pure, so it
// happens in the judge: an unparseable file is an `error` naming the line and column.
//
// `expect: consistent` asks only that the files agree with each other, whatever the version:
// on a branch or a pull request there is no tag to compare with.




/** The `expect` value that asks for agreement among the files rather than a given version. */
const CONSISTENT = 'consistent';
/** Regexes are matched line by line: `^` and `$` are line boundaries. */
const REGEX_FLAGS = 'm';
const versionAlignmentGate = {
    type: 'version_alignment',
    // Cargo.toml, pyproject.toml and other TOML version files.
    libraries: (params) => (/\.toml\b/.test(JSON.stringify(params ?? {})) ? ['toml'] : []),
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
            files: {
                description: 'Files that state the version: a JSON Pointer into a .toml, .json, .yml or .yaml file, or a regex with one capture group.',
                type: 'array',
                minItems: 1,
                items: {
                    oneOf: [
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['path', 'pointer'],
                            properties: {
                                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                                pointer: {
                                    description: 'RFC 6901 JSON Pointer to the version, e.g. /package/version or /packages//version.',
                                    type: 'string',
                                    pattern: '^(/.*)?$',
                                },
                            },
                        },
                        {
                            type: 'object',
                            additionalProperties: false,
                            required: ['path', 'regex'],
                            properties: {
                                path: { description: 'Repository path of the file.', type: 'string', minLength: 1 },
                                regex: {
                                    description: 'JavaScript regex (multiline) with exactly one capture group: the version.',
                                    type: 'string',
                                    minLength: 1,
                                },
                            },
                        },
                    ],
                },
            },
            expect: {
                description: 'The version every file must state, or `consistent`: every file states the same version, whatever it is (for branches and pull requests, where there is no tag).',
                type: 'string',
                minLength: 1,
                default: '{version}',
            },
        },
    },
    checkParams(params) {
        for (const [i, file] of params.files.entries()) {
            if ('regex' in file)
                checkRegex(file.regex, `files[${i}].regex`);
            else if (!(0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file.path)) {
                throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `files[${i}]: '${file.path}' is not a .toml, .json, .yml or .yaml file, so a pointer cannot be read from it; use regex instead.`);
            }
        }
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { files: new Map() };
        return {
            files: await (0,_facts_files_at_commit_js__WEBPACK_IMPORTED_MODULE_1__/* .filesAtCommit */ .ao)(facts, ctx.repository, ctx.sha, params.files.map((f) => f.path)),
        };
    },
    judge: judgeVersionAlignment,
};
/** A regex that compiles and has exactly one capture group, else INVALID_PARAMS. */
function checkRegex(source, where) {
    let regex;
    try {
        regex = new RegExp(source, REGEX_FLAGS);
    }
    catch (error) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `${where} '${source}' is not a valid regex: ${error.message}`);
    }
    const groups = captureGroupCount(source);
    if (groups !== 1) {
        throw new _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue('INVALID_PARAMS', `${where} '${source}' has ${groups} capture groups; it needs exactly one, around the version (use (?:\u2026) for other grouping).`);
    }
    return regex;
}
/** Capture groups of a valid regex: an empty alternative matches "", with every group unset. */
function captureGroupCount(source) {
    return new RegExp(`${source}|`, REGEX_FLAGS).exec('').length - 1;
}
function judgeVersionAlignment(params, facts, ctx) {
    if (!ctx.sha) {
        return {
            status: 'error',
            code: 'SHA_UNRESOLVED',
            message: 'The commit under evaluation is unknown, so its version files cannot be read.',
        };
    }
    const consistent = params.expect === CONSISTENT;
    const readings = consistent
        ? compareAmongThemselves(readVersions(params, facts.files))
        : readVersions(params, facts.files);
    const reference = consistent ? commonVersion(readings) : params.expect;
    const summary = readings.map((r) => describeReading(r, reference)).join('; ');
    const details = { sha: ctx.sha, expected: params.expect, files: readings };
    if (consistent)
        details.versions = versionsFound(readings);
    const repo = `${ctx.repository.owner}/${ctx.repository.repo}`;
    const links = [
        ...new Set(readings.filter((r) => r.state !== 'aligned' && r.problem !== 'file missing').map((r) => r.path)),
    ].map((path) => ({
        title: `${path} at ${ctx.sha.slice(0, 7)}`,
        url: `${ctx.serverUrl}/${repo}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}`,
    }));
    const invalid = readings.filter((r) => r.state === 'invalid');
    if (invalid.length > 0) {
        const problems = [...new Set(invalid.map((r) => r.problem))];
        return {
            status: 'error',
            code: 'VERSION_FILE_INVALID',
            message: `Cannot read the version: ${problems.join('; ')}.`,
            details,
            links,
        };
    }
    if (readings.some((r) => r.state === 'missing')) {
        return {
            status: 'fail',
            code: 'VERSION_FILE_MISSING',
            message: `Version not found at ${ctx.sha.slice(0, 7)}: ${summary}`,
            details,
            links,
        };
    }
    if (readings.some((r) => r.state === 'mismatch')) {
        const found = Object.keys(versionsFound(readings));
        return {
            status: 'fail',
            code: 'VERSION_MISMATCH',
            message: consistent
                ? `Versions disagree among the files${found.length > 1 ? ` (${found.length} different: ${found.join(', ')})` : ''}: ${summary}`
                : `Versions disagree with ${params.expect}: ${summary}`,
            details,
            links,
        };
    }
    const stated = consistent ? readings[0].value : params.expect;
    return {
        status: 'pass',
        code: 'VERSIONS_ALIGNED',
        message: `${readings.length === 1 ? 'The version entry states' : `All ${readings.length} version entries state`} ${stated}${consistent ? ' (consistent)' : ''}: ${summary}`,
        details,
    };
}
/** Reads every entry; each file is parsed once however many pointers read it. */
function readVersions(params, files) {
    const parsed = new Map();
    const parse = (path, text) => {
        let result = parsed.get(path);
        if (!result) {
            try {
                result = { document: (0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionFile */ .Sz)(path, text) };
            }
            catch (error) {
                if (!(error instanceof _util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .VersionFileSyntaxError */ .KI))
                    throw error;
                result = { error: error.message };
            }
            parsed.set(path, result);
        }
        return result;
    };
    return params.files.map((spec) => {
        const entry = 'regex' in spec ? { path: spec.path, regex: spec.regex } : { path: spec.path, pointer: spec.pointer };
        const file = files.get(spec.path);
        if (!file)
            return { ...entry, value: null, state: 'missing', problem: 'file missing' };
        const judged = (value) => ({
            ...entry,
            value,
            state: value === params.expect ? 'aligned' : 'mismatch',
        });
        if ('regex' in spec) {
            const match = new RegExp(spec.regex, REGEX_FLAGS).exec(file.text);
            return match?.[1] !== undefined
                ? judged(match[1])
                : { ...entry, value: null, state: 'missing', problem: 'no match' };
        }
        const result = parse(spec.path, file.text);
        if ('error' in result)
            return { ...entry, value: null, state: 'invalid', problem: result.error };
        const lookup = (0,_util_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePointer */ .c)(result.document, spec.pointer);
        if (!lookup.found) {
            const where = lookup.missingAt === spec.pointer ? 'not found' : `not found (nothing at ${lookup.missingAt})`;
            return { ...entry, value: null, state: 'missing', problem: where };
        }
        const text = (0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .versionText */ .KA)(lookup.value);
        if (text === null)
            return {
                ...entry,
                value: null,
                state: 'mismatch',
                problem: inheritsWorkspaceVersion(lookup.value)
                    ? "inherits the workspace's version (version.workspace = true): read /workspace/package/version of the workspace's Cargo.toml instead"
                    : `${(0,_util_version_files_js__WEBPACK_IMPORTED_MODULE_2__/* .describeValueKind */ .bE)(lookup.value)}, not a version`,
            };
        return judged(text);
    });
}
/** A Cargo member's `version.workspace = true`, which reads as the table {workspace: true}. */
function inheritsWorkspaceVersion(value) {
    return typeof value === 'object' && value !== null && value.workspace === true;
}
/**
 * With `expect: consistent`: the version most entries state is the one the others are measured
 * against; when no single version is the most common, every entry with a value disagrees.
 */
function compareAmongThemselves(readings) {
    const common = commonVersion(readings);
    return readings.map((reading) => reading.value === null || reading.state === 'invalid' || reading.state === 'missing'
        ? reading
        : { ...reading, state: reading.value === common ? 'aligned' : 'mismatch' });
}
/** The version stated by more entries than any other, or null on a tie. */
function commonVersion(readings) {
    const counts = [...Object.entries(versionsFound(readings))].map(([value, paths]) => [value, paths.length]);
    counts.sort((a, b) => b[1] - a[1]);
    if (counts.length === 0 || (counts.length > 1 && counts[0][1] === counts[1][1]))
        return null;
    return counts[0][0];
}
/** Version \u2192 the entries (`path pointer`) that state it, in policy order. */
function versionsFound(readings) {
    const found = {};
    for (const reading of readings) {
        if (reading.value === null)
            continue;
        (found[reading.value] ??= []).push(`${reading.path} ${locatorOf(reading)}`);
    }
    return found;
}
function locatorOf(reading) {
    return reading.regex !== undefined
        ? `=~ /${reading.regex}/`
        : reading.pointer === ''
            ? '(whole file)'
            : reading.pointer;
}
/**
 * `Cargo.toml /package/version = 1.2.0 \u2713`, `\u2026 = 1.1.9 \u2717 (expected 1.2.0)`, `\u2026: file missing \u2717`;
 * with `expect: consistent` and no most common version, `\u2026 = 1.1.9 \u2717`.
 */
function describeReading(reading, expected) {
    const head = `${reading.path} ${locatorOf(reading)}`;
    if (reading.state === 'aligned')
        return `${head} = ${reading.value} \u2713`;
    if (reading.value !== null)
        return `${head} = ${reading.value} \u2717${expected === null ? '' : ` (expected ${expected})`}`;
    return `${head}: ${reading.problem} \u2717`;
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
