// `npm run hostile`: every hostile-input property with 10,000 cases (the unit suite runs the
// same properties with a few hundred). Prints one line per property and a summary; exits 1 when
// a property fails (fast-check prints the counterexample and the seed to replay it).
//
//   npm run hostile                         # 10,000 cases each
//   npm run hostile -- --runs 2000 --only "policy loader,SBOMs" --seed 42
//   npm run hostile -- --write              # and its figures into docs/reliability.md
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HOSTILE_BEGIN, HOSTILE_END, withHostileSection } from '../test/faults/doc.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    only: { type: 'string' },
    seed: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
if (values.write && (values.only || values.runs !== '10000')) {
  console.error('--write needs every property at 10,000 cases: drop --only and --runs.');
  process.exit(2);
}
const runs = Number(values.runs);
const seed = values.seed === undefined ? undefined : Number(values.seed);
const only = values.only?.split(',').map((s) => s.trim().toLowerCase());

// The payload harness points GITHUB_API_URL at its proxy before anything loads @actions/github.
const { startPayloadHarness } = await import('../__tests__/hostile/payloads.js');
const harness = await startPayloadHarness();
const { PROPERTIES } = await import('../__tests__/hostile/properties.js');
const { summaryProperty } = await import('../__tests__/hostile/summary.js');

const all = [...PROPERTIES, ...harness.properties, summaryProperty].filter(
  (p) => !only || only.some((o) => p.name.toLowerCase().includes(o)),
);

const log = (line: string) => process.stderr.write(`${line}\n`);
const results: { name: string; cases: number; seconds: number; ok: boolean; what: string }[] = [];
const started = performance.now();
for (const property of all) {
  const cases = property.exhaustive ?? property.scriptRuns ?? runs;
  const t = performance.now();
  let ok = true;
  try {
    await property.run(cases, seed);
  } catch (error) {
    ok = false;
    const cause = (error as Error).cause as Error | undefined;
    log(`\n✗ ${property.name}\n${(error as Error).message}${cause ? `\nCause: ${cause.message}` : ''}\n`);
  }
  const seconds = (performance.now() - t) / 1000;
  results.push({ name: property.name, cases, seconds, ok, what: property.what });
  log(`${ok ? '✓' : '✗'} ${property.name}: ${cases} cases in ${seconds.toFixed(1)} s`);
}
await harness.close();

console.log('| property | cases | time | result |');
console.log('| --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.name} | ${r.cases.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} s | ${r.ok ? 'pass' : '**FAIL**'} |`,
  );
console.log(
  `\n${results.filter((r) => r.ok).length} of ${results.length} properties hold, ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (harness.caught.size) {
  console.log(
    `\nCrashes in gate code caught by the engine (GATE_CRASHED; each fails the property), by site:`,
  );
  for (const [site, count] of [...harness.caught.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`- ${count}× ${site}`);
}
if (values.write) {
  const file = path.resolve(import.meta.dirname, '..', 'docs', 'reliability.md');
  const table = [
    '| property | what is thrown at it | cases | time | result |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.what.replace(/\|/g, '\\|')} | ${r.cases.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} s | ${r.ok ? 'holds' : '**FAILS**'} |`,
    ),
  ].join('\n');
  const crashes = harness.caught.size
    ? [...harness.caught.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([site, count]) => `- ${count}× ${site.replace(/\|/g, '\\|')}`)
        .join('\n')
    : 'None seen.';
  const section = `${HOSTILE_BEGIN}
Each property states what must hold for every input: a parser returns a value or throws its own
validation error with a message (\`PolicyError\` with file, line and column; \`StageError\`;
\`ChecksumParseError\`; \`SbomError\`; \`FormulaParseError\`; \`ZipError\`, …), never another
exception, and nothing malformed is read as a pass. \`npm run hostile\` runs ${runs.toLocaleString('en-US')} cases each
(the end-to-end summary property ${summaryProperty.scriptRuns}, the garbage property every combination); the unit suite
runs the same properties with a few hundred (\`RELEASE_GATES_HOSTILE_RUNS\` sets it).

${table}

${results.filter((r) => r.ok).length} of ${results.length} properties hold; ${results.reduce((n, r) => n + r.cases, 0).toLocaleString('en-US')} cases in ${((performance.now() - started) / 1000).toFixed(0)} s.

Zip slip and zip bombs: archives with \`../\`, absolute, drive-letter (\`C:\`, \`./C:\`) and backslash
names, NULs, duplicates, random bit flips, and entries that inflate past the size or ratio
limits are refused whole (\`__tests__/hostile/zip.test.ts\` adds the bombs and a lying header).

What these properties found, and what was fixed:

- **Fail-open: an issues listing of \`null\`, or of entries without a number or title, read as
  "no blockers"** (the garbage property): the GitHub client now refuses a successful JSON
  answer that is not an object or array, and \`src/facts/issues.ts\` refuses an entry it cannot
  identify (\`API_ERROR\`).
- **Fail-open: a failing job named \`.\`, \`..\` or starting with a line break slipped past \`*\`**
  in \`jobs_succeeded\`, \`run_streak\` and \`failure_budget\` (the summary property, where a job
  named \`"\\n|"\` failed and the gate passed): \`src/gates/job-match.ts\` matches job names as text.
- **Crash: a ref or tag answer without an object** stopped the evaluation (\`src/facts/refs.ts\`).
- **Crash: a base policy whose \`stages\`, \`gates\` or \`overrides\` is not a mapping** threw a
  TypeError while merging (\`src/policy/load.ts\`): now a policy error at the base file's line.
- **Crash: a YAML version file with an alias and no anchor** (\`<<: *a\`) threw a ReferenceError
  out of \`version_alignment\` (\`src/util/version-files.ts\`): now a syntax error of that file.
- **Zip slip: an entry named \`./C:\`** became the drive-relative \`C:\` once \`./\` was dropped and
  was accepted (\`src/util/zip.ts\`): refused like any drive letter.
- **Crash: damaged GitHub answers reached gate code** (the damaged-payload property): a runs
  listing without its \`workflow_runs\` list, a job or author whose name was not text, a check
  suite without its check runs, a GraphQL answer without \`repository\` ended in TypeErrors
  (\`data.workflow_runs.map is not a function\`, \`pull.author?.toLowerCase is not a function\`)
  that the engine caught fail-closed as \`GATE_CRASHED\`, a message nobody can act on. Every fact
  now checks each field it reads as GitHub documents it (\`src/facts/shape.ts\`: present unless
  optional, of its type, null only where GitHub sends null) and refuses a damaged answer with
  \`API_ERROR\` naming the request and the field ("GitHub's answer to GET
  /repos/o/r/actions/workflows/ci.yml/runs has no workflow_runs list"). A \`GATE_CRASHED\` now
  fails the property.

Crashes in gate code on damaged GitHub answers (\`GATE_CRASHED\`, each a failure of the
property), by site over the damaged-payload cases:

${crashes}
${HOSTILE_END}`;
  writeFileSync(file, withHostileSection(readFileSync(file, 'utf8'), section));
  log(`Wrote the hostile-input figures into ${path.relative(process.cwd(), file)}.`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
