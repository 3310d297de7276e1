// The emulator against GitHub's published API description: every route it serves is driven with
// the ids and names of the example scenarios, and every JSON answer (REST, and GraphQL for the
// queries the action sends) must satisfy @octokit/openapi's response schema for its operation,
// or @octokit/graphql-schema's non-null fields. The count of violations is 0; broken answers
// show that the check can fail, and say where.
import path from 'node:path';
import { jest } from '@jest/globals';
import { RESOLVE_REF_QUERY } from '../../src/facts/refs.js';
import { filesAtCommitQuery } from '../../src/facts/files-at-commit.js';
import { RUN_JOBS_WITH_STEPS_QUERY } from '../../src/facts/jobs.js';
import { PULL_REQUEST_REVIEWS_QUERY } from '../../src/facts/pulls.js';
import { releasePublishAct } from '../../test/demo/release-publish.js';
import { ACTS } from '../../test/demo/plasmite.js';
import { plasmiteProcessAct } from '../../test/demo/plasmite-process.js';
import {
  loadScenario,
  startEmulator,
  type Emulator,
  type EmulatorAnswer,
  type Scenario,
} from '../../test/emulator/index.js';
import { apiDescriptionCheck, type Violation } from '../../test/emulator/openapi-check.js';
import { actionsRoutes } from '../../test/emulator/rest/actions.js';
import { checksRoutes } from '../../test/emulator/rest/checks.js';
import { commitRoute, gitRoutes } from '../../test/emulator/rest/git.js';
import { issuesRoutes } from '../../test/emulator/rest/issues.js';
import { pullsRoutes } from '../../test/emulator/rest/pulls.js';
import { releasesRoutes } from '../../test/emulator/rest/releases.js';
import { gitBlobSha } from '../../test/emulator/state/git.js';
import type { ScenarioState } from '../../test/emulator/state/model.js';
import { fixtureScenario, TOKEN } from './fixtures.js';

jest.setTimeout(120_000);

const REST_ROUTES = [
  ...gitRoutes,
  ...actionsRoutes,
  ...checksRoutes,
  ...releasesRoutes,
  ...issuesRoutes,
  ...pullsRoutes,
  commitRoute,
];

/** Most concrete requests per route: enough to meet each kind of answer, few enough to stay fast. */
const PER_ROUTE = 40;

const SCENARIOS: [string, () => Scenario][] = [
  [
    'test/emulator/scenarios/example.yml',
    () => loadScenario(path.resolve(import.meta.dirname, '../../test/emulator/scenarios/example.yml')),
  ],
  ['the emulator tests’ fixture', () => fixtureScenario()],
  ['release-publish (test/demo/release-publish.ts)', () => releasePublishAct().scenario],
  ['plasmite-process (test/demo/plasmite-process.ts)', () => plasmiteProcessAct().scenario],
  [
    'the demo (test/demo/plasmite.ts), an act with a pull request and its reviews',
    () => ACTS.find((act) => (act.scenario.pulls ?? []).length > 0)!.scenario,
  ],
];

interface Request {
  method: string;
  path: string;
  body?: unknown;
}

