// Small helpers to write scenarios in tests: deterministic shas, commit chains, run histories and
// jobs, so a 1000-run history is one call. Everything here returns plain scenario objects.
import { createHash } from 'node:crypto';
import type { CommitSpec, Conclusion, JobSpec, RunSpec, Scenario, StepSpec } from './scenario.js';

/** A 40-hex sha that is always the same for the same seed. */
export function shaOf(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** `count` commits, oldest first, each the parent of the next; shas come from `seed`. */
export function commitChain(count: number, seed = 'main', parent?: string): CommitSpec[] {
  const commits: CommitSpec[] = [];
  for (let index = 0; index < count; index++) {
    const previous = index === 0 ? parent : commits[index - 1].sha;
    commits.push({
      sha: shaOf(`${seed}#${index + 1}`),
      parents: previous ? [previous] : [],
      message: `${seed}: commit ${index + 1}`,
      date: new Date(Date.parse('2026-01-01T00:00:00Z') + index * 3_600_000).toISOString(),
    });
  }
  return commits;
}

export interface RunHistoryOptions {
  /** Default 'ci.yml'. */
  workflow?: string;
  /** Creation time of the newest run; older ones are an hour apart. Default 2026-03-01T12:00:00Z. */
  newestAt?: string;
  /** Hours between runs; default 1. */
  spacingHours?: number;
}

/**
 * A run history, **newest first**: `index` 0 is the latest run. Each run defaults to a successful
 * push to main of `options.workflow`, on a sha of its own; `customize` overrides any field.
 *
 *   makeRuns(1000, (i) => ({ jobs: [makeJob('windows smoke', i < 3 ? 'success' : 'failure')] }))
 */
export function makeRuns(
  count: number,
  customize: (index: number) => Partial<RunSpec> = () => ({}),
  options: RunHistoryOptions = {},
): RunSpec[] {
  const workflow = options.workflow ?? 'ci.yml';
  const newest = Date.parse(options.newestAt ?? '2026-03-01T12:00:00Z');
  const spacing = (options.spacingHours ?? 1) * 3_600_000;
  return Array.from({ length: count }, (_, index) => ({
    workflow,
    head_branch: 'main',
    head_sha: shaOf(`${workflow} run ${count - index}`),
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    created_at: new Date(newest - index * spacing).toISOString(),
    ...customize(index),
  }));
}

/** A completed job; steps given by name share the job's conclusion. */
export function makeJob(
  name: string,
  conclusion: Conclusion | null = 'success',
  options: Omit<Partial<JobSpec>, 'steps'> & { steps?: (string | StepSpec)[] } = {},
): JobSpec {
  const { steps = [], ...rest } = options;
  return {
    name,
    status: conclusion === null ? 'in_progress' : 'completed',
    conclusion,
    ...rest,
    steps: steps.map((step) => (typeof step === 'string' ? { name: step, conclusion } : step)),
  };
}

/** A scenario with just a repository (acme/widgets, default branch main); spread more into it. */
export function minimalScenario(overrides: Partial<Scenario> = {}): Scenario {
  return { repository: { owner: 'acme', name: 'widgets', default_branch: 'main' }, ...overrides };
}
