import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** A strict Ajv for JSON Schema 2020-12; `useDefaults` fills parameter defaults in place. */
export function createAjv(options: { useDefaults?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: options.useDefaults ?? false });
  addFormats(ajv);
  return ajv;
}

export type { ErrorObject, ValidateFunction };

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
