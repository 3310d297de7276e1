// file_blockers: the one side effect of a live evaluation. A blocked result opens (or updates) a
// single issue `Release blockers: {tag}` listing each blocking gate; a later live run that passes
// comments on that issue and closes it. A rehearsal, a crashed evaluation or a missing token never
// touch anything, and a failure here (a token without `issues: write`) is a warning: the verdict
// was decided before and stays as it is.
//
// Finding the issue again, with few requests: issues this module opens carry the label
// `release-gates`, so one request (open issues with that label) normally finds it. GitHub drops
// labels silently for some tokens, and people remove them, so when that finds nothing the open
// issues are scanned by exact title, most recently updated first (a blocked run updates the issue,
// so it is near the top): up to SCAN_PAGES pages before opening one (a duplicate is the worse
// mistake), one page before resolving (every passing run pays it, and a missed issue only stays open).
import type { Repository } from './model/types.js';
import { scanOpenIssues, type OpenIssueRecord } from './facts/issues.js';
import type { GitHub } from './github/client.js';
import { toGateError } from './github/errors.js';
import { shortRefName } from './policy/stage.js';
import { codeSpan, escapeInline, escapeTableCell, markdownLink } from './report/escape.js';
import type { EvaluationReport, GateReport } from './report/types.js';

export const BLOCKERS_LABEL = 'release-gates';
/** Pages of open issues (100 each) scanned by title when the label finds nothing, before opening one. */
export const SCAN_PAGES = 10;
/** The same, before resolving. */
export const RESOLVE_SCAN_PAGES = 1;
/** GitHub refuses issue bodies over 65,536 characters; rows and messages are bounded well below. */
const MAX_ROWS = 50;
const MAX_MESSAGE = 500;
const MAX_LINKS_PER_GATE = 5;
/** Marks bodies written by this module (invisible when rendered). */
const MARKER = '<!-- release-gates:blockers -->';

export interface FileBlockersOptions {
  /** Client for this repository; null when no token was given (nothing is filed). */
  github: GitHub | null;
  /** `owner/name`, or the parsed repository. */
  repository: Repository | string;
  /** Link to the workflow run, for the issue body (falls back to the report's `run_url`). */
  runUrl?: string | null;
  rehearsal: boolean;
}

export interface FileBlockersResult {
  action: 'opened' | 'updated' | 'resolved' | 'none';
  issue?: number;
  url?: string;
  /** What happened, or why nothing did, in one line for the log. */
  message: string;
  /** Set when filing failed: show it as a warning. The verdict is unchanged. */
  warning?: string;
}

/** The issue title: `Release blockers: {tag}`, or the branch name when the ref is not a tag. */
export function blockersTitle(report: Pick<EvaluationReport, 'tag' | 'ref'>): string | null {
  const name = report.tag || shortRefName(report.ref ?? '');
  return name ? `Release blockers: ${name}` : null;
}

export async function fileBlockers(
  report: EvaluationReport,
  options: FileBlockersOptions,
): Promise<FileBlockersResult> {
  if (options.rehearsal || report.rehearsal)
    return { action: 'none', message: 'file_blockers: a rehearsal files nothing.' };
  if (report.error)
    return {
      action: 'none',
      message: `file_blockers: nothing filed, the evaluation did not complete (${report.error.code}).`,
    };
  const title = blockersTitle(report);
  const repo = toRepository(options.repository || report.repository);
  if (!title || !repo) return { action: 'none', message: 'file_blockers: no ref or repository to file for.' };
  const blocked = report.result === 'fail' && report.blocking.length > 0;
  const passing = report.result === 'pass';
  if (!blocked && !passing) return { action: 'none', message: 'file_blockers: nothing to file.' };
  if (!options.github) {
    return {
      action: 'none',
      message: 'file_blockers: no token, nothing filed.',
      warning: 'file_blockers is on but no token was given: the blockers issue was not updated.',
    };
  }
  const github = options.github;
  const runUrl = options.runUrl ?? report.run_url ?? null;
  let step = 'find';
  try {
    const existing = await findBlockersIssue(github, repo, title, passing ? RESOLVE_SCAN_PAGES : SCAN_PAGES);
    if (passing) {
      if (!existing)
        return { action: 'none', message: `file_blockers: the gates pass; no open issue '${title}'.` };
      step = 'resolve';
      await github.octokit.rest.issues.createComment({
        ...repo,
        issue_number: existing.number,
        body: renderResolvedComment(report, runUrl),
      });
      await github.octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        state: 'closed',
        state_reason: 'completed',
      });
      return {
        action: 'resolved',
        issue: existing.number,
        url: existing.url,
        message: `file_blockers: the gates pass; commented on and closed #${existing.number} '${title}'.`,
      };
    }
    const body = renderBlockersBody(report, runUrl);
    if (existing) {
      step = 'update';
      const labels = existing.labels.some((l) => l.toLowerCase() === BLOCKERS_LABEL)
        ? {}
        : { labels: [...existing.labels, BLOCKERS_LABEL] };
      await github.octokit.rest.issues.update({ ...repo, issue_number: existing.number, body, ...labels });
      return {
        action: 'updated',
        issue: existing.number,
        url: existing.url,
        message: `file_blockers: updated #${existing.number} '${title}' (${report.blocking.length} blocking).`,
      };
    }
    step = 'open';
    const created = await openIssue(github, repo, title, body);
    return {
      action: 'opened',
      issue: created.number,
      url: created.html_url,
      message: `file_blockers: opened #${created.number} '${title}' (${report.blocking.length} blocking).`,
    };
  } catch (error) {
    const warning = describeFailure(error, step, title);
    return { action: 'none', message: warning, warning };
  }
}

