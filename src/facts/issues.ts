// Issues for the open_issues gate (and the milestones their filter names). The issues API lists
// pull requests too; they are told apart here by their `pull_request` key, and never counted.
import { GateError, type Repository } from '../model/types.js';
import type { GitHub } from '../github/client.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

export interface IssueFact {
  number: number;
  title: string;
  url: string;
  labels: string[];
  milestone: string | null;
}

export interface MilestoneFact {
  number: number;
  title: string;
  state: string;
}

export interface OpenIssuesQuery {
  /** Every label must be on the issue (the API's `labels`, a comma-separated list). */
  labels?: readonly string[];
  /** Milestone number (resolved from its title first). */
  milestone?: number;
}

export interface IssueList {
  /** Open issues, pull requests left out, in the API's order (newest first). */
  issues: IssueFact[];
  /** Pull requests the API listed among them (left out of `issues`). */
  pullRequestsSkipped: number;
}

const PAGE_SIZE = 100;
/** 5,000 open issues under one filter is far past anything a release gate should page through. */
const MAX_ISSUE_PAGES = 50;

/** Open issues matching labels and milestone, every page; memoized per filter. */
export function openIssues(facts: FactStore, repo: Repository, query: OpenIssuesQuery): Promise<IssueList> {
  const labels = [...(query.labels ?? [])];
  const key = `issues:${repo.owner}/${repo.repo}:open:${JSON.stringify({ labels, milestone: query.milestone ?? null })}`;
  return facts.memo(key, async () => {
    const github = facts.github;
    const issues: IssueFact[] = [];
    let pullRequestsSkipped = 0;
    let pages = 0;
    try {
      const iterator = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        ...(labels.length ? { labels: labels.join(',') } : {}),
        ...(query.milestone !== undefined ? { milestone: String(query.milestone) } : {}),
        per_page: PAGE_SIZE,
      });
      for await (const { data } of iterator) {
        if (++pages > MAX_ISSUE_PAGES) {
          throw new GateError(
            'TOO_MANY_ISSUES',
            `More than ${MAX_ISSUE_PAGES * PAGE_SIZE} open issues match in ${repo.owner}/${repo.repo}; narrow the gate with labels or a milestone.`,
            { read: issues.length },
          );
        }
        // An entry the gate cannot tell apart (no number, no title) is not an issue it may
        // leave out as "not matching": that would read unreadable data as "no blockers".
        for (const raw of Fields.each(data, issuesRequest(repo, pages), '')) {
          const issue = toIssueFact(raw);
          if (isPullRequest(raw)) pullRequestsSkipped++;
          else issues.push(issue);
        }
      }
    } catch (error) {
      throw toGateError(error, `open issues of ${repo.owner}/${repo.repo}`);
    }
    return { issues, pullRequestsSkipped };
  });
}

function issuesRequest(repo: Repository, page: number): string {
  return `GET /repos/${repo.owner}/${repo.repo}/issues${page > 1 ? ` (page ${page})` : ''}`;
}

/** The issues API lists pull requests too, marked by a `pull_request` key. */
function isPullRequest(raw: Fields): boolean {
  return raw.value('pull_request') !== undefined && raw.value('pull_request') !== null;
}

/** An issue as the gates read it (an `issue` in GitHub's schema; a label is a name or an object). */
function toIssueFact(raw: Fields): IssueFact {
  return {
    number: raw.integer('number'),
    title: raw.string('title'),
    url: raw.string('html_url'),
    labels: raw
      .list('labels')
      .map((label, i) => {
        if (typeof label === 'string') return label;
        return Fields.of(label, raw.request, `${raw.path}.labels[${i}]`).optionalString('name') ?? '';
      })
      .filter(Boolean),
    milestone: raw.objectOrNull('milestone')?.string('title') ?? null,
  };
}

/** Every milestone of the repository, open and closed (a closed milestone may still hold open issues). */
export function milestones(facts: FactStore, repo: Repository): Promise<MilestoneFact[]> {
  const key = `milestones:${repo.owner}/${repo.repo}`;
  return facts.memo(key, async () => {
    const octokit = facts.github.octokit;
    let raw: unknown;
    try {
      raw = await octokit.paginate(octokit.rest.issues.listMilestones, {
        ...repo,
        state: 'all',
        per_page: PAGE_SIZE,
      });
    } catch (error) {
      throw toGateError(error, `milestones of ${repo.owner}/${repo.repo}`);
    }
    const request = `GET /repos/${repo.owner}/${repo.repo}/milestones`;
    return Fields.each(raw, request, '').map((m) => ({
      number: m.integer('number'),
      title: m.string('title'),
      state: m.string('state'),
    }));
  });
}

/**
 * The milestone with this title: an exact match, else the only case-insensitive one. None is an
 * error naming the title (and the titles there are), never an empty filter.
 */
export function findMilestone(all: readonly MilestoneFact[], title: string): MilestoneFact {
  const exact = all.filter((m) => m.title === title);
  const loose = all.filter((m) => m.title.toLowerCase() === title.toLowerCase());
  const found = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
  if (found) return found;
  const known = all.slice(0, 10).map((m) => `'${m.title}'`);
  throw new GateError(
    'MILESTONE_NOT_FOUND',
    loose.length > 1
      ? `Milestone '${title}' is ambiguous: ${loose.map((m) => `#${m.number} '${m.title}'`).join(', ')}.`
      : `Milestone '${title}' does not exist${known.length ? `; milestones: ${known.join(', ')}${all.length > 10 ? ', …' : ''}` : ' (the repository has no milestones)'}.`,
    { milestone: title, known: all.map((m) => m.title).slice(0, 50) },
  );
}

/** An issue as the blockers filer sees it (open issues only). */
export interface OpenIssueRecord {
  number: number;
  title: string;
  url: string;
  labels: string[];
}

/**
 * Open issues (never pull requests), page by page, until `stop` returns true or `maxPages` were
 * read. For side effects (file_blockers), so outside the fact store: it must see fresh state.
 */
export async function scanOpenIssues(
  github: GitHub,
  repo: Repository,
  options: { labels?: string; sort?: 'created' | 'updated'; direction?: 'asc' | 'desc'; maxPages: number },
  stop: (issue: OpenIssueRecord) => boolean,
): Promise<OpenIssueRecord | null> {
  const iterator = github.octokit.paginate.iterator(github.octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    ...(options.labels ? { labels: options.labels } : {}),
    sort: options.sort ?? 'created',
    direction: options.direction ?? 'desc',
    per_page: PAGE_SIZE,
  });
  let pages = 0;
  for await (const { data } of iterator) {
    for (const raw of Fields.each(data, issuesRequest(repo, pages + 1), '')) {
      const fact = toIssueFact(raw);
      if (isPullRequest(raw)) continue;
      const record = { number: fact.number, title: fact.title, url: fact.url, labels: fact.labels };
      if (stop(record)) return record;
    }
    if (++pages >= options.maxPages) break;
  }
  return null;
}
