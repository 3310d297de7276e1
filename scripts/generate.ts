// Writes the generated files: schemas/policy.schema.json (from the gate registry) and
// docs/policy.md (from that schema). `--check` fails when a committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { GATE_TYPES } from '../src/gates/registry.js';
import { renderPolicyReference } from '../src/policy/reference.js';
import { buildPolicySchema } from '../src/policy/schema.js';

const schema = buildPolicySchema(GATE_TYPES);
const files: Record<string, string> = {
  'schemas/policy.schema.json': JSON.stringify(schema, null, 2) + '\n',
  'docs/policy.md': renderPolicyReference(schema),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, content] of Object.entries(files)) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: stale
  }
  if (current === content) continue;
  if (check) {
    console.error(`${file} is out of date: run 'npm run generate' and commit it.`);
    stale++;
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
