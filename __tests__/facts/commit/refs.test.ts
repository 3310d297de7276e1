// resolveRef: a ref (short or full) to its commit in one GraphQL request, annotated tags peeled
// in the same query; the query validates against GitHub's published schema and the emulator
// answers it; every way it can go wrong is an error that says what to do.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { RESOLVE_REF_QUERY, resolveRef } from '../../../src/facts/refs.js';
import { GateError } from '../../../src/model/types.js';
import { startEmulator } from '../../../test/emulator/index.js';
import { commitChain, minimalScenario } from '../../../test/emulator/builders.js';
import { createGitHub } from '../../../src/github/client.js';
import { FactStore } from '../../../src/facts/store.js';
import { factStore, fakeGitHub, OTHER_SHA, OWNER, REPO, SHA, type Handler } from './fake-github.js';
import { RequestCounter } from '../../../src/github/counter.js';

const repo = { owner: OWNER, repo: REPO };
const TAG_OBJECT = 'a'.repeat(40);
const INNER_TAG_OBJECT = 'b'.repeat(40);

const commit = (oid = SHA) => ({ __typename: 'Commit', oid });
const tagObject = (oid: string, target: unknown) => ({ __typename: 'Tag', oid, target });
const refNode = (qualified: string, target: unknown) => {
  const [, prefix, name] = /^(refs\/(?:tags|heads)\/)(.+)$/.exec(qualified)!;
  return { name, prefix, target };
};

/** A GraphQL handler answering ResolveRef from `refs` (qualified name → ref node). */
function refsAnswer(refs: Record<string, unknown>): Handler {
  return (variables) => {
    const repository: Record<string, unknown> = { ref0: refs[String(variables.ref0)] ?? null };
    if (variables.both) repository.ref1 = refs[String(variables.ref1)] ?? null;
    return { data: { repository } };
  };
}

async function resolved(graphql: Handler, ref: string) {
  const { github, calls } = fakeGitHub({}, graphql);
  const { facts } = factStore(github);
  return { result: await resolveRef(facts, repo, ref), calls, facts };
}

