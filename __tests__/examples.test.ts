// The example policies, checked the way a user checks theirs: with the built command line
// (`node dist/cli.js`, run as a child process). Every example validates (exit 0); a broken copy
// exits 2 and points at the broken line as FILE:LINE:COL; `stage` picks the stage the example
// promises, however its stages are ordered in the file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { search } from '@jmespath-community/jmespath';
import { isMap, parse, parseDocument } from 'yaml';
import { ciWorkflow, HOMEBREW_PLATFORMS, targetsJson } from '../test/demo/plasmite-process.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MODELINE =
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/OWNER/release-gates/v1/schemas/policy.schema.json';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const EXAMPLE_FILES = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const kindOf = (name: string): 'policy' | 'workflow' | 'other' => {
  const doc = parse(readFileSync(path.join(ROOT, 'examples', name), 'utf8')) as Record<
    string,
    unknown
  > | null;
  if (doc && typeof doc === 'object' && 'version' in doc && 'stages' in doc) return 'policy';
  if (doc && typeof doc === 'object' && 'jobs' in doc) return 'workflow';
  return 'other';
};
const POLICIES = EXAMPLE_FILES.filter((name) => kindOf(name) === 'policy').map((name) => `examples/${name}`);

let scratch: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npm run build' first.`);
  scratch = mkdtempSync(path.join(tmpdir(), 'release-gates-examples-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `text` to the scratch directory and returns its path. */
function scratchFile(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

test('every file in examples/ is a policy or a workflow, and the four use cases have their policy', () => {
  expect(EXAMPLE_FILES.filter((name) => kindOf(name) === 'other')).toEqual([]);
  expect(POLICIES).toEqual(
    expect.arrayContaining([
      'examples/maturity-stages.yml',
      'examples/release-publish.yml',
      'examples/tag-verification.yml',
      'examples/windows-graduation.yml',
    ]),
  );
});

describe.each(POLICIES)('%s', (file) => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');

  test('starts with the schema line editors read, naming the committed schema', () => {
    expect(text.split('\n')[0]).toBe(MODELINE);
    const schemaPath = new URL(MODELINE.split('$schema=')[1]!).pathname.split('/').slice(4).join('/');
    expect(schemaPath).toBe('schemas/policy.schema.json');
    expect(existsSync(path.join(ROOT, schemaPath))).toBe(true);
  });

  test('validate exits 0', async () => {
    const run = await cli('validate', '--policy', file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^${file}: valid \\(\\d+ stages?, \\d+ gates?\\)\\n$`));
  });

  test('a copy with an unknown gate type exits 2 and points at that value', async () => {
    const lines = text.split('\n');
    const index = lines.findIndex((line) => /^\s+type: \w+$/.test(line));
    expect(index).toBeGreaterThan(0);
    lines[index] = lines[index]!.replace(/type: \w+$/, 'type: not_a_gate_type');
    const broken = scratchFile(`type-${path.basename(file)}`, lines.join('\n'));
    const column = lines[index]!.indexOf('not_a_gate_type') + 1;

    const run = await cli('validate', '--policy', broken);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${broken}:${index + 1}:${column} `);
    expect(run.stderr).toContain("'not_a_gate_type' is not allowed");
  });

  test('a copy with a YAML error exits 2 and points at the line', async () => {
    // A second top-level `version:` key: YAML itself refuses duplicate keys.
    const line = text.endsWith('\n') ? text.split('\n').length : text.split('\n').length + 1;
    const broken = scratchFile(`yaml-${path.basename(file)}`, `${text.replace(/\n?$/, '\n')}version: 1\n`);

    const run = await cli('validate', '--policy', broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${escapeRegExp(broken)}:${line}:1 YAML: `, 'm'));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every order of a list. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The policy text with its stages written in `order` (comments and everything else kept). */
function withStageOrder(text: string, order: string[]): string {
  const doc = parseDocument(text);
  const stages = doc.get('stages');
  if (!isMap(stages)) throw new Error('stages is not a mapping');
  const byName = new Map(stages.items.map((pair) => [String((pair.key as { value: unknown }).value), pair]));
  stages.items = order.map((name) => byName.get(name)!);
  return doc.toString();
}

describe('stage: the maturity example', () => {
  const file = 'examples/maturity-stages.yml';
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const EXPECTED = [
    {
      ref: 'v1.0.0-rc.1',
      stage: 'PRE_GA',
      reason: "ref 'v1.0.0-rc.1' matched 'v*-rc.*' of stage PRE_GA (most specific)",
    },
    { ref: 'v1.0.0', stage: 'GA', reason: "ref 'v1.0.0' matched 'v*' of stage GA (most specific)" },
    { ref: 'main', stage: 'PILOT', reason: "ref 'main' matched 'main' of stage PILOT" },
  ];

  test.each(EXPECTED)('$ref is $stage, and the output says why', async ({ ref, stage, reason }) => {
    const run = await cli('stage', ref, '--policy', file);
    expect(run).toEqual({ code: 0, stdout: `${stage}\n${reason}\n`, stderr: '' });
  });

  test('whatever order the stages are written in (all six)', async () => {
    const orders = permutations(['PILOT', 'PRE_GA', 'GA']);
    expect(orders).toHaveLength(6);
    const runs = await Promise.all(
      orders.map(async (order) => {
        const shuffled = withStageOrder(text, order);
        expect(Object.keys((parse(shuffled) as { stages: object }).stages)).toEqual(order);
        const policy = scratchFile(`maturity-${order.join('-')}.yml`, shuffled);
        const stages = await Promise.all(EXPECTED.map(({ ref }) => cli('stage', ref, '--policy', policy)));
        return {
          order: order.join(' '),
          stages: stages.map((run) => `${run.code} ${run.stdout.split('\n')[0]}`),
        };
      }),
    );
    for (const run of runs)
      expect(run).toEqual({ order: run.order, stages: ['0 PRE_GA', '0 GA', '0 PILOT'] });
  }, 60_000);
});

describe('stage: the other examples', () => {
  test.each([
    { file: 'examples/release-publish.yml', ref: 'v1.2.0', stage: 'RELEASE' },
    { file: 'examples/release-publish.yml', ref: 'bump-0.9.1', stage: 'BRANCH' },
    { file: 'examples/tag-verification.yml', ref: 'v1.2.0', stage: 'TAG' },
    { file: 'examples/windows-graduation.yml', ref: 'main', stage: 'PREVIEW' },
  ])('$file: $ref is $stage', async ({ file, ref, stage }) => {
    const run = await cli('stage', ref, '--policy', file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')[0]).toBe(stage);
  });

  test('tag verification has no stage for a branch: exit 2, naming the ref', async () => {
    const run = await cli('stage', 'main', '--policy', 'examples/tag-verification.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('main');
  });
});

// The plasmite examples model a real process: its lists and numbers are read from the
// repository (release/targets.json, ci.yml's env), never repeated in the policy, and what they
// read exists in a repository built like plasmite's (test/demo/plasmite-process.ts).
describe('the plasmite examples read their lists and numbers from the repository', () => {
  type Gate = { type: string; with?: Record<string, unknown> };
  const gatesOf = (file: string) =>
    (parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8')) as { gates: Record<string, Gate> }).gates;

  test('release-publish: platform lists come from release/targets.json, and the query selects the Homebrew platforms', () => {
    const gates = gatesOf('release-publish.yml');
    const sources = [
      ...((gates.assets!.with!.required as Record<string, unknown>[]) ?? []).map((entry) => entry),
      gates.homebrew!.with!,
    ];
    for (const source of sources) {
      expect(source).not.toHaveProperty('platform');
      expect(source).not.toHaveProperty('platforms');
      const from = source.platforms_from as { file: string; query: string };
      expect(from.file).toBe('release/targets.json');
      expect(search(JSON.parse(targetsJson()) as never, from.query)).toEqual(HOMEBREW_PLATFORMS);
    }
    // Windows is built (npm, PyPI) but not shipped by Homebrew: the query must leave it out.
    expect(HOMEBREW_PLATFORMS).not.toContain('windows_amd64');
  });

  test('release-publish: checked before publishing, inside the build run, with no checksum file', () => {
    const gates = gatesOf('release-publish.yml');
    expect(gates.assets!.with).toMatchObject({
      source: 'build_artifacts',
      artifacts: 'dist-*',
      checksums: 'none',
    });
    expect(gates.homebrew!.with).toMatchObject({ source: 'build_artifacts', path: 'Formula/plasmite.rb' });
    expect(gates.build_run!.with).toMatchObject({ dispatch_from: ['main'] });
  });

  test("windows-graduation: every threshold names a variable of ci.yml's env holding a positive integer", () => {
    const gates = gatesOf('windows-graduation.yml');
    const env = (parse(ciWorkflow()) as { env: Record<string, string> }).env;
    const reads = Object.values(gates).flatMap((gate) =>
      Object.entries(gate.with ?? {})
        .filter(([key]) => key.endsWith('_from'))
        .map(([key, value]) => ({ key, ...(value as { file: string; env: string }) })),
    );
    expect(reads.map((r) => r.key).sort()).toEqual(['count_from', 'demote_at_from', 'window_from']);
    for (const read of reads) {
      expect(read.file).toBe('.github/workflows/ci.yml');
      expect(env[read.env]).toMatch(/^[1-9]\d*$/);
    }
    expect(gates.windows_rollback!.with).not.toHaveProperty('max_failures');
  });

  test('windows-graduation: a nightly run on main is a main run, as ci.yml schedules one', () => {
    const on = (parse(ciWorkflow()) as { on: Record<string, unknown> }).on;
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['push', 'schedule']));
    const gates = gatesOf('windows-graduation.yml');
    for (const id of ['windows_reliability', 'windows_rollback']) {
      expect(gates[id]!.with).toMatchObject({ branch: 'main', event: ['push', 'schedule'] });
    }
  });
});
