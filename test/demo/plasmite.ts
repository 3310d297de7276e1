// The demo's sample repository, acme/plasmite: a Rust project with bindings whose Windows
// builds are leaving preview, and whose 1.0.0 goes GA. Each act of the story is one
// scenario for the emulator plus the workspace files and inputs of one action run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commitChain, makeJob, makeRuns, shaOf } from '../emulator/builders.js';
import type { JobSpec, ReleaseAssetSpec, RunSpec, Scenario } from '../emulator/scenario.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const GRADUATION_POLICY = readFileSync(path.join(ROOT, 'examples', 'windows-graduation.yml'), 'utf8');
export const MATURITY_POLICY = readFileSync(path.join(ROOT, 'examples', 'maturity-stages.yml'), 'utf8');

export interface Act {
  title: string;
  story: string;
  scenario: Scenario;
  inputs: Record<string, string>;
  env: Record<string, string>;
  files: Record<string, string>;
  event?: unknown;
  /** What the act shows: the verdict a reader should see. */
  expect: { result: 'pass' | 'fail'; blocking: string[] };
}

const MAIN = commitChain(40, 'plasmite-main');
const V090 = MAIN[29]!.sha;
const V100 = MAIN[39]!.sha;
const PR_HEAD = shaOf('plasmite windows graduation pr head');
const WEDNESDAY = '2026-11-18T17:00:00Z';
const SATURDAY = '2026-11-21T17:00:00Z';

const CI_WORKFLOW = `name: ci
on: [push, pull_request]
env:
  WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10
  WINDOWS_SMOKE_ROLLBACK_FAILURES: "2"
  WINDOWS_SMOKE_ROLLBACK_WINDOW_RUNS: "5"
jobs: {}
`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The 0.9.0 release: the Windows zip beside the tarballs, each with its .sha256 sidecar. */
function releaseAssets(version: string): ReleaseAssetSpec[] {
  const names = [
    `plasmite_${version}_windows_amd64.zip`,
    ...['linux_amd64', 'darwin_amd64', 'darwin_arm64'].map((p) => `plasmite_${version}_${p}.tar.gz`),
  ];
  return names.flatMap((name) => {
    const content = `binary contents of ${name}`;
    return [
      { name, content },
      { name: `${name}.sha256`, content: `${sha256(content)}  ${name}\n` },
    ];
  });
}

function smokeJobs(windows: 'success' | 'failure' | 'skipped' | 'cancelled' | null): JobSpec[] {
  const jobs = [makeJob('linux test'), makeJob('node remote-only smoke')];
  if (windows)
    jobs.push(makeJob('windows smoke', windows, { steps: ['plasmite.exe --version', 'pool roundtrip'] }));
  return jobs;
}

/**
 * CI history on main, newest first. `recent` are the newest runs' windows smoke results
 * (null: the job did not run); below them, an older failure and a long green tail.
 */
function mainHistory(recent: ('success' | 'failure' | 'skipped' | 'cancelled' | null)[]): RunSpec[] {
  const older: ('success' | 'failure')[] = ['failure', ...Array<'success'>(20).fill('success')];
  const all = [...recent, ...older];
  return makeRuns(all.length, (i) => ({
    conclusion: all[i] === 'failure' ? 'failure' : all[i] === 'cancelled' ? 'cancelled' : 'success',
    jobs: smokeJobs(all[i]!),
  }));
}

