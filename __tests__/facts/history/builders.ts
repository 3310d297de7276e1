// Plain facts for the history gates, written compactly: `history('SSkFS')` is five runs, newest
// first, in which the job succeeded, succeeded, was skipped, failed, succeeded.
import type { EvalContext } from '../../../src/model/types.js';
import type { JobFact, RunWithJobs, StepFact } from '../../../src/facts/jobs.js';
import type { WorkflowRunFact } from '../../../src/facts/runs.js';

export const OWNER = 'acme';
export const REPO = 'plasmite';
export const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
export const JOB = 'windows smoke';

export function runFact(id: number, overrides: Partial<WorkflowRunFact> = {}): WorkflowRunFact {
  return {
    id,
    runNumber: id,
    attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    headBranch: 'main',
    headSha: SHA,
    htmlUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/${id}`,
    createdAt: '2026-03-04T10:00:00Z',
    checkSuiteNodeId: `CS_${id}`,
    ...overrides,
  };
}

export function jobFact(name: string, conclusion: string | null, overrides: Partial<JobFact> = {}): JobFact {
  return {
    id: null,
    name,
    status: conclusion === null ? 'in_progress' : 'completed',
    conclusion,
    htmlUrl: '',
    ...overrides,
  };
}

export function stepFact(name: string, conclusion: string | null, number = 1): StepFact {
  return { name, number, status: conclusion === null ? 'in_progress' : 'completed', conclusion };
}

/** One letter per run, newest first. */
export const LETTERS: Record<string, string | null> = {
  S: 'success',
  F: 'failure',
  T: 'timed_out',
  k: 'skipped',
  c: 'cancelled',
  x: null, // the job is absent from the run
};

/** Runs numbered down from `newest`, each with the job (per its letter) and an unrelated `lint` job. */
export function history(pattern: string, job = JOB, newest = 100): RunWithJobs[] {
  return [...pattern].map((letter, index) => {
    if (!(letter in LETTERS)) throw new Error(`unknown letter '${letter}'`);
    const conclusion = LETTERS[letter]!;
    const jobs = [jobFact('lint', 'success'), ...(conclusion ? [jobFact(job, conclusion)] : [])];
    return { run: runFact(newest - index), jobs };
  });
}

export function context(overrides: Partial<EvalContext> = {}): EvalContext {
  return {
    repository: { owner: OWNER, repo: REPO },
    ref: 'refs/heads/main',
    refName: 'main',
    tag: null,
    version: 'main',
    sha: SHA,
    buildRunId: null,
    baseTag: null,
    runId: null,
    eventPullRequest: null,
    serverUrl: 'https://github.com',
    now: new Date('2026-03-04T15:00:00Z'),
    rehearsal: false,
    expand: (template) => template,
    ...overrides,
  };
}
