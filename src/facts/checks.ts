// What CI reported on a commit: its check runs (GitHub Apps, Actions jobs included) and its
// commit statuses (the older API that external CI services still use).
//
// A commit collects several check runs with one name: a re-run, or the same job name in two
// workflows. Only the newest of each name counts, as on the pull request page. The check runs
// of the workflow run executing this evaluation are set apart first: they are this job and the
// jobs that wait on it, and a gate that waited on them would wait on itself.
import type { Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { conditionalGet, type RateLimitState, type RememberedAnswer } from '../github/conditional.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

/** Lifecycle of a check run, as the REST API reports it. */
export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface CheckRunFact {
  id: number;
  name: string;
  status: CheckRunStatus;
  /** Set once completed: success, failure, neutral, cancelled, skipped, timed_out, action_required, stale, … */
  conclusion: string | null;
  startedAt: string | null;
  /** The check run's page on GitHub. */
  url: string;
  /** Slug of the app that created it (`github-actions` for workflow jobs). */
  app: string | null;
  /**
   * The Actions workflow run this check run is a job of, or null for other apps. GitHub's
   * html_url of an Actions job is `…/actions/runs/{run_id}/job/{job_id}`; that is where it is
   * read, so no request per check suite is needed.
   */
  workflowRunId: number | null;
}

export type CommitStatusState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatusFact {
  context: string;
  state: CommitStatusState;
  description: string | null;
  url: string | null;
  updatedAt: string | null;
}

export interface CommitChecks {
  sha: string;
  /** Newest check run per name, this workflow run's own excluded. */
  checkRuns: CheckRunFact[];
  /** Newest status per context; empty when statuses were not read. */
  statuses: CommitStatusFact[];
  statusesRead: boolean;
  /** Check runs of the workflow run executing this evaluation, set aside (newest per name). */
  ownRunCheckRuns: CheckRunFact[];
}

export interface ChecksOptions {
  /** GITHUB_RUN_ID of the run executing this evaluation; its check runs are set aside. */
  ownRunId: number | null;
  /** Read commit statuses too (needs `statuses: read`). */
  includeStatuses: boolean;
  /** Bypass the memo: a poll must see the current state, not the first answer. */
  fresh?: boolean;
}

/** Pages followed at most per list: 20 pages of 100 is far beyond any real commit. */
const MAX_PAGES = 20;

const ACTIONS_JOB_URL = /\/actions\/runs\/(\d+)\/job\/\d+(?:[/?#]|$)/;

export function checksOfCommit(
  facts: FactStore,
  repo: Repository,
  sha: string,
  options: ChecksOptions,
): Promise<CommitChecks> {
  const load = async (): Promise<CommitChecks> =>
    (await readChecks(facts.github, repo, sha, options, null)).checks;
  const key = checksKey(repo, sha, options);
  return options.fresh ? facts.reload(key, load) : facts.memo(key, load);
}

/**
 * One reading of a commit's checks while waiting on them. Given the previous reading, each
 * list is asked for with `If-None-Match` (see `conditionalGet`): while nothing changes GitHub
 * answers 304, which costs nothing against the rate limit, and the previous answer stands.
 * The reading also replaces the memoized checks of the commit, so every gate sees the newest.
 */
export function pollChecksOfCommit(
  facts: FactStore,
  repo: Repository,
  sha: string,
  options: ChecksOptions,
  previous: ChecksReading | null,
): Promise<ChecksReading> {
  const reading = facts.reload(`poll:${checksKey(repo, sha, options)}`, () =>
    readChecks(facts.github, repo, sha, options, previous),
  );
  void facts.reload(checksKey(repo, sha, options), async () => (await reading).checks).catch(() => {});
  return reading;
}

function checksKey(repo: Repository, sha: string, options: ChecksOptions): string {
  return `checks:${repo.owner}/${repo.repo}:${sha}:own=${options.ownRunId ?? ''}:statuses=${options.includeStatuses}`;
}

/** A reading of the checks, with what it cost and what GitHub said about the rate limit. */
export interface ChecksReading {
  checks: CommitChecks;
  /** Requests that counted against the rate limit (200s), and those that did not (304s). */
  counted: number;
  notModified: number;
  /** True when every list answered 304: nothing changed since the previous reading. */
  unchanged: boolean;
  /** The lowest `x-ratelimit-remaining` among the answers, with its reset time. */
  rateLimit: RateLimitState;
  /** Answers to ask again conditionally; a list of more than one page is read whole instead. */
  remembered: { checkRuns: RememberedAnswer | null; statuses: RememberedAnswer | null };
}

async function readChecks(
  github: GitHub,
  repo: Repository,
  sha: string,
  options: ChecksOptions,
  previous: ChecksReading | null,
): Promise<ChecksReading> {
  const [runs, statuses] = await Promise.all([
    readList(
      github,
      `GET /repos/{owner}/{repo}/commits/{ref}/check-runs`,
      { ...repo, ref: sha, filter: 'latest', per_page: 100 },
      `the check runs of ${sha.slice(0, 7)}`,
      previous?.remembered.checkRuns ?? null,
    ),
    options.includeStatuses
      ? readList(
          github,
          `GET /repos/{owner}/{repo}/commits/{ref}/status`,
          { ...repo, ref: sha, per_page: 100 },
          `the commit statuses of ${sha.slice(0, 7)}`,
          previous?.remembered.statuses ?? null,
        )
      : Promise.resolve(null),
  ]);
  const runsRequest = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/check-runs`;
  const allRuns = runs.pages
    .flatMap((page) => Fields.of(page, runsRequest).objects('check_runs'))
    .map(toCheckRunFact);
  const statusRequest = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/status`;
  const allStatuses = (statuses?.pages ?? []).flatMap((page) =>
    Fields.of(page, statusRequest).objects('statuses').map(toStatusFact),
  );
  const own = (run: CheckRunFact): boolean =>
    options.ownRunId !== null && run.workflowRunId === options.ownRunId;
  const lists = statuses ? [runs, statuses] : [runs];
  return {
    checks: {
      sha,
      checkRuns: newestPerName(allRuns.filter((run) => !own(run))),
      statuses: newestPerContext(allStatuses),
      statusesRead: options.includeStatuses,
      ownRunCheckRuns: newestPerName(allRuns.filter(own)),
    },
    counted: lists.reduce((sum, list) => sum + list.counted, 0),
    notModified: lists.reduce((sum, list) => sum + list.notModified, 0),
    unchanged: lists.every((list) => list.counted === 0),
    rateLimit: lowestRemaining(lists.map((list) => list.rateLimit)),
    remembered: { checkRuns: runs.remembered, statuses: statuses?.remembered ?? null },
  };
}

/** The newest check run of each name: latest start, then highest id (ids grow with time). */
export function newestPerName(runs: readonly CheckRunFact[]): CheckRunFact[] {
  const newest = new Map<string, CheckRunFact>();
  for (const run of runs) {
    const seen = newest.get(run.name);
    if (!seen || isNewer(run, seen)) newest.set(run.name, run);
  }
  return [...newest.values()];
}

function isNewer(a: CheckRunFact, b: CheckRunFact): boolean {
  const startA = a.startedAt ? Date.parse(a.startedAt) : Number.NEGATIVE_INFINITY;
  const startB = b.startedAt ? Date.parse(b.startedAt) : Number.NEGATIVE_INFINITY;
  // A queued re-run has no start time yet but is still the newer one: its id is higher.
  if (startA !== startB && Number.isFinite(startA) && Number.isFinite(startB)) return startA > startB;
  return a.id > b.id;
}

function newestPerContext(statuses: readonly CommitStatusFact[]): CommitStatusFact[] {
  const newest = new Map<string, CommitStatusFact>();
  for (const status of statuses) {
    const seen = newest.get(status.context);
    if (!seen || (status.updatedAt ?? '') > (seen.updatedAt ?? '')) newest.set(status.context, status);
  }
  return [...newest.values()];
}

/** The Actions run id in a job's URL, or null for anything else. */
export function workflowRunIdOf(url: string | null | undefined): number | null {
  const match = url ? ACTIONS_JOB_URL.exec(url) : null;
  return match ? Number(match[1]) : null;
}

/** A check run as the gates read it (a `check-run` in GitHub's schema). */
function toCheckRunFact(raw: Fields): CheckRunFact {
  const app = raw.objectOrNull('app')?.optionalString('slug') ?? null;
  const htmlUrl = raw.stringOrNull('html_url');
  const detailsUrl = raw.stringOrNull('details_url');
  // Only GitHub Actions' own URLs are trusted to name a run: another app chooses its
  // details_url freely and could otherwise have its check run ignored.
  const workflowRunId =
    app === 'github-actions' ? (workflowRunIdOf(htmlUrl) ?? workflowRunIdOf(detailsUrl)) : null;
  return {
    id: raw.integer('id'),
    name: raw.string('name'),
    status: raw.string('status') as CheckRunStatus,
    conclusion: raw.stringOrNull('conclusion'),
    startedAt: raw.stringOrNull('started_at'),
    url: htmlUrl ?? detailsUrl ?? '',
    app,
    workflowRunId,
  };
}

function toStatusFact(raw: Fields): CommitStatusFact {
  return {
    context: raw.string('context'),
    state: raw.string('state') as CommitStatusState,
    description: raw.stringOrNull('description'),
    url: raw.stringOrNull('target_url'),
    updatedAt: raw.string('updated_at'),
  };
}

interface ListReading {
  pages: unknown[];
  counted: number;
  notModified: number;
  rateLimit: RateLimitState;
  remembered: RememberedAnswer | null;
}

/**
 * Reads a list endpoint page by page, following the `Link: rel="next"` header as GitHub
 * says to (page numbers are not guaranteed to be stable). Octokit's own paginate cannot be
 * used for the combined status: its payload has a `url` key, which turns off the
 * normalisation that finds the list in the object. The first page is asked for
 * conditionally when a one-page answer is remembered: its 304 then stands for the whole list.
 */
async function readList(
  github: GitHub,
  route: string,
  params: Record<string, unknown>,
  what: string,
  remembered: RememberedAnswer | null,
): Promise<ListReading> {
  const pages: unknown[] = [];
  const limits: RateLimitState[] = [];
  try {
    let answer = await conditionalGet(github, route, params, remembered);
    if (answer.notModified)
      return { pages: [answer.data], counted: 0, notModified: 1, rateLimit: answer.rateLimit, remembered };
    const first = answer;
    for (;;) {
      pages.push(answer.data);
      limits.push(answer.rateLimit);
      const next = nextPageUrl(answer.link);
      if (!next) break;
      if (pages.length >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages of results`);
      answer = await conditionalGet(github, { method: 'GET', url: next }, {}, null);
    }
    return {
      pages,
      counted: pages.length,
      notModified: 0,
      rateLimit: lowestRemaining(limits),
      remembered: pages.length === 1 && first.etag ? { etag: first.etag, data: first.data } : null,
    };
  } catch (error) {
    throw toGateError(error, what);
  }
}

/** The most pressing of several rate-limit readings: the fewest remaining, the longest retry-after. */
function lowestRemaining(states: RateLimitState[]): RateLimitState {
  let lowest: RateLimitState = { remaining: null, resetAtMs: null, retryAfterMs: null };
  for (const state of states) {
    if (state.remaining !== null && (lowest.remaining === null || state.remaining < lowest.remaining))
      lowest = { ...lowest, remaining: state.remaining, resetAtMs: state.resetAtMs };
    if (state.retryAfterMs !== null && state.retryAfterMs > (lowest.retryAfterMs ?? -1))
      lowest = { ...lowest, retryAfterMs: state.retryAfterMs };
  }
  return lowest;
}

/** The `rel="next"` target of a Link header. */
export function nextPageUrl(link: string | undefined): string | null {
  if (!link) return null;
  for (const match of link.matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
    if (match[2]!.split(/\s+/).includes('next')) return match[1]!;
  }
  return null;
}
