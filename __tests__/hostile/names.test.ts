// Names from a workflow are anything a YAML string can hold. A failing job must never slip past
// a glob that covers it: found by the summary property, where a job named "\n|" escaped `*` and
// jobs_succeeded passed although that job had failed.
import fc from 'fast-check';
import { jobMatcher } from '../../src/gates/job-match.js';

test('`*` matches every job name, line breaks, slashes and leading dots included', () => {
  for (const name of ['\n|', '\nbuild', 'a\r\nb', '\u2028x', '.hidden', 'caller / callee', ' ', '(x)'])
    expect([name, jobMatcher('*')(name)]).toEqual([name, true]);
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => jobMatcher('*')(name)),
    { numRuns: Number(process.env.RELEASE_GATES_HOSTILE_RUNS ?? 300) * 10 },
  );
});

test('a literal name still matches only itself and its matrix legs', () => {
  const windows = jobMatcher('windows smoke');
  expect(
    ['windows smoke', 'windows smoke (x86_64)', 'windows smoke\n', 'windows  smoke'].map(windows),
  ).toEqual([true, true, false, false]);
});
