// The command line (SPEC §8) through `main(argv, io)` with a fake io: `validate` exits 0 or 2
// with FILE:LINE:COL lines, `stage REF` prints the stage and why, usage errors exit 2, and
// `evaluate` (with --sha and a full ref, so no API is needed) exits 0 / 1 / 2.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, main, type Io } from '../../src/cli.js';
import { lineOf, MATURITY_POLICY, positionOf, SHA, tempWorkspace } from '../fixtures/policies.js';

interface FakeIo extends Io {
  stdout: string[];
  stderr: string[];
}

function fakeIo(cwd: string, env: NodeJS.ProcessEnv = {}): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), env, cwd, isTty: false, stdout, stderr };
}

const BROKEN = [
  'version: 1',
  'stages:',
  '  GA:',
  '    match: ["v*"]',
  '    gates: { verify: required, ghost: required }',
  'gates:',
  '  verify:',
  '    type: evidence',
  '    with: { path: "{tagg}.json" }',
  '',
].join('\n');

let workspace: { dir: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  workspace = await tempWorkspace({
    '.github/release-gates.yml': MATURITY_POLICY,
    'policies/broken.yml': BROKEN,
    'policies/syntax.yml': 'version: 1\nstages: { GA: {\n',
    'policies/tie.yml':
      'version: 1\nstages:\n  A: { match: ["v*"], gates: {} }\n  B: { match: ["*1"], gates: {} }\ngates: {}\n',
    'policies/extends.yml':
      'version: 1\nextends: acme/org/base.yml@v1\nstages:\n  GA: { gates: {} }\ngates: {}\n',
  });
});
afterEach(() => workspace.cleanup());

describe('release-gates validate', () => {
  test('a valid policy at the default path exits 0 and says so', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate'], io)).toBe(EXIT.pass);
    expect(io.stdout).toEqual(['.github/release-gates.yml: valid (3 stages, 3 gates)']);
    expect(io.stderr).toEqual([]);
  });

  test('--policy FILE picks the file', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', '.github/release-gates.yml'], io)).toBe(0);
    expect(await main(['validate', '--policy=.github/release-gates.yml'], io)).toBe(0);
  });

  test('an invalid policy exits 2 with every error as FILE:LINE:COL message', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', 'policies/broken.yml'], io)).toBe(EXIT.usage);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(2);
    for (const line of io.stderr) expect(line).toMatch(/^policies\/broken\.yml:\d+:\d+ \S/);
    const ghost = positionOf(BROKEN, 'ghost');
    expect(io.stderr).toContainEqual(
      expect.stringMatching(new RegExp(`^policies/broken\\.yml:${ghost.line}:${ghost.col} .*'ghost'`)),
    );
    expect(io.stderr).toContainEqual(
      expect.stringMatching(
        new RegExp(`^policies/broken\\.yml:${lineOf(BROKEN, '{tagg}')}:\\d+ .*\\{tagg\\}`),
      ),
    );
  });

  test('a YAML syntax error exits 2 with positioned lines', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', 'policies/syntax.yml'], io)).toBe(2);
    expect(io.stderr.length).toBeGreaterThan(0);
    for (const line of io.stderr) expect(line).toMatch(/^policies\/syntax\.yml:\d+:\d+ YAML: /);
  });

  test('extends cannot be followed offline: exit 2 at the extends line', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', 'policies/extends.yml'], io)).toBe(2);
    expect(io.stderr).toEqual([
      expect.stringMatching(/^policies\/extends\.yml:2:10 extends: 'acme\/org\/base\.yml@v1'/),
    ]);
  });

  test('a missing file exits 2 naming it', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', 'nope.yml'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('nope.yml');
  });

  test.each([
    [['validate', '--polcy', 'x.yml']],
    [['validate', 'extra-positional']],
    [['validate', '--policy']],
  ])('bad arguments %j exit 2 with a message', async (argv) => {
    const io = fakeIo(workspace.dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr.join('\n').length).toBeGreaterThan(0);
    expect(io.stdout).toEqual([]);
  });
});

describe('release-gates stage', () => {
  test.each([
    ['v1.0.0-rc.1', 'PRE_GA', "ref 'v1.0.0-rc.1' matched 'v*-rc.*' of stage PRE_GA (most specific)"],
    ['v1.0.0', 'GA', "ref 'v1.0.0' matched 'v*' of stage GA (most specific)"],
    ['main', 'PILOT', "ref 'main' matched 'main' of stage PILOT"],
    ['refs/tags/v2.0.0', 'GA', "ref 'v2.0.0' matched 'v*' of stage GA (most specific)"],
    ['refs/heads/develop', 'PILOT', "ref 'develop' matched '*' of stage PILOT"],
  ])('stage %s prints %s and why', async (ref, stage, reason) => {
    const io = fakeIo(workspace.dir);
    expect(await main(['stage', ref], io)).toBe(0);
    expect(io.stdout).toEqual([stage, reason]);
    expect(io.stderr).toEqual([]);
  });

  test('--policy FILE may come before or after REF', async () => {
    for (const argv of [
      ['stage', '--policy', '.github/release-gates.yml', 'v1.0.0'],
      ['stage', 'v1.0.0', '--policy', '.github/release-gates.yml'],
    ]) {
      const io = fakeIo(workspace.dir);
      expect(await main(argv, io)).toBe(0);
      expect(io.stdout[0]).toBe('GA');
    }
  });

  test('no matching stage exits 2 naming the ref', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['stage', 'feature/login'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("'feature/login'");
    expect(io.stdout).toEqual([]);
  });

  test('a tie exits 2 naming both stages', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['stage', 'v1', '--policy', 'policies/tie.yml'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/A \('v\*'\).*B \('\*1'\)|B \('\*1'\).*A \('v\*'\)/);
  });

  test('an invalid policy exits 2 with FILE:LINE:COL lines', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['stage', 'v1.0.0', '--policy', 'policies/broken.yml'], io)).toBe(2);
    for (const line of io.stderr) expect(line).toMatch(/^policies\/broken\.yml:\d+:\d+ /);
  });

  test.each([[['stage']], [['stage', 'v1', 'v2']], [['stage', 'v1', '--stage', 'GA']]])(
    '%j exits 2',
    async (argv) => {
      const io = fakeIo(workspace.dir);
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.length).toBeGreaterThan(0);
    },
  );
});

