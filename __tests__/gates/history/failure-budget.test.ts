// failure_budget: failures of a job in its latest runs on a branch; over budget fails and demotes.
import { GateError } from '../../../src/model/types.js';
import {
  budgetWindow,
  failureBudgetGate,
  judgeFailureBudget,
  type BudgetFacts,
  type FailureBudgetParams,
} from '../../../src/gates/failure-budget.js';
import { judgeRunStreak, runStreakGate } from '../../../src/gates/run-streak.js';
import fc from 'fast-check';
import { context, history, JOB, SHA } from '../../facts/history/builders.js';
import { fakeApi, greenRuns, type ApiRun } from '../../facts/history/fake-api.js';

const params = (overrides: Partial<FailureBudgetParams> = {}): FailureBudgetParams => ({
  workflow: 'ci.yml',
  job: JOB,
  branch: 'main',
  event: 'push',
  window: 5,
  max_failures: 1,
  ...overrides,
});

const facts = (pattern: string): BudgetFacts => ({
  branch: 'main',
  history: history(pattern),
  complete: true,
});

describe('judgeFailureBudget', () => {
  it('exceeds the budget with 2 failures in the latest 5, and demotes', () => {
    const verdict = judgeFailureBudget(params(), facts('SFSFSSSS'));
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'BUDGET_EXCEEDED',
      message: "2 failures in the latest 5 'windows smoke' runs on main (budget 1): demote",
      demote: true,
    });
    expect(verdict.links).toEqual([
      { title: 'Run #99: failure', url: 'https://github.com/acme/plasmite/actions/runs/99' },
      { title: 'Run #97: failure', url: 'https://github.com/acme/plasmite/actions/runs/97' },
    ]);
  });

  it('stays within budget with 1 failure, and does not demote', () => {
    const verdict = judgeFailureBudget(params(), facts('SFSSSFFF'));
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'WITHIN_BUDGET',
      message: "1 failure in the latest 5 'windows smoke' runs on main (budget 1)",
      demote: false,
    });
    expect(verdict.details).toMatchObject({ failures: 1, window: 5, max_failures: 1 });
  });

  it('counts only runs where the job ran: skipped, cancelled and absent runs widen the window', () => {
    // Six runs, three where the job ran: a partial window, said so.
    const verdict = judgeFailureBudget(params(), facts('SkcxSF'));
    expect(verdict).toMatchObject({
      code: 'WITHIN_BUDGET',
      message: "1 failure in the latest 3 'windows smoke' runs on main (budget 1; only 3 of the 5 ran)",
    });
    const wider = judgeFailureBudget(params(), facts('SkcxSFFSS'));
    expect(wider).toMatchObject({ code: 'BUDGET_EXCEEDED', demote: true });
    expect((wider.details!.runs as { id: number }[]).map((r) => r.id)).toEqual([100, 96, 95, 94, 93]);
  });

  it('treats timed_out and other non-green conclusions as failures', () => {
    expect(judgeFailureBudget(params(), facts('TTSSS'))).toMatchObject({ code: 'BUDGET_EXCEEDED' });
  });

  it('fails closed with NO_RUNS when the job never ran (without demoting)', () => {
    const verdict = judgeFailureBudget(params(), facts('xxkc'));
    expect(verdict).toMatchObject({ status: 'fail', code: 'NO_RUNS', demote: false });
    expect(verdict.message).toBe(
      "No completed 'ci.yml' run on main (push) in which 'windows smoke' ran; looked at 4 runs.",
    );
  });

  it('respects max_failures 0', () => {
    expect(judgeFailureBudget(params({ max_failures: 0 }), facts('SSSSF'))).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      message: "1 failure in the latest 5 'windows smoke' runs on main (budget 0): demote",
    });
  });

  it('takes the newest `window` runs where the job ran', () => {
    expect(budgetWindow(history('kSFxS'), JOB, 2).map((r) => [r.entry.run.id, r.failed])).toEqual([
      [99, false],
      [98, true],
    ]);
  });
});

