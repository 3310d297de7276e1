export const id = 7973;
export const ids = [7973];
export const modules = {

/***/ 97973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assetNameOf: () => (/* binding */ assetNameOf),
  expectedUrls: () => (/* binding */ expectedUrls),
  homebrewFormulaGate: () => (/* binding */ homebrewFormulaGate),
  judgeHomebrewFormula: () => (/* binding */ judgeHomebrewFormula)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/facts/build/find.ts
var find = __webpack_require__(84045);
// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
// EXTERNAL MODULE: ./src/facts/releases.ts
var releases = __webpack_require__(59625);
// EXTERNAL MODULE: ./src/facts/platforms-from.ts
var platforms_from = __webpack_require__(70512);
// EXTERNAL MODULE: ./src/util/checksums.ts
var checksums = __webpack_require__(61088);
;// CONCATENATED MODULE: ./src/util/homebrew.ts
// Reads what a release check needs out of a Homebrew formula or cask: its `version "x"`
// statements and each `url "..."` with the `sha256 "..."` of the same block. Formula writers
// put sha256 after url; GoReleaser's casks put it before (`on_intel do / sha256 \u2026 / url \u2026`), so
// a url is paired with the sha256 of its own block and branch, whichever comes first. A
// formula is Ruby, and this is not a Ruby interpreter: it tokenizes just enough (strings,
// comments, heredocs, regexps, blocks) that a `url` inside a heredoc, a comment, a `resource`
// or a `bottle` block is not mistaken for the formula's own. Anything it cannot tokenize is a
// FormulaParseError, never a guess.
const FORMULA_UNPARSABLE = 'FORMULA_UNPARSABLE';
class FormulaParseError extends Error {
    line;
    reason;
    code = FORMULA_UNPARSABLE;
    constructor(line, reason) {
        super(`line ${line}: ${reason}`);
        this.line = line;
        this.reason = reason;
        this.name = 'FormulaParseError';
    }
}
/** Blocks whose url/sha256/version describe something else than the formula's own download. */
const FOREIGN_BLOCKS = new Set(['resource', 'patch', 'head', 'bottle', 'livecheck', 'test', 'def', 'devel']);
function parseFormula(text) {
    return scan(tokenize(text));
}
/** Words after which an expression starts (so `/` opens a regexp and `%(` a string). */
const EXPRESSION_KEYWORDS = new Set([
    'if',
    'unless',
    'while',
    'until',
    'when',
    'case',
    'return',
    'and',
    'or',
    'not',
    'then',
    'else',
    'elsif',
    'do',
    'in',
    'puts',
    'yield',
]);
const PAIRS = { '(': ')', '[': ']', '{': '}', '<': '>' };
function tokenize(text) {
    const tokens = [];
    const pending = [];
    let i = 0;
    let line = 1;
    const atLineStart = () => i === 0 || text[i - 1] === '\n';
    const previous = () => tokens.at(-1);
    /** Whether the next token starts an expression, rather than continuing one (division, modulo). */
    const expectsValue = () => {
        const last = previous();
        if (!last || last.kind === 'nl')
            return true;
        if (last.kind === 'punct')
            return ![')', ']', '}'].includes(last.text);
        if (last.kind === 'ident')
            return EXPRESSION_KEYWORDS.has(last.text);
        return false;
    };
    /** Reads a quoted body up to `close`; `interpolate` for double-quote semantics. */
    const readQuoted = (open, close, interpolate, startLine) => {
        const parts = [];
        let literal = '';
        let depth = 1;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated string');
            const ch = text[i];
            if (ch === '\\') {
                const next = text[i + 1];
                if (next === undefined)
                    throw new FormulaParseError(startLine, 'unterminated string');
                if (next === '\n')
                    line++;
                literal += interpolate
                    ? (ESCAPES[next] ?? next)
                    : next === close || next === '\\' || next === open
                        ? next
                        : `\\${next}`;
                i += 2;
                continue;
            }
            if (interpolate && ch === '#' && text[i + 1] === '{') {
                if (literal)
                    parts.push(literal);
                literal = '';
                i += 2;
                parts.push({ interpolation: readInterpolation(startLine) });
                continue;
            }
            if (ch === '\n')
                line++;
            if (open !== close && ch === open)
                depth++;
            if (ch === close && --depth === 0) {
                i++;
                break;
            }
            literal += ch;
            i++;
        }
        if (literal || parts.length === 0)
            parts.push(literal);
        return parts;
    };
    /** Skips a `#{...}` body (after `#{`), nested braces and strings included; returns its source. */
    const readInterpolation = (startLine) => {
        const start = i;
        let depth = 1;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated #{...} interpolation');
            const ch = text[i];
            if (ch === '"' || ch === "'") {
                i++;
                readQuoted(ch, ch, ch === '"', line);
                continue;
            }
            if (ch === '\n')
                line++;
            if (ch === '{')
                depth++;
            if (ch === '}' && --depth === 0) {
                i++;
                return text.slice(start, i - 1).trim();
            }
            i++;
        }
    };
    const readRegexp = (startLine) => {
        let inClass = false;
        while (true) {
            if (i >= text.length)
                throw new FormulaParseError(startLine, 'unterminated regular expression');
            const ch = text[i];
            if (ch === '\\') {
                if (text[i + 1] === '\n')
                    line++;
                i += 2;
                continue;
            }
            if (ch === '#' && text[i + 1] === '{') {
                i += 2;
                readInterpolation(startLine);
                continue;
            }
            if (ch === '\n')
                line++;
            i++;
            if (ch === '[')
                inClass = true;
            else if (ch === ']')
                inClass = false;
            else if (ch === '/' && !inClass)
                break;
        }
        while (i < text.length && /[a-z]/.test(text[i]))
            i++;
    };
    const skipHeredocBodies = () => {
        for (const heredoc of pending.splice(0)) {
            while (true) {
                if (i >= text.length)
                    throw new FormulaParseError(heredoc.line, `heredoc '${heredoc.id}' is never terminated`);
                const end = text.indexOf('\n', i);
                const bodyLine = text.slice(i, end === -1 ? text.length : end).replace(/\r$/, '');
                i = end === -1 ? text.length : end + 1;
                line++;
                if ((heredoc.indented ? bodyLine.trim() : bodyLine) === heredoc.id)
                    break;
            }
        }
    };
    while (i < text.length) {
        if (atLineStart()) {
            if (/^=begin(\s|$)/.test(text.slice(i, i + 7))) {
                const startLine = line;
                const end = text.slice(i).search(/(^|\n)=end(\s|$)/);
                if (end === -1)
                    throw new FormulaParseError(startLine, '=begin comment is never closed with =end');
                const skipped = text.slice(i, i + end + 1);
                line += (skipped.match(/\n/g) ?? []).length;
                i += end + 1;
                // Drop the =end line itself.
                const after = text.indexOf('\n', i);
                i = after === -1 ? text.length : after;
                continue;
            }
            // Everything after __END__ is data (often a patch), not code.
            if (/^__END__\r?(\n|$)/.test(text.slice(i, i + 9)))
                break;
        }
        const ch = text[i];
        const startLine = line;
        if (ch === '\n') {
            tokens.push({ kind: 'nl', line });
            i++;
            line++;
            if (pending.length)
                skipHeredocBodies();
            continue;
        }
        if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
            i += text[i + 1] === '\n' ? 2 : 3;
            line++;
            continue;
        }
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (ch === '"' || ch === '`') {
            i++;
            tokens.push({ kind: 'string', parts: readQuoted(ch, ch, true, startLine), line: startLine });
            continue;
        }
        if (ch === "'") {
            i++;
            tokens.push({ kind: 'string', parts: readQuoted("'", "'", false, startLine), line: startLine });
            continue;
        }
        if (ch === ':' && (text[i + 1] === '"' || text[i + 1] === "'")) {
            const quote = text[i + 1];
            i += 2;
            readQuoted(quote, quote, quote === '"', startLine);
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === ':' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
            i++;
            while (i < text.length && /[\w?!=]/.test(text[i]))
                i++;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === '%') {
            const literal = /^%([qQwWiIrsx]?)([^\w\s])/.exec(text.slice(i, i + 3));
            if (literal && (literal[1] || expectsValue())) {
                const [, type, open] = literal;
                i += literal[0].length;
                const parts = readQuoted(open, PAIRS[open] ?? open, type === '' || type === 'Q' || type === 'W' || type === 'I', startLine);
                tokens.push(type === '' || type === 'q' || type === 'Q'
                    ? { kind: 'string', parts, line: startLine }
                    : { kind: 'value', line: startLine });
                continue;
            }
        }
        if (ch === '/' && expectsValue()) {
            i++;
            readRegexp(startLine);
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (ch === '<' && text[i + 1] === '<') {
            const heredoc = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 200));
            if (heredoc && (heredoc[1] || heredoc[2] || expectsValue() || /^[A-Z_][A-Z0-9_]*$/.test(heredoc[3]))) {
                pending.push({ id: heredoc[3], indented: heredoc[1] !== '', line: startLine });
                i += heredoc[0].length;
                tokens.push({ kind: 'value', line: startLine });
                continue;
            }
        }
        if (ch === '?' &&
            expectsValue() &&
            text[i + 1] !== undefined &&
            !/\s/.test(text[i + 1]) &&
            !/\w/.test(text[i + 2] ?? '')) {
            // A character literal such as ?" must not open a string.
            i += text[i + 1] === '\\' ? 3 : 2;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        if (/[A-Za-z_@$\u0080-\uffff]/.test(ch)) {
            const start = i;
            i++;
            while (i < text.length && /[\w\u0080-\uffff]/.test(text[i]))
                i++;
            if (text[i] === '?' || text[i] === '!') {
                // `arm?` is a method name; `x ?a : b` and `x != y` are not.
                if (text[i + 1] !== '=' && !(text[i] === '?' && /[\w:'"]/.test(text[i + 1] ?? '')))
                    i++;
            }
            const word = text.slice(start, i);
            tokens.push(ch === '@' || ch === '$'
                ? { kind: 'value', line: startLine }
                : { kind: 'ident', text: word, line: startLine });
            continue;
        }
        if (/[0-9]/.test(ch)) {
            while (i < text.length &&
                /[\w.]/.test(text[i]) &&
                !(text[i] === '.' && !/[0-9]/.test(text[i + 1] ?? '')))
                i++;
            tokens.push({ kind: 'value', line: startLine });
            continue;
        }
        tokens.push({ kind: 'punct', text: ch, line: startLine });
        i++;
    }
    if (pending.length)
        throw new FormulaParseError(pending[0].line, `heredoc '${pending[0].id}' is never terminated`);
    return tokens;
}
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    s: ' ',
    '0': '\0',
    e: '\u001b',
    a: '\u0007',
    b: '\b',
    f: '\f',
    v: '\v',
};
// ---------------------------------------------------------------------------------------------
// Statements
/** Keywords that open a block closed by `end` when they start a statement (not as modifiers). */
const BLOCK_KEYWORDS = new Set([
    'class',
    'module',
    'def',
    'if',
    'unless',
    'case',
    'while',
    'until',
    'begin',
    'for',
]);
/** Keywords after which a new statement starts on the same line. */
const STATEMENT_STARTERS = new Set(['then', 'else', 'do', 'begin', 'ensure', 'rescue']);
const LOOP_KEYWORDS = new Set(['while', 'until', 'for']);
/** Keywords that start another branch of the enclosing `if` / `case`: a url and a sha256 never pair across them. */
const BRANCH_KEYWORDS = new Set(['else', 'elsif', 'when', 'in']);
function scan(tokens) {
    const blocks = [];
    /** A number per open block, parallel to `blocks`: what is waiting to be paired is per block. */
    const blockIds = [];
    let nextBlockId = 1;
    const versions = [];
    const urls = [];
    /** Per block: the url waiting for its sha256, or the sha256 waiting for its url (casks). */
    const waiting = new Map();
    let statementStart = true;
    let statementHead = null;
    let loopOpened = false;
    let kind = 'formula';
    const open = (name) => {
        blocks.push(name);
        blockIds.push(nextBlockId++);
    };
    const close = () => {
        blocks.pop();
        waiting.delete(blockIds.pop());
    };
    const currentBlock = () => blockIds.at(-1) ?? 0;
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        const startsStatement = statementStart;
        statementStart = false;
        if (token.kind === 'nl' || (token.kind === 'punct' && token.text === ';')) {
            statementStart = true;
            statementHead = null;
            loopOpened = false;
            continue;
        }
        if (token.kind === 'punct') {
            if (token.text === '{')
                open('{');
            else if (token.text === '}' && blocks.at(-1) === '{')
                close();
            continue;
        }
        if (token.kind !== 'ident')
            continue;
        const word = token.text;
        if (startsStatement)
            statementHead = word;
        if (word === 'end') {
            if (blocks.length && blocks.at(-1) !== '{')
                close();
            continue;
        }
        if (word === 'do') {
            if (!loopOpened)
                open(statementHead ?? 'do');
            if (statementHead === 'cask' && blocks.length === 1)
                kind = 'cask';
            loopOpened = false;
            statementStart = true;
            index = skipBlockParameters(tokens, index);
            continue;
        }
        if (BRANCH_KEYWORDS.has(word))
            waiting.delete(currentBlock());
        const previous = tokens[index - 1];
        const valuePosition = previous?.kind === 'punct' && ['=', '('].includes(previous.text);
        if (BLOCK_KEYWORDS.has(word) &&
            (startsStatement || (valuePosition && word !== 'class' && word !== 'def'))) {
            open(word);
            if (LOOP_KEYWORDS.has(word))
                loopOpened = true;
        }
        if (STATEMENT_STARTERS.has(word))
            statementStart = true;
        if (BLOCK_KEYWORDS.has(word) || STATEMENT_STARTERS.has(word))
            continue;
        if (!startsStatement || (word !== 'url' && word !== 'sha256' && word !== 'version'))
            continue;
        const argument = stringArgument(tokens, index);
        if (!argument)
            continue;
        // A resource's or bottle's url and sha256 are not the formula's download. They are paired
        // in their own block like any other, and then left out.
        const foreign = blocks.some((block) => FOREIGN_BLOCKS.has(block));
        const block = currentBlock();
        const before = waiting.get(block);
        if (word === 'url') {
            const entry = {
                parts: argument.parts,
                line: token.line,
                sha256: null,
                sha256Line: null,
                blocks: namedBlocks(blocks),
            };
            if (!foreign)
                urls.push(entry);
            if (before && 'sha' in before) {
                entry.sha256 = before.sha.value;
                entry.sha256Line = before.sha.line;
                waiting.delete(block);
            }
            else
                waiting.set(block, { url: entry });
        }
        else if (word === 'sha256') {
            const sha = { value: literalText(argument.parts).trim(), line: token.line };
            if (before && 'url' in before) {
                before.url.sha256 = sha.value;
                before.url.sha256Line = sha.line;
                waiting.delete(block);
            }
            else
                waiting.set(block, { sha });
        }
        else if (!foreign) {
            versions.push({ parts: argument.parts, line: token.line, blocks: namedBlocks(blocks) });
        }
    }
    const resolvedVersions = versions.map((v) => ({
        value: literalText(v.parts),
        line: v.line,
        blocks: v.blocks,
    }));
    // `#{version}` in a url means the formula's (or cask's) version; use the outermost declaration.
    const outermost = [...resolvedVersions].sort((a, b) => a.blocks.length - b.blocks.length)[0];
    return {
        kind,
        versions: resolvedVersions,
        urls: urls.map((u) => ({
            url: u.parts
                .map((part) => typeof part === 'string'
                ? part
                : part.interpolation === 'version' && outermost
                    ? outermost.value
                    : `#{${part.interpolation}}`)
                .join(''),
            line: u.line,
            sha256: u.sha256,
            sha256Line: u.sha256Line,
            blocks: u.blocks,
        })),
    };
}
/** The string a statement is called with: `url "x"`, `url("x")`, `url "x", using: :nounzip`. */
function stringArgument(tokens, index) {
    let next = tokens[index + 1];
    if (next?.kind === 'punct' && next.text === '(')
        next = tokens[index + 2];
    return next?.kind === 'string' ? { parts: next.parts } : null;
}
/** After `do`, skips `|a, b|` so the block body starts a statement. */
function skipBlockParameters(tokens, index) {
    const next = tokens[index + 1];
    if (next?.kind !== 'punct' || next.text !== '|')
        return index;
    for (let j = index + 2; j < tokens.length; j++) {
        const token = tokens[j];
        if (token.kind === 'nl')
            return j - 1;
        if (token.kind === 'punct' && token.text === '|')
            return j;
    }
    return index;
}
function literalText(parts) {
    return parts.map((part) => (typeof part === 'string' ? part : `#{${part.interpolation}}`)).join('');
}
function namedBlocks(blocks) {
    return blocks.filter((block) => block !== '{');
}

