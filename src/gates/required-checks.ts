// required_checks: the commit's CI is green. Every named check (or, with `all`, every check
// reported) must be present and concluded in `allow`.
//
// Waiting is I/O, so it lives in `collect`: while a required check is still running (or not
// reported yet), the checks are read again every `interval_seconds` until `timeout_minutes`,
// through the fact store's sleep and monotonic clock (tests pass fakes). The judge then
// decides on the last reading, and knows how long was waited from the facts alone.
import type { EvalContext, Link, Verdict } from '../model/types.js';
import {
  checksOfCommit,
  pollChecksOfCommit,
  type CheckRunFact,
  type ChecksReading,
  type CommitChecks,
} from '../facts/checks.js';
import type { FactStore } from '../facts/store.js';
import { GateError } from '../model/types.js';
import type { GateType } from './types.js';

export const CONCLUSIONS = [
  'success',
  'neutral',
  'skipped',
  'failure',
  'cancelled',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
  'error',
] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export interface WaitParams {
  timeout_minutes: number;
  interval_seconds: number;
}

export interface RequiredChecksParams {
  checks: 'all' | string[];
  include_statuses: boolean;
  allow: Conclusion[];
  wait?: WaitParams;
}

/** How a wait went: how often the checks were read again, for how long, and what it cost. */
export interface WaitRecord {
  polls: number;
  waitedMs: number;
  timeoutMs: number;
  timedOut: boolean;
  /** Requests that counted against the rate limit, and the 304s that did not. */
  countedRequests: number;
  notModified: number;
  /** Why the wait stopped before the checks settled or the timeout (the rate limit), or null. */
  stopped: { code: string; message: string } | null;
  /** One line per poll: what was pending and the time left (also sent to `reportWait`). */
  progress: string[];
}

export interface RequiredChecksFacts {
  checks: CommitChecks;
  /** null when the policy sets no `wait`. */
  wait: WaitRecord | null;
}

export type CheckState = 'passed' | 'pending' | 'failed';

export interface CheckOutcome {
  name: string;
  kind: 'check_run' | 'status';
  state: CheckState;
  /** The conclusion when finished, else the current status (queued, in_progress, pending). */
  result: string;
  url: string | null;
}

export interface MissingCheck {
  /** The name or glob that matched nothing; `*` for `all` on a commit with no checks. */
  pattern: string;
  /** It matches check runs of this workflow run, which are always ignored. */
  onlyInOwnRun: boolean;
}

export interface ChecksAssessment {
  outcomes: CheckOutcome[];
  missing: MissingCheck[];
}

export const requiredChecksGate: GateType<RequiredChecksParams, RequiredChecksFacts> = {
  type: 'required_checks',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['checks'],
    properties: {
      checks: {
        description:
          "Check names that must pass, or `all` for every check reported on the commit. `*` in a name matches any text (slashes and spaces included), `?` one character; anything else is literal, so matrix names like 'test (ubuntu-latest, 20)' need no escaping.",
        anyOf: [
          { type: 'string', const: 'all' },
          { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        ],
      },
      include_statuses: {
        description: 'Also count commit statuses (their contexts), as set by external CI services.',
        type: 'boolean',
        default: true,
      },
      allow: {
        description:
          'Conclusions that count as passing. A commit status counts as success, failure or error.',
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: [...CONCLUSIONS] },
        default: ['success', 'neutral', 'skipped'],
      },
      wait: {
        description: 'Poll while a required check is still running or not yet reported.',
        type: 'object',
        additionalProperties: false,
        properties: {
          timeout_minutes: {
            description: 'Give up (CHECKS_PENDING) after this long.',
            type: 'number',
            exclusiveMinimum: 0,
            maximum: 360,
            default: 10,
          },
          interval_seconds: {
            description: 'Time between two readings.',
            type: 'number',
            minimum: 1,
            maximum: 3600,
            default: 30,
          },
        },
      },
    },
  },
  async collect(params, ctx, facts) {
    if (!ctx.sha) return { checks: emptyChecks(), wait: null };
    const options = { ownRunId: ctx.runId, includeStatuses: params.include_statuses };
    if (!params.wait)
      return { checks: await checksOfCommit(facts, ctx.repository, ctx.sha, options), wait: null };
    return waitForChecks(params, params.wait, ctx, facts);
  },
  judge: judgeRequiredChecks,
};

// ---------------------------------------------------------------------------------------------
// Waiting

