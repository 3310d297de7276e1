// `npm run bench`: API requests, wall time and peak memory of real evaluations against the
// local GitHub emulator with injected latency, beside a one-REST-call-per-run strategy
// measured in the same run; peak memory on each node; then the start-up cost of the bundle
// against a bare `node -e 0` and, with `--peers DIR`, against peer actions' bundles.
// Prints Markdown tables and the targets (met or not); `--write` also puts them in
// docs/benchmarks.md, with the machine they were measured on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { parse, stringify } from 'yaml';
import { ACTS } from '../test/demo/plasmite.js';
import { ALL_GREEN, graduationAct, plasmiteProcessAct } from '../test/demo/plasmite-process.js';
import { releasePublishAct } from '../test/demo/release-publish.js';
import {
  commitChain,
  makeJob,
  makeRuns,
  makeRuntimeToken,
  startEmulator,
  type Scenario,
} from '../test/emulator/index.js';
import { DEFAULT_NODE, NODES, ROOT, runAction, spawnNode } from '../test/run-action.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
/** Runs per start-up measurement (each of the action and of `node -e 0`); the median is kept. */
const STARTUP_RUNS = Math.max(7, Number(process.env.BENCH_STARTUP_RUNS ?? 9));
const rows: string[][] = [];

/** Target → what was measured, and whether it is met. */
interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}
const targets: Target[] = [];

// The memory probe (scripts/rss.mjs), loaded into every measured process through NODE_OPTIONS.
const probeDir = mkdtempSync(path.join(tmpdir(), 'release-gates-bench-'));
const RSS_FILE = path.join(probeDir, 'max-rss');
const PROBE_ENV = {
  NODE_OPTIONS: `--import=${path.join(ROOT, 'scripts', 'rss.mjs')}`,
  RELEASE_GATES_RSS_FILE: RSS_FILE,
};

/** Peak RSS of the last probed process, in MiB. */
function lastMaxRssMiB(): number {
  return Number(readFileSync(RSS_FILE, 'utf8').trim()) / 1024;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function historyScenario(runs: number): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    runs: makeRuns(runs, () => ({
      jobs: [makeJob('windows smoke', 'success', { steps: ['pool roundtrip'] }), makeJob('lint')],
    })),
  };
}

/** `runs` green runs, newest first; every `every`-th was re-run after its attempt 1 failed. */
function flakyHistoryScenario(runs: number, every: number): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    runs: makeRuns(runs, (index) =>
      index % every === every - 1
        ? {
            run_attempt: 2,
            jobs: [
              makeJob('windows smoke', 'failure', { attempt: 1, steps: ['pool roundtrip'] }),
              makeJob('windows smoke', 'success', { attempt: 2, steps: ['pool roundtrip'] }),
              makeJob('lint'),
            ],
          }
        : { jobs: [makeJob('windows smoke', 'success', { steps: ['pool roundtrip'] }), makeJob('lint')] },
    ),
  };
}

/** A policy whose streak needs the whole history: count = the number of runs. */
function historyPolicy(runs: number): string {
  return stringify({
    version: 1,
    stages: { MAIN: { match: ['**'], gates: { streak: 'required', budget: 'required' } } },
    gates: {
      streak: {
        type: 'run_streak',
        with: { workflow: 'ci.yml', job: 'windows smoke', branch: 'main', count: runs, max_runs: runs },
      },
      budget: {
        type: 'failure_budget',
        with: { workflow: 'ci.yml', job: 'windows smoke', branch: 'main', window: 5, max_failures: 1 },
      },
    },
  });
}

