export const id = 8860;
export const ids = [8860,415];
export const modules = {

/***/ 17651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ outputText),
/* harmony export */   o: () => (/* binding */ readOutput)
/* harmony export */ });
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39522);

/** The bytes of one output of the build, or why they cannot be had. */
async function readOutput(facts, ctx, source, options) {
    switch (source.kind) {
        case 'workspace':
            return readWorkspaceOutput(facts, source.path, options.maxBytes);
        case 'artifact':
            return readArtifactOutput(facts, ctx, source, options.maxBytes);
        case 'release_asset':
            return readAssetOutput(facts, ctx, source.name, options.maxBytes);
    }
}
/** The output as UTF-8 text, or null when it is not (a BOM is dropped). */
function outputText(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return null;
    }
}
async function readWorkspaceOutput(facts, path, maxBytes) {
    const label = `${path} (workspace)`;
    const file = await (0,_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceFile */ .s)(facts, path, maxBytes);
    if (file.kind === 'missing')
        return {
            ok: false,
            label,
            link: null,
            code: 'OUTPUT_MISSING',
            message: 'does not exist: the step that writes it did not run or wrote elsewhere.',
            details: { path },
        };
    if (file.kind === 'too_large')
        return {
            ok: false,
            label,
            link: null,
            code: 'OUTPUT_TOO_LARGE',
            message: `is ${file.size} bytes, over the ${file.maxBytes}-byte limit (max_bytes).`,
            details: { path, size: file.size, max_bytes: file.maxBytes },
        };
    return { ok: true, label, link: null, bytes: Buffer.from(file.text, 'utf8') };
}
async function readArtifactOutput(facts, ctx, source, maxBytes) {
    // Loaded here, not with the gate: a gate reading workspace files never needs them.
    const [{ trustedBuildRun }, { findRunArtifact }, { fileInArtifact }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045)]).then(__webpack_require__.bind(__webpack_require__, 84045)),
        __webpack_require__.e(/* import() */ 7808).then(__webpack_require__.bind(__webpack_require__, 67808)),
        Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(6190)]).then(__webpack_require__.bind(__webpack_require__, 46190)),
    ]);
    let run = source.run;
    if (!run) {
        const trusted = await trustedBuildRun(facts, ctx, source.workflow);
        if (!trusted.ok) {
            return {
                ok: false,
                label: `${source.file} in artifact '${source.name}'`,
                link: null,
                code: trusted.code,
                message: `cannot be read: ${trusted.reason}.`,
                details: { artifact: source.name },
            };
        }
        run = trusted.run;
    }
    const label = `${source.file} in artifact '${source.name}' of run ${run.id}`;
    const link = run.htmlUrl ? { title: `Run ${run.id}`, url: run.htmlUrl } : null;
    const details = { artifact: source.name, file: source.file, run_id: run.id };
    const artifact = await findRunArtifact(facts, ctx.repository, run.id, source.name);
    const read = await fileInArtifact(facts, ctx.repository, artifact, source.name, { ...source, maxBytes });
    if ('bytes' in read)
        return { ok: true, label, link, bytes: read.bytes, runId: run.id };
    return {
        ok: false,
        label,
        link,
        runId: run.id,
        ...read.refusal,
        details: { ...details, ...read.refusal.details },
    };
}
async function readAssetOutput(facts, ctx, name, maxBytes) {
    const { readAsset, releaseByTag } = await Promise.all(/* import() */[__webpack_require__.e(8612), __webpack_require__.e(4045), __webpack_require__.e(9625)]).then(__webpack_require__.bind(__webpack_require__, 59625));
    const label = `release asset '${name}'`;
    const tag = ctx.tag;
    const release = tag ? await releaseByTag(facts, ctx.repository, tag) : null;
    const link = release?.htmlUrl ? { title: `Release ${tag}`, url: release.htmlUrl } : null;
    const asset = release?.assets.find((candidate) => candidate.name === name);
    if (!asset) {
        const why = !tag
            ? `'${ctx.refName}' is not a tag, so it has no release`
            : !release
                ? `there is no published release for tag '${tag}'`
                : `release ${tag} has no such asset`;
        return {
            ok: false,
            label,
            link,
            code: 'OUTPUT_MISSING',
            message: `does not exist: ${why}.`,
            details: { asset: name },
        };
    }
    if (asset.size !== null && asset.size > maxBytes)
        return {
            ok: false,
            label,
            link,
            code: 'OUTPUT_TOO_LARGE',
            message: `is ${asset.size} bytes, over the ${maxBytes}-byte limit (max_bytes).`,
            details: { asset: name, size: asset.size, max_bytes: maxBytes },
        };
    return { ok: true, label, link, bytes: await readAsset(facts, ctx.repository, asset, maxBytes) };
}


