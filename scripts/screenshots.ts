// `npm run screenshots`: pictures of the job summary for the README, taken whenever the
// summary's Markdown changes. It runs two acts of the demo (act 1, blocked; act 3, passing)
// through the bundle against the local GitHub emulator, renders each job summary to HTML as
// GitHub does (GFM, raw <details> allowed), styles it with GitHub's own Markdown CSS in a pane
// as wide as the job summary's, and saves full-page screenshots from headless Chromium to
// docs/images/, with docs/images/screenshots.json: the hash of the Markdown each picture shows.
// __tests__/integration/screenshots.test.ts compares those hashes with today's summaries, so
// stale pictures fail CI (which needs no browser for that).
//
// Needs Chromium and an emoji font for the status icons: on Debian,
// `apt-get install -y chromium fonts-noto-color-emoji` (or set CHROMIUM to a Chromium binary).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from '../test/run-action.js';
import {
  DETAILS_SHOT,
  IMAGES as OUT,
  MANIFEST,
  manifestOf,
  SHOTS,
  summaryOf,
} from './screenshot-summaries.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Width of the summary pane on a workflow run's page, and of the page around it. */
const PANE_WIDTH = 980;
const MARGIN = 16;
/** A README image larger than this is worth a look (a taller summary, a bigger scale). */
const MAX_PNG_BYTES = 400 * 1024;

const require = createRequire(import.meta.url);
const MARKDOWN_CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The job summary as GitHub shows it: its Markdown as HTML, in the summary pane. */
function page(markdown: string, job: string): string {
  const body = micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeText(job)} summary</title>
<style>${MARKDOWN_CSS}</style>
<style>
  html, body { margin: 0; background: #f6f8fa; }
  body { padding: ${MARGIN}px; width: ${PANE_WIDTH}px; }
  .pane { background: #ffffff; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .pane-header {
    padding: 16px 24px; border-bottom: 1px solid #d1d9e0; color: #1f2328;
    font: 600 14px/20px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  }
  .markdown-body { padding: 24px; }
</style>
</head>
<body>
<div class="pane">
<div class="pane-header">${escapeText(job)} summary</div>
<article class="markdown-body">
${body}
</article>
</div>
</body>
</html>
`;
}

async function show(browserPage: Page, html: string): Promise<void> {
  await browserPage.setContent(html, { waitUntil: 'load' });
  await browserPage.evaluate('document.fonts.ready.then(() => true)');
}

function report(file: string): void {
  const size = statSync(file).size;
  const note = size > MAX_PNG_BYTES ? ` (over ${MAX_PNG_BYTES / 1024} KB: check the viewport and scale)` : '';
  console.log(`  ${path.relative(ROOT, file)}  ${(size / 1024).toFixed(0)} KB${note}`);
}

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM.`);
  process.exit(1);
}
if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) {
  console.error('No dist/index.js: run `npm run build` first.');
  process.exit(1);
}

const summaries = new Map<number, string>();
for (const shot of SHOTS) summaries.set(shot.act, await summaryOf(shot.act));

mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(path.join(tmpdir(), 'release-gates-chromium-'));
// No network here or needed: keep Chromium from calling home (and flooding refused connections).
// A fresh profile each time (Playwright's persistent context is how it takes --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: PANE_WIDTH + 2 * MARGIN, height: 800 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  offline: true,
});
try {
  const browserPage = await context.newPage();
  console.log('Job summary screenshots:');
  for (const shot of SHOTS) {
    // Every <details> stays closed, as GitHub first shows them.
    await show(browserPage, page(summaries.get(shot.act)!, shot.job));
    const file = path.join(OUT, shot.file);
    await browserPage.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    report(file);
  }
  // The blocking gate's collapsible details, opened: what a reader sees after one click.
  await show(browserPage, page(summaries.get(DETAILS_SHOT.act)!, DETAILS_SHOT.job));
  const first = browserPage.locator('.markdown-body details').first();
  await first.evaluate((element) => element.setAttribute('open', ''));
  const file = path.join(OUT, DETAILS_SHOT.file);
  const box = await first.boundingBox();
  if (!box) throw new Error('The first <details> of the blocked summary is not shown.');
  // The block with the pane's own white margin around it.
  await browserPage.screenshot({
    path: file,
    fullPage: true,
    animations: 'disabled',
    clip: { x: box.x - 24, y: box.y - 16, width: box.width + 48, height: box.height + 32 },
  });
  report(file);
  writeFileSync(MANIFEST, JSON.stringify(manifestOf(summaries), null, 2) + '\n');
  console.log(`  ${path.relative(ROOT, MANIFEST)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
