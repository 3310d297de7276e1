// The scenario format: one plain object (YAML or JSON on disk) that describes the GitHub state the
// emulator plays. Field names follow GitHub's REST payloads (snake_case) so a scenario reads like
// the API responses it produces. docs/testing.md documents every field with an example.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** File bytes: text as a string, anything else as base64. */
export type FileContent = string | { base64: string };

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type StepStatus = 'queued' | 'in_progress' | 'completed';
export type Conclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure';
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

export interface Scenario {
  repository: RepositorySpec;
  /** The commit graph, for compare and reachability. Shas used elsewhere but not listed here are root commits. */
  commits?: CommitSpec[];
  /** Branch name → commit sha. The default branch defaults to the newest listed commit. */
  branches?: Record<string, string>;
  /** Tag name → commit sha (lightweight) or an annotated tag. */
  tags?: Record<string, string | AnnotatedTagSpec>;
  /** Ref (branch, tag) or commit sha → path → content. */
  files?: Record<string, Record<string, FileContent>>;
  /** Workflows referenced by runs are declared automatically; list them to fix ids or names. */
  workflows?: WorkflowSpec[];
  runs?: RunSpec[];
  /** Commit sha → check runs on it, oldest first. */
  check_runs?: Record<string, CheckRunSpec[]>;
  /** Commit sha → commit statuses on it, oldest first. */
  statuses?: Record<string, CommitStatusSpec[]>;
  releases?: ReleaseSpec[];
  issues?: IssueSpec[];
  milestones?: MilestoneSpec[];
  pulls?: PullSpec[];
  /** The SPDX document the dependency-graph SBOM endpoint returns; absent = 404. */
  sbom?: Record<string, unknown>;
  /** Artifact attestations of this repository, served by the attestations API. */
  attestations?: AttestationSpec[];
  /** Other repositories readable through the API ('owner/name' → content). */
  other_repositories?: Record<string, OtherRepositorySpec>;
  /** What the token may do; a scope set to 'none' (or 'read' for writes) answers 403 like GitHub. */
  permissions?: Permissions;
  /**
   * People with access to the repository: login → role (`admin`, `maintain`, `write`,
   * `triage`, `read`) or a custom role on a base role. Anyone else has no role: `none` on a
   * private repository, `read` on a public one, as GitHub answers.
   */
  collaborators?: Record<string, CollaboratorRole>;
  /** The core rate limit the token starts with (default 5000 a window, none used). */
  rate_limit?: { limit?: number; remaining?: number };
  /** Latency added to every response. */
  latency_ms?: number;
  faults?: Fault[];
}

export interface RepositorySpec {
  owner: string;
  name: string;
  default_branch?: string;
  id?: number;
  private?: boolean;
}

export interface CommitSpec {
  sha: string;
  parents?: string[];
  message?: string;
  /** ISO time of the commit. */
  date?: string;
  author?: string;
}

export interface AnnotatedTagSpec {
  /** The commit the tag points at. */
  sha: string;
  annotated?: boolean;
  /** The tag object's own sha; derived from the tag name when absent. */
  tag_sha?: string;
  message?: string;
}

export interface WorkflowSpec {
  id?: number;
  /** '.github/workflows/ci.yml' */
  path: string;
  name?: string;
}

export interface RunSpec {
  id?: number;
  /** The workflow's file name ('ci.yml') or path. */
  workflow: string;
  name?: string;
  head_branch?: string | null;
  head_sha: string;
  event?: string;
  status?: RunStatus;
  conclusion?: Conclusion | null;
  /** Defaults to the highest job attempt. */
  run_attempt?: number;
  /** Defaults to the run's position in its workflow's history, oldest = 1. */
  run_number?: number;
  created_at?: string;
  updated_at?: string;
  /** 'owner/name' of the repository the run's code came from; another repository makes a fork run. */
  head_repository?: string;
  display_title?: string;
  actor?: string;
  jobs?: JobSpec[];
  artifacts?: ArtifactSpec[];
}

export interface JobSpec {
  name: string;
  status?: RunStatus;
  conclusion?: Conclusion | null;
  /** Which run attempt ran this job (default 1). Several entries with one name are its re-runs. */
  attempt?: number;
  started_at?: string;
  completed_at?: string;
  labels?: string[];
  steps?: StepSpec[];
}

export interface StepSpec {
  name: string;
  status?: StepStatus;
  conclusion?: Conclusion | null;
}

export interface ArtifactSpec {
  id?: number;
  name: string;
  /** Path inside the zip → content. Paths are written as given (even '../x'), to test extraction safety. */
  files: Record<string, FileContent>;
  expired?: boolean;
  /** Replaces the digest the API reports (default: sha256 of the zip); null = no digest, like old artifacts. */
  digest?: string | null;
  /** Replaces the size the API reports (default: the zip's size). */
  size_in_bytes?: number;
  created_at?: string;
}

