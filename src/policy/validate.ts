// Policy validation: the JSON Schema first (the document's shape and enums, then each gate's
// parameters by its type's schema, defaults filled), then what a schema cannot say (a stage
// using an undefined gate, unknown placeholders, gate specific checks). Every issue carries
// FILE:LINE:COL.
import {
  GateError,
  type GateDefinition,
  type Mode,
  type OverridePermission,
  type StageDefinition,
} from '../model/types.js';
import { asCatalogue } from '../gates/catalogue.js';
import type { GateCatalogue, GateType } from '../gates/types.js';
import {
  collapseOneOf,
  describeAjvError,
  pointerToPath,
  type ErrorObject,
  type ValidateFunction,
} from './schema-errors.js';
import { policyValidators } from './compiled.js';
import { stringsIn, unknownPlaceholders, PLACEHOLDERS } from './templates.js';
import type { Policy, PolicyIssue } from './types.js';
import type { YamlSource } from './yaml-source.js';

export interface PolicyValidator {
  /**
   * Validates a parsed policy document; returns the typed policy (parameter defaults filled) or
   * issues. Asynchronous: the parameter validators of the gate types it uses are loaded then.
   */
  validate(source: YamlSource): Promise<{ policy: Policy | null; issues: PolicyIssue[] }>;
}

export async function createPolicyValidator(
  gateTypes: readonly GateType[] | GateCatalogue,
): Promise<PolicyValidator> {
  const catalogue = asCatalogue(gateTypes);
  const { document: validateDocument, params: paramValidators } = await policyValidators(catalogue);

  return {
    async validate(source) {
      const issue = (path: (string | number)[], message: string, key = false): PolicyIssue => ({
        ...source.positionOf(path, { key }),
        message,
      });
      const data = structuredClone(source.value);
      const loading = paramValidators(typesIn(data));
      const documentValid = validateDocument(data);
      // The document schema leaves `with` to each type's validator, which fills defaults too.
      const checked = validateParams(data, await loading);
      const paramErrors = new Map(
        [...checked].filter(([, p]) => p.given && p.errors.length).map(([id, p]) => [id, p.errors]),
      );
      if (!documentValid || paramErrors.size) {
        const errors = withParamErrors(
          collapseOneOf(validateDocument.errors ?? [], data),
          gateIds(data),
          paramErrors,
          data,
        );
        const seen = new Set<string>();
        const issues = errors
          // `if` restates a `then` failure; `propertyNames` restates its `pattern` failure.
          .filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames')
          .map((e) => describeAjvError(e, data))
          .filter((d) => !seen.has(d.message) && seen.add(d.message))
          .map((d) => issue(d.path, d.message, d.key));
        // Report every problem at once: the stage → gate references are checkable even when
        // some other part of the document is malformed.
        return { policy: null, issues: [...issues, ...undefinedGateIssues(data, issue)] };
      }
      const doc = data as RawPolicy;
      // Loaded already, with their parameter validators.
      const byType = await catalogue.load(typesIn(doc));
      const issues: PolicyIssue[] = [];
      const gates: Record<string, GateDefinition> = {};
      for (const [id, raw] of Object.entries(doc.gates)) {
        const type = byType.get(raw.type)!;
        const { value, errors } = checked.get(id)!;
        // Past the document's errors, every `with` given is a valid mapping.
        const params = value as Record<string, unknown>;
        // Only a gate without `with` can fail here (its type's parameters cannot all be left
        // out, though the document schema asks for a `with` only when some are required).
        if (errors.length) {
          // Described against a document where `with` is what was validated, as if it had been given.
          const view = { gates: { [id]: { with: params } } };
          for (const e of collapseOneOf(
            errors.map((e) => atGate(id, e)),
            view,
          )) {
            const d = describeAjvError(e, view);
            issues.push(issue(d.path, d.message, d.key));
          }
          continue;
        }
        for (const [text, path] of stringsIn(params)) {
          for (const name of unknownPlaceholders(text, type.extraPlaceholders)) {
            const allowed = [...PLACEHOLDERS, ...(type.extraPlaceholders ?? [])]
              .map((p) => `{${p}}`)
              .join(', ');
            issues.push(
              issue(
                ['gates', id, 'with', ...path],
                `gates.${id}.with.${path.join('.')}: unknown placeholder {${name}} in '${text}'; known: ${allowed}`,
              ),
            );
          }
        }
        try {
          type.checkParams?.(params);
        } catch (error) {
          if (!(error instanceof GateError)) throw error;
          // A gate may say where inside `with` the problem is (a JSON Pointer in details.path).
          const inner = typeof error.details.path === 'string' ? pointerToPath(error.details.path) : [];
          issues.push(issue(['gates', id, 'with', ...inner], `gates.${id}.with: ${error.message}`));
        }
        gates[id] = {
          id,
          type: raw.type,
          description: raw.description,
          overridable: raw.overridable ?? false,
          with: params,
        };
      }
      const stages: Record<string, StageDefinition> = {};
      for (const [name, raw] of Object.entries(doc.stages)) {
        if (name === 'auto')
          issues.push(
            issue(
              ['stages', name],
              `stages.auto: 'auto' is reserved for the stage input; rename the stage`,
              true,
            ),
          );
        stages[name] = { name, description: raw.description, match: raw.match, gates: raw.gates };
      }
      issues.push(...undefinedGateIssues(doc, issue));
      if (issues.length) return { policy: null, issues };
      return {
        policy: {
          version: 1,
          ...(doc.extends ? { extends: doc.extends } : {}),
          stages,
          gates,
          overrides: {
            reason_min_length: doc.overrides?.reason_min_length ?? 20,
            // Only when set, so the normalized policy (and its sha256) of a policy without them is unchanged.
            ...(doc.overrides?.allowed_actors ? { allowed_actors: doc.overrides.allowed_actors } : {}),
            ...(doc.overrides?.min_permission ? { min_permission: doc.overrides.min_permission } : {}),
          },
        },
        issues,
      };
    },
  };
}

