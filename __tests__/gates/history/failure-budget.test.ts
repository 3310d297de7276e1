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
import { context, history, JOB } from '../../facts/history/builders.js';
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

describe('failureBudgetGate.checkParams', () => {
  it('refuses a budget that could never be exceeded', () => {
    expect(() => failureBudgetGate.checkParams!(params({ window: 3, max_failures: 3 }))).toThrow(GateError);
    expect(() => failureBudgetGate.checkParams!(params())).not.toThrow();
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
