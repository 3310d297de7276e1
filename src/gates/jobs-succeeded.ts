// jobs_succeeded: smoke coverage. In the latest completed run of a workflow for the commit under
// evaluation, each named job (and each named step in it) concluded success. A job that was
// skipped did not prove anything, so it fails like a red one.
import type { Link, Verdict } from '../model/types.js';
import { jobsOfRuns, type JobFact } from '../facts/jobs.js';
import { workflowRuns, type WorkflowRunFact } from '../facts/runs.js';
import { jobMatcher, noCommitVerdict, runLabel, shortSha, WORKFLOW_FILE_SCHEMA } from './job-match.js';
import type { GateType } from './types.js';

export interface JobSpec {
  name: string;
  steps: string[];
}

export interface JobsSucceededParams {
  workflow: string;
  jobs: JobSpec[];
}

export interface JobsSucceededFacts {
  /** The latest completed run of the workflow for the commit; null when there is none. */
  run: WorkflowRunFact | null;
  /** That run's jobs (latest attempt), with steps when the policy names any. */
  jobs: JobFact[];
}

const RUNS_PER_COMMIT_LIMIT = 300;

export const jobsSucceededGate: GateType<JobsSucceededParams, JobsSucceededFacts> = {
  type: 'jobs_succeeded',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['workflow', 'jobs'],
    properties: {
      workflow: WORKFLOW_FILE_SCHEMA,
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
              description:
                "The job's name as GitHub shows it, or a glob; a plain name also matches its matrix jobs.",
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
    if (!ctx.sha) return { run: null, jobs: [] };
    // The same query as workflow_green's, so the two gates share one read.
    const { runs } = await workflowRuns(
      facts,
      ctx.repository,
      { workflow: params.workflow, headSha: ctx.sha },
      { maxRuns: RUNS_PER_COMMIT_LIMIT, enough: (seen) => seen.some((run) => run.status === 'completed') },
    );
    const run = runs.find((candidate) => candidate.status === 'completed') ?? null;
    if (!run) return { run: null, jobs: [] };
    const wantsSteps = params.jobs.some((job) => job.steps.length > 0);
    const byRun = await jobsOfRuns(facts, ctx.repository, [run], { steps: wantsSteps });
    return { run, jobs: byRun.get(run.id)?.jobs ?? [] };
  },
  judge: judgeJobsSucceeded,
};

/** Codes from the most to the least serious: the verdict takes the first that occurs. */
const SEVERITY = ['JOB_MISSING', 'JOB_FAILED', 'STEP_MISSING', 'STEP_FAILED'] as const;
type ProblemCode = (typeof SEVERITY)[number];

interface Problem {
  code: ProblemCode;
  text: string;
  url?: string;
}

export function judgeJobsSucceeded(
  params: JobsSucceededParams,
  facts: JobsSucceededFacts,
  ctx: { sha: string },
): Verdict {
  if (!ctx.sha) return noCommitVerdict(params.workflow);
  const commit = shortSha(ctx.sha);
  const { run } = facts;
  if (!run) {
    return {
      status: 'fail',
      code: 'NO_CI_RUN',
      message: `No completed '${params.workflow}' run for commit ${commit}: the jobs cannot be checked until one finishes.`,
      details: { workflow: params.workflow, sha: ctx.sha },
    };
  }
  const problems: Problem[] = [];
  const results = params.jobs.map((spec) => {
    const matched = facts.jobs.filter((job) => jobMatcher(spec.name)(job.name));
    if (!matched.length) problems.push({ code: 'JOB_MISSING', text: `job '${spec.name}' did not run` });
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
  const label = runLabel(params.workflow, run, commit);
  const details: Record<string, unknown> = {
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
  const links: Link[] = run.htmlUrl ? [{ title: `Run #${run.runNumber}`, url: run.htmlUrl }] : [];
  if (problems.length) {
    // Most serious first, so the message leads with what the code says.
    problems.sort((a, b) => SEVERITY.indexOf(a.code) - SEVERITY.indexOf(b.code));
    const code = problems[0]!.code;
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

function checkStep(
  job: JobFact,
  stepName: string,
  problems: Problem[],
): { job: string; step: string; conclusion: string | null } {
  const matches = jobMatcher(stepName);
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
