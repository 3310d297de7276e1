// Differences between two normalized policies, in words.
import fc from 'fast-check';
import { diffPolicies, formatPath, formatValue } from '../../src/policy/diff.js';
import { loadPolicy } from '../../src/policy/load.js';
import { GATE_TYPES } from '../../src/gates/registry.js';

const texts = (before: unknown, after: unknown) => diffPolicies(before, after).map((c) => c.text);

const BASE = {
  version: 1,
  stages: {
    GA: { name: 'GA', match: ['v*'], gates: { deps_approval: 'required', y: 'required', guard: 'required' } },
  },
  gates: {
    windows_reliability: {
      id: 'windows_reliability',
      type: 'run_streak',
      overridable: false,
      with: { count: 10 },
    },
    guard: {
      id: 'guard',
      type: 'required_checks',
      overridable: false,
      with: { checks: ['test', 'lint', 'security scan'] },
    },
  },
  overrides: { reason_min_length: 20 },
};

describe('diffPolicies', () => {
  test('equal policies, whatever the key order, have no changes', () => {
    const reordered = JSON.parse(JSON.stringify(BASE, Object.keys(BASE).reverse()));
    expect(diffPolicies(BASE, { ...reordered, ...BASE })).toEqual([]);
    expect(diffPolicies(BASE, structuredClone(BASE))).toEqual([]);
  });

  test('the changes of the brief, in words', () => {
    const after = structuredClone(BASE) as typeof BASE & { gates: Record<string, unknown> };
    after.stages.GA.gates.deps_approval = 'report_only';
    delete (after.stages.GA.gates as Record<string, unknown>).y;
    after.gates.windows_reliability.with.count = 3;
    after.gates.x = { id: 'x', type: 'evidence', overridable: false, with: { path: 'a.json' } };
    expect(texts(BASE, after)).toEqual([
      'GA.deps_approval: required → report_only',
      'GA.y: removed (was required)',
      'gates.windows_reliability.with.count: 10 → 3',
      'gates.x: added',
    ]);
  });

  test('each change carries its path, kind and both values', () => {
    const after = structuredClone(BASE);
    after.overrides.reason_min_length = 5;
    expect(diffPolicies(BASE, after)).toEqual([
      {
        path: 'overrides.reason_min_length',
        kind: 'changed',
        before: 20,
        after: 5,
        text: 'overrides.reason_min_length: 20 → 5',
      },
    ]);
  });

  test('lists of names change as a whole; lists of objects item by item', () => {
    const freeze = (windows: unknown[], overridable: boolean) => ({
      id: 'freeze',
      type: 'freeze_window',
      overridable,
      with: { windows },
    });
    const after = {
      ...BASE,
      gates: {
        ...BASE.gates,
        guard: { ...BASE.gates.guard, with: { checks: ['test', 'lint'] } },
        freeze: freeze([{ name: 'Weekend', start: '00:00' }], true),
      },
    };
    const before = {
      ...BASE,
      gates: {
        ...BASE.gates,
        freeze: freeze([{ name: 'Weekend', start: '01:00' }, { name: 'New Year' }], false),
      },
    };
    expect(texts(before, after)).toEqual([
      'gates.freeze.overridable: false → true',
      'gates.freeze.with.windows[0].start: "01:00" → "00:00"',
      'gates.freeze.with.windows[1]: removed',
      'gates.guard.with.checks: [test, lint, "security scan"] → [test, lint]',
    ]);
  });

  test('top-level keys in the order a policy is written; extends changes are named', () => {
    const after = { ...structuredClone(BASE), extends: 'acme/org/base.yml@v4', version: 2 };
    const before = { ...structuredClone(BASE), extends: 'acme/org/base.yml@v3' };
    expect(texts(before, after)).toEqual([
      'version: 1 → 2',
      'extends: acme/org/base.yml@v3 → acme/org/base.yml@v4',
    ]);
    expect(texts(BASE, { ...BASE, extends: 'a/b/c.yml@v1' })).toEqual(['extends: added (a/b/c.yml@v1)']);
  });

  test('a type change and values that look like other types are shown unambiguously', () => {
    expect(texts({ a: 10 }, { a: '10' })).toEqual(['a: 10 → "10"']);
    expect(texts({ a: true }, { a: 'true' })).toEqual(['a: true → "true"']);
    expect(texts({ a: null }, { a: '' })).toEqual(['a: null → ""']);
    expect(texts({ a: 'x' }, { a: { b: 1 } })).toEqual(['a: x → {b: 1}']);
  });

  test('keys that are not plain names are quoted; long values are cut', () => {
    expect(texts({ gates: {} }, { gates: { 'a.b': { id: 'a.b' } } })).toEqual(['gates["a.b"]: added']);
    const long = 'x'.repeat(300);
    const [text] = texts({ a: 'short' }, { a: long });
    expect(text!.length).toBeLessThan(140);
    expect(text).toMatch(/…$/);
  });

  test('formatPath and formatValue', () => {
    expect(formatPath([])).toBe('(policy)');
    expect(formatPath(['gates', 'x', 'with', 'files', 0, 'path'])).toBe('gates.x.with.files[0].path');
    expect(formatValue({ days: ['SAT', 'SUN'], 'a b': 1 })).toBe('{days: [SAT, SUN], "a b": 1}');
    expect(formatValue(undefined)).toBe('(absent)');
  });

  test('property: no changes iff the canonical JSON is equal; every change names a path', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const changes = diffPolicies(a, b);
        const same = JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
        expect(changes.length === 0).toBe(same);
        for (const change of changes) expect(change.text.startsWith(`${change.path}: `)).toBe(true);
        expect(diffPolicies(a, a)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  return value;
}

describe('diffPolicies on loaded policies', () => {
  const load = (text: string) =>
    loadPolicy({ text, file: 'p.yml' }, GATE_TYPES, { source: 'workspace' }).then((l) => l.policy);

  test('comments, key order and defaults written out are no change', async () => {
    const a = await load(`version: 1
stages:
  GA: { match: ["v*"], gates: { verify: required } }
gates:
  verify:
    type: evidence
    with: { path: v.json }
`);
    const b = await load(`# the same policy, written differently
gates:
  verify:
    with: { pointer: /ok, path: v.json, equals: true }  # defaults spelled out
    overridable: false
    type: evidence
stages:
  GA:
    gates: { verify: required }
    match: ["v*"]
version: 1
overrides: { reason_min_length: 20 }
`);
    expect(diffPolicies(a, b)).toEqual([]);
  });
});
