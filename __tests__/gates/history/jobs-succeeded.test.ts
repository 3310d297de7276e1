// jobs_succeeded: named jobs, and named steps in them, succeeded in the latest completed run.
import type { JobFact } from '../../../src/facts/jobs.js';
import {
  judgeJobsSucceeded,
  jobsSucceededGate,
  type JobsSucceededParams,
} from '../../../src/gates/jobs-succeeded.js';
import { workflowGreenGate } from '../../../src/gates/workflow-green.js';
import { context, jobFact, runFact, SHA, stepFact } from '../../facts/history/builders.js';
import { fakeApi, type ApiRun } from '../../facts/history/fake-api.js';

const params: JobsSucceededParams = {
  workflow: 'ci.yml',
  jobs: [
    { name: 'windows smoke', steps: ['plasmite.exe --version', 'pool roundtrip'] },
    { name: 'node remote-only smoke', steps: [] },
  ],
};
const ctx = { sha: SHA };
const run = runFact(42);
const smoke = (version: string | null, roundtrip: string | null, conclusion = 'success'): JobFact =>
  jobFact('windows smoke', conclusion, {
    htmlUrl: 'https://github.com/acme/plasmite/actions/runs/42/job/1',
    steps: [
      stepFact('checkout', 'success', 1),
      ...(version ? [stepFact('plasmite.exe --version', version, 2)] : []),
      ...(roundtrip ? [stepFact('pool roundtrip', roundtrip, 3)] : []),
    ],
  });
const node = (conclusion = 'success'): JobFact =>
  jobFact('node remote-only smoke', conclusion, { steps: [] });

describe('judgeJobsSucceeded', () => {
  it('JOBS_PASSED when every job and named step succeeded', () => {
    const verdict = judgeJobsSucceeded(
      params,
      { run, jobs: [smoke('success', 'success'), node(), jobFact('lint', 'failure')] },
      ctx,
    );
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'JOBS_PASSED',
      message: "All 2 jobs and 2 named steps succeeded in 'ci.yml' run #42 for 3f78685.",
    });
    expect(verdict.links).toEqual([
      { title: 'Run #42', url: 'https://github.com/acme/plasmite/actions/runs/42' },
    ]);
  });

  it('JOB_MISSING when a job did not run at all', () => {
    const verdict = judgeJobsSucceeded(params, { run, jobs: [smoke('success', 'success')] }, ctx);
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'JOB_MISSING',
      message: "In 'ci.yml' run #42 for 3f78685: job 'node remote-only smoke' did not run.",
    });
  });

  it('JOB_FAILED when a job concluded anything but success, skipped included', () => {
    expect(
      judgeJobsSucceeded(params, { run, jobs: [smoke('success', 'success'), node('skipped')] }, ctx),
    ).toMatchObject({
      code: 'JOB_FAILED',
      message: "In 'ci.yml' run #42 for 3f78685: job 'node remote-only smoke' concluded skipped.",
    });
  });

  it('STEP_MISSING when a named step is not in the job', () => {
    expect(judgeJobsSucceeded(params, { run, jobs: [smoke('success', null), node()] }, ctx)).toMatchObject({
      code: 'STEP_MISSING',
      message: "In 'ci.yml' run #42 for 3f78685: step 'pool roundtrip' is not in job 'windows smoke'.",
    });
  });

  it('STEP_FAILED when a named step did not succeed', () => {
    const verdict = judgeJobsSucceeded(params, { run, jobs: [smoke('success', 'skipped'), node()] }, ctx);
    expect(verdict).toMatchObject({
      code: 'STEP_FAILED',
      message:
        "In 'ci.yml' run #42 for 3f78685: step 'pool roundtrip' of job 'windows smoke' concluded skipped.",
    });
    expect(verdict.links).toContainEqual({
      title: "step 'pool roundtrip' of job 'windows smoke' concluded skipped",
      url: 'https://github.com/acme/plasmite/actions/runs/42/job/1',
    });
  });

  it('reports the most serious code and lists every problem', () => {
    const verdict = judgeJobsSucceeded(params, { run, jobs: [smoke('failure', 'skipped', 'failure')] }, ctx);
    expect(verdict.code).toBe('JOB_MISSING');
    expect(verdict.message).toBe(
      "In 'ci.yml' run #42 for 3f78685: job 'node remote-only smoke' did not run; job 'windows smoke' concluded failure; step 'plasmite.exe --version' of job 'windows smoke' concluded failure (and 1 more).",
    );
    expect((verdict.details!.problems as { code: string }[]).map((p) => p.code)).toEqual([
      'JOB_MISSING',
      'JOB_FAILED',
      'STEP_FAILED',
      'STEP_FAILED',
    ]);
    // One link for the job, however many of its steps failed.
    expect(verdict.links!.filter((l) => l.url.endsWith('/job/1'))).toHaveLength(1);
  });

  it('checks each matrix job a name covers', () => {
    const legs = [
      jobFact('windows smoke (x86_64)', 'success', { steps: [] }),
      jobFact('windows smoke (aarch64)', 'failure', { steps: [] }),
    ];
    const verdict = judgeJobsSucceeded(
      { workflow: 'ci.yml', jobs: [{ name: 'windows smoke', steps: [] }] },
      { run, jobs: legs },
      ctx,
    );
    expect(verdict).toMatchObject({
      code: 'JOB_FAILED',
      message: "In 'ci.yml' run #42 for 3f78685: job 'windows smoke (aarch64)' concluded failure.",
    });
  });

  it('NO_CI_RUN when no run of the workflow for the commit has completed', () => {
    expect(judgeJobsSucceeded(params, { run: null, jobs: [] }, ctx)).toMatchObject({
      status: 'fail',
      code: 'NO_CI_RUN',
      message: "No completed 'ci.yml' run for commit 3f78685: the jobs cannot be checked until one finishes.",
    });
  });

  it('errors (fails closed) when the commit is unknown', () => {
    expect(
      judgeJobsSucceeded(params, { run, jobs: [smoke('success', 'success'), node()] }, { sha: '' }),
    ).toMatchObject({ status: 'error', code: 'NO_COMMIT' });
  });
});

