// filesAtCommit: many files in one GraphQL request whose query GitHub's published schema
// accepts; missing files are null; directories, binaries and API failures are clear errors;
// a file too big for GraphQL's text is read whole from the git blobs API.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { GateError } from '../../../src/model/types.js';
import { filesAtCommit, filesAtCommitQuery, treePath } from '../../../src/facts/files-at-commit.js';
import { factStore, fakeGitHub, httpError, OWNER, REPO, SHA, type Call } from './fake-github.js';

const repo = { owner: OWNER, repo: REPO };
// The published IDL repeats two EnterpriseOwnerInfo fields, which buildSchema refuses; the
// introspection JSON of the same release is the schema GitHub serves.
const githubSchema = buildClientSchema(schema.json as unknown as IntrospectionQuery);

const blob = (text: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Blob',
  oid: 'b'.repeat(40),
  byteSize: Buffer.byteLength(text),
  isBinary: false,
  isTruncated: false,
  text,
  ...extra,
});

/** Answers the query from a path → object table, the way GitHub resolves `SHA:path`. */
function repository(objects: Record<string, unknown>, commitExists = true) {
  return (variables: Record<string, unknown>) => {
    const answer: Record<string, unknown> = { commit: commitExists ? { __typename: 'Commit' } : null };
    for (const [name, value] of Object.entries(variables)) {
      if (!name.startsWith('file')) continue;
      const [sha, path] = String(value).split(/:(.*)/s) as [string, string];
      answer[name] = sha === SHA && objects[path] !== undefined ? objects[path] : null;
    }
    return { data: { repository: answer } };
  };
}

describe('filesAtCommitQuery', () => {
  it.each([1, 2, 6, 50])('validates against GitHub’s published schema with %i files', (count) => {
    expect(validate(githubSchema, parse(filesAtCommitQuery(count)))).toEqual([]);
  });

  it('names one aliased object(expression:) per file and checks the commit exists', () => {
    const query = filesAtCommitQuery(2);
    expect(query).toContain('commit: object(oid: $commit)');
    expect(query).toContain('file0: object(expression: $file0)');
    expect(query).toContain('file1: object(expression: $file1)');
    expect(query).toContain('... on Blob { oid byteSize isBinary isTruncated text }');
  });
});