/** The open issue with exactly this title: by label first, then by a bounded scan. */
export async function findBlockersIssue(
  github: GitHub,
  repo: Repository,
  title: string,
  scanPages = SCAN_PAGES,
): Promise<OpenIssueRecord | null> {
  const sameTitle = (issue: OpenIssueRecord) => issue.title === title;
  // Oldest first: should duplicates exist (two runs racing), every run keeps to the same one.
  const labelled = await scanOpenIssues(
    github,
    repo,
    { labels: BLOCKERS_LABEL, sort: 'created', direction: 'asc', maxPages: SCAN_PAGES },
    sameTitle,
  );
  if (labelled) return labelled;
  return scanOpenIssues(github, repo, { sort: 'updated', direction: 'desc', maxPages: scanPages }, sameTitle);
}

async function openIssue(
  github: GitHub,
  repo: Repository,
  title: string,
  body: string,
): Promise<{ number: number; html_url: string }> {
  try {
    const { data } = await github.octokit.rest.issues.create({
      ...repo,
      title,
      body,
      labels: [BLOCKERS_LABEL],
    });
    return data;
  } catch (error) {
    // A token that may open issues but not create labels is refused for the label alone: the
    // issue is still worth opening (it is found by title next time).
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 422) throw error;
    const { data } = await github.octokit.rest.issues.create({ ...repo, title, body });
    return data;
  }
}

function describeFailure(error: unknown, step: string, title: string): string {
  const mapped = toGateError(error, `the issue '${title}'`);
  const doing =
    { find: 'look for', open: 'open', update: 'update', resolve: 'comment on and close' }[step] ?? step;
  const request = typeof mapped.details.request === 'string' ? mapped.details.request : 'the issues API';
  if (mapped.code === 'PERMISSION_DENIED') {
    return `file_blockers could not ${doing} the issue '${title}' (403 on ${request}): the token needs \`issues: write\`. Grant \`permissions: issues: write\` to the job. The verdict is unchanged.`;
  }
  if (mapped.code === 'GONE') {
    return `file_blockers could not ${doing} the issue '${title}' (410 on ${request}): issues are disabled in this repository. The verdict is unchanged.`;
  }
  return `file_blockers could not ${doing} the issue '${title}': ${mapped.message} The verdict is unchanged.`;
}

function toRepository(value: Repository | string | undefined): Repository | null {
  if (!value) return null;
  if (typeof value !== 'string') return value;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

function target(report: EvaluationReport): string {
  const name = report.tag || shortRefName(report.ref);
  const parts = [report.sha ? `commit ${codeSpan(report.sha.slice(0, 12))}` : null];
  if (report.stage) parts.push(`stage ${codeSpan(report.stage, { maxLength: 64 })}`);
  const context = parts.filter(Boolean).join(', ');
  return `${codeSpan(name, { maxLength: 200 })}${context ? ` (${context})` : ''}`;
}

function runLink(runUrl: string | null): string {
  const link = runUrl ? markdownLink('workflow run', runUrl) : '';
  return link || 'no run link (evaluated outside GitHub Actions)';
}

/** The issue body: every blocking gate with its code, message and links; everything escaped. */
export function renderBlockersBody(report: EvaluationReport, runUrl: string | null): string {
  const byId = new Map<string, GateReport>(report.gates.map((gate) => [gate.id, gate]));
  const rows = report.blocking.slice(0, MAX_ROWS).map((entry) => {
    const gate = byId.get(entry.gate);
    const links = (gate?.links ?? [])
      .slice(0, MAX_LINKS_PER_GATE)
      .map((link) => markdownLink(link.title, link.url, 100))
      .filter(Boolean);
    return `| ${[
      codeSpan(entry.gate, { maxLength: 100, inTable: true }),
      escapeTableCell(gate?.status ?? 'fail', 16),
      codeSpan(entry.code, { maxLength: 64, inTable: true }),
      escapeTableCell(entry.message, MAX_MESSAGE),
      links.join(', ') || ' ',
    ].join(' | ')} |`;
  });
  const omitted = report.blocking.length - rows.length;
  const count = report.blocking.length;
  return [
    MARKER,
    `## ❌ Release blockers: ${escapeInline(report.tag || shortRefName(report.ref), 200)}`,
    '',
    `release-gates blocks ${target(report)}: ${count} required gate${count === 1 ? '' : 's'} did not pass.`,
    '',
    '| Gate | Status | Code | Message | Links |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(omitted > 0 ? ['', `…and ${omitted} more; see the workflow run.`] : []),
    '',
    `**Run:** ${runLink(runUrl)}`,
    '',
    `_Updated ${escapeInline(report.timestamp, 40)} by ${escapeInline(`${report.tool.name} ${report.tool.version}`, 80)}. Every blocked live run updates this issue; the first live run that passes comments here and closes it._`,
    '',
  ].join('\n');
}

/** The comment left on the issue when a later live run passes, just before it is closed. */
export function renderResolvedComment(report: EvaluationReport, runUrl: string | null): string {
  return [
    `✅ The release gates pass now for ${target(report)}.`,
    '',
    `**Run:** ${runLink(runUrl)}`,
    '',
    '_Closed by release-gates (file_blockers)._',
    '',
  ].join('\n');
}
