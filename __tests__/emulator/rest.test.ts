import { createHash } from 'node:crypto';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import { authorized, fixtureScenario, mainCommits, octokitFor, releaseSha, sideCommits } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'widgets' };
let emulator: Emulator;
let octokit: ReturnType<typeof octokitFor>;

beforeAll(async () => {
  emulator = await startEmulator(fixtureScenario());
  octokit = octokitFor(emulator.apiUrl);
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetLog());

async function getJson(path: string, headers: Record<string, string> = authorized()) {
  const response = await fetch(`${emulator.url}${path}`, { headers });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('pagination', () => {
  it('writes GitHub Link headers with absolute URLs back to the emulator', async () => {
    const { response, body } = await getJson(
      '/repos/acme/widgets/actions/workflows/ci.yml/runs?branch=main&per_page=20&page=2',
    );
    // 75 runs of the history plus the fork run, whose head_branch is main too.
    expect(body.total_count).toBe(76);
    expect((body.workflow_runs as unknown[]).length).toBe(20);
    const base = `${emulator.url}/repos/acme/widgets/actions/workflows/ci.yml/runs?branch=main&per_page=20`;
    expect(response.headers.get('link')).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=4>; rel="last", <${base}&page=1>; rel="first"`,
    );
  });

  it('defaults to 30 per page, caps at 100, and lets Octokit paginate to the end', async () => {
    const first = await octokit.rest.actions.listWorkflowRunsForRepo({ ...REPO });
    expect(first.data.workflow_runs).toHaveLength(30);
    const capped = await octokit.rest.actions.listWorkflowRunsForRepo({ ...REPO, per_page: 500 });
    expect(capped.data.workflow_runs).toHaveLength(79);
    emulator.resetLog();
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, {
      ...REPO,
      workflow_id: 'ci.yml',
      per_page: 25,
    });
    expect(all).toHaveLength(78);
    expect(emulator.requests().map((entry) => entry.query.page)).toEqual([undefined, '2', '3', '4']);
  });
});

describe('workflow runs', () => {
  it('filters by branch, event, status (a status or a conclusion) and head_sha, newest first', async () => {
    const failures = await octokit.rest.actions.listWorkflowRuns({
      ...REPO,
      workflow_id: 'ci.yml',
      status: 'failure',
    });
    expect(failures.data.total_count).toBe(8);
    const pullRequests = await octokit.rest.actions.listWorkflowRunsForRepo({
      ...REPO,
      event: 'pull_request',
    });
    expect(pullRequests.data.workflow_runs.map((run) => run.head_sha)).toEqual([
      sideCommits[1].sha,
      sideCommits[0].sha,
    ]);
    const bySha = await octokit.rest.actions.listWorkflowRunsForRepo({
      ...REPO,
      head_sha: releaseSha,
      status: 'completed',
    });
    expect(bySha.data.workflow_runs.map((run) => run.id)).toEqual([4242]);
    const main = await octokit.rest.actions.listWorkflowRuns({
      ...REPO,
      workflow_id: 'ci.yml',
      branch: 'main',
      per_page: 100,
    });
    const created = main.data.workflow_runs.map((run) => run.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('returns a run with the fields clients use, fork runs with a foreign head repository', async () => {
    const { data: run } = await octokit.rest.actions.getWorkflowRun({ ...REPO, run_id: 4242 });
    expect(run).toMatchObject({
      id: 4242,
      name: 'release',
      path: '.github/workflows/release.yml',
      head_branch: 'v1.1.0',
      head_sha: releaseSha,
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      run_attempt: 2,
      run_number: 1,
      html_url: 'https://github.com/acme/widgets/actions/runs/4242',
      repository: { full_name: 'acme/widgets' },
      head_repository: { full_name: 'acme/widgets' },
    });
    expect(run.check_suite_node_id).toMatch(/^CS_/);
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
      ...REPO,
      per_page: 100,
    });
    const fork = all.find((candidate) => candidate.head_repository.full_name === 'mallory/widgets');
    expect(fork?.head_repository.fork).toBe(true);
  });

  it('lists the latest attempt of each job, or every attempt', async () => {
    const latest = await octokit.rest.actions.listJobsForWorkflowRun({ ...REPO, run_id: 4242 });
    expect(latest.data.jobs.map((job) => [job.name, job.run_attempt, job.conclusion])).toEqual([
      ['build', 2, 'success'],
      ['smoke (windows)', 1, 'success'],
    ]);
    expect(latest.data.jobs[0].steps?.map((step) => step.name)).toEqual(['Compile', 'Package']);
    const all = await octokit.rest.actions.listJobsForWorkflowRun({ ...REPO, run_id: 4242, filter: 'all' });
    expect(all.data.total_count).toBe(3);
    const firstAttempt = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
      ...REPO,
      run_id: 4242,
      attempt_number: 1,
    });
    expect(firstAttempt.data.jobs.map((job) => [job.name, job.conclusion])).toEqual([
      ['build', 'failure'],
      ['smoke (windows)', 'success'],
    ]);
  });
});

describe('git data', () => {
  it('compares along the commit graph', async () => {
    const compare = async (basehead: string) =>
      (await octokit.rest.repos.compareCommitsWithBasehead({ ...REPO, basehead })).data;
    expect(await compare(`v1.0.0...main`)).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 });
    expect(await compare(`main...v1.0.0`)).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    expect(await compare(`v1.1.0...${releaseSha}`)).toMatchObject({ status: 'identical', ahead_by: 0 });
    const diverged = await compare('main...feature/side');
    expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 3 });
    expect(diverged.merge_base_commit.sha).toBe(mainCommits[1].sha);
    expect(diverged.commits.map((commit) => commit.sha)).toEqual(sideCommits.map((commit) => commit.sha));
  });

  it('resolves refs: annotated tags point at a tag object that peels to the commit', async () => {
    const ref = await octokit.rest.git.getRef({ ...REPO, ref: 'tags/v1.1.0' });
    expect(ref.data.object.type).toBe('tag');
    const tag = await octokit.rest.git.getTag({ ...REPO, tag_sha: ref.data.object.sha });
    expect(tag.data.object).toMatchObject({ type: 'commit', sha: releaseSha });
    const light = await octokit.rest.git.getRef({ ...REPO, ref: 'tags/v1.0.0' });
    expect(light.data.object).toMatchObject({ type: 'commit', sha: mainCommits[2].sha });
    const branch = await octokit.rest.git.getRef({ ...REPO, ref: 'heads/feature/side' });
    expect(branch.data.object.sha).toBe(sideCommits[1].sha);
    const matching = await octokit.rest.git.listMatchingRefs({ ...REPO, ref: 'tags/v1.' });
    expect(matching.data.map((entry) => entry.ref)).toEqual(['refs/tags/v1.0.0', 'refs/tags/v1.1.0']);
    const commit = await octokit.rest.repos.getCommit({ ...REPO, ref: 'v1.1.0' });
    expect(commit.data.sha).toBe(releaseSha);
    await expect(octokit.rest.repos.getCommit({ ...REPO, ref: 'nope' })).rejects.toMatchObject({
      status: 422,
    });
  });

  it('serves contents as base64 at a ref, directory listings, and 404 for a missing path', async () => {
    const file = await octokit.rest.repos.getContent({ ...REPO, path: 'package.json', ref: 'v1.1.0' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(file.data.encoding).toBe('base64');
    expect(Buffer.from(file.data.content, 'base64').toString()).toBe('{"version":"1.1.0"}');
    const binary = await octokit.rest.repos.getContent({ ...REPO, path: 'bin/tool', ref: 'v1.1.0' });
    if (Array.isArray(binary.data) || binary.data.type !== 'file') throw new Error('expected a file');
    expect([...Buffer.from(binary.data.content, 'base64')]).toEqual([0, 1, 2, 255]);
    const onDefault = await octokit.rest.repos.getContent({ ...REPO, path: 'package.json' });
    const text = '{"version":"1.2.0-dev"}';
    const gitBlobId = createHash('sha1').update(`blob ${text.length}\0${text}`).digest('hex');
    expect(!Array.isArray(onDefault.data) && onDefault.data.sha).toBe(gitBlobId);
    const blob = await octokit.rest.git.getBlob({ ...REPO, file_sha: gitBlobId });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe(text);
    const listing = await octokit.rest.repos.getContent({ ...REPO, path: 'docs' });
    expect(Array.isArray(listing.data) && listing.data.map((entry) => [entry.name, entry.type])).toEqual([
      ['api', 'dir'],
      ['guide.md', 'file'],
    ]);
    await expect(octokit.rest.repos.getContent({ ...REPO, path: 'missing.txt' })).rejects.toMatchObject({
      status: 404,
    });
    const raw = await fetch(`${emulator.url}/repos/acme/widgets/contents/docs/guide.md`, {
      headers: { ...authorized(), accept: 'application/vnd.github.raw+json' },
    });
    expect(await raw.text()).toBe('# Guide\n');
  });

  it('reads other repositories, hiding a private one from the wrong token', async () => {
    const formula = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'homebrew-tap',
      path: 'Formula/tool.rb',
    });
    expect(!Array.isArray(formula.data) && formula.data.type === 'file').toBe(true);
    const secret = { owner: 'acme', repo: 'secret-policies', path: 'base.yml', ref: 'v3' };
    await expect(octokit.rest.repos.getContent(secret)).rejects.toMatchObject({ status: 404 });
    const external = octokitFor(emulator.apiUrl, 'external-token');
    expect((await external.rest.repos.getContent(secret)).status).toBe(200);
  });
});

describe('checks and statuses', () => {
  it('lists check runs latest-per-name by default, all with filter=all', async () => {
    const latest = await octokit.rest.checks.listForRef({ ...REPO, ref: 'v1.1.0' });
    expect(latest.data.check_runs.map((run) => [run.name, run.conclusion, run.app?.slug])).toEqual([
      ['build', 'success', 'github-actions'],
      ['security scan', 'neutral', 'codeql'],
    ]);
    const run = await octokit.rest.actions.getWorkflowRun({ ...REPO, run_id: 4242 });
    expect(latest.data.check_runs[0].check_suite?.id).toBe(run.data.check_suite_id);
    const all = await octokit.rest.checks.listForRef({ ...REPO, ref: releaseSha, filter: 'all' });
    expect(all.data.total_count).toBe(3);
  });

  it('combines statuses using the latest per context', async () => {
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...REPO, ref: releaseSha });
    expect(combined.data.state).toBe('success');
    expect(combined.data.total_count).toBe(2);
    const firstPage = await octokit.rest.repos.getCombinedStatusForRef({
      ...REPO,
      ref: releaseSha,
      per_page: 1,
    });
    expect(firstPage.data.statuses).toHaveLength(1);
    expect(firstPage.headers.link).toContain('rel="next"');
    const list = await octokit.rest.repos.listCommitStatusesForRef({ ...REPO, ref: releaseSha });
    expect(list.data.map((status) => status.state)).toEqual(['success', 'success', 'pending']);
  });
});

describe('issues, pulls and reviews', () => {
  it('lists issues with pull requests mixed in, filtered like GitHub', async () => {
    const open = await octokit.rest.issues.listForRepo({ ...REPO });
    expect(open.data.map((issue) => [issue.number, Boolean(issue.pull_request)])).toEqual([
      [4, true],
      [2, false],
      [1, false],
    ]);
    const blockers = await octokit.rest.issues.listForRepo({
      ...REPO,
      labels: 'release-blocker',
      state: 'all',
    });
    expect(blockers.data.map((issue) => issue.number)).toEqual([3, 1]);
    const inMilestone = await octokit.rest.issues.listForRepo({ ...REPO, milestone: '1' });
    expect(inMilestone.data.map((issue) => issue.number)).toEqual([1]);
    const noMilestone = await octokit.rest.issues.listForRepo({ ...REPO, milestone: 'none' });
    expect(noMilestone.data.map((issue) => issue.number)).toEqual([4, 2]);
  });

  it('creates, edits and comments on issues, and keeps them in the state', async () => {
    const created = await octokit.rest.issues.create({
      ...REPO,
      title: 'Release blockers: v1.1.0',
      labels: ['release-blocker'],
    });
    expect(created.status).toBe(201);
    expect(created.data.number).toBe(5);
    await octokit.rest.issues.createComment({ ...REPO, issue_number: 5, body: 'Still blocked' });
    const closed = await octokit.rest.issues.update({ ...REPO, issue_number: 5, state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect(emulator.state.repository.issues.find((issue) => issue.number === 5)?.state).toBe('closed');
    const comments = await octokit.rest.issues.listComments({ ...REPO, issue_number: 5 });
    expect(comments.data.map((comment) => comment.body)).toEqual(['Still blocked']);
    await expect(octokit.rest.issues.create({ ...REPO, title: '' })).rejects.toMatchObject({ status: 422 });
  });

  it('serves a pull request, its reviews, and the pull requests of a commit', async () => {
    const pull = await octokit.rest.pulls.get({ ...REPO, pull_number: 4 });
    expect(pull.data).toMatchObject({
      number: 4,
      head: { sha: sideCommits[1].sha, ref: 'feature/side' },
      base: { ref: 'main' },
    });
    const reviews = await octokit.rest.pulls.listReviews({ ...REPO, pull_number: 4 });
    expect(
      reviews.data.map((review) => [review.user?.login, review.state, review.author_association]),
    ).toEqual([
      ['alice', 'CHANGES_REQUESTED', 'MEMBER'],
      ['alice', 'APPROVED', 'MEMBER'],
      ['alice', 'COMMENTED', 'MEMBER'],
      ['bob', 'APPROVED', 'CONTRIBUTOR'],
    ]);
    const forCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...REPO,
      commit_sha: sideCommits[1].sha,
    });
    expect(forCommit.data.map((candidate) => candidate.number)).toEqual([4]);
  });
});

describe('releases and the SBOM', () => {
  it('returns a release by tag with asset digests and download URLs on the emulator', async () => {
    const release = await octokit.rest.repos.getReleaseByTag({ ...REPO, tag: 'v1.1.0' });
    const [tarball, sums] = release.data.assets;
    expect(tarball.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(tarball.size).toBe('tarball bytes'.length);
    expect(tarball.browser_download_url).toBe(
      `${emulator.url}/acme/widgets/releases/download/v1.1.0/${tarball.name}`,
    );
    expect(sums.digest).toBeNull();
    const assets = await octokit.rest.repos.listReleaseAssets({ ...REPO, release_id: release.data.id });
    expect(assets.data).toHaveLength(2);
    await expect(octokit.rest.repos.getReleaseByTag({ ...REPO, tag: 'v9.9.9' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('returns the SBOM wrapped like GitHub, and 404 without one', async () => {
    const { body } = await getJson('/repos/acme/widgets/dependency-graph/sbom');
    // The scenario's document, with the fields GitHub's export always has filled in.
    expect(body).toEqual({
      sbom: {
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        packages: [],
        name: 'com.github.acme/widgets',
        dataLicense: 'CC0-1.0',
        documentNamespace: expect.stringMatching(/^https:\/\/spdx\.org\/spdxdocs\//),
        creationInfo: { created: expect.any(String), creators: ['Tool: GitHub.com-Dependency-Graph'] },
      },
    });
    const { response } = await getJson('/repos/acme/homebrew-tap/dependency-graph/sbom');
    expect(response.status).toBe(404);
  });
});

describe('authentication, permissions and unknown routes', () => {
  it('answers 401 Bad credentials without an authorization header', async () => {
    const { response, body } = await getJson('/repos/acme/widgets', {});
    expect(response.status).toBe(401);
    expect(body.message).toBe('Bad credentials');
  });

  it('answers 404 like GitHub for unknown paths and repositories', async () => {
    const unknown = await getJson('/repos/acme/widgets/no-such-thing');
    expect(unknown.response.status).toBe(404);
    expect(unknown.body).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) });
    expect((await getJson('/repos/acme/nope')).response.status).toBe(404);
    expect(emulator.requests().map((entry) => entry.route)).toEqual([null, 'GET /repos/{owner}/{repo}']);
  });

  it('answers 403 naming the permission a scenario withholds', async () => {
    const restricted = await startEmulator(
      fixtureScenario({ permissions: { actions: 'none', issues: 'read' } }),
    );
    try {
      const client = octokitFor(restricted.apiUrl);
      const denied = await client.rest.actions
        .listWorkflowRunsForRepo({ ...REPO })
        .catch((error: unknown) => error);
      expect(denied).toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
      expect(
        (denied as { response: { headers: Record<string, string> } }).response.headers[
          'x-accepted-github-permissions'
        ],
      ).toBe('actions=read');
      expect((await client.rest.issues.listForRepo({ ...REPO })).status).toBe(200);
      await expect(client.rest.issues.create({ ...REPO, title: 'x' })).rejects.toMatchObject({ status: 403 });
    } finally {
      await restricted.close();
    }
  });

  it('reports the rate limit on every API response', async () => {
    const { response } = await getJson('/repos/acme/widgets');
    expect(response.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(response.headers.get('x-ratelimit-resource')).toBe('core');
  });
});