/** Each unchanged reading stretches the delay by half, up to this many intervals. */
const BACKOFF_FACTOR = 1.5;
const MAX_INTERVALS_BETWEEN_READINGS = 4;
/**
 * Requests kept in hand: below this `x-ratelimit-remaining` the wait stops rather than spend
 * the last of the token's quota (GITHUB_TOKEN: 1,000 an hour per repository), which the
 * rest of the job, and the gates after this one, still need.
 */
export const RATE_LIMIT_RESERVE = 50;

/**
 * Polls the commit's checks until they settle (all in and done, or one failed: then the
 * verdict can no longer become `pass`), the timeout passes, or the rate limit says stop.
 * Every reading after the first is conditional, so an unchanged answer is a free 304; and
 * while nothing changes the delay between readings grows, never past the deadline.
 */
export async function waitForChecks(
  params: RequiredChecksParams,
  wait: WaitParams,
  ctx: EvalContext,
  facts: FactStore,
): Promise<RequiredChecksFacts> {
  const repository = ctx.repository;
  const options = { ownRunId: ctx.runId, includeStatuses: params.include_statuses };
  const timeoutMs = wait.timeout_minutes * 60_000;
  const intervalMs = wait.interval_seconds * 1000;
  const started = facts.monotonicNow();
  let reading: ChecksReading = await pollChecksOfCommit(facts, repository, ctx.sha, options, null);
  const record: WaitRecord = {
    polls: 0,
    waitedMs: 0,
    timeoutMs,
    timedOut: false,
    countedRequests: reading.counted,
    notModified: reading.notModified,
    stopped: null,
    progress: [],
  };
  let delayMs = intervalMs;
  for (;;) {
    record.waitedMs = facts.monotonicNow() - started;
    const assessment = assessChecks(params, reading.checks);
    if (isSettled(assessment)) break;
    const leftMs = timeoutMs - record.waitedMs;
    if (leftMs <= 0) {
      record.timedOut = true;
      break;
    }
    const limit = reading.rateLimit;
    if (limit.remaining !== null && limit.remaining < RATE_LIMIT_RESERVE) {
      record.stopped = {
        code: 'WAIT_RATE_LIMITED',
        message: `only ${limit.remaining} API requests are left in this hour's rate limit${resetPhrase(limit.resetAtMs)}, below the ${RATE_LIMIT_RESERVE} kept for the rest of the job`,
      };
      break;
    }
    const retryAfterMs = limit.retryAfterMs ?? 0;
    if (retryAfterMs > leftMs) {
      record.stopped = {
        code: 'WAIT_RATE_LIMITED',
        message: `GitHub asked to hold off for ${duration(retryAfterMs)} (retry-after), past the ${duration(timeoutMs)} timeout`,
      };
      break;
    }
    const pauseMs = Math.min(Math.max(delayMs, retryAfterMs), leftMs);
    const line = progressLine(assessment, ctx.sha, leftMs, pauseMs);
    record.progress.push(line);
    ctx.reportWait?.(line, leftMs);
    await facts.sleep(pauseMs);
    try {
      reading = await pollChecksOfCommit(facts, repository, ctx.sha, options, reading);
    } catch (error) {
      if (!(error instanceof GateError) || error.code !== 'RATE_LIMITED') throw error;
      record.stopped = { code: 'WAIT_RATE_LIMITED', message: error.message };
      record.waitedMs = facts.monotonicNow() - started;
      break;
    }
    record.polls++;
    record.countedRequests += reading.counted;
    record.notModified += reading.notModified;
    // Unchanged: every list answered 304, or what changed (a timestamp) moved no check's state.
    const unchanged = reading.unchanged || sameStates(assessment, assessChecks(params, reading.checks));
    delayMs = unchanged
      ? Math.min(wholeSeconds(delayMs * BACKOFF_FACTOR), intervalMs * MAX_INTERVALS_BETWEEN_READINGS)
      : intervalMs;
  }
  return { checks: reading.checks, wait: record };
}

/** `Waiting on 1 of 3 required checks on 3f78685: e2e (in_progress); 29 min left, next reading in 45 s`. */
function progressLine(assessment: ChecksAssessment, sha: string, leftMs: number, pauseMs: number): string {
  const pending = assessment.outcomes.filter((o) => o.state === 'pending').map(describe);
  const missing = assessment.missing.map((m) =>
    m.pattern === '*' ? 'any check (none reported yet)' : `'${m.pattern}' (not reported yet)`,
  );
  const waitingOn = [...pending, ...missing];
  const total = assessment.outcomes.length + assessment.missing.length;
  return `Waiting on ${waitingOn.length} of ${total} required check${total === 1 ? '' : 's'} on ${sha.slice(0, 7)}: ${listed(waitingOn)}; ${duration(leftMs)} left, next reading in ${duration(pauseMs)}`;
}

