// What the README's job summary screenshots show, and whether they are current. Each picture
// is of the job summary of one act of the demo; docs/images/screenshots.json records, per
// picture, the sha256 of the Markdown it was rendered from. The Markdown's timings (a gate's
// "(12 ms)", the footer's duration, a `waitedMs` in a gate's details) differ from run to run
// and are masked before hashing;
// anything else that changes the summary (its layout, a message, a request count) changes the
// hash, and __tests__/integration/screenshots.test.ts then fails until `npm run screenshots`.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ACTS } from '../test/demo/plasmite.js';
import { startEmulator } from '../test/emulator/index.js';
import { ROOT, runAction } from '../test/run-action.js';

export const IMAGES = path.join(ROOT, 'docs', 'images');
export const MANIFEST = path.join(IMAGES, 'screenshots.json');

export interface Shot {
  act: number;
  file: string;
  /** The job's `name:` in the example workflow: GitHub titles the pane "<job> summary". */
  job: string;
}

export const SHOTS: Shot[] = [
  { act: 1, file: 'summary-blocked.png', job: 'windows graduation' },
  { act: 3, file: 'summary-pass.png', job: 'maturity gates' },
];
/** Also: the blocked summary's first gate with its details expanded, that block alone. */
export const DETAILS_SHOT: Shot = { act: 1, file: 'summary-blocked-details.png', job: 'windows graduation' };

/** docs/images/screenshots.json: picture → the act and the hash of the Markdown it shows. */
export type Manifest = Record<string, { act: number; markdown_sha256: string }>;

/** The job summary the bundle writes for one act of the demo, checked to give the act's verdict. */
export async function summaryOf(actNumber: number): Promise<string> {
  const act = ACTS[actNumber - 1];
  if (!act) throw new Error(`The demo has no act ${actNumber}.`);
  const emulator = await startEmulator(act.scenario);
  try {
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: act.inputs,
      env: act.env,
      files: act.files,
      event: act.event,
    });
    const blocking = run.report?.blocking.map((b) => b.gate) ?? [];
    if (run.report?.result !== act.expect.result || blocking.join() !== act.expect.blocking.join()) {
      throw new Error(
        `Act ${actNumber} (${act.title}) ended ${run.report?.result ?? 'without a report'} blocked by ` +
          `[${blocking.join(', ')}], not ${act.expect.result} blocked by [${act.expect.blocking.join(', ')}].\n` +
          run.stdout +
          run.stderr,
      );
    }
    if (!run.summary) throw new Error(`Act ${actNumber} wrote no job summary.`);
    return run.summary;
  } finally {
    await emulator.close();
  }
}

/** The Markdown with its run-to-run timings replaced by `…`. */
export function withoutTimings(markdown: string): string {
  const duration = String.raw`\d+ ms|\d+\\?\.\d s|\d+ min \d+ s`;
  return (
    markdown
      .replace(new RegExp(String.raw`\((?:${duration})\)`, 'g'), '(…)')
      .replace(new RegExp(String.raw`(\*\*Duration:\*\* )(?:${duration})`, 'g'), '$1…')
      // Times measured inside a gate, in its structured details (`"waitedMs": 0.0021`).
      .replace(/("\w*(?:Ms|_ms)": )-?[\d.]+(?:e[+-]?\d+)?/g, '$1…')
  );
}

export function renderingHash(markdown: string): string {
  return createHash('sha256').update(withoutTimings(markdown)).digest('hex');
}

/** The manifest for these summaries (act number → Markdown). */
export function manifestOf(summaries: ReadonlyMap<number, string>): Manifest {
  const manifest: Manifest = {};
  for (const shot of [...SHOTS, DETAILS_SHOT].sort((a, b) => a.file.localeCompare(b.file))) {
    const markdown = summaries.get(shot.act);
    if (markdown === undefined) throw new Error(`No summary of act ${shot.act} for ${shot.file}.`);
    manifest[shot.file] = { act: shot.act, markdown_sha256: renderingHash(markdown) };
  }
  return manifest;
}
