// Repository, refs, tags, commits, compare, contents and the SBOM.
import { githubError, notFound, ok, type RepoContext, type Route } from '../http.js';
import { gitBlobSha, type GitTag } from '../state/git.js';
import { minutesAfterBase, nodeId } from '../state/ids.js';
import { commitPayload, identityOf, repositoryPayload, type Schemas } from './common.js';
import { paginate } from './pagination.js';
import { repoRoute } from './repo-route.js';

export const gitRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}', 'metadata', (ctx) =>
    ok(repositoryPayload(identityOf(ctx.repo), ctx.urls)),
  ),
  repoRoute('GET', '/repos/{owner}/{repo}/git/ref/{ref}', 'contents', getRef),
  repoRoute('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', 'contents', listMatchingRefs),
  repoRoute('GET', '/repos/{owner}/{repo}/git/tags/{tag_sha}', 'contents', getTagObject),
  repoRoute('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', 'contents', getBlob),
  repoRoute('GET', '/repos/{owner}/{repo}/tags', 'contents', listTags),
  repoRoute('GET', '/repos/{owner}/{repo}/compare/{basehead}', 'contents', compare),
  repoRoute('GET', '/repos/{owner}/{repo}/contents', 'contents', getContents),
  repoRoute('GET', '/repos/{owner}/{repo}/contents/{path}', 'contents', getContents),
  repoRoute('GET', '/repos/{owner}/{repo}/dependency-graph/sbom', 'contents', (ctx) =>
    ctx.repo.sbom ? ok({ sbom: sbomDocument(ctx.repo) }) : notFound(),
  ),
];

/** Listed after the more specific /commits/{ref}/… routes, which its greedy {ref} would swallow. */
export const commitRoute: Route = repoRoute(
  'GET',
  '/repos/{owner}/{repo}/commits/{ref}',
  'contents',
  (ctx) => {
    const sha = ctx.repo.git.resolve(ctx.params.ref);
    if (!sha) return githubError(422, `No commit found for SHA: ${ctx.params.ref}`);
    return ok(commitPayload(ctx.repo, sha, ctx.urls));
  },
);

interface RefTarget {
  qualifiedName: string;
  type: 'commit' | 'tag';
  sha: string;
}

function refTargets(ctx: RepoContext): RefTarget[] {
  const branches = ctx.repo.git
    .branches()
    .map(([name, sha]): RefTarget => ({ qualifiedName: `refs/heads/${name}`, type: 'commit', sha }));
  const tags = ctx.repo.git.tags().map((tag): RefTarget => ({
    qualifiedName: `refs/tags/${tag.name}`,
    type: tag.annotated ? 'tag' : 'commit',
    sha: tag.tagSha ?? tag.commitSha,
  }));
  return [...branches, ...tags];
}

function refPayload(ctx: RepoContext, target: RefTarget): Schemas['git-ref'] {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  return {
    ref: target.qualifiedName,
    node_id: nodeId('REF', target.qualifiedName),
    url: `${api}/git/${target.qualifiedName}`,
    object: {
      type: target.type,
      sha: target.sha,
      url: `${api}/git/${target.type === 'tag' ? 'tags' : 'commits'}/${target.sha}`,
    },
  };
}

function getRef(ctx: RepoContext) {
  const target = refTargets(ctx).find((candidate) => candidate.qualifiedName === `refs/${ctx.params.ref}`);
  return target ? ok(refPayload(ctx, target)) : notFound();
}

function listMatchingRefs(ctx: RepoContext) {
  const prefix = `refs/${ctx.params.ref}`;
  const matching = refTargets(ctx)
    .filter((target) => target.qualifiedName.startsWith(prefix))
    .sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
  return ok(matching.map((target) => refPayload(ctx, target)));
}

function getTagObject(ctx: RepoContext) {
  const tag = ctx.repo.git.tagByObjectSha(ctx.params.tag_sha);
  return tag ? ok(tagObjectPayload(ctx, tag)) : notFound();
}

