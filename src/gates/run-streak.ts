// run_streak: a job has succeeded in the last N runs of a workflow on a branch, in a row. The
// graduation gate for a platform in preview: "10 consecutive green Windows smoke runs on main".
import { GateError, type Link, type Verdict } from '../model/types.js';
import { earlierAttempts, type EarlierAttempts } from '../facts/attempts.js';
import { runsWithJobs, type JobFact, type RunWithJobs } from '../facts/jobs.js';
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
  jobFailed,
  jobMatcher,
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
  /** One event or several: `[push, schedule]`. */
  event: string | string[];
  count?: number;
  count_from?: EnvSource;
  max_runs: number;
  /** A flaky green (green only after a re-run) counts, or ends the streak like a failure. */
  reruns: 'count' | 'refuse';
  /** The streak must also span this long, from its oldest run to its newest (a soak). */
  min_span_hours?: number;
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
  /**
   * The jobs of earlier attempts of the re-run runs the walk counted (run id → jobs). A counted
   * run with `attempt > 1` missing here cannot be judged, so the gate errors.
   */
  earlierAttempts?: EarlierAttempts;
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
      count_from: envSourceSchema(
        "Reads the count from a workflow file's top-level env at the commit under evaluation. Exactly one of count and count_from.",
      ),
      max_runs: {
        description: 'Most completed runs read looking for the streak.',
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 200,
      },
      reruns: {
        description:
          'A flaky green (the job succeeded only after an earlier attempt of it failed): count counts it, refuse ends the streak as a failure would. Either way the report lists them.',
        enum: ['count', 'refuse'],
        default: 'count',
      },
      min_span_hours: {
        description:
          'The streak must also span at least this many hours, from its oldest run to its newest (a soak, not only a count).',
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 8760,
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
    const rules = { count: count.count, minSpanMs: spanMs(params) };
    const streak = streakCounter(params.job, rules);
    const { history, complete } = await runsWithJobs(
      facts,
      repo,
      { workflow: params.workflow, branch, event: params.event, status: 'completed' },
      // Without knowing which greens were flaky: `refuse` only ends a streak sooner, so a history
      // that decides with every green counted decides with flaky greens refused too.
      { maxRuns: params.max_runs, enough: (seen) => streak(seen).decided },
    );
    const walk = streak(history);
    const rerun = walk.considered.filter((run) => run.outcome === 'counted' && run.attempt > 1);
    const counted = new Set(rerun.map((run) => run.id));
    const attempts = await earlierAttempts(
      facts,
      repo,
      history.filter((entry) => counted.has(entry.run.id)).map((entry) => entry.run),
    );
    return { branch, countFile, history, complete, earlierAttempts: attempts };
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
  const read = envInteger('count_from', params.count_from, countFile);
  if (!read.ok) return read;
  if (read.value > params.max_runs) {
    const { file, env: key } = params.count_from;
    return {
      ok: false,
      message: `count_from: ${key} in ${file} at ${countFile.ref} is ${read.value}, more than max_runs ${params.max_runs}: the streak could never be seen.`,
      details: {
        file,
        env: key,
        ref: countFile.ref,
        value: countFile.kind === 'ok' ? countFile.env[key] : null,
      },
    };
  }
  return { ok: true, count: read.value, source: read.source };
}

export interface ConsideredRun {
  id: number;
  run_number: number;
  attempt: number;
  /** The matched jobs' conclusions, or `absent`. */
  conclusion: string;
  outcome: 'counted' | 'passed_over' | 'broke';
  /** Present (true) on a flaky green: the job succeeded only after an earlier attempt of it failed. */
  flaky?: true;
}

export interface StreakRules {
  count: number;
  /** The streak must span at least this long (ms) from its oldest run to its newest. */
  minSpanMs?: number;
  /** Whether a green run was green only after a re-run; unknown (undefined) counts as not. */
  isFlaky?: (entry: RunWithJobs) => boolean;
  /** A flaky green ends the streak like a failure. */
  refuseFlaky?: boolean;
}

export interface StreakWalk {
  streak: number;
  /** The streak reached `count` (and its span), or a run broke it: older runs cannot change the answer. */
  decided: boolean;
  /** Runs in which the job ran (counted or broke). */
  ran: number;
  considered: ConsideredRun[];
  breaker: RunWithJobs | null;
  /** Flaky greens the streak counted, newest first. */
  flaky: RunWithJobs[];
  /** Creation times of the streak's newest and oldest runs; null while it is empty. */
  newestAt: string | null;
  oldestAt: string | null;
  /** False once a run of the streak has a creation time that does not parse: its span is unknown. */
  timesReadable: boolean;
}

/**
 * Walks runs newest first. Success counts one; a run where the job is absent, skipped or
 * cancelled is passed over; anything else (and a flaky green, with `refuseFlaky`) ends the
 * streak. Stops as soon as the answer is known: the streak is long enough and spans enough time,
 * or it broke.
 */
