// run_streak: a job has succeeded in the last N runs of a workflow on a branch, in a row. The
// graduation gate for a platform in preview: "10 consecutive green Windows smoke runs on main".
import { GateError, type Link, type Verdict } from '../model/types.js';
import { runsWithJobs, type RunWithJobs } from '../facts/jobs.js';
import { defaultBranch } from '../facts/runs.js';
import { positiveInteger, workflowFileEnv, type WorkflowFileEnv } from '../facts/workflow-file.js';
import {
  conclusionsOf,
  HISTORY_FILTER_SCHEMAS,
  jobOutcome,
  JOB_NAME_SCHEMA,
  WORKFLOW_FILE_SCHEMA,
} from './job-match.js';
import type { GateType } from './types.js';

export interface RunStreakParams {
  workflow: string;
  job: string;
  /** Absent: the repository's default branch. */
  branch?: string;
  event: string;
  count?: number;
  count_from?: { file: string; env: string };
  max_runs: number;
}

export interface StreakFacts {
  /** The branch walked (the default branch when the policy names none). */
  branch: string;
  /** count_from's workflow file, read at the commit under evaluation; null with `count`. */
  countFile: WorkflowFileEnv | null;
  /** Completed runs, newest first, with the jobs of each run's latest attempt. */
  history: RunWithJobs[];
  /** True when `history` holds every completed run there is. */
  complete: boolean;
}

export const runStreakGate: GateType<RunStreakParams, StreakFacts> = {
  type: 'run_streak',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['workflow', 'job'],
    properties: {
      workflow: WORKFLOW_FILE_SCHEMA,
      job: JOB_NAME_SCHEMA,
      ...HISTORY_FILTER_SCHEMAS,
      count: {
        description: 'Consecutive green runs needed. Exactly one of count and count_from.',
        type: 'integer',
        minimum: 1,
      },
      count_from: {
        description:
          "Reads the count from a workflow file's top-level env at the commit under evaluation. Exactly one of count and count_from.",
        type: 'object',
        additionalProperties: false,
        required: ['file', 'env'],
        properties: {
          file: {
            description: 'Path of the workflow file, e.g. .github/workflows/ci.yml.',
            type: 'string',
            minLength: 1,
          },
          env: {
            description: 'Name of the variable under its top-level env.',
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          },
        },
      },
      max_runs: {
        description: 'Most completed runs read looking for the streak.',
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 200,
      },
    },
    // `properties` repeated in each branch: Ajv's strict mode wants every required key defined beside it.
    oneOf: [
      { properties: { count: true }, required: ['count'] },
      { properties: { count_from: true }, required: ['count_from'] },
    ],
  },
  checkParams(params) {
    if (params.count !== undefined && params.count > params.max_runs) {
      throw new GateError(
        'INVALID_PARAMS',
        `count ${params.count} is more than max_runs ${params.max_runs}: the streak could never be seen.`,
      );
    }
  },
  async collect(params, ctx, facts) {
    const repo = ctx.repository;
    const [countFile, branch] = await Promise.all([
      params.count_from ? workflowFileEnv(facts, repo, params.count_from.file, ctx.sha || ctx.ref) : null,
      params.branch ?? defaultBranch(facts, repo),
    ]);
    const count = resolveCount(params, countFile);
    // A count that cannot be read is the judge's error to report; the history would not help.
    if (!count.ok) return { branch, countFile, history: [], complete: false };
    const { history, complete } = await runsWithJobs(
      facts,
      repo,
      { workflow: params.workflow, branch, event: params.event, status: 'completed' },
      { maxRuns: params.max_runs, enough: (seen) => countStreak(seen, params.job, count.count).decided },
    );
    return { branch, countFile, history, complete };
  },
  judge: judgeRunStreak,
};

export type CountResolution =
  | { ok: true; count: number; source: string }
  | { ok: false; message: string; details: Record<string, unknown> };

/** The streak length required: `count`, or the integer in count_from's workflow file. */
export function resolveCount(
  params: Pick<RunStreakParams, 'count' | 'count_from' | 'max_runs'>,
  countFile: WorkflowFileEnv | null,
): CountResolution {
  if (params.count !== undefined) return { ok: true, count: params.count, source: 'count' };
  if (!params.count_from || !countFile)
    return { ok: false, message: 'run_streak needs count or count_from.', details: {} };
  const { file, env: key } = params.count_from;
  const where = `${file} at ${countFile.ref}`;
  const details = { file, env: key, ref: countFile.ref };
  if (countFile.kind === 'missing')
    return { ok: false, message: `count_from: ${where} does not exist, so ${key} cannot be read.`, details };
  if (countFile.kind === 'invalid')
    return {
      ok: false,
      message: `count_from: ${where} is ${countFile.reason}, so ${key} cannot be read.`,
      details,
    };
  if (!(key in countFile.env)) {
    return {
      ok: false,
      message: `count_from: ${where} has no ${key} under its top-level env.`,
      details: { ...details, value: null },
    };
  }
  const value = countFile.env[key];
  const count = positiveInteger(value);
  if (count === null) {
    return {
      ok: false,
      message: `count_from: ${key} in ${where} is ${JSON.stringify(value)}, not a positive integer.`,
      details: { ...details, value },
    };
  }
  if (count > params.max_runs) {
    return {
      ok: false,
      message: `count_from: ${key} in ${where} is ${count}, more than max_runs ${params.max_runs}: the streak could never be seen.`,
      details: { ...details, value },
    };
  }
  return { ok: true, count, source: `${file}#env.${key}` };
}

