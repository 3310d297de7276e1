// upload_report through the real @actions/artifact client against the emulator's artifact
// service: both reports land in the workflow artifact `maturity-eval`.
import { makeRuntimeToken, readZip, startEmulator } from '../../test/emulator/index.js';
import { runAction } from './harness.js';

const POLICY = `version: 1
stages: { GA: { match: ["v*"], gates: { creds: required } } }
gates:
  creds: { type: secrets_present, with: { env: [DEPLOY_KEY] } }
`;

async function run(inputs: Record<string, string> = {}) {
  const emulator = await startEmulator({ repository: { owner: 'acme', name: 'plasmite' } });
  try {
    const result = await runAction({
      apiUrl: emulator.apiUrl,
      inputs: { ref: 'refs/tags/v1.0.0', sha: 'e'.repeat(40), ...inputs },
      env: { ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(), ACTIONS_RESULTS_URL: emulator.url, DEPLOY_KEY: 'k' },
      files: { '.github/release-gates.yml': POLICY },
    });
    return { result, uploads: new Map(emulator.state.uploads) };
  } finally {
    await emulator.close();
  }
}

test('both reports are uploaded as the artifact maturity-eval', async () => {
  const { result, uploads } = await run();
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toContain('Uploaded the reports as artifact maturity-eval.');
  const zip = uploads.get('maturity-eval');
  expect(zip).toBeDefined();
  const entries = readZip(zip!);
  expect(entries.map((e) => e.name).sort()).toEqual(['maturity-eval.json', 'maturity-eval.md']);
  const uploaded = JSON.parse(entries.find((e) => e.name === 'maturity-eval.json')!.data.toString('utf8'));
  expect(uploaded).toEqual(result.report);
});

test('upload_report: false uploads nothing and says nothing about it', async () => {
  const { result, uploads } = await run({ upload_report: 'false' });
  expect(result.exitCode).toBe(0);
  expect(uploads.size).toBe(0);
  expect(result.stdout).not.toContain('Report upload');
});