/** Values for each route parameter, taken from the scenario the emulator serves. */
function samples(scenario: Scenario, state: ScenarioState): Record<string, string[]> {
  const repo = state.repository;
  const runs = repo.runs;
  const tags = repo.git.tags();
  const shas = [
    ...new Set([
      ...repo.git.branches().map(([, sha]) => sha),
      ...tags.map((tag) => tag.commitSha),
      ...repo.checkRuns.map((c) => c.headSha),
      ...repo.statuses.map((s) => s.sha),
    ]),
  ];
  const files = Object.entries(scenario.files ?? {}).flatMap(([ref, byPath]) =>
    Object.entries(byPath).map(([file, content]) => ({ ref, file, content })),
  );
  const firstSha = shas[0] ?? '0'.repeat(40);
  return {
    owner: [repo.owner],
    repo: [repo.name],
    workflow_id: repo.workflows.flatMap((w) => [String(w.id), path.basename(w.path)]),
    run_id: [
      ...new Set([...runs.filter((r) => r.artifacts.length > 0), ...runs.slice(-5)].map((r) => String(r.id))),
    ],
    attempt_number: ['1'],
    job_id: runs.flatMap((r) => r.jobs.map((j) => String(j.id))).slice(0, 5),
    artifact_id: runs.flatMap((r) => r.artifacts.map((a) => String(a.id))).slice(0, 8),
    archive_format: ['zip'],
    check_run_id: repo.checkRuns.map((c) => String(c.id)).slice(0, 5),
    ref: [
      ...repo.git.branches().map(([name]) => `heads/${name}`),
      ...tags.map((tag) => `tags/${tag.name}`),
      'tags/v',
      ...shas.slice(0, 6),
      repo.defaultBranch,
    ],
    commit_sha: shas.slice(0, 6),
    basehead: tags
      .map((tag) => `${tag.name}...${repo.defaultBranch}`)
      .concat(`${firstSha}...${repo.defaultBranch}`),
    tag_sha: tags.filter((t) => t.tagSha).map((t) => t.tagSha!),
    file_sha: files
      .map(({ content }) =>
        gitBlobSha(
          Buffer.from(
            typeof content === 'string' ? content : content.base64,
            typeof content === 'string' ? 'utf8' : 'base64',
          ),
        ),
      )
      .slice(0, 5),
    path: [...new Set(files.map(({ file }) => file))].slice(0, 12),
    tag: repo.releases.map((r) => r.tag),
    release_id: repo.releases.map((r) => String(r.id)),
    asset_id: repo.releases.flatMap((r) => r.assets.map((a) => String(a.id))).slice(0, 6),
    issue_number: repo.issues.map((i) => String(i.number)).slice(0, 6),
    pull_number: repo.pulls.map((p) => String(p.number)),
    // Parameters of routes the action is about to use (permission of the actor, attestations).
    username: [...new Set([repo.owner, ...repo.pulls.map((p) => p.user), ...runs.map((r) => r.actor)])].slice(
      0,
      4,
    ),
    subject_digest: repo.releases
      .flatMap((r) => r.assets.map((a) => a.digest))
      .filter((digest): digest is string => digest !== null)
      .slice(0, 3),
  };
}

/** Every concrete path of a route pattern, from the samples (at most PER_ROUTE). */
function expand(pattern: string, values: Record<string, string[]>): string[] {
  let paths = [pattern];
  for (const name of pattern.match(/\{[a-z_]+\}/g) ?? []) {
    const options = values[name.slice(1, -1)] ?? [];
    paths = paths.flatMap((p) =>
      options.map((value) => p.replace(name, encodeURIComponent(value).replace(/%2F/g, '/'))),
    );
  }
  return paths.slice(0, PER_ROUTE);
}

/** Query strings the action sends on list routes, so filtered and paged answers are checked too. */
const QUERIES: Record<string, string[]> = {
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': [
    '',
    '?branch=main&event=push&status=completed&per_page=100',
    '?per_page=2&page=2',
  ],
  'GET /repos/{owner}/{repo}/actions/runs': ['', '?per_page=3'],
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': ['', '?filter=all'],
  'GET /repos/{owner}/{repo}/actions/artifacts': ['', '?name=release-metadata'],
  'GET /repos/{owner}/{repo}/issues': ['', '?state=all&labels=release-blocker&per_page=100'],
  'GET /repos/{owner}/{repo}/pulls': ['', '?state=all'],
};

const BODIES: Record<string, unknown> = {
  'POST /repos/{owner}/{repo}/issues': {
    title: 'Release blockers: v9.9.9',
    body: 'checked',
    labels: ['release-blocker'],
  },
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': { body: 'updated' },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': { body: 'a comment' },
};

function requestsFor(scenario: Scenario, state: ScenarioState): Request[] {
  const values = samples(scenario, state);
  return REST_ROUTES.flatMap((route) => {
    const name = `${route.method} ${route.pattern}`;
    return expand(route.pattern, values).flatMap((concrete) =>
      (QUERIES[name] ?? ['']).map((query) => ({
        method: route.method,
        path: `${concrete}${query}`,
        body: BODIES[name],
      })),
    );
  });
}

