// Validators for the policy: precompiled (src/policy/generated/, written by `npm run
// generate`) for the registry's gate types, so the action does not compile JSON Schemas at
// every start; compiled at run time for any other set of gate types (tests).
import type { GateType } from '../gates/types.js';
import type { ValidateFunction } from './schema-errors.js';
import * as precompiledDocument from './generated/document-validator.js';
import * as precompiledParams from './generated/params-validators.js';
import { sha256Hex } from './normalize.js';
import { buildDocumentSchema } from './schema.js';

export interface PolicyValidators {
  document: ValidateFunction;
  /** Per gate type; fills parameter defaults in place. */
  params: Map<string, ValidateFunction>;
}

/**
 * Identifies the schemas a set of validators was built from. Plain JSON.stringify: the
 * schemas are objects built by this code, so their key order is fixed, and sorting keys
 * would cost every run more than the rest of the check.
 */
export function schemasFingerprint(gateTypes: readonly GateType[]): string {
  return sha256Hex(
    JSON.stringify({
      document: buildDocumentSchema(gateTypes),
      params: gateTypes.map((g) => [g.type, g.paramsSchema]),
    }),
  );
}

export async function policyValidators(gateTypes: readonly GateType[]): Promise<PolicyValidators> {
  if (
    precompiledDocument.FINGERPRINT === schemasFingerprint(gateTypes) &&
    precompiledParams.FINGERPRINT === precompiledDocument.FINGERPRINT
  ) {
    const table = precompiledParams as unknown as Record<string, ValidateFunction>;
    return {
      document: precompiledDocument.policy as unknown as ValidateFunction,
      params: new Map(gateTypes.map((g) => [g.type, table[paramsExportName(g.type)]!])),
    };
  }
  const { createAjv } = await import('./ajv.js');
  const ajv = createAjv();
  const withDefaults = createAjv({ useDefaults: true });
  return {
    document: ajv.compile(buildDocumentSchema(gateTypes)),
    params: new Map(gateTypes.map((g) => [g.type, withDefaults.compile(g.paramsSchema)])),
  };
}

export function paramsExportName(type: string): string {
  return `params_${type}`;
}
