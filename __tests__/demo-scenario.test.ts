// test/demo/plasmite.yml is the demo repository as a scenario file: generated from the demo's
// TypeScript, so the two cannot drift apart, and read back by the emulator as the same scenario.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../test/emulator/scenario.js';
import { DEMO_ACT, DEMO_SCENARIO_FILE, renderDemoScenario } from '../test/demo/scenario-file.js';

test('the file is what the demo generates (npx tsx test/demo/scenario-file.ts --write)', async () => {
  expect(readFileSync(DEMO_SCENARIO_FILE, 'utf8')).toBe(await renderDemoScenario());
});

test('the emulator reads it back as exactly the demo scenario', () => {
  const loaded = loadScenario(DEMO_SCENARIO_FILE);
  expect(loaded).toEqual(JSON.parse(JSON.stringify(DEMO_ACT.scenario)));
  // Shas stay strings (YAML would read an all-digit one as a number).
  expect(loaded.commits!.every((commit) => typeof commit.sha === 'string' && commit.sha.length === 40)).toBe(
    true,
  );
});

test('a changed demo makes the file stale', async () => {
  const rendered = await renderDemoScenario();
  const original = DEMO_ACT.scenario.repository.name;
  DEMO_ACT.scenario.repository.name = 'plasmite-renamed';
  try {
    expect(await renderDemoScenario()).not.toBe(rendered);
  } finally {
    DEMO_ACT.scenario.repository.name = original;
  }
});