export interface ConsideredRun {
  id: number;
  run_number: number;
  attempt: number;
  /** The matched jobs' conclusions, or `absent`. */
  conclusion: string;
  outcome: 'counted' | 'passed_over' | 'broke';
}

export interface StreakWalk {
  streak: number;
  /** The streak reached `count`, or a run broke it: older runs cannot change the answer. */
  decided: boolean;
  /** Runs in which the job ran (counted or broke). */
  ran: number;
  considered: ConsideredRun[];
  breaker: RunWithJobs | null;
}

/**
 * Walks runs newest first. Success counts one; a run where the job is absent, skipped or
 * cancelled is passed over; anything else ends the streak. Stops as soon as the answer is known.
 */
export function countStreak(history: readonly RunWithJobs[], job: string, count: number): StreakWalk {
  const walk: StreakWalk = { streak: 0, decided: false, ran: 0, considered: [], breaker: null };
  for (const entry of history) {
    const outcome = jobOutcome(entry.jobs, job);
    const considered: ConsideredRun = {
      id: entry.run.id,
      run_number: entry.run.runNumber,
      attempt: entry.run.attempt,
      conclusion: outcome.jobs.length ? conclusionsOf(outcome.jobs) : 'absent',
      outcome: outcome.kind === 'success' ? 'counted' : outcome.kind === 'failure' ? 'broke' : 'passed_over',
    };
    walk.considered.push(considered);
    if (outcome.kind === 'not_run') continue;
    walk.ran++;
    if (outcome.kind === 'failure') {
      walk.breaker = entry;
      walk.decided = true;
      return walk;
    }
    walk.streak++;
    if (walk.streak >= count) {
      walk.decided = true;
      return walk;
    }
  }
  return walk;
}

export function judgeRunStreak(params: RunStreakParams, facts: StreakFacts): Verdict {
  const count = resolveCount(params, facts.countFile);
  if (!count.ok)
    return { status: 'error', code: 'COUNT_FROM_INVALID', message: count.message, details: count.details };
  const walk = countStreak(facts.history, params.job, count.count);
  const subject = `'${params.job}' runs on ${facts.branch}`;
  const details: Record<string, unknown> = {
    workflow: params.workflow,
    job: params.job,
    branch: facts.branch,
    event: params.event,
    required: count.count,
    count_source: count.source,
    streak: walk.streak,
    runs_read: facts.history.length,
    history_complete: facts.complete,
    considered: walk.considered,
  };
  if (walk.streak >= count.count) {
    return {
      status: 'pass',
      code: 'STREAK_MET',
      message: `${walk.streak} of ${count.count} consecutive green ${subject}`,
      details,
    };
  }
  if (walk.ran === 0) {
    const looked = facts.complete
      ? `${facts.history.length} completed runs`
      : `the latest ${facts.history.length} completed runs (max_runs)`;
    return {
      status: 'fail',
      code: 'NO_RUNS',
      message: `No completed '${params.workflow}' run on ${facts.branch} (${params.event}) in which '${params.job}' ran; looked at ${looked}.`,
      details,
    };
  }
  const links: Link[] = [];
  if (walk.breaker) {
    const { run, jobs } = walk.breaker;
    const failed = jobOutcome(jobs, params.job);
    details.broken_by = {
      id: run.id,
      run_number: run.runNumber,
      attempt: run.attempt,
      conclusion: conclusionsOf(failed.jobs),
      url: run.htmlUrl,
      jobs: failed.jobs.map((j) => ({ name: j.name, conclusion: j.conclusion, url: j.htmlUrl })),
    };
    if (run.htmlUrl)
      links.push({
        title: `Run #${run.runNumber} broke the streak (${conclusionsOf(failed.jobs)})`,
        url: run.htmlUrl,
      });
  } else {
    details.history_limit_reached = !facts.complete;
  }
  return {
    status: 'fail',
    code: 'STREAK_TOO_SHORT',
    message: `${walk.streak} of ${count.count} consecutive green ${subject}`,
    details,
    links,
  };
}
