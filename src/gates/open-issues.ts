// open_issues: release blockers. Open issues matching every filter (labels, milestone, a title
// substring) are counted; more than `max_open` blocks. Pull requests, which the issues API
// lists too, never count.
import type { Link, Verdict } from '../model/types.js';
import {
  findMilestone,
  milestones,
  openIssues,
  type IssueFact,
  type MilestoneFact,
} from '../facts/issues.js';
import type { GateType } from './types.js';

export interface OpenIssuesParams {
  labels?: string[];
  /** Milestone title. */
  milestone?: string;
  /** Case-insensitive substring of the title, templates already expanded. */
  title_contains?: string;
  max_open: number;
}

export interface OpenIssuesFacts {
  /** Open issues matching labels and milestone (the API's filters), pull requests left out. */
  issues: IssueFact[];
  pullRequestsSkipped: number;
  /** The milestone the title resolved to, when one was given. */
  milestone: MilestoneFact | null;
}

/** Issues named in the message; the details list them all. */
const NAMED_IN_MESSAGE = 5;
/** Links in the report; the details list them all. */
const MAX_LINKS = 50;

export const openIssuesGate: GateType<OpenIssuesParams, OpenIssuesFacts> = {
  type: 'open_issues',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      labels: {
        description: 'Labels an issue must all carry to count (names, case-insensitive as on GitHub).',
        type: 'array',
        minItems: 1,
        // A comma would split the name in the API's comma-separated `labels` filter.
        items: { type: 'string', minLength: 1, pattern: '^[^,]+$' },
      },
      milestone: {
        description:
          'Title of the milestone an issue must be in (open or closed milestone); unknown titles are an error.',
        type: 'string',
        minLength: 1,
      },
      title_contains: {
        description: 'Text the title must contain, case-insensitive; templates allowed (e.g. `{tag}`).',
        type: 'string',
        minLength: 1,
      },
      max_open: {
        description: 'Open matching issues tolerated; one more blocks.',
        type: 'integer',
        minimum: 0,
        default: 0,
      },
    },
  },
  async collect(params, ctx, facts) {
    const milestone =
      params.milestone !== undefined
        ? findMilestone(await milestones(facts, ctx.repository), params.milestone)
        : null;
    const list = await openIssues(facts, ctx.repository, {
      ...(params.labels ? { labels: params.labels } : {}),
      ...(milestone ? { milestone: milestone.number } : {}),
    });
    return { issues: list.issues, pullRequestsSkipped: list.pullRequestsSkipped, milestone };
  },
  judge: judgeOpenIssues,
};

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function judgeOpenIssues(params: OpenIssuesParams, facts: OpenIssuesFacts, _ctx?: unknown): Verdict {
  const needle = params.title_contains !== undefined ? fold(params.title_contains) : null;
  const matching = facts.issues
    .filter((issue) => needle === null || fold(issue.title).includes(needle))
    .sort((a, b) => a.number - b.number);
  const filter = describeFilter(params, facts.milestone);
  const details: Record<string, unknown> = {
    filter: {
      labels: params.labels ?? [],
      milestone: facts.milestone ? { title: facts.milestone.title, number: facts.milestone.number } : null,
      title_contains: params.title_contains ?? null,
    },
    max_open: params.max_open,
    open: matching.length,
    issues: matching.map((issue) => ({ number: issue.number, title: issue.title, url: issue.url })),
    pull_requests_skipped: facts.pullRequestsSkipped,
  };
  const links: Link[] = matching
    .filter((issue) => issue.url)
    .slice(0, MAX_LINKS)
    .map((issue) => ({ title: `#${issue.number} ${issue.title}`, url: issue.url }));
  const listed = matching
    .slice(0, NAMED_IN_MESSAGE)
    .map((issue) => `#${issue.number} ${oneLine(issue.title)}`)
    .join(', ');
  const more = matching.length > NAMED_IN_MESSAGE ? ` and ${matching.length - NAMED_IN_MESSAGE} more` : '';
  const count = `${matching.length} open issue${matching.length === 1 ? '' : 's'}`;
  if (matching.length > params.max_open) {
    return {
      status: 'fail',
      code: 'OPEN_BLOCKERS',
      message: `${count} ${filter} (at most ${params.max_open} allowed): ${listed}${more}.`,
      details,
      links,
    };
  }
  return {
    status: 'pass',
    code: 'NO_BLOCKERS',
    message:
      matching.length === 0
        ? `No open issues ${filter}.`
        : `${count} ${filter}, within the ${params.max_open} allowed: ${listed}${more}.`,
    details,
    links,
  };
}

function describeFilter(params: OpenIssuesParams, milestone: MilestoneFact | null): string {
  const parts: string[] = [];
  if (params.labels?.length) parts.push(`labelled ${params.labels.map((l) => `'${l}'`).join(' and ')}`);
  if (milestone) parts.push(`in milestone '${milestone.title}'`);
  if (params.title_contains !== undefined) parts.push(`with '${params.title_contains}' in the title`);
  return parts.length ? parts.join(', ') : 'in the repository';
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
