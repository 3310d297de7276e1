// failure_budget: the rollback trigger. Too many failures of a job in its latest runs on a branch
// fail the gate and set the `demote` output, so a workflow can move the platform back to preview.
import { GateError, type Link, type Verdict } from '../model/types.js';
import { runsWithJobs, type RunWithJobs } from '../facts/jobs.js';
import { defaultBranch } from '../facts/runs.js';
import {
  envInteger,
  envSourceSchema,
  workflowFileEnv,
  type EnvSource,
  type WorkflowFileEnv,
} from '../facts/workflow-file.js';
import { historyStrip, type StripMark } from './history-strip.js';
import {
  conclusionsOf,
  eventsLabel,
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
  /** One event or several: `[push, schedule]`. */
  event: string | string[];
  /** Absent (and no window_from): DEFAULT_WINDOW. */
  window?: number;
  window_from?: EnvSource;
  /** Failures allowed; absent with neither demote_at nor demote_at_from: DEFAULT_MAX_FAILURES. */
  max_failures?: number;
  /** Failures that demote: the runbook's words (`2 failures in the latest 5 runs`), max_failures + 1. */
  demote_at?: number;
  demote_at_from?: EnvSource;
}

export const DEFAULT_WINDOW = 5;
export const DEFAULT_MAX_FAILURES = 1;

export interface BudgetFacts {
  branch: string;
  /** Completed runs, newest first, with the jobs of each run's latest attempt. */
  history: RunWithJobs[];
  complete: boolean;
  /** The workflow files `window_from` and `demote_at_from` name, read at the commit under evaluation. */
  envFiles?: Record<string, WorkflowFileEnv>;
}

/**
 * How far back the gate looks for `window` runs in which the job ran. Runs where it did not run
 * (path filters, skipped, cancelled) are passed over, so the window may need more runs than it holds.
 */
export const BUDGET_HISTORY_LIMIT = 200;

const WINDOW_MAXIMUM = 100;

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
        description: `How many of the latest runs in which the job ran are judged; ${DEFAULT_WINDOW} when neither window nor window_from is given.`,
        type: 'integer',
        minimum: 1,
        maximum: WINDOW_MAXIMUM,
      },
      window_from: envSourceSchema(
        "Reads window from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS). Not with window.",
      ),
      max_failures: {
        description: `Failures allowed in the window; one more fails the gate and sets demote. ${DEFAULT_MAX_FAILURES} when none of max_failures, demote_at, demote_at_from is given.`,
        type: 'integer',
        minimum: 0,
      },
      demote_at: {
        description:
          'Failures in the window that fail the gate and set demote (demote_at: 2 is max_failures: 1), as a runbook states the rule. Not with max_failures or demote_at_from.',
        type: 'integer',
        minimum: 1,
      },
      demote_at_from: envSourceSchema(
        "Reads demote_at from a workflow file's top-level env at the commit under evaluation (e.g. WINDOWS_SMOKE_ROLLBACK_FAILURES). Not with max_failures or demote_at.",
      ),
    },
    // At most one way to give each number is checked in checkParams, whose message says which
    // keys clash; Ajv would only say that a `not` matched.
  },
  checkParams(params) {
    const given = ['max_failures', 'demote_at', 'demote_at_from'].filter(
      (key) => params[key as keyof FailureBudgetParams] !== undefined,
    );
    if (given.length > 1) {
      throw new GateError(
        'INVALID_PARAMS',
        `Give one of max_failures, demote_at and demote_at_from, not ${given.join(' and ')}: they say the same thing.`,
      );
    }
    if (params.window !== undefined && params.window_from !== undefined)
      throw new GateError('INVALID_PARAMS', 'Give window or window_from, not both.');
    const window = params.window ?? (params.window_from ? undefined : DEFAULT_WINDOW);
    const allowed = allowedFailures(params);
    if (window !== undefined && allowed !== undefined && allowed >= window) {
      throw new GateError(
        'INVALID_PARAMS',
        `${describeBudget(params, allowed)} is not below window ${window}: the budget could never be exceeded.`,
      );
    }
  },
  async collect(params, ctx, facts) {
    const repo = ctx.repository;
    const at = ctx.sha || ctx.ref;
    const sources = [params.window_from, params.demote_at_from].filter(
      (s): s is EnvSource => s !== undefined,
    );
    const [branch, files] = await Promise.all([
      params.branch ?? defaultBranch(facts, repo),
      Promise.all(sources.map((source) => workflowFileEnv(facts, repo, source.file, at))),
    ]);
    const envFiles = Object.fromEntries(sources.map((source, i) => [source.file, files[i]!]));
    const rule = resolveBudget(params, envFiles);
    // A number that cannot be read is the judge's error to report; the history would not help.
    if (!rule.ok) return { branch, history: [], complete: false, envFiles };
    const { history, complete } = await runsWithJobs(
      facts,
      repo,
      { workflow: params.workflow, branch, event: params.event, status: 'completed' },
      {
        maxRuns: BUDGET_HISTORY_LIMIT,
        enough: (seen) => budgetWindow(seen, params.job, rule.window).length >= rule.window,
      },
    );
    return { branch, history, complete, envFiles };
  },
  judge: judgeFailureBudget,
};

