// The action validates policies and release metadata with validators precompiled by `npm run
// generate`; they must be the registry's current schemas, and any other set of gate types must
// still be validated (compiled at run time).
import * as precompiledDocument from '../../src/policy/generated/document-validator.js';
import * as precompiledMetadata from '../../src/policy/generated/metadata-validator.js';
import * as precompiledParams from '../../src/policy/generated/params-validators.js';
import { RELEASE_METADATA_SCHEMA_FINGERPRINT } from '../../src/gates/release-metadata.js';
import { GATE_TYPES } from '../../src/gates/registry.js';
import { paramsExportName, policyValidators, schemasFingerprint } from '../../src/policy/compiled.js';

test('the generated validators are built from the current schemas', () => {
  expect(precompiledDocument.FINGERPRINT).toBe(schemasFingerprint(GATE_TYPES));
  expect(precompiledParams.FINGERPRINT).toBe(schemasFingerprint(GATE_TYPES));
  expect(precompiledMetadata.FINGERPRINT).toBe(RELEASE_METADATA_SCHEMA_FINGERPRINT);
});

test("the registry's gate types get the precompiled validators", async () => {
  const validators = await policyValidators(GATE_TYPES);
  expect(validators.document).toBe(precompiledDocument.policy);
  const table = precompiledParams as unknown as Record<string, unknown>;
  for (const gate of GATE_TYPES)
    expect(validators.params.get(gate.type)).toBe(table[paramsExportName(gate.type)]);
});

test('other gate types are compiled at run time, and still say no', async () => {
  const subset = GATE_TYPES.filter((g) => g.type === 'secrets_present');
  expect(schemasFingerprint(subset)).not.toBe(precompiledDocument.FINGERPRINT);
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
  const validateParams = params.get('secrets_present')!;
  expect(validateParams({ env: ['PYPI_API_TOKEN'] })).toBe(true);
  expect(validateParams({ env: ['not a name!'] })).toBe(false);
  expect(validateParams({})).toBe(false);
});
