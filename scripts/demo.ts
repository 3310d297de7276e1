// `npm run demo`: the bundled action, run as the runner runs it, against the local GitHub
// emulator playing the sample repository acme/plasmite. Five acts; each prints what the job
// summary says, and all reports land in demo-output/.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderText } from '../src/report/text.js';
import { ACTS } from '../test/demo/plasmite.js';
import { startEmulator } from '../test/emulator/index.js';
import { ROOT, runAction } from '../test/run-action.js';

const OUT = path.join(ROOT, 'demo-output');
const showMarkdown = process.argv.includes('--markdown');
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[0m` : text);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let surprises = 0;
for (const [index, act] of ACTS.entries()) {
  const emulator = await startEmulator(act.scenario);
  try {
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: act.inputs,
      env: act.env,
      files: act.files,
      event: act.event,
    });
    const folder = path.join(
      OUT,
      `${index + 1}-${act.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
    );
    cpSync(path.join(run.workspace, 'dist', 'maturity'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'job-summary.md'), run.summary);
    console.log(`\n${bold(`Act ${index + 1}: ${act.title}`)}\n${act.story}\n`);
    console.log(run.report ? renderText(run.report, { color }) : run.stdout);
    if (showMarkdown) console.log(`\n${run.summary}`);
    console.log(
      `\n  exit code ${run.exitCode}; job summary and reports: ${path.relative(process.cwd(), folder)}/`,
    );
    const blocking = run.report?.blocking.map((b) => b.gate) ?? [];
    if (run.report?.result !== act.expect.result || blocking.join() !== act.expect.blocking.join()) {
      surprises++;
      console.log(
        `  (unexpected: wanted ${act.expect.result} blocked by [${act.expect.blocking.join(', ')}])`,
      );
    }
  } finally {
    await emulator.close();
  }
}
console.log(
  `\nReports of every act: ${path.relative(process.cwd(), OUT)}/ (maturity-eval.json, maturity-eval.md, job-summary.md)`,
);
console.log('Run it with --markdown to print each job summary as GitHub renders it from Markdown.');
process.exit(surprises ? 1 : 0);
