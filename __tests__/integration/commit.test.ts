// The commit gates (required_checks, ref_on_branch, version_alignment) through the bundled
// action against the emulator: every code reached as a user would reach it, and the number
// of API requests each costs.
import { jest } from '@jest/globals';
import {
  commitChain,
  shaOf,
  startEmulator,
  type Emulator,
  type Scenario,
} from '../../test/emulator/index.js';
import type { LoggedRequest } from '../../test/emulator/index.js';
import type { GateReport } from '../../src/report/types.js';
import { NODES, runAction, type ActionRun } from './harness.js';

// Each test spawns the bundle, and some wait on checks for seconds.
jest.setTimeout(60_000);

const OWN_RUN_ID = 999000; // GITHUB_RUN_ID as the harness sets it
const CI_RUN_ID = 5001;

// main: m1 ← m2 ← m3 ← m4 ← m5 ← m6; feature: m3 ← f1.
const MAIN = commitChain(6, 'main');
const [, , m3, m4, m5, m6] = MAIN.map((c) => c.sha) as [string, string, string, string, string, string];
const f1 = shaOf('feature#1');

/** The six files of release-publish.yml's `versions` gate, all stating `version`. */
function versionFiles(version: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'Cargo.toml': `[package]\nname = "plasmite"\nversion = "${version}"\nedition = "2021"\n`,
    'bindings/python/pyproject.toml': `[project]\nname = "plasmite"\nversion = "${version}"\n`,
    'bindings/node/package.json': `${JSON.stringify({ name: 'plasmite', version }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name: 'plasmite', version, lockfileVersion: 3, packages: { '': { name: 'plasmite', version }, 'node_modules/a': { version: '0.0.1' } } }, null, 2)}\n`,
    'bindings/node/native/Cargo.toml': `[package]\nname = "plasmite-node"\nversion = "${version}"\n`,
    ...overrides,
  };
}

const VERSIONS_GATE = `    type: version_alignment
    with:
      files:
        - { path: Cargo.toml, pointer: /package/version }
        - { path: bindings/python/pyproject.toml, pointer: /project/version }
        - { path: bindings/node/package.json, pointer: /version }
        - { path: package-lock.json, pointer: /version }
        - { path: package-lock.json, pointer: "/packages//version" }
        - { path: bindings/node/native/Cargo.toml, pointer: /package/version }`;

function scenario(): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [...MAIN, { sha: f1, parents: [m3], message: 'feature: experiment' }],
    branches: { main: m6, feature: f1 },
    tags: {
      'v1.2.0': { sha: m4, annotated: true, message: 'Release 1.2.0' },
      'v1.2.1': m5,
      'v1.2.2': m6,
      'v1.3.0': f1,
    },
    files: {
      [m4]: versionFiles('1.2.0'),
      [m5]: versionFiles('1.2.1', {
        'bindings/node/package.json': '{ "name": "plasmite", "version": "1.1.9" }\n',
      }),
      [m6]: versionFiles('1.2.2', {
        'package-lock.json': '{\n  "name": "plasmite",\n  "version": "1.2.2",\n}\n',
      }),
      [f1]: versionFiles('1.3.0'),
    },
    runs: [
      {
        id: CI_RUN_ID,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: m4,
        status: 'in_progress',
        conclusion: null,
        jobs: [
          { name: 'test', status: 'completed', conclusion: 'success' },
          { name: 'lint', status: 'completed', conclusion: 'success' },
          { name: 'security scan', status: 'in_progress', conclusion: null },
        ],
      },
      {
        id: OWN_RUN_ID,
        workflow: 'release.yml',
        head_branch: 'v1.2.0',
        head_sha: m4,
        event: 'push',
        status: 'in_progress',
        conclusion: null,
        jobs: [
          { name: 'release-gates', status: 'in_progress', conclusion: null },
          { name: 'publish', status: 'queued', conclusion: null },
        ],
      },
      { id: 5002, workflow: 'ci.yml', head_branch: 'main', head_sha: m5, jobs: [] },
    ],
    check_runs: {
      [m4]: [
        { name: 'test', run_id: CI_RUN_ID, status: 'completed', conclusion: 'success' },
        { name: 'lint', run_id: CI_RUN_ID, status: 'completed', conclusion: 'success' },
        { name: 'security scan', run_id: CI_RUN_ID, status: 'in_progress', conclusion: null },
        // The action's own job and the job that waits on it: never waited on.
        { name: 'release-gates', run_id: OWN_RUN_ID, status: 'in_progress', conclusion: null },
        { name: 'publish', run_id: OWN_RUN_ID, status: 'queued', conclusion: null },
      ],
      [m5]: [
        { name: 'test', run_id: 5002, status: 'completed', conclusion: 'failure' },
        { name: 'lint', run_id: 5002, status: 'completed', conclusion: 'success' },
        { name: 'security scan', run_id: 5002, status: 'completed', conclusion: 'success' },
      ],
    },
    statuses: {
      [m4]: [{ context: 'ci/jenkins', state: 'success', target_url: 'https://jenkins.example.com/job/1' }],
      [m5]: [{ context: 'ci/jenkins', state: 'failure', target_url: 'https://jenkins.example.com/job/2' }],
    },
  };
}