/** The same facts the REST way: list the runs, then one jobs request per run (4 at a time). */
async function perRunStrategy(
  apiUrl: string,
  runs: number,
  everyAttempt = false,
): Promise<{ requests: number; ms: number }> {
  const octokit = getOctokit('bench-token', { baseUrl: apiUrl });
  let requests = 0;
  octokit.hook.before('request', () => void requests++);
  const started = performance.now();
  const listed = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
    owner: 'acme',
    repo: 'plasmite',
    workflow_id: 'ci.yml',
    branch: 'main',
    status: 'completed',
    per_page: 100,
  });
  const queue = listed.slice(0, runs).map((run) => run.id);
  // With everyAttempt, a re-run run's earlier attempts too: one more request per re-run run.
  const rerun = new Set(listed.filter((run) => (run.run_attempt ?? 1) > 1).map((run) => run.id));
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      await octokit.rest.actions.listJobsForWorkflowRun({
        owner: 'acme',
        repo: 'plasmite',
        run_id: id,
        filter: 'latest',
      });
      if (everyAttempt && rerun.has(id))
        await octokit.rest.actions.listJobsForWorkflowRun({
          owner: 'acme',
          repo: 'plasmite',
          run_id: id,
          filter: 'all',
        });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { requests, ms: Math.round(performance.now() - started) };
}

interface Measured {
  api: number;
  blobs: number;
  evaluationMs: number;
  processMs: number;
  maxRssMiB: number;
}

async function measure(
  label: string,
  scenario: Scenario,
  options: Parameters<typeof runAction>[0] & { node?: string },
  baseline?: (apiUrl: string) => Promise<{ requests: number; ms: number }>,
): Promise<Measured> {
  const emulator = await startEmulator(scenario, { latencyMs: LATENCY_MS });
  try {
    const started = performance.now();
    const run = await runAction({
      ...options,
      env: { ...options?.env, ...PROBE_ENV },
      apiUrl: emulator.apiUrl,
      node: options.node ?? DEFAULT_NODE,
    });
    const processMs = Math.round(performance.now() - started);
    const maxRssMiB = lastMaxRssMiB();
    const report = run.report!;
    if (report.error) throw new Error(`${label}: ${report.error.code} ${report.error.message}`);
    const errored = report.gates.filter((g) => g.status === 'error');
    if (errored.length)
      throw new Error(
        `${label}: gates errored: ${errored.map((g) => `${g.id} ${g.code} ${g.message}`).join('; ')}`,
      );
    const log = emulator.requests();
    const api = log.filter((r) => r.kind === 'rest' || r.kind === 'graphql').length;
    const blobs = log.filter((r) => r.kind === 'blob').length;
    let other = ['', ''];
    if (baseline) {
      emulator.resetLog();
      const b = await baseline(emulator.apiUrl);
      other = [String(b.requests), `${b.ms} ms`];
    }
    rows.push([
      label,
      report.result,
      String(api),
      String(blobs),
      `${report.stats.duration_ms} ms`,
      `${processMs} ms`,
      `${maxRssMiB.toFixed(0)} MiB`,
      ...other,
    ]);
    console.error(
      `${label}: ${api} requests, ${blobs} blob downloads, ${report.stats.duration_ms} ms evaluation, ${processMs} ms process, ${maxRssMiB.toFixed(1)} MiB max RSS`,
    );
    return { api, blobs, evaluationMs: report.stats.duration_ms, processMs, maxRssMiB };
  } finally {
    await emulator.close();
  }
}

for (const runs of [10, 100, 1000]) {
  await measure(
    `run_streak + failure_budget, ${runs} runs`,
    historyScenario(runs),
    {
      inputs: { ref: 'refs/heads/main', sha: 'a'.repeat(40) },
      files: { '.github/release-gates.yml': historyPolicy(runs) },
    },
    (apiUrl) => perRunStrategy(apiUrl, runs),
  );
}
// Flaky greens: a 100-run streak where every tenth run was re-run to green after its attempt 1
// failed. The earlier attempts of the ten cost one more GraphQL request (REST: one per run).
await measure(
  'run_streak + failure_budget, 100 runs, 10 re-run to green',
  flakyHistoryScenario(100, 10),
  {
    inputs: { ref: 'refs/heads/main', sha: 'a'.repeat(40) },
    files: { '.github/release-gates.yml': historyPolicy(100) },
  },
  (apiUrl) => perRunStrategy(apiUrl, 100, true),
);

