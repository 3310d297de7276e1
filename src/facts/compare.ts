// Whether one commit is reachable from another, through GitHub's compare API: comparing
// BRANCH...COMMIT says how COMMIT relates to the branch's head without cloning anything.
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

// The branch to compare with defaults to the repository's default branch, which facts/runs.ts
// reads (one request per evaluation, one memo key for every gate that needs it).
export { defaultBranch as defaultBranchOf } from './runs.js';

/** How `head` relates to `base`: `behind` or `identical` means head is in base's history. */
export type ComparisonStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

export interface CommitComparison {
  base: string;
  head: string;
  status: ComparisonStatus;
  /** Commits in head that base lacks. */
  aheadBy: number;
  /** Commits in base that head lacks. */
  behindBy: number;
  /** The comparison's page on GitHub. */
  url: string | null;
}

const STATUSES: readonly ComparisonStatus[] = ['ahead', 'behind', 'identical', 'diverged'];

export function compareCommits(
  facts: FactStore,
  repo: Repository,
  base: string,
  head: string,
): Promise<CommitComparison> {
  return facts.memo(`compare:${repo.owner}/${repo.repo}:${base}...${head}`, async () => {
    const what = `the comparison of '${base}' with ${head.slice(0, 7)} in ${repo.owner}/${repo.repo} (does branch '${base}' exist?)`;
    let data: unknown;
    try {
      // One commit per page: only the counts and the status are needed, not the commit list.
      ({ data } = await facts.github.octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 1,
      }));
    } catch (error) {
      throw toGateError(error, what);
    }
    // A `commit-comparison` in GitHub's schema.
    const comparison = Fields.of(data, `GET /repos/${repo.owner}/${repo.repo}/compare/${base}...${head}`);
    const status = comparison.value('status') as ComparisonStatus;
    if (!STATUSES.includes(status)) {
      throw new GateError(
        'API_ERROR',
        `GitHub answered the comparison of '${base}' with ${head.slice(0, 7)} with an unknown status '${String(status)}'.`,
      );
    }
    return {
      base,
      head,
      status,
      aheadBy: comparison.integer('ahead_by'),
      behindBy: comparison.integer('behind_by'),
      url: comparison.string('html_url'),
    };
  });
}
