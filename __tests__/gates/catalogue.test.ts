// The catalogue the action evaluates with (each gate type loaded when a policy names it) holds
// the same types as the registry the tools and tests use, and the document validator it checks
// policies with is the precompiled one, not one compiled at every start.
import { asCatalogue, GATE_CATALOGUE } from '../../src/gates/catalogue.js';
import { GATE_TYPES } from '../../src/gates/registry.js';
import { documentFingerprint } from '../../src/policy/compiled.js';
import * as precompiledDocument from '../../src/policy/generated/document-validator.js';
import { summarize } from '../../src/policy/schema.js';

test('the catalogue names every registered type, with the same need for `with:`', () => {
  expect(GATE_CATALOGUE.summaries).toEqual(summarize(GATE_TYPES));
  expect(GATE_CATALOGUE.summaries.map((s) => s.type)).toEqual(GATE_TYPES.map((g) => g.type).sort());
  // Both answers occur, so the comparison above can tell them apart.
  expect(new Set(GATE_CATALOGUE.summaries.map((s) => s.requiresWith))).toEqual(new Set([true, false]));
});

test('each type the catalogue loads is the registered one', async () => {
  const loaded = await GATE_CATALOGUE.load(GATE_TYPES.map((g) => g.type));
  expect(loaded.size).toBe(GATE_TYPES.length);
  for (const gate of GATE_TYPES) expect(loaded.get(gate.type)).toBe(gate);
});

test('load answers the types asked for, each once; unknown names are left out', async () => {
  const loaded = await GATE_CATALOGUE.load(['evidence', 'no_such_type', 'evidence']);
  expect([...loaded.keys()]).toEqual(['evidence']);
  expect((await GATE_CATALOGUE.load([])).size).toBe(0);
});

test('the catalogue matches the precompiled document validator (nothing compiled at start)', () => {
  expect(documentFingerprint(GATE_CATALOGUE)).toBe(precompiledDocument.FINGERPRINT);
  expect(documentFingerprint(GATE_CATALOGUE)).toBe(documentFingerprint(GATE_TYPES));
});

test('gate types given as a list make one catalogue per list', async () => {
  const evidence = GATE_TYPES.filter((g) => g.type === 'evidence');
  expect(asCatalogue(evidence)).toBe(asCatalogue(evidence));
  expect(asCatalogue(GATE_CATALOGUE)).toBe(GATE_CATALOGUE);
  expect(asCatalogue(evidence).summaries).toEqual([{ type: 'evidence', requiresWith: true }]);
  expect([...(await asCatalogue(evidence).load(['evidence', 'run_streak'])).values()]).toEqual(evidence);
});