// The graduation example without release_assets and approval (their cost is measured below).
const graduation = ACTS[1]!;
const slim = graduation.files['.github/release-gates.yml']!.replace(
  /\n {6}(windows_release_parity|maintainer_signoff): required/g,
  '',
);
await measure('windows-graduation (streak, smoke coverage, rollback)', graduation.scenario, {
  inputs: graduation.inputs,
  env: graduation.env,
  event: graduation.event,
  files: { ...graduation.files, '.github/release-gates.yml': slim },
});
await measure('windows-graduation, all five gates', graduation.scenario, {
  inputs: graduation.inputs,
  env: graduation.env,
  event: graduation.event,
  files: graduation.files,
});
const ga = ACTS[2]!;
await measure('maturity-stages GA (six gates)', ga.scenario, {
  inputs: ga.inputs,
  env: ga.env,
  files: ga.files,
});

// ---------------------------------------------------------------------------------------------
// Peak memory on each node (the runner's node24 first among the targets): the ten-run
// graduation with all five gates, and the 1,000-run history, each process probed for max RSS.
const memoryRows: string[][] = [];
const memoryOn = new Map<string, { graduation: Measured; history: Measured }>();
/** Peak memory varies with when the collector runs: each case five times, the median kept. */
const MEMORY_RUNS = 5;
async function medianOfRuns(run: () => Promise<Measured>): Promise<Measured & { spread: string }> {
  const all: Measured[] = [];
  for (let i = 0; i < MEMORY_RUNS; i++) all.push(await run());
  rows.splice(rows.length - MEMORY_RUNS, MEMORY_RUNS - 1); // one row in the evaluations table
  const sorted = [...all].sort((x, y) => x.maxRssMiB - y.maxRssMiB);
  return {
    ...sorted[MEMORY_RUNS >> 1]!,
    spread: `${sorted[0]!.maxRssMiB.toFixed(1)}–${sorted.at(-1)!.maxRssMiB.toFixed(1)}`,
  };
}
for (const { name, bin } of NODES) {
  const graduationAll = await medianOfRuns(() =>
    measure(`windows-graduation, all five gates (${name})`, graduation.scenario, {
      node: bin,
      inputs: graduation.inputs,
      env: graduation.env,
      event: graduation.event,
      files: graduation.files,
    }),
  );
  const history = await medianOfRuns(() =>
    measure(`run_streak + failure_budget, 1000 runs (${name})`, historyScenario(1000), {
      node: bin,
      inputs: { ref: 'refs/heads/main', sha: 'a'.repeat(40) },
      files: { '.github/release-gates.yml': historyPolicy(1000) },
    }),
  );
  memoryOn.set(name, { graduation: graduationAll, history });
  memoryRows.push([
    `${name} (${execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()})`,
    `${graduationAll.maxRssMiB.toFixed(1)} MiB (${graduationAll.spread}; ${graduationAll.api} requests)`,
    `${history.maxRssMiB.toFixed(1)} MiB (${history.spread}; ${history.api} requests)`,
  ]);
}
{
  const runnerNode = memoryOn.get('node 24');
  for (const [what, limit, pick] of [
    ['the ten-run windows-graduation (five gates)', 80, (m: typeof runnerNode) => m!.graduation],
    ['run_streak + failure_budget over 1,000 runs', 120, (m: typeof runnerNode) => m!.history],
  ] as const) {
    const beside = NODES.filter((n) => n.name !== 'node 24')
      .map((n) => `${n.name}: ${pick(memoryOn.get(n.name)).maxRssMiB.toFixed(1)} MiB`)
      .join(', ');
    targets.push({
      what: `Peak memory (max RSS) on node 24, ${what}, median of ${MEMORY_RUNS} runs`,
      target: `≤ ${limit} MiB`,
      measured: runnerNode
        ? `${pick(runnerNode).maxRssMiB.toFixed(1)} MiB${beside ? ` (${beside})` : ''}`
        : `not measured: Node 24 is not installed (.ci/node24; ${beside})`,
      met: runnerNode !== undefined && pick(runnerNode).maxRssMiB <= limit,
    });
  }
}