describe('filesAtCommit', () => {
  const SIX = [
    'Cargo.toml',
    'bindings/python/pyproject.toml',
    'bindings/node/package.json',
    'package-lock.json',
    'bindings/node/native/Cargo.toml',
    'VERSION',
  ];

  it('reads six files in one request; a missing one is null', async () => {
    const objects = Object.fromEntries(SIX.slice(0, 5).map((path) => [path, blob(`text of ${path}`)]));
    const { github, calls } = fakeGitHub({}, repository(objects));
    const { facts } = factStore(github);
    const files = await filesAtCommit(facts, repo, SHA, SIX);
    expect(calls).toHaveLength(1);
    expect(github.counter.count).toBe(1);
    expect(files.get('Cargo.toml')).toEqual({
      path: 'Cargo.toml',
      oid: 'b'.repeat(40),
      byteSize: 18,
      text: 'text of Cargo.toml',
    });
    expect(files.get('VERSION')).toBeNull();
    expect([...files.keys()].sort()).toEqual([...SIX].sort());
    const variables = calls[0]!.params;
    expect(variables).toMatchObject({ owner: OWNER, name: REPO, commit: SHA });
    expect(Object.values(variables).filter((v) => String(v).startsWith(`${SHA}:`))).toHaveLength(6);
    expect(validate(githubSchema, parse(calls[0]!.route))).toEqual([]);
  });

  it('asks once for a path listed twice, and memoizes the whole read', async () => {
    const { github, calls } = fakeGitHub({}, repository({ 'package-lock.json': blob('{}') }));
    const { facts } = factStore(github);
    await filesAtCommit(facts, repo, SHA, ['package-lock.json', 'package-lock.json']);
    await filesAtCommit(facts, repo, SHA, ['package-lock.json']);
    expect(calls).toHaveLength(1);
    expect(Object.keys(calls[0]!.params).filter((k) => k.startsWith('file'))).toEqual(['file0']);
  });

  it('reads `./x` and `/x` as the tree path x', async () => {
    expect(treePath('./Cargo.toml')).toBe('Cargo.toml');
    expect(treePath('/a/b.json')).toBe('a/b.json');
    const { github } = fakeGitHub({}, repository({ 'Cargo.toml': blob('x') }));
    const { facts } = factStore(github);
    expect((await filesAtCommit(facts, repo, SHA, ['./Cargo.toml'])).get('./Cargo.toml')?.text).toBe('x');
  });

  it('splits beyond 50 files into more requests', async () => {
    const paths = Array.from({ length: 51 }, (_, i) => `f${i}.json`);
    const { github, calls } = fakeGitHub(
      {},
      repository(Object.fromEntries(paths.map((p) => [p, blob('{}')]))),
    );
    const { facts } = factStore(github);
    const files = await filesAtCommit(facts, repo, SHA, paths);
    expect(calls).toHaveLength(2);
    expect([...files.values()].every((f) => f?.text === '{}')).toBe(true);
  });

  it('refuses a directory and a binary file with clear errors', async () => {
    const { github } = fakeGitHub(
      {},
      repository({
        bindings: { __typename: 'Tree' },
        'logo.json': blob('', { isBinary: true, text: null, byteSize: 2048 }),
      }),
    );
    const { facts } = factStore(github);
    await expect(filesAtCommit(facts, repo, SHA, ['bindings'])).rejects.toMatchObject({
      code: 'NOT_A_FILE',
      message: expect.stringContaining("'bindings' at 3f78685 is a directory"),
    });
    await expect(filesAtCommit(facts, repo, SHA, ['logo.json'])).rejects.toMatchObject({
      code: 'FILE_NOT_TEXT',
      message: expect.stringContaining('binary file (2048 bytes)'),
    });
  });

  it('reads a file truncated by GraphQL (over 512,000 bytes) whole from the git blobs API', async () => {
    const big = `{"version": "1.2.0", "pad": "${'x'.repeat(600_000)}"}`;
    const oid = 'c'.repeat(40);
    const { github, calls } = fakeGitHub(
      {
        'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': () => ({
          data: { content: Buffer.from(big).toString('base64'), encoding: 'base64', size: big.length },
        }),
      },
      repository({
        'package-lock.json': blob(big.slice(0, 512_000), { oid, isTruncated: true, byteSize: big.length }),
      }),
    );
    const { facts } = factStore(github);
    const file = (await filesAtCommit(facts, repo, SHA, ['package-lock.json'])).get('package-lock.json');
    expect(file?.text).toBe(big);
    expect(calls.map((c: Call) => c.kind)).toEqual(['graphql', 'rest']);
    expect(calls[1]!.params).toEqual({ owner: OWNER, repo: REPO, file_sha: oid });
  });

  it('refuses a truncated file over 10 MiB without downloading it', async () => {
    const { github, calls } = fakeGitHub(
      {},
      repository({ 'huge.json': blob('{', { isTruncated: true, byteSize: 50 * 1024 * 1024 }) }),
    );
    const { facts } = factStore(github);
    await expect(filesAtCommit(facts, repo, SHA, ['huge.json'])).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
    expect(calls).toHaveLength(1);
  });

  it('errors when the commit does not exist (rather than calling every file missing)', async () => {
    const { github } = fakeGitHub({}, repository({}, false));
    const { facts } = factStore(github);
    await expect(filesAtCommit(facts, repo, SHA, ['Cargo.toml'])).rejects.toMatchObject({
      code: 'COMMIT_NOT_FOUND',
    });
  });

  it('maps GraphQL errors: NOT_FOUND and FORBIDDEN name `contents: read`', async () => {
    const graphqlError = (type: string, message: string) => () => {
      throw Object.assign(new Error(message), {
        name: 'GraphqlResponseError',
        errors: [{ type, message }],
        data: { repository: null },
      });
    };
    for (const [type, code] of [
      ['NOT_FOUND', 'NOT_FOUND'],
      ['FORBIDDEN', 'PERMISSION_DENIED'],
      ['SOMETHING_ELSE', 'API_ERROR'],
    ] as const) {
      const { github } = fakeGitHub({}, graphqlError(type, `${type} happened`));
      const { facts } = factStore(github);
      const error = (await filesAtCommit(facts, repo, SHA, ['Cargo.toml']).catch(
        (e: unknown) => e,
      )) as GateError;
      expect(error).toBeInstanceOf(GateError);
      expect(error.code).toBe(code);
      if (type !== 'SOMETHING_ELSE') expect(error.message).toContain('`contents: read`');
    }
  });

  it('maps an HTTP failure of the GraphQL endpoint like any other', async () => {
    const { github } = fakeGitHub({}, () => {
      throw httpError(401, '/graphql', 'Bad credentials');
    });
    const { facts } = factStore(github);
    await expect(filesAtCommit(facts, repo, SHA, ['Cargo.toml'])).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
    });
  });
});