async function failure(graphql: Handler, ref = 'refs/tags/v1.2.0'): Promise<GateError> {
  const { github } = fakeGitHub({}, graphql);
  const { facts } = factStore(github);
  try {
    await resolveRef(facts, repo, ref);
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('expected a GateError');
}

describe('RESOLVE_REF_QUERY', () => {
  const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

  it("validates against GitHub's GraphQL schema", () => {
    expect(validate(github, parse(RESOLVE_REF_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('peels up to five annotated tag objects in the one query', () => {
    expect(RESOLVE_REF_QUERY.match(/\.\.\. on Tag/g)).toHaveLength(5);
  });
});

describe('resolveRef', () => {
  it('peels an annotated tag to its commit in one request', async () => {
    const { result, calls } = await resolved(
      refsAnswer({ 'refs/tags/v1.2.0': refNode('refs/tags/v1.2.0', tagObject(TAG_OBJECT, commit())) }),
      'refs/tags/v1.2.0',
    );
    expect(result).toEqual({ fullRef: 'refs/tags/v1.2.0', isTag: true, sha: SHA });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      kind: 'graphql',
      params: { owner: OWNER, name: REPO, ref0: 'refs/tags/v1.2.0', both: false },
    });
  });

  it('peels a tag of a tag, and takes a lightweight tag as it is', async () => {
    const nested = refNode('refs/tags/v1.2.0', tagObject(TAG_OBJECT, tagObject(INNER_TAG_OBJECT, commit())));
    expect((await resolved(refsAnswer({ 'refs/tags/v1.2.0': nested }), 'refs/tags/v1.2.0')).result.sha).toBe(
      SHA,
    );
    const light = refNode('refs/tags/v1.2.0', commit(OTHER_SHA));
    expect((await resolved(refsAnswer({ 'refs/tags/v1.2.0': light }), 'refs/tags/v1.2.0')).result.sha).toBe(
      OTHER_SHA,
    );
  });

  it('a short name asks for the tag and the branch at once; the tag wins, as in git', async () => {
    const both = {
      'refs/tags/release': refNode('refs/tags/release', commit(SHA)),
      'refs/heads/release': refNode('refs/heads/release', commit(OTHER_SHA)),
    };
    const { result, calls, facts } = await resolved(refsAnswer(both), 'release');
    expect(result).toEqual({ fullRef: 'refs/tags/release', isTag: true, sha: SHA });
    expect(calls[0]!.params).toMatchObject({
      ref0: 'refs/tags/release',
      ref1: 'refs/heads/release',
      both: true,
    });
    // ref_on_branch then asks for the full tag ref: no second request.
    expect(await resolveRef(facts, repo, 'refs/tags/release')).toEqual(result);
    expect(calls).toHaveLength(1);
  });

  it('a short name that is only a branch is the branch', async () => {
    const { result } = await resolved(
      refsAnswer({ 'refs/heads/main': refNode('refs/heads/main', commit(OTHER_SHA)) }),
      'main',
    );
    expect(result).toEqual({ fullRef: 'refs/heads/main', isTag: false, sha: OTHER_SHA });
  });

  it('a ref that does not exist is REF_NOT_FOUND naming what was looked for', async () => {
    const error = await failure(refsAnswer({}), 'v9.9.9');
    expect(error).toMatchObject({
      code: 'REF_NOT_FOUND',
      message: `Ref 'v9.9.9' does not exist in ${OWNER}/${REPO} (looked for refs/tags/v9.9.9 and refs/heads/v9.9.9).`,
    });
  });

  it('a ref GitHub found by another name (its short-name fallback) is not this one', async () => {
    const other = refNode('refs/heads/refs/tags/v1.2.0', commit());
    const error = await failure(refsAnswer({ 'refs/tags/v1.2.0': other }));
    expect(error.code).toBe('REF_NOT_FOUND');
  });

  it('a tag of a tree is TAG_NOT_COMMIT', async () => {
    const tree = refNode('refs/tags/v1.2.0', tagObject(TAG_OBJECT, { __typename: 'Tree', oid: OTHER_SHA }));
    expect(await failure(refsAnswer({ 'refs/tags/v1.2.0': tree }))).toMatchObject({
      code: 'TAG_NOT_COMMIT',
      message: "Tag 'v1.2.0' points at a tree, not a commit: only a commit can be released.",
    });
  });

  it('tag objects nested past what the query peels are TAG_NOT_COMMIT, never a guess', async () => {
    let target: unknown = tagObject(TAG_OBJECT, undefined);
    for (let i = 0; i < 5; i++) target = tagObject(TAG_OBJECT, target);
    const error = await failure(refsAnswer({ 'refs/tags/v1.2.0': refNode('refs/tags/v1.2.0', target) }));
    expect(error).toMatchObject({
      code: 'TAG_NOT_COMMIT',
      message: expect.stringContaining('nested too deeply'),
    });
  });

  it.each<[string, unknown]>([
    ['no target', undefined],
    ['a null target', null],
    ['a target without a sha', { __typename: 'Commit' }],
    ['a sha that is not one', { __typename: 'Commit', oid: 'not-a-sha' }],
    ['a tag object without its target', tagObject(TAG_OBJECT, null)],
  ])('an answer with %s is an API error, never a commit', async (_what, target) => {
    const error = await failure(refsAnswer({ 'refs/tags/v1.2.0': refNode('refs/tags/v1.2.0', target) }));
    expect(error.code).toBe('API_ERROR');
  });

  it.each<[string, unknown]>([
    ['no data', undefined],
    ['an empty object', {}],
    ['a repository that is not an object', { repository: 'x' }],
    ['a ref that is not one', { repository: { ref0: { oid: SHA } } }],
  ])('an answer with %s is an API error', async (_what, data) => {
    expect((await failure(() => ({ data }))).code).toBe('API_ERROR');
  });

  it('a branch whose head is not a commit is an API error', async () => {
    const error = await failure(
      refsAnswer({ 'refs/heads/main': refNode('refs/heads/main', tagObject(TAG_OBJECT, commit())) }),
      'refs/heads/main',
    );
    expect(error.code).toBe('API_ERROR');
  });

  it('a repository the token cannot see names `contents: read`', async () => {
    const notFound: Handler = () => {
      throw Object.assign(new Error('Could not resolve to a Repository'), {
        errors: [
          { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/plasmite'." },
        ],
      });
    };
    expect(await failure(notFound)).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('`contents: read`'),
    });
    expect(await failure(() => ({ data: { repository: null } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('`contents: read`'),
    });
  });

  it('a permission refusal names `contents: read`; a rejected token names the input', async () => {
    const forbidden =
      (status: number): Handler =>
      () => {
        throw Object.assign(new Error('Resource not accessible by integration'), {
          status,
          request: { method: 'POST', url: 'https://api.github.com/graphql' },
          response: { headers: {} },
        });
      };
    expect(await failure(forbidden(403))).toMatchObject({
      code: 'PERMISSION_DENIED',
      message: expect.stringContaining("`contents: read` to read ref 'refs/tags/v1.2.0'"),
    });
    expect(await failure(forbidden(401))).toMatchObject({
      code: 'BAD_CREDENTIALS',
      message: expect.stringContaining('`token` input'),
    });
  });
});

describe('resolveRef against the emulator', () => {
  it('answers the query with the annotated tag peeled, a lightweight tag and a branch', async () => {
    const chain = commitChain(3, 'refs-test');
    const emulator = await startEmulator(
      minimalScenario({
        commits: chain,
        branches: { main: chain[2]!.sha },
        tags: { 'v1.0.0': chain[0]!.sha, 'v1.1.0': { sha: chain[1]!.sha, annotated: true } },
      }),
    );
    try {
      const counter = new RequestCounter();
      const github = createGitHub({ token: 'ghs_test', baseUrl: emulator.apiUrl, counter, retries: 0 });
      const facts = new FactStore({ workspace: '/nonexistent', env: {}, github, externalGithub: null });
      const widgets = { owner: 'acme', repo: 'widgets' };
      expect(await resolveRef(facts, widgets, 'v1.1.0')).toEqual({
        fullRef: 'refs/tags/v1.1.0',
        isTag: true,
        sha: chain[1]!.sha,
      });
      expect(await resolveRef(facts, widgets, 'refs/tags/v1.0.0')).toMatchObject({ sha: chain[0]!.sha });
      expect(await resolveRef(facts, widgets, 'main')).toEqual({
        fullRef: 'refs/heads/main',
        isTag: false,
        sha: chain[2]!.sha,
      });
      await expect(resolveRef(facts, widgets, 'v2.0.0')).rejects.toMatchObject({ code: 'REF_NOT_FOUND' });
      expect(emulator.requests().map((r) => `${r.kind} ${r.operation}`)).toEqual(
        Array(4).fill('graphql ResolveRef'),
      );
      expect(counter.count).toBe(4);
    } finally {
      await emulator.close();
    }
  });
});

describe('resolveRef on a pull request ref', () => {
  const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
  const pullRef = (data: unknown) => {
    const { github, calls } = fakeGitHub({ [PULL]: () => ({ data }) });
    return { resolving: resolveRef(factStore(github).facts, repo, 'refs/pull/7/merge'), calls };
  };

  it("is the pull request's head commit, never the merge commit", async () => {
    const { resolving, calls } = pullRef({ number: 7, head: { sha: SHA.toUpperCase() } });
    await expect(resolving).resolves.toEqual({ fullRef: 'refs/pull/7/merge', isTag: false, sha: SHA });
    expect(calls).toEqual([
      expect.objectContaining({ route: PULL, params: expect.objectContaining({ pull_number: 7 }) }),
    ]);
  });

  it.each([
    ['no head', { number: 7 }, /has no head object/],
    ['a head without its sha', { head: {} }, /has no head\.sha string/],
    ['a head sha that is not a sha', { head: { sha: 'main' } }, /has head\.sha = "main", not a commit sha/],
  ])('is an API error naming the field on an answer with %s', async (_what, data, message) => {
    const error = await pullRef(data).resolving.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect(error).toMatchObject({ code: 'API_ERROR' });
    expect((error as GateError).message).toMatch(message);
    expect((error as GateError).message).toContain('GET /repos/acme/plasmite/pulls/7');
  });
});
