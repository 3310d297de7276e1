// ref_on_branch: the judge decides every code from plain facts; `collect` compares the
// branch with the commit and peels the remote tag, sharing what the engine already read.
import { resolveRef } from '../../../src/facts/refs.js';
import type { CommitComparison } from '../../../src/facts/compare.js';
import {
  judgeRefOnBranch,
  refOnBranchGate,
  type RefOnBranchFacts,
} from '../../../src/gates/ref-on-branch.js';
import {
  context,
  factStore,
  fakeGitHub,
  httpError,
  OTHER_SHA,
  OWNER,
  REPO,
  SHA,
  type Handler,
} from '../../facts/commit/fake-github.js';

const comparison = (status: CommitComparison['status'], aheadBy = 0, behindBy = 0): CommitComparison => ({
  base: 'main',
  head: SHA,
  status,
  aheadBy,
  behindBy,
  url: `https://github.com/${OWNER}/${REPO}/compare/main...${SHA}`,
});

const facts = (
  c: CommitComparison,
  tag: RefOnBranchFacts['tag'] = { name: 'v1.2.0', sha: SHA },
): RefOnBranchFacts => ({ branch: 'main', comparison: c, tag });

describe('judgeRefOnBranch', () => {
  const ctx = context();

  it('ON_BRANCH when the commit is behind the branch head', () => {
    expect(judgeRefOnBranch({}, facts(comparison('behind', 0, 3)), ctx)).toMatchObject({
      status: 'pass',
      code: 'ON_BRANCH',
      message: "Tag 'v1.2.0' → 3f78685 is on main (3 commits behind its head).",
      links: [{ title: '3f78685 on main', url: `https://github.com/${OWNER}/${REPO}/compare/main...${SHA}` }],
    });
  });

  it('ON_BRANCH when the commit is the branch head', () => {
    expect(judgeRefOnBranch({}, facts(comparison('identical')), ctx)).toMatchObject({
      code: 'ON_BRANCH',
      message: "Tag 'v1.2.0' → 3f78685 is the head of main.",
    });
  });

  it.each([
    ['ahead', 2, 0],
    ['diverged', 1, 5],
  ] as const)('NOT_ON_BRANCH when the commit is %s', (status, ahead, behind) => {
    const verdict = judgeRefOnBranch({}, facts(comparison(status, ahead, behind)), ctx);
    expect(verdict).toMatchObject({ status: 'fail', code: 'NOT_ON_BRANCH' });
    expect(verdict.message).toBe(
      `Tag 'v1.2.0' → 3f78685 is not on main: it has ${ahead} commit${ahead === 1 ? '' : 's'} that main does not have (${status}). Release from a commit merged into main.`,
    );
    expect(verdict.details).toMatchObject({
      branch: 'main',
      comparison: { status, ahead_by: ahead, behind_by: behind },
    });
  });

  it('TAG_NOT_FOUND when the tag does not exist on the remote', () => {
    expect(
      judgeRefOnBranch({}, facts(comparison('behind'), { name: 'v1.2.0', sha: null }), ctx),
    ).toMatchObject({
      status: 'fail',
      code: 'TAG_NOT_FOUND',
      message:
        "Tag 'v1.2.0' does not exist in acme/plasmite: push it (git push origin v1.2.0) before releasing.",
    });
  });

  it('TAG_POINTS_ELSEWHERE when the tag names another commit', () => {
    expect(
      judgeRefOnBranch({}, facts(comparison('behind'), { name: 'v1.2.0', sha: OTHER_SHA }), ctx),
    ).toMatchObject({
      status: 'fail',
      code: 'TAG_POINTS_ELSEWHERE',
      message:
        "Tag 'v1.2.0' points at 89e6c98, not at the commit under evaluation 3f78685: the tag was moved, or the wrong sha was given.",
    });
  });

  it('a branch ref needs no tag', () => {
    const branchCtx = context({ ref: 'refs/heads/main', refName: 'main', tag: null, version: 'main' });
    expect(judgeRefOnBranch({}, facts(comparison('identical'), null), branchCtx)).toMatchObject({
      code: 'ON_BRANCH',
      message: '3f78685 is the head of main.',
    });
  });

  it('errors (fails closed) when the commit is unknown', () => {
    expect(
      judgeRefOnBranch({}, { branch: 'main', comparison: null, tag: null }, context({ sha: '' })),
    ).toMatchObject({ status: 'error', code: 'SHA_UNRESOLVED' });
  });
});

