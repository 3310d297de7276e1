// GraphQL objects for a repository and its git data. Each is a plain object whose fields are values
// or resolver functions (graphql-js calls a function field with the field's arguments), and
// `__typename` picks the concrete type behind an interface such as GitObject or Node.
import type { Urls } from '../http.js';
import { visibleRepository } from '../state/visibility.js';
import { gitBlobSha } from '../state/git.js';
import { nodeId } from '../state/ids.js';
import type { RepositoryState, ScenarioState } from '../state/model.js';
import { checkSuiteObject } from './check-objects.js';
import { connection, GitHubGraphqlError, type ConnectionArgs } from './connection.js';
import { pullRequestObject } from './pull-objects.js';

export interface GraphqlContext {
  state: ScenarioState;
  urls: Urls;
  token: string | null;
}

type GraphqlObject = Record<string, unknown>;

export function findRepository(context: GraphqlContext, owner: string, name: string): RepositoryState {
  const repo = visibleRepository(context.state, context.token, owner, name);
  if (!repo)
    throw new GitHubGraphqlError(
      'NOT_FOUND',
      `Could not resolve to a Repository with the name '${owner}/${name}'.`,
    );
  return repo;
}

export function actorObject(login: string, urls: Urls): GraphqlObject {
  const isBot = login.endsWith('[bot]');
  return {
    __typename: isBot ? 'Bot' : 'User',
    id: nodeId(isBot ? 'BOT' : 'U', login),
    login: isBot ? login.slice(0, -'[bot]'.length) : login,
    url: `${urls.web}/${login}`,
    resourcePath: `/${login}`,
    avatarUrl: `https://avatars.githubusercontent.com/${login}`,
  };
}

