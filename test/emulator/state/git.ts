// A repository's git data: the commit graph, refs and file trees at commits. Enough of git for
// ref resolution, compare/reachability and contents, with real git blob ids so a client that
// checks a file's sha sees the value git would compute.
import { createHash } from 'node:crypto';

export interface GitCommit {
  sha: string;
  parents: string[];
  message: string;
  date: string;
  author: string;
  treeSha: string;
}

export interface GitTag {
  name: string;
  /** The commit the tag resolves to. */
  commitSha: string;
  annotated: boolean;
  /** The tag object's sha (annotated tags only). */
  tagSha: string | null;
  message: string;
}

export interface TreeEntry {
  type: 'file' | 'dir';
  name: string;
  path: string;
  sha: string;
  size: number;
}

export interface Comparison {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  aheadBy: number;
  behindBy: number;
  mergeBase: string | null;
  /** Commits reachable from head but not from base, oldest first. */
  aheadCommits: string[];
}

const HEX_SHA = /^[0-9a-f]{40}$/;
const SHORT_SHA = /^[0-9a-f]{4,39}$/;

export function isFullSha(value: string): boolean {
  return HEX_SHA.test(value);
}

/** The id git gives a blob with these bytes (`git hash-object`). */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export class GitRepository {
  private readonly commits = new Map<string, GitCommit>();
  private readonly branchHeads = new Map<string, string>();
  private readonly tagsByName = new Map<string, GitTag>();
  private readonly filesByCommit = new Map<string, Map<string, Buffer>>();

  addCommit(commit: Omit<GitCommit, 'treeSha'>): void {
    this.commits.set(commit.sha, { ...commit, treeSha: sha1Hex(`tree of ${commit.sha}`) });
  }

  /** Registers a sha seen elsewhere (a run's head, a branch) as a root commit unless it is known. */
  ensureCommit(sha: string, date: string): void {
    if (!this.commits.has(sha)) {
      this.addCommit({ sha, parents: [], message: `Commit ${sha.slice(0, 7)}`, date, author: 'octocat' });
    }
  }

  setBranch(name: string, sha: string): void {
    this.branchHeads.set(name, sha);
  }

  setTag(tag: GitTag): void {
    this.tagsByName.set(tag.name, tag);
  }

  /** Adds files at a commit; two refs naming one commit must agree on what it holds. */
  setFiles(sha: string, files: Map<string, Buffer>): void {
    const existing = this.filesByCommit.get(sha) ?? new Map<string, Buffer>();
    for (const [path, content] of files) {
      const normalized = normalizePath(path);
      const earlier = existing.get(normalized);
      if (earlier && !earlier.equals(content)) {
        throw new Error(`files: two entries give commit ${sha} different content for '${normalized}'`);
      }
      existing.set(normalized, content);
    }
    this.filesByCommit.set(sha, existing);
  }

  commit(sha: string): GitCommit | undefined {
    return this.commits.get(sha);
  }

  branches(): [name: string, sha: string][] {
    return [...this.branchHeads];
  }

  branch(name: string): string | undefined {
    return this.branchHeads.get(name);
  }

  tags(): GitTag[] {
    return [...this.tagsByName.values()];
  }

  tag(name: string): GitTag | undefined {
    return this.tagsByName.get(name);
  }

  tagByObjectSha(tagSha: string): GitTag | undefined {
    return this.tags().find((tag) => tag.tagSha === tagSha);
  }

  /**
   * The commit a ref names, the way GitHub's `{ref}` parameters accept it: a branch, a tag (peeled),
   * `refs/heads/…`, `refs/tags/…`, `heads/…`, `tags/…`, a full sha or a unique abbreviated one.
   */
  resolve(ref: string): string | undefined {
    const qualified = /^(?:refs\/)?(heads|tags)\/(.+)$/.exec(ref);
    if (qualified) {
      return qualified[1] === 'heads'
        ? this.branchHeads.get(qualified[2])
        : this.tagsByName.get(qualified[2])?.commitSha;
    }
    const named = this.branchHeads.get(ref) ?? this.tagsByName.get(ref)?.commitSha;
    if (named) return named;
    if (this.commits.has(ref)) return ref;
    if (SHORT_SHA.test(ref)) {
      const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  file(commitSha: string, path: string): Buffer | undefined {
    return this.filesByCommit.get(commitSha)?.get(normalizePath(path));
  }

  /** File bytes by their git blob id, from any commit. */
  blob(oid: string): Buffer | undefined {
    for (const files of this.filesByCommit.values()) {
      for (const content of files.values()) if (gitBlobSha(content) === oid) return content;
    }
    return undefined;
  }

  /** A directory's tree id: the commit's root tree, or one derived from the path. */
  treeSha(commitSha: string, path: string): string {
    const dir = normalizePath(path);
    return dir === ''
      ? (this.commits.get(commitSha)?.treeSha ?? sha1Hex(`tree of ${commitSha}`))
      : sha1Hex(`tree ${commitSha}:${dir}`);
  }

  /** The entries directly under a directory at a commit; undefined when no such directory exists. */
  directory(commitSha: string, path: string): TreeEntry[] | undefined {
    const files = this.filesByCommit.get(commitSha);
    const dir = normalizePath(path);
    if (!files) return dir === '' ? [] : undefined;
    const prefix = dir === '' ? '' : `${dir}/`;
    const entries = new Map<string, TreeEntry>();
    for (const [filePath, content] of files) {
      if (!filePath.startsWith(prefix)) continue;
      const rest = filePath.slice(prefix.length);
      const name = rest.split('/')[0];
      const childPath = prefix + name;
      if (rest.includes('/')) {
        entries.set(name, {
          type: 'dir',
          name,
          path: childPath,
          sha: this.treeSha(commitSha, childPath),
          size: 0,
        });
      } else {
        entries.set(name, {
          type: 'file',
          name,
          path: childPath,
          sha: gitBlobSha(content),
          size: content.length,
        });
      }
    }
    if (entries.size === 0 && dir !== '') return undefined;
    return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every commit reachable from `sha`, itself included, nearest first (breadth-first). */
  ancestry(sha: string): string[] {
    const order = [sha];
    const seen = new Set(order);
    // `order` doubles as the queue: it grows while being walked.
    for (let index = 0; index < order.length; index++) {
      for (const parent of this.commits.get(order[index])?.parents ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        order.push(parent);
      }
    }
    return order;
  }

  /** GitHub's compare of `base...head`: counts relative to their merge base. */
  compare(baseSha: string, headSha: string): Comparison {
    const fromHead = this.ancestry(headSha);
    const fromBase = this.ancestry(baseSha);
    const baseSet = new Set(fromBase);
    const headSet = new Set(fromHead);
    const aheadCommits = fromHead.filter((sha) => !baseSet.has(sha)).reverse();
    const behindBy = fromBase.filter((sha) => !headSet.has(sha)).length;
    const aheadBy = aheadCommits.length;
    const mergeBase = fromHead.find((sha) => baseSet.has(sha)) ?? null;
    const status =
      aheadBy === 0 && behindBy === 0
        ? 'identical'
        : behindBy === 0
          ? 'ahead'
          : aheadBy === 0
            ? 'behind'
            : 'diverged';
    return { status, aheadBy, behindBy, mergeBase, aheadCommits };
  }
}

function normalizePath(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}
