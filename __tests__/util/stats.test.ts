// Statistics metric_budgets judges on: medians of odd and even lists, and run ranges.
import fc from 'fast-check';
import { median, midpoint, rangesOverlap, summarize } from '../../src/util/stats.js';

describe('median', () => {
  test('of an odd list is the middle value, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5])).toBe(5);
    expect(median([9, -1, 4, 4, 7])).toBe(4);
  });

  test('of an even list is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
    expect(median([1, 1, 1, 100])).toBe(1);
  });

  test('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('stays finite for the largest numbers', () => {
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
  });

  test('stays exact for the smallest numbers (halving each first underflows to 0)', () => {
    expect(median([5e-324, 5e-324])).toBe(5e-324);
    expect(median([-5e-324, -5e-324])).toBe(-5e-324);
    expect(median([Number.MIN_VALUE, 3 * Number.MIN_VALUE])).toBe(2 * Number.MIN_VALUE);
  });

  test('stays finite for the largest numbers of opposite signs', () => {
    expect(median([-Number.MAX_VALUE, Number.MAX_VALUE])).toBe(0);
    expect(median([-Number.MAX_VALUE, -Number.MAX_VALUE])).toBe(-Number.MAX_VALUE);
  });

  test('of an empty list throws', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  test('lies between min and max, and half the values are on each side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
          minLength: 1,
          maxLength: 50,
        }),
        (values) => {
          const m = median(values);
          expect(m).toBeGreaterThanOrEqual(Math.min(...values));
          expect(m).toBeLessThanOrEqual(Math.max(...values));
          expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
          expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('midpoint', () => {
  // Every finite double, subnormals and the extremes included.
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  test('lies between its two values, for every pair of finite doubles', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const m = midpoint(low, high);
        expect(Number.isFinite(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(low);
        expect(m).toBeLessThanOrEqual(high);
      }),
      { numRuns: 2000 },
    );
  });

  test('of a value with itself is that value', () => {
    fc.assert(
      fc.property(finite, (a) => {
        expect(midpoint(a, a)).toBe(a);
      }),
    );
  });

  test('is the exact mean where the mean is representable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        (a, d) => {
          expect(midpoint(a, a + 2 * d)).toBe(a + d);
        },
      ),
    );
  });
});

describe('summarize', () => {
  test('gives median, min, max and count', () => {
    expect(summarize([0.012, 0.011, 0.015, 0.013])).toEqual({
      median: 0.0125,
      min: 0.011,
      max: 0.015,
      count: 4,
    });
    expect(summarize([7])).toEqual({ median: 7, min: 7, max: 7, count: 1 });
  });

  test('of an empty list throws', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('rangesOverlap', () => {
  test.each([
    [{ min: 1, max: 2 }, { min: 3, max: 4 }, false],
    [{ min: 1, max: 3 }, { min: 3, max: 4 }, true],
    [{ min: 1, max: 5 }, { min: 2, max: 3 }, true],
    [{ min: 5, max: 5 }, { min: 5, max: 5 }, true],
    [{ min: 4.1, max: 6 }, { min: 1, max: 4 }, false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });
});
