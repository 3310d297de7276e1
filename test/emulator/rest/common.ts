// Payload pieces many endpoints share (users, repositories, commits), typed with GitHub's OpenAPI
// schemas so they keep the real shapes.
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../http.js';
import { minutesAfterBase, nodeId, stableNumber } from '../state/ids.js';
import type { RepositoryState } from '../state/model.js';

export type Schemas = components['schemas'];

export function simpleUser(login: string, urls: Urls): Schemas['simple-user'] {
  const id = stableNumber(login);
  // GitHub percent-encodes a bot's brackets: /users/github-actions%5Bbot%5D.
  const api = `${urls.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    // A bot's page is its app's: github-actions[bot] → /apps/github-actions.
    html_url: login.endsWith('[bot]') ? `${urls.web}/apps/${login.slice(0, -5)}` : `${urls.web}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

/** What a payload needs to describe a repository, ours or one only named (a fork). */
export interface RepositoryIdentity {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  fork: boolean;
}

export function identityOf(repo: RepositoryState): RepositoryIdentity {
  return { ...repo, fork: false };
}

/** A repository known only by name, such as the head repository of a fork run. */
export function identityOfName(fullName: string): RepositoryIdentity {
  const [owner, name] = fullName.split('/');
  const id = stableNumber(fullName);
  return { id, nodeId: nodeId('R', id), owner, name, private: false, defaultBranch: 'main', fork: true };
}

/** The full repository payload (GET /repos/{owner}/{repo}, and a pull request's head and base). */
export function repositoryPayload(
  repo: RepositoryIdentity,
  urls: Urls,
): Schemas['full-repository'] & Schemas['repository'] {
  const fullName = `${repo.owner}/${repo.name}`;
  const api = `${urls.api}/repos/${fullName}`;
  const html = `${urls.web}/${fullName}`;
  const createdAt = minutesAfterBase(-525_600);
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: fullName,
    owner: simpleUser(repo.owner, urls),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: null,
    fork: repo.fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: repo.defaultBranch,
    open_issues_count: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: createdAt,
    created_at: createdAt,
    updated_at: createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    subscribers_count: 0,
    network_count: 0,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

/** The repository as runs and combined statuses embed it. */
export function minimalRepositoryPayload(
  repo: RepositoryIdentity,
  urls: Urls,
): Schemas['minimal-repository'] {
  // The minimal schema describes `license` differently; GitHub leaves it out of these embeds.
  const { license: _license, ...minimal } = repositoryPayload(repo, urls);
  return minimal;
}

export function commitPayload(repo: RepositoryState, sha: string, urls: Urls): Schemas['commit'] {
  const commit = repo.git.commit(sha);
  const api = `${urls.api}/repos/${repo.fullName}`;
  const author = commit?.author ?? 'octocat';
  const gitUser = {
    name: author,
    email: `${author}@users.noreply.github.com`,
    date: commit?.date ?? minutesAfterBase(0),
  };
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: nodeId('C', sha),
    html_url: `${urls.web}/${repo.fullName}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: gitUser,
      committer: gitUser,
      message: commit?.message ?? '',
      comment_count: 0,
      tree: { sha: commit?.treeSha ?? '', url: `${api}/git/trees/${commit?.treeSha ?? ''}` },
    },
    author: simpleUser(author, urls),
    committer: simpleUser(author, urls),
    parents: (commit?.parents ?? []).map((parent) => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: `${urls.web}/${repo.fullName}/commit/${parent}`,
    })),
    files: [],
    stats: { additions: 0, deletions: 0, total: 0 },
  };
}
