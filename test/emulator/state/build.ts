// Turns a scenario into the emulator's working state: defaults applied, ids assigned, every sha
// the scenario mentions known to the commit graph.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type {
  CommitSpec,
  CommitStatusSpec,
  FileContent,
  ReleaseSpec,
  Scenario,
  AnnotatedTagSpec,
} from '../scenario.js';
import { buildCheckRuns, buildRuns, buildWorkflows } from './actions.js';
import { buildIssues, buildMilestones, buildPulls } from './collaboration.js';
import { GitRepository, isFullSha, sha1Hex } from './git.js';
import {
  contentBytes,
  ID_BASE,
  IdSequence,
  isoAt,
  BASE_TIME,
  minutesAfterBase,
  nodeId,
  stableNumber,
} from './ids.js';
import type { CommitStatus, Release, RepositoryState, ScenarioState } from './model.js';

interface GitSpec {
  commits?: CommitSpec[];
  branches?: Record<string, string>;
  tags?: Record<string, string | AnnotatedTagSpec>;
  files?: Record<string, Record<string, FileContent>>;
}

export function buildState(scenario: Scenario): ScenarioState {
  const main = buildMainRepository(scenario);
  const repositories = new Map<string, RepositoryState>([[main.fullName.toLowerCase(), main]]);
  for (const [fullName, spec] of Object.entries(scenario.other_repositories ?? {})) {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`other_repositories: '${fullName}' is not 'owner/name'`);
    const defaultBranch = spec.default_branch ?? 'main';
    repositories.set(fullName.toLowerCase(), {
      ...emptyRepository(owner, name, spec.id, defaultBranch, spec.private ?? false),
      token: spec.token,
      git: buildGit(spec, fullName, defaultBranch, []),
    });
  }
  return {
    repository: main,
    repositories,
    uploads: new Map(),
    permissions: scenario.permissions ?? {},
    attestations: scenario.attestations ?? [],
    collaborators: new Map(
      Object.entries(scenario.collaborators ?? {}).map(([login, role]) => [login.toLowerCase(), role]),
    ),
  };
}

function buildMainRepository(scenario: Scenario): RepositoryState {
  const { owner, name } = scenario.repository;
  const fullName = `${owner}/${name}`;
  const defaultBranch = scenario.repository.default_branch ?? 'main';
  const runSpecs = scenario.runs ?? [];
  const pullSpecs = scenario.pulls ?? [];
  const mentionedShas = [
    ...runSpecs.map((run) => run.head_sha),
    ...Object.keys(scenario.check_runs ?? {}),
    ...Object.keys(scenario.statuses ?? {}),
    ...pullSpecs.flatMap((pull) => [pull.head_sha, pull.merge_commit_sha ?? '']),
    ...pullSpecs.flatMap((pull) => (pull.reviews ?? []).map((review) => review.commit_id ?? '')),
  ].filter(Boolean);
  const git = buildGit(scenario, fullName, defaultBranch, mentionedShas);

  const workflows = buildWorkflows(scenario.workflows ?? [], runSpecs);
  const runs = buildRuns(runSpecs, workflows, fullName);
  const milestones = buildMilestones(scenario.milestones ?? [], scenario.issues ?? []);
  return {
    ...emptyRepository(
      owner,
      name,
      scenario.repository.id,
      defaultBranch,
      scenario.repository.private ?? false,
    ),
    git,
    workflows,
    runs,
    checkRuns: buildCheckRuns(scenario.check_runs ?? {}, runs),
    statuses: buildStatuses(scenario.statuses ?? {}),
    releases: buildReleases(scenario.releases ?? []),
    milestones,
    issues: buildIssues(scenario.issues ?? [], milestones),
    pulls: buildPulls(pullSpecs, fullName),
    sbom: scenario.sbom ?? null,
  };
}

function emptyRepository(
  owner: string,
  name: string,
  id: number | undefined,
  defaultBranch: string,
  isPrivate: boolean,
): RepositoryState {
  const fullName = `${owner}/${name}`;
  const repositoryId = id ?? stableNumber(fullName);
  return {
    id: repositoryId,
    nodeId: nodeId('R', repositoryId),
    owner,
    name,
    fullName,
    defaultBranch,
    private: isPrivate,
    git: new GitRepository(),
    workflows: [],
    runs: [],
    checkRuns: [],
    statuses: [],
    releases: [],
    issues: [],
    comments: [],
    milestones: [],
    pulls: [],
    sbom: null,
  };
}

