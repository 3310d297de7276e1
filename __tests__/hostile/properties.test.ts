// The hostile-input properties in the unit suite, with fewer cases than `npm run hostile`
// (10,000 each). RELEASE_GATES_HOSTILE_RUNS sets the count; a failure prints fast-check's seed.
import { PROPERTIES } from './properties.js';

const RUNS = Number(process.env.RELEASE_GATES_HOSTILE_RUNS ?? 300);

describe.each(PROPERTIES.map((p) => [p.name, p] as const))('hostile input: %s', (_name, property) => {
  test(`${Math.max(1, Math.round(RUNS * (property.suiteWeight ?? 1)))} cases: every failure is a validation error with a message`, async () => {
    await property.run(Math.max(1, Math.round(RUNS * (property.suiteWeight ?? 1))));
  }, 120_000);
});
