// Which jobs of a run a policy's `job:` means, and what that run says about them. Shared by the
// history gates (run_streak, failure_budget) and jobs_succeeded, so one name means the same
// jobs everywhere.
import picomatch from 'picomatch';
import type { Verdict } from '../model/types.js';
import type { JobFact } from '../facts/jobs.js';
import type { WorkflowRunFact } from '../facts/runs.js';

// Job names are not paths: a `/` (a reusable workflow's `caller / callee`) must not stop `*`,
// and a name like `.` or `..` is no directory for `*` to skip. Matching runs on names with `/`
// and `.` swapped for private-use characters picomatch treats as text (in the pattern too).
const SLASH_STAND_IN = '\uE000';
const DOT_STAND_IN = '\uE001';

const asText = (text: string) => text.replaceAll('/', SLASH_STAND_IN).replaceAll('.', DOT_STAND_IN);

/**
 * Matchers by pattern. A policy names a handful of patterns, and the history gates match each
 * against every run they read: compiling the glob once per run built a regular expression per
 * run, a thousand of them for a long history.
 */
const matchers = new Map<string, (name: string) => boolean>();

/**
 * A job name or a glob (picomatch). A plain name also matches its matrix jobs, which GitHub
 * names `name (value, ...)`: `windows smoke` covers `windows smoke (x86_64)`.
 */
export function jobMatcher(pattern: string): (name: string) => boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = compileMatcher(pattern);
    matchers.set(pattern, matcher);
  }
  return matcher;
}

function compileMatcher(pattern: string): (name: string) => boolean {
  const glob = picomatch(asText(pattern), { dot: true });
  return (name) =>
    name === pattern ||
    (name.startsWith(`${pattern} (`) && name.endsWith(')')) ||
    // picomatch's `*` never matches a name that starts with a line break: a failing job named
    // "\nbuild" would slip past `*`. Line breaks are matched as the spaces a summary shows.
    glob(asText(name).replace(/[\r\n\u2028\u2029]/g, ' '));
}

/**
 * What a run says about a job:
 * - `success`: every matched job that ran succeeded (skipped matrix legs aside);
 * - `failure`: a matched job concluded anything but success, skipped or cancelled;
 * - `not_run`: the job is absent, skipped, cancelled (or not finished): the run is passed over.
 */
export type JobOutcome =
  | { kind: 'success'; jobs: JobFact[] }
  | { kind: 'failure'; jobs: JobFact[]; failed: JobFact[] }
  | { kind: 'not_run'; jobs: JobFact[]; reason: 'absent' | 'skipped' | 'cancelled' };

const PASSED_OVER = new Set(['skipped', 'cancelled']);

/** A finished job that concluded anything but success, skipped or cancelled (neutral and timed_out included). */
export function jobFailed(job: JobFact): boolean {
  return (
    job.status === 'completed' &&
    job.conclusion !== null &&
    job.conclusion !== 'success' &&
    !PASSED_OVER.has(job.conclusion)
  );
}

export function jobOutcome(jobs: readonly JobFact[], pattern: string): JobOutcome {
  const matches = jobMatcher(pattern);
  const matched = jobs.filter((job) => matches(job.name));
  if (!matched.length) return { kind: 'not_run', jobs: [], reason: 'absent' };
  const failed = matched.filter(jobFailed);
  if (failed.length) return { kind: 'failure', jobs: matched, failed };
  // A cancelled (or unfinished) leg beside green ones: not every matched job succeeded, yet none failed.
  if (
    matched.some(
      (job) => job.status !== 'completed' || job.conclusion === 'cancelled' || job.conclusion === null,
    )
  ) {
    return { kind: 'not_run', jobs: matched, reason: 'cancelled' };
  }
  if (matched.some((job) => job.conclusion === 'success')) return { kind: 'success', jobs: matched };
  return { kind: 'not_run', jobs: matched, reason: 'skipped' };
}

/** The matched jobs' conclusions, for details: `success`, or `failure, success` for a matrix. */
export function conclusionsOf(jobs: readonly JobFact[]): string {
  return [...new Set(jobs.map((job) => job.conclusion ?? job.status))].join(', ');
}

/** `workflow:` in every gate that reads runs: the file name, which is what the runs API takes. */
export const WORKFLOW_FILE_SCHEMA = {
  description: "The workflow's file name under .github/workflows/ (e.g. ci.yml), not its display name.",
  type: 'string',
  pattern: '\\.ya?ml$',
} as const;

/** `branch:` and `event:` in the history gates: which runs make up the history. */
export const HISTORY_FILTER_SCHEMAS = {
  branch: {
    description: 'Branch whose runs count; the default branch when absent.',
    type: 'string',
    minLength: 1,
  },
  event: {
    description:
      'Only runs triggered by this event count; a list takes several ([push, schedule]: a nightly run on the branch is one of its runs too).',
    oneOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
    ],
    default: 'push',
  },
} as const;

/** `push` or `push, schedule`, as messages name the events of a history. */
export function eventsLabel(event: string | readonly string[]): string {
  return typeof event === 'string' ? event : event.join(', ');
}

/** `job:` in the history gates. */
export const JOB_NAME_SCHEMA = {
  description:
    "A job's name as GitHub shows it, or a glob (picomatch); a plain name also matches its matrix jobs, 'name (…)'.",
  type: 'string',
  minLength: 1,
} as const;

/**
 * The commit gates judge runs *for a commit*; without one (the ref did not resolve) they cannot
 * look, and must not pass.
 */
export function noCommitVerdict(workflow: string): Verdict {
  return {
    status: 'error',
    code: 'NO_COMMIT',
    message: `The commit under evaluation is unknown, so '${workflow}' runs for it cannot be found: set the sha input, or a ref that resolves to a commit.`,
    details: { workflow },
  };
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** `'ci.yml' run #42 (attempt 2) for abc1234`, as messages name a run. */
export function runLabel(workflow: string, run: WorkflowRunFact, commit: string): string {
  return `'${workflow}' run #${run.runNumber}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ''} for ${commit}`;
}