const wholeSeconds = (ms: number): number => Math.round(ms / 1000) * 1000;

function sameStates(before: ChecksAssessment, after: ChecksAssessment): boolean {
  const states = (a: ChecksAssessment): string =>
    JSON.stringify([
      a.outcomes.map((o) => `${o.kind}:${o.name}:${o.result}`).sort(),
      a.missing.map((m) => m.pattern).sort(),
    ]);
  return states(before) === states(after);
}

function resetPhrase(resetAtMs: number | null): string {
  return resetAtMs === null ? '' : ` (it resets at ${new Date(resetAtMs).toISOString().slice(11, 16)} UTC)`;
}

export function judgeRequiredChecks(
  params: RequiredChecksParams,
  facts: RequiredChecksFacts,
  ctx: EvalContext,
): Verdict {
  if (!ctx.sha) {
    return {
      status: 'error',
      code: 'SHA_UNRESOLVED',
      message: 'The commit under evaluation is unknown, so its checks cannot be read.',
    };
  }
  const { outcomes, missing } = assessChecks(params, facts.checks);
  const short = ctx.sha.slice(0, 7);
  const failed = outcomes.filter((o) => o.state === 'failed');
  const pending = outcomes.filter((o) => o.state === 'pending');
  const details: Record<string, unknown> = {
    sha: ctx.sha,
    required: params.checks,
    allow: params.allow,
    checks: outcomes,
    missing: missing.map((m) => m.pattern),
    ignored_own_run: facts.checks.ownRunCheckRuns.map((run) => run.name),
    statuses_read: facts.checks.statusesRead,
    wait: facts.wait,
  };
  const commitChecks: Link = {
    title: `Checks of ${short}`,
    url: `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/commit/${ctx.sha}/checks`,
  };
  const linksOf = (list: CheckOutcome[]): Link[] => [
    ...list.filter((o) => o.url).map((o) => ({ title: `${o.name} (${o.result})`, url: o.url! })),
    commitChecks,
  ];
  // Where and after how long: "on 3f78685 after waiting 2 min".
  const on = `on ${short}${waitPhrase(facts.wait)}`;
  const total = outcomes.length + missing.length;
  const ofTotal = `of ${total} required check${total === 1 ? '' : 's'}`;

  if (failed.length > 0) {
    const also = [
      pending.length ? `${pending.length} pending` : '',
      missing.length ? `${missing.length} missing` : '',
    ].filter(Boolean);
    return {
      status: 'fail',
      code: 'CHECKS_FAILED',
      message: `${failed.length} ${ofTotal} failed ${on}: ${listed(failed.map(describe))}${also.length ? ` (also ${also.join(', ')})` : ''}.`,
      details,
      links: linksOf(failed),
    };
  }
  if (facts.wait?.stopped) {
    // Not settled (a failure would have been judged above), so the answer is unknown.
    return {
      status: 'error',
      code: facts.wait.stopped.code,
      message: `Stopped waiting on the checks ${on}: ${facts.wait.stopped.message}. ${pending.length + missing.length} of ${total} required checks were still pending or not reported.`,
      details,
      links: linksOf(pending),
    };
  }
  if (missing.length === 1 && missing[0]!.pattern === '*') {
    // `all` over nothing is not a pass: CI that never reported proves nothing.
    return {
      status: 'fail',
      code: 'NO_CHECKS',
      message: `${describeMissing(missing, facts.checks, on)}${params.include_statuses ? '' : ' (commit statuses are not counted: include_statuses is false)'}; \`checks: all\` needs at least one.`,
      details,
      links: [commitChecks],
    };
  }
  if (missing.length > 0) {
    return {
      status: 'fail',
      code: 'CHECK_MISSING',
      message: `${describeMissing(missing, facts.checks, on)}.`,
      details,
      links: linksOf(pending),
    };
  }
  if (pending.length > 0) {
    const advice = facts.wait ? '' : '; set `wait` to poll until they finish';
    return {
      status: 'fail',
      code: 'CHECKS_PENDING',
      message: `${pending.length} ${ofTotal} still pending ${on}: ${listed(pending.map(describe))}${advice}.`,
      details,
      links: linksOf(pending),
    };
  }
  const names = outcomes.map((o) => o.name);
  return {
    status: 'pass',
    code: 'CHECKS_PASSED',
    message: `${outcomes.length === 1 ? 'The required check' : `All ${outcomes.length} required checks`} passed ${on}: ${listed(names)}.`,
    details,
  };
}

