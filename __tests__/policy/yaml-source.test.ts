// The YAML layer under the policy loader: values with positions (FILE:LINE:COL of keys and
// values at a JSON path), the policy schema built from the registry, and Ajv's errors as
// sentences.
import { jest } from '@jest/globals';
import { GATE_TYPES } from '../../src/gates/registry.js';
import { createAjv } from '../../src/policy/ajv.js';
import { describeAjvError, type ErrorObject } from '../../src/policy/schema-errors.js';
import { buildPolicySchema, GATE_ID_PATTERN, STAGE_NAME_PATTERN } from '../../src/policy/schema.js';
import { parseYamlSource } from '../../src/policy/yaml-source.js';
import { fakeGate, positionOf } from '../fixtures/policies.js';

const TEXT = [
  '# comment',
  'version: 1',
  'stages:',
  '  GA:',
  '    match: ["v*", main]',
  '    gates:',
  '      a: required',
  'gates:',
  '  a:',
  '    type: evidence',
  '    with:',
  '      path: x.json',
  '      list:',
  '        - first',
  '        - { name: second }',
  '',
].join('\n');

describe('parseYamlSource', () => {
  const { source, issues } = parseYamlSource(TEXT, 'p.yml');

  test('parses to plain values', () => {
    expect(issues).toEqual([]);
    expect(source!.file).toBe('p.yml');
    expect(source!.value).toMatchObject({
      version: 1,
      stages: { GA: { match: ['v*', 'main'], gates: { a: 'required' } } },
    });
  });

  test.each([
    [['version'], false, '1'],
    [['version'], true, 'version'],
    [['stages', 'GA'], true, 'GA:'],
    [['stages', 'GA', 'match', 1], false, 'main'],
    [['stages', 'GA', 'gates', 'a'], true, 'a: required'],
    [['stages', 'GA', 'gates', 'a'], false, 'required'],
    [['gates', 'a', 'type'], false, 'evidence'],
    [['gates', 'a', 'with', 'list', 0], false, 'first'],
    [['gates', 'a', 'with', 'list', 1, 'name'], false, 'second'],
    [['gates', 'a', 'with', 'list', 1, 'name'], true, 'name: second'],
  ] as const)('positionOf(%j, key: %s) is at %p', (path, key, needle) => {
    expect(source!.positionOf(path, { key })).toEqual({ file: 'p.yml', ...positionOf(TEXT, needle) });
  });

  test('a missing key points at the deepest existing parent value', () => {
    expect(source!.positionOf(['gates', 'a', 'with', 'nope'])).toEqual({
      file: 'p.yml',
      ...positionOf(TEXT, 'path: x.json'),
    });
    expect(source!.positionOf(['gates', 'zzz', 'type'])).toEqual({
      file: 'p.yml',
      ...positionOf(TEXT, 'a:\n    type'),
    });
    expect(source!.positionOf(['stages', 'GA', 'match', 9])).toEqual({
      file: 'p.yml',
      ...positionOf(TEXT, '["v*"'),
    });
  });

  test('the empty path is the document', () => {
    expect(source!.positionOf([])).toEqual({ file: 'p.yml', ...positionOf(TEXT, 'version') });
  });

  test('a syntax error returns no source and positioned YAML issues', () => {
    const broken = parseYamlSource('a: 1\nb: [1, 2\n', 'b.yml');
    expect(broken.source).toBeNull();
    expect(broken.issues.length).toBeGreaterThan(0);
    for (const issue of broken.issues) {
      expect(issue.file).toBe('b.yml');
      expect(issue.message).toMatch(/^YAML: /);
      expect(issue.message).not.toContain('\n');
    }
  });

  test('duplicate keys are an error, not last-one-wins', () => {
    const { source: dup, issues: dupIssues } = parseYamlSource('a: 1\na: 2\n', 'd.yml');
    expect(dup).toBeNull();
    expect(dupIssues[0]).toMatchObject({ file: 'd.yml', line: 2, col: 1 });
  });

  test('CRLF line endings give the same lines', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const parsed = parseYamlSource(crlf, 'c.yml');
    expect(parsed.source!.positionOf(['gates', 'a', 'type'])).toMatchObject({
      line: positionOf(TEXT, 'evidence').line,
    });
  });

  test('YAML 1.2 core schema: yes/no/on/off stay strings', () => {
    const { source: s } = parseYamlSource('a: off\nb: yes\nc: on\nd: no\n', 'y.yml');
    expect(s!.value).toEqual({ a: 'off', b: 'yes', c: 'on', d: 'no' });
  });
});

