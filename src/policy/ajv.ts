// Compiles JSON Schemas at run time: tests, and policies for gate types other than the
// registry's. The action's own validators are precompiled (src/policy/generated/), so this
// module, and Ajv with it, is only imported when needed.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** A strict Ajv for JSON Schema 2020-12; `useDefaults` fills parameter defaults in place. */
export function createAjv(options: { useDefaults?: boolean } = {}): Ajv2020 {
  // verbose: errors carry their schema, which collapseOneOf needs to name the alternatives.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    useDefaults: options.useDefaults ?? false,
  });
  addFormats(ajv);
  return ajv;
}

export type { ValidateFunction };
