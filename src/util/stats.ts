// The few statistics metric_budgets judges on. A benchmark reports one number or the numbers
// of several runs; medians resist a single noisy run, and min/max ranges say whether two sets
// of runs could be the same distribution.

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many values were summarized. */
  count: number;
}

/** Median of a non-empty list: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : midpoint(sorted[middle - 1]!, sorted[middle]!);
}

/**
 * The mean of two numbers, `low <= high`, without overflow or underflow. `(low + high) / 2`
 * overflows for two huge values; halving each first (`low / 2 + high / 2`) underflows for two
 * tiny ones (`5e-324 / 2` is 0). Values of opposite signs cannot overflow when added; values
 * of the same sign cannot overflow when subtracted, and adding half their distance to `low`
 * lands between the two.
 */
export function midpoint(low: number, high: number): number {
  if (low === high) return low;
  if (low < 0 !== high < 0) return (low + high) / 2;
  return low + (high - low) / 2;
}

/** Median, min and max of a non-empty list. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('summary of an empty list');
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { median: median(values), min, max, count: values.length };
}

/** Whether two closed ranges share at least one point. */
export function rangesOverlap(a: Pick<Summary, 'min' | 'max'>, b: Pick<Summary, 'min' | 'max'>): boolean {
  return a.min <= b.max && b.min <= a.max;
}