// EXTERNAL MODULE: ./src/gates/release-assets.ts
var release_assets = __webpack_require__(85091);
;// CONCATENATED MODULE: ./src/gates/homebrew-formula.ts
// homebrew_formula: the tap's formula (or cask) installs exactly this release. Its `version` is
// the release's, it has the release's download url for every platform, the sha256 of each
// url's block is the sha256 of that file in the release (GitHub's digest of the asset, or, for
// an asset without one, the release's checksum files), and no url points into the release at
// a file the release is not checked for, nor carries a placeholder hash.








const PLATFORM = '{platform}';
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
const homebrewFormulaGate = {
    type: 'homebrew_formula',
    // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
    libraries: (params) => JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
    extraPlaceholders: ['platform'],
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['repository', 'path', 'url'],
        properties: {
            repository: {
                description: 'The tap, OWNER/NAME (templates allowed, e.g. {owner}/homebrew-tap). Read with external_token.',
                type: 'string',
                pattern: '^[^/\\s]+/[^/\\s]+$',
            },
            path: {
                description: 'Path of the formula in the tap, e.g. Formula/plasmite.rb.',
                type: 'string',
                minLength: 1,
            },
            ref: {
                description: "Branch, tag or commit of the tap; the tap's default branch when absent.",
                type: 'string',
                minLength: 1,
            },
            url: {
                description: 'Download url the formula must use; {platform} is replaced by each of platforms.',
                type: 'string',
                minLength: 1,
            },
            platforms: {
                description: 'Values of {platform} in url (or use platforms_from).',
                type: 'array',
                minItems: 1,
                uniqueItems: true,
                items: { type: 'string', minLength: 1 },
            },
            platforms_from: platforms_from/* platformsFromSchema */._s,
            checksums_file: {
                description: 'Checksum listing in the release, read for an asset GitHub reports no digest for (then NAME.sha256).',
                type: 'string',
                minLength: 1,
                default: 'sha256sums.txt',
            },
            source: {
                description: "Compare each sha256 with the published release's asset digest (release), or with the hash of that file from the release build run's artifacts, before the release exists (build_artifacts).",
                enum: ['release', 'build_artifacts'],
                default: 'release',
            },
            artifacts: {
                description: 'Glob (picomatch) of the build artifacts opened to find the files, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
                type: 'string',
                minLength: 1,
            },
        },
    },
    checkParams(params) {
        if (params.artifacts !== undefined && params.source !== 'build_artifacts')
            throw new types/* GateError */.ue('INVALID_PARAMS', 'artifacts (a glob of build artifacts) needs source: build_artifacts.');
        const templated = params.url.includes(PLATFORM);
        if (params.platforms && params.platforms_from)
            throw new types/* GateError */.ue('INVALID_PARAMS', 'give platforms or platforms_from, not both.');
        if (templated && !params.platforms && !params.platforms_from)
            throw new types/* GateError */.ue('INVALID_PARAMS', `url uses {platform} but there is no platforms (or platforms_from) list.`);
        if (!templated && (params.platforms || params.platforms_from))
            throw new types/* GateError */.ue('INVALID_PARAMS', `${params.platforms ? 'platforms' : 'platforms_from'} is given but url has no {platform} to put them in.`);
        if (params.platforms_from)
            (0,platforms_from/* checkPlatformsFrom */.Pl)(params.platforms_from, 'platforms_from');
    },
    async collect(params, ctx, facts) {
        const match = REPOSITORY.exec(params.repository);
        if (!match)
            throw new types/* GateError */.ue('INVALID_PARAMS', `repository '${params.repository}' is not OWNER/NAME.`);
        const tap = { owner: match[1], repo: match[2] };
        const platformsRead = params.platforms_from
            ? await (0,platforms_from/* readPlatformsFrom */.h5)(facts, ctx, params.platforms_from)
            : undefined;
        const names = expectedUrls(withPlatforms(params, platformsRead)).map((entry) => assetNameOf(entry.url));
        const [formula, release] = await Promise.all([
            facts.memo(`repo-file:${tap.owner}/${tap.repo}:${params.path}@${params.ref ?? ''}`, () => (0,contents/* readRepoFile */.v)(facts.externalGithub, tap, params.path, params.ref)),
            params.source === 'build_artifacts'
                ? buildFiles(facts, ctx, names, params.artifacts)
                : (0,releases/* listAssets */.qs)(facts, ctx, { source: 'release', workflow: '', names }),
        ]);
        const checksumTexts = await readChecksumsForUndigested(facts, ctx.repository, release, names, params.checksums_file);
        return { tap, formula, release, checksumTexts, ...(platformsRead ? { platformsRead } : {}) };
    },
    judge: judgeHomebrewFormula,
};
/**
 * The files the formula points at, from the build run's artifacts, each with the sha256 of its
 * bytes as its digest (hashed from the digest-verified artifact), so the judge compares the
 * formula with what the build produced exactly as with a release's digests.
 */
