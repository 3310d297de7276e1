// The emulator's working model: a scenario with defaults applied, ids assigned and references
// resolved. Handlers read it to build GitHub's payloads; write endpoints (issues, comments, the
// artifact upload service) change it, and tests can inspect those changes through `state`.
import type {
  AttestationSpec,
  AuthorAssociation,
  CollaboratorRole,
  Conclusion,
  Permissions,
  RunStatus,
  StepStatus,
} from '../scenario.js';
import type { GitRepository } from './git.js';

export interface ScenarioState {
  /** The repository the scenario is about. */
  repository: RepositoryState;
  /** Every repository the emulator serves, by lower-case 'owner/name' (the main one included). */
  repositories: Map<string, RepositoryState>;
  /** Artifacts uploaded through the results service: name → the uploaded zip bytes. */
  uploads: Map<string, Buffer>;
  permissions: Permissions;
  /** The main repository's artifact attestations, in the order the scenario lists them. */
  attestations: AttestationSpec[];
  /** login (lower case) → role on the main repository. */
  collaborators: Map<string, CollaboratorRole>;
}

export interface RepositoryState {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** Only this token may see the repository, when set. */
  token?: string;
  git: GitRepository;
  workflows: Workflow[];
  /** Newest first (created_at, then id). */
  runs: WorkflowRun[];
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
  releases: Release[];
  issues: Issue[];
  comments: IssueComment[];
  milestones: Milestone[];
  pulls: PullRequest[];
  sbom: Record<string, unknown> | null;
}

export interface Workflow {
  id: number;
  nodeId: string;
  path: string;
  name: string;
}

export interface WorkflowRun {
  id: number;
  nodeId: string;
  workflow: Workflow;
  name: string;
  displayTitle: string;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: RunStatus;
  conclusion: Conclusion | null;
  runAttempt: number;
  runNumber: number;
  createdAt: string;
  updatedAt: string;
  /** 'owner/name' the code came from; differs from the repository for a fork run. */
  headRepository: string;
  actor: string;
  checkSuiteId: number;
  checkSuiteNodeId: string;
  /** Every attempt of every job. */
  jobs: Job[];
  artifacts: Artifact[];
}

export interface Job {
  id: number;
  nodeId: string;
  runId: number;
  name: string;
  status: RunStatus;
  conclusion: Conclusion | null;
  attempt: number;
  startedAt: string;
  completedAt: string | null;
  labels: string[];
  steps: Step[];
}

export interface Step {
  number: number;
  name: string;
  status: StepStatus;
  conclusion: Conclusion | null;
  startedAt: string;
  completedAt: string | null;
}

export interface Artifact {
  id: number;
  nodeId: string;
  runId: number;
  name: string;
  files: Map<string, Buffer>;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
  /** The zip as served, built on first use. */
  archive(): Buffer;
  /** What the API reports: `sha256:<hex of the zip>` unless the scenario overrides it. */
  digest(): string | null;
  sizeInBytes(): number;
}

export interface CheckRun {
  id: number;
  nodeId: string;
  headSha: string;
  name: string;
  status: RunStatus;
  conclusion: Conclusion | null;
  appSlug: string;
  /** The owning workflow run's check suite, or a suite of its own. */
  checkSuiteId: number;
  runId: number | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
}

export interface CommitStatus {
  id: number;
  nodeId: string;
  sha: string;
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  targetUrl: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Release {
  id: number;
  nodeId: string;
  tag: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  targetCommitish: string;
  createdAt: string;
  publishedAt: string | null;
  assets: ReleaseAsset[];
}

export interface ReleaseAsset {
  id: number;
  nodeId: string;
  name: string;
  label: string | null;
  contentType: string;
  content: Buffer;
  digest: string | null;
  createdAt: string;
}

export interface Issue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  milestone: Milestone | null;
  /** Set when this entry is a pull request as the issues API shows it. */
  isPullRequest: boolean;
  htmlUrl: string | null;
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IssueComment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface Milestone {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  description: string | null;
  dueOn: string | null;
  createdAt: string;
}

export interface PullRequest {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  headSha: string;
  headRef: string;
  baseRef: string;
  headRepository: string;
  merged: boolean;
  mergeCommitSha: string | null;
  user: string;
  labels: string[];
  createdAt: string;
  reviews: Review[];
}

export interface Review {
  id: number;
  nodeId: string;
  user: string;
  authorAssociation: AuthorAssociation;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt: string;
  body: string;
}

/** The latest attempt of each job name, in first-seen order: what GitHub calls `filter=latest`. */
export function latestAttempts(jobs: readonly Job[], upToAttempt = Number.POSITIVE_INFINITY): Job[] {
  const latest = new Map<string, Job>();
  for (const job of jobs) {
    if (job.attempt > upToAttempt) continue;
    const seen = latest.get(job.name);
    if (!seen || job.attempt > seen.attempt) latest.set(job.name, job);
  }
  return [...latest.values()];
}