/** Failures allowed by the literal parameters; undefined when demote_at_from must be read. */
function allowedFailures(params: FailureBudgetParams): number | undefined {
  if (params.max_failures !== undefined) return params.max_failures;
  if (params.demote_at !== undefined) return params.demote_at - 1;
  if (params.demote_at_from !== undefined) return undefined;
  return DEFAULT_MAX_FAILURES;
}

function describeBudget(params: FailureBudgetParams, allowed: number): string {
  return params.demote_at !== undefined ? `demote_at ${params.demote_at} - 1` : `max_failures ${allowed}`;
}

export type BudgetRule =
  | {
      ok: true;
      window: number;
      /** Failures allowed: one more demotes. */
      maxFailures: number;
      /** Where each number came from: `window`, `ci.yml#env.X`, the default. */
      sources: { window: string; budget: string };
    }
  | {
      ok: false;
      code: 'WINDOW_FROM_INVALID' | 'DEMOTE_AT_FROM_INVALID' | 'INVALID_PARAMS';
      message: string;
      details: Record<string, unknown>;
    };

/** The window and the failures allowed, from the parameters or the workflow file's env. */
export function resolveBudget(
  params: FailureBudgetParams,
  envFiles: Readonly<Record<string, WorkflowFileEnv>> = {},
): BudgetRule {
  let window = params.window ?? DEFAULT_WINDOW;
  let windowSource = params.window !== undefined ? 'window' : 'default';
  if (params.window_from) {
    const read = readEnv('window_from', params.window_from, envFiles);
    if (!read.ok)
      return { ok: false, code: 'WINDOW_FROM_INVALID', message: read.message, details: read.details };
    if (read.value > WINDOW_MAXIMUM)
      return {
        ok: false,
        code: 'WINDOW_FROM_INVALID',
        message: `window_from: ${params.window_from.env} in ${params.window_from.file} is ${read.value}, more than the ${WINDOW_MAXIMUM} runs a window may hold.`,
        details: { ...params.window_from, value: read.value },
      };
    window = read.value;
    windowSource = read.source;
  }
  let maxFailures = allowedFailures(params);
  let budgetSource =
    params.max_failures !== undefined
      ? 'max_failures'
      : params.demote_at !== undefined
        ? 'demote_at'
        : 'default';
  if (params.demote_at_from) {
    const read = readEnv('demote_at_from', params.demote_at_from, envFiles);
    if (!read.ok)
      return { ok: false, code: 'DEMOTE_AT_FROM_INVALID', message: read.message, details: read.details };
    maxFailures = read.value - 1;
    budgetSource = read.source;
  }
  if (maxFailures === undefined || maxFailures >= window) {
    const demoteAt = (maxFailures ?? 0) + 1;
    return {
      ok: false,
      code: params.demote_at_from
        ? 'DEMOTE_AT_FROM_INVALID'
        : params.window_from
          ? 'WINDOW_FROM_INVALID'
          : 'INVALID_PARAMS',
      message: `${demoteAt} failures (${budgetSource}) cannot happen in a window of ${window} runs (${windowSource}): the budget could never be exceeded.`,
      details: { window, demote_at: demoteAt, window_source: windowSource, budget_source: budgetSource },
    };
  }
  return { ok: true, window, maxFailures, sources: { window: windowSource, budget: budgetSource } };
}

