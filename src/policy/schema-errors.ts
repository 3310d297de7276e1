// Ajv's validation errors, precompiled or not, turned into what a person reads. Types only
// from Ajv: this module is on every run's path, Ajv itself is not.
import type { ErrorObject, ValidateFunction } from 'ajv';

export type { ErrorObject, ValidateFunction };

/**
 * A failed `oneOf` ("give `count` or `count_from`") yields an error per alternative plus one
 * for the oneOf itself; a person needs one sentence. When the data picked an alternative (it
 * has that alternative's required keys), only that alternative's errors are kept; when it
 * picked none or several, one error names the alternatives.
 */
export function collapseOneOf(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  let result = [...errors];
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const alternatives = Array.isArray(oneOf.schema) ? (oneOf.schema as { required?: string[] }[]) : [];
    const keys = alternatives.map((a) => a.required ?? []);
    if (keys.some((k) => k.length === 0)) continue;
    const nestedIn = (e: ErrorObject, index?: number) =>
      e !== oneOf && e.schemaPath.startsWith(`${oneOf.schemaPath}/${index ?? ''}`);
    const value = valueAt(data, pointerToPath(oneOf.instancePath));
    const present = keys
      .map((required, index) => ({ index, chosen: required.every((k) => isObject(value) && k in value) }))
      .filter((a) => a.chosen);
    const named = keys.map((k) => k.map((key) => `'${key}'`).join(' + ')).join(' or ');
    if (present.length === 1) {
      const chosen = present[0]!.index;
      result = result.filter((e) => e !== oneOf && (!nestedIn(e) || nestedIn(e, chosen)));
    } else {
      const message = present.length === 0 ? `needs ${named}` : `takes only one of ${named}`;
      result = result
        .filter((e) => !nestedIn(e))
        .map((e) => (e === oneOf ? { ...e, keyword: 'oneOfChoice', message } : e));
    }
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Ajv's error as one sentence: the path in dotted form, then what is wrong, quoting values. */
export function describeAjvError(
  error: ErrorObject,
  data: unknown,
): { path: (string | number)[]; key: boolean; message: string } {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? path.join('.') : '(top level)';
  const params = error.params as Record<string, unknown>;
  const actual = valueAt(data, path);
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        key: true,
        message: `${where}: unknown key '${String(params.additionalProperty)}'`,
      };
    case 'required':
      return {
        path,
        key: false,
        message: `${where}: missing required key '${String(params.missingProperty)}'`,
      };
    case 'enum':
      return {
        path,
        key: false,
        message: `${where}: ${quote(actual)} is not allowed; expected one of: ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'const':
      return {
        path,
        key: false,
        message: `${where}: ${quote(actual)} is not allowed; expected ${quote(params.allowedValue)}`,
      };
    case 'type':
      return {
        path,
        key: false,
        message: `${where}: ${quote(actual)} must be ${article(String(params.type))}`,
      };
    case 'propertyNames':
      return {
        path: [...path, String(params.propertyName)],
        key: true,
        message: `${where}: invalid name '${String(params.propertyName)}'`,
      };
    case 'pattern':
      if (error.propertyName !== undefined)
        return {
          path: [...path, error.propertyName],
          key: true,
          message: `${where}: invalid name '${String(error.propertyName)}' (must match ${String(params.pattern)})`,
        };
      return {
        path,
        key: false,
        message: `${where}: ${quote(actual)} does not match ${String(params.pattern)}`,
      };
    default:
      return {
        path,
        key: false,
        message: `${where}: ${error.message ?? 'is invalid'}${actual !== undefined && typeof actual !== 'object' ? ` (got ${quote(actual)})` : ''}`,
      };
  }
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
