// Which commit a ref names. A tag is peeled through annotated tag objects: the commit under
// evaluation is the tag's commit, never GITHUB_SHA (on workflow_dispatch that is the
// dispatching branch's head).
//
// One GraphQL request resolves a ref: `ref(qualifiedName:)` with its target peeled through up to
// PEEL_DEPTH tag objects in the same query, and for a short name both candidates (the tag and
// the branch) at once. REST needs a request for the ref and one more per annotated tag object,
// strictly one after the other.
import { GateError, type Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';
import { graphqlGateError } from '../github/graphql-errors.js';
import { Fields, malformedAnswer, preview } from './shape.js';
import type { FactStore } from './store.js';

export interface ResolvedRef {
  /** refs/tags/… or refs/heads/… */
  fullRef: string;
  isTag: boolean;
  sha: string;
}

/** Annotated tag objects followed to the commit (a tag of a tag of …), all in the one query. */
export const PEEL_DEPTH = 5;

/** `__typename oid` of a git object, and for a tag object its target, `depth` levels down. */
function targetSelection(depth: number): string {
  return depth === 0
    ? '__typename oid'
    : `__typename oid ... on Tag { target { ${targetSelection(depth - 1)} } }`;
}

/**
 * Variables: `owner`, `name`, `ref0` (a fully qualified ref), `ref1` and `both` (whether to look
 * up `ref1` too). A ref that does not exist is null, without an error.
 */
export const RESOLVE_REF_QUERY = `query ResolveRef($owner: String!, $name: String!, $ref0: String!, $ref1: String!, $both: Boolean!) {
  repository(owner: $owner, name: $name) {
    ref0: ref(qualifiedName: $ref0) { ...RefTarget }
    ref1: ref(qualifiedName: $ref1) @include(if: $both) { ...RefTarget }
  }
}
fragment RefTarget on Ref {
  name
  prefix
  target { ${targetSelection(PEEL_DEPTH)} }
}`;

const OBJECT_ID = /^([0-9a-f]{40}|[0-9a-f]{64})$/i;

interface GitObject {
  type: string;
  oid: string;
  /** The tag object's target, when it is one and the query went that deep. */
  target: unknown;
}

/**
 * A git object of the answer, checked: a commit the evaluation will judge must have a real
 * sha. Anything else is GitHub answering in a shape it does not document.
 */
function gitObject(data: unknown, what: string): GitObject {
  const object = data as { __typename?: unknown; oid?: unknown; target?: unknown } | null;
  if (
    typeof object !== 'object' ||
    object === null ||
    typeof object.__typename !== 'string' ||
    typeof object.oid !== 'string' ||
    !OBJECT_ID.test(object.oid)
  ) {
    throw new GateError(
      'API_ERROR',
      `GitHub answered ${what} without an object type and sha: ${preview(data, 200)}`,
    );
  }
  return { type: object.__typename, oid: object.oid.toLowerCase(), target: object.target };
}

/** The commit a tag names, through its annotated tag objects. */
function peelTag(target: unknown, name: string, what: string): string {
  let current = gitObject(target, what);
  for (let depth = 0; depth <= PEEL_DEPTH; depth++) {
    if (current.type === 'Commit') return current.oid;
    if (current.type !== 'Tag') {
      throw new GateError(
        'TAG_NOT_COMMIT',
        `Tag '${name}' points at a ${current.type.toLowerCase()}, not a commit: only a commit can be released.`,
        { tag: name, type: current.type.toLowerCase(), sha: current.oid },
      );
    }
    if (depth === PEEL_DEPTH) break;
    current = gitObject(current.target, `the tag object ${current.oid} of ${what}`);
  }
  throw new GateError(
    'TAG_NOT_COMMIT',
    `Tag '${name}' is nested too deeply to peel (more than ${PEEL_DEPTH} tag objects before a commit).`,
    { tag: name },
  );
}

type RefNode = { name?: unknown; prefix?: unknown; target?: unknown } | null | undefined;

/** The commit of one looked-up ref, or null when it does not exist. */
function commitOf(node: RefNode, qualified: string, repo: Repository): string | null {
  if (node === null || node === undefined) return null;
  const what = `ref '${qualified}' (graphql ResolveRef in ${repo.owner}/${repo.repo})`;
  if (typeof node !== 'object' || typeof node.name !== 'string' || typeof node.prefix !== 'string') {
    throw new GateError('API_ERROR', `GitHub answered ${what} without its name: ${preview(node, 200)}`);
  }
  // GitHub falls back to a short-name match when no ref has the qualified name: only an exact
  // ref counts.
  if (node.prefix + node.name !== qualified) return null;
  const name = node.name;
  if (qualified.startsWith('refs/tags/')) return peelTag(node.target, name, what);
  const object = gitObject(node.target, what);
  if (object.type !== 'Commit') {
    throw new GateError(
      'API_ERROR',
      `GitHub answered ${what} with a ${object.type} as the branch head, not a commit.`,
    );
  }
  return object.oid;
}

/** Looks up one or two fully qualified refs in one request: qualified name → commit, or null. */
async function lookupRefs(
  github: GitHub,
  repo: Repository,
  qualified: readonly string[],
  asked: string,
): Promise<(string | null)[]> {
  type Answer = { repository: Record<string, RefNode> | null };
  let answer: Answer;
  try {
    answer = await github.octokit.graphql<Answer>(RESOLVE_REF_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      ref0: qualified[0],
      ref1: qualified[1] ?? qualified[0],
      both: qualified.length > 1,
    });
  } catch (error) {
    throw graphqlGateError(error, repo, `ref '${asked}'`);
  }
  const repository = (answer as Answer | null | undefined)?.repository;
  if (repository === null) {
    throw new GateError(
      'NOT_FOUND',
      `Repository ${repo.owner}/${repo.repo} not found reading ref '${asked}', or the token cannot see it (\`contents: read\`).`,
      { permission: 'contents: read' },
    );
  }
  if (typeof repository !== 'object') {
    throw new GateError(
      'API_ERROR',
      `GitHub answered the query for ref '${asked}' (graphql ResolveRef) with something unexpected: ${preview(answer, 200)}`,
    );
  }
  return qualified.map((name, i) => commitOf(repository[`ref${i}`], name, repo));
}