// The examples as they model plasmite's real process (test/demo/plasmite-process.ts, the state
// __tests__/integration/plasmite-process.test.ts proves passes): the release preflight of an
// unpublished v0.9.0 built by its tag push, and the graduation on main with push + nightly runs.
const processAct = plasmiteProcessAct();
await measure('examples/release-publish.yml, plasmite v0.9.0 before publishing', processAct.scenario, {
  inputs: processAct.inputs,
  env: processAct.env,
  files: processAct.files,
});
const processGraduation = graduationAct(ALL_GREEN);
await measure('examples/windows-graduation.yml, plasmite main (PREVIEW)', processGraduation.scenario, {
  inputs: processGraduation.inputs,
  env: processGraduation.env,
  files: processGraduation.files,
});

// required_checks waiting on one pending check (`wait: {timeout_minutes: 30, interval_seconds:
// 1}`) that completes after five readings: what the wait costs against the rate limit. Every
// poll after the first is conditional (If-None-Match); a 304 is refunded by GitHub, so it is
// counted apart.
{
  const [commit] = commitChain(1, 'bench-wait');
  const ownRunId = 999000; // GITHUB_RUN_ID as test/run-action.ts sets it: the gate never waits on itself
  const waitScenario: Scenario = {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [commit!],
    branches: { main: commit!.sha },
    tags: { 'v1.2.0': commit!.sha },
    runs: [
      {
        id: 6001,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: commit!.sha,
        status: 'in_progress',
        conclusion: null,
        jobs: [
          { name: 'test', status: 'completed', conclusion: 'success' },
          { name: 'e2e', status: 'in_progress', conclusion: null },
        ],
      },
      {
        id: ownRunId,
        workflow: 'release.yml',
        head_branch: 'v1.2.0',
        head_sha: commit!.sha,
        status: 'in_progress',
        conclusion: null,
        jobs: [{ name: 'release-gates', status: 'in_progress', conclusion: null }],
      },
    ],
    check_runs: {
      [commit!.sha]: [
        { name: 'test', run_id: 6001, status: 'completed', conclusion: 'success' },
        { name: 'e2e', run_id: 6001, status: 'in_progress', conclusion: null },
        { name: 'release-gates', run_id: ownRunId, status: 'in_progress', conclusion: null },
      ],
    },
  };
  const emulator = await startEmulator(waitScenario, { latencyMs: LATENCY_MS });
  const checkRunsRoute = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
  const finish = setInterval(() => {
    const readings = emulator.requests().filter((r) => r.route === checkRunsRoute).length;
    if (readings < 5) return;
    clearInterval(finish);
    const e2e = emulator.state.repository.checkRuns.find((c) => c.name === 'e2e')!;
    Object.assign(e2e, { status: 'completed', conclusion: 'success', completedAt: new Date().toISOString() });
  }, 50);
  try {
    const run = await runAction({
      apiUrl: emulator.apiUrl,
      node: DEFAULT_NODE,
      inputs: { ref: 'refs/tags/v1.2.0', sha: commit!.sha, upload_report: 'false' },
      files: {
        '.github/release-gates.yml': [
          'version: 1',
          'stages: { RELEASE: { match: ["v*"], gates: { checks: required } } }',
          'gates:',
          '  checks:',
          '    type: required_checks',
          '    with: { checks: [test, e2e], include_statuses: false, wait: { timeout_minutes: 30, interval_seconds: 1 } }',
          '',
        ].join('\n'),
      },
    });
    const report = run.report!;
    if (report.error || report.result !== 'pass')
      throw new Error(`required_checks wait: ${JSON.stringify(report.error ?? report.gates[0])}`);
    const api = emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql');
    const counted = api.filter((r) => !r.notModified).length;
    const notModified = api.length - counted;
    rows.push([
      `required_checks wait until one pending check completes (${notModified} more readings answered 304, not counted)`,
      report.result,
      String(counted),
      '0',
      `${report.stats.duration_ms} ms`,
      '',
      '',
    ]);
    console.error(`required_checks wait: ${counted} counted requests, ${notModified} answered 304`);
  } finally {
    clearInterval(finish);
    await emulator.close();
  }
}

