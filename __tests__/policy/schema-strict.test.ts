// The committed schemas/policy.schema.json, as an editor or another tool uses it (without this
// project's loader): it compiles under Ajv's strict JSON Schema 2020-12 mode with no warning,
// has an absolute $id, accepts every policy we publish (the examples, this repository's own,
// the README's) and refuses broken ones for the reason each was broken.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/policy.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;

function compile(warnings: string[] = []): ValidateFunction {
  const note = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const ajv = new Ajv2020({
    strict: true,
    strictSchema: true,
    strictNumbers: true,
    strictTypes: true,
    strictTuples: true,
    strictRequired: true,
    allErrors: true,
    logger: { log: () => undefined, warn: note, error: note },
  });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = compile();

/** Policies published in this repository: the examples, our own, the README's quick start. */
const POLICIES: [string, unknown][] = (() => {
  const found: [string, unknown][] = [];
  for (const name of readdirSync(path.join(ROOT, 'examples')).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const doc = parse(readFileSync(path.join(ROOT, 'examples', name), 'utf8')) as Record<string, unknown>;
    if ('version' in doc) found.push([`examples/${name}`, doc]);
  }
  found.push([
    '.github/release-gates.yml',
    parse(readFileSync(path.join(ROOT, '.github/release-gates.yml'), 'utf8')),
  ]);
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const [, block] of readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    if (/^version: 1$/m.test(block!)) found.push(['README.md policy', parse(block!)]);
  }
  return found;
})();

const MATURITY = readFileSync(path.join(ROOT, 'examples/maturity-stages.yml'), 'utf8');

/** A fresh copy of the maturity example, as plain data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately loose, so a test can break it
const maturity = (): Record<string, any> => parse(MATURITY);

const describeErrors = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}`);

test('compiles under strict Ajv 2020-12 without a warning', () => {
  const warnings: string[] = [];
  expect(() => compile(warnings)).not.toThrow();
  expect(warnings).toEqual([]);
});

test('is a 2020-12 schema with an absolute $id naming the file', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(typeof schema.$id).toBe('string');
  const id = new URL(schema.$id as string);
  expect(id.protocol).toBe('https:');
  expect(id.pathname).toMatch(/\/policy\.schema\.json$/);
});

test('the published policies are found: four examples, our own, the README quick start', () => {
  expect(POLICIES.map(([name]) => name)).toEqual(
    expect.arrayContaining([
      'examples/maturity-stages.yml',
      'examples/release-publish.yml',
      'examples/tag-verification.yml',
      'examples/windows-graduation.yml',
      '.github/release-gates.yml',
      'README.md policy',
    ]),
  );
});

test.each(POLICIES)('accepts %s', (_name, policy) => {
  const valid = validate(policy);
  expect(describeErrors(validate.errors)).toEqual([]);
  expect(valid).toBe(true);
});

// Each break, and an error the schema must report for it: path and keyword.
const BREAKS: [string, (p: ReturnType<typeof maturity>) => void, string][] = [
  ['an unknown top-level key', (p) => (p.stagse = {}), '/ additionalProperties'],
  ['another format version', (p) => (p.version = 2), '/version const'],
  ['no stages at all', (p) => (p.stages = {}), '/stages minProperties'],
  [
    'a misspelled mode',
    (p) => (p.stages.GA.gates.promotion_guard = 'requird'),
    '/stages/GA/gates/promotion_guard enum',
  ],
  ['a stage name with a space', (p) => (p.stages['PRE GA'] = p.stages.PRE_GA), '/stages propertyNames'],
  [
    'an unknown gate type',
    (p) => (p.gates.promotion_guard.type = 'required_check'),
    '/gates/promotion_guard/type enum',
  ],
  ['an unknown key in a stage', (p) => (p.stages.GA.gate = {}), '/stages/GA additionalProperties'],
  [
    'a parameter of the wrong type',
    (p) => (p.gates.promotion_guard.with.wait = 'forever'),
    '/gates/promotion_guard/with/wait type',
  ],
  [
    'a weekly window on a day that does not exist',
    (p) => (p.gates.release_freeze.with.windows[0].weekly.days = ['SAT', 'FUNDAY']),
    '/gates/release_freeze/with/windows/0/weekly/days/1 enum',
  ],
  [
    'a gate without its required parameters',
    (p) => delete p.gates.observability_verify.with,
    '/gates/observability_verify required',
  ],
  ['a malformed extends', (p) => (p.extends = 'org-policies@v3'), '/extends pattern'],
  [
    'overridable as a string',
    (p) => (p.gates.release_freeze.overridable = 'yes'),
    '/gates/release_freeze/overridable type',
  ],
];

test.each(BREAKS)('refuses %s', (_name, breakIt, expected) => {
  const policy = maturity();
  expect(validate(policy)).toBe(true);
  breakIt(policy);
  expect(validate(policy)).toBe(false);
  expect(describeErrors(validate.errors)).toContain(expected);
});
