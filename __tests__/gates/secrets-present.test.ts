// secrets_present (SPEC §6): each variable is set and non-empty, and starts with its prefix;
// values are never printed — no verdict (message or details) ever contains one.
import fc from 'fast-check';
import type { Verdict } from '../../src/model/types.js';
import type { FactStore } from '../../src/facts/store.js';
import {
  judgeSecrets,
  secretsPresentGate,
  type SecretFact,
  type SecretsParams,
} from '../../src/gates/secrets-present.js';
import { evalContext } from '../fixtures/policies.js';

const PARAMS: SecretsParams = {
  env: [{ name: 'PYPI_API_TOKEN', prefix: 'pypi-' }, 'CARGO_REGISTRY_TOKEN'],
};

/** Runs the gate as the engine does: collect from an environment, then judge. */
async function run(
  params: SecretsParams,
  env: Record<string, string | undefined>,
): Promise<{ verdict: Verdict; facts: SecretFact[] }> {
  const store = { env } as unknown as FactStore;
  const facts = await secretsPresentGate.collect(params, evalContext(), store);
  return { verdict: secretsPresentGate.judge(params, facts, evalContext()), facts };
}

describe('secrets_present', () => {
  test('all set (and prefixed) passes with SECRETS_PRESENT', async () => {
    const { verdict } = await run(PARAMS, {
      PYPI_API_TOKEN: 'pypi-AgEIcHlwaS5vcmc',
      CARGO_REGISTRY_TOKEN: 'cio_abc123',
    });
    expect(verdict).toEqual({
      status: 'pass',
      code: 'SECRETS_PRESENT',
      message: 'All 2 secrets are set: PYPI_API_TOKEN, CARGO_REGISTRY_TOKEN.',
      details: { checked: ['PYPI_API_TOKEN', 'CARGO_REGISTRY_TOKEN'], missing: [], bad_format: [] },
    });
  });

  test.each([
    ['unset', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['a newline', '\n'],
  ])('a variable that is %s is MISSING_SECRET', async (_name, value) => {
    const { verdict } = await run(PARAMS, { PYPI_API_TOKEN: 'pypi-x', CARGO_REGISTRY_TOKEN: value });
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('MISSING_SECRET');
    expect(verdict.message).toBe(
      'Not set or empty: CARGO_REGISTRY_TOKEN. Pass it to the step with env: (e.g. CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_REGISTRY_TOKEN }}).',
    );
    expect(verdict.details).toMatchObject({ missing: ['CARGO_REGISTRY_TOKEN'] });
  });

  test('several missing are all named, plural', async () => {
    const { verdict } = await run(PARAMS, {});
    expect(verdict.code).toBe('MISSING_SECRET');
    expect(verdict.message).toContain('Not set or empty: PYPI_API_TOKEN, CARGO_REGISTRY_TOKEN. Pass them');
  });

  test('a wrong prefix is SECRET_FORMAT naming the variable and the prefix', async () => {
    const { verdict } = await run(PARAMS, { PYPI_API_TOKEN: 'ghp_wrongtoken', CARGO_REGISTRY_TOKEN: 'x' });
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'SECRET_FORMAT',
      message: "PYPI_API_TOKEN does not start with 'pypi-'.",
      details: { missing: [], bad_format: ['PYPI_API_TOKEN'] },
    });
  });

  test('the prefix is case-sensitive and must be at the very start', async () => {
    for (const value of ['PYPI-abc', ' pypi-abc', 'xpypi-abc']) {
      const { verdict } = await run(PARAMS, { PYPI_API_TOKEN: value, CARGO_REGISTRY_TOKEN: 'x' });
      expect(verdict.code).toBe('SECRET_FORMAT');
    }
  });

  test('a value equal to the prefix alone is accepted as prefixed', async () => {
    const { verdict } = await run(PARAMS, { PYPI_API_TOKEN: 'pypi-', CARGO_REGISTRY_TOKEN: 'x' });
    expect(verdict.status).toBe('pass');
  });

  test('missing wins over format; both lists are in the details', async () => {
    const { verdict } = await run(PARAMS, { PYPI_API_TOKEN: 'wrong' });
    expect(verdict.code).toBe('MISSING_SECRET');
    expect(verdict.details).toEqual({
      checked: ['PYPI_API_TOKEN', 'CARGO_REGISTRY_TOKEN'],
      missing: ['CARGO_REGISTRY_TOKEN'],
      bad_format: ['PYPI_API_TOKEN'],
    });
  });

  test('only the named variables are looked at', async () => {
    const { verdict } = await run({ env: ['A_TOKEN'] }, { A_TOKEN: 'x', B_TOKEN: '' });
    expect(verdict.status).toBe('pass');
  });

  test('names are exact (environment variables are case-sensitive on runners)', async () => {
    const { verdict } = await run({ env: ['A_TOKEN'] }, { a_token: 'x' });
    expect(verdict.code).toBe('MISSING_SECRET');
  });

  test('the facts handed to the judge hold no values', async () => {
    const value = 'pypi-SUPERSECRETVALUE';
    const { facts } = await run(PARAMS, { PYPI_API_TOKEN: value, CARGO_REGISTRY_TOKEN: 'cio-SECRET2' });
    expect(JSON.stringify(facts)).not.toContain('SUPERSECRETVALUE');
    expect(JSON.stringify(facts)).not.toContain('SECRET2');
    expect(facts).toEqual([
      { name: 'PYPI_API_TOKEN', prefix: 'pypi-', present: true, prefixOk: true },
      { name: 'CARGO_REGISTRY_TOKEN', prefix: null, present: true, prefixOk: true },
    ]);
  });

  test('judgeSecrets on plain facts', () => {
    expect(
      judgeSecrets({ env: ['A'] }, [{ name: 'A', prefix: null, present: true, prefixOk: true }]).status,
    ).toBe('pass');
    expect(
      judgeSecrets({ env: ['A'] }, [{ name: 'A', prefix: 'x', present: true, prefixOk: false }]).code,
    ).toBe('SECRET_FORMAT');
    expect(
      judgeSecrets({ env: ['A'] }, [{ name: 'A', prefix: null, present: false, prefixOk: false }]).code,
    ).toBe('MISSING_SECRET');
  });

  test('property: no secret value ever appears in a verdict, whatever the outcome', async () => {
    const names = ['PYPI_API_TOKEN', 'CARGO_REGISTRY_TOKEN', 'NPM_TOKEN', 'HOMEBREW_TAP_TOKEN'];
    // Values carry a marker that no message, name or prefix contains.
    const secretValue = fc
      .tuple(fc.constantFrom('', 'pypi-', 'npm_', ' '), fc.string({ minLength: 1, maxLength: 30 }))
      .map(([prefix, body]) => `${prefix}§${body}§`);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names, { minLength: 1 }),
        fc.array(fc.option(secretValue, { nil: undefined }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.option(fc.constantFrom('pypi-', 'npm_', 'cio'), { nil: undefined }), {
          minLength: 4,
          maxLength: 4,
        }),
        async (chosen, values, prefixes) => {
          const env = Object.fromEntries(names.map((n, i) => [n, values[i]]));
          const params: SecretsParams = {
            env: chosen.map((name) => {
              const prefix = prefixes[names.indexOf(name)];
              return prefix ? { name, prefix } : name;
            }),
          };
          const { verdict } = await run(params, env);
          const text = JSON.stringify(verdict);
          expect(text).not.toContain('§');
          for (const value of Object.values(env))
            if (value && value.trim()) expect(text).not.toContain(value);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('parameters: env is required, non-empty, and names look like variables', () => {
    const schema = secretsPresentGate.paramsSchema as {
      required: string[];
      properties: { env: { minItems: number } };
    };
    expect(schema.required).toEqual(['env']);
    expect(schema.properties.env.minItems).toBe(1);
  });
});