// The publish-first policy of v1.0 (test/demo/release-publish-policy.yml), all eleven gates, on
// the consistent v1.3.0 of test/demo/release-publish.ts (the integration test's passing state).
const publish = releasePublishAct();
const published = await measure('release-publish (eleven gates, v1.3.0)', publish.scenario, {
  inputs: publish.inputs,
  env: publish.env,
  files: publish.files,
});
targets.push(
  {
    what: 'release-publish, publish-first policy: API requests (REST + GraphQL; blob downloads aside)',
    target: '≤ 20',
    measured: `${published.api} (and ${published.blobs} blob downloads)`,
    met: published.api <= 20,
  },
  {
    what: `release-publish, publish-first policy: evaluation time at ${LATENCY_MS} ms latency`,
    target: '≤ 1.5 s',
    measured: `${published.evaluationMs} ms (process: ${published.processMs} ms)`,
    met: published.evaluationMs <= 1500,
  },
);

// ---------------------------------------------------------------------------------------------
// Start-up: a policy of local gates only, with `sha` and a full ref, so no API request at all
// (the API URL points at a closed port: one request would fail the run). Interleaved with
// `node -e 0` on the same binary, so a busy moment of a shared machine hits both alike.

const LOCAL_POLICY = stringify({
  version: 1,
  stages: {
    RELEASE: {
      match: ['v*'],
      gates: { verified: 'required', credentials: 'required', release_freeze: 'required' },
    },
  },
  gates: {
    verified: { type: 'evidence', with: { path: 'dist/release/verify.json' } },
    credentials: {
      type: 'secrets_present',
      with: { env: [{ name: 'PYPI_API_TOKEN', prefix: 'pypi-' }, 'CARGO_REGISTRY_TOKEN'] },
    },
    release_freeze: {
      type: 'freeze_window',
      with: {
        timezone: 'America/Denver',
        windows: [{ name: 'Year end', start: '2026-12-31T00:00', end: '2027-01-03T00:00' }],
      },
    },
  },
});

const startupRows: string[][] = [];

/**
 * One start-up run. Timed runs go without the memory probe: it is an ES module loaded through
 * NODE_OPTIONS (about 11 ms on Node 24), which the peers, run as the runner runs them, do not
 * load. Peak memory comes from a separate run with the probe (`probe: true`).
 */
async function timeAction(
  node: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  probe = false,
): Promise<{ ms: number; run: Awaited<ReturnType<typeof runAction>> }> {
  const run = await runAction({
    node,
    inputs: { ref: 'refs/tags/v1.3.0', sha: 'c'.repeat(40), upload_report: 'false', ...inputs },
    env: {
      RELEASE_GATES_NOW: '2026-11-18T17:00:00Z',
      PYPI_API_TOKEN: 'pypi-bench-token',
      CARGO_REGISTRY_TOKEN: 'cio-bench-token',
      ...(probe ? PROBE_ENV : {}),
      ...env,
    },
    files: {
      '.github/release-gates.yml': LOCAL_POLICY,
      'dist/release/verify.json': JSON.stringify({ ok: true, message: 'verified' }),
    },
  });
  // The process alone, as the peers are timed: spawned to closed.
  return { ms: run.processMs, run };
}

