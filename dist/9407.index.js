export const id = 9407;
export const ids = [9407];
export const modules = {

/***/ 79407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56304);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// An abandoned download socket (a stalled blob) must not keep the step alive once the
// reports are written: flush stdout, then leave with the exit code run() set.
await new Promise((resolve) => process.stdout.write('', () => resolve()));
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 56304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/engine/evaluate.ts + 5 modules
var evaluate = __webpack_require__(38290);
// EXTERNAL MODULE: ./src/environment.ts
var environment = __webpack_require__(92678);
// EXTERNAL MODULE: ./src/github/connect.ts
var github_connect = __webpack_require__(67441);
// EXTERNAL MODULE: ./src/github/counter.ts
var github_counter = __webpack_require__(16475);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/vsa.ts
var vsa = __webpack_require__(68180);
;// CONCATENATED MODULE: ./src/report/outputs.ts

function buildOutputs(report, paths) {
    return {
        result: report.result,
        stage: report.stage ?? '',
        blocking: JSON.stringify(report.blocking.map((b) => b.gate)),
        warnings: JSON.stringify(report.warnings.map((w) => w.gate)),
        gates: JSON.stringify(Object.fromEntries(report.gates.map((g) => [g.id, g.status]))),
        demote: String(report.demote),
        report_json: paths.json,
        report_md: paths.md,
        ...(0,vsa/* verificationSummaryOutputs */.Uh)(paths.json),
    };
}
function buildAnnotations(report, policyIssues) {
    const annotations = [];
    for (const issue of policyIssues) {
        annotations.push({
            level: 'error',
            title: 'release-gates: invalid policy',
            message: issue.message,
            file: issue.file,
            line: issue.line,
            col: issue.col,
        });
    }
    if (report.error && policyIssues.length === 0) {
        annotations.push({
            level: 'error',
            title: `release-gates: ${report.error.code}`,
            message: report.error.message,
        });
    }
    for (const entry of report.blocking) {
        annotations.push({
            level: 'error',
            title: `release-gates: ${entry.gate} blocks (${entry.code})`,
            message: entry.message,
        });
    }
    for (const entry of report.warnings) {
        annotations.push({
            level: 'warning',
            title: `release-gates: ${entry.gate} failed, report only (${entry.code})`,
            message: entry.message,
        });
    }
    return annotations;
}

