// workflow_green: the workflow's run for the commit under evaluation succeeded.
import type { WorkflowRunFact } from '../../../src/facts/runs.js';
import {
  judgeWorkflowGreen,
  workflowGreenGate,
  type WorkflowGreenParams,
} from '../../../src/gates/workflow-green.js';
import { context, runFact, SHA } from '../../facts/history/builders.js';
import { fakeApi } from '../../facts/history/fake-api.js';

const latest: WorkflowGreenParams = { workflow: 'ci.yml', require: 'latest' };
const any: WorkflowGreenParams = { workflow: 'ci.yml', require: 'any' };
const ctx = { sha: SHA };
const run = (id: number, status: string, conclusion: string | null, attempt = 1): WorkflowRunFact =>
  runFact(id, { status, conclusion, attempt });

describe('judgeWorkflowGreen', () => {
  it('CI_GREEN when the latest run succeeded', () => {
    const verdict = judgeWorkflowGreen(
      latest,
      { runs: [run(7, 'completed', 'success'), run(6, 'completed', 'failure')] },
      ctx,
    );
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'CI_GREEN',
      message: "'ci.yml' run #7 for 3f78685 succeeded.",
    });
    expect(verdict.links).toEqual([
      { title: 'Run #7', url: 'https://github.com/acme/plasmite/actions/runs/7' },
    ]);
  });

  it('CI_PENDING while the latest run is still going (a re-run included)', () => {
    expect(
      judgeWorkflowGreen(
        latest,
        { runs: [run(7, 'in_progress', null, 2), run(6, 'completed', 'success')] },
        ctx,
      ),
    ).toMatchObject({
      status: 'fail',
      code: 'CI_PENDING',
      message:
        "'ci.yml' run #7 (attempt 2) for 3f78685 is still in progress; evaluate again when it finishes.",
    });
  });

  it('CI_FAILED when the latest run concluded anything but success', () => {
    for (const conclusion of ['failure', 'cancelled', 'timed_out', 'skipped']) {
      expect(
        judgeWorkflowGreen(
          latest,
          { runs: [run(7, 'completed', conclusion), run(6, 'completed', 'success')] },
          ctx,
        ),
      ).toMatchObject({
        status: 'fail',
        code: 'CI_FAILED',
        message: `'ci.yml' run #7 for 3f78685 concluded ${conclusion}.`,
      });
    }
  });

  it('NO_CI_RUN when the workflow never ran for the commit', () => {
    expect(judgeWorkflowGreen(latest, { runs: [] }, ctx)).toMatchObject({
      status: 'fail',
      code: 'NO_CI_RUN',
      message: "No 'ci.yml' run for commit 3f78685: push it, or check the workflow's triggers.",
    });
    expect(judgeWorkflowGreen(any, { runs: [] }, ctx).code).toBe('NO_CI_RUN');
  });

  it('require any: one successful completed run is enough', () => {
    const runs = [
      run(8, 'in_progress', null),
      run(7, 'completed', 'failure'),
      run(6, 'completed', 'success'),
    ];
    expect(judgeWorkflowGreen(any, { runs }, ctx)).toMatchObject({
      code: 'CI_GREEN',
      message: "'ci.yml' run #6 for 3f78685 succeeded.",
    });
    expect(judgeWorkflowGreen(any, { runs: runs.slice(0, 2) }, ctx).code).toBe('CI_PENDING');
    expect(judgeWorkflowGreen(any, { runs: runs.slice(1, 2) }, ctx).code).toBe('CI_FAILED');
  });

  it('errors (fails closed) when the commit is unknown', () => {
    expect(judgeWorkflowGreen(latest, { runs: [run(7, 'completed', 'success')] }, { sha: '' })).toMatchObject(
      { status: 'error', code: 'NO_COMMIT' },
    );
  });
});

describe('workflowGreenGate.collect', () => {
  it("lists the workflow's runs for the commit, any status, in one request", async () => {
    const api = fakeApi({
      runs: [
        { id: 3, head_sha: SHA, status: 'in_progress' },
        { id: 2, head_sha: 'other' },
        { id: 1, head_sha: SHA },
      ],
    });
    const facts = await workflowGreenGate.collect(latest, context(), api.facts());
    expect(facts.runs.map((r) => r.id)).toEqual([3, 1]);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.query.head_sha).toBe(SHA);
    expect(api.requests[0]!.query.status).toBeUndefined();
  });

  it('reads nothing without a commit', async () => {
    const api = fakeApi({ runs: [] });
    expect(await workflowGreenGate.collect(latest, context({ sha: '' }), api.facts())).toEqual({ runs: [] });
    expect(api.requests).toHaveLength(0);
  });
});