// Peer actions (`--peers DIR`: one directory per action, as checked out at its tag, with its
// action.yml and committed bundle), run the way the runner runs them: `node <runs.main>` with
// the inputs' literal defaults as INPUT_* variables and nothing else given, so each loads its
// bundle, reads its inputs and stops at the first thing it lacks (a token, a script, a tag).
interface Peer {
  name: string;
  main: string;
  env: Record<string, string>;
}
const peersAt = process.argv.includes('--peers')
  ? process.argv[process.argv.indexOf('--peers') + 1]
  : undefined;
const peers: Peer[] = peersAt
  ? readdirSync(peersAt)
      .filter((entry) => existsSync(path.join(peersAt, entry, 'action.yml')))
      .sort()
      .map((entry) => {
        const dir = path.resolve(peersAt, entry);
        const action = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as {
          runs: { using: string; main: string };
          inputs?: Record<string, { default?: unknown }>;
        };
        if (!/^node\d+$/.test(action.runs.using)) throw new Error(`${entry}: not a JavaScript action`);
        const inputs = Object.entries(action.inputs ?? {}).filter(
          ([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'),
        );
        return {
          name: entry,
          main: path.join(dir, action.runs.main),
          env: Object.fromEntries(
            inputs.map(([input, spec]) => [
              `INPUT_${input.replace(/ /g, '_').toUpperCase()}`,
              String(spec.default),
            ]),
          ),
        };
      })
  : [];
if (peersAt && peers.length === 0) throw new Error(`--peers ${peersAt}: no directory with an action.yml`);
const peerRuns = new Map<string, number[]>();
const peerOutcome = new Map<string, string>();
const startupOn = new Map<string, { bare: number; action: number; upload: number }>();

for (const { name, bin } of NODES) {
  const bare: number[] = [];
  const action: number[] = [];
  const upload: number[] = [];
  const invalid: number[] = [];
  const evaluation: number[] = [];
  const rss: number[] = [];
  const uploadRss: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const started = performance.now();
    await spawnNode(bin, ['-e', '0'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 30_000,
    });
    bare.push(performance.now() - started);

    const { ms, run } = await timeAction(bin, {});
    if (run.exitCode !== 0 || run.report?.result !== 'pass' || run.report.stats.api_requests !== 0)
      throw new Error(
        `start-up policy: exit ${run.exitCode}, ${JSON.stringify(run.report?.error ?? run.report?.stats)}\n${run.stdout}`,
      );
    action.push(ms);
    evaluation.push(run.report.stats.duration_ms);
    await timeAction(bin, {}, {}, true);
    rss.push(lastMaxRssMiB());

    // The default path on a runner: upload_report is true, so the reports go to the artifact
    // service (an emulator's, new each time: a run holds one artifact of a name) through
    // @actions/artifact, loaded only then.
    const uploadOnce = async (probe: boolean) => {
      const artifactService = await startEmulator({ repository: { owner: 'acme', name: 'plasmite' } });
      const uploaded = await timeAction(
        bin,
        { upload_report: 'true' },
        { ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(), ACTIONS_RESULTS_URL: artifactService.url },
        probe,
      ).finally(() => artifactService.close());
      if (uploaded.run.exitCode !== 0 || !uploaded.run.stdout.includes('Uploaded the reports as artifact'))
        throw new Error(`upload_report: exit ${uploaded.run.exitCode}\n${uploaded.run.stdout}`);
      return uploaded;
    };
    const uploaded = await uploadOnce(false);
    upload.push(uploaded.ms);
    await uploadOnce(true);
    uploadRss.push(lastMaxRssMiB());

    // The same process stopped by an invalid input, which is refused before the policy is
    // read: what loading the bundle (and writing the error reports) costs without evaluating.
    const refused = await timeAction(bin, { rehearsal: 'not-a-boolean' });
    if (refused.run.exitCode !== 1 || refused.run.report?.error?.code !== 'INVALID_INPUT')
      throw new Error(
        `invalid input: exit ${refused.run.exitCode}, ${JSON.stringify(refused.run.report?.error)}`,
      );
    invalid.push(refused.ms);

    for (const peer of peers) {
      const workspace = mkdtempSync(path.join(tmpdir(), 'release-gates-peer-'));
      for (const file of ['output', 'summary', 'env', 'path', 'state'])
        writeFileSync(path.join(workspace, file), '');
      const peerStarted = performance.now();
      const ran = await spawnNode(bin, [peer.main], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_REPOSITORY: 'acme/plasmite',
          GITHUB_API_URL: 'http://127.0.0.1:9',
          GITHUB_OUTPUT: path.join(workspace, 'output'),
          GITHUB_STEP_SUMMARY: path.join(workspace, 'summary'),
          GITHUB_ENV: path.join(workspace, 'env'),
          GITHUB_PATH: path.join(workspace, 'path'),
          GITHUB_STATE: path.join(workspace, 'state'),
          ...peer.env,
        },
        timeoutMs: 30_000,
      });
      const key = `${peer.name} ${name}`;
      peerRuns.set(key, [...(peerRuns.get(key) ?? []), performance.now() - peerStarted]);
      const said = `${ran.stdout}\n${ran.stderr}`.split('\n').find((line) => line.startsWith('::error'));
      peerOutcome.set(peer.name, `exit ${ran.exitCode}${said ? `: \`${said.slice(0, 80)}\`` : ''}`);
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  const ratio = median(action) / median(bare);
  startupOn.set(name, { bare: median(bare), action: median(action), upload: median(upload) });
  startupRows.push([
    `${name} (${execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()})`,
    `${median(bare).toFixed(0)} ms`,
    `${median(invalid).toFixed(0)} ms`,
    `${median(action).toFixed(0)} ms`,
    `${median(evaluation).toFixed(0)} ms`,
    `${ratio.toFixed(1)}×`,
    `${median(rss).toFixed(0)} MiB`,
    `${median(upload).toFixed(0)} ms, ${median(uploadRss).toFixed(0)} MiB`,
    ...peers.map((peer) => {
      const ms = median(peerRuns.get(`${peer.name} ${name}`)!);
      return `${ms.toFixed(0)} ms (${(ms / median(bare)).toFixed(1)}×)`;
    }),
  ]);
  console.error(
    `start-up on ${name}: node -e 0 ${median(bare).toFixed(0)} ms, invalid input ${median(invalid).toFixed(0)} ms, local gates ${median(action).toFixed(0)} ms (${ratio.toFixed(2)}×), with upload ${median(upload).toFixed(0)} ms${peers.map((p) => `, ${p.name} ${median(peerRuns.get(`${p.name} ${name}`)!).toFixed(0)} ms`).join('')}`,
  );
}

{
  const runner = startupOn.get('node 24');
  const githubScript = peers.find((p) => p.name.includes('github-script'));
  const peerMs = githubScript && runner ? median(peerRuns.get(`${githubScript.name} node 24`)!) : undefined;
  targets.push({
    what: "Start-up on node 24, local gates only: `node dist/index.js` against actions/github-script's bundle, same run",
    target: '≤ github-script',
    measured:
      runner && peerMs !== undefined
        ? `${runner.action.toFixed(0)} ms vs ${peerMs.toFixed(0)} ms (${(runner.action / runner.bare).toFixed(1)}× vs ${(peerMs / runner.bare).toFixed(1)}× \`node -e 0\`)`
        : `not measured: ${runner ? 'run with --peers DIR holding github-script' : 'Node 24 is not installed (.ci/node24)'}`,
    met: runner !== undefined && peerMs !== undefined && runner.action <= peerMs,
  });
  const node20 = startupOn.get('node 20');
  if (node20)
    targets.push({
      what: 'Start-up on node 20, local gates only: median `node dist/index.js` ÷ median `node -e 0`',
      target: '≤ 4×',
      measured: `${(node20.action / node20.bare).toFixed(1)}× (${node20.action.toFixed(0)} ms ÷ ${node20.bare.toFixed(0)} ms)`,
      met: node20.action / node20.bare <= 4,
    });
}

