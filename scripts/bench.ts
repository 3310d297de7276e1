// `npm run bench`: API requests and wall time of real evaluations against the local GitHub
// emulator with injected latency, beside a one-REST-call-per-run strategy measured in the
// same run. Prints a Markdown table; `--write` also puts it in docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { stringify } from 'yaml';
import { ACTS } from '../test/demo/plasmite.js';
import { makeJob, makeRuns, startEmulator, type Scenario } from '../test/emulator/index.js';
import { DEFAULT_NODE, ROOT, runAction } from '../test/run-action.js';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const rows: string[][] = [];

function historyScenario(runs: number): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    runs: makeRuns(runs, () => ({
      jobs: [makeJob('windows smoke', 'success', { steps: ['pool roundtrip'] }), makeJob('lint')],
    })),
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
async function perRunStrategy(apiUrl: string, runs: number): Promise<{ requests: number; ms: number }> {
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
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      await octokit.rest.actions.listJobsForWorkflowRun({
        owner: 'acme',
        repo: 'plasmite',
        run_id: id,
        filter: 'latest',
      });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { requests, ms: Math.round(performance.now() - started) };
}

async function measure(
  label: string,
  scenario: Scenario,
  options: Parameters<typeof runAction>[0],
  baseline?: (apiUrl: string) => Promise<{ requests: number; ms: number }>,
) {
  const emulator = await startEmulator(scenario, { latencyMs: LATENCY_MS });
  try {
    const started = performance.now();
    const run = await runAction({ ...options, apiUrl: emulator.apiUrl, node: DEFAULT_NODE });
    const processMs = Math.round(performance.now() - started);
    const report = run.report!;
    if (report.error) throw new Error(`${label}: ${report.error.code} ${report.error.message}`);
    const errored = report.gates.filter((g) => g.status === 'error');
    if (errored.length)
      throw new Error(
        `${label}: gates errored: ${errored.map((g) => `${g.id} ${g.code} ${g.message}`).join('; ')}`,
      );
    const api = emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql').length;
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
      `${report.stats.duration_ms} ms`,
      `${processMs} ms`,
      ...other,
    ]);
    console.error(
      `${label}: ${api} requests, ${report.stats.duration_ms} ms evaluation, ${processMs} ms process`,
    );
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

const table = [
  `| evaluation | result | API requests | evaluation time | process time | per-run REST requests | per-run REST time |`,
  `|---|---|---|---|---|---|---|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(table);

if (process.argv.includes('--write')) {
  const file = path.join(ROOT, 'docs', 'benchmarks.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < 0) throw new Error('docs/benchmarks.md lacks the bench markers');
  const stamp = `Measured with \`npm run bench -- --write\` at ${LATENCY_MS} ms injected latency per request, Node ${process.versions.node}.`;
  writeFileSync(
    file,
    `${text.slice(0, start)}<!-- bench:start -->\n${stamp}\n\n${table}\n${text.slice(end)}`,
  );
}