/** A policy whose one stage (every v* tag) runs exactly `gates` (id → definition YAML). */
function policy(gates: Record<string, string>): string {
  const ids = Object.keys(gates);
  return `version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { ${ids.map((id) => `${id}: required`).join(', ')} }
gates:
${ids.map((id) => `  ${id}:\n${gates[id]}`).join('\n')}
`;
}

interface Evaluation {
  run: ActionRun;
  gate: GateReport;
  requests: LoggedRequest[];
}

async function evaluate(
  emulator: Emulator,
  gateYaml: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<Evaluation> {
  emulator.resetLog();
  const run = await runAction({
    apiUrl: emulator.url,
    inputs,
    env,
    files: { '.github/release-gates.yml': policy({ gate: gateYaml }) },
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  const gate = run.report.gates.find((g) => g.id === 'gate');
  if (!gate) throw new Error(`gate not evaluated: ${JSON.stringify(run.report.error)}\n${run.stdout}`);
  return { run, gate, requests: emulator.requests() };
}

const CHECK_RUNS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';

const api = (requests: LoggedRequest[]) => requests.filter((r) => r.kind === 'rest' || r.kind === 'graphql');
const routes = (requests: LoggedRequest[]) =>
  api(requests).map((r) => (r.kind === 'graphql' ? `graphql ${r.operation}` : r.route));

describe('version_alignment through the bundle', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(scenario());
  });
  afterAll(() => emulator.close());

  test('six files aligned: VERSIONS_ALIGNED, read in one GraphQL request', async () => {
    const { run, gate, requests } = await evaluate(emulator, VERSIONS_GATE, {
      ref: 'refs/tags/v1.2.0',
      sha: m4,
    });
    expect(gate).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
    expect(gate.message).toContain('package-lock.json /packages//version = 1.2.0 ✓');
    expect(routes(requests)).toEqual(['graphql FilesAtCommit']);
    expect(run.report!.stats.api_requests).toBe(1);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
  });

  test('one file off: VERSION_MISMATCH lists all six with their values', async () => {
    const { run, gate } = await evaluate(emulator, VERSIONS_GATE, { ref: 'v1.2.1' });
    expect(gate).toMatchObject({ status: 'fail', code: 'VERSION_MISMATCH' });
    expect(gate.message).toBe(
      'Versions disagree with 1.2.1: Cargo.toml /package/version = 1.2.1 ✓; bindings/python/pyproject.toml /project/version = 1.2.1 ✓; ' +
        'bindings/node/package.json /version = 1.1.9 ✗ (expected 1.2.1); package-lock.json /version = 1.2.1 ✓; ' +
        'package-lock.json /packages//version = 1.2.1 ✓; bindings/node/native/Cargo.toml /package/version = 1.2.1 ✓',
    );
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['gate']);
  });

  test('a file that does not exist at the commit: VERSION_FILE_MISSING', async () => {
    const gateYaml = `${VERSIONS_GATE}\n        - { path: bindings/wasm/package.json, pointer: /version }`;
    const { gate } = await evaluate(emulator, gateYaml, { ref: 'refs/tags/v1.2.0', sha: m4 });
    expect(gate).toMatchObject({ status: 'fail', code: 'VERSION_FILE_MISSING' });
    expect(gate.message).toContain('bindings/wasm/package.json /version: file missing ✗');
  });

  test('a pointer with nothing at it: VERSION_FILE_MISSING', async () => {
    const gateYaml = `    type: version_alignment\n    with: { files: [{ path: Cargo.toml, pointer: /workspace/package/version }] }`;
    const { gate } = await evaluate(emulator, gateYaml, { ref: 'refs/tags/v1.2.0', sha: m4 });
    expect(gate).toMatchObject({
      code: 'VERSION_FILE_MISSING',
      message: expect.stringContaining('not found (nothing at /workspace)'),
    });
  });

  test('an unparseable file: error with the line and column', async () => {
    const { gate, run } = await evaluate(emulator, VERSIONS_GATE, { ref: 'refs/tags/v1.2.2', sha: m6 });
    expect(gate).toMatchObject({ status: 'error', code: 'VERSION_FILE_INVALID' });
    expect(gate.message).toMatch(/^Cannot read the version: package-lock\.json:4:1: invalid JSON: /);
    expect(run.exitCode).toBe(1);
  });

  test('a regex entry with its one capture group', async () => {
    const gateYaml = `    type: version_alignment\n    with: { files: [{ path: Cargo.toml, regex: '^version = "([^"]+)"$' }] }`;
    const { gate } = await evaluate(emulator, gateYaml, { ref: 'refs/tags/v1.2.0', sha: m4 });
    expect(gate).toMatchObject({ status: 'pass', code: 'VERSIONS_ALIGNED' });
  });

  test('a regex with two groups is refused when the policy is validated', async () => {
    const gateYaml = `    type: version_alignment\n    with: { files: [{ path: Cargo.toml, regex: '(version) = "(.*)"' }] }`;
    emulator.resetLog();
    const run = await runAction({
      apiUrl: emulator.url,
      inputs: { ref: 'refs/tags/v1.2.0', sha: m4 },
      files: { '.github/release-gates.yml': policy({ gate: gateYaml }) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.report!.error!.message).toContain('has 2 capture groups; it needs exactly one');
    expect(api(emulator.requests())).toEqual([]);
  });
});

describe('ref_on_branch through the bundle', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(scenario());
  });
  afterAll(() => emulator.close());

  const ON_MAIN = `    type: ref_on_branch\n    with: { branch: main }`;

  test('an annotated tag is peeled to its commit, which is on main: ON_BRANCH', async () => {
    // refs/tags/v1.2.0 is what `ref` defaults to in a tag-triggered workflow (github.ref).
    const { gate, requests } = await evaluate(emulator, ON_MAIN, { ref: 'refs/tags/v1.2.0' });
    expect(gate).toMatchObject({
      status: 'pass',
      code: 'ON_BRANCH',
      message: `Tag 'v1.2.0' → ${m4.slice(0, 7)} is on main (2 commits behind its head).`,
    });
    expect(gate.details).toMatchObject({ tag: { name: 'v1.2.0', sha: m4 } });
    // The engine resolved and peeled the tag in one query; the gate reused that and only compared.
    expect(routes(requests)).toEqual(['graphql ResolveRef', 'GET /repos/{owner}/{repo}/compare/{basehead}']);
  });

  test('a short tag name works the same, in as many requests', async () => {
    const { gate, requests } = await evaluate(emulator, ON_MAIN, { ref: 'v1.2.0' });
    expect(gate).toMatchObject({ status: 'pass', code: 'ON_BRANCH' });
    // The tag and the branch of that name asked for at once; the gate reuses the tag's answer.
    expect(routes(api(requests))).toEqual([
      'graphql ResolveRef',
      'GET /repos/{owner}/{repo}/compare/{basehead}',
    ]);
  });

  test('the default branch is used when none is named', async () => {
    const { gate, requests } = await evaluate(emulator, `    type: ref_on_branch`, {
      ref: 'refs/tags/v1.2.2',
      sha: m6,
    });
    expect(gate).toMatchObject({
      code: 'ON_BRANCH',
      message: `Tag 'v1.2.2' → ${m6.slice(0, 7)} is the head of main.`,
    });
    expect(routes(requests)).toContain('GET /repos/{owner}/{repo}');
  });

  test('a tag on a side branch: NOT_ON_BRANCH', async () => {
    const { gate, run } = await evaluate(emulator, ON_MAIN, { ref: 'v1.3.0' });
    expect(gate).toMatchObject({ status: 'fail', code: 'NOT_ON_BRANCH' });
    expect(gate.message).toBe(
      `Tag 'v1.3.0' → ${f1.slice(0, 7)} is not on main: it has 1 commit that main does not have (diverged). Release from a commit merged into main.`,
    );
    expect(run.exitCode).toBe(1);
  });

  test('a tag that is not on the remote: TAG_NOT_FOUND', async () => {
    const { gate } = await evaluate(emulator, ON_MAIN, { ref: 'refs/tags/v9.9.9', sha: m4 });
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'TAG_NOT_FOUND',
      message: expect.stringContaining("Tag 'v9.9.9' does not exist in acme/plasmite"),
    });
  });

  test('a tag that points at another commit: TAG_POINTS_ELSEWHERE', async () => {
    const { gate } = await evaluate(emulator, ON_MAIN, { ref: 'refs/tags/v1.2.0', sha: m5 });
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'TAG_POINTS_ELSEWHERE',
      message: expect.stringContaining(`Tag 'v1.2.0' points at ${m4.slice(0, 7)}`),
    });
  });

  test('a branch that does not exist: error naming it', async () => {
    const { gate } = await evaluate(emulator, `    type: ref_on_branch\n    with: { branch: mian }`, {
      ref: 'refs/tags/v1.2.0',
      sha: m4,
    });
    expect(gate).toMatchObject({
      status: 'error',
      code: 'NOT_FOUND',
      message: expect.stringContaining("does branch 'mian' exist?"),
    });
  });
});