describe('buildPolicySchema', () => {
  test('compiles in strict mode without warnings for the registry and for fake types', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() => createAjv().compile(buildPolicySchema(GATE_TYPES))).not.toThrow();
      expect(() => createAjv().compile(buildPolicySchema([fakeGate('a'), fakeGate('b')]))).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('every registered gate type’s parameter schema compiles with defaults', () => {
    for (const gate of GATE_TYPES) {
      expect(() => createAjv({ useDefaults: true }).compile(gate.paramsSchema)).not.toThrow();
    }
  });

  test('lists the registered types, sorted, as the gate type enum', () => {
    const schema = buildPolicySchema(GATE_TYPES) as {
      $defs: { gate: { properties: { type: { enum: string[] } } } };
    };
    expect(schema.$defs.gate.properties.type.enum).toEqual(GATE_TYPES.map((g) => g.type).sort());
  });

  test.each([
    [STAGE_NAME_PATTERN, ['GA', 'PRE_GA', 'pre-ga', 'G2'], ['1GA', '_GA', 'G A', 'GA.x', '']],
    [GATE_ID_PATTERN, ['a', 'promotion_guard', 'a.b-c'], ['1a', '_a', 'a b', '']],
  ])('name pattern %s', (pattern, good, bad) => {
    const re = new RegExp(pattern);
    for (const name of good) expect(re.test(name)).toBe(true);
    for (const name of bad) expect(re.test(name)).toBe(false);
  });
});

describe('describeAjvError', () => {
  const error = (
    keyword: string,
    instancePath: string,
    params: Record<string, unknown>,
    extra: Partial<ErrorObject> = {},
  ): ErrorObject => ({ keyword, instancePath, schemaPath: '#', params, ...extra }) as ErrorObject;
  const data = { gates: { 'a/b': { with: { n: 'lots', list: [1, 2] } } }, version: 2 };

  test('additionalProperties points at the unknown key', () => {
    expect(
      describeAjvError(error('additionalProperties', '/gates/a~1b', { additionalProperty: 'colour' }), data),
    ).toEqual({
      path: ['gates', 'a/b', 'colour'],
      key: true,
      message: "gates.a/b: unknown key 'colour'",
    });
  });

  test('type quotes the value with an article', () => {
    expect(describeAjvError(error('type', '/gates/a~1b/with/n', { type: 'integer' }), data).message).toBe(
      "gates.a/b.with.n: 'lots' must be an integer",
    );
    expect(describeAjvError(error('type', '/gates/a~1b/with/list/1', { type: 'string' }), data)).toEqual({
      path: ['gates', 'a/b', 'with', 'list', 1],
      key: false,
      message: 'gates.a/b.with.list.1: 2 must be a string',
    });
  });

  test('const and enum quote the value and what is allowed', () => {
    expect(describeAjvError(error('const', '/version', { allowedValue: 1 }), data).message).toBe(
      'version: 2 is not allowed; expected 1',
    );
    expect(
      describeAjvError(error('enum', '/gates/a~1b/with/n', { allowedValues: ['a', 'b'] }), data).message,
    ).toBe("gates.a/b.with.n: 'lots' is not allowed; expected one of: a, b");
  });

  test('a top-level error says (top level)', () => {
    expect(describeAjvError(error('required', '', { missingProperty: 'stages' }), data).message).toBe(
      "(top level): missing required key 'stages'",
    );
  });

  test('an invalid property name points at that name', () => {
    const described = describeAjvError(
      error('pattern', '/gates', { pattern: '^[a-z]+$' }, { propertyName: 'a/b' }),
      data,
    );
    expect(described.path).toEqual(['gates', 'a/b']);
    expect(described.key).toBe(true);
  });

  test('other keywords fall back to Ajv’s message with the value', () => {
    expect(
      describeAjvError(error('minimum', '/version', { limit: 5 }, { message: 'must be >= 5' }), data).message,
    ).toBe('version: must be >= 5 (got 2)');
  });
});
