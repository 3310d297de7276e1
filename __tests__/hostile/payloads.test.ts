// GitHub's payloads, damaged on the way to the real client: the evaluation never dies, every
// gate ends in a verdict of its own (never GATE_CRASHED), and answers that are garbage never make
// a gate pass. Fewer cases here
// than in `npm run hostile`; RELEASE_GATES_HOSTILE_RUNS scales both.
import { jest } from '@jest/globals';
import { mutate, type PayloadHarness } from './payloads.js';

jest.setTimeout(240_000);

const RUNS = Number(process.env.RELEASE_GATES_HOSTILE_RUNS ?? 300);

// Before anything imports @actions/github: the harness sets GITHUB_API_URL.
const { startPayloadHarness } = await import('./payloads.js');
let harness: PayloadHarness;
beforeAll(async () => {
  harness = await startPayloadHarness();
}, 120_000);
afterAll(() => harness?.close());

test.each([0, 1])('property %#', async (index) => {
  const property = harness.properties[index]!;
  await property.run(Math.max(10, Math.round(RUNS * (property.suiteWeight ?? 1))));
});

test('the damaged property fails when a gate crashes, even though the engine catches it', async () => {
  const { GATE_TYPES } = await import('../../src/gates/registry.js');
  const saved = GATE_TYPES.map((gate) => gate.collect);
  for (const gate of GATE_TYPES)
    gate.collect = () => Promise.reject(new TypeError('data.workflow_runs.map is not a function'));
  try {
    // Several cases: a damaged ref answer can end a case before any gate collects.
    const failure = (await harness.properties[0]!.run(10, 1).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(Error);
    // fast-check names the counterexample; what the case broke is its cause.
    expect((failure.cause as Error).message).toMatch(
      /GATE_CRASHED Gate '[^']+' could not be evaluated: data\.workflow_runs\.map is not a function/,
    );
  } finally {
    GATE_TYPES.forEach((gate, i) => (gate.collect = saved[i]!));
    harness.caught.clear();
  }
});

test('mutations reach where they are aimed', () => {
  expect(mutate({ a: [1, { b: 2 }] }, { answer: 0, walk: [0, 1, 0], kind: 'delete' })).toEqual({
    a: [1, {}],
  });
  expect(mutate({ a: 1 }, { answer: 0, walk: [], kind: 'array' })).toEqual([]);
  expect(mutate([{ x: 'y' }], { answer: 0, walk: [0, 0], kind: 'null' })).toEqual([{ x: null }]);
});