async function buildFiles(facts, ctx, names, artifacts) {
    const listing = await (0,releases/* listAssets */.qs)(facts, ctx, {
        source: 'build_artifacts',
        workflow: (0,find.rulesFor)(ctx).workflow,
        names,
        artifacts,
        maxArchiveBytes: releases/* DEFAULT_ARCHIVE_MAX_BYTES */.W9,
    });
    if (listing.absent)
        return listing;
    const hashed = await Promise.all(Object.values(listing.assets).map(async (asset) => {
        if (asset.expired || asset.alsoIn?.length)
            return { ...asset, digest: null };
        return { ...asset, digest: await (0,releases/* hashAsset */.$e)(facts, ctx.repository, asset, releases/* DEFAULT_ARCHIVE_MAX_BYTES */.W9) };
    }));
    return { ...listing, assets: Object.fromEntries(hashed.map((asset) => [asset.name, asset])) };
}
/** Release assets GitHub gives no digest for are looked up in the release's checksum files. */
async function readChecksumsForUndigested(facts, repo, release, names, listingFile) {
    const texts = {};
    const undigested = names.filter((name) => release.assets[name] && !release.assets[name].digest);
    if (release.absent || undigested.length === 0)
        return texts;
    const wanted = release.assets[listingFile]
        ? [listingFile]
        : undigested.map((name) => `${name}.sha256`).filter((file) => release.assets[file]);
    await Promise.all(wanted.map(async (file) => {
        texts[file] = (await (0,releases.readAsset)(facts, repo, release.assets[file], release_assets.CHECKSUM_FILE_MAX_BYTES)).toString('utf8');
    }));
    return texts;
}
/** The params with `platforms` read from the repository when the policy gives `platforms_from`. */
function withPlatforms(params, read) {
    return read ? { ...params, platforms: read.platforms } : params;
}
function expectedUrls(params) {
    return params.platforms
        ? params.platforms.map((platform) => ({ platform, url: params.url.replaceAll(PLATFORM, platform) }))
        : [{ platform: null, url: params.url }];
}
/** The release asset a download url names: its last path segment, percent-decoded. */
function assetNameOf(url) {
    const path = url.split(/[?#]/)[0];
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last);
    }
    catch {
        return last;
    }
}
/** Codes in the order a person should fix them: the first problem's code is the gate's. */
const PROBLEM_ORDER = [
    'FORMULA_VERSION_MISMATCH',
    'FORMULA_URL_MISMATCH',
    'FORMULA_STRAY_URL',
    'ASSET_MISSING',
    'CHECKSUM_MALFORMED',
    'FORMULA_SHA_MISMATCH',
];
function judgeHomebrewFormula(params, facts, ctx) {
    const tapName = `${facts.tap.owner}/${facts.tap.repo}`;
    const at = params.ref ?? 'its default branch';
    const where = `${tapName}:${params.path} at ${at}`;
    const links = [
        {
            title: `Formula ${params.path}`,
            url: `${ctx.serverUrl}/${tapName}/blob/${encodeURI(params.ref ?? 'HEAD')}/${encodeURI(params.path)}`,
        },
    ];
    if (facts.release.link)
        links.push(facts.release.link);
    const details = {
        repository: tapName,
        path: params.path,
        ref: params.ref ?? null,
        version: ctx.version,
    };
    if (facts.platformsRead)
        details.platforms_from = facts.platformsRead;
    const expectedList = expectedUrls(withPlatforms(params, facts.platformsRead));
    if (!facts.formula) {
        return {
            status: 'fail',
            code: 'FORMULA_MISSING',
            message: `${tapName} has no ${/(^|\/)Casks\//.test(params.path) ? 'cask' : 'formula'} '${params.path}' at ${at}.`,
            details,
            links,
        };
    }
    details.blob_sha = facts.formula.sha;
    let formula;
    try {
        formula = parseFormula(facts.formula.text);
    }
    catch (error) {
        if (!(error instanceof FormulaParseError))
            throw error;
        return {
            status: 'error',
            code: error.code,
            message: `Cannot read ${where}: ${error.message}.`,
            details: { ...details, line: error.line },
            links,
        };
    }
    details.formula = {
        kind: formula.kind,
        versions: formula.versions.map((v) => ({ value: v.value, line: v.line })),
        urls: formula.urls.map((u) => ({ url: u.url, line: u.line, sha256: u.sha256 })),
    };
    const problems = [];
    const wrongVersions = formula.versions.filter((v) => v.value !== ctx.version);
    if (formula.versions.length === 0) {
        problems.push({
            code: 'FORMULA_VERSION_MISMATCH',
            text: `it declares no version (add version "${ctx.version}")`,
        });
    }
    else if (wrongVersions.length) {
        problems.push({
            code: 'FORMULA_VERSION_MISMATCH',
            text: wrongVersions
                .map((v) => `version "${v.value}" on line ${v.line}, expected "${ctx.version}"`)
                .join('; '),
        });
    }
    problems.push(...strayUrlProblems(formula, expectedList, params.url, facts.release));
    const checks = [];
    let unverifiable = [];
    for (const expected of expectedList) {
        const label = expected.platform ?? 'url';
        const found = formula.urls.filter((u) => u.url === expected.url);
        const check = {
            platform: expected.platform,
            url: expected.url,
            lines: found.map((u) => u.line),
        };
        checks.push(check);
        if (found.length === 0) {
            problems.push({ code: 'FORMULA_URL_MISMATCH', text: `${label}: no url "${expected.url}"` });
            continue;
        }
        const release = releaseSha(facts, assetNameOf(expected.url));
        check.release_sha256 = release.kind === 'known' ? release.sha256 : null;
        if (release.kind === 'missing') {
            problems.push({ code: 'ASSET_MISSING', text: `${label}: ${release.reason}` });
            continue;
        }
        if (release.kind === 'malformed') {
            problems.push({ code: 'CHECKSUM_MALFORMED', text: `${label}: ${release.reason}` });
            continue;
        }
        if (release.kind === 'unknown') {
            unverifiable = [...unverifiable, `${label}: ${release.reason}`];
            continue;
        }
        for (const entry of found) {
            const problem = shaProblem(entry, release.sha256);
            if (problem)
                problems.push({ code: 'FORMULA_SHA_MISMATCH', text: `${label}: ${problem}` });
        }
    }
    details.checks = checks;
    if (problems.length) {
        problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.code) - PROBLEM_ORDER.indexOf(b.code));
        details.problems = problems;
        return {
            status: 'fail',
            code: problems[0].code,
            message: `${where} does not match ${ctx.tag ?? ctx.version}: ${problems.map((p) => p.text).join('; ')}.`,
            details,
            links,
        };
    }
    if (unverifiable.length) {
        return {
            status: 'error',
            code: 'ASSET_DIGEST_MISSING',
            message: `Cannot verify the sha256 in ${where}: ${unverifiable.join('; ')}.`,
            details,
            links,
        };
    }
    const count = expectedList.length;
    return {
        status: 'pass',
        code: 'FORMULA_ALIGNED',
        message: `${where} installs ${ctx.version}: ${count === 1 ? 'its url and sha256 match' : `all ${count} platform urls and sha256s match`} the release.`,
        details,
        links,
    };
}
function shaProblem(entry, releaseSha256) {
    if (entry.sha256 === null)
        return `url on line ${entry.line} has no sha256 in its block`;
    // Not a sha256 at all (a placeholder, upper case): a FORMULA_STRAY_URL problem already.
    if (!(0,checksums/* isSha256Hex */.P4)(entry.sha256))
        return null;
    if (entry.sha256 !== releaseSha256)
        return `sha256 "${entry.sha256}" on line ${entry.sha256Line}, but the release file's is ${releaseSha256}`;
    return null;
}
/**
 * Urls that point into this release's downloads (the directory of the expected urls) at a file
 * the policy does not check, and sha256s that are not 64 lower-case hex digits: either breaks
 * `brew install` on that platform while the checked ones pass.
 */