/***/ }),

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

/***/ 98860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  classifyMetric: () => (/* binding */ classifyMetric),
  evaluateBudgets: () => (/* binding */ evaluateBudgets),
  judgeMetricBudgets: () => (/* binding */ judgeMetricBudgets),
  metricBudgetsGate: () => (/* binding */ metricBudgetsGate)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/facts/build/find.ts
var find = __webpack_require__(84045);
// EXTERNAL MODULE: ./src/facts/build/output.ts
var output = __webpack_require__(17651);
// EXTERNAL MODULE: ./src/facts/build/run.ts
var run = __webpack_require__(59825);
// EXTERNAL MODULE: ./src/facts/build/trust.ts
var trust = __webpack_require__(87922);
// EXTERNAL MODULE: ./src/facts/build/refusals.ts
var refusals = __webpack_require__(90415);
;// CONCATENATED MODULE: ./src/facts/metrics.ts
// Metric documents for metric_budgets: `{"metrics": {"NAME": number | [runs...]}}`, read from
// the workspace (a file an earlier step wrote) or from a workflow run's artifact: the build
// run's by default, or the newest successful run of a named workflow for a ref (the previous
// release's, with `ref: "{base_tag}"`).






/**
 * Reads and validates one metrics document. A file that cannot be had is a GateError with a
 * code of the shared set (facts/build/refusals.ts); a document that is not metrics is METRICS_INVALID.
 */