export function countStreak(
  history: readonly RunWithJobs[],
  job: string,
  rules: number | StreakRules,
): StreakWalk {
  return extendStreak(newWalk(), history, job, rules);
}

/**
 * countStreak over a history read a page at a time (each call with the history so far, grown):
 * each run is judged once, not again after every later page.
 */
export function streakCounter(
  job: string,
  rules: number | StreakRules,
): (history: readonly RunWithJobs[]) => StreakWalk {
  const walk = newWalk();
  let judged = 0;
  return (history) => {
    if (!walk.decided) extendStreak(walk, history.slice(judged), job, rules);
    judged = history.length;
    return walk;
  };
}

function newWalk(): StreakWalk {
  return {
    streak: 0,
    decided: false,
    ran: 0,
    considered: [],
    breaker: null,
    flaky: [],
    newestAt: null,
    oldestAt: null,
    timesReadable: true,
  };
}

/** The walk continued over `entries`, the runs after those it has judged; unchanged once decided. */
function extendStreak(
  walk: StreakWalk,
  entries: readonly RunWithJobs[],
  job: string,
  rules: number | StreakRules,
): StreakWalk {
  const {
    count,
    minSpanMs = 0,
    isFlaky,
    refuseFlaky = false,
  } = typeof rules === 'number' ? { count: rules } : rules;
  if (walk.decided) return walk;
  for (const entry of entries) {
    const outcome = jobOutcome(entry.jobs, job);
    const flaky = outcome.kind === 'success' && isFlaky !== undefined && isFlaky(entry);
    const broke = outcome.kind === 'failure' || (flaky && refuseFlaky);
    const considered: ConsideredRun = {
      id: entry.run.id,
      run_number: entry.run.runNumber,
      attempt: entry.run.attempt,
      conclusion: outcome.jobs.length ? conclusionsOf(outcome.jobs) : 'absent',
      outcome: broke ? 'broke' : outcome.kind === 'success' ? 'counted' : 'passed_over',
      ...(flaky ? { flaky: true as const } : {}),
    };
    walk.considered.push(considered);
    if (outcome.kind === 'not_run') continue;
    walk.ran++;
    if (broke) {
      walk.breaker = entry;
      walk.decided = true;
      return walk;
    }
    walk.streak++;
    if (flaky) walk.flaky.push(entry);
    walk.newestAt ??= entry.run.createdAt;
    walk.oldestAt = entry.run.createdAt;
    if (Number.isNaN(Date.parse(entry.run.createdAt))) walk.timesReadable = false;
    if (walk.streak >= count && streakSpanMs(walk) >= minSpanMs) {
      walk.decided = true;
      return walk;
    }
  }
  return walk;
}

/** From the streak's oldest run to its newest; NaN (never enough) when a time does not parse. */
export function streakSpanMs(walk: Pick<StreakWalk, 'newestAt' | 'oldestAt' | 'timesReadable'>): number {
  if (!walk.timesReadable) return Number.NaN;
  if (walk.newestAt === null || walk.oldestAt === null) return 0;
  return Date.parse(walk.newestAt) - Date.parse(walk.oldestAt);
}

function spanMs(params: Pick<RunStreakParams, 'min_span_hours'>): number {
  return (params.min_span_hours ?? 0) * 3_600_000;
}

/** `30 h`, `1.5 h`: hours as a person reads them. */
function hours(ms: number): string {
  return `${Number.isFinite(ms) ? Math.round((ms / 3_600_000) * 10) / 10 : '?'} h`;
}

/** The matched jobs of a run's earlier attempts that failed: the evidence that a green was flaky. */
export function failedEarlierAttempts(jobs: readonly JobFact[], job: string): JobFact[] {
  const matches = jobMatcher(job);
  return jobs.filter((candidate) => matches(candidate.name) && jobFailed(candidate));
}

function flakyDetail(entry: RunWithJobs, earlier: readonly JobFact[], job: string): Record<string, unknown> {
  return {
    id: entry.run.id,
    run_number: entry.run.runNumber,
    attempt: entry.run.attempt,
    url: entry.run.htmlUrl,
    failed_attempts: failedEarlierAttempts(earlier, job).map((j) => ({
      name: j.name,
      conclusion: j.conclusion,
      url: j.htmlUrl,
    })),
  };
}

function stripMarks(walk: StreakWalk): StripMark[] {
  return walk.considered.map((run) =>
    run.flaky
      ? 'flaky'
      : run.outcome === 'counted'
        ? 'green'
        : run.outcome === 'broke'
          ? 'failure'
          : 'passed_over',
  );
}

