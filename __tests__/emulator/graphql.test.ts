import { validate } from '@octokit/graphql-schema';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import { authorized, fixtureScenario, octokitFor, releaseSha, sideCommits } from './fixtures.js';

let emulator: Emulator;
let octokit: ReturnType<typeof octokitFor>;

beforeAll(async () => {
  emulator = await startEmulator(fixtureScenario());
  octokit = octokitFor(emulator.apiUrl);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetLog());

/** The raw HTTP answer, to see exactly what GitHub's clients would parse. */
async function postQuery(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(emulator.graphqlUrl, {
    method: 'POST',
    headers: { ...authorized(), 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Record<string, unknown>[] },
  };
}

const JOBS_QUERY = `
  query Jobs($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on CheckSuite {
        databaseId
        workflowRun { databaseId runNumber }
        latest: checkRuns(first: 100, filterBy: { checkType: LATEST }) {
          nodes {
            databaseId name status conclusion startedAt completedAt
            steps(first: 100) { nodes { name number status conclusion } }
          }
        }
        all: checkRuns(first: 100, filterBy: { checkType: ALL }) { totalCount }
      }
    }
  }`;

interface JobsResult {
  nodes: ({
    databaseId: number;
    workflowRun: { databaseId: number; runNumber: number };
    latest: {
      nodes: {
        databaseId: number;
        name: string;
        status: string;
        conclusion: string;
        steps: { nodes: unknown[] };
      }[];
    };
    all: { totalCount: number };
  } | null)[];
}

describe('check suites by node id', () => {
  it('returns the jobs of several runs in one request, latest attempts or all', async () => {
    const { data: release } = await octokit.rest.actions.getWorkflowRun({
      owner: 'acme',
      repo: 'widgets',
      run_id: 4242,
    });
    const {
      data: { workflow_runs: ci },
    } = await octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'widgets',
      workflow_id: 'ci.yml',
      per_page: 1,
    });
    emulator.resetLog();

    const result = await octokit.graphql<JobsResult>(JOBS_QUERY, {
      ids: [release.check_suite_node_id, ci[0].check_suite_node_id],
    });
    const [releaseSuite, ciSuite] = result.nodes;
    expect(releaseSuite).toMatchObject({
      databaseId: release.check_suite_id,
      workflowRun: { databaseId: 4242, runNumber: 1 },
      all: { totalCount: 3 },
    });
    expect(releaseSuite?.latest.nodes.map((job) => [job.name, job.status, job.conclusion])).toEqual([
      ['build', 'COMPLETED', 'SUCCESS'],
      ['smoke (windows)', 'COMPLETED', 'SUCCESS'],
    ]);
    expect(releaseSuite?.latest.nodes[0].steps.nodes).toEqual([
      { name: 'Compile', number: 1, status: 'COMPLETED', conclusion: 'SUCCESS' },
      { name: 'Package', number: 2, status: 'COMPLETED', conclusion: 'SUCCESS' },
    ]);
    const { data: restJobs } = await octokit.rest.actions.listJobsForWorkflowRun({
      owner: 'acme',
      repo: 'widgets',
      run_id: ci[0].id,
    });
    expect(ciSuite?.latest.nodes.map((job) => job.databaseId)).toEqual(restJobs.jobs.map((job) => job.id));

    expect(emulator.requests()[0]).toMatchObject({
      method: 'POST',
      route: 'POST /graphql',
      kind: 'graphql',
      operation: 'Jobs',
    });
    expect(validate(JOBS_QUERY)).toEqual([]);
  });

  it('answers null with a NOT_FOUND error for an unknown id', async () => {
    const { body } = await postQuery(JOBS_QUERY, { ids: ['CS_kwDOnope'] });
    expect(body.data).toEqual({ nodes: [null] });
    expect(body.errors).toMatchObject([{ type: 'NOT_FOUND', path: ['nodes', 0] }]);
  });
});

