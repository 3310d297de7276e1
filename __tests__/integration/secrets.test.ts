// Secrets never leave the action. Every integration test file scans each run (secrets.setup.ts);
// this file adds the runs most likely to leak: secrets_present passing and failing on a value
// with the wrong prefix, GitHub rejecting the token, the external token on another repository,
// faults whose messages quote requests, and debug logging (RUNNER_DEBUG) on.
import { jest } from '@jest/globals';
import { findLeaks, HARNESS_TOKEN, secretsOf } from '../../test/faults/leaks.js';
import { STORY_SECRETS, storyById } from '../../test/faults/stories.js';
import { startEmulator, type Fault } from '../../test/emulator/index.js';
import { runAction, runObservers, type ActionRun, type RunOptions } from './harness.js';
import { secretsScan } from './secrets.setup.js';

jest.setTimeout(120_000);

const TOKEN = 'ghs_SecretTokenValue0123456789abcdef';
const EXTERNAL = 'github_pat_ExternalSecret_9876543210';

async function run(
  storyId: string,
  options: { faults?: Fault[]; inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<{ run: ActionRun; options: RunOptions }> {
  const story = storyById(storyId);
  const emulator = await startEmulator({ ...story.scenario, faults: options.faults ?? [] });
  try {
    const runOptions: RunOptions = {
      apiUrl: emulator.apiUrl,
      inputs: { upload_report: 'false', ...story.inputs, token: TOKEN, ...options.inputs },
      env: { ...story.env, RELEASE_GATES_REQUEST_TIMEOUT_MS: '2000', ...options.env },
      files: story.files,
      ...(story.event !== undefined ? { event: story.event } : {}),
    };
    return { run: await runAction(runOptions), options: runOptions };
  } finally {
    await emulator.close();
  }
}

/** The scan, explicitly (the setup's observer also ran it): what it looked for, what it found. */
function scan(result: { run: ActionRun; options: RunOptions }) {
  const secrets = secretsOf(result.options, result.run);
  return { secrets, leaks: findLeaks(result.run, secrets) };
}

test('the scan is registered for every integration test file', () => {
  expect(runObservers.map((o) => o.name)).toContain('scanForSecrets');
});

test('a passing release with every secret set: token and secret values appear nowhere', async () => {
  const result = await run('release');
  expect(result.run.report!.result).toBe('pass');
  const { secrets, leaks } = scan(result);
  // The token and both secrets_present values were looked for.
  expect(secrets).toEqual(expect.arrayContaining([TOKEN, ...Object.values(STORY_SECRETS)]));
  expect(leaks).toEqual([]);
  // The gate names the variables, never their values.
  const gate = result.run.report!.gates.find((g) => g.id === 'publish_secrets')!;
  expect(gate.message).toContain('RG_FAULTS_PUBLISH_TOKEN');
});

test('a secret with the wrong prefix fails without showing the value', async () => {
  const wrong = 'npm_WrongPrefixSecretValue_424242';
  const result = await run('release', { env: { RG_FAULTS_PUBLISH_TOKEN: wrong } });
  const gate = result.run.report!.gates.find((g) => g.id === 'publish_secrets')!;
  expect([gate.status, gate.code]).toEqual(['fail', 'SECRET_FORMAT']);
  expect(scan(result).secrets).toContain(wrong);
  expect(scan(result).leaks).toEqual([]);
});

test('GitHub rejecting the token (401): the message names the input, not the token', async () => {
  const result = await run('release', {
    // The first request: the tag, resolved through GraphQL.
    faults: [{ route: 'POST /graphql', kind: 'status', status: 401 }],
  });
  const report = result.run.report!;
  const error = report.error ?? report.gates.find((g) => g.code === 'BAD_CREDENTIALS');
  expect(error).toMatchObject({ code: 'BAD_CREDENTIALS' });
  expect(error!.message).toContain('check the `token` input');
  expect(scan(result).leaks).toEqual([]);
});

test('the external token reading another repository, failing there: neither token leaks', async () => {
  const result = await run('release', {
    inputs: { external_token: EXTERNAL },
    faults: [{ route: '/repos/acme/homebrew-tap/*', kind: 'status', status: 403 }],
  });
  const tap = result.run.report!.gates.find((g) => g.id === 'tap')!;
  expect(tap.status).toBe('error');
  const { secrets, leaks } = scan(result);
  expect(secrets).toEqual(expect.arrayContaining([TOKEN, EXTERNAL]));
  expect(leaks).toEqual([]);
});

test('faults that quote requests in messages (timeouts, resets, malformed answers)', async () => {
  for (const fault of [
    { route: 'GET /repos/{owner}/{repo}/issues', kind: 'malformed_json' },
    { route: 'GET /repos/{owner}/{repo}/compare/{basehead}', kind: 'reset' },
    { route: 'GET /_blobs/artifacts/*', kind: 'status', status: 500 },
  ] as Fault[]) {
    const result = await run('release', { faults: [fault] });
    expect(result.run.report!.result).toBe('fail');
    expect([fault.kind, scan(result).leaks]).toEqual([fault.kind, []]);
  }
});

test('debug logging on (RUNNER_DEBUG, ACTIONS_STEP_DEBUG): still no secret in the log', async () => {
  const result = await run('release', { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } });
  expect(result.run.report!.result).toBe('pass');
  expect(scan(result).leaks).toEqual([]);
});

test('the policy read through the API with extends, blocked: no secret in the blocking message', async () => {
  const result = await run('policy-api', {
    inputs: { external_token: EXTERNAL },
    env: { RG_FAULTS_SIGNING_KEY: '' },
  });
  expect(result.run.report!.result).toBe('fail');
  expect(scan(result).leaks).toEqual([]);
});

test('the scan itself finds a leak, in every place it looks', () => {
  const secret = 'ghs_ThisOneLeaks_000111222333';
  const leaky: ActionRun = {
    exitCode: 1,
    stdout: `::error title=x::token ${secret}`,
    stderr: Buffer.from(secret).toString('base64'),
    outputs: { result: 'fail' },
    summary: JSON.stringify(secret).slice(1, -1),
    report: null,
    reportMd: null,
    workspace: '',
    annotations: [{ level: 'error', properties: 'title=x', message: `token ${secret}` }],
    processMs: 0,
  };
  expect(findLeaks(leaky, [secret]).map((l) => l.where)).toEqual([
    'stdout',
    'stderr',
    'summary',
    'annotations',
  ]);
  // The harness's default token is a secret too.
  expect(secretsOf({}, null)).toContain(HARNESS_TOKEN);
});

afterAll(() => {
  // Every run of this file went through the scan.
  expect(secretsScan.runs).toBeGreaterThanOrEqual(8);
});
