// A file's bytes at a ref of some repository, through the contents API (no checkout needed).
import { GateError, type Repository } from '../engine/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';

export interface RepoFile {
  path: string;
  ref: string;
  text: string;
  /** Git blob sha, as the API reports it. */
  sha: string;
}

/** Reads a file; `null` when it does not exist at that ref. */
export async function readRepoFile(
  github: GitHub,
  repo: Repository,
  path: string,
  ref: string | undefined,
): Promise<RepoFile | null> {
  let data: unknown;
  try {
    ({ data } = await github.octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) }));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw toGateError(error, `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo}`);
  }
  const file = data as { type?: string; encoding?: string; content?: string; sha?: string };
  if (Array.isArray(data) || file.type !== 'file') {
    throw new GateError(
      'NOT_A_FILE',
      `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo} is not a file.`,
    );
  }
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    // Files over 1 MB come back without content; a policy or version file never should be.
    throw new GateError(
      'FILE_TOO_LARGE',
      `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo} is too large to read through the contents API.`,
    );
  }
  return {
    path,
    ref: ref ?? '',
    text: Buffer.from(file.content, 'base64').toString('utf8'),
    sha: file.sha ?? '',
  };
}

/** Parses OWNER/REPO/PATH@REF (policy `extends`). */
export function parseRepoFileSpec(spec: string): { repo: Repository; path: string; ref: string } {
  const match = /^([^/\s]+)\/([^/\s]+)\/([^@\s]+)@([^@\s]+)$/.exec(spec);
  if (!match) throw new GateError('INVALID_PARAMS', `'${spec}' is not OWNER/REPO/PATH@REF.`);
  return { repo: { owner: match[1]!, repo: match[2]! }, path: match[3]!, ref: match[4]! };
}
