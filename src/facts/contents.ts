// A file's bytes at a ref of some repository, through the contents API (no checkout needed).
import { GateError, type Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';

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
  const where = `'${path}' at ${ref ?? 'the default branch'} of ${repo.owner}/${repo.repo}`;
  // A directory is listed as an array; a symlink or submodule has its own type.
  const notAFile = new GateError('NOT_A_FILE', `${where} is not a file.`);
  if (Array.isArray(data)) throw notAFile;
  // A `content-file` in GitHub's schema.
  const file = Fields.of(
    data,
    `GET /repos/${repo.owner}/${repo.repo}/contents/${path}${ref ? `?ref=${ref}` : ''}`,
  );
  if (file.string('type') !== 'file') throw notAFile;
  const encoding = file.string('encoding');
  if (encoding === 'none') {
    // Files over 1 MB come back without content; a policy or version file never should be.
    throw new GateError('FILE_TOO_LARGE', `${where} is too large to read through the contents API.`);
  }
  if (encoding !== 'base64')
    throw file.refuse(`has encoding ${JSON.stringify(encoding)}, not base64`, 'encoding');
  return {
    path,
    ref: ref ?? '',
    text: Buffer.from(file.string('content'), 'base64').toString('utf8'),
    sha: file.string('sha'),
  };
}

/** Parses OWNER/REPO/PATH@REF (policy `extends`). */
export function parseRepoFileSpec(spec: string): { repo: Repository; path: string; ref: string } {
  const match = /^([^/\s]+)\/([^/\s]+)\/([^@\s]+)@([^@\s]+)$/.exec(spec);
  if (!match) throw new GateError('INVALID_PARAMS', `'${spec}' is not OWNER/REPO/PATH@REF.`);
  return { repo: { owner: match[1]!, repo: match[2]! }, path: match[3]!, ref: match[4]! };
}