function readEnv(parameter: string, source: EnvSource, envFiles: Readonly<Record<string, WorkflowFileEnv>>) {
  const file = envFiles[source.file];
  if (!file)
    return {
      ok: false as const,
      message: `${parameter}: ${source.file} was not read, so ${source.env} is unknown.`,
      details: { ...source },
    };
  return envInteger(parameter, source, file);
}

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

/** The strip of the runs read up to the window's oldest: passed-over runs between them included. */
function budgetStrip(history: readonly RunWithJobs[], job: string, window: readonly WindowRun[]): string {
  const oldest = window.at(-1)?.entry;
  const end = oldest ? history.indexOf(oldest) + 1 : history.length;
  const marks: StripMark[] = history.slice(0, end).map((entry) => {
    const kind = jobOutcome(entry.jobs, job).kind;
    return kind === 'success' ? 'green' : kind === 'failure' ? 'failure' : 'passed_over';
  });
  return historyStrip(marks).text;
}

export function judgeFailureBudget(params: FailureBudgetParams, facts: BudgetFacts): Verdict {
  const rule = resolveBudget(params, facts.envFiles);
  if (!rule.ok)
    return { status: 'error', code: rule.code, message: rule.message, details: rule.details, demote: false };
  const window = budgetWindow(facts.history, params.job, rule.window);
  const failures = window.filter((run) => run.failed);
  const demoteAt = rule.maxFailures + 1;
  const details: Record<string, unknown> = {
    workflow: params.workflow,
    job: params.job,
    branch: facts.branch,
    event: params.event,
    window: rule.window,
    max_failures: rule.maxFailures,
    demote_at: demoteAt,
    window_source: rule.sources.window,
    budget_source: rule.sources.budget,
    failures: failures.length,
    runs_read: facts.history.length,
    history_strip: budgetStrip(facts.history, params.job, window),
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
      message: `No completed '${params.workflow}' run on ${facts.branch} (${eventsLabel(params.event)}) in which '${params.job}' ran; looked at ${facts.history.length} runs.`,
      details,
      demote: false,
    };
  }
  const runs = window.length === 1 ? 'run' : 'runs';
  const partial = window.length < rule.window ? `; only ${window.length} of the ${rule.window} ran` : '';
  const tally = `${failures.length} ${failures.length === 1 ? 'failure' : 'failures'} in the latest ${window.length} '${params.job}' ${runs} on ${facts.branch}`;
  // The budget in the words the policy used: `demote at 2` for demote_at, `budget 1` for max_failures.
  const budget =
    params.demote_at !== undefined || params.demote_at_from !== undefined
      ? `demote at ${demoteAt}`
      : `budget ${rule.maxFailures}`;
  const links: Link[] = failures
    .filter(({ entry }) => entry.run.htmlUrl)
    .map(({ entry, conclusion }) => ({
      title: `Run #${entry.run.runNumber}: ${conclusion}`,
      url: entry.run.htmlUrl,
    }));
  if (failures.length > rule.maxFailures) {
    return {
      status: 'fail',
      code: 'BUDGET_EXCEEDED',
      message: `${tally} (${budget}${partial}): demote`,
      details,
      links,
      demote: true,
    };
  }
  return {
    status: 'pass',
    code: 'WITHIN_BUDGET',
    message: `${tally} (${budget}${partial})`,
    details,
    links,
    demote: false,
  };
}
