// `{placeholder}` templates (SPEC §4.3): the set is closed, a placeholder without a value for
// this evaluation is an error (never ""), gate-specific placeholders are kept for the gate.
import fc from 'fast-check';
import { GateError } from '../../src/model/types.js';
import {
  expandDeep,
  expandTemplate,
  placeholdersIn,
  PLACEHOLDERS,
  stringsIn,
  unknownPlaceholders,
  type TemplateValues,
} from '../../src/policy/templates.js';

const TAG_VALUES: TemplateValues = {
  tag: 'v1.2.0',
  version: '1.2.0',
  sha: '3f786850e387550fdab836ed7e6dc881de23001b',
  ref: 'v1.2.0',
  repo: 'acme/widget',
  owner: 'acme',
  build_run_id: '4242',
  base_tag: 'v1.1.0',
};

/** What a branch evaluation knows: no tag, no version, no build run, no base tag. */
const BRANCH_VALUES: TemplateValues = {
  ...TAG_VALUES,
  tag: null,
  version: null,
  ref: 'main',
  build_run_id: null,
  base_tag: null,
};

function gateError(run: () => unknown): GateError {
  try {
    run();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw new Error(`expected a GateError, got ${String(error)}`);
  }
  throw new Error('expected a GateError, got a value');
}

