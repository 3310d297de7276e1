// The policy's JSON Schema is built from one source: the top-level shape below plus each
// registered gate type's parameter schema. schemas/policy.schema.json is this, written out
// (scripts/generate.ts) for editors and docs, and a test keeps the two equal.
import { MODES, OVERRIDE_PERMISSIONS } from '../model/types.js';
import type { GateType, GateTypeSummary } from '../gates/types.js';

export const POLICY_SCHEMA_ID = 'https://release-gates.dev/schemas/policy.schema.json';

export const STAGE_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';
export const GATE_ID_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]*$';

/** The published schema: every gate type's parameters in full, for editors and docs/policy.md. */
export function buildPolicySchema(gateTypes: readonly GateType[]): Record<string, unknown> {
  return policySchema(gateTypes, {
    allOf: gateTypes.map((g) => ({
      if: { properties: { type: { const: g.type } }, required: ['type'] },
      then: {
        properties: { with: { $ref: `#/$defs/params_${g.type}` } },
        ...(hasRequired(g.paramsSchema) ? { required: ['with'] } : {}),
      },
    })),
    defs: Object.fromEntries(gateTypes.map((g) => [`params_${g.type}`, g.paramsSchema])),
  });
}

/**
 * The schema the action validates a policy against: the published one without the gate types'
 * parameters (a `with` only has to be there when its type needs parameters). Each gate's
 * parameters are judged by its type's own validator, which runs anyway to fill defaults
 * (src/policy/validate.ts, which reports their errors where the published schema would);
 * judging them here too made every run load and compile a validator of 386 kB for nothing.
 */
export function buildDocumentSchema(gateTypes: readonly GateTypeSummary[]): Record<string, unknown> {
  const needWith = gateTypes.filter((g) => g.requiresWith).map((g) => g.type);
  return policySchema(gateTypes, {
    ...(needWith.length
      ? {
          allOf: [
            {
              if: { properties: { type: { enum: needWith } }, required: ['type'] },
              // `with: true` declares what `required` names, as Ajv's strict mode asks.
              then: { properties: { with: true }, required: ['with'] },
            },
          ],
        }
      : {}),
    defs: {},
  });
}

function policySchema(
  gateTypes: readonly { type: string }[],
  /** The gate's rules about `with` per type, and the definitions they use. */
  parameters: { allOf?: Record<string, unknown>[]; defs: Record<string, unknown> },
): Record<string, unknown> {
  const types = gateTypes.map((g) => g.type).sort();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: POLICY_SCHEMA_ID,
    title: 'release-gates policy',
    description: 'Stages, the gates each stage evaluates, and the gates themselves.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'stages', 'gates'],
    properties: {
      version: { description: 'Policy format version.', const: 1 },
      extends: {
        description:
          'A base policy in another repository, OWNER/REPO/PATH@REF; local stages and gates override it by key.',
        type: 'string',
        pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[^@\\s]+@[^@\\s]+$',
      },
      stages: {
        description: 'Maturity stages by name.',
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: STAGE_NAME_PATTERN },
        additionalProperties: { $ref: '#/$defs/stage' },
      },
      gates: {
        description: 'Gate definitions by id.',
        type: 'object',
        propertyNames: { pattern: GATE_ID_PATTERN },
        additionalProperties: { $ref: '#/$defs/gate' },
      },
      overrides: {
        description: 'Break-glass settings.',
        type: 'object',
        additionalProperties: false,
        properties: {
          reason_min_length: {
            description: 'Minimum length of override_reason.',
            type: 'integer',
            minimum: 1,
            default: 20,
          },
          allowed_actors: {
            description:
              'GitHub logins (case-insensitive) who may break glass; an override by anyone else is refused (OVERRIDE_NOT_ALLOWED). With min_permission too, the actor must be listed and have that permission.',
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$' },
          },
          min_permission: {
            description:
              'The least permission on the repository the actor needs to break glass, read through the API (the role, e.g. maintain; a custom role counts as its base role). `none` asks nothing.',
            enum: [...OVERRIDE_PERMISSIONS],
          },
        },
      },
    },
    $defs: {
      stage: {
        type: 'object',
        additionalProperties: false,
        required: ['gates'],
        properties: {
          description: { type: 'string' },
          match: {
            description:
              'Glob patterns (picomatch) for ref names; patterns starting with refs/ match the full ref.',
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
          },
          gates: {
            description: 'Gate id → mode.',
            type: 'object',
            propertyNames: { pattern: GATE_ID_PATTERN },
            additionalProperties: { enum: [...MODES] },
          },
        },
      },
      gate: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: {
          type: { enum: types },
          description: { type: 'string' },
          overridable: {
            description: 'May be broken with override_freeze and a reason.',
            type: 'boolean',
            default: false,
          },
          with: { type: 'object' },
        },
        ...(parameters.allOf ? { allOf: parameters.allOf } : {}),
      },
      ...parameters.defs,
    },
  };
}

/** What the document schema needs of each type: its name, and whether `with:` is required; by name. */
export function summarize(gateTypes: readonly GateType[]): GateTypeSummary[] {
  return gateTypes
    .map((g) => ({ type: g.type, requiresWith: hasRequired(g.paramsSchema) }))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** Parameters that cannot be empty: some are required, or one of several alternatives is. */
function hasRequired(schema: Record<string, unknown>): boolean {
  if (Array.isArray(schema.required) && schema.required.length > 0) return true;
  const alternatives = (schema.oneOf ?? schema.anyOf) as Record<string, unknown>[] | undefined;
  return Array.isArray(alternatives) && alternatives.every((a) => hasRequired(a));
}
