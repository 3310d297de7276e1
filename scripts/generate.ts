// Writes the generated files: schemas/policy.schema.json (from the gate registry),
// docs/policy.md (from that schema) and the precompiled validators in src/policy/generated/
// (the policy's, and release metadata's).
// `--check` fails when a committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const VALIDATORS = [
  'src/policy/generated/document-validator.ts',
  'src/policy/generated/params-validators.ts',
  'src/policy/generated/metadata-validator.ts',
];

// The registry imports the validators; when writing, start from stubs (which make the code
// compile its schemas at run time) so a stale or broken generated file cannot stop its own
// regeneration.
if (!check) {
  for (const file of VALIDATORS)
    writeFileSync(file, '// Stub while generating.\nexport const FINGERPRINT = "";\n');
}

const { GATE_TYPES } = await import('../src/gates/registry.js');
const { renderPolicyReference } = await import('../src/policy/reference.js');
const { buildPolicySchema } = await import('../src/policy/schema.js');
const { precompile } = await import('./precompile.js');

const schema = buildPolicySchema(GATE_TYPES);
const files: Record<string, string> = {
  'schemas/policy.schema.json': JSON.stringify(schema, null, 2) + '\n',
  'docs/policy.md': renderPolicyReference(schema),
  ...precompile(GATE_TYPES),
};

let stale = 0;
for (const [file, content] of Object.entries(files)) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current === content && !VALIDATORS.includes(file)) continue;
  if (check) {
    if (current === content) continue;
    console.error(`${file} is out of date: run 'npm run generate' and commit it.`);
    stale++;
  } else {
    writeFileSync(file, content);
    if (current !== content) console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