export interface CheckRunSpec {
  id?: number;
  name: string;
  status?: RunStatus;
  conclusion?: Conclusion | null;
  /** Default 'github-actions'. */
  app_slug?: string;
  /** The workflow run that owns this check run (its check suite becomes the run's). */
  run_id?: number;
  started_at?: string;
  completed_at?: string;
  details_url?: string;
}

export interface CommitStatusSpec {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  target_url?: string;
  description?: string;
  created_at?: string;
  updated_at?: string;
}

export interface ReleaseSpec {
  id?: number;
  tag: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  target_commitish?: string;
  created_at?: string;
  published_at?: string;
  assets?: ReleaseAssetSpec[];
}

export interface ReleaseAssetSpec {
  id?: number;
  name: string;
  content: FileContent;
  /** Replaces the digest the API reports (default: sha256 of the content); null = no digest. */
  digest?: string | null;
  content_type?: string;
  label?: string;
}

export interface IssueSpec {
  number: number;
  title: string;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
  labels?: string[];
  /** Milestone title; an undeclared title declares the milestone. */
  milestone?: string;
  body?: string;
  /** This entry is a pull request as the issues API returns it. */
  pull_request?: boolean;
  html_url?: string;
  user?: string;
  created_at?: string;
  updated_at?: string;
  closed_at?: string;
}

export interface MilestoneSpec {
  number?: number;
  title: string;
  state?: 'open' | 'closed';
  description?: string;
  due_on?: string;
}

export interface PullSpec {
  number: number;
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
  head_sha: string;
  head_ref: string;
  base_ref?: string;
  /** 'owner/name' of the head repository (a fork); defaults to this repository. */
  head_repository?: string;
  merged?: boolean;
  merge_commit_sha?: string;
  user?: string;
  labels?: string[];
  created_at?: string;
  reviews?: ReviewSpec[];
}

export interface ReviewSpec {
  id?: number;
  user: string;
  author_association?: AuthorAssociation;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit reviewed; defaults to the pull request's head. */
  commit_id?: string;
  submitted_at?: string;
  body?: string;
}

export interface AttestationSpec {
  /** The file it attests, 'sha256:HEX' (the API looks attestations up by it). */
  subject_digest: string;
  /** The Sigstore bundle (serialized JSON), e.g. from test/sigstore/pki.ts. */
  bundle: Record<string, unknown>;
  /**
   * How the listing delivers it: `inline` (the bundle in the payload, the default), `url` (only
   * a `bundle_url` to the Snappy-compressed bundle in storage), `both`.
   */
  delivery?: 'inline' | 'url' | 'both';
}

export interface OtherRepositorySpec {
  id?: number;
  default_branch?: string;
  commits?: CommitSpec[];
  branches?: Record<string, string>;
  tags?: Record<string, string | AnnotatedTagSpec>;
  files?: Record<string, Record<string, FileContent>>;
  private?: boolean;
  /** When set, only requests with this token can see the repository (others get 404, as GitHub answers). */
  token?: string;
}

export type BaseRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export type CollaboratorRole = BaseRole | { role_name: string; base: BaseRole };

/** GitHub's token permission scopes, as the action's permission errors name them. */
export type PermissionScope =
  'actions' | 'attestations' | 'checks' | 'contents' | 'issues' | 'metadata' | 'pull-requests' | 'statuses';
export type PermissionLevel = 'none' | 'read' | 'write';
export type Permissions = Partial<Record<PermissionScope, PermissionLevel>>;

export type FaultKind =
  'status' | 'reset' | 'truncate' | 'malformed_json' | 'stall' | 'wrong_digest' | 'truncated_zip';

export interface Fault {
  /**
   * Which requests: 'METHOD PATH' or 'PATH' (any method), compared with the route pattern
   * ('GET /repos/{owner}/{repo}/actions/runs/{run_id}') and with the concrete path. '*' matches any
   * run of characters, so 'GET /repos/*' or '/_blobs/*' select families.
   */
  route: string;
  kind: FaultKind;
  /** For 'status': the status code (default 500). */
  status?: number;
  /** Seconds, sent as retry-after (and, with primaryRateLimit, as the reset time). */
  retryAfter?: number;
  /** For 'status': 403 with GitHub's secondary-rate-limit message and a retry-after header. */
  secondaryRateLimit?: boolean;
  /** For 'status': 403 with GitHub's primary-rate-limit message and x-ratelimit-remaining: 0. */
  primaryRateLimit?: boolean;
  /** How many matching requests it affects; default every one. */
  times?: number;
  /** Wait this long first. For 'stall' it is the stall itself: the normal response follows it. */
  delayMs?: number;
}

/** Reads a scenario from a .yml/.yaml or .json file. */
export function loadScenario(file: string): Scenario {
  const text = readFileSync(file, 'utf8');
  const extension = extname(file).toLowerCase();
  const data: unknown = extension === '.json' ? JSON.parse(text) : parseYaml(text);
  if (typeof data !== 'object' || data === null || !('repository' in data)) {
    throw new Error(`${file}: a scenario is an object with at least a 'repository' entry`);
  }
  return data as Scenario;
}
