import { InputError } from './inputs.js';

/** The evaluation time: RELEASE_GATES_NOW (an ISO time, for tests and replays) or the clock. */
export function evaluationTime(
  env: Readonly<Record<string, string | undefined>>,
  clock: () => Date = () => new Date(),
): Date {
  const fixed = env.RELEASE_GATES_NOW?.trim();
  if (!fixed) return clock();
  // Require an explicit offset: a bare local time would depend on the runner's zone.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
  const date = new Date(fixed);
  if (!iso.test(fixed) || Number.isNaN(date.getTime())) {
    throw new InputError(
      `Invalid RELEASE_GATES_NOW '${fixed}'. Expected an ISO 8601 time with an offset, e.g. 2026-11-21T14:00:00Z.`,
    );
  }
  return date;
}

/**
 * Milliseconds on a clock that only moves forward, for durations and deadlines. Not
 * `performance.now()`: the first use of `performance` loads perf_hooks, about 2 ms at start.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
