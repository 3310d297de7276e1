// required_checks: the commit's CI is green. Every named check (or, with `all`, every check
// reported) must be present and concluded in `allow`.
//
// Waiting is I/O, so it lives in `collect`: while a required check is still running (or not
// reported yet), the checks are read again every `interval_seconds` until `timeout_minutes`,
// through the fact store's sleep and monotonic clock (tests pass fakes). The judge then
// decides on the last reading, and knows how long was waited from the facts alone.
import type { EvalContext, Link, Verdict } from '../model/types.js';
import { checksOfCommit, type CheckRunFact, type CommitChecks } from '../facts/checks.js';
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

/** How a wait went: how often the checks were read again and for how long. */
export interface WaitRecord {
  polls: number;
  waitedMs: number;
  timeoutMs: number;
  timedOut: boolean;
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
    const read = (fresh: boolean): Promise<CommitChecks> =>
      checksOfCommit(facts, ctx.repository, ctx.sha, {
        ownRunId: ctx.runId,
        includeStatuses: params.include_statuses,
        fresh,
      });
    let checks = await read(false);
    if (!params.wait) return { checks, wait: null };
    const timeoutMs = params.wait.timeout_minutes * 60_000;
    const intervalMs = params.wait.interval_seconds * 1000;
    const started = facts.monotonicNow();
    let polls = 0;
    for (;;) {
      const waitedMs = facts.monotonicNow() - started;
      if (isSettled(assessChecks(params, checks)))
        return { checks, wait: { polls, waitedMs, timeoutMs, timedOut: false } };
      if (waitedMs >= timeoutMs) return { checks, wait: { polls, waitedMs, timeoutMs, timedOut: true } };
      // The last sleep ends at the deadline, so the final reading happens then.
      await facts.sleep(Math.min(intervalMs, timeoutMs - waitedMs));
      checks = await read(true);
      polls++;
    }
  },
  judge: judgeRequiredChecks,
};

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