describe('release-gates: commands and usage', () => {
  test('an unknown command exits 2 naming it, with the usage', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("Unknown command 'frobnicate'");
    expect(io.stderr.join('\n')).toContain('release-gates validate');
  });

  test('no command prints the usage and exits 2', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main([], io)).toBe(2);
    expect(io.stdout.join('\n')).toContain('Usage:');
  });

  test('--help exits 0 with the usage; --version prints the version', async () => {
    const help = fakeIo(workspace.dir);
    expect(await main(['--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toContain('release-gates stage REF');
    const version = fakeIo(workspace.dir);
    expect(await main(['--version'], version)).toBe(0);
    expect(version.stdout).toHaveLength(1);
    expect(version.stdout[0]).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('release-gates evaluate (offline: --sha and a full ref)', () => {
  const POLICY = [
    'version: 1',
    'stages:',
    '  GA:',
    '    match: ["v*"]',
    '    gates: { verify: required, creds: report_only }',
    'gates:',
    '  verify:',
    '    type: evidence',
    '    with: { path: verify.json }',
    '  creds:',
    '    type: secrets_present',
    '    with: { env: [NPM_TOKEN] }',
    '',
  ].join('\n');

  const args = (...extra: string[]) => [
    'evaluate',
    '--repo',
    'acme/widget',
    '--ref',
    'refs/tags/v1.2.0',
    '--sha',
    SHA,
    '--policy',
    'gates.yml',
    '--report-dir',
    'out',
    ...extra,
  ];

  async function withFiles(files: Record<string, string>): Promise<string> {
    const { writeFile, mkdir } = await import('node:fs/promises');
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(workspace.dir, name)), { recursive: true });
      await writeFile(path.join(workspace.dir, name), text);
    }
    return workspace.dir;
  }

  const ENV = { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' };

  test('all required gates pass: exit 0, reports written', async () => {
    await withFiles({ 'gates.yml': POLICY, 'verify.json': '{"ok": true}' });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(args('--json'), io)).toBe(EXIT.pass);
    const report = JSON.parse(io.stdout.join('\n')) as {
      result: string;
      stage: string;
      warnings: { gate: string }[];
    };
    expect(report.result).toBe('pass');
    expect(report.stage).toBe('GA');
    expect(report.warnings.map((w) => w.gate)).toEqual(['creds']);
    const written = JSON.parse(
      await readFile(path.join(workspace.dir, 'out', 'maturity-eval.json'), 'utf8'),
    ) as { result: string };
    expect(written.result).toBe('pass');
  });

  test('a required gate fails: exit 1', async () => {
    await withFiles({ 'gates.yml': POLICY, 'verify.json': '{"ok": false}' });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(args(), io)).toBe(EXIT.blocked);
    expect(io.stdout.join('\n')).toContain('verify');
  });

  test('an invalid policy: exit 2', async () => {
    await withFiles({ 'gates.yml': BROKEN });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(args(), io)).toBe(EXIT.usage);
  });

  test.each([
    [['--stage', 'GAA'], "Invalid stage 'GAA'"],
    [['--stage', 'constructor'], "Invalid stage 'constructor'"],
  ])('an unknown stage %j exits 2 (a usage error, not a verdict)', async (extra, message) => {
    await withFiles({ 'gates.yml': POLICY, 'verify.json': '{"ok": true}' });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(args(...extra, '--json'), io)).toBe(EXIT.usage);
    expect(io.stdout.join('\n')).toContain(message);
  });

  test('a ref no stage matches exits 2', async () => {
    await withFiles({ 'gates.yml': POLICY });
    const io = fakeIo(workspace.dir, ENV);
    const argv = args().map((a) => (a === 'refs/tags/v1.2.0' ? 'refs/heads/feature/x' : a));
    expect(await main(argv, io)).toBe(EXIT.usage);
  });

  test('a missing policy: exit 2', async () => {
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(args(), io)).toBe(EXIT.usage);
  });

  test.each([
    [['evaluate', '--ref', 'v1'], 'needs --repo'],
    [['evaluate', '--repo', 'acme/widget'], 'needs --ref'],
    [['evaluate', '--repo', 'not-a-repo', '--ref', 'refs/tags/v1', '--sha', SHA], "'not-a-repo'"],
    [['evaluate', '--repo', 'acme/widget', '--ref', 'refs/tags/v1', '--sha', 'abc'], "Invalid sha 'abc'"],
    [['evaluate', '--repo', 'acme/widget', '--ref', 'a..b'], "Invalid ref 'a..b'"],
    [['evaluate', '--repo', 'acme/widget', '--ref', 'v1', '--build-run-id', 'x'], "Invalid build_run_id 'x'"],
  ])('%j exits 2 with %s', async (argv, message) => {
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(message);
  });

  test('an invalid RELEASE_GATES_NOW exits 2 quoting it', async () => {
    await withFiles({ 'gates.yml': POLICY, 'verify.json': '{"ok": true}' });
    const io = fakeIo(workspace.dir, { RELEASE_GATES_NOW: 'tomorrow' });
    expect(await main(args(), io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("'tomorrow'");
  });
});
