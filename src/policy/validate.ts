// Policy validation: the JSON Schema first (shape, enums, each gate's parameters), then
// what a schema cannot say (a stage using an undefined gate, unknown placeholders, gate
// specific checks). Every issue carries FILE:LINE:COL.
import {
  GateError,
  type GateDefinition,
  type Mode,
  type OverridePermission,
  type StageDefinition,
} from '../model/types.js';
import type { GateType } from '../gates/types.js';
import { collapseOneOf, describeAjvError, pointerToPath } from './schema-errors.js';
import { policyValidators } from './compiled.js';
import { stringsIn, unknownPlaceholders, PLACEHOLDERS } from './templates.js';
import type { Policy, PolicyIssue } from './types.js';
import type { YamlSource } from './yaml-source.js';

export interface PolicyValidator {
  /** Validates a parsed policy document; returns the typed policy (parameter defaults filled) or issues. */
  validate(source: YamlSource): { policy: Policy | null; issues: PolicyIssue[] };
  gateTypes: ReadonlyMap<string, GateType>;
}

export async function createPolicyValidator(gateTypes: readonly GateType[]): Promise<PolicyValidator> {
  // Parameters are validated again per type with defaults filled, so gates receive complete values.
  const { document: validateDocument, params: paramValidators } = await policyValidators(gateTypes);
  const byType = new Map(gateTypes.map((g) => [g.type, g]));

  return {
    gateTypes: byType,
    validate(source) {
      const issue = (path: (string | number)[], message: string, key = false): PolicyIssue => ({
        ...source.positionOf(path, { key }),
        message,
      });
      const data = structuredClone(source.value);
      if (!validateDocument(data)) {
        const seen = new Set<string>();
        const issues = collapseOneOf(validateDocument.errors ?? [], data)
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
      const issues: PolicyIssue[] = [];
      const gates: Record<string, GateDefinition> = {};
      for (const [id, raw] of Object.entries(doc.gates)) {
        const type = byType.get(raw.type)!;
        const params = structuredClone(raw.with ?? {});
        // The document schema already judged `with`; this run fills defaults, and catches what
        // the document schema cannot see (a missing `with` for a type whose parameters need one).
        const validateParams = paramValidators.get(raw.type)!;
        if (!validateParams(params)) {
          for (const e of collapseOneOf(validateParams.errors ?? [], params)) {
            const d = describeAjvError(e, params);
            issues.push(
              issue(
                ['gates', id, 'with', ...d.path],
                `gates.${id}.with${d.message.replace(/^\(top level\)/, '')}`,
                d.key,
              ),
            );
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
