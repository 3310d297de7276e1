// Lists the unit test files that run fast-check properties: those importing fast-check, and
// those importing a helper beside them that does (e.g. __tests__/hostile/properties.ts). CI
// runs these again with a fresh seed after the whole suite has run with a fixed one:
//
//   FC_SEED=<seed> npx jest $(node scripts/property-tests.mjs) --selectProjects unit
// (the paths first: --selectProjects takes every word after it as a project name)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const IMPORTS_FAST_CHECK = /from 'fast-check'/;

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'integration' ? [] : tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function propertyTestFiles(root = '__tests__') {
  const files = tsFiles(root).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const helpers = files.filter((f) => !f.file.endsWith('.test.ts') && IMPORTS_FAST_CHECK.test(f.text));
  return files
    .filter(({ file, text }) => {
      if (!file.endsWith('.test.ts')) return false;
      if (IMPORTS_FAST_CHECK.test(text)) return true;
      return helpers.some(
        (h) =>
          path.dirname(h.file) === path.dirname(file) &&
          text.includes(`./${path.basename(h.file, '.ts')}.js'`),
      );
    })
    .map(({ file }) => file.split(path.sep).join('/'))
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(propertyTestFiles().join('\n'));
}