function buildGit(
  spec: GitSpec,
  fullName: string,
  defaultBranch: string,
  mentionedShas: string[],
): GitRepository {
  const git = new GitRepository();
  const commits = spec.commits ?? [];
  commits.forEach((commit, index) =>
    git.addCommit({
      sha: commit.sha,
      parents: commit.parents ?? [],
      message: commit.message ?? `Commit ${index + 1}`,
      date: commit.date ?? minutesAfterBase(index),
      author: commit.author ?? 'octocat',
    }),
  );
  const rootDate = isoAt(BASE_TIME);
  for (const [branch, sha] of Object.entries(spec.branches ?? {})) {
    git.ensureCommit(sha, rootDate);
    git.setBranch(branch, sha);
  }
  if (!git.branch(defaultBranch)) {
    const head = commits.at(-1)?.sha ?? sha1Hex(`${fullName}@${defaultBranch}`);
    git.ensureCommit(head, rootDate);
    git.setBranch(defaultBranch, head);
  }
  for (const [tag, target] of Object.entries(spec.tags ?? {})) {
    const annotated = typeof target === 'object' && target.annotated !== false;
    const commitSha = typeof target === 'string' ? target : target.sha;
    git.ensureCommit(commitSha, rootDate);
    git.setTag({
      name: tag,
      commitSha,
      annotated,
      tagSha: annotated
        ? (typeof target === 'object' && target.tag_sha) || sha1Hex(`tag ${tag} ${commitSha}`)
        : null,
      message: (typeof target === 'object' && target.message) || `Release ${tag}`,
    });
  }
  for (const sha of mentionedShas) git.ensureCommit(sha, rootDate);
  for (const [ref, files] of Object.entries(spec.files ?? {})) {
    git.setFiles(
      resolveFilesRef(git, ref, fullName, rootDate),
      new Map(Object.entries(files).map(([p, c]) => [p, contentBytes(c)])),
    );
  }
  return git;
}

/** A files key names a ref or a commit; any other name becomes a branch, so `files: {v3: …}` just works. */
function resolveFilesRef(git: GitRepository, ref: string, fullName: string, date: string): string {
  const resolved = git.resolve(ref);
  if (resolved) return resolved;
  if (isFullSha(ref)) {
    git.ensureCommit(ref, date);
    return ref;
  }
  const sha = sha1Hex(`${fullName}@${ref}`);
  git.ensureCommit(sha, date);
  git.setBranch(ref, sha);
  return sha;
}

function buildStatuses(specs: Record<string, CommitStatusSpec[]>): CommitStatus[] {
  const ids = new IdSequence(ID_BASE.status);
  return Object.entries(specs).flatMap(([sha, list]) =>
    list.map((spec, index) => {
      const id = ids.take();
      const createdAt = spec.created_at ?? spec.updated_at ?? minutesAfterBase(index);
      return {
        id,
        nodeId: nodeId('SC', id),
        sha,
        context: spec.context,
        state: spec.state,
        targetUrl: spec.target_url ?? null,
        description: spec.description ?? null,
        createdAt,
        updatedAt: spec.updated_at ?? createdAt,
      };
    }),
  );
}

function buildReleases(specs: readonly ReleaseSpec[]): Release[] {
  const releaseIds = new IdSequence(
    ID_BASE.release,
    specs.map((spec) => spec.id),
  );
  const assetIds = new IdSequence(
    ID_BASE.asset,
    specs.flatMap((spec) => (spec.assets ?? []).map((asset) => asset.id)),
  );
  return specs.map((spec, index) => {
    const id = spec.id ?? releaseIds.take();
    const createdAt = spec.created_at ?? minutesAfterBase(index * 60);
    return {
      id,
      nodeId: nodeId('RE', id),
      tag: spec.tag,
      name: spec.name ?? spec.tag,
      body: spec.body ?? '',
      draft: spec.draft ?? false,
      prerelease: spec.prerelease ?? false,
      targetCommitish: spec.target_commitish ?? 'main',
      createdAt,
      publishedAt: spec.draft ? null : (spec.published_at ?? createdAt),
      assets: (spec.assets ?? []).map((asset) => {
        const assetId = asset.id ?? assetIds.take();
        const content = contentBytes(asset.content);
        return {
          id: assetId,
          nodeId: nodeId('RA', assetId),
          name: asset.name,
          label: asset.label ?? null,
          contentType: asset.content_type ?? contentTypeFor(asset.name),
          content,
          digest:
            asset.digest !== undefined
              ? asset.digest
              : `sha256:${createHash('sha256').update(content).digest('hex')}`,
          createdAt,
        };
      }),
    };
  });
}

function contentTypeFor(fileName: string): string {
  if (/\.(tar\.gz|tgz)$/.test(fileName)) return 'application/gzip';
  const byExtension: Record<string, string> = {
    '.zip': 'application/zip',
    '.json': 'application/json',
    '.txt': 'text/plain',
    '.sha256': 'text/plain',
  };
  return byExtension[extname(fileName)] ?? 'application/octet-stream';
}