interface CheckedParams {
  /** A copy of the gate's `with` (`{}` when absent), parameter defaults filled in. */
  value: unknown;
  /** Whether the gate has a `with`. */
  given: boolean;
  /** Relative to `with`. */
  errors: ErrorObject[];
}

/**
 * Each gate's parameters judged by its type's validator: every gate (even in a document that
 * is otherwise malformed) that is a mapping naming a known type, as the published schema does.
 */
function validateParams(
  data: unknown,
  validators: ReadonlyMap<string, ValidateFunction>,
): Map<string, CheckedParams> {
  const checked = new Map<string, CheckedParams>();
  const gates = isRecord(data) && isRecord(data.gates) ? data.gates : {};
  for (const [id, gate] of Object.entries(gates)) {
    if (!isRecord(gate) || typeof gate.type !== 'string') continue;
    const validate = validators.get(gate.type);
    if (!validate) continue;
    const given = gate.with !== undefined;
    const value = structuredClone(given ? gate.with : {});
    checked.set(id, { value, given, errors: validate(value) ? [] : [...(validate.errors ?? [])] });
  }
  return checked;
}

/** A parameter error as the published schema reports it: its path from the document's root. */
function atGate(id: string, error: ErrorObject): ErrorObject {
  const key = id.replace(/~/g, '~0').replace(/\//g, '~1');
  return { ...error, instancePath: `/gates/${key}/with${error.instancePath}` };
}

function gateIds(data: unknown): string[] {
  return isRecord(data) && isRecord(data.gates) ? Object.keys(data.gates) : [];
}

/** The gate types a document names: the parameter validators it needs. */
function typesIn(data: unknown): Set<string> {
  const gates = isRecord(data) && isRecord(data.gates) ? Object.values(data.gates) : [];
  return new Set(gates.flatMap((g) => (isRecord(g) && typeof g.type === 'string' ? [g.type] : [])));
}

/**
 * The document's errors with each gate's parameter errors where the published schema, which
 * checks `with` in the gate's `allOf`, puts them: first among that gate's errors (Ajv judges a
 * gate's untyped keywords before its object keywords, and the gates in document order, after
 * `version`, `extends` and `stages` and before `overrides`). So a policy's issues read in the
 * same order as when the action checked parameters in the document validator.
 */
function withParamErrors(
  documentErrors: readonly ErrorObject[],
  ids: readonly string[],
  paramErrors: ReadonlyMap<string, ErrorObject[]>,
  data: unknown,
): ErrorObject[] {
  const order = new Map(ids.map((id, index) => [id, index]));
  /** Where an error falls: before the gates (-1), in the gate of that index, or after them. */
  const rank = (e: ErrorObject): number => {
    const [top, id] = pointerToPath(e.instancePath);
    if (top === 'overrides') return Infinity;
    return top === 'gates' && id !== undefined ? (order.get(String(id)) ?? -1) : -1;
  };
  const result = [...documentErrors];
  for (const [id, errors] of paramErrors) {
    const at = order.get(id)!;
    const index = result.findIndex((e) => rank(e) >= at);
    const own = collapseOneOf(
      errors.map((e) => atGate(id, e)),
      data,
    );
    result.splice(index === -1 ? result.length : index, 0, ...own);
  }
  return result;
}

/** A stage naming a gate id that `gates` does not define; tolerant of a malformed document. */
function undefinedGateIssues(
  data: unknown,
  issue: (path: (string | number)[], message: string, key?: boolean) => PolicyIssue,
): PolicyIssue[] {
  const doc = isRecord(data) ? data : {};
  const gates = isRecord(doc.gates) ? doc.gates : {};
  const stages = isRecord(doc.stages) ? doc.stages : {};
  const defined = Object.keys(gates);
  const issues: PolicyIssue[] = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (!isRecord(stage) || !isRecord(stage.gates)) continue;
    for (const gateId of Object.keys(stage.gates)) {
      if (Object.hasOwn(gates, gateId)) continue;
      const hint = defined.length ? ` (defined: ${defined.join(', ')})` : '';
      issues.push(
        issue(
          ['stages', name, 'gates', gateId],
          `Stage '${name}' uses gate '${gateId}', which is not defined under gates${hint}`,
          true,
        ),
      );
    }
  }
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface RawPolicy {
  version: 1;
  extends?: string;
  stages: Record<string, { description?: string; match?: string[]; gates: Record<string, Mode> }>;
  gates: Record<
    string,
    { type: string; description?: string; overridable?: boolean; with?: Record<string, unknown> }
  >;
  overrides?: { reason_min_length?: number; allowed_actors?: string[]; min_permission?: OverridePermission };
}
