// The README's first screen takes a new user from nothing to a working workflow: the two
// commands of a fresh clone, a workflow and a policy of ten lines that work as they stand
// (the workflow also passes __tests__/workflows.test.ts with the README's other workflows),
// what OWNER is, how to run the command line without a registry package, and the stage words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GATE_TYPES } from '../src/gates/registry.js';
import { loadPolicy } from '../src/policy/load.js';
import { resolveStage } from '../src/policy/stage.js';
import { PolicyError } from '../src/policy/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const START = README.slice(0, README.indexOf('\n## ', README.indexOf('## Start here') + 1));

/** The fenced blocks of a Markdown text, with their info string. */
function blocks(markdown: string): { info: string; text: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ info: m[1]!, text: m[2]! }));
}

const [commands, workflow, policy] = blocks(START);

test('opens with the title, a one-line description, then the first commands', () => {
  const lines = README.split('\n');
  expect(lines[0]).toBe('# release-gates');
  expect(lines[1]).toBe('');
  expect(lines[2]).toMatch(/^A GitHub Action and command line that decides .+\.$/);
  expect(lines[4]).toBe('## Start here');
  expect(commands!.info).toBe('sh');
  const commandLines = commands!.text.split('\n').map((line) => line.replace(/\s+#.*$/, ''));
  expect(commandLines).toEqual(expect.arrayContaining(['npm ci && npm run demo', 'npm ci && npm test']));
});

describe('the workflow', () => {
  test('is ten lines that run the action at OWNER/release-gates@v1 after checking out the policy', () => {
    expect(workflow!.info).toBe('yaml');
    expect(workflow!.text.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    const parsed = parse(workflow!.text) as { jobs: Record<string, { steps: { uses?: string }[] }> };
    const steps = Object.values(parsed.jobs).flatMap((job) => job.steps.map((step) => step.uses));
    expect(steps).toEqual(['actions/checkout@v5', 'OWNER/release-gates@v1']);
  });
});

describe('the policy', () => {
  const load = () =>
    loadPolicy({ text: policy!.text, file: '.github/release-gates.yml' }, GATE_TYPES, {
      source: 'workspace',
    });

  test('is ten lines, and is where the action reads it by default', () => {
    expect(policy!.info).toBe('yaml');
    expect(policy!.text.trimEnd().split('\n').length).toBeLessThanOrEqual(10);
    expect(policy!.text.split('\n')[0]).toBe('# .github/release-gates.yml');
  });

  test('validates against the policy schema', async () => {
    const loaded = await load().catch((error: unknown) => {
      throw new Error(error instanceof PolicyError ? error.message : String(error));
    });
    expect(Object.keys(loaded.policy.stages)).toEqual(['PILOT', 'PRE_GA', 'GA']);
  });

  test.each([
    ['refs/heads/main', 'PILOT'],
    ['refs/tags/v1.0.0-rc.1', 'PRE_GA'],
    ['refs/tags/v1.0.0', 'GA'],
  ])('%s is stage %s, as the text under it says', async (ref, stage) => {
    const { policy: loaded } = await load();
    expect(resolveStage(loaded.stages, 'auto', ref).stage).toBe(stage);
  });

  test('a broken copy is refused (the check above can fail)', async () => {
    const broken = policy!.text.replace('type: open_issues', 'type: open_issue');
    await expect(
      loadPolicy({ text: broken, file: '.github/release-gates.yml' }, GATE_TYPES, { source: 'workspace' }),
    ).rejects.toThrow(PolicyError);
  });
});

test('says what OWNER is, and how to run the command line without a registry package', () => {
  expect(START).toMatch(/\*\*`OWNER`\*\* is the GitHub account or organization/);
  expect(START).toContain('`npx github:OWNER/release-gates validate --policy .github/release-gates.yml`');
  expect(START).toContain('`node dist/cli.js validate --policy .github/release-gates.yml`');
  expect(START).not.toMatch(/npx release-gates/);
});

test.each(['PILOT', 'PRE_GA', 'GA'])('defines %s in a sentence', (stage) => {
  expect(START).toMatch(new RegExp(`^  - \\*\\*${stage}\\*\\*: [A-Za-z].+;`, 'm'));
});

test('defines graduation', () => {
  expect(START).toMatch(/^- \*\*Graduation\*\* is promoting something to the next stage/m);
});

test("gives the demo scenario's evaluate command exactly as the scenario file documents it", () => {
  const header = readFileSync(path.join(ROOT, 'test/demo/plasmite.yml'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('#   '))
    .map((line) => line.slice(4).replace(/\s*\\$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(header).toContain('npm run emulator -- test/demo/plasmite.yml --port 8080');
  const evaluate = header.slice(header.indexOf('GITHUB_API_URL='));
  expect(START).toContain('`npm run emulator -- test/demo/plasmite.yml --port 8080`');
  expect(START).toContain(`\`${evaluate}\``);
});