/** Which required checks passed, failed, are pending, or were never reported. */
export function assessChecks(params: RequiredChecksParams, checks: CommitChecks): ChecksAssessment {
  const allow = new Set<string>(params.allow);
  const candidates: CheckOutcome[] = [
    ...checks.checkRuns.map((run) => checkRunOutcome(run, allow)),
    ...(params.include_statuses
      ? checks.statuses.map((status): CheckOutcome => {
          const state: CheckState =
            status.state === 'pending' ? 'pending' : allow.has(status.state) ? 'passed' : 'failed';
          return { name: status.context, kind: 'status', state, result: status.state, url: status.url };
        })
      : []),
  ];
  if (params.checks === 'all') {
    return {
      outcomes: candidates,
      missing: candidates.length ? [] : [{ pattern: '*', onlyInOwnRun: checks.ownRunCheckRuns.length > 0 }],
    };
  }
  const selected = new Set<CheckOutcome>();
  const missing: MissingCheck[] = [];
  for (const pattern of params.checks) {
    const matches = checkNameMatcher(pattern);
    const found = candidates.filter((c) => matches(c.name));
    if (found.length === 0)
      missing.push({ pattern, onlyInOwnRun: checks.ownRunCheckRuns.some((run) => matches(run.name)) });
    for (const outcome of found) selected.add(outcome);
  }
  return { outcomes: [...selected], missing };
}

/** Nothing left to wait for: a check failed (the verdict cannot change), or all are in and done. */
export function isSettled(assessment: ChecksAssessment): boolean {
  const { outcomes, missing } = assessment;
  return (
    outcomes.some((o) => o.state === 'failed') ||
    (missing.length === 0 && outcomes.every((o) => o.state !== 'pending'))
  );
}

function checkRunOutcome(run: CheckRunFact, allow: ReadonlySet<string>): CheckOutcome {
  const base = { name: run.name, kind: 'check_run' as const, url: run.url || null };
  if (run.status !== 'completed') return { ...base, state: 'pending', result: run.status };
  const conclusion = run.conclusion ?? 'unknown';
  return { ...base, state: allow.has(conclusion) ? 'passed' : 'failed', result: conclusion };
}

/**
 * Check names are free text (`CI / test (ubuntu-latest, 20)`), not paths: `*` matches any
 * run of characters and `?` one, and every other character stands for itself. A name equal
 * to the pattern always matches.
 */
export function checkNameMatcher(pattern: string): (name: string) => boolean {
  if (!/[*?]/.test(pattern)) return (name) => name === pattern;
  const source = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`, 's');
  return (name) => name === pattern || regex.test(name);
}

function describe(outcome: CheckOutcome): string {
  return `${outcome.name} (${outcome.result})`;
}

function describeMissing(missing: MissingCheck[], checks: CommitChecks, on: string): string {
  if (missing.length === 1 && missing[0]!.pattern === '*') {
    const own = missing[0]!.onlyInOwnRun ? " besides this workflow run's own, which are ignored" : '';
    return `No checks were reported ${on}${own}`;
  }
  const names = missing.map(
    (m) =>
      `'${m.pattern}'${m.onlyInOwnRun ? ' (only in this workflow run, which is ignored so the gate never waits on itself)' : ''}`,
  );
  const reported = [...checks.checkRuns.map((r) => r.name), ...checks.statuses.map((s) => s.context)];
  const seen = reported.length ? `; reported: ${listed(reported)}` : '; no checks were reported';
  return `${missing.length === 1 ? 'Required check' : 'Required checks'} ${listed(names)} ${missing.length === 1 ? 'was' : 'were'} not reported ${on}${seen}`;
}

function waitPhrase(wait: WaitRecord | null): string {
  if (!wait || (wait.polls === 0 && !wait.timedOut)) return '';
  return ` after waiting ${duration(wait.waitedMs)}${wait.timedOut ? ' (timeout)' : ''}`;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** At most `max` items, then how many more. */
function listed(items: string[], max = 6): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function emptyChecks(): CommitChecks {
  return { sha: '', checkRuns: [], statuses: [], statusesRead: false, ownRunCheckRuns: [] };
}
