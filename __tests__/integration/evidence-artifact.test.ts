// evidence read from an artifact of the build run, through the bundle against the emulator.
import { shaOf, startEmulator, type RunSpec, type Scenario } from '../../test/emulator/index.js';
import { runAction } from './harness.js';

const TAG = 'v2.0.0';
const SHA = shaOf('evidence artifact release');

function scenario(artifacts: RunSpec['artifacts']): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [{ sha: SHA }],
    branches: { main: SHA },
    tags: { [TAG]: SHA },
    runs: [{ workflow: 'release.yml', head_branch: TAG, head_sha: SHA, event: 'push', artifacts }],
  };
}

const policy = (gate: string) => `version: 1
stages: { GA: { match: ["v*"], gates: { verified: required } } }
gates:
  verified:
    type: evidence
    with: ${gate}
`;

async function evaluate(
  state: Scenario,
  gate = '{ artifact: { name: evidence, file: checks/verify.json } }',
) {
  const emulator = await startEmulator(state);
  try {
    return await runAction({
      apiUrl: emulator.apiUrl,
      inputs: { ref: `refs/tags/${TAG}` },
      files: { '.github/release-gates.yml': policy(gate) },
    });
  } finally {
    await emulator.close();
  }
}

test('a passing evidence file in the build run’s artifact passes, its message passing through', async () => {
  const run = await evaluate(
    scenario([
      {
        name: 'evidence',
        files: { 'checks/verify.json': '{"ok": true, "message": "Canary healthy for 30 min"}' },
      },
    ]),
  );
  expect(run.report!.gates[0]).toMatchObject({
    status: 'pass',
    code: 'EVIDENCE_OK',
    message: 'Canary healthy for 30 min',
  });
  expect(run.exitCode).toBe(0);
});

test('a failing evidence file in the artifact blocks with its own code', async () => {
  const run = await evaluate(
    scenario([
      {
        name: 'evidence',
        files: {
          'checks/verify.json': '{"ok": false, "code": "CANARY_UNHEALTHY", "message": "5xx rate 4%"}',
        },
      },
    ]),
  );
  expect(run.report!.gates[0]).toMatchObject({
    status: 'fail',
    code: 'CANARY_UNHEALTHY',
    message: '5xx rate 4%',
  });
  expect(run.exitCode).toBe(1);
});

test('no such artifact in the build run is MISSING_FILE, never a pass', async () => {
  const run = await evaluate(scenario([{ name: 'other', files: { 'x.json': '{"ok": true}' } }]));
  expect(run.report!.gates[0]).toMatchObject({ status: 'fail', code: 'MISSING_FILE' });
  expect(run.report!.gates[0]!.message).toContain("checks/verify.json in artifact 'evidence' of run");
});

test('an artifact whose digest does not match is an error, never a pass', async () => {
  const run = await evaluate(
    scenario([
      {
        name: 'evidence',
        digest: `sha256:${'0'.repeat(64)}`,
        files: { 'checks/verify.json': '{"ok": true}' },
      },
    ]),
  );
  expect(run.report!.gates[0]!.status).toBe('error');
  expect(run.report!.gates[0]!.code).toBe('DIGEST_MISMATCH');
});

test('path and artifact together are a policy error naming both', async () => {
  const run = await evaluate(
    scenario([]),
    '{ path: verify.json, artifact: { name: evidence, file: verify.json } }',
  );
  expect(run.report!.error!.code).toBe('POLICY_INVALID');
  expect(run.report!.error!.message).toContain("gates.verified.with: takes only one of 'path' or 'artifact'");
});