export function judgeRunStreak(params: RunStreakParams, facts: StreakFacts): Verdict {
  const count = resolveCount(params, facts.countFile);
  if (!count.ok)
    return { status: 'error', code: 'COUNT_FROM_INVALID', message: count.message, details: count.details };
  const attempts = facts.earlierAttempts ?? new Map<number, JobFact[]>();
  const minSpanMs = spanMs(params);
  // A re-run green whose earlier attempts were not read could be flaky: judging it either way
  // would be a guess.
  const unread = countStreak(facts.history, params.job, { count: count.count, minSpanMs }).considered.filter(
    (run) => run.outcome === 'counted' && run.attempt > 1 && !attempts.has(run.id),
  );
  if (unread.length) {
    return {
      status: 'error',
      code: 'JOBS_UNAVAILABLE',
      message: `The earlier attempts of re-run run${unread.length === 1 ? '' : 's'} ${unread.map((r) => `#${r.run_number}`).join(', ')} could not be read, so whether '${params.job}' needed a re-run is unknown.`,
      details: { runs: unread.map((r) => r.id) },
    };
  }
  const isFlaky = (entry: RunWithJobs): boolean =>
    entry.run.attempt > 1 && failedEarlierAttempts(attempts.get(entry.run.id) ?? [], params.job).length > 0;
  const refuse = params.reruns === 'refuse';
  const walk = countStreak(facts.history, params.job, {
    count: count.count,
    minSpanMs,
    isFlaky,
    refuseFlaky: refuse,
  });
  const subject = `'${params.job}' runs on ${facts.branch}`;
  const span = streakSpanMs(walk);
  const strip = historyStrip(stripMarks(walk));
  const details: Record<string, unknown> = {
    workflow: params.workflow,
    job: params.job,
    branch: facts.branch,
    event: params.event,
    required: count.count,
    count_source: count.source,
    reruns: params.reruns,
    streak: walk.streak,
    ...(params.min_span_hours !== undefined
      ? { min_span_hours: params.min_span_hours, span_hours: Number.isFinite(span) ? span / 3_600_000 : null }
      : {}),
    runs_read: facts.history.length,
    history_complete: facts.complete,
    history_strip: strip.text,
    considered: walk.considered,
  };
  const flakyEntries = walk.breaker && refuse && isFlaky(walk.breaker) ? [walk.breaker] : walk.flaky;
  if (flakyEntries.length)
    details.flaky_greens = flakyEntries.map((entry) =>
      flakyDetail(entry, attempts.get(entry.run.id) ?? [], params.job),
    );
  const links: Link[] = flakyEntries
    .filter((entry) => entry.run.htmlUrl)
    .map((entry) => ({
      title: `Run #${entry.run.runNumber} was green only after a re-run (attempt ${entry.run.attempt})`,
      url: entry.run.htmlUrl,
    }));
  const reruns = walk.flaky.length ? `; ${walk.flaky.length} needed a re-run` : '';
  const tally = `${walk.streak} of ${count.count} consecutive green ${subject}${reruns}`;
  if (walk.streak >= count.count) {
    if (span >= minSpanMs) {
      const soak =
        params.min_span_hours !== undefined ? `; spanning ${hours(span)} (${hours(minSpanMs)} needed)` : '';
      return { status: 'pass', code: 'STREAK_MET', message: `${tally}${soak}`, details, links };
    }
    return {
      status: 'fail',
      code: 'SOAK_TOO_SHORT',
      message: `${tally}, spanning only ${hours(span)} of the ${hours(minSpanMs)} needed`,
      details: { ...details, history_limit_reached: !facts.complete && !walk.breaker },
      links,
    };
  }
  if (walk.ran === 0) {
    const looked = facts.complete
      ? `${facts.history.length} completed runs`
      : `the latest ${facts.history.length} completed runs (max_runs)`;
    return {
      status: 'fail',
      code: 'NO_RUNS',
      message: `No completed '${params.workflow}' run on ${facts.branch} (${eventsLabel(params.event)}) in which '${params.job}' ran; looked at ${looked}.`,
      details,
    };
  }
  let ending = '';
  if (walk.breaker) {
    const { run, jobs } = walk.breaker;
    const outcome = jobOutcome(jobs, params.job);
    const flakyBreaker = outcome.kind === 'success';
    const conclusion = flakyBreaker ? 'green only after a re-run' : conclusionsOf(outcome.jobs);
    details.broken_by = {
      id: run.id,
      run_number: run.runNumber,
      attempt: run.attempt,
      conclusion: conclusionsOf(outcome.jobs),
      ...(flakyBreaker ? { flaky: true } : {}),
      url: run.htmlUrl,
      jobs: outcome.jobs.map((j) => ({ name: j.name, conclusion: j.conclusion, url: j.htmlUrl })),
    };
    if (flakyBreaker) ending = `; run #${run.runNumber} was green only after a re-run (reruns: refuse)`;
    if (run.htmlUrl && !flakyBreaker)
      links.unshift({ title: `Run #${run.runNumber} broke the streak (${conclusion})`, url: run.htmlUrl });
  } else {
    details.history_limit_reached = !facts.complete;
  }
  return {
    status: 'fail',
    code: 'STREAK_TOO_SHORT',
    message: `${tally}${ending}`,
    details,
    links,
  };
}
