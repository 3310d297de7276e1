// GitHub's answers with a field missing, null or of another type, as a proxy or a damaged
// payload delivers them: each fact refuses them with API_ERROR naming the request and the
// field, never a TypeError in a gate. Fields GitHub really sends as null keep working.
// (The hostile property "GitHub's payloads, damaged" throws the same at every gate end to end.)
import { checksOfCommit } from '../../src/facts/checks.js';
import { compareCommits } from '../../src/facts/compare.js';
import { readRepoFile } from '../../src/facts/contents.js';
import { filesAtCommit } from '../../src/facts/files-at-commit.js';
import { milestones, openIssues, scanOpenIssues } from '../../src/facts/issues.js';
import { jobsOfRuns } from '../../src/facts/jobs.js';
import { pullRequestWithReviews, pullsForCommit } from '../../src/facts/pulls.js';
import { defaultBranch, workflowRuns, type WorkflowRunFact } from '../../src/facts/runs.js';
import { OWNER, REPO } from './history/builders.js';
import { fakeApi, type LoggedRequest } from './history/fake-api.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = `/repos/${OWNER}/${REPO}`;
const SHA = 'a'.repeat(40);

/** A client whose REST routes (`GET /repos/...`) answer these bodies, and GraphQL this one. */
function answering(rest: Record<string, unknown>, graphql?: unknown) {
  return fakeApi({
    rest: (request: LoggedRequest) => {
      const key = `${request.method} ${request.path}`;
      return key in rest ? { status: 200, body: rest[key] } : null;
    },
    ...(graphql === undefined ? {} : { graphql: () => ({ status: 200, body: { data: graphql } }) }),
  });
}

