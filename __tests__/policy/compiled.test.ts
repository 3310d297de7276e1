// The action validates policies and release metadata with validators precompiled by `npm run
// generate`; they must be the registry's current schemas, a gate type's parameter validator is
// loaded only for a policy that uses the type, and any other schema must still be validated
// (compiled at run time).
import * as precompiledDocument from '../../src/policy/generated/document-validator.js';
import * as precompiledMetadata from '../../src/policy/generated/metadata-validator.js';
import { PARAMS_VALIDATORS } from '../../src/policy/generated/params/index.js';
import { RELEASE_METADATA_SCHEMA_FINGERPRINT } from '../../src/gates/release-metadata.js';
import { GATE_TYPES } from '../../src/gates/registry.js';
import type { GateType } from '../../src/gates/types.js';
import { documentFingerprint, paramsFingerprint, policyValidators } from '../../src/policy/compiled.js';

const precompiledParams = async (type: string) => (await PARAMS_VALIDATORS[type]!()).validate;

test('the generated validators are built from the current schemas, one parameter module per gate type', async () => {
  expect(precompiledDocument.FINGERPRINT).toBe(documentFingerprint(GATE_TYPES));
  expect(Object.keys(PARAMS_VALIDATORS).sort()).toEqual(GATE_TYPES.map((g) => g.type).sort());
  for (const gate of GATE_TYPES)
    expect([gate.type, (await PARAMS_VALIDATORS[gate.type]!()).FINGERPRINT]).toEqual([
      gate.type,
      paramsFingerprint(gate),
    ]);
  expect(precompiledMetadata.FINGERPRINT).toBe(RELEASE_METADATA_SCHEMA_FINGERPRINT);
});

test("the registry's gate types get the precompiled validators, only those asked for", async () => {
  const validators = await policyValidators(GATE_TYPES);
  expect(validators.document).toBe(precompiledDocument.policy);
  const all = await validators.params(GATE_TYPES.map((g) => g.type));
  expect(all.size).toBe(GATE_TYPES.length);
  for (const gate of GATE_TYPES) expect(all.get(gate.type)).toBe(await precompiledParams(gate.type));
  // A type the registry does not have gets no validator (the document validator refuses it).
  const some = await validators.params(['evidence', 'secrets_present', 'evidence', 'no_such_type']);
  expect([...some.keys()]).toEqual(['evidence', 'secrets_present']);
});

test('other gate types are compiled at run time, and still say no', async () => {
  const subset = GATE_TYPES.filter((g) => g.type === 'secrets_present');
  expect(documentFingerprint(subset)).not.toBe(precompiledDocument.FINGERPRINT);
  const { document, params } = await policyValidators(subset);
  expect(document).not.toBe(precompiledDocument.policy);
  const policy = (type: string) => ({
    version: 1,
    stages: { GA: { match: ['v*'], gates: { creds: 'required' } } },
    gates: { creds: { type, with: { env: ['PYPI_API_TOKEN'] } } },
  });
  expect(document(policy('secrets_present'))).toBe(true);
  // A gate type this set does not have is refused.
  expect(document(policy('run_streak'))).toBe(false);
  // The document leaves parameters to the type's validator.
  expect(
    document({ ...policy('secrets_present'), gates: { creds: { type: 'secrets_present', with: {} } } }),
  ).toBe(true);
  // secrets_present's own schema is unchanged: its precompiled validator still serves.
  const validateParams = (await params(['secrets_present'])).get('secrets_present')!;
  expect(validateParams).toBe(await precompiledParams('secrets_present'));
  expect(validateParams({ env: ['PYPI_API_TOKEN'] })).toBe(true);
  expect(validateParams({ env: ['not a name!'] })).toBe(false);
  expect(validateParams({})).toBe(false);
});

test('a gate type whose parameter schema changed without regenerating is compiled at run time', async () => {
  const evidence = GATE_TYPES.find((g) => g.type === 'evidence')!;
  const changed: GateType = {
    ...evidence,
    paramsSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: { path: { type: 'string' }, max_bytes: { type: 'integer', default: 7 } },
    },
  };
  const { params } = await policyValidators([changed]);
  const validateParams = (await params(['evidence'])).get('evidence')!;
  expect(validateParams).not.toBe(await precompiledParams('evidence'));
  const value: Record<string, unknown> = { path: 'e.json' };
  expect(validateParams(value)).toBe(true);
  expect(value).toEqual({ path: 'e.json', max_bytes: 7 });
  expect(validateParams({ artifact: { name: 'a', file: 'b' } })).toBe(false);
});