describe('required_checks through the bundle', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator(scenario());
  });
  afterEach(() => emulator.close());

  const REQUIRED = (extra = '') =>
    `    type: required_checks\n    with: { checks: [test, lint, "security scan", "ci/*"]${extra} }`;

  test('a pending check turns green while waiting: CHECKS_PASSED, the action’s own run ignored', async () => {
    const repo = emulator.state.repositories.get('acme/plasmite')!;
    const scan = repo.checkRuns.find((c) => c.name === 'security scan' && c.headSha === m4)!;
    // Flip it once the gate has read it pending (a finished check-runs request), so the gate
    // must wait and read again to see it green.
    const flip = setInterval(() => {
      const read = emulator.requests().some((r) => r.route === CHECK_RUNS_ROUTE && r.status !== 0);
      if (!read) return;
      Object.assign(scan, {
        status: 'completed',
        conclusion: 'success',
        completedAt: new Date().toISOString(),
      });
      clearInterval(flip);
    }, 50);
    try {
      const { gate, requests } = await evaluate(
        emulator,
        REQUIRED(', wait: { timeout_minutes: 1, interval_seconds: 1 }'),
        { ref: 'refs/tags/v1.2.0', sha: m4 },
      );
      expect(gate).toMatchObject({ status: 'pass', code: 'CHECKS_PASSED' });
      expect(gate.message).toMatch(
        /^All 4 required checks passed on [0-9a-f]{7} after waiting \d s: test, lint, security scan, ci\/jenkins\.$/,
      );
      expect(gate.details).toMatchObject({ ignored_own_run: ['release-gates', 'publish'] });
      const wait = (gate.details as { wait: { polls: number; timedOut: boolean } }).wait;
      expect(wait.timedOut).toBe(false);
      expect(wait.polls).toBeGreaterThanOrEqual(1);
      // Each reading is one check-runs and one status request.
      const reads = routes(requests);
      expect(reads.filter((r) => r === CHECK_RUNS_ROUTE)).toHaveLength(wait.polls + 1);
      expect(reads.filter((r) => r === 'GET /repos/{owner}/{repo}/commits/{ref}/status')).toHaveLength(
        wait.polls + 1,
      );
    } finally {
      clearInterval(flip);
    }
  });

  test('`all` never waits on the action’s own jobs', async () => {
    const repo = emulator.state.repositories.get('acme/plasmite')!;
    Object.assign(
      repo.checkRuns.find((c) => c.name === 'security scan' && c.headSha === m4)!,
      { status: 'completed', conclusion: 'success' },
    );
    const { gate } = await evaluate(
      emulator,
      `    type: required_checks\n    with: { checks: all, wait: { timeout_minutes: 1, interval_seconds: 1 } }`,
      { ref: 'refs/tags/v1.2.0', sha: m4 },
    );
    expect(gate).toMatchObject({ status: 'pass', code: 'CHECKS_PASSED' });
    expect((gate.details as { wait: { polls: number } }).wait.polls).toBe(0);
  });

  test('still pending without a wait: CHECKS_PENDING in one reading', async () => {
    const { gate, requests } = await evaluate(emulator, REQUIRED(), { ref: 'refs/tags/v1.2.0', sha: m4 });
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'CHECKS_PENDING',
      message: expect.stringContaining('still pending on'),
    });
    expect(gate.message).toContain('security scan (in_progress); set `wait` to poll until they finish.');
    expect(api(requests)).toHaveLength(2);
  });

  test('still pending when the wait times out: CHECKS_PENDING', async () => {
    const { gate } = await evaluate(
      emulator,
      REQUIRED(', wait: { timeout_minutes: 0.04, interval_seconds: 1 }'),
      { ref: 'refs/tags/v1.2.0', sha: m4 },
    );
    expect(gate).toMatchObject({ status: 'fail', code: 'CHECKS_PENDING' });
    expect(gate.message).toMatch(
      /still pending on [0-9a-f]{7} after waiting \d s \(timeout\): security scan \(in_progress\)\.$/,
    );
    expect(gate.details).toMatchObject({ wait: { timedOut: true } });
  });

  test('a failed check run and a failed status: CHECKS_FAILED with each conclusion and link', async () => {
    const { gate, run } = await evaluate(emulator, REQUIRED(), { ref: 'refs/tags/v1.2.1', sha: m5 });
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'CHECKS_FAILED',
      message: `2 of 4 required checks failed on ${m5.slice(0, 7)}: test (failure), ci/jenkins (failure).`,
    });
    expect(gate.links).toEqual(
      expect.arrayContaining([
        {
          title: 'test (failure)',
          url: expect.stringMatching(/\/acme\/plasmite\/actions\/runs\/5002\/job\/\d+$/),
        },
        { title: 'ci/jenkins (failure)', url: 'https://jenkins.example.com/job/2' },
      ]),
    );
    expect(run.exitCode).toBe(1);
  });

  test('a named check that was never reported: CHECK_MISSING', async () => {
    const { gate } = await evaluate(
      emulator,
      `    type: required_checks\n    with: { checks: [lint, e2e] }`,
      { ref: 'refs/tags/v1.2.1', sha: m5 },
    );
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'CHECK_MISSING',
      message: expect.stringContaining("Required check 'e2e' was not reported on"),
    });
  });

  test('naming the action’s own job is CHECK_MISSING that says why', async () => {
    const { gate } = await evaluate(
      emulator,
      `    type: required_checks\n    with: { checks: [release-gates] }`,
      { ref: 'refs/tags/v1.2.0', sha: m4 },
    );
    expect(gate).toMatchObject({
      code: 'CHECK_MISSING',
      message: expect.stringContaining('only in this workflow run, which is ignored'),
    });
  });

  test('a token without checks: read: error naming the permission', async () => {
    await emulator.close();
    emulator = await startEmulator({ ...scenario(), permissions: { checks: 'none' } });
    const { gate } = await evaluate(emulator, REQUIRED(), { ref: 'refs/tags/v1.2.0', sha: m4 });
    expect(gate).toMatchObject({
      status: 'error',
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('`checks: read`'),
    });
  });

  test('a token without statuses: read: error naming the permission; include_statuses: false does not need it', async () => {
    await emulator.close();
    emulator = await startEmulator({ ...scenario(), permissions: { statuses: 'none' } });
    const { gate } = await evaluate(emulator, REQUIRED(), { ref: 'refs/tags/v1.2.1', sha: m5 });
    expect(gate).toMatchObject({
      status: 'error',
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('`statuses: read`'),
    });
    const without = await evaluate(
      emulator,
      `    type: required_checks\n    with: { checks: [lint], include_statuses: false }`,
      { ref: 'refs/tags/v1.2.1', sha: m5 },
    );
    expect(without.gate).toMatchObject({ status: 'pass', code: 'CHECKS_PASSED' });
  });
});