/** What every refusal has: the API error code, the request, the field, what to do. */
function refused(request: string, problem: string) {
  return {
    code: 'API_ERROR',
    message: expect.stringMatching(
      new RegExp(
        `^GitHub's answer to ${escape(request)} ${escape(problem)}\\. Retry; if it persists, .*damaged answers\\.$`,
      ),
    ),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Deep copy of `value` with `change` applied: the damaged answer. */
function damaged<T>(value: T, change: (copy: T) => void): T {
  const copy = structuredClone(value);
  change(copy);
  return copy;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('workflow runs (GET …/actions/workflows/{file}/runs)', () => {
  const REQUEST = `GET ${BASE}/actions/workflows/ci.yml/runs`;
  const run: Json = {
    id: 7,
    run_number: 7,
    run_attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    head_branch: 'main',
    head_sha: SHA,
    html_url: 'https://github.com/acme/plasmite/actions/runs/7',
    created_at: '2026-03-04T10:00:00Z',
    check_suite_node_id: 'CS_7',
  };
  const page: Json = { total_count: 1, workflow_runs: [run] };
  const read = (body: unknown) =>
    workflowRuns(answering({ [REQUEST]: body }).facts(), repo, { workflow: 'ci.yml' }, { maxRuns: 10 });

  it('reads a sound page', async () => {
    expect((await read(page)).runs.map((r) => r.id)).toEqual([7]);
  });

  it.each<[string, (p: Json) => void, string]>([
    ['no list', (p) => delete p.workflow_runs, 'has no workflow_runs list'],
    ['a list of another type', (p) => (p.workflow_runs = 'x'), 'has workflow_runs = "x", not a list'],
    [
      'an entry that is null',
      (p) => (p.workflow_runs[0] = null),
      'has workflow_runs[0] = null, not an object',
    ],
    [
      'an id that is text',
      (p) => (p.workflow_runs[0].id = '7'),
      'has workflow_runs[0].id = "7", not an integer',
    ],
    [
      'an id past 2^53',
      (p) => (p.workflow_runs[0].id = Number.MAX_SAFE_INTEGER + 2),
      'has workflow_runs[0].id = 9007199254740992, not an integer',
    ],
    ['no head_sha', (p) => delete p.workflow_runs[0].head_sha, 'has no workflow_runs[0].head_sha string'],
    // Missing is not null: read as null, a finished failure would look unfinished.
    [
      'no conclusion',
      (p) => delete p.workflow_runs[0].conclusion,
      'has no workflow_runs[0].conclusion string',
    ],
    [
      'a status that is a number',
      (p) => (p.workflow_runs[0].status = 0),
      'has workflow_runs[0].status = 0, not a string',
    ],
    [
      'a name that is an object',
      (p) => (p.workflow_runs[0].event = {}),
      'has workflow_runs[0].event = {}, not a string',
    ],
  ])('refuses %s', async (_what, change, problem) => {
    await expect(read(damaged(page, change))).rejects.toMatchObject(refused(REQUEST, problem));
  });

  it('refuses a full page without total_count (it decides whether to read on)', async () => {
    const full = { workflow_runs: Array.from({ length: 100 }, (_, i) => ({ ...run, id: 1000 - i })) };
    await expect(read(full)).rejects.toMatchObject(refused(REQUEST, 'has no total_count integer'));
  });

  it('keeps what GitHub sends as null or leaves out: an unfinished run, no branch, no suite, no attempt', async () => {
    const { runs } = await read(
      damaged(page, (p) => {
        Object.assign(p.workflow_runs[0], { status: null, conclusion: null, head_branch: null });
        delete p.workflow_runs[0].check_suite_node_id;
        delete p.workflow_runs[0].run_attempt;
      }),
    );
    expect(runs[0]).toMatchObject({
      status: 'unknown',
      conclusion: null,
      headBranch: null,
      checkSuiteNodeId: null,
      attempt: 1,
    });
  });

  it('refuses a repository answer without default_branch', async () => {
    const api = answering({ [`GET ${BASE}`]: { full_name: `${OWNER}/${REPO}`, default_branch: null } });
    await expect(defaultBranch(api.facts(), repo)).rejects.toMatchObject(
      refused(`GET ${BASE}`, 'has default_branch = null, not a string'),
    );
  });
});

describe('jobs (GraphQL RunJobs, and REST …/runs/{id}/jobs)', () => {
  const run: WorkflowRunFact = {
    id: 7,
    runNumber: 7,
    attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    headBranch: 'main',
    headSha: SHA,
    htmlUrl: 'https://github.com/acme/plasmite/actions/runs/7',
    createdAt: '2026-03-04T10:00:00Z',
    checkSuiteNodeId: 'CS_7',
  };
  const step: Json = { name: 'test', number: 1, status: 'COMPLETED', conclusion: 'SUCCESS' };
  const checkRun: Json = {
    databaseId: 70,
    name: 'build',
    status: 'COMPLETED',
    conclusion: 'SUCCESS',
    steps: { pageInfo: { hasNextPage: false }, nodes: [step] },
  };
  const suite: Json = {
    databaseId: 5007,
    workflowRun: { databaseId: 7 },
    checkRuns: { pageInfo: { hasNextPage: false }, nodes: [checkRun] },
  };
  const read = (data: unknown, steps = false, rest: Record<string, unknown> = {}) =>
    jobsOfRuns(answering(rest, data).facts(), repo, [run], { steps });

  it('reads a sound suite', async () => {
    const jobs = (await read({ nodes: [suite] }, true)).get(7)!;
    expect(jobs).toMatchObject({
      source: 'graphql',
      jobs: [{ id: 70, name: 'build', steps: [{ number: 1 }] }],
    });
  });

  it.each<[string, (d: Json) => void, string, boolean?]>([
    ['no nodes list', (d) => delete d.nodes, 'has no data.nodes list'],
    ['nodes of another type', (d) => (d.nodes = 'x'), 'has data.nodes = "x", not a list'],
    ['a suite that is a list', (d) => (d.nodes[0] = []), 'has data.nodes[0] = [], not an object'],
    [
      'a job without a name',
      (d) => (d.nodes[0].checkRuns.nodes[0].name = null),
      'has data.nodes[0].checkRuns.nodes[0].name = null, not a string',
    ],
    [
      'a job whose status is not text',
      (d) => delete d.nodes[0].checkRuns.nodes[0].status,
      'has no data.nodes[0].checkRuns.nodes[0].status string',
    ],
    [
      'no pageInfo',
      (d) => (d.nodes[0].checkRuns.pageInfo = null),
      'has data.nodes[0].checkRuns.pageInfo = null, not an object',
    ],
    [
      'check runs of another type',
      (d) => (d.nodes[0].checkRuns = 'x'),
      'has data.nodes[0].checkRuns = "x", not an object',
    ],
    [
      'a run id that is text',
      (d) => (d.nodes[0].workflowRun.databaseId = '7'),
      'has data.nodes[0].workflowRun.databaseId = "7", not an integer',
    ],
  ])('refuses %s', async (_what, change, problem) => {
    await expect(read(damaged({ nodes: [suite] }, change))).rejects.toMatchObject(
      refused('POST /graphql (RunJobs)', problem),
    );
  });

  it('refuses a step whose number is not a number (RunJobsWithSteps)', async () => {
    const data = damaged(
      { nodes: [suite] },
      (d) => (d.nodes[0].checkRuns.nodes[0].steps.nodes[0].number = '1'),
    );
    await expect(read(data, true)).rejects.toMatchObject(
      refused(
        'POST /graphql (RunJobsWithSteps)',
        'has data.nodes[0].checkRuns.nodes[0].steps.nodes[0].number = "1", not an integer',
      ),
    );
  });

  it('keeps what GitHub sends as null: no job id, no conclusion yet', async () => {
    const data = damaged({ nodes: [suite] }, (d) => {
      Object.assign(d.nodes[0].checkRuns.nodes[0], {
        databaseId: null,
        conclusion: null,
        status: 'IN_PROGRESS',
      });
      d.nodes[0].workflowRun = null;
    });
    expect((await read(data)).get(7)!.jobs).toEqual([
      { id: null, name: 'build', status: 'in_progress', conclusion: null, htmlUrl: run.htmlUrl },
    ]);
  });

  const restJob: Json = {
    id: 70,
    name: 'build',
    status: 'completed',
    conclusion: 'success',
    html_url: null,
    steps: [{ name: 'test', number: 1, status: 'completed', conclusion: null }],
  };
  const JOBS = `GET ${BASE}/actions/runs/7/jobs`;

  it('reads a suite GitHub did not give (null) through REST, where null fields keep working', async () => {
    const jobs = (await read({ nodes: [null] }, false, { [JOBS]: { total_count: 1, jobs: [restJob] } })).get(
      7,
    )!;
    expect(jobs).toMatchObject({
      source: 'rest',
      jobs: [{ id: 70, htmlUrl: run.htmlUrl, steps: [{ conclusion: null }] }],
    });
  });

  it.each<[string, (j: Json) => void, string]>([
    ['a job without a name', (j) => delete j.jobs[0].name, 'has no jobs[0].name string'],
    ['a job id that is text', (j) => (j.jobs[0].id = 'x'), 'has jobs[0].id = "x", not an integer'],
    ['steps of another type', (j) => (j.jobs[0].steps = {}), 'has jobs[0].steps = {}, not a list'],
    ['a step that is null', (j) => (j.jobs[0].steps[0] = null), 'has jobs[0].steps[0] = null, not an object'],
    ['a job that is text', (j) => (j.jobs[0] = 'x'), 'has jobs[0] = "x", not an object'],
  ])('REST: refuses %s', async (_what, change, problem) => {
    const body = damaged({ total_count: 1, jobs: [restJob] }, change);
    await expect(read({ nodes: [null] }, false, { [JOBS]: body })).rejects.toMatchObject(
      refused(JOBS, problem),
    );
  });
});

describe('check runs and commit statuses (GET …/commits/{sha}/check-runs, …/status)', () => {
  const RUNS = `GET ${BASE}/commits/${SHA}/check-runs`;
  const STATUS = `GET ${BASE}/commits/${SHA}/status`;
  const checkRun: Json = {
    id: 1,
    name: 'build',
    status: 'completed',
    conclusion: 'success',
    started_at: '2026-03-04T10:00:00Z',
    html_url: 'https://github.com/acme/plasmite/actions/runs/9/job/1',
    details_url: null,
    app: { slug: 'github-actions' },
  };
  const status: Json = {
    context: 'ci/external',
    state: 'success',
    description: null,
    target_url: null,
    updated_at: '2026-03-04T10:00:00Z',
  };
  const read = (runs: unknown, statuses: unknown = { state: 'success', statuses: [status] }) =>
    checksOfCommit(answering({ [RUNS]: runs, [STATUS]: statuses }).facts(), repo, SHA, {
      ownRunId: null,
      includeStatuses: true,
    });

  it('keeps what GitHub sends as null: no app, no URLs, no start, no conclusion, no description', async () => {
    const nulls = {
      ...checkRun,
      app: null,
      html_url: null,
      started_at: null,
      conclusion: null,
      status: 'queued',
    };
    const checks = await read({ total_count: 1, check_runs: [nulls] });
    expect(checks.checkRuns).toEqual([
      {
        id: 1,
        name: 'build',
        status: 'queued',
        conclusion: null,
        startedAt: null,
        url: '',
        app: null,
        workflowRunId: null,
      },
    ]);
    expect(checks.statuses).toEqual([
      {
        context: 'ci/external',
        state: 'success',
        description: null,
        url: null,
        updatedAt: '2026-03-04T10:00:00Z',
      },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['no check_runs list', { total_count: 1 }, 'has no check_runs list'],
    ['a check run that is null', { check_runs: [null] }, 'has check_runs[0] = null, not an object'],
    [
      'a check run without a name',
      { check_runs: [{ ...checkRun, name: undefined }] },
      'has no check_runs[0].name string',
    ],
    [
      'an app that is text',
      { check_runs: [{ ...checkRun, app: 'x' }] },
      'has check_runs[0].app = "x", not an object',
    ],
    [
      'a slug that is a number',
      { check_runs: [{ ...checkRun, app: { slug: 1 } }] },
      'has check_runs[0].app.slug = 1, not a string',
    ],
    [
      'an id that is text',
      { check_runs: [{ ...checkRun, id: '1' }] },
      'has check_runs[0].id = "1", not an integer',
    ],
  ])('refuses %s', async (_what, body, problem) => {
    await expect(read(body)).rejects.toMatchObject(refused(RUNS, problem));
  });

  it.each<[string, unknown, string]>([
    ['no statuses list', { state: 'success' }, 'has no statuses list'],
    [
      'a status without a context',
      { statuses: [{ ...status, context: undefined }] },
      'has no statuses[0].context string',
    ],
    [
      'a state that is a number',
      { statuses: [{ ...status, state: 0 }] },
      'has statuses[0].state = 0, not a string',
    ],
  ])('refuses commit statuses with %s', async (_what, body, problem) => {
    await expect(read({ total_count: 0, check_runs: [] }, body)).rejects.toMatchObject(
      refused(STATUS, problem),
    );
  });
});

describe('pull requests (GraphQL PullRequestReviews, REST …/commits/{sha}/pulls)', () => {
  const GRAPHQL = 'POST /graphql (PullRequestReviews, #12)';
  const review: Json = {
    author: { login: 'bob' },
    authorAssociation: 'MEMBER',
    state: 'APPROVED',
    submittedAt: '2026-03-04T10:00:00Z',
    url: 'https://github.com/acme/plasmite/pull/12#pullrequestreview-1',
    commit: { oid: SHA },
  };
  const data: Json = {
    repository: {
      pullRequest: {
        number: 12,
        url: 'https://github.com/acme/plasmite/pull/12',
        state: 'OPEN',
        isDraft: false,
        headRefOid: SHA,
        author: { login: 'octocat' },
        reviews: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [review] },
      },
    },
  };
  const read = (answer: unknown) => pullRequestWithReviews(answering({}, answer).facts(), repo, 12);

  it('keeps what GitHub sends as null: deleted authors, a review of a commit gone, no submission time', async () => {
    const pull = await read(
      damaged(data, (d) => {
        d.repository.pullRequest.author = null;
        Object.assign(d.repository.pullRequest.reviews.nodes[0], {
          author: null,
          commit: null,
          submittedAt: null,
        });
      }),
    );
    expect(pull).toMatchObject({
      author: null,
      headSha: SHA,
      reviews: [{ author: null, commitId: null, submittedAt: null }],
    });
  });

  it.each<[string, (d: Json) => void, string]>([
    [
      'an author login that is a number',
      (d) => (d.repository.pullRequest.author.login = 1),
      'has data.repository.pullRequest.author.login = 1, not a string',
    ],
    [
      'no head commit',
      (d) => delete d.repository.pullRequest.headRefOid,
      'has no data.repository.pullRequest.headRefOid string',
    ],
    [
      'a draft flag that is text',
      (d) => (d.repository.pullRequest.isDraft = 'no'),
      'has data.repository.pullRequest.isDraft = "no", not true or false',
    ],
    [
      'reviews without pageInfo',
      (d) => (d.repository.pullRequest.reviews.pageInfo = null),
      'has data.repository.pullRequest.reviews.pageInfo = null, not an object',
    ],
    [
      'a next page of reviews without its cursor',
      (d) => (d.repository.pullRequest.reviews.pageInfo = { hasNextPage: true, endCursor: null }),
      'has data.repository.pullRequest.reviews.pageInfo.endCursor = null, not a string',
    ],
    [
      'reviews without their list',
      (d) => (d.repository.pullRequest.reviews.nodes = null),
      'has data.repository.pullRequest.reviews.nodes = null, not a list',
    ],
    [
      'a review commit without an oid',
      (d) => (d.repository.pullRequest.reviews.nodes[0].commit = {}),
      'has no data.repository.pullRequest.reviews.nodes[0].commit.oid string',
    ],
    [
      'a review state that is not text',
      (d) => (d.repository.pullRequest.reviews.nodes[0].state = []),
      'has data.repository.pullRequest.reviews.nodes[0].state = [], not a string',
    ],
    ['a repository of another type', (d) => (d.repository = 'x'), 'has data.repository = "x", not an object'],
  ])('refuses %s', async (_what, change, problem) => {
    await expect(read(damaged(data, change))).rejects.toMatchObject(refused(GRAPHQL, problem));
  });

  const PULLS = `GET ${BASE}/commits/${SHA}/pulls`;
  const pull: Json = {
    number: 12,
    state: 'closed',
    merged_at: '2026-03-04T10:00:00Z',
    head: { sha: SHA },
    merge_commit_sha: SHA,
    html_url: 'https://github.com/acme/plasmite/pull/12',
  };
  const associated = (body: unknown) => pullsForCommit(answering({ [PULLS]: body }).facts(), repo, SHA);

  it('reads associated pull requests, with null merge fields and no draft flag', async () => {
    expect(await associated([{ ...pull, merged_at: null, merge_commit_sha: null, state: 'open' }])).toEqual([
      {
        number: 12,
        state: 'open',
        merged: false,
        draft: false,
        headSha: SHA,
        mergeCommitSha: null,
        url: pull.html_url,
      },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['an entry that is null', [null], 'has entry [0] = null, not an object'],
    ['no head', [{ ...pull, head: undefined }], 'has no entry [0].head object'],
    [
      'a head sha that is a number',
      [{ ...pull, head: { sha: 1 } }],
      'has entry [0].head.sha = 1, not a string',
    ],
    ['a number that is text', [{ ...pull, number: '12' }], 'has entry [0].number = "12", not an integer'],
    ['no merged_at', [{ ...pull, merged_at: undefined }], 'has no entry [0].merged_at string'],
  ])('refuses associated pull requests with %s', async (_what, body, problem) => {
    await expect(associated(body)).rejects.toMatchObject(refused(PULLS, problem));
  });
});

describe('files at a commit (GraphQL FilesAtCommit, REST git/blobs)', () => {
  const GRAPHQL = 'POST /graphql (FilesAtCommit)';
  const blob: Json = {
    __typename: 'Blob',
    oid: 'b'.repeat(40),
    byteSize: 5,
    isBinary: false,
    isTruncated: false,
    text: '1.2.0',
  };
  const data: Json = { repository: { commit: { __typename: 'Commit' }, file0: blob } };
  const read = (answer: unknown, rest: Record<string, unknown> = {}) =>
    filesAtCommit(answering(rest, answer).facts(), repo, SHA, ['VERSION']);

  it('reads a file, and a missing one (null) as missing; isBinary may be null', async () => {
    expect(
      (await read(damaged(data, (d) => (d.repository.file0.isBinary = null)))).get('VERSION'),
    ).toMatchObject({
      text: '1.2.0',
    });
    expect((await read(damaged(data, (d) => (d.repository.file0 = null)))).get('VERSION')).toBeNull();
  });

  it.each<[string, (d: Json) => void, string]>([
    ['no repository', (d) => delete d.repository, 'has no data.repository object'],
    ['a file left out', (d) => delete d.repository.file0, 'has no data.repository.file0 object'],
    [
      'no __typename',
      (d) => delete d.repository.file0.__typename,
      'has no data.repository.file0.__typename string',
    ],
    [
      'a size that is text',
      (d) => (d.repository.file0.byteSize = '5'),
      'has data.repository.file0.byteSize = "5", not an integer',
    ],
    ['no oid', (d) => (d.repository.file0.oid = null), 'has data.repository.file0.oid = null, not a string'],
    [
      'text that is a number',
      (d) => (d.repository.file0.text = 5),
      'has data.repository.file0.text = 5, not a string',
    ],
    [
      'a commit of another type',
      (d) => (d.repository.commit = 'x'),
      'has data.repository.commit = "x", not an object',
    ],
  ])('refuses %s', async (_what, change, problem) => {
    await expect(read(damaged(data, change))).rejects.toMatchObject(refused(GRAPHQL, problem));
  });

  it('refuses a blob without content when the text had to be read whole', async () => {
    const truncated = damaged(data, (d) =>
      Object.assign(d.repository.file0, { isTruncated: true, text: null }),
    );
    const BLOB = `GET ${BASE}/git/blobs/${'b'.repeat(40)}`;
    await expect(read(truncated, { [BLOB]: { encoding: 'base64', size: 5 } })).rejects.toMatchObject(
      refused(BLOB, 'has no content string'),
    );
  });
});

describe('a comparison (GET …/compare/{base}...{head})', () => {
  const REQUEST = `GET ${BASE}/compare/main...${SHA}`;
  const comparison: Json = { status: 'behind', ahead_by: 0, behind_by: 3, html_url: 'https://github.com/x' };
  const read = (body: unknown) => compareCommits(answering({ [REQUEST]: body }).facts(), repo, 'main', SHA);

  it.each<[string, Json, string]>([
    ['counts that are text', { ...comparison, behind_by: '3' }, 'has behind_by = "3", not an integer'],
    ['no ahead_by', { ...comparison, ahead_by: undefined }, 'has no ahead_by integer'],
    ['no html_url', { ...comparison, html_url: null }, 'has html_url = null, not a string'],
  ])('refuses %s', async (_what, body, problem) => {
    await expect(read(body)).rejects.toMatchObject(refused(REQUEST, problem));
  });

  it('refuses an unknown status', async () => {
    await expect(read({ ...comparison, status: 'sideways' })).rejects.toMatchObject({
      code: 'API_ERROR',
      message: expect.stringContaining("unknown status 'sideways'"),
    });
  });
});

describe('a file through the contents API (GET …/contents/{path})', () => {
  const REQUEST = `GET ${BASE}/contents/Formula/plasmite.rb`;
  const file: Json = {
    type: 'file',
    encoding: 'base64',
    content: Buffer.from('class Plasmite').toString('base64'),
    sha: 'c'.repeat(40),
  };
  // Octokit sends the path's slash encoded; the message names the path as written.
  const read = (body: unknown) =>
    readRepoFile(
      answering({ [`GET ${BASE}/contents/Formula%2Fplasmite.rb`]: body }).github,
      repo,
      'Formula/plasmite.rb',
      'main',
    );

  it('reads a file', async () => {
    expect(await read(file)).toMatchObject({ text: 'class Plasmite', sha: 'c'.repeat(40) });
  });

  it.each<[string, Json, string]>([
    ['no type', { ...file, type: undefined }, 'has no type string'],
    ['content that is not text', { ...file, content: 1 }, 'has content = 1, not a string'],
    ['no sha', { ...file, sha: undefined }, 'has no sha string'],
    ['an unknown encoding', { ...file, encoding: 'rot13' }, 'has encoding "rot13", not base64'],
  ])('refuses %s', async (_what, body, problem) => {
    await expect(read(body)).rejects.toMatchObject(refused(`${REQUEST}?ref=main`, problem));
  });

  it('tells a directory, a symlink and a file too large for the API from a damaged answer', async () => {
    await expect(read([file])).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    await expect(read({ ...file, type: 'symlink' })).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    await expect(read({ ...file, encoding: 'none', content: '' })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });
});

describe('issues and milestones (GET …/issues, …/milestones)', () => {
  const ISSUES = `GET ${BASE}/issues`;
  const issue: Json = {
    number: 5,
    title: 'Crash on start',
    html_url: 'https://github.com/acme/plasmite/issues/5',
    labels: ['blocker', { name: 'windows' }],
    milestone: null,
  };
  const read = (body: unknown) => openIssues(answering({ [ISSUES]: body }).facts(), repo, {});

  it('reads labels as names or objects, no milestone, and skips pull requests', async () => {
    const list = await read([issue, { ...issue, number: 6, pull_request: {} }]);
    expect(list).toEqual({
      issues: [
        {
          number: 5,
          title: 'Crash on start',
          url: issue.html_url,
          labels: ['blocker', 'windows'],
          milestone: null,
        },
      ],
      pullRequestsSkipped: 1,
    });
  });

  it.each<[string, unknown[], string]>([
    ['an entry that is null', [null], 'has entry [0] = null, not an object'],
    ['no number', [{ ...issue, number: undefined }], 'has no entry [0].number integer'],
    [
      'labels that are not a list',
      [{ ...issue, labels: 'blocker' }],
      'has entry [0].labels = "blocker", not a list',
    ],
    ['a label that is null', [{ ...issue, labels: [null] }], 'has entry [0].labels[0] = null, not an object'],
    ['a milestone without a title', [{ ...issue, milestone: {} }], 'has no entry [0].milestone.title string'],
    // A pull request GitHub lists among them is still an entry that must be readable.
    [
      'a pull request without a title',
      [{ ...issue, title: 1, pull_request: {} }],
      'has entry [0].title = 1, not a string',
    ],
  ])('refuses %s', async (_what, body, problem) => {
    await expect(read(body)).rejects.toMatchObject(refused(ISSUES, problem));
  });

  it('refuses the same when filing blockers scans the issues', async () => {
    const api = answering({ [ISSUES]: [{ ...issue, html_url: null }] });
    await expect(scanOpenIssues(api.github, repo, { maxPages: 1 }, () => false)).rejects.toMatchObject(
      refused(ISSUES, 'has entry [0].html_url = null, not a string'),
    );
  });

  it('refuses a milestone without a title', async () => {
    const MILESTONES = `GET ${BASE}/milestones`;
    const api = answering({ [MILESTONES]: [{ number: 1, title: 7, state: 'open' }] });
    await expect(milestones(api.facts(), repo)).rejects.toMatchObject(
      refused(MILESTONES, 'has entry [0].title = 7, not a string'),
    );
  });
});