describe('expandTemplate', () => {
  test('expands every global placeholder', () => {
    expect(
      expandTemplate('{tag} {version} {sha} {ref} {repo} {owner} {build_run_id} {base_tag}', TAG_VALUES),
    ).toBe('v1.2.0 1.2.0 3f786850e387550fdab836ed7e6dc881de23001b v1.2.0 acme/widget acme 4242 v1.1.0');
  });

  test('expands repeated placeholders and leaves other text alone', () => {
    expect(
      expandTemplate(
        'https://github.com/{repo}/releases/download/{tag}/x_{version}_{version}.tgz',
        TAG_VALUES,
      ),
    ).toBe('https://github.com/acme/widget/releases/download/v1.2.0/x_1.2.0_1.2.0.tgz');
    expect(expandTemplate('no placeholders here', TAG_VALUES)).toBe('no placeholders here');
    expect(expandTemplate('', TAG_VALUES)).toBe('');
  });

  test('braces that are not a placeholder are left as they are', () => {
    for (const text of ['{}', '{ tag }', '{{', '}{', 'a{b', '{1tag}', '{tag', '{1,3}', '\\p{L}']) {
      expect(expandTemplate(text, TAG_VALUES)).toBe(text);
    }
  });

  test('a mis-cased placeholder is reported as unknown, not left as a literal', () => {
    expect(() => expandTemplate('{Tag}', TAG_VALUES)).toThrow(/Unknown placeholder \{Tag\}/);
  });

  test('values are inserted literally (no $& or $1 substitution patterns)', () => {
    const values = { ...TAG_VALUES, tag: "$&-$1-$$-$'-$`" };
    expect(expandTemplate('[{tag}]', values)).toBe("[$&-$1-$$-$'-$`]");
  });

  test('expansion is not recursive: a value that looks like a placeholder stays literal', () => {
    const values = { ...TAG_VALUES, tag: '{sha}' };
    expect(expandTemplate('{tag}', values)).toBe('{sha}');
  });

  test('an unknown placeholder is TEMPLATE_UNKNOWN naming it and the known ones', () => {
    const error = gateError(() => expandTemplate('dist/{tagg}/x', TAG_VALUES));
    expect(error.code).toBe('TEMPLATE_UNKNOWN');
    expect(error.message).toContain('{tagg}');
    expect(error.message).toContain("'dist/{tagg}/x'");
    expect(error.message).toContain(
      '{tag}, {version}, {sha}, {ref}, {repo}, {owner}, {build_run_id}, {base_tag}',
    );
  });

  test('{tag} on a branch is TEMPLATE_UNRESOLVED, saying why', () => {
    const error = gateError(() => expandTemplate('Release blockers: {tag}', BRANCH_VALUES));
    expect(error.code).toBe('TEMPLATE_UNRESOLVED');
    expect(error.message).toContain('{tag}');
    expect(error.message).toContain("'Release blockers: {tag}'");
    expect(error.message).toContain('not a tag');
  });

  test.each([
    ['version', 'not a tag'],
    ['build_run_id', 'no build run'],
    ['base_tag', 'no earlier release tag'],
  ])('{%s} without a value is TEMPLATE_UNRESOLVED (%s)', (name, why) => {
    const error = gateError(() => expandTemplate(`x-{${name}}`, BRANCH_VALUES));
    expect(error.code).toBe('TEMPLATE_UNRESOLVED');
    expect(error.message).toContain(why);
  });

  test('an empty value is as unresolved as a missing one (never compare against "")', () => {
    const error = gateError(() => expandTemplate('{sha}', { ...TAG_VALUES, sha: '' }));
    expect(error.code).toBe('TEMPLATE_UNRESOLVED');
  });

  test('a placeholder without a value is an error even when other placeholders have values', () => {
    expect(() => expandTemplate('{repo}/{tag}', BRANCH_VALUES)).toThrow(GateError);
    expect(expandTemplate('{repo}@{ref}', BRANCH_VALUES)).toBe('acme/widget@main');
  });

  test('keep placeholders are left intact, known or not', () => {
    expect(expandTemplate('x_{version}_{platform}.tar.gz', TAG_VALUES, ['platform'])).toBe(
      'x_1.2.0_{platform}.tar.gz',
    );
    // A kept name wins even over a global one, and even when the global has no value.
    expect(expandTemplate('{tag}', BRANCH_VALUES, ['tag'])).toBe('{tag}');
  });

  test('keep does not make other unknown placeholders acceptable', () => {
    expect(gateError(() => expandTemplate('{platform}-{arch}', TAG_VALUES, ['platform'])).code).toBe(
      'TEMPLATE_UNKNOWN',
    );
  });

  test('property: expansion equals a naive replace for texts of literal characters and known placeholders', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PLACEHOLDERS.map((p) => `{${p}}`)),
      fc.stringMatching(/^[^{}]{0,8}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const expected = pieces
          .map((p) => (/^\{[a-z_]+\}$/.test(p) ? TAG_VALUES[p.slice(1, -1) as keyof TemplateValues]! : p))
          .join('');
        expect(expandTemplate(text, TAG_VALUES)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('placeholdersIn and unknownPlaceholders', () => {
  test('list names in order of appearance, repeats included', () => {
    expect(placeholdersIn('{tag}/{platform}/{tag}')).toEqual(['tag', 'platform', 'tag']);
    expect(placeholdersIn('none')).toEqual([]);
  });

  test('unknown names exclude global ones and the extras', () => {
    expect(unknownPlaceholders('{tag}/{platform}/{nope}')).toEqual(['platform', 'nope']);
    expect(unknownPlaceholders('{tag}/{platform}/{nope}', ['platform'])).toEqual(['nope']);
    expect(unknownPlaceholders('{tag}/{version}')).toEqual([]);
  });
});

describe('expandDeep', () => {
  const params = {
    path: 'dist/{tag}/verify.json',
    list: ['{version}', 'literal', 3, true, null],
    nested: { title: 'Release blockers: {tag}', count: 2, deeper: [{ url: 'https://github.com/{repo}' }] },
    '{tag}': 'keys are never expanded',
  };

  test('expands every string at any depth and keeps other values and keys', () => {
    const expand = (text: string) => expandTemplate(text, TAG_VALUES);
    expect(expandDeep(params, expand)).toEqual({
      path: 'dist/v1.2.0/verify.json',
      list: ['1.2.0', 'literal', 3, true, null],
      nested: {
        title: 'Release blockers: v1.2.0',
        count: 2,
        deeper: [{ url: 'https://github.com/acme/widget' }],
      },
      '{tag}': 'keys are never expanded',
    });
  });

  test('does not change its input', () => {
    const before = structuredClone(params);
    expandDeep(params, (text) => text.toUpperCase());
    expect(params).toEqual(before);
  });

  test('a scalar is expanded or returned as is', () => {
    expect(expandDeep('{owner}', (t) => expandTemplate(t, TAG_VALUES))).toBe('acme');
    expect(expandDeep(5, () => 'x')).toBe(5);
    expect(expandDeep(null, () => 'x')).toBeNull();
    expect(expandDeep(undefined, () => 'x')).toBeUndefined();
  });

  test('an error in any string propagates', () => {
    expect(() => expandDeep(params, (t) => expandTemplate(t, BRANCH_VALUES))).toThrow(GateError);
  });

  test('stringsIn yields every string with its path', () => {
    expect([...stringsIn(params)]).toEqual([
      ['dist/{tag}/verify.json', ['path']],
      ['{version}', ['list', 0]],
      ['literal', ['list', 1]],
      ['Release blockers: {tag}', ['nested', 'title']],
      ['https://github.com/{repo}', ['nested', 'deeper', 0, 'url']],
      ['keys are never expanded', ['{tag}']],
    ]);
  });
});
