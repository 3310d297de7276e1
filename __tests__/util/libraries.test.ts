// Parsing libraries load with the policy that needs them (src/util/libraries.ts): used before,
// they fail loudly; a policy naming a gate type that needs them loads them before its checks.
import { library } from '../../src/util/libraries.js';
import { loadPolicy } from '../../src/policy/load.js';
import { GATE_TYPES } from '../../src/gates/registry.js';

const RECURRING = `version: 1
stages:
  RELEASE: { match: ["v*"], gates: { freeze: required } }
gates:
  freeze:
    type: freeze_window
    with:
      timezone: Europe/Berlin
      windows: [{ name: Year end, rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", start: "00:00", duration: P14D }]
`;

test('a library used before it is loaded is a programming error that says so', () => {
  expect(() => library('rrule')).toThrow(
    'The rrule library is used before it was loaded: a gate type that needs it must name it in `libraries`.',
  );
});

test('a policy whose gates need no parsing library loads none (one-time and weekly windows)', async () => {
  const plain = RECURRING.replace(
    /windows: .*/,
    'windows: [{ name: Year end, start: "2026-12-31T00:00", end: "2027-01-03T00:00" }, { name: Weekend, weekly: { days: [SAT, SUN], start: "00:00", end: "24:00" } }]',
  );
  const loaded = await loadPolicy({ text: plain, file: '.github/release-gates.yml' }, GATE_TYPES, {
    source: 'workspace',
  });
  expect(Object.keys(loaded.policy.gates)).toEqual(['freeze']);
  expect(() => library('rrule')).toThrow(/rrule library is used before it was loaded/);
  expect(() => library('ical')).toThrow(/ical library is used before it was loaded/);
});

test('loading a policy loads the libraries its gates need with their parameters, before checking them', async () => {
  const loaded = await loadPolicy({ text: RECURRING, file: '.github/release-gates.yml' }, GATE_TYPES, {
    source: 'workspace',
  });
  expect(Object.keys(loaded.policy.gates)).toEqual(['freeze']);
  expect(typeof library('rrule').parseString).toBe('function');
  expect(typeof library('ical').Duration.fromString).toBe('function');
  // Not named by any gate type of this policy: still not loaded.
  expect(() => library('toml')).toThrow(/toml library is used before it was loaded/);
});

test('a bad rule is still a policy error with the libraries loaded on the way', async () => {
  const bad = RECURRING.replace('BYMONTHDAY=20', 'BYMONTHDAY=40');
  await expect(
    loadPolicy({ text: bad, file: '.github/release-gates.yml' }, GATE_TYPES, { source: 'workspace' }),
  ).rejects.toMatchObject({
    issues: [expect.objectContaining({ message: expect.stringContaining('rrule') })],
  });
});