function strayUrlProblems(formula, expected, template, release) {
    const expectedUrls = new Set(expected.map((entry) => entry.url));
    const directories = [
        ...new Set(expected.map((entry) => entry.url.slice(0, entry.url.lastIndexOf('/') + 1))),
    ].filter((directory) => directory !== '');
    const platformOf = platformReader(template);
    const problems = [];
    for (const entry of formula.urls) {
        const platform = expected.find((e) => e.url === entry.url)?.platform ?? platformOf(entry.url);
        const reasons = [];
        if (!expectedUrls.has(entry.url) && directories.some((directory) => entry.url.startsWith(directory))) {
            const name = assetNameOf(entry.url);
            const known = release.absent ? null : Boolean(release.assets[name]);
            const checked = expected.some((e) => e.platform !== null)
                ? `${platform ? `platform ${platform} is` : 'it is'} not among the platforms checked (${expected.map((e) => e.platform).join(', ')})`
                : 'it is not the url checked';
            reasons.push(`url "${entry.url}" on line ${entry.line} points into this release's downloads, but ${checked}` +
                (known === false
                    ? ` and ${release.where} has no '${name}'`
                    : known
                        ? `; ${release.where} has '${name}': add it to the policy or remove the url`
                        : ''));
        }
        if (entry.sha256 !== null && !(0,checksums/* isSha256Hex */.P4)(entry.sha256)) {
            const upper = /^[0-9a-fA-F]{64}$/.test(entry.sha256);
            reasons.push(`sha256 "${entry.sha256}" on line ${entry.sha256Line} is not 64 lower-case hex digits${upper ? ' (upper case; brew audit wants lower case)' : ' (a placeholder?)'}`);
        }
        if (reasons.length)
            problems.push({ code: 'FORMULA_STRAY_URL', text: `${platform ?? 'url'}: ${reasons.join('; ')}` });
    }
    return problems;
}
/** Reads the `{platform}` value back out of a url built from the template, when it was. */
function platformReader(template) {
    if (!template.includes(PLATFORM))
        return () => null;
    const pattern = new RegExp(`^${template
        .split(PLATFORM)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('([^/?#]+?)')}$`);
    return (url) => pattern.exec(url)?.[1] ?? null;
}
/** What the release says the sha256 of `name` is: GitHub's digest, else its checksum files. */
function releaseSha(facts, name) {
    const { release } = facts;
    if (release.absent)
        return { kind: 'missing', reason: `the url points at '${name}', but ${release.absent}` };
    const asset = release.assets[name];
    if (!asset)
        return { kind: 'missing', reason: `the url points at '${name}', which ${release.where} does not have` };
    if (asset.digest)
        return { kind: 'known', sha256: asset.digest };
    try {
        for (const [file, text] of Object.entries(facts.checksumTexts)) {
            const entry = file.endsWith('.sha256')
                ? file === `${name}.sha256`
                    ? (0,checksums/* parseSidecar */.L0)(text, file, name)
                    : undefined
                : (0,checksums/* parseSha256Sums */.Lm)(text, file).get(name);
            if (entry)
                return { kind: 'known', sha256: entry.sha256 };
        }
    }
    catch (error) {
        if (error instanceof checksums/* ChecksumParseError */.zV)
            return { kind: 'malformed', reason: `${release.where}'s ${error.message}` };
        throw error;
    }
    return {
        kind: 'unknown',
        reason: `GitHub reports no digest for '${name}' and no checksum file of ${release.where} lists it`,
    };
}


/***/ })

};
