export const id = 8084;
export const ids = [8084];
export const modules = {

/***/ 48084:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46471);

// stdout carries the command's result (text or --json); whatever libraries log on the way
// (@actions/core lines from @actions/artifact) goes to stderr so it cannot corrupt it. Their
// `::debug::` workflow commands mean nothing outside a runner: shown only with RUNNER_DEBUG=1.
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stdoutIsTTY = Boolean(process.stdout.isTTY);
const stderrWrite = process.stderr.write.bind(process.stderr);
const showDebug = process.env.RUNNER_DEBUG === '1';
process.stdout.write = ((chunk, ...rest) => {
    if (!showDebug && String(chunk).startsWith('::debug::')) {
        const callback = rest.find((arg) => typeof arg === 'function');
        callback?.();
        return true;
    }
    return stderrWrite(chunk, ...rest);
});
const stderr = process.stderr;
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    out: (text) => stdoutWrite(text + '\n'),
    err: (text) => stderr.write(text + '\n'),
    // Cut to the terminal's width: a wrapped status line could not be erased in place.
    status: (text) => stderr.write(`\r\u001b[2K${text.slice(0, Math.max(20, (stderr.columns || 80) - 1))}`),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY,
    stderrIsTTY: Boolean(stderr.isTTY),
});
await new Promise((resolve) => stdoutWrite('', () => resolve()));
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 46471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments through Node's own parser (util.parseArgs). Its tokens are checked
// first, so a mistake is told in this tool's words: which option is unknown and which known
// one was probably meant, which option lacks its value.


/** A mistake on the command line: exit 2, each line one problem. */
class UsageError extends Error {
    problems;
    command;
    constructor(problems, 
    /** Which command's help to point at. */
    command) {
        super(problems.join('\n'));
        this.problems = problems;
        this.command = command;
        this.name = 'UsageError';
    }
}
function parseCommandArgs(spec, args) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const [name, option] of Object.entries(spec.options))
        options[name] = { type: option.type };
    const known = Object.keys(options);
    const { tokens } = (0,external_node_util_.parseArgs)({ args, options, strict: false, allowPositionals: true, tokens: true });
    // `--help` anywhere wins over every other mistake: whoever asks for help gets it.
    if (tokens.some((t) => t.kind === 'option' && t.name === 'help'))
        return { values: {}, positionals: [], help: true };
    const problems = [];
    let unknown = false;
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const option = options[token.name];
        if (!option || !Object.hasOwn(options, token.name)) {
            unknown = true;
            const guess = closest(token.name, known);
            problems.push(`Unknown option '${token.rawName}' for '${spec.name}'${guess ? `: did you mean --${guess}?` : '.'}`);
        }
        else if (option.type === 'string' &&
            (token.value === undefined || isOptionLike(token.value, token.inlineValue))) {
            const value = spec.options[token.name]?.value ?? 'VALUE';
            problems.push(`Option '${token.rawName}' needs a value: ${token.rawName} ${value}.`);
        }
        else if (option.type === 'boolean' && token.inlineValue) {
            problems.push(`Option '${token.rawName}' takes no value (got '${token.rawName}=${token.value ?? ''}').`);
        }
    }
    const positionals = tokens.filter((t) => t.kind === 'positional').map((t) => t.value);
    const expected = spec.positionals.map((p) => p.name);
    // After an unknown option its value looks like a positional: that is not a second mistake.
    if (!unknown && positionals.length > expected.length) {
        const extra = positionals.slice(expected.length).map((p) => `'${p}'`);
        problems.push(expected.length
            ? `'${spec.name}' takes one ${expected.join(' ')}; unexpected ${extra.join(', ')}.`
            : `'${spec.name}' takes no positional argument; unexpected ${extra.join(', ')}.`);
    }
    else if (!unknown && positionals.length < expected.length) {
        problems.push(`'${spec.name}' needs ${expected.slice(positionals.length).join(' ')}.`);
    }
    if (problems.length)
        throw new UsageError(problems, spec.name);
    // Every mistake is out of the way: the strict parse now only collects the values.
    const parsed = (0,external_node_util_.parseArgs)({ args, options, strict: true, allowPositionals: true });
    return { values: parsed.values, positionals: parsed.positionals, help: false };
}
/** `--policy --json`: the next option was taken as the value (strict parseArgs refuses it too). */
function isOptionLike(value, inline) {
    return !inline && value.startsWith('-');
}
/** The known name closest to `name`, if it is close enough to be a typo. */
function closest(name, known) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance)
            [best, bestDistance] = [candidate, distance];
    }
    // One edit in a short name, up to a third of a longer one: `--polcy`, `--reportdir`, `--build-run`.
    const allowed = Math.max(1, Math.floor(name.length / 3));
    if (best !== null && bestDistance <= allowed)
        return best;
    // A prefix (`--rehears`) is a typo too.
    const prefixed = known.filter((k) => name.length >= 3 && k.startsWith(name));
    return prefixed.length === 1 ? prefixed[0] : null;
}
/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The hint under a usage error. */
function helpHint(command) {
    return command
        ? `Run '${version/* TOOL_NAME */.l} ${command} --help' for its options.`
        : `Run '${version/* TOOL_NAME */.l} --help' for the commands.`;
}

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
;// CONCATENATED MODULE: ./src/cli/commands.ts
// What each command accepts and says about itself: the one table that argument parsing, the
// did-you-mean suggestions and `--help` are all built from, so they cannot drift apart.


