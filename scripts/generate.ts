// Writes the generated files: schemas/policy.schema.json (from the gate registry),
// docs/policy.md (from that schema) and the precompiled validators in src/policy/generated/
// (the policy document's, each gate type's parameters' in params/, and release metadata's).
// `--check` fails when a committed file is stale, or left over.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const GENERATED_DIRS = ['src/policy/generated', 'src/policy/generated/params'];
const STUBS: Record<string, string> = {
  'src/policy/generated/document-validator.ts': 'export const FINGERPRINT = "";',
  'src/policy/generated/params/index.ts': 'export const PARAMS_VALIDATORS = {};',
  'src/policy/generated/metadata-validator.ts': 'export const FINGERPRINT = "";',
};

// The registry imports the validators; when writing, start from stubs (which make the code
// compile its schemas at run time) so a stale or broken generated file cannot stop its own
// regeneration.
const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // missing: stale
  }
};
const beforeStubs = new Map(Object.keys(STUBS).map((file) => [file, read(file)]));
if (!check) {
  for (const dir of GENERATED_DIRS) mkdirSync(dir, { recursive: true });
  for (const [file, stub] of Object.entries(STUBS))
    writeFileSync(file, `// Stub while generating.\n${stub}\n`);
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
  const current = beforeStubs.get(file) ?? read(file);
  if (current === content && !(file in STUBS)) continue;
  if (check) {
    if (current === content) continue;
    console.error(`${file} is out of date: run 'npm run generate' and commit it.`);
    stale++;
  } else {
    writeFileSync(file, content);
    if (current !== content) console.log(`wrote ${file}`);
  }
}
// A gate type no longer registered, or a file no longer generated, is left behind.
for (const dir of GENERATED_DIRS) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (!entry.isFile() || file in files) continue;
    if (check) {
      console.error(`${file} is not generated any more: run 'npm run generate' and commit its removal.`);
      stale++;
    } else {
      rmSync(file);
      console.log(`removed ${file}`);
    }
  }
}
process.exit(stale ? 1 : 0);
