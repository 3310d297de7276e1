export const id = 7890;
export const ids = [7890];
export const modules = {

/***/ 57890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobsSucceededGate: () => (/* binding */ jobsSucceededGate),
/* harmony export */   judgeJobsSucceeded: () => (/* binding */ judgeJobsSucceeded)
/* harmony export */ });
/* harmony import */ var _facts_jobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93667);
/* harmony import */ var _facts_runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95081);
/* harmony import */ var _job_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51139);



const RUNS_PER_COMMIT_LIMIT = 300;
const jobsSucceededGate = {
    type: 'jobs_succeeded',
    paramsSchema: {
        type: 'object',
        additionalProperties: false,
        required: ['workflow', 'jobs'],
        properties: {
            workflow: _job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKFLOW_FILE_SCHEMA */ .dx,
            jobs: {
                description: 'Jobs that must have succeeded, each with steps that must have succeeded in it.',
                type: 'array',
                minItems: 1,
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: {
                            description: "The job's name as GitHub shows it, or a glob; a plain name also matches its matrix jobs.",
                            type: 'string',
                            minLength: 1,
                        },
                        steps: {
                            description: 'Names of steps (or globs) that must have succeeded in the job.',
                            type: 'array',
                            items: { type: 'string', minLength: 1 },
                            default: [],
                        },
                    },
                },
            },
        },
    },
    async collect(params, ctx, facts) {
        if (!ctx.sha)
            return { run: null, jobs: [] };
        // The same query as workflow_green's, so the two gates share one read.
        const { runs } = await (0,_facts_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowRuns */ .A_)(facts, ctx.repository, { workflow: params.workflow, headSha: ctx.sha }, { maxRuns: RUNS_PER_COMMIT_LIMIT, enough: (seen) => seen.some((run) => run.status === 'completed') });
        const run = runs.find((candidate) => candidate.status === 'completed') ?? null;
        if (!run)
            return { run: null, jobs: [] };
        const wantsSteps = params.jobs.some((job) => job.steps.length > 0);
        const byRun = await (0,_facts_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .jobsOfRuns */ .eR)(facts, ctx.repository, [run], { steps: wantsSteps });
        return { run, jobs: byRun.get(run.id)?.jobs ?? [] };
    },
    judge: judgeJobsSucceeded,
};
/** Codes from the most to the least serious: the verdict takes the first that occurs. */
const SEVERITY = ['JOB_MISSING', 'JOB_FAILED', 'STEP_MISSING', 'STEP_FAILED'];
function judgeJobsSucceeded(params, facts, ctx) {
    if (!ctx.sha)
        return (0,_job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .noCommitVerdict */ .qy)(params.workflow);
    const commit = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(ctx.sha);
    const { run } = facts;
    if (!run) {
        return {
            status: 'fail',
            code: 'NO_CI_RUN',
            message: `No completed '${params.workflow}' run for commit ${commit}: the jobs cannot be checked until one finishes.`,
            details: { workflow: params.workflow, sha: ctx.sha },
        };
    }
    const problems = [];
    const results = params.jobs.map((spec) => {
        const matched = facts.jobs.filter((job) => (0,_job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .jobMatcher */ .sq)(spec.name)(job.name));
        if (!matched.length)
            problems.push({ code: 'JOB_MISSING', text: `job '${spec.name}' did not run` });
        for (const job of matched) {
            if (job.conclusion !== 'success')
                problems.push({
                    code: 'JOB_FAILED',
                    text: `job '${job.name}' concluded ${job.conclusion ?? job.status}`,
                    url: job.htmlUrl,
                });
        }
        const steps = spec.steps.flatMap((stepName) => matched.map((job) => checkStep(job, stepName, problems)));
        return {
            name: spec.name,
            jobs: matched.map((job) => ({ name: job.name, conclusion: job.conclusion, url: job.htmlUrl })),
            steps,
        };
    });
    const label = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .runLabel */ .Az)(params.workflow, run, commit);
    const details = {
        workflow: params.workflow,
        sha: ctx.sha,
        run: {
            id: run.id,
            run_number: run.runNumber,
            attempt: run.attempt,
            conclusion: run.conclusion,
            url: run.htmlUrl,
        },
        jobs: results,
    };
    const links = run.htmlUrl ? [{ title: `Run #${run.runNumber}`, url: run.htmlUrl }] : [];
    if (problems.length) {
        // Most serious first, so the message leads with what the code says.
        problems.sort((a, b) => SEVERITY.indexOf(a.code) - SEVERITY.indexOf(b.code));
        const code = problems[0].code;
        details.problems = problems.map((p) => ({ code: p.code, problem: p.text }));
        // One link per failing job, however many of its steps are at fault.
        for (const problem of problems) {
            if (problem.url && !links.some((l) => l.url === problem.url))
                links.push({ title: problem.text, url: problem.url });
        }
        const shown = problems.slice(0, 3).map((p) => p.text);
        const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
        return { status: 'fail', code, message: `In ${label}: ${shown.join('; ')}${more}.`, details, links };
    }
    const stepCount = params.jobs.reduce((sum, spec) => sum + spec.steps.length, 0);
    const jobCount = params.jobs.length;
    const what = `${jobCount === 1 ? 'The job' : `All ${jobCount} jobs`}${stepCount ? ` and ${stepCount === 1 ? 'the named step' : `${stepCount} named steps`}` : ''}`;
    return { status: 'pass', code: 'JOBS_PASSED', message: `${what} succeeded in ${label}.`, details, links };
}
function checkStep(job, stepName, problems) {
    const matches = (0,_job_match_js__WEBPACK_IMPORTED_MODULE_2__/* .jobMatcher */ .sq)(stepName);
    const steps = (job.steps ?? []).filter((step) => matches(step.name));
    if (!steps.length) {
        problems.push({
            code: 'STEP_MISSING',
            text: `step '${stepName}' is not in job '${job.name}'`,
            url: job.htmlUrl,
        });
        return { job: job.name, step: stepName, conclusion: null };
    }
    const failed = steps.filter((step) => step.conclusion !== 'success');
    for (const step of failed)
        problems.push({
            code: 'STEP_FAILED',
            text: `step '${step.name}' of job '${job.name}' concluded ${step.conclusion ?? step.status}`,
            url: job.htmlUrl,
        });
    return { job: job.name, step: stepName, conclusion: failed[0]?.conclusion ?? 'success' };
}


/***/ })

};