describe('refOnBranchGate.collect', () => {
  const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}';
  const REPOSITORY = 'GET /repos/{owner}/{repo}';
  const TAG_OBJECT = 'a'.repeat(40);

  const compare: Handler = (params) => ({
    data: {
      status: 'behind',
      ahead_by: 0,
      behind_by: 4,
      html_url: `https://github.com/compare/${String(params.basehead)}`,
    },
  });
  /** GraphQL ResolveRef: v1.2.0 is an annotated tag of SHA; no other ref exists. */
  const annotatedTag: Handler = (variables) => ({
    data: {
      repository: {
        ref0:
          variables.ref0 === 'refs/tags/v1.2.0'
            ? {
                name: 'v1.2.0',
                prefix: 'refs/tags/',
                target: { __typename: 'Tag', oid: TAG_OBJECT, target: { __typename: 'Commit', oid: SHA } },
              }
            : null,
      },
    },
  });
  const noRefs: Handler = () => ({ data: { repository: { ref0: null } } });

  it('compares the default branch with the commit and peels the annotated tag', async () => {
    const { github, calls } = fakeGitHub(
      { [REPOSITORY]: () => ({ data: { default_branch: 'trunk' } }), [COMPARE]: compare },
      annotatedTag,
    );
    const { facts: store } = factStore(github);
    const result = await refOnBranchGate.collect({}, context(), store);
    expect(result).toEqual({
      branch: 'trunk',
      comparison: {
        base: 'trunk',
        head: SHA,
        status: 'behind',
        aheadBy: 0,
        behindBy: 4,
        url: `https://github.com/compare/trunk...${SHA}`,
      },
      tag: { name: 'v1.2.0', sha: SHA },
    });
    expect(calls.find((c) => c.route === COMPARE)!.params).toEqual({
      owner: OWNER,
      repo: REPO,
      basehead: `trunk...${SHA}`,
      per_page: 1,
    });
    expect(refOnBranchGate.judge({}, result, context()).code).toBe('ON_BRANCH');
  });

  it('reuses the tag the engine already resolved: one request for the comparison only', async () => {
    const { github, calls } = fakeGitHub({ [COMPARE]: compare }, annotatedTag);
    const { facts: store } = factStore(github);
    await resolveRef(store, { owner: OWNER, repo: REPO }, 'refs/tags/v1.2.0');
    const before = calls.length;
    await refOnBranchGate.collect({ branch: 'refs/heads/main' }, context(), store);
    expect(before).toBe(1); // one GraphQL request: the tag and its peel
    expect(calls.slice(before).map((c) => c.route)).toEqual([COMPARE]);
    expect(calls.find((c) => c.route === COMPARE)!.params).toMatchObject({ basehead: `main...${SHA}` });
  });

  it('a tag missing on the remote is a fact, not an error', async () => {
    const { github } = fakeGitHub({ [COMPARE]: compare }, noRefs);
    const { facts: store } = factStore(github);
    const result = await refOnBranchGate.collect({ branch: 'main' }, context(), store);
    expect(result.tag).toEqual({ name: 'v1.2.0', sha: null });
    expect(refOnBranchGate.judge({ branch: 'main' }, result, context()).code).toBe('TAG_NOT_FOUND');
  });

  it('a missing branch is an error naming it', async () => {
    const { github } = fakeGitHub(
      {
        [COMPARE]: (params) => {
          throw httpError(404, `/repos/${OWNER}/${REPO}/compare/${String(params.basehead)}`, 'Not Found');
        },
      },
      annotatedTag,
    );
    const { facts: store } = factStore(github);
    await expect(refOnBranchGate.collect({ branch: 'mian' }, context(), store)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining("does branch 'mian' exist?"),
    });
  });

  it('a permission problem names `contents: read`', async () => {
    const { github } = fakeGitHub(
      {
        [COMPARE]: (params) => {
          throw httpError(403, `/repos/${OWNER}/${REPO}/compare/${String(params.basehead)}`);
        },
      },
      annotatedTag,
    );
    const { facts: store } = factStore(github);
    await expect(refOnBranchGate.collect({ branch: 'main' }, context(), store)).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining('`contents: read`'),
    });
  });

  it('makes no request when the commit is unknown', async () => {
    const { github, calls } = fakeGitHub({});
    const { facts: store } = factStore(github);
    const result = await refOnBranchGate.collect({}, context({ sha: '' }), store);
    expect(calls).toEqual([]);
    expect(refOnBranchGate.judge({}, result, context({ sha: '' })).status).toBe('error');
  });
});
