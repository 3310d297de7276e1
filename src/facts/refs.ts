// Which commit a ref names. A tag is peeled through annotated tag objects: the commit under
// evaluation is the tag's commit, never GITHUB_SHA (on workflow_dispatch that is the
// dispatching branch's head).
import { GateError, type Repository } from '../engine/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';
import type { FactStore } from './store.js';

export interface ResolvedRef {
  /** refs/tags/… or refs/heads/… */
  fullRef: string;
  isTag: boolean;
  sha: string;
}

interface GitRefObject {
  object: { type: string; sha: string };
}

/**
 * The `object` of a ref or tag payload, checked: a commit the evaluation will judge must have
 * a real sha. Anything else is GitHub answering in a shape it does not document.
 */
function gitObject(data: unknown, what: string): { type: string; sha: string } {
  const object = (data as { object?: unknown } | null)?.object as
    { type?: unknown; sha?: unknown } | undefined;
  if (
    typeof object?.type !== 'string' ||
    typeof object.sha !== 'string' ||
    !/^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(object.sha)
  ) {
    throw new GateError(
      'API_ERROR',
      `GitHub answered ${what} without an object type and sha: ${JSON.stringify(data)?.slice(0, 200)}`,
    );
  }
  return { type: object.type, sha: object.sha };
}

/** Object of a git ref, or null when the ref does not exist. */
async function readGitRef(github: GitHub, repo: Repository, qualified: string): Promise<GitRefObject | null> {
  try {
    const { data } = await github.octokit.rest.git.getRef({ ...repo, ref: qualified });
    // A prefix match returns an array on some servers; only an exact ref counts.
    if (Array.isArray(data)) return null;
    return {
      object: gitObject(
        data,
        `ref '${qualified}' (GET /repos/${repo.owner}/${repo.repo}/git/ref/${qualified})`,
      ),
    };
  } catch (error) {
    if (error instanceof GateError) throw error;
    if ((error as { status?: number }).status === 404) return null;
    throw toGateError(error, `ref '${qualified}'`);
  }
}

/** Follows annotated tag objects to the commit (bounded: a tag of a tag of …). */
async function peel(
  github: GitHub,
  repo: Repository,
  object: { type: string; sha: string },
  name: string,
): Promise<string> {
  let current = object;
  for (let depth = 0; depth < 5; depth++) {
    if (current.type === 'commit') return current.sha;
    if (current.type !== 'tag')
      throw new GateError('TAG_NOT_COMMIT', `Tag '${name}' points at a ${current.type}, not a commit.`);
    try {
      const { data } = await github.octokit.rest.git.getTag({ ...repo, tag_sha: current.sha });
      current = gitObject(
        data,
        `the tag object of '${name}' (GET /repos/${repo.owner}/${repo.repo}/git/tags/${current.sha})`,
      );
    } catch (error) {
      if (error instanceof GateError) throw error;
      throw toGateError(error, `tag object of '${name}'`);
    }
  }
  throw new GateError('TAG_NOT_COMMIT', `Tag '${name}' is nested too deeply to peel.`);
}

/**
 * Resolves `ref` (short or full). A short name is looked up as a tag first, then as a
 * branch, as git does.
 */
/**
 * The head commit of a pull request: what its checks ran on and its reviews approve (the
 * runner's GITHUB_SHA on pull_request is a merge commit no check ever ran on).
 */
async function pullRequestHead(github: GitHub, repo: Repository, number: number): Promise<string> {
  try {
    const { data } = await github.octokit.rest.pulls.get({ ...repo, pull_number: number });
    return data.head.sha;
  } catch (error) {
    throw toGateError(error, `pull request #${number}`);
  }
}

export function resolveRef(facts: FactStore, repo: Repository, ref: string): Promise<ResolvedRef> {
  return facts.memo(`ref:${repo.owner}/${repo.repo}:${ref}`, async () => {
    const github = facts.github;
    const pull = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
    if (pull)
      return { fullRef: ref, isTag: false, sha: await pullRequestHead(github, repo, Number(pull[1])) };
    const candidates =
      ref.startsWith('refs/tags/') || ref.startsWith('refs/heads/')
        ? [ref]
        : [`refs/tags/${ref}`, `refs/heads/${ref}`];
    for (const full of candidates) {
      const found = await readGitRef(github, repo, full.slice('refs/'.length));
      if (!found) continue;
      const isTag = full.startsWith('refs/tags/');
      const name = full.replace(/^refs\/(tags|heads)\//, '');
      const sha = isTag ? await peel(github, repo, found.object, name) : found.object.sha;
      return { fullRef: full, isTag, sha };
    }
    throw new GateError(
      'REF_NOT_FOUND',
      `Ref '${ref}' does not exist in ${repo.owner}/${repo.repo} (looked for ${candidates.join(' and ')}).`,
    );
  });
}