/** The GraphQL queries the action sends, with variables from the scenario. */
function graphqlRequestsFor(scenario: Scenario, state: ScenarioState): Request[] {
  const repo = state.repository;
  const owner = repo.owner;
  const name = repo.name;
  const tag = repo.git.tags()[0]?.name ?? repo.defaultBranch;
  const head = repo.git.branch(repo.defaultBranch) ?? '0'.repeat(40);
  const files = Object.values(scenario.files ?? {})
    .flatMap((byPath) => Object.keys(byPath))
    .slice(0, 4);
  const suites = repo.runs.slice(-10).map((run) => run.checkSuiteNodeId);
  return [
    {
      method: 'POST',
      path: '/graphql',
      body: {
        query: RESOLVE_REF_QUERY,
        variables: { owner, name, ref0: `refs/tags/${tag}`, ref1: `refs/heads/${tag}`, both: true },
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      body: {
        query: RESOLVE_REF_QUERY,
        variables: {
          owner,
          name,
          ref0: 'refs/heads/no-such-branch',
          ref1: 'refs/tags/no-such-branch',
          both: false,
        },
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      body: {
        query: filesAtCommitQuery(files.length + 1),
        variables: {
          owner,
          name,
          commit: head,
          ...Object.fromEntries([...files, 'no/such/file'].map((file, i) => [`file${i}`, `${head}:${file}`])),
        },
      },
    },
    {
      method: 'POST',
      path: '/graphql',
      body: { query: RUN_JOBS_WITH_STEPS_QUERY, variables: { ids: suites } },
    },
    ...repo.pulls.map((pull) => ({
      method: 'POST',
      path: '/graphql',
      body: {
        query: PULL_REQUEST_REVIEWS_QUERY,
        variables: { owner, name, number: pull.number, after: null },
      },
    })),
  ];
}

async function send(emulator: Emulator, request: Request): Promise<number> {
  const response = await fetch(`${emulator.url}${request.path}`, {
    method: request.method,
    redirect: 'manual',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/vnd.github+json',
      ...(request.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Routes that answered with success in any scenario. */
const SUCCEEDED = new Set<string>();

describe.each(SCENARIOS)('%s', (_name, makeScenario) => {
  let emulator: Emulator;
  const answers: EmulatorAnswer[] = [];

  beforeAll(async () => {
    const scenario = makeScenario();
    emulator = await startEmulator(scenario, { onAnswer: (answer) => answers.push(answer) });
    // In sequence: the write routes change the state the next requests read.
    for (const request of [
      ...requestsFor(scenario, emulator.state),
      ...graphqlRequestsFor(scenario, emulator.state),
    ])
      await send(emulator, request);
  });
  afterAll(async () => {
    for (const answer of answers) if (answer.status < 400) SUCCEEDED.add(answer.route);
    await emulator.close();
  });

  test('every REST route the emulator serves answered with success at least once', () => {
    const succeeded = new Set(answers.filter((a) => a.status < 400).map((a) => a.route));
    const routes = REST_ROUTES.map((r) => `${r.method} ${r.pattern}`);
    // Routes this scenario has no data for (no pulls, no SBOM, no check runs) answer 404 here; the
    // fixture and example scenarios cover them. What no scenario covers is caught below.
    expect(routes.filter((r) => succeeded.has(r)).length).toBeGreaterThan(routes.length / 2);
  });

  test("every answer matches GitHub's published description: 0 violations", () => {
    const violations = apiDescriptionCheck().check(answers);
    expect(summarize(violations)).toEqual([]);
    // The GraphQL queries ran (data, no errors), so their answers were walked, not skipped.
    const graphql = answers.filter((a) => a.kind === 'graphql');
    expect(graphql.length).toBeGreaterThanOrEqual(4);
    for (const answer of graphql) expect(answer.json).toEqual({ data: expect.any(Object) });
  });
});

// After the scenarios above (Jest runs a file's tests in order): what none of them covered.
test('across the scenarios, every REST route answered with success', () => {
  const missing = REST_ROUTES.map((r) => `${r.method} ${r.pattern}`).filter((r) => !SUCCEEDED.has(r));
  expect(missing).toEqual([]);
});

/** Violations as one line each, grouped so a failure lists each problem once with a count. */
function summarize(violations: Violation[]): string[] {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const line = `${v.route} ${v.path.replace(/\[\d+\]/g, '[]')}: ${v.reason}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
}

describe('the check can fail', () => {
  const check = apiDescriptionCheck();

  test('a workflow run list with a count as text and a run without head_sha: two violations, each placed', () => {
    const violations = check.checkRest({
      method: 'GET',
      path: '/repos/acme/widgets/actions/runs',
      status: 200,
      json: { total_count: '1', workflow_runs: [{ id: 1 }] },
    });
    expect(violations).toEqual(
      expect.arrayContaining([
        {
          route: 'GET /repos/{owner}/{repo}/actions/runs',
          path: '$.total_count',
          reason: 'type: must be integer',
        },
        {
          route: 'GET /repos/{owner}/{repo}/actions/runs',
          path: '$.workflow_runs[0]',
          reason: "required property 'head_sha' is missing",
        },
      ]),
    );
  });

  test('null where GitHub never sends one (a run id), while a nullable field (head_branch) may be null', () => {
    const run = { ...validRun(), head_branch: null };
    expect(
      check.checkRest({ method: 'GET', path: '/repos/acme/widgets/actions/runs/1', status: 200, json: run }),
    ).toEqual([]);
    const broken = check.checkRest({
      method: 'GET',
      path: '/repos/acme/widgets/actions/runs/1',
      status: 200,
      json: { ...run, id: null },
    });
    expect(broken).toEqual([
      {
        route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
        path: '$.id',
        reason: 'type: must be integer',
      },
    ]);
  });

  test("the emulator's own issue, with a state_reason GitHub does not send and without its user: two violations", async () => {
    const emulator = await startEmulator(
      fixtureScenario({ issues: [{ number: 7, title: 'Release blockers: v1.1.0' }] }),
    );
    try {
      const response = await fetch(`${emulator.url}/repos/acme/widgets/issues/7`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const issue = (await response.json()) as Record<string, unknown>;
      const answer = { method: 'GET', path: '/repos/acme/widgets/issues/7', status: 200 };
      expect(check.checkRest({ ...answer, json: issue })).toEqual([]);
      const { user: _user, ...withoutUser } = issue;
      expect(check.checkRest({ ...answer, json: { ...withoutUser, state_reason: 'fixed' } })).toEqual([
        {
          route: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
          path: '$',
          reason: "required property 'user' is missing",
        },
        {
          route: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
          path: '$.state_reason',
          reason:
            'must be equal to one of the allowed values: ["completed","reopened","not_planned","duplicate"]',
        },
      ]);
    } finally {
      await emulator.close();
    }
  });

  test('an error body whose message is not text', () => {
    const error = check.checkRest({
      method: 'GET',
      path: '/repos/acme/widgets/issues/1',
      status: 404,
      json: { message: 404 },
    });
    expect(error).toEqual([
      {
        route: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
        path: '$.message',
        reason: 'type: must be string',
      },
    ]);
  });

  test('a path GitHub has no operation for is a violation, not a silent pass', () => {
    expect(
      check.checkRest({ method: 'GET', path: '/repos/acme/widgets/no-such-thing', status: 200, json: {} }),
    ).toEqual([
      {
        route: 'GET /repos/acme/widgets/no-such-thing',
        path: '$',
        reason: "no operation in GitHub's description has this method and path",
      },
    ]);
  });

  test('the most literal template wins: /releases/latest is not /releases/{release_id}', () => {
    expect(check.operation('GET', '/repos/a/b/releases/latest')?.template).toBe(
      '/repos/{owner}/{repo}/releases/latest',
    );
    expect(check.operation('GET', '/repos/a/b/commits/abc/check-runs')?.template).toBe(
      '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    );
    expect(check.operation('GET', '/repos/a/b/contents/docs/api/index.md')?.template).toBe(
      '/repos/{owner}/{repo}/contents/{path}',
    );
    expect(check.operation('GET', '/repos/a/b/contents')?.template).toBe(
      '/repos/{owner}/{repo}/contents/{path}',
    );
    expect(check.operation('GET', '/repos/a/b/actions/runs/12/jobs')?.template).toBe(
      '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    );
    expect(check.operation('GET', '/repos/a/b/c')).toBeNull();
  });

  test('GraphQL: a null at a non-null field, and the error graphql-js reports for one, are violations', () => {
    const query = `query RunJobs($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on CheckSuite { databaseId checkRuns(first: 1) { totalCount nodes { name } } } } }`;
    const requestBody = JSON.stringify({ query, variables: { ids: ['x'] } });
    const fine = check.checkGraphql({
      method: 'POST',
      path: '/graphql',
      status: 200,
      requestBody,
      json: {
        data: {
          nodes: [
            {
              __typename: 'CheckSuite',
              databaseId: 1,
              checkRuns: { totalCount: 1, nodes: [{ name: 'build' }] },
            },
          ],
        },
      },
    });
    expect(fine).toEqual([]);
    const broken = check.checkGraphql({
      method: 'POST',
      path: '/graphql',
      status: 200,
      requestBody,
      json: {
        data: {
          nodes: [
            {
              __typename: 'CheckSuite',
              databaseId: 1,
              checkRuns: { totalCount: null, nodes: [{ name: null }] },
            },
          ],
        },
        errors: [
          {
            message: 'Cannot return null for non-nullable field CheckRun.name.',
            path: ['nodes', 0, 'checkRuns', 'nodes', 0, 'name'],
          },
        ],
      },
    });
    expect(broken).toEqual(
      expect.arrayContaining([
        {
          route: 'graphql RunJobs',
          path: '$.nodes[0].checkRuns.totalCount',
          reason: 'null where the schema says Int!',
        },
        {
          route: 'graphql RunJobs',
          path: '$.nodes[0].checkRuns.nodes[0].name',
          reason: 'null where the schema says String!',
        },
        {
          route: 'graphql RunJobs',
          path: '$.nodes[0].checkRuns.nodes[0].name',
          reason: 'Cannot return null for non-nullable field CheckRun.name.',
        },
      ]),
    );
    expect(broken).toHaveLength(3);
  });

  test('GraphQL: a selected non-null field missing from the answer is a violation', () => {
    const query = `query Q { repository(owner: "a", name: "b") { name } }`;
    const broken = check.checkGraphql({
      method: 'POST',
      path: '/graphql',
      status: 200,
      requestBody: JSON.stringify({ query }),
      json: { data: { repository: {} } },
    });
    expect(broken).toEqual([
      {
        route: 'graphql Q',
        path: '$.repository.name',
        reason: 'a selected field is missing from the answer',
      },
    ]);
  });
});

/** A workflow run as GitHub's description requires it (the emulator's own payload is what is under test elsewhere). */
function validRun(): Record<string, unknown> {
  const url = 'https://api.github.com/repos/acme/widgets/actions/runs/1';
  const repository = {
    id: 1,
    node_id: 'R_1',
    name: 'widgets',
    full_name: 'acme/widgets',
    owner: simpleUser(),
    private: false,
    html_url: 'https://github.com/acme/widgets',
    description: null,
    fork: false,
    url: 'https://api.github.com/repos/acme/widgets',
    ...Object.fromEntries(
      [
        'archive_url',
        'assignees_url',
        'blobs_url',
        'branches_url',
        'collaborators_url',
        'comments_url',
        'commits_url',
        'compare_url',
        'contents_url',
        'contributors_url',
        'deployments_url',
        'downloads_url',
        'events_url',
        'forks_url',
        'git_commits_url',
        'git_refs_url',
        'git_tags_url',
        'issue_comment_url',
        'issue_events_url',
        'issues_url',
        'keys_url',
        'labels_url',
        'languages_url',
        'merges_url',
        'milestones_url',
        'notifications_url',
        'pulls_url',
        'releases_url',
        'stargazers_url',
        'statuses_url',
        'subscribers_url',
        'subscription_url',
        'tags_url',
        'teams_url',
        'trees_url',
        'hooks_url',
      ].map((key) => [key, `https://api.github.com/repos/acme/widgets/${key}`]),
    ),
  };
  return {
    id: 1,
    name: 'ci',
    node_id: 'WFR_1',
    check_suite_id: 1,
    check_suite_node_id: 'CS_1',
    head_branch: 'main',
    head_sha: 'a'.repeat(40),
    path: '.github/workflows/ci.yml',
    run_number: 1,
    run_attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    workflow_id: 1,
    url,
    html_url: 'https://github.com/acme/widgets/actions/runs/1',
    pull_requests: [],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: 'https://api.github.com/repos/acme/widgets/check-suites/1',
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    workflow_url: 'https://api.github.com/repos/acme/widgets/actions/workflows/1',
    head_commit: null,
    repository,
    head_repository: repository,
    display_title: 'ci',
  };
}

function simpleUser(): Record<string, unknown> {
  const base = 'https://api.github.com/users/acme';
  return {
    login: 'acme',
    id: 1,
    node_id: 'U_1',
    avatar_url: 'https://avatars.githubusercontent.com/u/1',
    gravatar_id: '',
    url: base,
    html_url: 'https://github.com/acme',
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: 'User',
    site_admin: false,
  };
}
