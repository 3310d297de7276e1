// The demo repository as a scenario file, test/demo/plasmite.yml, so the emulator can serve it
// to anything, not only to the demo: `npm run emulator -- test/demo/plasmite.yml`, then point
// `evaluate` (or the action) at it. The file is generated from the demo's first act (the
// Windows graduation pull request, 3 of 10 green runs); __tests__/demo-scenario.test.ts fails
// when it is stale.
//
//   npx tsx test/demo/scenario-file.ts --write   regenerate the file
//   npx tsx test/demo/scenario-file.ts --check   exit 1 when it differs from the demo
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { stringify } from 'yaml';
import { ACTS } from './plasmite.js';

export const DEMO_SCENARIO_FILE = path.join(import.meta.dirname, 'plasmite.yml');

/** The act the file holds: the demo's opening, where one gate blocks. */
export const DEMO_ACT = ACTS[0]!;

const HEADER = `# Generated from test/demo/plasmite.ts (act 1: ${DEMO_ACT.title}) by
# \`npx tsx test/demo/scenario-file.ts --write\`; do not edit by hand.
#
# acme/plasmite on the emulator:
#   npm run emulator -- test/demo/plasmite.yml --port 8080
#   GITHUB_API_URL=http://127.0.0.1:8080 GITHUB_TOKEN=demo RELEASE_GATES_NOW=${DEMO_ACT.env.RELEASE_GATES_NOW} \\
#     node dist/cli.js evaluate --repo acme/plasmite --ref v0.9.0 --stage GRADUATION \\
#     --policy examples/windows-graduation.yml
`;

/** The scenario as YAML, formatted as the repository formats YAML (prettier). */
export async function renderDemoScenario(): Promise<string> {
  // `yaml` quotes any string that would read back as another type (an all-digit sha as a
  // number); file contents become literal blocks.
  const text = HEADER + stringify(DEMO_ACT.scenario, { blockQuote: 'literal', lineWidth: 0 });
  const options = await prettier.resolveConfig(DEMO_SCENARIO_FILE);
  return prettier.format(text, { ...options, filepath: DEMO_SCENARIO_FILE });
}

if (process.argv[1] === import.meta.filename) {
  const rendered = await renderDemoScenario();
  if (process.argv.includes('--write')) {
    writeFileSync(DEMO_SCENARIO_FILE, rendered);
    console.log(`Wrote ${path.relative(process.cwd(), DEMO_SCENARIO_FILE)}.`);
  } else {
    const current = readFileSync(DEMO_SCENARIO_FILE, 'utf8');
    if (current !== rendered) {
      console.error(`${DEMO_SCENARIO_FILE} is stale: run npx tsx test/demo/scenario-file.ts --write`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), DEMO_SCENARIO_FILE)} is up to date.`);
  }
}
