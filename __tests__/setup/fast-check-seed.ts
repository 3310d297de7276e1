// One fast-check seed for a whole test run, so any failing property can be replayed:
// FC_SEED=<seed> runs every property with exactly the values of the run that failed
// (fast-check's failure message gives the seed and the path to the counterexample).

/** The seed named by FC_SEED, or a fresh random one when it is unset or empty. */
export function chooseSeed(value: string | undefined, random: () => number = Math.random): number {
  if (value === undefined || value.trim() === '') return Math.floor(random() * 2 ** 31);
  const seed = Number(value.trim());
  if (!Number.isSafeInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 31) {
    throw new Error(`Invalid FC_SEED '${value}'. Expected a 32-bit integer, e.g. FC_SEED=1234.`);
  }
  return seed;
}

/**
 * Parameters for `fc.assert` with a run count and an optional seed. `{ numRuns, seed }` with
 * `seed: undefined` would replace the global seed with a random one that is never printed;
 * the seed is named only when there is one.
 */
export function propertyParameters(numRuns: number, seed?: number): { numRuns: number; seed?: number } {
  return seed === undefined ? { numRuns } : { numRuns, seed };
}