const EXIT = { pass: 0, blocked: 1, usage: 2 };
const POLICY = {
    type: 'string',
    value: 'FILE',
    help: `policy file, relative to the current directory (default ${src_inputs/* INPUT_DEFAULTS */.WJ.policy})`,
};
const COMMANDS = {
    validate: {
        name: 'validate',
        synopsis: '[--policy FILE]',
        summary: 'check a policy file offline',
        description: [
            'Validates the policy against the schema and its own rules (gate parameters, placeholders,',
            'stages that name undefined gates). Offline: no token, no network; `extends` is not followed.',
        ],
        positionals: [],
        options: { policy: POLICY },
        exitCodes: [
            [EXIT.pass, 'the policy is valid'],
            [
                EXIT.usage,
                'the policy is invalid or unreadable (one FILE:LINE:COL line per problem), or a usage error',
            ],
        ],
    },
    stage: {
        name: 'stage',
        synopsis: 'REF [--policy FILE]',
        summary: 'print the stage a ref is evaluated at, and why',
        description: [
            'Resolves REF to a stage of the policy as `evaluate` would with the stage left to auto:',
            'the most specific matching pattern wins. Offline: a short name that looks like a version',
            '(v1.2.0, 1.2.0) is taken as a tag, anything else as a branch.',
        ],
        positionals: [{ name: 'REF', help: 'a branch or tag, short (v1.2.0) or full (refs/tags/v1.2.0)' }],
        options: { policy: POLICY },
        exitCodes: [
            [EXIT.pass, 'a stage was resolved (printed with the reason)'],
            [EXIT.usage, 'no stage or two stages match, the policy is invalid, or a usage error'],
        ],
    },
    evaluate: {
        name: 'evaluate',
        synopsis: [
            '--repo OWNER/NAME --ref REF [--stage S] [--sha SHA] [--build-run-id N]',
            '[--base-tag TAG] [--policy FILE | --policy-ref REF] [--rehearsal] [--report-dir DIR] [--json]',
        ].join('\n'),
        summary: 'evaluate the gates of a stage against GitHub, as the action does',
        description: [
            'Runs the same evaluation as the action from this directory: reads the policy, resolves the',
            'ref and its stage through the API, evaluates every gate of the stage, prints the verdict and',
            'writes maturity-eval.json and maturity-eval.md. Progress goes to stderr.',
        ],
        positionals: [],
        options: {
            repo: { type: 'string', value: 'OWNER/NAME', help: 'the repository to evaluate' },
            ref: {
                type: 'string',
                value: 'REF',
                help: 'the branch or tag under evaluation (v1.2.0, refs/tags/v1.2.0)',
            },
            stage: {
                type: 'string',
                value: 'S',
                help: 'a stage of the policy (default: auto, resolved from the ref)',
            },
            sha: {
                type: 'string',
                value: 'SHA',
                help: 'the commit under evaluation (default: the ref resolved through the API)',
            },
            'build-run-id': {
                type: 'string',
                value: 'N',
                help: 'the release build run (default: found for the tag)',
            },
            'base-tag': { type: 'string', value: 'TAG', help: 'the previous release tag for metric_budgets' },
            policy: POLICY,
            'policy-ref': {
                type: 'string',
                value: 'REF',
                help: 'read the policy at this git ref through the API instead',
            },
            rehearsal: { type: 'boolean', help: 'evaluate as live, but freeze windows do not block' },
            'report-dir': {
                type: 'string',
                value: 'DIR',
                help: `where the reports are written (default ${src_inputs/* INPUT_DEFAULTS */.WJ.report_dir})`,
            },
            json: { type: 'boolean', help: 'print the JSON report on stdout instead of the text verdict' },
        },
        exitCodes: [
            [EXIT.pass, 'pass: no required gate failed'],
            [EXIT.blocked, 'blocked: a required gate is fail or error, or the evaluation could not reach GitHub'],
            [
                EXIT.usage,
                'usage or configuration: a flag, the policy, the stage, a ref that does not exist, the token; also a pass whose reports could not be written',
            ],
        ],
        environment: [
            ['GITHUB_TOKEN, GH_TOKEN', 'the token (e.g. GITHUB_TOKEN=$(gh auth token))'],
            ['GITHUB_API_URL', 'the API of GitHub Enterprise Server (default https://api.github.com)'],
            ['GITHUB_SERVER_URL', 'the web server, for links in the report'],
            ['RELEASE_GATES_NOW', 'evaluate at this ISO time (freeze windows, replays)'],
            ['NO_COLOR', 'no colour even on a terminal'],
        ],
    },
};
function isCommand(name) {
    return name !== undefined && Object.hasOwn(COMMANDS, name);
}
/** `release-gates evaluate --help`: usage, what it does, its options and exit codes. */
function commandHelp(spec) {
    const usage = `Usage: ${version/* TOOL_NAME */.l} ${spec.name} `;
    // Continuation lines of a long synopsis line up under its first option.
    const synopsis = spec.synopsis.split('\n').join(`\n${' '.repeat(usage.length)}`);
    const lines = [`${usage}${synopsis}`, '', ...spec.description, ''];
    const rows = [
        ...spec.positionals.map((p) => [p.name, p.help]),
        ...Object.entries(spec.options).map(([name, option]) => [
            `--${name}${option.value ? ` ${option.value}` : ''}`,
            option.help,
        ]),
        ['-h, --help', 'show this help'],
    ];
    lines.push('Options:', ...table(rows), '');
    if (spec.environment)
        lines.push('Environment:', ...table(spec.environment), '');
    lines.push('Exit codes:', ...table(spec.exitCodes.map(([code, text]) => [String(code), text])));
    return lines.join('\n');
}
/** `release-gates --help`: the commands. */
function topLevelHelp() {
    const names = Object.values(COMMANDS);
    return [
        `Usage: ${version/* TOOL_NAME */.l} <command> [options]`,
        '',
        'Commands:',
        ...table(names.map((spec) => [spec.name, spec.summary])),
        '',
        `Run '${version/* TOOL_NAME */.l} <command> --help' (or '${version/* TOOL_NAME */.l} help <command>') for a command's options and exit codes.`,
        `Other: ${version/* TOOL_NAME */.l} --version, ${version/* TOOL_NAME */.l} --help.`,
        '',
        'Exit codes: 0 pass, 1 blocked, 2 usage or configuration error.',
    ].join('\n');
}
function table(rows) {
    const width = Math.max(...rows.map(([left]) => left.length));
    return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/engine/evaluate.ts + 5 modules
var evaluate = __webpack_require__(38290);
// EXTERNAL MODULE: ./src/environment.ts
var environment = __webpack_require__(92678);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
// EXTERNAL MODULE: ./src/github/connect.ts
var github_connect = __webpack_require__(67441);
// EXTERNAL MODULE: ./src/github/counter.ts
var github_counter = __webpack_require__(16475);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/policy/types.ts
var policy_types = __webpack_require__(63943);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/text.ts
// The report for a terminal: the verdict, why this stage, what blocks, and one line per gate.
// Untrusted strings are folded to one line and stripped of control characters, so a crafted
// message cannot move the cursor or fake a line of the verdict.

const ICON = {
    pass: '\u2714',
    fail: '\u2718',
    error: '!',
    overridden: '~',
    skipped: '-',
};
function renderText(report, options = {}) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const clean = (text, max = options.width ?? 160) => (0,report_escape/* truncate */.xv)((0,report_escape/* foldLines */.r7)(text), max);
    const pass = report.result === 'pass' && !report.error;
    const lines = [];
    const verdict = pass ? paint('1;32', 'PASS') : paint('1;31', 'BLOCKED');
    lines.push(`${verdict}  ${report.repository} ${clean(report.ref)}${report.stage ? ` at stage ${report.stage}` : ''}${report.rehearsal ? paint('33', '  (REHEARSAL)') : ''}`);
    if (report.stage_reason)
        lines.push(`  why this stage: ${clean(report.stage_reason)}`);
    if (report.error)
        lines.push(paint('31', `  ${report.error.code}: ${clean(report.error.message, 2000)}`));
    for (const entry of report.blocking)
        lines.push(paint('31', `  blocks: ${entry.gate} ${entry.code} \u2014 ${clean(entry.message)}`));
    if (report.gates.length)
        lines.push('');
    const idWidth = Math.min(32, Math.max(...report.gates.map((g) => g.id.length), 4));
    for (const gate of report.gates) {
        const failed = gate.status === 'fail' || gate.status === 'error';
        const color = gate.status === 'pass' ? '32' : failed ? (gate.mode === 'required' ? '31' : '33') : '36';
        const mode = gate.mode === 'report_only' ? 'report only' : gate.mode;
        lines.push(`  ${paint(color, ICON[gate.status])} ${clean(gate.id, 32).padEnd(idWidth)}  ${mode.padEnd(11)} ${gate.code}  ${clean(gate.message)}`);
    }
    for (const o of report.overrides)
        lines.push(paint('33', `  override: ${o.gate} by ${clean(o.actor, 60)} at ${o.at}: ${clean(o.reason)}`));
    lines.push('', `  ${report.stats.api_requests} API requests, ${report.stats.duration_ms} ms`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/vsa.ts
var vsa = __webpack_require__(68180);
// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/cli/output.ts
// How the command line writes: colour only where it helps, errors under one ERROR heading with
// one problem per line, and advice in the command line's own terms.
/**
 * Colour for one stream: only when that stream is a terminal, never with NO_COLOR set to
 * anything (https://no-color.org), always with FORCE_COLOR set (other than `0`), and not on a
 * `dumb` terminal. Decided per stream: `evaluate > out.txt` on a terminal gets no escape codes
 * in out.txt, while stderr still may.
 */
function colorFor(isTTY, env) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
        return env.FORCE_COLOR !== '0';
    return isTTY && env.TERM !== 'dumb';
}
function painter(color) {
    return (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
}
/** `ERROR  TITLE` then each problem on its own line (FILE:LINE:COL lines unchanged). */
function errorBlock(title, problems, color) {
    const paint = painter(color);
    return [`${paint('1;31', 'ERROR')}  ${title}`, ...problems.flatMap((p) => p.split('\n'))].join('\n');
}
/**
 * The engine words its advice for the action (inputs, actions/checkout, the workflow's
 * permissions block); the command line gives the same advice in its flags and environment.
 */
const IN_FLAG_TERMS = [
    [/\bpass the stage input\b/g, 'pass --stage'],
    [/^Invalid stage '/, "Invalid --stage '"],
    [/ not found in the workspace \(/g, ' not found in the working directory ('],
    [
        /Check the repository out first \(actions\/checkout\), fix the policy input, or set policy_ref to read it through the API\./g,
        "Run from the repository's root, pass --policy FILE, or --policy-ref REF to read it through the API.",
    ],
    [/fix the policy \/ policy_ref inputs\./g, 'fix --policy / --policy-ref.'],
    [/ leaves the workspace \(/g, ' leaves the working directory ('],
    [
        /set the `token` input \(or GITHUB_TOKEN \/ GH_TOKEN for the CLI\)\./g,
        'set GITHUB_TOKEN or GH_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)).',
    ],
    [/set the `token` input\./g, 'set GITHUB_TOKEN or GH_TOKEN.'],
    [/check the `token` input\./g, 'check GITHUB_TOKEN / GH_TOKEN.'],
    [
        /Grant `permissions: ([a-z-]+: [a-z]+)` in the workflow\./g,
        'Use a token that has `$1` on the repository.',
    ],
    [/\bor --repo OWNER\/NAME on the command line\b/g, 'or pass --repo OWNER/NAME'],
    [/\bthe external_token cannot see\b/g, 'the token (GITHUB_TOKEN / GH_TOKEN) cannot see'],
    [/\bset the sha input\b/g, 'pass --sha'],
    [/\bCheck the build_run_id input\./g, 'Check --build-run-id.'],
];
function inFlagTerms(message) {
    return IN_FLAG_TERMS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}
/** Action input names in InputError messages (`Invalid build_run_id 'x'`), as flags. */
const FLAG_OF_INPUT = {
    ref: '--ref',
    stage: '--stage',
    sha: '--sha',
    build_run_id: '--build-run-id',
    base_tag: '--base-tag',
    policy_ref: '--policy-ref',
    policy: '--policy',
    report_dir: '--report-dir',
};
function inputErrorInFlagTerms(message, refLabel = '--ref') {
    return message.replace(/^Invalid ([a-z_]+) '/, (whole, name) => {
        const flag = name === 'ref' ? refLabel : FLAG_OF_INPUT[name];
        return flag ? `Invalid ${flag} '` : whole;
    });
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
// Progress of an evaluation on stderr. On a terminal: one status line, rewritten in place, with
// `[done/total]` gates and what each waiting gate waits for and the time left. Elsewhere (a CI
// log, a file): one line per gate as it finishes, and a waiting gate's news when it changes or
// once a minute, so a 30-minute wait is never 30 minutes of silence.



/** Untrusted text (check names, messages) on one line, without control characters. */
const clean = (text, max = 160) => (0,report_escape/* truncate */.xv)((0,report_escape/* foldLines */.r7)(text), max);
class Progress {
    options;
    done = 0;
    total = 0;
    waiting = new Map();
    now;
    paint;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.paint = painter(options.color);
    }
    gateDone(gate, done, total) {
        this.done = done;
        this.total = total;
        this.waiting.delete(gate.id);
        if (this.options.status)
            return this.redraw();
        const took = gate.status === 'skipped' ? '' : ` (${(0,markdown/* formatDuration */.a3)(gate.duration_ms)})`;
        this.options.line(`[${done}/${total}] ${clean(gate.id, 64)}: ${this.statusWord(gate)} ${gate.code}${took}`);
    }
    wait(gateId, message, remainingMs) {
        const previous = this.waiting.get(gateId);
        const now = this.now();
        const entry = {
            message: clean(message),
            remainingMs,
            printedAt: previous?.printedAt ?? -Infinity,
        };
        this.waiting.set(gateId, entry);
        if (this.options.status)
            return this.redraw();
        const changed = previous?.message !== entry.message;
        if (!changed && now - entry.printedAt < (this.options.repeatWaitMs ?? 60_000))
            return;
        entry.printedAt = now;
        this.options.line(`[${this.done}/${this.total || '?'}] ${clean(gateId, 64)} waits: ${entry.message} (${(0,markdown/* formatDuration */.a3)(remainingMs)} left)`);
    }
    /** Clears the status line before the verdict is printed. */
    finish() {
        this.options.status?.('');
    }
    redraw() {
        const parts = [`[${this.done}/${this.total || '?'}] gates done`];
        for (const [id, { message, remainingMs }] of this.waiting)
            parts.push(`${clean(id, 64)} waits: ${clean(message, 100)} (${(0,markdown/* formatDuration */.a3)(remainingMs)} left)`);
        this.options.status(parts.join(' \u00b7 '));
    }
    statusWord(gate) {
        const failed = gate.status === 'fail' || gate.status === 'error';
        const color = gate.status === 'pass' ? '32' : failed ? (gate.mode === 'required' ? '31' : '33') : '36';
        return this.paint(color, gate.status);
    }
}

;// CONCATENATED MODULE: ./src/cli/evaluate-command.ts
// `release-gates evaluate`: the action's evaluation from a laptop. The verdict is printed in
// every case (also when the reports cannot be written); errors that mean the command or its
// configuration is wrong print under ERROR and exit 2, never as a BLOCKED verdict.


















/**
 * Evaluation errors that mean the command or its configuration is wrong (exit 2), not a
 * verdict: the flags, the policy, the stage, a ref that does not exist, the token.
 */
const CONFIGURATION_ERRORS = new Set([
    'INVALID_INPUT',
    'INVALID_PARAMS',
    'POLICY_INVALID',
    'POLICY_NOT_FOUND',
    'STAGE_UNKNOWN',
    'STAGE_NO_MATCH',
    'STAGE_AMBIGUOUS',
    'OVERRIDE_REASON_TOO_SHORT',
    'NO_TOKEN',
    'BAD_CREDENTIALS',
    'PERMISSION_DENIED',
    'NO_REPOSITORY',
    'NOT_FOUND',
    'REF_NOT_FOUND',
]);
/** What to check for an evaluation-level error, in the command line's terms. */
const NEXT_STEP = {
    REF_NOT_FOUND: 'Check --ref (a branch or tag of --repo) and --repo.',
    NOT_FOUND: 'Check --repo.',
};
async function evaluateCommand(values, io) {
    const text = (name) => values[name];
    const missing = [
        ...(text('repo') ? [] : ["'evaluate' needs --repo OWNER/NAME."]),
        ...(text('ref') ? [] : ["'evaluate' needs --ref REF (a branch or tag)."]),
    ];
    if (missing.length)
        throw new UsageError(missing, 'evaluate');
    const repository = (0,environment/* parseRepository */.SU)(text('repo'), '--repo');
    const settings = settingsFrom(values);
    const now = (0,clock/* evaluationTime */.i)(io.env);
    // The action keeps the policy inside its workspace; here the workspace is this directory.
    if (!settings.policyRef) {
        try {
            (0,workspace/* workspacePath */.X)(io.cwd, settings.policy);
        }
        catch (error) {
            if (!(error instanceof types/* GateError */.ue))
                throw error;
            throw new UsageError([
                `--policy '${settings.policy}' is outside the working directory (${io.cwd}): run release-gates from the repository's root, or pass --policy-ref REF to read the policy through the API.`,
            ], 'evaluate');
        }
    }
    const stderrColor = colorFor(io.stderrIsTTY, io.env);
    const progress = new Progress({
        line: io.err,
        status: io.stderrIsTTY ? io.status : undefined,
        color: stderrColor,
    });
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || null;
    const counter = new github_counter/* RequestCounter */.k();
    const baseUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
    const connect = (0,github_connect/* connectOnFirstUse */.h)({ token, externalToken: null }, { baseUrl, counter, ...(0,environment/* tuning */.Sq)(io.env) });
    const { report, policyIssues } = await (0,evaluate/* evaluate */._)(settings, {
        repository,
        workspace: io.cwd,
        env: io.env,
        serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
        runId: null,
        actor: io.env.USER || 'cli',
        eventPullRequest: null,
        now,
        github: null,
        externalGithub: null,
        connect,
        counter,
        onGateDone: (gate, done, total) => progress.gateDone(gate, done, total),
        onWait: (gateId, message, remainingMs) => progress.wait(gateId, message, remainingMs),
    });
    progress.finish();
    const reportDir = external_node_path_default().resolve(io.cwd, settings.reportDir);
    let written = null;
    let writeFailure = null;
    try {
        written = await (0,write/* writeReports */.Li)(report, reportDir);
        // The signed-verdict files too, as the action writes them, so a laptop run can be signed.
        await (0,vsa/* writeVerificationSummary */.Bu)(report, reportDir, io.env);
    }
    catch (error) {
        writeFailure = `Cannot write the reports to '${reportDir}' (--report-dir): ${error.message}`;
    }
    const configuration = !!report.error && CONFIGURATION_ERRORS.has(report.error.code);
    if (values.json)
        io.out(JSON.stringify(report, null, 2));
    if (report.error) {
        io.err(errorBlock(errorTitle(report, configuration), problemLines(report, policyIssues), stderrColor));
    }
    else if (!values.json) {
        io.out(verdictText(report, colorFor(io.stdoutIsTTY, io.env)));
    }
    if (written && !values.json) {
        const where = `\nReports: ${written.json}, ${written.md}`;
        if (report.error)
            io.err(where);
        else
            io.out(where);
    }
    if (writeFailure)
        io.err(errorBlock('the reports were not written', [writeFailure], stderrColor));
    // A blocked verdict stays 1 (or 2 for a configuration error) whatever the write did; a pass
    // whose reports could not be written is 2: not blocked, but not everything asked was done.
    const exit = configuration
        ? EXIT.usage
        : report.result === 'pass' && !report.error
            ? EXIT.pass
            : EXIT.blocked;
    return writeFailure && exit === EXIT.pass ? EXIT.usage : exit;
}
/** The action's input validation, fed from the flags; its messages name the flags. */
function settingsFrom(values) {
    const inputs = {
        policy: values.policy,
        policy_ref: values['policy-ref'],
        stage: values.stage,
        ref: values.ref,
        sha: values.sha,
        build_run_id: values['build-run-id'],
        base_tag: values['base-tag'],
        rehearsal: String(values.rehearsal === true),
        report_dir: values['report-dir'] ?? src_inputs/* INPUT_DEFAULTS */.WJ.report_dir,
    };
    try {
        return (0,src_inputs/* parseSettings */.P$)((name) => inputs[name] ?? '');
    }
    catch (error) {
        if (error instanceof src_inputs/* InputError */.dz)
            throw new UsageError([inputErrorInFlagTerms(error.message)], 'evaluate');
        throw error;
    }
}
function errorTitle(report, configuration) {
    const target = `${report.repository || '?'} at ${report.ref}`;
    if (report.error?.code === 'POLICY_INVALID')
        return `POLICY_INVALID: the policy is invalid; ${target} was not evaluated`;
    return configuration
        ? `cannot evaluate ${target}: fix the command or its configuration`
        : `could not evaluate ${target}: no verdict`;
}
/** One line per problem: each policy issue as FILE:LINE:COL, else the code and its message. */
function problemLines(report, policyIssues) {
    const error = report.error;
    if (error.code === 'POLICY_INVALID' && policyIssues.length)
        return policyIssues.map((issue) => inFlagTerms((0,policy_types/* formatIssue */.H)(issue)));
    const next = NEXT_STEP[error.code];
    return [`${error.code}: ${inFlagTerms(error.message)}${next ? ` ${next}` : ''}`];
}
/**
 * The text verdict, with the gates' advice in the flags' terms and durations a person reads
 * (`30 min 0 s`, not `1800518 ms`). The JSON report keeps the messages as the action words them.
 */
function verdictText(report, color) {
    const reword = (entry) => ({
        ...entry,
        message: inFlagTerms(entry.message),
    });
    const shown = {
        ...report,
        gates: report.gates.map(reword),
        blocking: report.blocking.map(reword),
        warnings: report.warnings.map(reword),
    };
    return renderText(shown, { color }).replace(/(\d+ API requests?, )(\d+) ms$/, (_, head, ms) => `${head}${(0,markdown/* formatDuration */.a3)(Number(ms))}`);
}

// EXTERNAL MODULE: ./src/gates/catalogue.ts
var catalogue = __webpack_require__(10001);
// EXTERNAL MODULE: ./src/policy/load.ts + 5 modules
var load = __webpack_require__(6329);
// EXTERNAL MODULE: ./src/policy/stage.ts
var stage = __webpack_require__(17344);
;// CONCATENATED MODULE: ./src/cli.ts
// The command-line edge: `release-gates validate | stage | evaluate`. Same engine as the
// action; exit 0 pass, 1 blocked, 2 usage or configuration error (docs/troubleshooting.md).













async function main(argv, io) {
    const [command, ...rest] = argv;
    const stderrColor = colorFor(io.stderrIsTTY, io.env);
    try {
        if (command === '--help' || command === '-h')
            return help(io, topLevelHelp());
        if (command === '--version' || command === '-V')
            return help(io, version/* TOOL_VERSION */.w);
        if (command === 'help')
            return helpCommand(rest, io);
        if (command === undefined) {
            io.err(topLevelHelp());
            return EXIT.usage;
        }
        if (!isCommand(command))
            throw unknownCommand(command);
        const spec = COMMANDS[command];
        const parsed = parseCommandArgs(spec, rest);
        if (parsed.help)
            return help(io, commandHelp(spec));
        switch (command) {
            case 'validate':
                return await validateCommand(parsed.values.policy, io);
            case 'stage':
                return await stageCommand(parsed.positionals[0], parsed.values.policy, io);
            case 'evaluate':
                return await evaluateCommand(parsed.values, io);
        }
    }
    catch (error) {
        io.err(describeError(error, stderrColor, isCommand(command) ? command : undefined));
        return EXIT.usage;
    }
}
function help(io, text) {
    io.out(text);
    return EXIT.pass;
}
/** `release-gates help [COMMAND]`. */
function helpCommand(rest, io) {
    const [name, ...extra] = rest;
    if (name === undefined)
        return help(io, topLevelHelp());
    if (!isCommand(name))
        throw unknownCommand(name);
    if (extra.length)
        throw new UsageError([`'help' takes one command; unexpected '${extra.join(' ')}'.`]);
    return help(io, commandHelp(COMMANDS[name]));
}
function unknownCommand(name) {
    const commands = Object.keys(COMMANDS);
    if (name.startsWith('-')) {
        const guess = closest(name.replace(/^-+/, ''), ['help', 'version']);
        return new UsageError([
            `Unknown option '${name}' before a command${guess ? `: did you mean --${guess}?` : '.'} Commands: ${commands.join(', ')}.`,
        ]);
    }
    const guess = closest(name, commands);
    return new UsageError([
        `Unknown command '${name}'${guess ? `: did you mean '${guess}'?` : '.'} Commands: ${commands.join(', ')}.`,
    ]);
}
/** Every failure of a command as an ERROR block: one problem per line, in the flags' terms. */
function describeError(error, color, command) {
    if (error instanceof UsageError)
        return errorBlock('usage', [...error.problems, helpHint(error.command ?? command)], color);
    if (error instanceof policy_types/* PolicyError */.p) {
        const count = error.issues.length;
        return errorBlock(`the policy is invalid (${count} ${count === 1 ? 'problem' : 'problems'})`, error.issues.map(policy_types/* formatIssue */.H), color);
    }
    if (error instanceof src_inputs/* InputError */.dz)
        return errorBlock('invalid value', [inputErrorInFlagTerms(error.message)], color);
    if (error instanceof stage/* StageError */.Zu)
        return errorBlock('no stage', [`${error.code}: ${inFlagTerms(error.message)}`], color);
    const message = error instanceof Error ? error.message : String(error);
    return errorBlock(`${version/* TOOL_NAME */.l} stopped unexpectedly`, [message], color);
}
/** Reads the policy file named by --policy (relative to the current directory). */
async function readLocalPolicy(file, io) {
    const full = external_node_path_default().resolve(io.cwd, file);
    let text;
    try {
        text = await external_node_fs_.promises.readFile(full, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT'
            ? 'no such file'
            : error.code === 'EISDIR'
                ? 'a directory, not a file'
                : error.message;
        throw new UsageError([
            `Cannot read the policy file '${file}' (--policy) in ${io.cwd}: ${reason}. Pass --policy FILE.`,
        ]);
    }
    return (0,load/* loadPolicy */.t)({ text, file }, catalogue/* GATE_CATALOGUE */.k, { source: 'workspace' });
}
async function validateCommand(policy, io) {
    const file = policy ?? src_inputs/* INPUT_DEFAULTS */.WJ.policy;
    const loaded = await readLocalPolicy(file, io);
    const { stages, gates } = loaded.policy;
    io.out(`${file}: valid (${Object.keys(stages).length} stages, ${Object.keys(gates).length} gates)`);
    return EXIT.pass;
}
async function stageCommand(ref, policy, io) {
    // The action's own check of its `ref` input, so `stage` accepts exactly the refs `evaluate` does.
    try {
        (0,src_inputs/* parseSettings */.P$)((name) => (name === 'ref' ? ref : ''));
    }
    catch (error) {
        if (error instanceof src_inputs/* InputError */.dz)
            throw new UsageError([inputErrorInFlagTerms(error.message, 'REF')], 'stage');
        throw error;
    }
    const loaded = await readLocalPolicy(policy ?? src_inputs/* INPUT_DEFAULTS */.WJ.policy, io);
    // Without the API we cannot ask whether a short name is a tag; version-like names are.
    const full = (0,stage/* fullRefName */.yP)(ref, /^v?\d/.test(ref));
    const choice = (0,stage/* resolveStage */.rQ)(loaded.policy.stages, 'auto', full);
    io.out(choice.stage);
    io.out(choice.reason);
    return EXIT.pass;
}


/***/ })

};
