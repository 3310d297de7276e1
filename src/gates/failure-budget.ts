// failure_budget: the rollback trigger. Too many failures of a job in its latest runs on a branch
// fail the gate and set the `demote` output, so a workflow can move the platform back to preview.
import { GateError, type Link, type Verdict } from '../model/types.js';
import { runsWithJobs, type RunWithJobs } from '../facts/jobs.js';
import { defaultBranch } from '../facts/runs.js';
import {
  conclusionsOf,
  HISTORY_FILTER_SCHEMAS,
  jobOutcome,
  JOB_NAME_SCHEMA,
  WORKFLOW_FILE_SCHEMA,
} from './job-match.js';
import type { GateType } from './types.js';

export interface FailureBudgetParams {
  workflow: string;
  job: string;
  /** Absent: the repository's default branch. */
  branch?: string;
  event: string;
  window: number;
  max_failures: number;
}

export interface BudgetFacts {
  branch: string;
  /** Completed runs, newest first, with the jobs of each run's latest attempt. */
  history: RunWithJobs[];
  complete: boolean;
}

/**
 * How far back the gate looks for `window` runs in which the job ran. Runs where it did not run
 * (path filters, skipped, cancelled) are passed over, so the window may need more runs than it holds.
 */
export const BUDGET_HISTORY_LIMIT = 200;

export const failureBudgetGate: GateType<FailureBudgetParams, BudgetFacts> = {
  type: 'failure_budget',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['workflow', 'job'],
    properties: {
      workflow: WORKFLOW_FILE_SCHEMA,
      job: JOB_NAME_SCHEMA,
      ...HISTORY_FILTER_SCHEMAS,
      window: {
        description: 'How many of the latest runs in which the job ran are judged.',
        type: 'integer',
        minimum: 1,
        maximum: 100,
        default: 5,
      },
      max_failures: {
        description: 'Failures allowed in the window; one more fails the gate and sets demote.',
        type: 'integer',
        minimum: 0,
        default: 1,
      },
    },
  },
  checkParams(params) {
    if (params.max_failures >= params.window) {
      throw new GateError(
        'INVALID_PARAMS',
        `max_failures ${params.max_failures} is not below window ${params.window}: the budget could never be exceeded.`,
      );
    }
  },
  async collect(params, ctx, facts) {
    const repo = ctx.repository;
    const branch = params.branch ?? (await defaultBranch(facts, repo));
    const { history, complete } = await runsWithJobs(
      facts,
      repo,
      { workflow: params.workflow, branch, event: params.event, status: 'completed' },
      {
        maxRuns: BUDGET_HISTORY_LIMIT,
        enough: (seen) => budgetWindow(seen, params.job, params.window).length >= params.window,
      },
    );
    return { branch, history, complete };
  },
  judge: judgeFailureBudget,
};

export interface WindowRun {
  entry: RunWithJobs;
  failed: boolean;
  conclusion: string;
}

/** The latest `window` runs in which the job ran (succeeded or failed), newest first. */
export function budgetWindow(history: readonly RunWithJobs[], job: string, window: number): WindowRun[] {
  const ran: WindowRun[] = [];
  for (const entry of history) {
    if (ran.length >= window) break;
    const outcome = jobOutcome(entry.jobs, job);
    if (outcome.kind === 'not_run') continue;
    ran.push({ entry, failed: outcome.kind === 'failure', conclusion: conclusionsOf(outcome.jobs) });
  }
  return ran;
}

export function judgeFailureBudget(params: FailureBudgetParams, facts: BudgetFacts): Verdict {
  const window = budgetWindow(facts.history, params.job, params.window);
  const failures = window.filter((run) => run.failed);
  const details: Record<string, unknown> = {
    workflow: params.workflow,
    job: params.job,
    branch: facts.branch,
    event: params.event,
    window: params.window,
    max_failures: params.max_failures,
    failures: failures.length,
    runs_read: facts.history.length,
    runs: window.map(({ entry, failed, conclusion }) => ({
      id: entry.run.id,
      run_number: entry.run.runNumber,
      attempt: entry.run.attempt,
      conclusion,
      failed,
    })),
  };
  // Nothing to judge is not a clean record: fail (without demoting), so a report_only gate warns
  // and a required one blocks until the job has run at all.
  if (!window.length) {
    return {
      status: 'fail',
      code: 'NO_RUNS',
      message: `No completed '${params.workflow}' run on ${facts.branch} (${params.event}) in which '${params.job}' ran; looked at ${facts.history.length} runs.`,
      details,
      demote: false,
    };
  }
  const runs = window.length === 1 ? 'run' : 'runs';
  const partial = window.length < params.window ? `; only ${window.length} of the ${params.window} ran` : '';
  const tally = `${failures.length} ${failures.length === 1 ? 'failure' : 'failures'} in the latest ${window.length} '${params.job}' ${runs} on ${facts.branch}`;
  const links: Link[] = failures
    .filter(({ entry }) => entry.run.htmlUrl)
    .map(({ entry, conclusion }) => ({
      title: `Run #${entry.run.runNumber}: ${conclusion}`,
      url: entry.run.htmlUrl,
    }));
  if (failures.length > params.max_failures) {
    return {
      status: 'fail',
      code: 'BUDGET_EXCEEDED',
      message: `${tally} (budget ${params.max_failures}${partial}): demote`,
      details,
      links,
      demote: true,
    };
  }
  return {
    status: 'pass',
    code: 'WITHIN_BUDGET',
    message: `${tally} (budget ${params.max_failures}${partial})`,
    details,
    links,
    demote: false,
  };
}