function tagObjectPayload(ctx: RepoContext, tag: GitTag): Schemas['git-tag'] {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const sha = tag.tagSha ?? tag.commitSha;
  return {
    node_id: nodeId('TAG', sha),
    tag: tag.name,
    sha,
    url: `${api}/git/tags/${sha}`,
    message: tag.message,
    tagger: { name: 'octocat', email: 'octocat@users.noreply.github.com', date: minutesAfterBase(0) },
    object: { type: 'commit', sha: tag.commitSha, url: `${api}/git/commits/${tag.commitSha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function getBlob(ctx: RepoContext) {
  const content = ctx.repo.git.blob(ctx.params.file_sha);
  if (!content) return notFound();
  const payload: Schemas['blob'] = {
    content: base64Lines(content),
    encoding: 'base64',
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/git/blobs/${ctx.params.file_sha}`,
    sha: ctx.params.file_sha,
    size: content.length,
    node_id: nodeId('B', ctx.params.file_sha),
  };
  return ok(payload);
}

/** Base64 wrapped at 60 characters, as GitHub sends file and blob content. */
function base64Lines(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
}

function listTags(ctx: RepoContext) {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const tags = ctx.repo.git
    .tags()
    .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }))
    .map((tag): Schemas['tag'] => ({
      name: tag.name,
      commit: { sha: tag.commitSha, url: `${api}/commits/${tag.commitSha}` },
      zipball_url: `${api}/zipball/refs/tags/${tag.name}`,
      tarball_url: `${api}/tarball/refs/tags/${tag.name}`,
      node_id: nodeId('REF', `refs/tags/${tag.name}`),
    }));
  const page = paginate(ctx, tags);
  return ok(page.items, page.headers);
}

function compare(ctx: RepoContext) {
  const [base, head] = ctx.params.basehead.split('...');
  const baseSha = base === undefined ? undefined : ctx.repo.git.resolve(base);
  const headSha = head === undefined ? undefined : ctx.repo.git.resolve(head);
  if (!baseSha || !headSha) return notFound();
  const comparison = ctx.repo.git.compare(baseSha, headSha);
  const html = `${ctx.urls.web}/${ctx.repo.fullName}/compare/${ctx.params.basehead}`;
  const payload: Schemas['commit-comparison'] = {
    url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/compare/${ctx.params.basehead}`,
    html_url: html,
    permalink_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: commitPayload(ctx.repo, baseSha, ctx.urls),
    merge_base_commit: commitPayload(ctx.repo, comparison.mergeBase ?? baseSha, ctx.urls),
    status: comparison.status,
    ahead_by: comparison.aheadBy,
    behind_by: comparison.behindBy,
    total_commits: comparison.aheadBy,
    // GitHub lists at most 250 commits in a comparison.
    commits: comparison.aheadCommits.slice(0, 250).map((sha) => commitPayload(ctx.repo, sha, ctx.urls)),
    files: [],
  };
  return ok(payload);
}

function getContents(ctx: RepoContext) {
  const ref = ctx.query.get('ref') ?? ctx.repo.defaultBranch;
  const sha = ctx.repo.git.resolve(ref);
  if (!sha) return githubError(404, `No commit found for the ref ${ref}`);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const content = ctx.repo.git.file(sha, path);
  if (content) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers.accept ?? '')) {
      return {
        status: 200,
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
        body: content,
      };
    }
    return ok(contentFilePayload(ctx, ref, path, content));
  }
  const entries = ctx.repo.git.directory(sha, path);
  if (!entries) return notFound();
  return ok(
    entries.map((entry): Schemas['content-directory'][number] => ({
      ...contentLinks(ctx, ref, entry.path, entry.sha, entry.type),
      type: entry.type,
      size: entry.size,
      name: entry.name,
      path: entry.path,
      sha: entry.sha,
    })),
  );
}

function contentFilePayload(
  ctx: RepoContext,
  ref: string,
  path: string,
  content: Buffer,
): Schemas['content-file'] {
  const sha = gitBlobSha(content);
  return {
    ...contentLinks(ctx, ref, path, sha, 'file'),
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: path.split('/').pop() ?? path,
    path,
    content: base64Lines(content),
    sha,
  };
}

function contentLinks(ctx: RepoContext, ref: string, path: string, sha: string, type: 'file' | 'dir') {
  const api = `${ctx.urls.api}/repos/${ctx.repo.fullName}`;
  const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${ctx.urls.web}/${ctx.repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  // Like html_url, the raw host is GitHub's own and not served here.
  const download =
    type === 'file' ? `https://raw.githubusercontent.com/${ctx.repo.fullName}/${ref}/${path}` : null;
  return { url: self, git_url: git, html_url: html, download_url: download, _links: { self, git, html } };
}

/**
 * The scenario's SPDX document with the fields GitHub's export always has (its name, licence,
 * namespace, creation info) where the scenario leaves them out; the scenario's own values win.
 */
function sbomDocument(repo: RepoContext['repo']): Record<string, unknown> {
  return {
    SPDXID: 'SPDXRef-DOCUMENT',
    spdxVersion: 'SPDX-2.3',
    creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: GitHub.com-Dependency-Graph'] },
    name: `com.github.${repo.fullName}`,
    dataLicense: 'CC0-1.0',
    documentNamespace: `https://spdx.org/spdxdocs/protobom/${repo.nodeId}`,
    packages: [],
    ...repo.sbom,
  };
}
