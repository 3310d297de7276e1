// One scenario shared by the emulator's tests, written with the builders the way other tests will.
import { getOctokit } from '@actions/github';
import {
  commitChain,
  makeJob,
  makeRuns,
  minimalScenario,
  shaOf,
  type Scenario,
} from '../../test/emulator/index.js';

export const TOKEN = 'ghs_emulatortesttoken';
export const mainCommits = commitChain(5, 'main');
/** Two commits branching off main's second commit. */
export const sideCommits = commitChain(2, 'side', mainCommits[1].sha);
export const releaseSha = mainCommits[3].sha;

export function fixtureScenario(overrides: Partial<Scenario> = {}): Scenario {
  return minimalScenario({
    commits: [...mainCommits, ...sideCommits],
    branches: { main: mainCommits[4].sha, 'feature/side': sideCommits[1].sha },
    tags: {
      'v1.0.0': mainCommits[2].sha,
      'v1.1.0': { sha: releaseSha, annotated: true, message: 'Release 1.1.0' },
    },
    files: {
      main: {
        'package.json': '{"version":"1.2.0-dev"}',
        'docs/guide.md': '# Guide\n',
        'docs/api/index.md': '# API\n',
      },
      'v1.1.0': {
        'package.json': '{"version":"1.1.0"}',
        'bin/tool': { base64: Buffer.from([0, 1, 2, 255]).toString('base64') },
      },
    },
    runs: [
      // 75 CI runs on main, newest first: every tenth (3, 13, ...) failed.
      ...makeRuns(75, (index) => {
        const failed = index % 10 === 3;
        return {
          conclusion: failed ? 'failure' : 'success',
          jobs: [makeJob('test', failed ? 'failure' : 'success', { steps: ['Checkout', 'Run tests'] })],
        };
      }),
      ...makeRuns(
        2,
        (index) => ({
          head_branch: 'feature/side',
          event: 'pull_request',
          head_sha: sideCommits[1 - index].sha,
        }),
        { workflow: 'ci.yml', newestAt: '2026-03-05T00:00:00Z' },
      ),
      {
        id: 4242,
        workflow: 'release.yml',
        head_branch: 'v1.1.0',
        head_sha: releaseSha,
        created_at: '2026-03-10T00:00:00Z',
        run_attempt: 2,
        jobs: [
          makeJob('build', 'failure', { attempt: 1, steps: ['Compile'] }),
          makeJob('build', 'success', { attempt: 2, steps: ['Compile', 'Package'] }),
          makeJob('smoke (windows)', 'success'),
        ],
        artifacts: [
          {
            name: 'release-metadata',
            files: { 'metadata.json': '{"tag":"v1.1.0","version":"1.1.0"}', 'notes/README.txt': 'hello\n' },
          },
          { name: 'old-logs', files: { 'log.txt': 'old' }, expired: true },
        ],
      },
      {
        workflow: 'ci.yml',
        head_sha: shaOf('fork'),
        head_branch: 'main',
        head_repository: 'mallory/widgets',
        created_at: '2026-01-01T00:00:00Z',
      },
    ],
    check_runs: {
      [releaseSha]: [
        { name: 'build', conclusion: 'failure', run_id: 4242 },
        { name: 'build', conclusion: 'success', run_id: 4242 },
        { name: 'security scan', conclusion: 'neutral', app_slug: 'codeql' },
      ],
    },
    statuses: {
      [releaseSha]: [
        { context: 'ci/legacy', state: 'pending' },
        { context: 'ci/legacy', state: 'success' },
        { context: 'deploy/preview', state: 'success' },
      ],
    },
    releases: [
      {
        tag: 'v1.1.0',
        assets: [
          { name: 'tool_1.1.0_linux_amd64.tar.gz', content: 'tarball bytes' },
          { name: 'sha256sums.txt', content: 'abc  tool_1.1.0_linux_amd64.tar.gz\n', digest: null },
        ],
      },
    ],
    milestones: [{ number: 1, title: 'v1.1.0' }],
    issues: [
      { number: 1, title: 'Crash on start', labels: ['release-blocker', 'bug'], milestone: 'v1.1.0' },
      { number: 2, title: 'Docs typo', labels: ['docs'] },
      { number: 3, title: 'Old blocker', labels: ['release-blocker'], state: 'closed' },
    ],
    pulls: [
      {
        number: 4,
        title: 'Windows leaves preview',
        head_sha: sideCommits[1].sha,
        head_ref: 'feature/side',
        reviews: [
          { user: 'alice', state: 'CHANGES_REQUESTED' },
          { user: 'alice', state: 'APPROVED' },
          { user: 'alice', state: 'COMMENTED' },
          {
            user: 'bob',
            state: 'APPROVED',
            author_association: 'CONTRIBUTOR',
            commit_id: sideCommits[0].sha,
          },
        ],
      },
    ],
    sbom: { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages: [] },
    other_repositories: {
      'acme/homebrew-tap': { files: { main: { 'Formula/tool.rb': 'version "1.1.0"\n' } } },
      'acme/secret-policies': {
        private: true,
        token: 'external-token',
        files: { v3: { 'base.yml': 'version: 1\n' } },
      },
    },
    ...overrides,
  });
}

export function octokitFor(baseUrl: string, token = TOKEN) {
  // No retries: a test that injects a fault wants to see it, not a retry's success.
  return getOctokit(token, { baseUrl, request: { retries: 0 } });
}

export function authorized(token = TOKEN): Record<string, string> {
  return { authorization: `token ${token}` };
}
