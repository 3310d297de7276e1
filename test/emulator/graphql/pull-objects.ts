// GraphQL objects for pull requests and their reviews.
import type { PullRequest, RepositoryState, Review } from '../state/model.js';
import { connection, type ConnectionArgs } from './connection.js';
import { actorObject, commitObject, repositoryObject, type GraphqlContext } from './git-objects.js';

type GraphqlObject = Record<string, unknown>;

const OPINIONATED_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * Each reviewer's latest review that took a position (approved, requested changes, or was dismissed),
 * the way GitHub's `latestOpinionatedReviews` reports them: a later comment-only review changes nothing.
 */
function latestOpinionated(reviews: readonly Review[], writersOnly: boolean): Review[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (!OPINIONATED_STATES.has(review.state)) continue;
    if (writersOnly && !WRITERS.has(review.authorAssociation)) continue;
    latest.set(review.user, review);
  }
  return [...latest.values()];
}

/** Each reviewer's latest submitted review of any kind (`latestReviews`). */
function latestPerReviewer(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) if (review.state !== 'PENDING') latest.set(review.user, review);
  return [...latest.values()];
}

function reviewDecision(reviews: readonly Review[]): string {
  const states = new Set(latestOpinionated(reviews, true).map((review) => review.state));
  if (states.has('CHANGES_REQUESTED')) return 'CHANGES_REQUESTED';
  return states.has('APPROVED') ? 'APPROVED' : 'REVIEW_REQUIRED';
}

export function pullRequestObject(
  context: GraphqlContext,
  repo: RepositoryState,
  pull: PullRequest,
): GraphqlObject {
  const url = `${context.urls.web}/${repo.fullName}/pull/${pull.number}`;
  const pullObject: GraphqlObject = {
    __typename: 'PullRequest',
    id: pull.nodeId,
    databaseId: pull.id,
    fullDatabaseId: String(pull.id),
    number: pull.number,
    title: pull.title,
    body: pull.body ?? '',
    state: pull.merged ? 'MERGED' : pull.state.toUpperCase(),
    closed: pull.state === 'closed',
    merged: pull.merged,
    isDraft: pull.draft,
    createdAt: pull.createdAt,
    updatedAt: pull.createdAt,
    url,
    permalink: url,
    resourcePath: `/${repo.fullName}/pull/${pull.number}`,
    author: actorObject(pull.user, context.urls),
    authorAssociation: 'MEMBER',
    headRefName: pull.headRef,
    headRefOid: pull.headSha,
    baseRefName: pull.baseRef,
    baseRefOid: repo.git.resolve(pull.baseRef) ?? pull.headSha,
    isCrossRepository: pull.headRepository.toLowerCase() !== repo.fullName.toLowerCase(),
    mergeCommit: () => (pull.mergeCommitSha ? commitObject(context, repo, pull.mergeCommitSha) : null),
    repository: () => repositoryObject(context, repo),
    reviewDecision: reviewDecision(pull.reviews),
    reviews: (args: ConnectionArgs & { states?: string[]; author?: string }) =>
      connection(
        pull.reviews
          .filter((review) => review.state !== 'PENDING')
          .filter((review) => !args.states || args.states.includes(review.state))
          .filter((review) => !args.author || review.user === args.author)
          .map((review) => reviewObject(context, repo, pullObject, review)),
        args,
        'reviews',
      ),
    latestOpinionatedReviews: (args: ConnectionArgs & { writersOnly?: boolean }) =>
      connection(
        latestOpinionated(pull.reviews, args.writersOnly ?? false).map((review) =>
          reviewObject(context, repo, pullObject, review),
        ),
        args,
        'latestOpinionatedReviews',
      ),
    latestReviews: (args: ConnectionArgs) =>
      connection(
        latestPerReviewer(pull.reviews).map((review) => reviewObject(context, repo, pullObject, review)),
        args,
        'latestReviews',
      ),
    // The emulator knows a pull request's head only, so it has one commit.
    commits: (args: ConnectionArgs) =>
      connection(
        [
          {
            __typename: 'PullRequestCommit',
            id: `PURC_${pull.nodeId}`,
            url: `${url}/commits/${pull.headSha}`,
            resourcePath: `/${repo.fullName}/pull/${pull.number}/commits/${pull.headSha}`,
            commit: () => commitObject(context, repo, pull.headSha),
            pullRequest: pullObject,
          },
        ],
        args,
        'commits',
      ),
    labels: (args: ConnectionArgs) =>
      connection(
        pull.labels.map((name) => ({ __typename: 'Label', id: `LA_${name}`, name, color: 'ededed' })),
        args,
        'labels',
      ),
  };
  return pullObject;
}

function reviewObject(
  context: GraphqlContext,
  repo: RepositoryState,
  pull: GraphqlObject,
  review: Review,
): GraphqlObject {
  return {
    __typename: 'PullRequestReview',
    id: review.nodeId,
    databaseId: review.id,
    fullDatabaseId: String(review.id),
    author: actorObject(review.user, context.urls),
    authorAssociation: review.authorAssociation,
    state: review.state,
    body: review.body,
    submittedAt: review.submittedAt,
    createdAt: review.submittedAt,
    publishedAt: review.submittedAt,
    updatedAt: review.submittedAt,
    url: `${context.urls.web}/${repo.fullName}/pull/${String(pull.number)}#pullrequestreview-${review.id}`,
    commit: () => (repo.git.commit(review.commitId) ? commitObject(context, repo, review.commitId) : null),
    pullRequest: pull,
    repository: () => repositoryObject(context, repo),
  };
}