describe('the three commit gates together', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(scenario());
    const repo = emulator.state.repositories.get('acme/plasmite')!;
    Object.assign(
      repo.checkRuns.find((c) => c.name === 'security scan' && c.headSha === m4)!,
      {
        status: 'completed',
        conclusion: 'success',
      },
    );
  });
  afterAll(() => emulator.close());

  test.each(NODES)('pass on $name in 6 API requests', async ({ bin }) => {
    emulator.resetLog();
    const run = await runAction({
      apiUrl: emulator.url,
      node: bin,
      inputs: { ref: 'refs/tags/v1.2.0' },
      files: {
        '.github/release-gates.yml': policy({
          versions: VERSIONS_GATE,
          on_main: `    type: ref_on_branch\n    with: { branch: main }`,
          ci: `    type: required_checks\n    with: { checks: all }`,
        }),
      },
    });
    expect(run.report!.gates.map((g) => [g.id, g.code])).toEqual([
      ['versions', 'VERSIONS_ALIGNED'],
      ['on_main', 'ON_BRANCH'],
      ['ci', 'CHECKS_PASSED'],
    ]);
    expect(run.exitCode).toBe(0);
    // The tag, peeled in one query (shared by the engine and ref_on_branch), compare, check runs,
    // statuses, and one GraphQL request for the six version files.
    expect(routes(emulator.requests()).sort()).toEqual(
      [
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        'GET /repos/{owner}/{repo}/commits/{ref}/status',
        'GET /repos/{owner}/{repo}/compare/{basehead}',
        'graphql ResolveRef',
        'graphql FilesAtCommit',
      ].sort(),
    );
    expect(run.report!.stats.api_requests).toBe(5);
  });
});
