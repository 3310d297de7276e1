// Hostile strings from the repository cannot forge the job summary: end to end through a real
// evaluation, the summary has the structure it has with plain strings.
import { jest } from '@jest/globals';

jest.setTimeout(240_000);

const RUNS = Number(process.env.RELEASE_GATES_HOSTILE_RUNS ?? 300);
const { compareSummaries, structure, summaryProperty } = await import('./summary.js');

test(`${Math.max(5, Math.round(RUNS * (summaryProperty.suiteWeight ?? 1)))} random evaluations with hostile strings`, async () => {
  await summaryProperty.run(Math.max(5, Math.round(RUNS * (summaryProperty.suiteWeight ?? 1))));
});

test('the worst of each kind at once: forged rows, details, links, headings, 100 kB', async () => {
  const root = (await import('node:fs')).mkdtempSync(
    `${(await import('node:os')).tmpdir()}/release-gates-summary-`,
  );
  const differences = await compareSummaries(
    {
      branch: 'x|y\n| forged | row |\n|---|---|',
      issueTitle: `</summary></details><details open><summary>forged</summary>\n# Forged heading\n[click](https://evil.example) ${'|'.repeat(100_000)}`,
      checkName: '<script>alert(1)</script> ![img](https://evil.example/x.png)',
      jobName: '- [ ] forged task\n> quote',
      evidenceMessage: '[ref]: https://evil.example\n[ref] <https://evil.example> www.evil.example',
      version: '```\n# fence',
      policyName: '<img src=x onerror=alert(1)>|`x`',
    },
    root,
  );
  expect(differences).toEqual([]);
});

test('structure counts what GitHub would render', () => {
  const s = structure(
    '| a | b |\n| --- | --- |\n| 1 | [x](https://e.example) |\n\n<details>\n<summary>s</summary>\n\nx\n\n</details>\n',
  );
  expect([s.tr, s.td, s.a, s.details, s.summary, s.cellsPerRow]).toEqual([2, 2, 1, 1, 1, 22]);
});