describe('repository objects', () => {
  it('reads several files in one query, binary ones without text', async () => {
    const result = await octokit.graphql<Record<string, Record<string, unknown>>>(
      `query Files($owner: String!, $name: String!) {
        repository(owner: $owner, name: $name) {
          pkg: object(expression: "v1.1.0:package.json") { ... on Blob { text byteSize isBinary isTruncated oid } }
          tool: object(expression: "v1.1.0:bin/tool") { ... on Blob { text byteSize isBinary } }
          missing: object(expression: "v1.1.0:nope.txt") { ... on Blob { text } }
          docs: object(expression: "main:docs") { ... on Tree { entries { name type } } }
        }
      }`,
      { owner: 'acme', name: 'widgets' },
    );
    const { pkg, tool, missing, docs } = result.repository;
    expect(pkg).toMatchObject({
      text: '{"version":"1.1.0"}',
      byteSize: 19,
      isBinary: false,
      isTruncated: false,
    });
    expect(tool).toEqual({ text: null, byteSize: 4, isBinary: true });
    expect(missing).toBeNull();
    expect(docs).toEqual({
      entries: [
        { name: 'api', type: 'tree' },
        { name: 'guide.md', type: 'blob' },
      ],
    });
  });

  it('resolves objects by oid and through a fragment on the GitObject interface', async () => {
    const query = `query Files($owner: String!, $name: String!, $commit: GitObjectID!, $file0: String!) {
      repository(owner: $owner, name: $name) {
        commit: object(oid: $commit) { __typename }
        file0: object(expression: $file0) { ...FileText }
      }
    }
    fragment FileText on GitObject {
      __typename
      ... on Blob { oid byteSize isBinary isTruncated text }
    }`;
    expect(validate(query)).toEqual([]);
    const result = await octokit.graphql<{ repository: Record<string, Record<string, unknown>> }>(query, {
      owner: 'acme',
      name: 'widgets',
      commit: releaseSha,
      file0: `${releaseSha}:package.json`,
    });
    expect(result.repository.commit).toEqual({ __typename: 'Commit' });
    expect(result.repository.file0).toMatchObject({ __typename: 'Blob', text: '{"version":"1.1.0"}' });
  });

  it('peels an annotated tag to its commit through Ref.target', async () => {
    const result = await octokit.graphql<{
      repository: Record<string, { name?: string; target: Record<string, unknown> }>;
    }>(`{
      repository(owner: "acme", name: "widgets") {
        annotated: ref(qualifiedName: "refs/tags/v1.1.0") { name target { __typename oid ... on Tag { target { oid } } } }
        light: ref(qualifiedName: "v1.0.0") { target { __typename oid } }
        defaultBranchRef { name target { oid } }
      }
    }`);
    const { annotated, light, defaultBranchRef } = result.repository;
    expect(annotated.name).toBe('v1.1.0');
    expect(annotated.target.__typename).toBe('Tag');
    expect(annotated.target.oid).not.toBe(releaseSha);
    expect(annotated.target.target).toEqual({ oid: releaseSha });
    expect(light.target.__typename).toBe('Commit');
    expect(defaultBranchRef.name).toBe('main');
  });

  it('reports a missing repository like GitHub: null data and a NOT_FOUND error', async () => {
    const { status, body } = await postQuery('{ repository(owner: "acme", name: "nope") { id } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ repository: null });
    expect(body.errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      path: ['repository'],
      message: "Could not resolve to a Repository with the name 'acme/nope'.",
    });
  });
});

describe('pull requests', () => {
  it('serves reviews and each reviewer’s latest opinion', async () => {
    const result = await octokit.graphql<{ repository: { pullRequest: Record<string, unknown> } }>(`{
      repository(owner: "acme", name: "widgets") {
        pullRequest(number: 4) {
          headRefOid
          reviewDecision
          reviews(first: 10) { totalCount nodes { author { login } state commit { oid } } }
          latestOpinionatedReviews(first: 10) { nodes { author { login } state authorAssociation } }
          writers: latestOpinionatedReviews(first: 10, writersOnly: true) { nodes { author { login } } }
          commits(last: 1) { nodes { commit { oid } } }
        }
      }
    }`);
    const pull = result.repository.pullRequest;
    expect(pull).toMatchObject({
      headRefOid: sideCommits[1].sha,
      reviewDecision: 'APPROVED',
      reviews: { totalCount: 4 },
      latestOpinionatedReviews: {
        nodes: [
          { author: { login: 'alice' }, state: 'APPROVED', authorAssociation: 'MEMBER' },
          { author: { login: 'bob' }, state: 'APPROVED', authorAssociation: 'CONTRIBUTOR' },
        ],
      },
      writers: { nodes: [{ author: { login: 'alice' } }] },
      commits: { nodes: [{ commit: { oid: sideCommits[1].sha } }] },
    });
  });
});

describe('what GitHub rejects', () => {
  it('an invalid query fails validation against the real schema, with HTTP 200 and errors', async () => {
    const query = '{ repository(owner: "acme", name: "widgets") { notAField } }';
    const { status, body } = await postQuery(query);
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(/Cannot query field "notAField" on type "Repository"/);
    expect(validate(query)).toHaveLength(1);
    await expect(octokit.graphql(query)).rejects.toMatchObject({ name: 'GraphqlResponseError' });
  });

  it('a syntax error is an error too', async () => {
    const { body } = await postQuery('{ repository(owner: "acme" ');
    expect(body.errors?.[0].message).toMatch(/Syntax Error/);
  });

  it('connections need first or last, at most 100', async () => {
    const missing = await postQuery(
      `{ repository(owner: "acme", name: "widgets") { pullRequest(number: 4) { reviews { totalCount } } } }`,
    );
    expect(missing.body.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      path: ['repository', 'pullRequest', 'reviews'],
    });
    const excessive = await postQuery(
      `{ repository(owner: "acme", name: "widgets") { pullRequest(number: 4) { reviews(first: 101) { totalCount } } } }`,
    );
    expect(excessive.body.errors?.[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
  });

  it('needs a token', async () => {
    const response = await fetch(emulator.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ rateLimit { remaining } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('reports the GraphQL rate limit', async () => {
    const result = await octokit.graphql<{ rateLimit: { limit: number; remaining: number; cost: number } }>(
      '{ rateLimit { limit remaining cost resetAt } }',
    );
    expect(result.rateLimit).toMatchObject({ limit: 5000, cost: 1 });
    expect(result.rateLimit.remaining).toBeLessThan(5000);
  });
});