describe('jobsSucceededGate.collect', () => {
  const apiRun = (id: number, status: string, jobConclusion = 'success'): ApiRun => ({
    id,
    head_sha: SHA,
    status,
    conclusion: status === 'completed' ? 'success' : null,
    jobs: [
      {
        id: id * 10,
        name: 'windows smoke',
        conclusion: jobConclusion,
        steps: [{ name: 'plasmite.exe --version' }, { name: 'pool roundtrip' }],
      },
      { id: id * 10 + 1, name: 'node remote-only smoke' },
    ],
  });

  it('judges the latest completed run, read with steps in one GraphQL request', async () => {
    const api = fakeApi({
      runs: [apiRun(3, 'in_progress'), apiRun(2, 'completed'), apiRun(1, 'completed', 'failure')],
    });
    const facts = await jobsSucceededGate.collect(params, context(), api.facts());
    expect(facts.run!.id).toBe(2);
    expect(api.requests.map((r) => r.path)).toEqual([
      '/repos/acme/plasmite/actions/workflows/ci.yml/runs',
      '/graphql',
    ]);
    expect(api.requests[1]!.graphqlQuery).toContain('steps(');
    expect(judgeJobsSucceeded(params, facts, ctx).code).toBe('JOBS_PASSED');
  });

  it('shares the runs read with workflow_green, and leaves steps out when none are named', async () => {
    const api = fakeApi({ runs: [apiRun(2, 'completed')] });
    const store = api.facts();
    const noSteps = { workflow: 'ci.yml', jobs: [{ name: 'windows smoke', steps: [] }] };
    await Promise.all([
      jobsSucceededGate.collect(noSteps, context(), store),
      workflowGreenGate.collect({ workflow: 'ci.yml', require: 'latest' }, context(), store),
    ]);
    expect(api.requests.map((r) => r.path)).toEqual([
      '/repos/acme/plasmite/actions/workflows/ci.yml/runs',
      '/graphql',
    ]);
    expect(api.requests[1]!.graphqlQuery).not.toContain('steps(');
  });

  it('reads no jobs when no run has completed', async () => {
    const api = fakeApi({ runs: [apiRun(3, 'in_progress')] });
    expect(await jobsSucceededGate.collect(params, context(), api.facts())).toEqual({ run: null, jobs: [] });
    expect(api.requests).toHaveLength(1);
  });
});
