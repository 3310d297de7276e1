// The job summary under hostile strings, end to end: branch names, issue titles, check and job
// names, an evidence message, a version value and the policy's file name, crafted to forge
// Markdown (pipes, newlines, <details>, links, HTML, 100 kB strings), go through a real
// evaluation against the emulator and renderMarkdown, and GitHub's Markdown (micromark + GFM)
// must show exactly the structure the same evaluation shows with plain strings: the same rows,
// cells, links, headings, lists and collapsible blocks.
//
// Import with `await import()`: it points GITHUB_API_URL at nothing of its own, but the modules
// it loads read it at import time.
import fc from 'fast-check';
import { propertyParameters } from '../setup/fast-check-seed.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { commitChain, startEmulator } from '../../test/emulator/index.js';
import type { Scenario } from '../../test/emulator/scenario.js';
import { HOSTILE_STRINGS } from '../fixtures/reports.js';
import type { HostileProperty } from './properties.js';
import { RequestCounter } from '../../src/github/counter.js';

const { evaluate } = await import('../../src/engine/evaluate.js');
const { createGitHub } = await import('../../src/github/client.js');
const { renderMarkdown } = await import('../../src/report/markdown.js');

/** The strings a hostile repository controls, one per place it shows in the summary. */
export interface Carriers {
  branch: string;
  issueTitle: string;
  checkName: string;
  jobName: string;
  evidenceMessage: string;
  version: string;
  policyName: string;
}

const MAIN = commitChain(3, 'hostile-summary');
const SHA = MAIN[2]!.sha;

function scenario(c: Carriers): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: MAIN,
    branches: { main: SHA },
    files: { [SHA]: { 'package.json': JSON.stringify({ name: 'plasmite', version: c.version }) } },
    runs: [
      {
        id: 5001,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: SHA,
        conclusion: 'failure',
        jobs: [
          { name: c.jobName, conclusion: 'failure' },
          { name: 'lint', conclusion: 'success' },
        ],
      },
    ],
    check_runs: {
      [SHA]: [
        { name: c.checkName, conclusion: 'failure' },
        { name: 'lint', conclusion: 'success' },
      ],
    },
    issues: [
      { number: 1, title: c.issueTitle, labels: ['blocker'] },
      { number: 2, title: `${c.issueTitle} (again)`, labels: ['blocker'] },
    ],
  };
}

const POLICY = `version: 1
stages:
  ANY:
    match: ["**"]
    gates: { checks: required, blockers: required, evidence: required, versions: required, jobs: report_only, secrets: required }
gates:
  checks:
    type: required_checks
    with: { checks: all, include_statuses: false }
  blockers:
    type: open_issues
    with: { labels: [blocker] }
  evidence:
    type: evidence
    with: { path: evidence.json }
  versions:
    type: version_alignment
    with: { files: [{ path: package.json, pointer: /version }], expect: "1.2.0" }
  jobs:
    type: jobs_succeeded
    with: { workflow: ci.yml, jobs: [{ name: lint }, { name: "*" }] }
  secrets:
    type: secrets_present
    with: { env: [RG_HOSTILE_SECRET] }
`;

/** File names cannot hold '/' or NUL: the rest of the string stays. */
function fileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what a file name cannot hold
  return `${text.replace(/[/\u0000]/g, '_').slice(0, 200) || '_'}.yml`;
}

