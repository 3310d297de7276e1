// Validators for the policy: precompiled (src/policy/generated/, written by `npm run
// generate`) for the registry's gate types, so the action does not compile JSON Schemas at
// every start; compiled at run time for any other schema (tests, or a registry changed
// without regenerating). A gate type's parameter validator is loaded only when a policy
// uses that type: each is a module (a bundle chunk) of its own.
import { asCatalogue } from '../gates/catalogue.js';
import type { GateCatalogue, GateType } from '../gates/types.js';
import type { ValidateFunction } from './schema-errors.js';
import * as precompiledDocument from './generated/document-validator.js';
import { PARAMS_VALIDATORS } from './generated/params/index.js';
import { sha256Hex } from './normalize.js';
import { buildDocumentSchema } from './schema.js';

export interface PolicyValidators {
  document: ValidateFunction;
  /**
   * The parameter validators (which fill defaults in place) of those of `types` that are
   * gate types of this set; each loaded, or compiled, once.
   */
  params(types: Iterable<string>): Promise<Map<string, ValidateFunction>>;
}

/**
 * Identifies the schema a document validator was built from. Plain JSON.stringify: the schema
 * is an object built by this code, so its key order is fixed. Small (no gate parameters), so
 * checking it at every start costs little.
 */
export function documentFingerprint(gateTypes: readonly GateType[] | GateCatalogue): string {
  return sha256Hex(JSON.stringify(buildDocumentSchema(asCatalogue(gateTypes).summaries)));
}

/** Identifies the schema a parameter validator was built from; computed only for the types used. */
export function paramsFingerprint(gate: GateType): string {
  return sha256Hex(JSON.stringify(gate.paramsSchema));
}

export async function policyValidators(
  gateTypes: readonly GateType[] | GateCatalogue,
): Promise<PolicyValidators> {
  const catalogue = asCatalogue(gateTypes);
  // Ajv itself is loaded only when something has to be compiled.
  let ajv: Promise<typeof import('./ajv.js')> | undefined;
  const createAjv = async (options?: { useDefaults?: boolean }) =>
    (await (ajv ??= import('./ajv.js'))).createAjv(options);
  let compiler: ReturnType<typeof createAjv> | undefined;

  const loadParams = async (gate: GateType): Promise<ValidateFunction> => {
    const module = Object.hasOwn(PARAMS_VALIDATORS, gate.type)
      ? await PARAMS_VALIDATORS[gate.type]!()
      : undefined;
    if (module?.FINGERPRINT === paramsFingerprint(gate)) return module.validate as ValidateFunction;
    return (await (compiler ??= createAjv({ useDefaults: true }))).compile(gate.paramsSchema);
  };
  const params = new Map<string, Promise<ValidateFunction>>();
  const paramsOf = (gate: GateType) => {
    let validator = params.get(gate.type);
    if (!validator) params.set(gate.type, (validator = loadParams(gate)));
    return validator;
  };

  const document =
    precompiledDocument.FINGERPRINT === documentFingerprint(catalogue)
      ? (precompiledDocument.policy as unknown as ValidateFunction)
      : (await createAjv()).compile(buildDocumentSchema(catalogue.summaries));
  return {
    document,
    async params(types) {
      const gates = [...(await catalogue.load(types)).values()];
      return new Map(await Promise.all(gates.map(async (g) => [g.type, await paramsOf(g)] as const)));
    },
  };
}