function baseScenario(runs: RunSpec[]): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: MAIN,
    branches: { main: MAIN[MAIN.length - 1]!.sha },
    tags: { 'v0.9.0': { sha: V090, annotated: true, message: 'plasmite 0.9.0' }, 'v1.0.0': V100 },
    files: {
      [V090]: { '.github/workflows/ci.yml': CI_WORKFLOW },
      [V100]: { '.github/workflows/ci.yml': CI_WORKFLOW },
      main: { '.github/release-gates.yml': MATURITY_POLICY, '.github/workflows/ci.yml': CI_WORKFLOW },
    },
    runs: [
      ...runs,
      // The CI run of the 0.9.0 commit, where the smoke jobs and their steps ran.
      {
        workflow: 'ci.yml',
        head_branch: 'v0.9.0',
        head_sha: V090,
        event: 'push',
        created_at: '2026-02-01T09:00:00Z',
        jobs: smokeJobs('success'),
      },
      // The 0.9.0 GA release run: its performance summary is the 1.0.0 baseline.
      {
        workflow: 'release-ga.yml',
        head_branch: 'v0.9.0',
        head_sha: V090,
        event: 'push',
        created_at: '2026-02-01T10:00:00Z',
        jobs: [makeJob('release')],
        artifacts: [
          {
            name: 'budgets',
            files: {
              'budgets.json': JSON.stringify({
                metrics: { 'latency.p99_ms': [181, 176, 179], 'errors.rate': 0.002 },
              }),
            },
          },
        ],
      },
    ],
    check_runs: {
      [V100]: [
        { name: 'test', conclusion: 'success' },
        { name: 'lint', conclusion: 'success' },
        { name: 'security scan', conclusion: 'success', app_slug: 'codeql' },
      ],
    },
    releases: [{ tag: 'v0.9.0', assets: releaseAssets('0.9.0') }],
    pulls: [
      {
        number: 42,
        title: 'Windows leaves preview',
        state: 'open',
        head_sha: PR_HEAD,
        head_ref: 'windows-ga',
        base_ref: 'main',
        user: 'windows-porter',
        reviews: [
          {
            user: 'maintainer-mo',
            author_association: 'MEMBER',
            state: 'APPROVED',
            commit_id: PR_HEAD,
            submitted_at: '2026-11-17T12:00:00Z',
          },
        ],
      },
    ],
    sbom: {
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'acme/plasmite',
      packages: [
        {
          SPDXID: 'SPDXRef-serde',
          name: 'serde',
          versionInfo: '1.0.210',
          licenseConcluded: 'MIT OR Apache-2.0',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:cargo/serde@1.0.210',
            },
          ],
        },
        {
          SPDXID: 'SPDXRef-tokio',
          name: 'tokio',
          versionInfo: '1.41.0',
          licenseConcluded: 'MIT',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:cargo/tokio@1.41.0',
            },
          ],
        },
        {
          SPDXID: 'SPDXRef-ring',
          name: 'ring',
          versionInfo: '0.17.8',
          licenseConcluded: 'Apache-2.0 AND ISC',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:cargo/ring@0.17.8',
            },
          ],
        },
      ],
    },
  };
}

const GRADUATION_INPUTS = { policy: '.github/release-gates.yml', stage: 'GRADUATION', ref: 'v0.9.0' };
const GRADUATION_EVENT = { pull_request: { number: 42 } };

function graduation(
  title: string,
  story: string,
  recent: Parameters<typeof mainHistory>[0],
  expect: Act['expect'],
): Act {
  return {
    title,
    story,
    scenario: baseScenario(mainHistory(recent)),
    inputs: GRADUATION_INPUTS,
    env: { RELEASE_GATES_NOW: WEDNESDAY },
    files: { '.github/release-gates.yml': GRADUATION_POLICY },
    event: GRADUATION_EVENT,
    expect,
  };
}

function gaRelease(
  title: string,
  story: string,
  now: string,
  inputs: Record<string, string>,
  expect: Act['expect'],
): Act {
  return {
    title,
    story,
    scenario: baseScenario(mainHistory(Array(10).fill('success'))),
    inputs: { policy: '.github/release-gates.yml', ref: 'refs/tags/v1.0.0', ...inputs },
    env: { RELEASE_GATES_NOW: now },
    files: {
      '.github/release-gates.yml': MATURITY_POLICY,
      'dist/release/verify.json': JSON.stringify({
        ok: true,
        message: 'Dashboards, alerts and traces verified for 1.0.0',
      }),
      'dist/release/budgets.json': JSON.stringify({
        metrics: { 'latency.p99_ms': [184, 180, 187], 'errors.rate': 0.0021 },
      }),
    },
    expect,
  };
}

export const ACTS: Act[] = [
  graduation(
    'Windows graduation, 3 of 10',
    'The graduation pull request asks to take Windows out of preview. Only the three newest main runs of "windows smoke" are green, and the policy (read from ci.yml) wants ten in a row.',
    ['success', 'success', 'success', 'failure', 'success'],
    { result: 'fail', blocking: ['windows_reliability'] },
  ),
  graduation(
    'Windows graduation, after ten green runs',
    'Ten more main runs went green; two skipped the Windows job and one was cancelled, which neither count nor break the streak.',
    [
      'success',
      'success',
      null,
      'success',
      'cancelled',
      'success',
      'success',
      'skipped',
      'success',
      'success',
      'success',
      'success',
      'success',
    ],
    { result: 'pass', blocking: [] },
  ),
  gaRelease(
    'plasmite 1.0.0 goes GA',
    'The v1.0.0 tag at GA: checks green, observability verified, licences approved, policy unchanged from main, latency within budget of 0.9.0, no freeze on a Wednesday.',
    WEDNESDAY,
    {},
    { result: 'pass', blocking: [] },
  ),
  gaRelease(
    'A weekend release, blocked by the freeze',
    'The same release on a Saturday: the weekend freeze blocks it.',
    SATURDAY,
    {},
    { result: 'fail', blocking: ['release_freeze'] },
  ),
  gaRelease(
    'Breaking the glass, on the record',
    'A security fix cannot wait for Monday: the release captain breaks the freeze with a reason, which the report records.',
    SATURDAY,
    {
      override_freeze: 'true',
      override_reason: 'CVE-2026-4242 fix must ship before Monday; approved by the release lead',
    },
    { result: 'pass', blocking: [] },
  ),
];
