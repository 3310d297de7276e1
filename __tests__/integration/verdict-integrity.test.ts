// The verdict is the gates' verdict everywhere: outputs, exit status, the job summary and
// maturity-eval.json never disagree. A summary, report or upload that cannot be written is an
// error of its own (REPORT_WRITE_FAILED, REPORT_UPLOAD_FAILED) naming the file; the step fails
// for it, and `result` stays what the gates decided.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeRuntimeToken, startEmulator } from '../../test/emulator/index.js';
import { runAction, type ActionRun, type RunOptions } from './harness.js';

const POLICY = `version: 1
stages: { GA: { match: ["v*"], gates: { creds: required } } }
gates:
  creds: { type: secrets_present, with: { env: [DEPLOY_KEY] } }
`;

const INPUTS = { ref: 'refs/tags/v1.0.0', sha: 'e'.repeat(40) };

function run(options: RunOptions & { deployKey?: boolean } = {}): Promise<ActionRun> {
  const { deployKey = true, ...rest } = options;
  return runAction({
    ...rest,
    inputs: { ...INPUTS, ...(rest.inputs ?? {}) },
    env: { ...(deployKey ? { DEPLOY_KEY: 'k' } : {}), ...(rest.env ?? {}) },
    files: { '.github/release-gates.yml': POLICY, ...(rest.files ?? {}) },
  });
}

const errors = (result: ActionRun) =>
  result.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** What the step says about the verdict, everywhere it says it. */
function expectVerdict(result: ActionRun, verdict: 'pass' | 'fail', blocking: string[]): void {
  expect(result.outputs.result).toBe(verdict);
  expect(JSON.parse(result.outputs.blocking!)).toEqual(blocking);
  expect(result.stdout).toContain(`Result: ${verdict === 'pass' ? 'PASS' : 'BLOCKED'} at stage GA.`);
  if (verdict === 'pass') expect(result.stdout).not.toContain('Blocked by');
  else expect(errors(result)).toContain(`Blocked by ${blocking.join(', ')}.`);
  if (result.report) {
    expect(result.report.result).toBe(verdict);
    expect(result.report.blocking.map((b) => b.gate)).toEqual(blocking);
  }
}

/** A directory standing where the runner's job summary file should be: appending to it fails. */
function summaryThatIsADirectory(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'step_summary');
  mkdirSync(dir);
  return dir;
}

describe('an unwritable job summary', () => {
  test('a pass stays a pass in the outputs and the report; the step fails with REPORT_WRITE_FAILED naming the file', async () => {
    const summary = summaryThatIsADirectory();
    const result = await run({ env: { GITHUB_STEP_SUMMARY: summary } });
    expectVerdict(result, 'pass', []);
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      `REPORT_WRITE_FAILED: cannot write job summary ${summary}: EISDIR: illegal operation on a directory`,
    ]);
    expect(result.report).not.toBeNull();
    expect(result.reportMd).toContain('✅ PASS');
    expect(result.outputs.report_json).toBe(path.join(result.workspace, 'dist/maturity/maturity-eval.json'));
  });

  test('a block stays the same block, with both errors', async () => {
    const summary = summaryThatIsADirectory();
    const result = await run({ deployKey: false, env: { GITHUB_STEP_SUMMARY: summary } });
    expectVerdict(result, 'fail', ['creds']);
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toContain(
      `REPORT_WRITE_FAILED: cannot write job summary ${summary}: EISDIR: illegal operation on a directory`,
    );
    expect(result.reportMd).toContain('❌ BLOCKED');
  });

  test('fails the step even with fail_on_blocking: false (the result was not delivered)', async () => {
    const result = await run({
      inputs: { fail_on_blocking: 'false' },
      env: { GITHUB_STEP_SUMMARY: summaryThatIsADirectory() },
    });
    expectVerdict(result, 'pass', []);
    expect(result.exitCode).toBe(1);
  });

  test('with summary: false nothing is written there and the step passes', async () => {
    const result = await run({
      inputs: { summary: 'false' },
      env: { GITHUB_STEP_SUMMARY: summaryThatIsADirectory() },
    });
    expectVerdict(result, 'pass', []);
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

describe('an unwritable report directory', () => {
  // A file named `dist` in the workspace: dist/maturity cannot be created.
  const files = { dist: 'a file, not a directory\n' };

  test('the summary and the outputs still give the verdict; the step fails with REPORT_WRITE_FAILED naming the directory', async () => {
    const result = await run({ files });
    const reportDir = path.join(result.workspace, 'dist/maturity');
    expectVerdict(result, 'pass', []);
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      `REPORT_WRITE_FAILED: cannot write report directory ${reportDir}: ENOTDIR: not a directory`,
    ]);
    expect(result.report).toBeNull();
    expect(result.outputs.report_json).toBe('');
    expect(result.outputs.report_md).toBe('');
    expect(result.summary).toContain('✅ PASS');
    expect(result.stdout).toContain('Reports: not written.');
  });

  test('a block is reported as the block, not as a write failure', async () => {
    const result = await run({ files, deployKey: false });
    expectVerdict(result, 'fail', ['creds']);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('❌ BLOCKED');
    expect(
      errors(result).filter((e) => e.startsWith('REPORT_WRITE_FAILED: cannot write report directory')),
    ).toHaveLength(1);
  });
});

describe('a failing upload', () => {
  test('the artifact service refuses the upload: REPORT_UPLOAD_FAILED naming the artifact and files, the verdict unchanged', async () => {
    const emulator = await startEmulator({ repository: { owner: 'acme', name: 'plasmite' } });
    try {
      // Two uploads of maturity-eval in one workflow run (the action used twice in one job):
      // the service answers the second with 409 already_exists.
      const env = { ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(), ACTIONS_RESULTS_URL: emulator.url };
      const first = await run({ apiUrl: emulator.apiUrl, env });
      expect(first.exitCode).toBe(0);
      expect(first.stdout).toContain('Uploaded the reports as artifact maturity-eval.');
      expect(errors(first)).toEqual([]);

      const second = await run({ apiUrl: emulator.apiUrl, env });
      expectVerdict(second, 'pass', []);
      expect(second.exitCode).toBe(1);
      const reportDir = path.join(second.workspace, 'dist/maturity');
      const [error, ...others] = errors(second);
      expect(others).toEqual([]);
      expect(error).toContain(
        `REPORT_UPLOAD_FAILED: cannot upload artifact maturity-eval (${reportDir}/maturity-eval.json, ${reportDir}/maturity-eval.md): `,
      );
      expect(error).toMatch(/already exists/);
      expect(second.summary).toContain('✅ PASS');
      expect(second.summary).toBe(second.reportMd);
    } finally {
      await emulator.close();
    }
  });
});