describe("demote_at, the runbook's words", () => {
  const runbook = (overrides: Partial<FailureBudgetParams> = {}): FailureBudgetParams =>
    params({ max_failures: undefined, demote_at: 2, ...overrides });

  it('demote_at: 2 in a window of 5 demotes on exactly 2 failures, not on 1', () => {
    expect(judgeFailureBudget(runbook(), facts('SFSFS'))).toMatchObject({
      status: 'fail',
      code: 'BUDGET_EXCEEDED',
      message: "2 failures in the latest 5 'windows smoke' runs on main (demote at 2): demote",
      demote: true,
    });
    expect(judgeFailureBudget(runbook(), facts('SFSSS'))).toMatchObject({
      status: 'pass',
      code: 'WITHIN_BUDGET',
      message: "1 failure in the latest 5 'windows smoke' runs on main (demote at 2)",
      demote: false,
    });
  });

  it('decides as max_failures = demote_at - 1 on every history (property)', () => {
    const letter = fc.constantFrom('S', 'F', 'k', 'x', 'T');
    fc.assert(
      fc.property(
        fc.array(letter, { maxLength: 20 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (pattern, window, demoteAt) => {
          fc.pre(demoteAt <= window);
          const history = facts(pattern.join(''));
          const byDemoteAt = judgeFailureBudget(runbook({ window, demote_at: demoteAt }), history);
          const byMax = judgeFailureBudget(params({ window, max_failures: demoteAt - 1 }), history);
          return byDemoteAt.status === byMax.status && byDemoteAt.demote === byMax.demote;
        },
      ),
      { seed: 14 },
    );
  });

  it('reports the rule both ways in details', () => {
    expect(judgeFailureBudget(runbook(), facts('SSSSS')).details).toMatchObject({
      window: 5,
      max_failures: 1,
      demote_at: 2,
      window_source: 'window',
      budget_source: 'demote_at',
    });
  });
});

describe('window_from and demote_at_from', () => {
  const ciFile = '.github/workflows/ci.yml';
  const fromCi = (overrides: Partial<FailureBudgetParams> = {}): FailureBudgetParams =>
    params({
      window: undefined,
      max_failures: undefined,
      window_from: { file: ciFile, env: 'WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS' },
      demote_at_from: { file: ciFile, env: 'WINDOWS_SMOKE_ROLLBACK_FAILURES' },
      ...overrides,
    });
  const withEnv = (env: Record<string, unknown>, pattern = 'SFSFS'): BudgetFacts => ({
    ...facts(pattern),
    envFiles: { [ciFile]: { kind: 'ok', path: ciFile, ref: 'abc', env } },
  });

  it('reads both numbers from the workflow file, written as strings as workflows do', () => {
    const verdict = judgeFailureBudget(
      fromCi(),
      withEnv({ WINDOWS_SMOKE_ROLLBACK_FAILURES: '2', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '5' }),
    );
    expect(verdict).toMatchObject({ code: 'BUDGET_EXCEEDED', demote: true });
    expect(verdict.details).toMatchObject({
      window: 5,
      demote_at: 2,
      window_source: `${ciFile}#env.WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS`,
      budget_source: `${ciFile}#env.WINDOWS_SMOKE_ROLLBACK_FAILURES`,
    });
    expect(
      judgeFailureBudget(
        fromCi(),
        withEnv({ WINDOWS_SMOKE_ROLLBACK_FAILURES: 3, WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: 5 }),
      ).code,
    ).toBe('WITHIN_BUDGET');
  });

  it.each([
    [
      { WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '5' },
      'DEMOTE_AT_FROM_INVALID',
      'has no WINDOWS_SMOKE_ROLLBACK_FAILURES under its top-level env',
    ],
    [
      { WINDOWS_SMOKE_ROLLBACK_FAILURES: 'two', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '5' },
      'DEMOTE_AT_FROM_INVALID',
      'WINDOWS_SMOKE_ROLLBACK_FAILURES in .github/workflows/ci.yml at abc is "two", not a positive integer',
    ],
    [
      { WINDOWS_SMOKE_ROLLBACK_FAILURES: '2', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '0' },
      'WINDOW_FROM_INVALID',
      'WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS in .github/workflows/ci.yml at abc is "0", not a positive integer',
    ],
    [
      { WINDOWS_SMOKE_ROLLBACK_FAILURES: '2', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: [5] },
      'WINDOW_FROM_INVALID',
      'is [5], not a positive integer',
    ],
    [
      { WINDOWS_SMOKE_ROLLBACK_FAILURES: '6', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '5' },
      'DEMOTE_AT_FROM_INVALID',
      'cannot happen in a window of 5 runs',
    ],
    [
      { WINDOWS_SMOKE_ROLLBACK_FAILURES: '2', WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: '101' },
      'WINDOW_FROM_INVALID',
      'more than the 100 runs a window may hold',
    ],
  ])('an unusable value is an error naming file and variable: %j', (env, code, text) => {
    const verdict = judgeFailureBudget(fromCi(), withEnv(env));
    expect(verdict).toMatchObject({ status: 'error', code, demote: false });
    expect(verdict.message).toContain(text);
  });

  it('a missing or unparsable workflow file is an error, never a default', () => {
    const missing: BudgetFacts = {
      ...facts('SFSFS'),
      envFiles: { [ciFile]: { kind: 'missing', path: ciFile, ref: 'abc' } },
    };
    expect(judgeFailureBudget(fromCi(), missing)).toMatchObject({
      status: 'error',
      code: 'WINDOW_FROM_INVALID',
      message: `window_from: ${ciFile} at abc does not exist, so WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS cannot be read.`,
    });
    expect(judgeFailureBudget(fromCi(), facts('SFSFS'))).toMatchObject({
      status: 'error',
      code: 'WINDOW_FROM_INVALID',
    });
  });

  it('collect reads the file at the commit once, and no history when a value is unusable', async () => {
    const text = 'env:\n  WINDOWS_SMOKE_ROLLBACK_FAILURES: "2"\n  WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: "5"\n';
    const api = fakeApi({ runs: greenRuns(10), files: { [`${ciFile}@${SHA}`]: text } });
    const gotten = await failureBudgetGate.collect(fromCi(), context(), api.facts());
    expect(api.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(1);
    expect(judgeFailureBudget(fromCi(), gotten)).toMatchObject({
      code: 'WITHIN_BUDGET',
      details: { window: 5 },
    });

    const bad = fakeApi({ runs: greenRuns(10), files: { [`${ciFile}@${SHA}`]: 'env:\n  X: 1\n' } });
    const none = await failureBudgetGate.collect(fromCi(), context(), bad.facts());
    expect(bad.requests).toHaveLength(1);
    expect(bad.requests[0]!.path).toContain('/contents/');
    expect(judgeFailureBudget(fromCi(), none)).toMatchObject({
      status: 'error',
      code: 'WINDOW_FROM_INVALID',
    });
  });
});

describe('failureBudgetGate.checkParams', () => {
  it('refuses a budget that could never be exceeded', () => {
    expect(() => failureBudgetGate.checkParams!(params({ window: 3, max_failures: 3 }))).toThrow(GateError);
    expect(() => failureBudgetGate.checkParams!(params())).not.toThrow();
    expect(() =>
      failureBudgetGate.checkParams!(params({ max_failures: undefined, window: 3, demote_at: 4 })),
    ).toThrow(/demote_at 4 - 1 is not below window 3/);
    expect(() =>
      failureBudgetGate.checkParams!(params({ max_failures: undefined, window: 3, demote_at: 3 })),
    ).not.toThrow();
  });

  it('takes one of max_failures, demote_at and demote_at_from, and one of window and window_from', () => {
    const from = { file: '.github/workflows/ci.yml', env: 'N' };
    expect(() => failureBudgetGate.checkParams!(params({ demote_at: 2 }))).toThrow(
      /not max_failures and demote_at/,
    );
    expect(() =>
      failureBudgetGate.checkParams!(params({ max_failures: undefined, demote_at: 2, demote_at_from: from })),
    ).toThrow(/not demote_at and demote_at_from/);
    expect(() => failureBudgetGate.checkParams!(params({ window_from: from }))).toThrow(
      /window or window_from, not both/,
    );
    expect(() =>
      failureBudgetGate.checkParams!(
        params({ window: undefined, max_failures: undefined, window_from: from, demote_at: 2 }),
      ),
    ).not.toThrow();
  });
});

describe('failure_budget with run_streak on the same history', () => {
  const ctx = context();

  it('reads 100 runs of history once for both gates: one page and one GraphQL request', async () => {
    const api = fakeApi({ runs: greenRuns(100) });
    const facts = api.facts();
    const streakParams = {
      workflow: 'ci.yml',
      job: JOB,
      branch: 'main',
      event: 'push',
      count: 10,
      max_runs: 200,
      reruns: 'count' as const,
    };
    const [streak, budget] = await Promise.all([
      runStreakGate.collect(streakParams, ctx, facts),
      failureBudgetGate.collect(params(), ctx, facts),
    ]);
    expect(api.requests).toHaveLength(2);
    expect(judgeRunStreak(streakParams, streak).code).toBe('STREAK_MET');
    expect(judgeFailureBudget(params(), budget).code).toBe('WITHIN_BUDGET');
  });

  it('pages past runs where the job did not run until the window is full', async () => {
    const skipped: ApiRun[] = Array.from({ length: 100 }, (_, i) => ({
      id: 1000 - i,
      jobs: [{ id: 5000 + i, name: JOB, conclusion: 'skipped' }],
    }));
    const api = fakeApi({ runs: [...skipped, ...greenRuns(100, 900)] });
    const budget = await failureBudgetGate.collect(params(), ctx, api.facts());
    expect(api.requests).toHaveLength(4);
    expect(judgeFailureBudget(params(), budget)).toMatchObject({
      code: 'WITHIN_BUDGET',
      message: "0 failures in the latest 5 'windows smoke' runs on main (budget 1)",
    });
  });
});