// EXTERNAL MODULE: ./src/report/skeleton.ts
var skeleton = __webpack_require__(74375);
;// CONCATENATED MODULE: ./src/report/upload.ts
// Uploads both reports as the workflow artifact `maturity-eval`. @actions/artifact is most
// of the bundle's weight, so it is imported only here and only when there is a service.
const REPORT_ARTIFACT = 'maturity-eval';
async function uploadReports(files, rootDirectory, env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return {
            status: 'skipped',
            reason: 'no artifact service on this runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set), e.g. a local run',
        };
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(7164), __webpack_require__.e(2032), __webpack_require__.e(6138), __webpack_require__.e(4865), __webpack_require__.e(200)]).then(__webpack_require__.bind(__webpack_require__, 200));
        const client = new DefaultArtifactClient();
        const { id } = await client.uploadArtifact(REPORT_ARTIFACT, files, rootDirectory, { retentionDays: 90 });
        return { status: 'uploaded', id: id ?? null };
    }
    catch (error) {
        return {
            status: 'failed',
            code: 'REPORT_UPLOAD_FAILED',
            message: `cannot upload artifact ${REPORT_ARTIFACT} (${files.join(', ')}): ${error.message.split('\n')[0]}`,
        };
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/runner.ts
// The runner's side of the action: inputs from the environment, step outputs through the
// GITHUB_OUTPUT file, log lines and annotations as workflow commands \u2014 the parts of
// @actions/core the action uses, as GitHub documents them ("Workflow commands for GitHub
// Actions"). Not @actions/core itself: importing it loads its OIDC client, and with it the
// HTTP client and undici (about 1 MB of code and 40 ms at every start), which only the report
// upload needs; @actions/artifact still brings @actions/core along when it loads.



/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Command data: the runner reads up to the end of the line, so line breaks and `%` are escaped. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values also end at `:` and `,`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
// The runner's names for the properties (`line`, not `startLine`).
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
function issueCommand(command, properties, message) {
    const given = Object.keys(PROPERTY_NAMES)
        .filter((key) => properties[key] !== undefined && properties[key] !== '')
        .map((key) => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`);
    const head = given.length ? `${command} ${given.join(',')}` : command;
    process.stdout.write(`::${head}::${escapeData(message)}${external_node_os_.EOL}`);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, properties = {}) {
    issueCommand('notice', properties, message);
}
function warning(message, properties = {}) {
    issueCommand('warning', properties, message);
}
function error(message, properties = {}) {
    issueCommand('error', properties, message);
}
/** An error annotation, and the step's exit status set to failure. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * A step output, appended to the GITHUB_OUTPUT file as `name<<DELIMITER`, the value, then the
 * delimiter: a random one, so a value (a report, a list of gates) cannot end the record early.
 * Throws when the file is missing: the outputs would be lost, and the caller says so.
 */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        // Outside a runner that has output files (an old runner, a local run): the legacy command.
        process.stdout.write(`${external_node_os_.EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${external_node_os_.EOL}`);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (value.includes(delimiter))
        throw new Error(`the value of output ${name} contains its delimiter`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/main.ts
// The action's edge: inputs and runner environment \u2192 evaluate \u2192 reports, summary,
// annotations, outputs \u2192 exit status. Reports and outputs are written in every case.
















async function run(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    let settings = null;
    let evaluation;
    try {
        settings = (0,inputs/* parseSettings */.P$)((name) => getInput(name, env));
        evaluation = await evaluateAction(settings, env, workspace);
    }
    catch (error) {
        evaluation = { report: failedBeforeStart(error, env), policyIssues: [] };
    }
    await publish(evaluation, settings, env, workspace);
}
async function evaluateAction(settings, env, workspace) {
    const now = (0,clock/* evaluationTime */.i)(env);
    const repository = (0,environment/* parseRepository */.SU)(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
    const counter = new github_counter/* RequestCounter */.k();
    const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
    const connect = (0,github_connect/* connectOnFirstUse */.h)({ token: settings.token, externalToken: settings.externalToken }, { baseUrl, counter, ...(0,environment/* tuning */.Sq)(env) });
    info(`${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}: evaluating ${settings.ref}${settings.rehearsal ? ' (REHEARSAL)' : ''}`);
    return (0,evaluate/* evaluate */._)(settings, {
        repository,
        workspace,
        env,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        runId: (0,environment/* runIdFrom */.zK)(env.GITHUB_RUN_ID),
        actor: env.GITHUB_ACTOR || 'unknown',
        eventPullRequest: await (0,environment/* eventPullRequest */.Z)(env.GITHUB_EVENT_PATH),
        now,
        github: null,
        externalGithub: null,
        connect,
        counter,
        // One line per gate: a message quoting a crafted name must not start a line of its own,
        // where the runner would read `::command::` as a workflow command.
        onGate: (gate) => info(`${gate.status.padEnd(10)} ${gate.id} (${gate.mode}): ${gate.code} ${(0,report_escape/* foldLines */.r7)(gate.message)}`),
        // Each poll of a waiting gate (required_checks with `wait`): what it waits for, and for how long still.
        onWait: (gateId, message, remainingMs) => info(`waiting    ${gateId}: ${(0,report_escape/* foldLines */.r7)(message)} (${(0,report_markdown/* formatDuration */.a3)(remainingMs)} left)`),
    });
}
function deliveryFailure(error) {
    if (error instanceof write/* ReportWriteError */.yi)
        return { code: error.code, message: error.message };
    return { code: 'REPORT_WRITE_FAILED', message: error instanceof Error ? error.message : String(error) };
}
/**
 * Delivers the result: reports, job summary, upload, outputs, annotations, exit status. Each
 * says the same verdict: `result` is always the gates' verdict. A report, summary or upload
 * that fails is an error of its own (REPORT_WRITE_FAILED, REPORT_UPLOAD_FAILED) naming the
 * file, and it fails the step, but it never turns a pass into a block or a block into a pass.
 */
async function publish(evaluation, settings, env, workspace) {
    const { report, policyIssues } = evaluation;
    const reportDir = external_node_path_default().resolve(workspace, settings?.reportDir ?? inputs/* INPUT_DEFAULTS */.WJ.report_dir);
    const failures = [];
    let paths = { json: '', md: '' };
    let markdown = null;
    try {
        const written = await (0,write/* writeReports */.Li)(report, reportDir);
        paths = { json: written.json, md: written.md };
        await (0,vsa/* writeVerificationSummary */.Bu)(report, reportDir, env);
        markdown = written.markdown;
    }
    catch (error) {
        failures.push(deliveryFailure(error));
    }
    if (settings?.summary !== false && env.GITHUB_STEP_SUMMARY) {
        try {
            await (0,write/* writeJobSummary */.j7)(env.GITHUB_STEP_SUMMARY, markdown ?? (0,report_markdown/* renderMarkdown */.Gc)(report));
        }
        catch (error) {
            failures.push(deliveryFailure(error));
        }
    }
    if (settings?.uploadReport !== false && paths.json) {
        const outcome = await uploadReports([paths.json, paths.md], reportDir, env);
        if (outcome.status === 'uploaded')
            info(`Uploaded the reports as artifact maturity-eval.`);
        else if (outcome.status === 'skipped')
            notice(`Report upload skipped: ${outcome.reason}.`);
        else
            failures.push({ code: outcome.code, message: outcome.message });
    }
    try {
        for (const [name, value] of Object.entries(buildOutputs(report, paths)))
            setOutput(name, value, env);
    }
    catch (error) {
        failures.push({
            code: 'REPORT_WRITE_FAILED',
            message: `cannot write step outputs ${env.GITHUB_OUTPUT ?? ''}: ${(0,write/* fileSystemReason */.aV)(error)}`,
        });
    }
    for (const a of buildAnnotations(report, policyIssues)) {
        const properties = {
            title: a.title,
            ...(a.file ? { file: a.file, startLine: a.line, startColumn: a.col } : {}),
        };
        if (a.level === 'error')
            error(a.message, properties);
        else if (a.level === 'warning')
            warning(a.message, properties);
        else
            notice(a.message, properties);
    }
    for (const failure of failures) {
        error(`${failure.code}: ${failure.message}`, { title: `release-gates: ${failure.code}` });
    }
    if (settings?.fileBlockers)
        await fileBlockersIssue(report, settings, env);
    const verdict = report.result === 'pass' ? 'PASS' : 'BLOCKED';
    const where = paths.json ? ` Reports: ${paths.json}, ${paths.md}` : ` Reports: not written.`;
    info(`Result: ${verdict}${report.stage ? ` at stage ${report.stage}` : ''}.${where}`);
    // A configuration problem always fails the step; blocking gates do unless told not to; a
    // result that could not be delivered in full fails it too, with its own error above.
    if (report.error)
        setFailed(`${report.error.code}: ${report.error.message}`);
    else if (report.result === 'fail' && settings?.failOnBlocking !== false) {
        setFailed(`Blocked by ${report.blocking.map((b) => b.gate).join(', ')}.`);
    }
    if (failures.length > 0) {
        info(`The step fails: the result (${verdict}) was decided, but ${failures.map((f) => f.code).join(', ')} (see the errors above).`);
        process.exitCode = 1;
    }
}
/** The release blockers issue (file_blockers); what goes wrong there is a warning. */
async function fileBlockersIssue(report, settings, env) {
    let github;
    let fileBlockers;
    try {
        // Loaded only with file_blockers: true, as the client is.
        ({ fileBlockers } = await __webpack_require__.e(/* import() */ 2340).then(__webpack_require__.bind(__webpack_require__, 42340)));
        ({ github } = await (0,github_connect/* connectOnFirstUse */.h)({ token: settings.token, externalToken: null }, {
            baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
            counter: new github_counter/* RequestCounter */.k(),
            ...(0,environment/* tuning */.Sq)(env),
        })());
    }
    catch (error) {
        warning(`The release blockers issue was not updated: ${error.message}`);
        return;
    }
    const filed = await fileBlockers(report, {
        github,
        repository: report.repository,
        runUrl: report.run_url ?? null,
        rehearsal: report.rehearsal,
    });
    if (filed.warning)
        warning(filed.warning);
    else
        info((0,report_escape/* foldLines */.r7)(filed.message));
}
/** A report for an evaluation that never started (invalid inputs, a bad clock value). */
function failedBeforeStart(error, env) {
    const report = (0,skeleton/* blankReport */.V)({
        repository: env.GITHUB_REPOSITORY ?? '',
        ref: env.INPUT_REF ?? '',
        sha: '',
        rehearsal: false,
        timestamp: new Date().toISOString(),
        policyPath: env.INPUT_POLICY || inputs/* INPUT_DEFAULTS */.WJ.policy,
        policySource: 'workspace',
        buildRunId: null,
        runUrl: null,
    });
    const code = error instanceof inputs/* InputError */.dz ? 'INVALID_INPUT' : 'EVALUATION_CRASHED';
    report.error = { code, message: error instanceof Error ? error.message : String(error) };
    return report;
}


/***/ })

};