async function readMetricsDocument(facts, ctx, source, options) {
    let read;
    if ('file' in source) {
        read = await (0,output/* readOutput */.o)(facts, ctx, { kind: 'workspace', path: source.file }, options);
    }
    else {
        const spec = source.artifact;
        // Another ref's run (the previous release's) is vetted here; the build run by readOutput.
        const run = spec.ref !== undefined ? await runOfRef(facts, ctx, spec, options.buildWorkflow) : undefined;
        read = await (0,output/* readOutput */.o)(facts, ctx, {
            kind: 'artifact',
            name: spec.name,
            file: spec.file,
            workflow: spec.workflow ?? options.buildWorkflow,
            run,
        }, options);
    }
    const label = 'artifact' in source && source.artifact.ref ? `${read.label} (${source.artifact.ref})` : read.label;
    if (!read.ok)
        throw (0,refusals/* refusalError */.z_)(read, `metrics file ${label}`);
    const text = (0,output/* outputText */.j)(read.bytes);
    if (text === null)
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} is not UTF-8 text.`, { source: label });
    return { label, link: read.link, metrics: parseMetricsDocument(text, label) };
}
/**
 * The run of another ref (the previous release's), found the way the build run of a tag is
 * found by its tag: the newest successful run of the workflow whose head_branch is the ref,
 * this repository's own first. It is never a fork's run.
 */
async function runOfRef(facts, ctx, spec, buildWorkflow) {
    const workflow = spec.workflow ?? buildWorkflow;
    const refCtx = { ...ctx, tag: spec.ref, refName: spec.ref, buildRunId: null };
    const finding = await (0,find.findBuildRun)(facts, refCtx, { ...(0,find.rulesFor)(ctx, workflow), events: ['push'] });
    if (!finding.found) {
        // The ref may be a branch: drop the word 'tag'.
        const described = (0,run/* describeBuildRunQuery */.Zv)(finding.lookup.query).replace(/ for tag /, ' for ');
        throw new types/* GateError */.ue('RUN_NOT_FOUND', `No run to read artifact '${spec.name}' from: looked for ${described}, but ${finding.lookup.reason}.`, { workflow, ref: spec.ref });
    }
    const foreign = (0,trust/* foreignRunProblem */.jy)(finding.run, ctx.repository);
    if (foreign)
        throw new types/* GateError */.ue(foreign.code, `${foreign.message} Its artifacts are not trusted.`, {
            run_id: finding.run.id,
        });
    return finding.run;
}
/**
 * Parses `{"metrics": {"NAME": number | [numbers...]}}`. Strict: a value that is not a finite
 * number or a non-empty list of them makes the whole document invalid, because a metric that
 * silently drops out is a budget nobody checks.
 */
function parseMetricsDocument(text, label) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} is not valid JSON: ${error.message}`, {
            source: label,
        });
    }
    const metrics = isPlainObject(document) ? document.metrics : undefined;
    if (!isPlainObject(metrics)) {
        throw new types/* GateError */.ue('METRICS_INVALID', `${label} has no "metrics" object; expected {"metrics": {"NAME": number | [numbers]}}.`, { source: label });
    }
    const values = new Map();
    for (const [name, value] of Object.entries(metrics)) {
        const list = Array.isArray(value) ? value : [value];
        if (list.length === 0 || !list.every((item) => typeof item === 'number' && Number.isFinite(item))) {
            throw new types/* GateError */.ue('METRICS_INVALID', `${label}: metric '${name}' is ${shorten(JSON.stringify(value))}; expected a number or a non-empty list of numbers.`, { source: label, metric: name });
        }
        values.set(name, list);
    }
    return values;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function shorten(text) {
    const shown = text ?? 'undefined';
    return shown.length > 60 ? `${shown.slice(0, 60)}\u2026` : shown;
}

;// CONCATENATED MODULE: ./src/util/stats.ts
// The few statistics metric_budgets judges on. A benchmark reports one number or the numbers
// of several runs; medians resist a single noisy run, and min/max ranges say whether two sets
// of runs could be the same distribution.
/** Median of a non-empty list: the middle value, or the mean of the two middle values. */
function median(values) {
    if (values.length === 0)
        throw new RangeError('median of an empty list');
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : midpoint(sorted[middle - 1], sorted[middle]);
}
/**
 * The mean of two numbers, `low <= high`, without overflow or underflow. `(low + high) / 2`
 * overflows for two huge values; halving each first (`low / 2 + high / 2`) underflows for two
 * tiny ones (`5e-324 / 2` is 0). Values of opposite signs cannot overflow when added; values
 * of the same sign cannot overflow when subtracted, and adding half their distance to `low`
 * lands between the two.
 */
