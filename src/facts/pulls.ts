// Pull requests for the approval gate: one pull request with its reviews in a single GraphQL
// request (REST would need the pull request and then its reviews: two), and the pull requests
// associated with a commit (REST, one request, for a gate without the event's pull request).
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { graphqlGateError } from '../github/graphql-errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

/** A review as GitHub reports it; `state` in GraphQL's spelling (APPROVED, CHANGES_REQUESTED, ...). */
export interface ReviewFact {
  /** Login of the reviewer; null for a deleted account (shown by GitHub as "ghost"). */
  author: string | null;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE. */
  association: string;
  state: string;
  /** The commit the review was submitted on; null when GitHub no longer knows it (force-pushed away). */
  commitId: string | null;
  submittedAt: string | null;
  url?: string;
}

export interface PullRequestFact {
  number: number;
  url: string;
  /** OPEN, CLOSED or MERGED. */
  state: string;
  draft: boolean;
  /** The pull request's current head commit. */
  headSha: string;
  /** Login of the author; null for a deleted account. */
  author: string | null;
  /**
   * The reviews that take a position (APPROVED, CHANGES_REQUESTED, DISMISSED), in submission
   * order, every page read. Comment-only reviews never decide anything, so they are not read:
   * on a busy pull request they are most of the reviews (each reply to a thread is one).
   */
  reviews: ReviewFact[];
}

/** A pull request associated with a commit (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`). */
export interface AssociatedPull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  headSha: string;
  mergeCommitSha: string | null;
  url: string;
}

/** GitHub answers at most 100 nodes per connection page. */
export const REVIEWS_PAGE_SIZE = 100;

/** Reviews beyond this are not read: no sign-off needs 50 pages of position-taking reviews. */
const MAX_REVIEW_PAGES = 50;

export const PULL_REQUEST_REVIEWS_QUERY = `query PullRequestReviews($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number
      url
      state
      isDraft
      headRefOid
      author { login }
      reviews(first: ${REVIEWS_PAGE_SIZE}, after: $after, states: [APPROVED, CHANGES_REQUESTED, DISMISSED]) {
        pageInfo { hasNextPage endCursor }
        nodes {
          author { login }
          authorAssociation
          state
          submittedAt
          url
          commit { oid }
        }
      }
    }
  }
}`;

/**
 * The pull request with every position-taking review, or null when the repository has no pull
 * request of that number. Usually one request; one more per 100 such reviews.
 */
export function pullRequestWithReviews(
  facts: FactStore,
  repo: Repository,
  number: number,
): Promise<PullRequestFact | null> {
  const key = `pull-reviews:${repo.owner}/${repo.repo}#${number}`;
  return facts.memo(key, async () => {
    const github = facts.github;
    let pull: PullRequestFact | null = null;
    let after: string | null = null;
    for (let page = 1; ; page++) {
      const data = await queryReviews(github.octokit.graphql, repo, number, after);
      const request = `POST /graphql (PullRequestReviews, #${number})`;
      const repository = Fields.of(data, request, 'data').objectOrNull('repository');
      if (!repository) {
        throw new GateError(
          'NOT_FOUND',
          `Repository ${repo.owner}/${repo.repo} not found reading pull request #${number}. Check the name, or that the token can see it (\`pull-requests: read\`).`,
          { permission: 'pull-requests: read' },
        );
      }
      const raw = repository.objectOrNull('pullRequest');
      if (!raw) return null;
      // Nullable in GitHub's schema, but a pull request always has its (possibly empty) reviews.
      const reviews = raw.object('reviews');
      const nodes = reviews.list('nodes');
      // The first page fixes the head: a push while later pages are read makes reviews of the
      // new head look stale, which fails closed.
      pull ??= {
        number: raw.integer('number'),
        url: raw.string('url'),
        state: raw.string('state'),
        draft: raw.boolean('isDraft'),
        headSha: raw.string('headRefOid'),
        author: loginOf(raw),
        reviews: [],
      };
      for (const [i, node] of nodes.entries()) {
        const review = Fields.of(node, request, `${reviews.path}.nodes[${i}]`);
        const url = review.string('url');
        pull.reviews.push({
          author: loginOf(review),
          association: review.string('authorAssociation'),
          state: review.string('state'),
          commitId: review.objectOrNull('commit')?.string('oid') ?? null,
          submittedAt: review.stringOrNull('submittedAt'),
          ...(url ? { url } : {}),
        });
      }
      const pageInfo = reviews.object('pageInfo');
      if (!pageInfo.boolean('hasNextPage')) return pull;
      // A next page must say where it starts: without a cursor the answer is damaged, not long.
      const endCursor = pageInfo.string('endCursor');
      if (page >= MAX_REVIEW_PAGES) {
        throw new GateError(
          'TOO_MANY_REVIEWS',
          `Pull request #${number} has more than ${MAX_REVIEW_PAGES * REVIEWS_PAGE_SIZE} approving, change-requesting or dismissed reviews; not all could be read.`,
          { number, read: pull.reviews.length },
        );
      }
      after = endCursor;
    }
  });
}

/** The login of a pull request's or review's author; null for a deleted account (GitHub's `author: null`). */
function loginOf(node: Fields): string | null {
  return node.objectOrNull('author')?.string('login') ?? null;
}

type GraphqlCall = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

async function queryReviews(
  graphql: GraphqlCall,
  repo: Repository,
  number: number,
  after: string | null,
): Promise<unknown> {
  try {
    // GraphQL's `data`, checked field by field where it is read.
    return await graphql<unknown>(PULL_REQUEST_REVIEWS_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      number,
      after,
    });
  } catch (error) {
    const errors = (error as { errors?: { type?: string; path?: unknown[]; message?: string }[] }).errors;
    const data = (error as { data?: { repository?: unknown } | null }).data;
    // "Could not resolve to a PullRequest with the number of N": the one error that is an answer.
    if (
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every(
        (e) => e.type === 'NOT_FOUND' && Array.isArray(e.path) && e.path.includes('pullRequest'),
      ) &&
      data?.repository
    ) {
      return { repository: { pullRequest: null } };
    }
    throw graphqlGateError(
      error,
      repo,
      `pull request #${number} of ${repo.owner}/${repo.repo} and its reviews`,
      'pull-requests: read',
    );
  }
}

/** The pull requests GitHub associates with a commit: open ones containing it, and the one that merged it. */
export function pullsForCommit(facts: FactStore, repo: Repository, sha: string): Promise<AssociatedPull[]> {
  const key = `commit-pulls:${repo.owner}/${repo.repo}:${sha}`;
  return facts.memo(key, async () => {
    const octokit = facts.github.octokit;
    let raw: unknown;
    try {
      raw = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...repo,
        commit_sha: sha,
        per_page: 100,
      });
    } catch (error) {
      throw toGateError(
        error,
        `the pull requests of commit ${sha.slice(0, 7)} in ${repo.owner}/${repo.repo}`,
      );
    }
    // Each a `pull-request-simple` in GitHub's schema.
    const request = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`;
    return Fields.each(raw, request, '').map((pull) => ({
      number: pull.integer('number'),
      state: pull.string('state') === 'open' ? 'open' : 'closed',
      merged: Boolean(pull.stringOrNull('merged_at')),
      draft: pull.optionalBoolean('draft') === true,
      headSha: pull.object('head').string('sha'),
      mergeCommitSha: pull.stringOrNull('merge_commit_sha'),
      url: pull.string('html_url'),
    }));
  });
}
