// Issues, milestones, pull requests and reviews, built from a scenario.
import type { IssueSpec, MilestoneSpec, PullSpec } from '../scenario.js';
import { addMinutes, ID_BASE, IdSequence, minutesAfterBase, nodeId } from './ids.js';
import type { Issue, Milestone, PullRequest } from './model.js';

/** Declared milestones, plus one for each title an issue names without declaring it. */
export function buildMilestones(specs: readonly MilestoneSpec[], issues: readonly IssueSpec[]): Milestone[] {
  const numbers = new IdSequence(
    1,
    specs.map((spec) => spec.number),
  );
  const milestones = specs.map((spec) => makeMilestone(spec, spec.number ?? numbers.take()));
  for (const issue of issues) {
    if (issue.milestone && !milestones.some((milestone) => milestone.title === issue.milestone)) {
      milestones.push(makeMilestone({ title: issue.milestone }, numbers.take()));
    }
  }
  return milestones;
}

function makeMilestone(spec: MilestoneSpec, number: number): Milestone {
  const id = ID_BASE.milestone + number;
  return {
    id,
    nodeId: nodeId('MI', id),
    number,
    title: spec.title,
    state: spec.state ?? 'open',
    description: spec.description ?? null,
    dueOn: spec.due_on ?? null,
    createdAt: minutesAfterBase(number),
  };
}

export function buildIssues(specs: readonly IssueSpec[], milestones: readonly Milestone[]): Issue[] {
  return specs.map((spec) => {
    const id = ID_BASE.issue + spec.number;
    const createdAt = spec.created_at ?? minutesAfterBase(spec.number * 60);
    const state = spec.state ?? 'open';
    return {
      id,
      nodeId: nodeId('I', id),
      number: spec.number,
      title: spec.title,
      body: spec.body ?? null,
      state,
      stateReason: spec.state_reason ?? (state === 'closed' ? 'completed' : null),
      labels: spec.labels ?? [],
      milestone: milestones.find((milestone) => milestone.title === spec.milestone) ?? null,
      isPullRequest: spec.pull_request ?? false,
      htmlUrl: spec.html_url ?? null,
      user: spec.user ?? 'octocat',
      createdAt,
      updatedAt: spec.updated_at ?? createdAt,
      closedAt: spec.closed_at ?? (state === 'closed' ? addMinutes(createdAt, 60) : null),
    };
  });
}

export function buildPulls(specs: readonly PullSpec[], repositoryFullName: string): PullRequest[] {
  const reviewIds = new IdSequence(
    ID_BASE.review,
    specs.flatMap((spec) => (spec.reviews ?? []).map((review) => review.id)),
  );
  return specs.map((spec) => {
    const id = ID_BASE.pull + spec.number;
    const createdAt = spec.created_at ?? minutesAfterBase(spec.number * 60);
    const merged = spec.merged ?? false;
    return {
      id,
      nodeId: nodeId('PR', id),
      number: spec.number,
      title: spec.title ?? `Pull request #${spec.number}`,
      body: spec.body ?? null,
      state: spec.state ?? (merged ? 'closed' : 'open'),
      draft: spec.draft ?? false,
      headSha: spec.head_sha,
      headRef: spec.head_ref,
      baseRef: spec.base_ref ?? 'main',
      headRepository: spec.head_repository ?? repositoryFullName,
      merged,
      mergeCommitSha: spec.merge_commit_sha ?? null,
      user: spec.user ?? 'octocat',
      labels: spec.labels ?? [],
      createdAt,
      reviews: (spec.reviews ?? []).map((review, index) => {
        const reviewId = review.id ?? reviewIds.take();
        return {
          id: reviewId,
          nodeId: nodeId('PRR', reviewId),
          user: review.user,
          authorAssociation: review.author_association ?? 'MEMBER',
          state: review.state,
          commitId: review.commit_id ?? spec.head_sha,
          submittedAt: review.submitted_at ?? addMinutes(createdAt, 10 * (index + 1)),
          body: review.body ?? '',
        };
      }),
    };
  });
}