/**
 * The head commit of a pull request: what its checks ran on and its reviews approve (the
 * runner's GITHUB_SHA on pull_request is a merge commit no check ever ran on).
 */
async function pullRequestHead(github: GitHub, repo: Repository, number: number): Promise<string> {
  let data: unknown;
  try {
    ({ data } = await github.octokit.rest.pulls.get({ ...repo, pull_number: number }));
  } catch (error) {
    throw toGateError(error, `pull request #${number}`);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}`;
  const sha = Fields.of(data, request).object('head').string('sha');
  if (!OBJECT_ID.test(sha))
    throw malformedAnswer(request, `has head.sha = ${preview(sha)}, not a commit sha`, 'head.sha');
  return sha.toLowerCase();
}

/**
 * Resolves `ref` (short or full). A short name is looked up as a tag first, then as a branch,
 * as git does: both in the one request. What a short name resolved to is also remembered under
 * its full name, so `ref_on_branch` reading `refs/tags/NAME` makes no request.
 */
export function resolveRef(facts: FactStore, repo: Repository, ref: string): Promise<ResolvedRef> {
  const key = (name: string) => `ref:${repo.owner}/${repo.repo}:${name}`;
  return facts.memo(key(ref), async () => {
    const github = facts.github;
    const pull = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
    if (pull)
      return { fullRef: ref, isTag: false, sha: await pullRequestHead(github, repo, Number(pull[1])) };
    const candidates =
      ref.startsWith('refs/tags/') || ref.startsWith('refs/heads/')
        ? [ref]
        : [`refs/tags/${ref}`, `refs/heads/${ref}`];
    const commits = await lookupRefs(github, repo, candidates, ref);
    const index = commits.findIndex((sha) => sha !== null);
    if (index < 0) {
      throw new GateError(
        'REF_NOT_FOUND',
        `Ref '${ref}' does not exist in ${repo.owner}/${repo.repo} (looked for ${candidates.join(' and ')}).`,
      );
    }
    const fullRef = candidates[index]!;
    const resolved = { fullRef, isTag: fullRef.startsWith('refs/tags/'), sha: commits[index]! };
    if (fullRef !== ref) void facts.memo(key(fullRef), async () => resolved);
    return resolved;
  });
}
