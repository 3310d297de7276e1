// The run's fast-check seed: chosen once (FC_SEED or fresh), and it reaches every property.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { chooseSeed, propertyParameters } from './fast-check-seed.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('chooseSeed', () => {
  test('takes FC_SEED when set', () => {
    expect(chooseSeed('1234')).toBe(1234);
    expect(chooseSeed(' -7 ')).toBe(-7);
    expect(chooseSeed('0')).toBe(0);
  });

  test('draws a fresh 31-bit seed when FC_SEED is unset or empty', () => {
    expect(chooseSeed(undefined, () => 0.5)).toBe(2 ** 30);
    expect(chooseSeed('', () => 0)).toBe(0);
    expect(chooseSeed(undefined, () => 0.999999999)).toBeLessThan(2 ** 31);
  });

  test.each(['abc', '1.5', '4294967296', '1e3x', 'NaN'])('refuses FC_SEED %j, quoting it', (value) => {
    expect(() => chooseSeed(value)).toThrow(`Invalid FC_SEED '${value}'`);
  });
});

describe('the global configuration', () => {
  test('every property in this file runs with the run seed, FC_SEED', () => {
    const seed = Number(process.env.FC_SEED);
    expect(Number.isInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal()?.seed).toBe(seed);
    const details = fc.check(fc.property(fc.nat(), (n) => n < 0));
    expect(details.failed).toBe(true);
    expect(details.seed).toBe(seed);
  });

  test('a failing property reports the seed to replay it', () => {
    const seed = Number(process.env.FC_SEED);
    let message = '';
    try {
      fc.assert(fc.property(fc.integer(), (n) => n !== n));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`seed: ${seed}, path:`);
  });

  test('the same seed gives the same values', () => {
    expect(fc.sample(fc.integer(), 20)).toEqual(fc.sample(fc.integer(), 20));
  });
});

describe('propertyParameters', () => {
  test('names a seed only when there is one, so the global seed applies otherwise', () => {
    expect(propertyParameters(10)).toEqual({ numRuns: 10 });
    expect('seed' in propertyParameters(10, undefined)).toBe(false);
    expect(propertyParameters(10, 42)).toEqual({ numRuns: 10, seed: 42 });
    const details = fc.check(
      fc.property(fc.nat(), (n) => n < 0),
      propertyParameters(5),
    );
    expect(details.seed).toBe(Number(process.env.FC_SEED));
  });
});

describe('the property test files CI runs again with a fresh seed', () => {
  const listed = spawnSync(process.execPath, ['scripts/property-tests.mjs'], { cwd: ROOT, encoding: 'utf8' })
    .stdout.trim()
    .split('\n');

  test('include files that import fast-check and files whose helper beside them does', () => {
    expect(listed).toContain('__tests__/util/stats.test.ts');
    expect(listed).toContain('__tests__/setup/fast-check-seed.test.ts');
    // properties.test.ts runs the properties written in properties.ts.
    expect(listed).toContain('__tests__/hostile/properties.test.ts');
  });

  test('leave out tests without properties, and the integration tests', () => {
    expect(listed).not.toContain('__tests__/inputs.test.ts');
    expect(listed.filter((f) => f.includes('/integration/'))).toEqual([]);
    expect(listed.every((f) => f.endsWith('.test.ts'))).toBe(true);
  });
});
