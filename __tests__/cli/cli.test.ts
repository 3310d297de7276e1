// The command line (SPEC §8) through `main(argv, io)` with a fake io: `validate` exits 0 or 2
// with FILE:LINE:COL lines, `stage REF` prints the stage and why, usage errors exit 2, and
// `evaluate` (with --sha and a full ref, so no API is needed) exits 0 / 1 / 2.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, main } from '../../src/cli.js';
import { fakeIo, problems } from './fake-io.js';
import { lineOf, MATURITY_POLICY, positionOf, SHA, tempWorkspace } from '../fixtures/policies.js';

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
    expect(io.stderr[0]).toBe('ERROR  the policy is invalid (2 problems)');
    expect(problems(io)).toHaveLength(2);
    for (const line of problems(io)) expect(line).toMatch(/^policies\/broken\.yml:\d+:\d+ \S/);
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
    expect(problems(io).length).toBeGreaterThan(0);
    for (const line of problems(io)) expect(line).toMatch(/^policies\/syntax\.yml:\d+:\d+ YAML: /);
  });

  test('extends cannot be followed offline: exit 2 at the extends line', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['validate', '--policy', 'policies/extends.yml'], io)).toBe(2);
    expect(problems(io)).toEqual([
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
    expect(problems(io)).toHaveLength(2);
    for (const line of problems(io)) expect(line).toMatch(/^policies\/broken\.yml:\d+:\d+ /);
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
  test('an unknown command exits 2 naming it and the commands', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(problems(io)).toEqual(["Unknown command 'frobnicate'. Commands: validate, stage, evaluate."]);
  });

  test('a misspelt command is suggested', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main(['evalute', '--repo', 'a/b'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain("Unknown command 'evalute': did you mean 'evaluate'?");
  });

  test('no command prints the commands on stderr and exits 2', async () => {
    const io = fakeIo(workspace.dir);
    expect(await main([], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('Usage: release-gates <command>');
    expect(io.stdout).toEqual([]);
  });

  test('--help exits 0 listing the commands; --version prints the version', async () => {
    const help = fakeIo(workspace.dir);
    expect(await main(['--help'], help)).toBe(0);
    for (const command of ['validate', 'stage', 'evaluate'])
      expect(help.stdout).toContainEqual(expect.stringMatching(new RegExp(`^  ${command} +\\S`)));
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
    [['evaluate', '--repo', 'acme/widget', '--ref', 'refs/tags/v1', '--sha', 'abc'], "Invalid --sha 'abc'"],
    [['evaluate', '--repo', 'acme/widget', '--ref', 'a..b'], "Invalid --ref 'a..b'"],
    [
      ['evaluate', '--repo', 'acme/widget', '--ref', 'v1', '--build-run-id', 'x'],
      "Invalid --build-run-id 'x'",
    ],
    [['evaluate', '--repo', 'acme/widget', '--ref', 'v1', '--base-tag', 'a b'], "Invalid --base-tag 'a b'"],
    [
      ['evaluate', '--repo', 'acme/widget', '--ref', 'v1', '--policy-ref', 'x..y'],
      "Invalid --policy-ref 'x..y'",
    ],
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

describe("evaluate: configuration errors print under ERROR, in the flags' terms", () => {
  const POLICY = [
    'version: 1',
    'stages:',
    '  GA:',
    '    match: ["v*"]',
    '    gates: { verify: required }',
    '  PILOT:',
    '    match: ["main"]',
    '    gates: { verify: report_only }',
    'gates:',
    '  verify:',
    '    type: evidence',
    '    with: { path: verify.json }',
    '',
  ].join('\n');
  const ENV = { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' };
  const evaluateArgs = (ref: string, ...extra: string[]) => [
    'evaluate',
    '--repo',
    'acme/widget',
    '--ref',
    ref,
    '--sha',
    SHA,
    '--policy',
    'gates.yml',
    '--report-dir',
    'out',
    ...extra,
  ];
  /** Words that only make sense in a workflow. */
  const ACTION_ADVICE = /\binput\b|actions\/checkout|in the workflow|policy_ref\b/;

  async function write(files: Record<string, string>): Promise<void> {
    const { writeFile, mkdir } = await import('node:fs/promises');
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(workspace.dir, name)), { recursive: true });
      await writeFile(path.join(workspace.dir, name), text);
    }
  }

  test.each([
    ['STAGE_NO_MATCH', evaluateArgs('refs/heads/feature/x'), /pass --stage \(one of: GA, PILOT\)/],
    [
      'STAGE_UNKNOWN',
      evaluateArgs('refs/tags/v1.2.0', '--stage', 'RC'),
      /Invalid --stage 'RC'\. Expected auto or one of: GA, PILOT/,
    ],
    [
      'POLICY_NOT_FOUND',
      evaluateArgs('refs/tags/v1.2.0', '--policy', 'nope.yml'),
      /not found in the working directory .*pass --policy FILE, or --policy-ref REF/,
    ],
  ])('%s: ERROR, one line with CLI advice, nothing on stdout, exit 2', async (code, argv, advice) => {
    await write({ 'gates.yml': POLICY, 'verify.json': '{"ok": true}' });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.stdout).toEqual([]);
    expect(io.stderr[0]).toMatch(/^ERROR {2}cannot evaluate acme\/widget at /);
    expect(io.stderr.join('\n')).not.toContain('BLOCKED');
    const lines = problems(io).filter((l) => l && !l.startsWith('Reports:'));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${code}: `))]);
    expect(lines[0]).toMatch(advice);
    expect(lines[0]).not.toMatch(ACTION_ADVICE);
  });

  test('several policy errors: one FILE:LINE:COL line each under ERROR, exit 2', async () => {
    await write({ 'gates.yml': BROKEN });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(evaluateArgs('refs/tags/v1.2.0'), io)).toBe(EXIT.usage);
    expect(io.stderr[0]).toMatch(
      /^ERROR {2}POLICY_INVALID: the policy is invalid; acme\/widget at refs\/tags\/v1\.2\.0 was not evaluated$/,
    );
    const lines = problems(io).filter((l) => l && !l.startsWith('Reports:'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^gates\.yml:\d+:\d+ \S/);
  });

  test.each([['../outside.yml'], ['/etc/release-gates.yml']])(
    'a policy path outside the working directory (%s) is a usage error, exit 2, not INVALID_PARAMS',
    async (policy) => {
      const io = fakeIo(workspace.dir, ENV);
      expect(await main(evaluateArgs('refs/tags/v1.2.0', '--policy', policy), io)).toBe(EXIT.usage);
      const text = io.stderr.join('\n');
      expect(text).toContain(`--policy '${policy}' is outside the working directory`);
      expect(text).not.toContain('INVALID_PARAMS');
    },
  );

  test.each([['a b'], ['a..b'], ['-x'], ['v1~1'], ['refs/tags/v1.lock']])(
    "stage and evaluate refuse the ref '%s' alike (one check)",
    async (ref) => {
      await write({ 'gates.yml': POLICY });
      const stage = fakeIo(workspace.dir, ENV);
      expect(await main(['stage', '--policy', 'gates.yml', '--', ref], stage)).toBe(EXIT.usage);
      expect(stage.stderr.join('\n')).toContain(`Invalid REF '${ref}'`);
      const evaluate = fakeIo(workspace.dir, ENV);
      const argv = ['evaluate', '--repo', 'acme/widget', `--ref=${ref}`, '--policy', 'gates.yml'];
      expect(await main(argv, evaluate)).toBe(EXIT.usage);
      expect(evaluate.stderr.join('\n')).toContain(`Invalid --ref '${ref}'`);
    },
  );

  test('a ref both accept is accepted by both', async () => {
    await write({ 'gates.yml': POLICY, 'verify.json': '{"ok": true}' });
    const stage = fakeIo(workspace.dir, ENV);
    expect(await main(['stage', '--policy', 'gates.yml', 'refs/tags/v1.2.0'], stage)).toBe(EXIT.pass);
    const evaluate = fakeIo(workspace.dir, ENV);
    expect(await main(evaluateArgs('refs/tags/v1.2.0'), evaluate)).toBe(EXIT.pass);
  });
});

describe('evaluate: the verdict survives a report that cannot be written', () => {
  const POLICY = [
    'version: 1',
    'stages:',
    '  GA: { match: ["v*"], gates: { verify: required } }',
    'gates:',
    '  verify: { type: evidence, with: { path: verify.json } }',
    '',
  ].join('\n');
  const ENV = { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' };
  // A file where the report directory should be: mkdir fails with ENOTDIR / EEXIST.
  const argv = (...extra: string[]) => [
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
    'blocker/out',
    ...extra,
  ];

  async function write(files: Record<string, string>): Promise<void> {
    const { writeFile } = await import('node:fs/promises');
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(workspace.dir, name), text);
  }

  test.each([
    ['pass', '{"ok": true}', 'PASS', EXIT.usage],
    ['blocked', '{"ok": false}', 'BLOCKED', EXIT.blocked],
  ])(
    '%s: the verdict is printed, the write failure is its own ERROR naming the path',
    async (_, verify, word, exit) => {
      await write({ 'gates.yml': POLICY, 'verify.json': verify, blocker: 'a file, not a directory' });
      const io = fakeIo(workspace.dir, ENV);
      expect(await main(argv(), io)).toBe(exit);
      expect(io.stdout[0]).toMatch(new RegExp(`^${word} {2}acme/widget refs/tags/v1\\.2\\.0 at stage GA`));
      expect(io.stdout.join('\n')).not.toContain('Reports:');
      const text = io.stderr.join('\n');
      expect(text).toMatch(/^ERROR {2}the reports were not written$/m);
      expect(text).toContain(
        `Cannot write the reports to '${path.join(workspace.dir, 'blocker', 'out')}' (--report-dir)`,
      );
    },
  );

  test('--json: the report is still on stdout, whole', async () => {
    await write({ 'gates.yml': POLICY, 'verify.json': '{"ok": false}', blocker: 'x' });
    const io = fakeIo(workspace.dir, ENV);
    expect(await main(argv('--json'), io)).toBe(EXIT.blocked);
    expect((JSON.parse(io.stdout.join('\n')) as { result: string }).result).toBe('fail');
  });
});

describe('evaluate: colour and progress, decided per stream', () => {
  const POLICY = [
    'version: 1',
    'stages:',
    '  GA: { match: ["v*"], gates: { verify: required, creds: report_only, off_gate: off } }',
    'gates:',
    '  verify: { type: evidence, with: { path: verify.json } }',
    '  creds: { type: secrets_present, with: { env: [NPM_TOKEN] } }',
    '  off_gate: { type: evidence, with: { path: other.json } }',
    '',
  ].join('\n');
  const argv = [
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
  ];
  const ESC = '\u001b[';

  beforeEach(async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(workspace.dir, 'gates.yml'), POLICY);
    await writeFile(path.join(workspace.dir, 'verify.json'), '{"ok": false}');
  });

  test('stdout redirected to a file, stderr a terminal: no escape codes on stdout', async () => {
    const io = fakeIo(
      workspace.dir,
      { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' },
      { stdout: false, stderr: true },
    );
    expect(await main(argv, io)).toBe(EXIT.blocked);
    expect(io.stdout.join('\n')).not.toContain(ESC);
    expect(io.stdout[0]).toMatch(/^BLOCKED /);
  });

  test('stdout a terminal: colour on stdout; NO_COLOR (any non-empty value) turns it off', async () => {
    const tty = fakeIo(workspace.dir, { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' }, { stdout: true });
    await main(argv, tty);
    expect(tty.stdout.join('\n')).toContain(`${ESC}1;31mBLOCKED`);
    const noColor = fakeIo(
      workspace.dir,
      { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z', NO_COLOR: '0' },
      { stdout: true, stderr: true },
    );
    await main(argv, noColor);
    expect([...noColor.stdout, ...noColor.stderr, ...noColor.statuses].join('\n')).not.toContain(ESC);
  });

  test('off a terminal: one line per gate on stderr as it finishes, [done/total]', async () => {
    const io = fakeIo(workspace.dir, { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' });
    await main(argv, io);
    const progress = io.stderr.filter((l) => /^\[\d\/3\]/.test(l));
    expect(progress).toHaveLength(3);
    expect(progress.map((l) => l.slice(0, 5)).sort()).toEqual(['[1/3]', '[2/3]', '[3/3]']);
    expect(progress).toContainEqual(
      expect.stringMatching(/^\[\d\/3\] verify: fail EVIDENCE_FAILED \(\d+ ms\)$/),
    );
    expect(progress).toContainEqual(expect.stringMatching(/^\[\d\/3\] off_gate: skipped SKIPPED$/));
    expect(io.statuses).toEqual([]);
  });

  test('on a terminal: a status line rewritten in place, cleared before the verdict', async () => {
    const io = fakeIo(workspace.dir, { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' }, { stderr: true });
    await main(argv, io);
    expect(io.stderr.filter((l) => /^\[\d\/3\]/.test(l))).toEqual([]);
    expect(io.statuses).toContain('[3/3] gates done');
    expect(io.statuses.at(-1)).toBe('');
  });

  test('--json keeps stdout to the report: progress is on stderr only', async () => {
    const io = fakeIo(workspace.dir, { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' });
    await main([...argv, '--json'], io);
    expect(() => JSON.parse(io.stdout.join('\n')) as unknown).not.toThrow();
    expect(io.stderr.filter((l) => /^\[\d\/3\]/.test(l))).toHaveLength(3);
  });

  test('the summary line reads as a duration, not a count of milliseconds', async () => {
    const io = fakeIo(workspace.dir, { RELEASE_GATES_NOW: '2026-03-04T15:00:00Z' });
    await main(argv, io);
    expect(io.stdout).toContainEqual(
      expect.stringMatching(/^ {2}\d+ API requests, (\d+ ms|\d+\.\d s|\d+ min \d+ s)$/),
    );
  });
});