function midpoint(low, high) {
    if (low === high)
        return low;
    if (low < 0 !== high < 0)
        return (low + high) / 2;
    return low + (high - low) / 2;
}
/** Median, min and max of a non-empty list. */
function summarize(values) {
    if (values.length === 0)
        throw new RangeError('summary of an empty list');
    let min = Infinity;
    let max = -Infinity;
    for (const value of values) {
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    return { median: median(values), min, max, count: values.length };
}
/** Whether two closed ranges share at least one point. */
function rangesOverlap(a, b) {
    return a.min <= b.max && b.min <= a.max;
}

;// CONCATENATED MODULE: ./src/gates/metric-budgets.ts
// metric_budgets: the performance gate. Each metric of the current build is compared with the
// baseline (the previous release's) on medians, so one noisy run does not decide:
//   - baseline median 0: no baseline (a percentage of nothing means nothing);
//   - both medians under the noise floor: ok (differences in the noise are not regressions);
//   - worse by at least max_regression_percent and the run ranges do not overlap: regressed;
//   - worse by at least that much but the ranges overlap: a candidate regression, a warning
//     only (the runs cannot tell the two builds apart);
//   - an absolute `max`/`min` crossed by the current median: over budget, whatever the baseline.
// Every rule applies to every metric its glob matches, so a broad rule can never shadow the
// absolute limit of a narrow one. Nothing compared at all is a failure, and so is a rule
// whose metrics the current build did not report: a budget nobody measured is not met.





const SOURCE_SCHEMA = {
    oneOf: [
        {
            type: 'object',
            additionalProperties: false,
            required: ['file'],
            properties: {
                file: { description: 'Workspace-relative path of the metrics JSON.', type: 'string', minLength: 1 },
            },
        },
        {
            type: 'object',
            additionalProperties: false,
            required: ['artifact'],
            properties: {
                artifact: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name', 'file'],
                    properties: {
                        name: { description: 'Artifact name.', type: 'string', minLength: 1 },
                        file: {
                            description: 'Path of the metrics JSON inside the artifact.',
                            type: 'string',
                            minLength: 1,
                        },
                        workflow: {
                            description: 'Workflow whose run holds the artifact; with ref, its newest successful run for that ref. Default: the build run.',
                            type: 'string',
                            minLength: 1,
                        },
                        ref: {
                            description: 'Branch or tag whose run holds the artifact, e.g. {base_tag}.',
                            type: 'string',
                            minLength: 1,
                        },
                    },
                },
            },
        },
    ],
};
const metricBudgetsGate = {
    type: 'metric_budgets',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['current', 'baseline', 'metrics'],
        properties: {
            current: {
                description: 'The metrics of this release: `{file}` (workspace) or `{artifact: {name, file, workflow, ref}}` (the build run\'s by default), holding {"metrics": {"NAME": number | [runs]}}.',
                ...SOURCE_SCHEMA,
            },
            baseline: {
                description: 'The metrics to compare with, as `current`; e.g. the previous release build\'s artifact (`ref: "{base_tag}"`).',
                ...SOURCE_SCHEMA,
            },
            metrics: {
                description: 'Budgets. Each applies to every metric its name (or glob) matches.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: { description: 'Metric name or glob, e.g. *.ms_per_msg.', type: 'string', minLength: 1 },
                        direction: {
                            description: 'Which way is better.',
                            enum: ['lower_is_better', 'higher_is_better'],
                            default: 'lower_is_better',
                        },
                        max_regression_percent: {
                            description: 'Worsening of the median, in percent of the baseline, that counts as a regression.',
                            type: 'number',
                            minimum: 0,
                            default: 15,
                        },
                        noise_floor: {
                            description: 'Medians both below this are equal (noise).',
                            type: 'number',
                            minimum: 0,
                            default: 0.0001,
                        },
                        max: { description: 'The current median must not be above this.', type: 'number' },
                        min: { description: 'The current median must not be below this.', type: 'number' },
                    },
                },
            },
            workflow: {
                description: 'Build workflow searched for the build run when build_run_id is not given.',
                type: 'string',
                minLength: 1,
                default: 'release.yml',
            },
            max_bytes: {
                description: 'Largest metrics file (and artifact) read.',
                type: 'integer',
                minimum: 1,
                default: 1048576,
            },
        },
    },
    checkParams(params) {
        for (const rule of params.metrics) {
            if (rule.max !== undefined && rule.min !== undefined && rule.min > rule.max) {
                throw new types/* GateError */.ue('INVALID_PARAMS', `metric '${rule.name}': min ${rule.min} is above max ${rule.max}; no value could pass.`);
            }
        }
    },
    async collect(params, ctx, facts) {
        const options = { maxBytes: params.max_bytes, buildWorkflow: params.workflow };
        // An untrusted build run ends the gate before either side downloads anything.
        for (const source of [params.current, params.baseline]) {
            if (!('artifact' in source) || source.artifact.ref !== undefined)
                continue;
            const trusted = await (0,find.trustedBuildRun)(facts, ctx, source.artifact.workflow ?? params.workflow);
            if (!trusted.ok)
                throw new types/* GateError */.ue(trusted.code, `No build run to read metrics from: ${trusted.reason}.`, {
                    artifact: source.artifact.name,
                });
        }
        const [current, baseline] = await Promise.all([
            readMetricsDocument(facts, ctx, params.current, options),
            readMetricsDocument(facts, ctx, params.baseline, options),
        ]);
        return { current, baseline };
    },
    judge: judgeMetricBudgets,
};
/** Compares one metric under one rule. Pure. */
function classifyMetric(rule, metric, currentValues, baselineValues) {
    const current = summarize(currentValues);
    const baseline = baselineValues && baselineValues.length ? summarize(baselineValues) : null;
    const limit = rule.max !== undefined && current.median > rule.max
        ? { kind: 'max', value: rule.max }
        : rule.min !== undefined && current.median < rule.min
            ? { kind: 'min', value: rule.min }
            : null;
    const hasLimit = rule.max !== undefined || rule.min !== undefined;
    const outcome = {
        metric,
        rule: rule.name,
        direction: rule.direction,
        current,
        baseline,
        threshold_percent: rule.max_regression_percent,
        has_limit: hasLimit,
        limit,
    };
    if (!baseline || baseline.median === 0)
        return { ...outcome, comparison: 'no_baseline', regression_percent: null };
    const worsening = rule.direction === 'lower_is_better'
        ? current.median - baseline.median
        : baseline.median - current.median;
    // Rounded so that exactly 15% worse is 15, not 14.999999999999996.
    const percent = Math.round((worsening / Math.abs(baseline.median)) * 100 * 1e9) / 1e9;
    if (Math.abs(current.median) < rule.noise_floor && Math.abs(baseline.median) < rule.noise_floor) {
        return { ...outcome, comparison: 'noise', regression_percent: percent };
    }
    if (percent <= 0 || percent < rule.max_regression_percent)
        return { ...outcome, comparison: 'ok', regression_percent: percent };
    // The median is worse, so disjoint ranges can only mean every current run is worse than
    // every baseline run (for lower_is_better: current min above baseline max).
    const comparison = rangesOverlap(current, baseline) ? 'candidate_regression' : 'regressed';
    return { ...outcome, comparison, regression_percent: percent };
}
/** Applies every rule to every metric it matches. Pure. */
function evaluateBudgets(rules, current, baseline) {
    const outcomes = [];
    const unmeasured = [];
    const dropped = new Set();
    for (const rule of rules) {
        const matches = picomatch_default()(rule.name, { dot: true });
        const names = [...current.metrics.keys()].filter((name) => name === rule.name || matches(name)).sort();
        if (names.length === 0) {
            unmeasured.push(rule.name);
            continue;
        }
        for (const name of names)
            outcomes.push(classifyMetric(rule, name, current.metrics.get(name), baseline.metrics.get(name)));
        for (const name of baseline.metrics.keys())
            if ((name === rule.name || matches(name)) && !current.metrics.has(name))
                dropped.add(name);
    }
    return { outcomes, unmeasured, dropped: [...dropped].sort() };
}
function judgeMetricBudgets(params, facts) {
    const { outcomes, unmeasured, dropped } = evaluateBudgets(params.metrics, facts.current, facts.baseline);
    const links = [facts.current.link, facts.baseline.link].filter((l) => l !== null);
    const overBudget = outcomes.filter((o) => o.limit);
    const regressed = outcomes.filter((o) => o.comparison === 'regressed');
    const candidates = outcomes.filter((o) => o.comparison === 'candidate_regression');
    const compared = outcomes.filter((o) => o.comparison !== 'no_baseline');
    const limitChecked = outcomes.filter((o) => o.has_limit);
    const noBaseline = [
        ...new Set(outcomes.filter((o) => o.comparison === 'no_baseline').map((o) => o.metric)),
    ].sort();
    const details = {
        current: facts.current.label,
        baseline: facts.baseline.label,
        counts: {
            metrics: new Set(outcomes.map((o) => o.metric)).size,
            compared: compared.length,
            regressed: regressed.length,
            candidate_regressions: candidates.length,
            over_budget: overBudget.length,
            no_baseline: noBaseline.length,
        },
        regressed: regressed.map(brief),
        candidate_regressions: candidates.map(brief),
        over_budget: overBudget.map((o) => ({ metric: o.metric, median: o.current.median, limit: o.limit })),
        no_baseline: noBaseline,
        unmeasured_rules: unmeasured,
        dropped_from_current: dropped,
        outcomes: outcomes.slice(0, 500),
    };
    const warnings = [
        ...(candidates.length
            ? [
                `candidate regression${candidates.length > 1 ? 's' : ''} (ranges overlap, not failing): ${candidates.map(describeChange).join(', ')}`,
            ]
            : []),
        ...(dropped.length ? [`not in the current metrics: ${dropped.join(', ')}`] : []),
        ...(noBaseline.length ? [`no baseline for ${noBaseline.join(', ')}`] : []),
    ];
    const failures = [];
    if (overBudget.length) {
        failures.push({
            code: 'BUDGET_EXCEEDED',
            text: 'Over budget: ' +
                overBudget
                    .map((o) => `${o.metric} median ${fmt(o.current.median)} is ${o.limit.kind === 'max' ? 'above the max' : 'below the min'} ${fmt(o.limit.value)}`)
                    .join('; '),
        });
    }
    if (regressed.length) {
        failures.push({
            code: 'REGRESSED',
            text: `Regressed: ${regressed.map((o) => `${describeChange(o)} (over ${fmt(o.threshold_percent)}%, ranges do not overlap)`).join(', ')}`,
        });
    }
    if (compared.length === 0 && limitChecked.length === 0) {
        failures.push({
            code: 'NO_COMPARABLE_METRICS',
            text: `Nothing to compare: no metric could be compared between ${facts.current.label} and ${facts.baseline.label}`,
        });
    }
    if (unmeasured.length) {
        failures.push({
            code: 'METRIC_MISSING',
            text: `Not measured: ${facts.current.label} has no metric matching ${unmeasured.map((r) => `'${r}'`).join(', ')}`,
        });
    }
    const warningText = warnings.length ? ` Warning: ${warnings.join('; ')}.` : '';
    if (failures.length) {
        return {
            status: 'fail',
            code: failures[0].code,
            message: `${failures.map((f) => f.text).join('; ')}.${warningText}`,
            details,
            links,
        };
    }
    const metricCount = new Set(compared.map((o) => o.metric)).size;
    const limitOnly = new Set(limitChecked.map((o) => o.metric)).size;
    const summary = metricCount
        ? `${metricCount} metric${metricCount > 1 ? 's' : ''} within budget against ${facts.baseline.label}`
        : `${limitOnly} metric${limitOnly > 1 ? 's' : ''} within their absolute limits`;
    return { status: 'pass', code: 'WITHIN_BUDGET', message: `${summary}.${warningText}`, details, links };
}
function brief(o) {
    return {
        metric: o.metric,
        rule: o.rule,
        regression_percent: o.regression_percent,
        current: o.current,
        baseline: o.baseline,
    };
}
/** `enqueue.ms_per_msg 32.1% worse (median 0.0121 \u2192 0.016)` */
function describeChange(o) {
    const percent = o.regression_percent ?? 0;
    return `${o.metric} ${fmt(percent)}% worse (median ${fmt(o.baseline?.median ?? NaN)} \u2192 ${fmt(o.current.median)})`;
}
/** Four significant digits, without trailing zeros. */
function fmt(value) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}


/***/ })

};