export async function summaryOf(c: Carriers, root: string): Promise<string> {
  const emulator = await startEmulator(scenario(c));
  const workspace = mkdtempSync(path.join(root, 'ws-'));
  try {
    const policy = `.github/${fileName(c.policyName)}`;
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, policy), POLICY);
    writeFileSync(
      path.join(workspace, 'evidence.json'),
      JSON.stringify({ ok: false, message: c.evidenceMessage }),
    );
    const counter = new RequestCounter();
    const github = createGitHub({ token: 'ghs_summary', baseUrl: emulator.apiUrl, counter, retryBaseMs: 1 });
    const { report } = await evaluate(
      {
        policy,
        policyRef: null,
        // By name: a branch name with a newline matches no glob, and the ref still shows.
        stage: 'ANY',
        ref: `refs/heads/${c.branch}`,
        sha: SHA,
        buildRunId: null,
        baseTag: null,
        rehearsal: false,
        overrideFreeze: false,
        overrideReason: null,
        token: 'ghs_summary',
        externalToken: null,
        reportDir: 'dist/maturity',
        uploadReport: false,
        summary: true,
        failOnBlocking: true,
        fileBlockers: false,
      },
      {
        repository: { owner: 'acme', repo: 'plasmite' },
        workspace,
        env: {},
        serverUrl: 'https://github.com',
        runId: 999000,
        actor: 'release-captain',
        eventPullRequest: null,
        now: new Date('2026-11-18T17:00:00Z'),
        github,
        externalGithub: github,
        counter,
      },
    );
    if (report.error) throw new Error(`evaluation error ${report.error.code}: ${report.error.message}`);
    return renderMarkdown(report);
  } finally {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

const TAGS = [
  'tr',
  'td',
  'th',
  'table',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'details',
  'summary',
  'img',
  'script',
  'li',
  'ul',
  'ol',
  'blockquote',
  'hr',
  'pre',
  'input',
  'iframe',
  'style',
  'del',
  'strong',
  'em',
  'code',
  'br',
  'p',
];

/** How many of each element the rendered summary has: its structure, whatever the text. */
export function structure(markdown: string): Record<string, number> {
  const html = toHtml(markdown);
  const counts: Record<string, number> = {};
  for (const tag of TAGS) counts[tag] = (html.match(new RegExp(`<${tag}[\\s>/]`, 'gi')) ?? []).length;
  // Cells per row, in order: a forged pipe would move text into another column.
  counts.cellsPerRow = Number(
    (html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((row) => (row.match(/<t[dh][\s>]/g) ?? []).length).join(''),
  );
  return counts;
}

/** The same carriers with every hostile string replaced by plain letters of the same length. */
function plain(c: Carriers): Carriers {
  const letters = (text: string, seed: string) =>
    seed.repeat(Math.ceil(text.length / seed.length + 1)).slice(0, Math.max(text.length, 1));
  return {
    branch: letters(c.branch, 'b'),
    issueTitle: letters(c.issueTitle, 'i'),
    checkName: letters(c.checkName, 'c'),
    jobName: letters(c.jobName, 'j'),
    evidenceMessage: letters(c.evidenceMessage, 'e'),
    version: letters(c.version, 'v'),
    policyName: letters(c.policyName, 'p'),
  };
}

const MARKDOWN_TOKENS = [
  '|',
  '\n',
  '\r\n',
  '<details>',
  '</details>',
  '<summary>',
  '</summary>',
  '[x](https://evil.example)',
  '![i](x)',
  '<a href="x">',
  '</a>',
  '<script>',
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '---',
  '```',
  '`',
  '**',
  '_',
  '~~',
  '[ ] ',
  '<!--',
  '-->',
  '&lt;',
  '\\',
  'https://evil.example',
  'www.evil.example',
  '<br>',
  '<img src=x>',
  '[ref]: https://evil.example',
  '[ref]',
  '<https://evil.example>',
  '\u202e',
  '\u0000',
  ':',
  '"',
  "'",
];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.array(fc.constantFrom(...MARKDOWN_TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join('')),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const big = fc.constantFrom(
  '|'.repeat(100_000),
  `${'<details>'.repeat(5_000)}\n# x`,
  `${'[x](https://evil.example) '.repeat(4_000)}`,
);
export const carriersArb: fc.Arbitrary<Carriers> = fc.record({
  branch: hostile,
  issueTitle: fc.oneof({ weight: 5, arbitrary: hostile }, { weight: 1, arbitrary: big }),
  checkName: hostile,
  jobName: hostile,
  evidenceMessage: fc.oneof({ weight: 5, arbitrary: hostile }, { weight: 1, arbitrary: big }),
  version: hostile,
  policyName: hostile,
});

/** One case: the hostile summary's structure against the plain one's; empty when equal. */
export async function compareSummaries(c: Carriers, root: string): Promise<string[]> {
  const [forged, honest] = [structure(await summaryOf(c, root)), structure(await summaryOf(plain(c), root))];
  return Object.keys(honest)
    .filter((k) => forged[k] !== honest[k])
    .map((k) => `${k}: ${forged[k]} with hostile strings, ${honest[k]} with plain ones`);
}

export const summaryProperty: HostileProperty = {
  name: 'summary forging',
  what: 'branch names, issue titles, check and job names, an evidence message, a version and the policy file name crafted to forge Markdown (pipes, newlines, <details>, links, HTML, 100 kB strings), through a real evaluation: the summary has the structure the same evaluation has with plain strings',
  suiteWeight: 0.05,
  scriptRuns: 500,
  async run(numRuns, seed) {
    const root = mkdtempSync(path.join(tmpdir(), 'release-gates-summary-'));
    try {
      await fc.assert(
        fc.asyncProperty(carriersArb, async (c) => {
          const differences = await compareSummaries(c, root);
          if (differences.length) throw new Error(differences.join('; '));
        }),
        propertyParameters(numRuns, seed),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