export function repositoryObject(context: GraphqlContext, repo: RepositoryState): GraphqlObject {
  const { urls } = context;
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: {
      __typename: 'Organization',
      id: nodeId('O', repo.owner),
      login: repo.owner,
      url: `${urls.web}/${repo.owner}`,
    },
    isPrivate: repo.private,
    visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
    url: `${urls.web}/${repo.fullName}`,
    resourcePath: `/${repo.fullName}`,
    defaultBranchRef: () => refObject(context, repo, `refs/heads/${repo.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      refObject(context, repo, qualify(repo, qualifiedName)),
    refs: (
      args: ConnectionArgs & {
        refPrefix: string;
        query?: string;
        orderBy?: { field: string; direction: string };
      },
    ) => connection(listRefs(context, repo, args), args, 'refs'),
    object: ({ expression, oid }: { expression?: string; oid?: string }) =>
      oid !== undefined
        ? gitObjectByOid(context, repo, oid)
        : gitObjectByExpression(context, repo, expression ?? ''),
    pullRequest: ({ number }: { number: number }) => {
      const pull = repo.pulls.find((candidate) => candidate.number === number);
      if (!pull)
        throw new GitHubGraphqlError(
          'NOT_FOUND',
          `Could not resolve to a PullRequest with the number of ${number}.`,
        );
      return pullRequestObject(context, repo, pull);
    },
  };
}

/** `ref(qualifiedName:)` tries the name as given, then as a branch, then as a tag, as GitHub does. */
function qualify(repo: RepositoryState, name: string): string {
  if (name.startsWith('refs/')) return name;
  if (repo.git.branch(name)) return `refs/heads/${name}`;
  return `refs/tags/${name}`;
}

function listRefs(
  context: GraphqlContext,
  repo: RepositoryState,
  args: { refPrefix: string; query?: string; orderBy?: { field: string; direction: string } },
): GraphqlObject[] {
  const names = [
    ...repo.git.branches().map(([name]) => `refs/heads/${name}`),
    ...repo.git.tags().map((tag) => `refs/tags/${tag.name}`),
  ].filter(
    (name) =>
      name.startsWith(args.refPrefix) &&
      (!args.query || name.slice(args.refPrefix.length).includes(args.query)),
  );
  const byCommitDate = args.orderBy?.field === 'TAG_COMMIT_DATE';
  const dateOf = (name: string) => repo.git.commit(repo.git.resolve(name) ?? '')?.date ?? '';
  names.sort((a, b) => (byCommitDate ? dateOf(a).localeCompare(dateOf(b)) : a.localeCompare(b)));
  if (args.orderBy?.direction === 'DESC') names.reverse();
  return names
    .map((name) => refObject(context, repo, name))
    .filter((ref): ref is GraphqlObject => ref !== null);
}

export function refObject(
  context: GraphqlContext,
  repo: RepositoryState,
  qualifiedName: string,
): GraphqlObject | null {
  const match = /^refs\/(heads|tags)\/(.+)$/.exec(qualifiedName);
  if (!match) return null;
  const [, kind, name] = match;
  const tag = kind === 'tags' ? repo.git.tag(name) : undefined;
  const commitSha = kind === 'heads' ? repo.git.branch(name) : tag?.commitSha;
  if (!commitSha) return null;
  return {
    __typename: 'Ref',
    id: nodeId('REF', `${repo.fullName}:${qualifiedName}`),
    name,
    prefix: `refs/${kind}/`,
    repository: () => repositoryObject(context, repo),
    target: () =>
      tag?.annotated ? tagObject(context, repo, tag.name) : commitObject(context, repo, commitSha),
    associatedPullRequests: (args: ConnectionArgs) =>
      connection(
        repo.pulls
          .filter((pull) => kind === 'heads' && pull.headRef === name)
          .map((pull) => pullRequestObject(context, repo, pull)),
        args,
        'associatedPullRequests',
      ),
  };
}

export function commitObject(context: GraphqlContext, repo: RepositoryState, sha: string): GraphqlObject {
  const { urls } = context;
  const commit = repo.git.commit(sha);
  const message = commit?.message ?? '';
  const [headline, ...body] = message.split('\n');
  const author = commit?.author ?? 'octocat';
  const gitActor = {
    name: author,
    email: `${author}@users.noreply.github.com`,
    date: commit?.date,
    user: actorObject(author, urls),
  };
  return {
    __typename: 'Commit',
    id: nodeId('C', sha),
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    message,
    messageHeadline: headline,
    messageBody: body.join('\n').trim(),
    committedDate: commit?.date,
    authoredDate: commit?.date,
    author: gitActor,
    committer: gitActor,
    url: `${urls.web}/${repo.fullName}/commit/${sha}`,
    commitUrl: `${urls.web}/${repo.fullName}/commit/${sha}`,
    resourcePath: `/${repo.fullName}/commit/${sha}`,
    commitResourcePath: `/${repo.fullName}/commit/${sha}`,
    repository: () => repositoryObject(context, repo),
    tree: () => treeObject(context, repo, sha, ''),
    parents: (args: ConnectionArgs) =>
      connection(
        (commit?.parents ?? []).map((parent) => commitObject(context, repo, parent)),
        args,
        'parents',
      ),
    history: (args: ConnectionArgs) =>
      connection(
        repo.git.ancestry(sha).map((ancestor) => commitObject(context, repo, ancestor)),
        args,
        'history',
      ),
    checkSuites: (args: ConnectionArgs & { filterBy?: { appId?: number; checkName?: string } }) =>
      connection(
        repo.runs
          .filter((run) => run.headSha === sha)
          .filter(
            (run) =>
              !args.filterBy?.checkName || run.jobs.some((job) => job.name === args.filterBy?.checkName),
          )
          .map((run) => checkSuiteObject(context, repo, run)),
        args,
        'checkSuites',
      ),
    associatedPullRequests: (args: ConnectionArgs) =>
      connection(
        repo.pulls
          .filter((pull) => pull.headSha === sha || pull.mergeCommitSha === sha)
          .map((pull) => pullRequestObject(context, repo, pull)),
        args,
        'associatedPullRequests',
      ),
  };
}

export function tagObject(
  context: GraphqlContext,
  repo: RepositoryState,
  name: string,
): GraphqlObject | null {
  const tag = repo.git.tag(name);
  if (!tag?.tagSha) return null;
  return {
    __typename: 'Tag',
    id: nodeId('TAG', tag.tagSha),
    oid: tag.tagSha,
    abbreviatedOid: tag.tagSha.slice(0, 7),
    name: tag.name,
    message: tag.message,
    tagger: {
      name: 'octocat',
      email: 'octocat@users.noreply.github.com',
      date: repo.git.commit(tag.commitSha)?.date,
    },
    commitUrl: `${context.urls.web}/${repo.fullName}/releases/tag/${tag.name}`,
    commitResourcePath: `/${repo.fullName}/releases/tag/${tag.name}`,
    repository: () => repositoryObject(context, repo),
    target: () => commitObject(context, repo, tag.commitSha),
  };
}

function blobObject(context: GraphqlContext, repo: RepositoryState, content: Buffer): GraphqlObject {
  const oid = gitBlobSha(content);
  const isBinary =
    content.includes(0) || Buffer.from(content.toString('utf8'), 'utf8').compare(content) !== 0;
  return {
    __typename: 'Blob',
    id: nodeId('B', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: content.length,
    text: isBinary ? null : content.toString('utf8'),
    isBinary,
    isTruncated: false,
    commitUrl: `${context.urls.web}/${repo.fullName}`,
    commitResourcePath: `/${repo.fullName}`,
    repository: () => repositoryObject(context, repo),
  };
}

function treeObject(
  context: GraphqlContext,
  repo: RepositoryState,
  commitSha: string,
  path: string,
): GraphqlObject | null {
  const entries = repo.git.directory(commitSha, path);
  if (!entries) return null;
  const oid = repo.git.treeSha(commitSha, path);
  return {
    __typename: 'Tree',
    id: nodeId('T', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitUrl: `${context.urls.web}/${repo.fullName}/commit/${commitSha}`,
    commitResourcePath: `/${repo.fullName}/commit/${commitSha}`,
    repository: () => repositoryObject(context, repo),
    entries: entries.map((entry) => ({
      name: entry.name,
      nameRaw: Buffer.from(entry.name).toString('base64'),
      path: entry.path,
      pathRaw: Buffer.from(entry.path).toString('base64'),
      type: entry.type === 'dir' ? 'tree' : 'blob',
      mode: entry.type === 'dir' ? 16384 : 33188,
      oid: entry.sha,
      size: entry.size,
      extension:
        entry.type === 'file' && entry.name.includes('.')
          ? entry.name.slice(entry.name.lastIndexOf('.'))
          : null,
      isGenerated: false,
      repository: () => repositoryObject(context, repo),
      object: () =>
        entry.type === 'dir'
          ? treeObject(context, repo, commitSha, entry.path)
          : blobObject(context, repo, repo.git.file(commitSha, entry.path) ?? Buffer.alloc(0)),
    })),
  };
}

/**
 * `object(expression:)` with git's `REV` or `REV:PATH` syntax. A bare annotated tag name is the tag
 * object, as `git rev-parse` answers; with a path, the revision is peeled to its commit.
 */
function gitObjectByExpression(
  context: GraphqlContext,
  repo: RepositoryState,
  expression: string,
): GraphqlObject | null {
  const separator = expression.indexOf(':');
  const revision = separator < 0 ? expression : expression.slice(0, separator);
  const commitSha = repo.git.resolve(revision);
  if (!commitSha) return null;
  if (separator < 0) {
    return repo.git.tag(revision)?.annotated
      ? tagObject(context, repo, revision)
      : commitObject(context, repo, commitSha);
  }
  const path = expression.slice(separator + 1);
  const content = repo.git.file(commitSha, path);
  return content ? blobObject(context, repo, content) : treeObject(context, repo, commitSha, path);
}

function gitObjectByOid(context: GraphqlContext, repo: RepositoryState, oid: string): GraphqlObject | null {
  if (repo.git.commit(oid)) return commitObject(context, repo, oid);
  const tag = repo.git.tagByObjectSha(oid);
  if (tag) return tagObject(context, repo, tag.name);
  const content = repo.git.blob(oid);
  return content ? blobObject(context, repo, content) : null;
}