// What every workflow that uses the action downloads, and what the runner loads first.
{
  const distDir = path.join(ROOT, 'dist');
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(f.parentPath, f.name)).size, 0);
  const entry = statSync(path.join(distDir, 'index.js')).size;
  const nested = files.filter((f) => path.resolve(f.parentPath) !== path.resolve(distDir)).length;
  targets.push(
    {
      what: `dist/ (${files.length} files, every chunk once: the CLI's dist/cli.js loads dist/index.js)`,
      target: '≤ 6 MB',
      measured: `${(bytes / 1e6).toFixed(2)} MB`,
      met: bytes <= 6e6 && nested === 0,
    },
    {
      what: 'The entry, dist/index.js',
      target: '≤ 1.2 MB',
      measured: `${(entry / 1e6).toFixed(3)} MB`,
      met: entry <= 1.2e6,
    },
  );
}
rmSync(probeDir, { recursive: true, force: true });

const table = [
  `| evaluation | result | API requests | blob downloads | evaluation time | process time | max RSS | per-run REST requests | per-run REST time |`,
  `|---|---|---|---|---|---|---|---|---|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const startupTable = [
  `| node | \`node -e 0\` | bundle loaded, refusing an invalid input | local gates (evidence, secrets_present, freeze_window) | of which evaluation | ratio | max RSS | same, upload_report: true (the default) |${peers.map((p) => ` ${p.name} |`).join('')}`,
  `|---|---|---|---|---|---|---|---|${peers.map(() => '---|').join('')}`,
  ...startupRows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const memoryTable = [
  `| node (median of ${MEMORY_RUNS} runs, and their range) | ten-run windows-graduation, five gates | run_streak + failure_budget, 1,000 runs |`,
  `|---|---|---|`,
  ...memoryRows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const peerNote = peers.length
  ? `Peers from \`--peers ${peersAt}\`: ${peers.map((p) => `${p.name} (${peerOutcome.get(p.name)})`).join('; ')}.`
  : 'No peers measured (run with `--peers DIR`).';
const targetTable = [
  `| target | goal | measured | met |`,
  `|---|---|---|---|`,
  ...targets.map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
].join('\n');
const nodeVersions = NODES.map(
  (n) => `${n.name}: ${execFileSync(n.bin, ['--version'], { encoding: 'utf8' }).trim()}`,
).join(', ');
const machine = `${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores (nproc; ${cpus()[0]?.model.trim() ?? 'unknown CPU'}), shared with other work; ${nodeVersions}; the bench itself ran on Node ${process.versions.node}.`;

const output = [
  `Measured with \`npm run bench -- --write\` at ${LATENCY_MS} ms injected latency per request. Evaluations run on ${NODES[0]!.name} (the machine's own node).`,
  '',
  `**Machine:** ${machine}`,
  '',
  '### Targets',
  '',
  targetTable,
  '',
  '### Evaluations',
  '',
  table,
  '',
  '### Peak memory, per node',
  '',
  memoryTable,
  '',
  `### Start-up (median of ${STARTUP_RUNS} runs each, interleaved, no API request)`,
  '',
  startupTable,
  '',
  peerNote,
].join('\n');
console.log(output);

if (process.argv.includes('--write')) {
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < 0) throw new Error('docs/benchmarks.md lacks the bench markers');
  writeFileSync(file, `${text.slice(0, start)}<!-- bench:start -->\n${output}\n${text.slice(end)}`);
}
