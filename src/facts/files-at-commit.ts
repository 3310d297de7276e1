// Several files at one commit in a single GraphQL request: `object(expression: "SHA:path")`
// once per file under an alias. The REST contents API would cost one request per file.
//
// GitHub cuts Blob.text at 512,000 bytes (and says so in isTruncated). A package-lock.json
// easily passes that, so a truncated file is read again, whole, from the git blobs API by its
// oid: one more request, only for files that big.
import { GateError, type Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';
import { graphqlGateError } from '../github/graphql-errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

export interface FileAtCommit {
  path: string;
  /** Git blob sha. */
  oid: string;
  byteSize: number;
  text: string;
}

/** Path as asked → the file, or null when no such path exists at the commit. */
export type FilesAtCommit = ReadonlyMap<string, FileAtCommit | null>;

/** Aliases per request; far below GitHub's node limits, so one request covers any real policy. */
const FILES_PER_REQUEST = 50;
/** Largest file read through the blobs fallback: a version file never comes close. */
const MAX_BLOB_BYTES = 10 * 1024 * 1024;

/** The query for `count` files; variables `owner`, `name`, `commit`, `file0`…`fileN` (each `SHA:path`). */
export function filesAtCommitQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const variables = indexes.map((i) => `, $file${i}: String!`).join('');
  const fields = indexes.map((i) => `\n    file${i}: object(expression: $file${i}) { ...FileText }`).join('');
  return `query FilesAtCommit($owner: String!, $name: String!, $commit: GitObjectID!${variables}) {
  repository(owner: $owner, name: $name) {
    commit: object(oid: $commit) { __typename }${fields}
  }
}
fragment FileText on GitObject {
  __typename
  ... on Blob { oid byteSize isBinary isTruncated text }
}`;
}

/** Reads `paths` at commit `sha`; memoized per commit and set of paths. */
export function filesAtCommit(
  facts: FactStore,
  repo: Repository,
  sha: string,
  paths: readonly string[],
): Promise<FilesAtCommit> {
  const unique = [...new Set(paths)].sort();
  return facts.memo(
    `files-at-commit:${repo.owner}/${repo.repo}:${sha}:${JSON.stringify(unique)}`,
    async () => {
      const github = facts.github;
      const files = new Map<string, FileAtCommit | null>();
      for (let start = 0; start < unique.length; start += FILES_PER_REQUEST) {
        const chunk = unique.slice(start, start + FILES_PER_REQUEST);
        const nodes = await queryFiles(github, repo, sha, chunk);
        for (const [i, path] of chunk.entries())
          files.set(path, await toFile(github, repo, sha, path, nodes[i] ?? null));
      }
      return files;
    },
  );
}

/** A path as git names it inside a tree: no leading `./` or `/`. */
export function treePath(path: string): string {
  return path.replace(/^(\.\/|\/)+/, '');
}

async function queryFiles(
  github: GitHub,
  repo: Repository,
  sha: string,
  paths: readonly string[],
): Promise<(Fields | null)[]> {
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo, commit: sha };
  for (const [i, path] of paths.entries()) variables[`file${i}`] = `${sha}:${treePath(path)}`;
  let response: unknown;
  try {
    response = await github.octokit.graphql<unknown>(filesAtCommitQuery(paths.length), variables);
  } catch (error) {
    throw graphqlGateError(error, repo, `files at ${sha.slice(0, 7)} of ${repo.owner}/${repo.repo}`);
  }
  const repository = Fields.of(response, 'POST /graphql (FilesAtCommit)', 'data').objectOrNull('repository');
  if (!repository)
    throw new GateError(
      'NOT_FOUND',
      `Repository ${repo.owner}/${repo.repo} not found, or the token cannot see it (\`contents: read\`).`,
    );
  if (!repository.objectOrNull('commit')) {
    throw new GateError('COMMIT_NOT_FOUND', `Commit ${sha} does not exist in ${repo.owner}/${repo.repo}.`, {
      sha,
    });
  }
  // null: no such path at the commit.
  return paths.map((_, i) => repository.objectOrNull(`file${i}`));
}

async function toFile(
  github: GitHub,
  repo: Repository,
  sha: string,
  path: string,
  node: Fields | null,
): Promise<FileAtCommit | null> {
  if (!node) return null;
  const where = `'${path}' at ${sha.slice(0, 7)}`;
  const type = node.string('__typename');
  if (type !== 'Blob') {
    throw new GateError('NOT_A_FILE', `${where} is a ${type === 'Tree' ? 'directory' : type}, not a file.`, {
      path,
    });
  }
  // A `Blob` in GitHub's schema.
  const oid = node.string('oid');
  const byteSize = node.integer('byteSize');
  const isTruncated = node.boolean('isTruncated');
  const text = node.stringOrNull('text');
  if (node.booleanOrNull('isBinary') === true || (text === null && !isTruncated)) {
    throw new GateError(
      'FILE_NOT_TEXT',
      `${where} is a binary file (${byteSize} bytes); only text files can be read.`,
      { path, byteSize },
    );
  }
  if (isTruncated || text === null) {
    return { path, oid, byteSize, text: await readWholeBlob(github, repo, path, oid, byteSize, where) };
  }
  return { path, oid, byteSize, text };
}

async function readWholeBlob(
  github: GitHub,
  repo: Repository,
  path: string,
  oid: string,
  byteSize: number,
  where: string,
): Promise<string> {
  if (byteSize > MAX_BLOB_BYTES) {
    throw new GateError(
      'FILE_TOO_LARGE',
      `${where} is ${byteSize} bytes, over the ${MAX_BLOB_BYTES}-byte limit for a version file.`,
      { path, byteSize },
    );
  }
  let data: unknown;
  try {
    ({ data } = await github.octokit.rest.git.getBlob({ ...repo, file_sha: oid }));
  } catch (error) {
    throw toGateError(error, `the blob of ${where} (${byteSize} bytes, too large for GraphQL's text)`);
  }
  const blob = Fields.of(data, `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${oid}`);
  const content = blob.string('content');
  return Buffer.from(content, blob.string('encoding') === 'base64' ? 'base64' : 'utf8').toString('utf8');
}
