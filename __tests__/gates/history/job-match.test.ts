// jobMatcher and jobOutcome: which jobs `job:` means, and what one run says about them.
import { conclusionsOf, jobMatcher, jobOutcome } from '../../../src/gates/job-match.js';
import { jobFact } from '../../facts/history/builders.js';

describe('jobMatcher', () => {
  it.each([
    ['windows smoke', 'windows smoke', true],
    ['windows smoke', 'Windows smoke', false],
    ['windows smoke', 'windows smoke (x86_64)', true],
    ['windows smoke', 'windows smoke (x86_64, msvc)', true],
    ['windows smoke', 'windows smoke tests', false],
    ['windows smoke', 'windows smoke (x86_64', false],
    ['windows smoke (x86_64)', 'windows smoke (x86_64)', true],
    ['windows smoke (x86_64)', 'windows smoke (aarch64)', false],
    ['windows smoke*', 'windows smoke (aarch64)', true],
    ['* smoke', 'linux smoke', true],
    ['* smoke', 'linux smoke (a)', false],
    ['ci / *', 'ci / windows smoke', true],
    ['windows*', 'windows / smoke', true],
    ['[bracket] job', '[bracket] job', true],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(jobMatcher(pattern)(name)).toBe(expected);
  });
});

describe('jobOutcome', () => {
  const run = (...jobs: [string, string | null][]) =>
    jobs.map(([name, conclusion]) => jobFact(name, conclusion));

  it('is absent when no job matches', () => {
    expect(jobOutcome(run(['lint', 'success']), 'windows smoke')).toEqual({
      kind: 'not_run',
      jobs: [],
      reason: 'absent',
    });
  });

  it.each([
    ['success', 'success'],
    ['failure', 'failure'],
    ['timed_out', 'failure'],
    ['startup_failure', 'failure'],
    ['action_required', 'failure'],
    ['neutral', 'failure'],
    ['stale', 'failure'],
    ['skipped', 'not_run'],
    ['cancelled', 'not_run'],
  ])('one job concluding %s is a %s', (conclusion, kind) => {
    expect(jobOutcome(run(['windows smoke', conclusion]), 'windows smoke').kind).toBe(kind);
  });

  it('a matrix counts only when every leg that ran succeeded', () => {
    const smoke = 'windows smoke';
    expect(jobOutcome(run([`${smoke} (a)`, 'success'], [`${smoke} (b)`, 'success']), smoke).kind).toBe(
      'success',
    );
    expect(jobOutcome(run([`${smoke} (a)`, 'success'], [`${smoke} (b)`, 'failure']), smoke)).toMatchObject({
      kind: 'failure',
      failed: [{ name: `${smoke} (b)` }],
    });
    expect(jobOutcome(run([`${smoke} (a)`, 'success'], [`${smoke} (b)`, 'skipped']), smoke).kind).toBe(
      'success',
    );
    expect(jobOutcome(run([`${smoke} (a)`, 'skipped'], [`${smoke} (b)`, 'skipped']), smoke)).toMatchObject({
      kind: 'not_run',
      reason: 'skipped',
    });
    // A cancelled leg beside a green one: not all succeeded, none failed: passed over.
    expect(jobOutcome(run([`${smoke} (a)`, 'success'], [`${smoke} (b)`, 'cancelled']), smoke)).toMatchObject({
      kind: 'not_run',
      reason: 'cancelled',
    });
    // A failure wins over a cancellation (fail-fast cancels the other legs).
    expect(jobOutcome(run([`${smoke} (a)`, 'failure'], [`${smoke} (b)`, 'cancelled']), smoke).kind).toBe(
      'failure',
    );
  });

  it('passes over a job that has not finished', () => {
    expect(jobOutcome(run(['windows smoke', null]), 'windows smoke')).toMatchObject({
      kind: 'not_run',
      reason: 'cancelled',
    });
  });

  it('summarises conclusions without repeats', () => {
    expect(conclusionsOf(run(['a', 'success'], ['b', 'failure'], ['c', 'success']))).toBe('success, failure');
  });
});
