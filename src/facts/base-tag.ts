// The previous release: the highest semver tag strictly below the tag under evaluation. It is
// what `{base_tag}` means when the `base_tag` input is empty, so metric_budgets compares a
// release with the one before it. Tags that are not semver (`nightly`, `release-2024`) are
// not releases in this sense and are ignored.
import semver from 'semver';
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { preview } from './shape.js';
import type { FactStore } from './store.js';

/**
 * Starts reading the tag list when `tag` is a semver tag (its base tag will be picked from it).
 * Never throws: a failure surfaces where the base tag is resolved.
 */
export function prefetchTagNames(facts: FactStore, repo: Repository, tag: string): void {
  if (semver.valid(tag)) listTagNames(facts, repo).catch(() => undefined);
}

/**
 * The base tag of `tag` in `repo`, or null when `tag` is not semver or no semver tag is below
 * it. One request (`GET /repos/{o}/{r}/git/matching-refs/tags`, followed if paginated).
 */
export async function resolveBaseTag(
  facts: FactStore,
  repo: Repository,
  tag: string,
): Promise<string | null> {
  if (!semver.valid(tag)) return null;
  return pickBaseTag(await listTagNames(facts, repo), tag);
}

/**
 * Every tag name of the repository (memoized: one read per evaluation, whoever starts it). An
 * entry that is not a tag ref makes the listing an error: an unreadable listing must not pick
 * a wrong (or no) base tag.
 */
export function listTagNames(facts: FactStore, repo: Repository): Promise<string[]> {
  return facts.memo(`tag-names:${repo.owner}/${repo.repo}`, async () => {
    const octokit = facts.github.octokit;
    let refs: unknown[];
    try {
      refs = await octokit.paginate(octokit.rest.git.listMatchingRefs, {
        ...repo,
        ref: 'tags',
        per_page: 100,
      });
    } catch (error) {
      throw toGateError(error, `the tags of ${repo.owner}/${repo.repo}`);
    }
    return refs.map((entry) => {
      const ref = (entry as { ref?: unknown } | null)?.ref;
      if (typeof ref !== 'string' || !ref.startsWith('refs/tags/') || ref === 'refs/tags/') {
        throw new GateError(
          'API_ERROR',
          `GitHub listed something other than a tag among the tags of ${repo.owner}/${repo.repo} (GET /repos/${repo.owner}/${repo.repo}/git/matching-refs/tags): ${preview(entry, 200)}`,
        );
      }
      return ref.slice('refs/tags/'.length);
    });
  });
}

/**
 * The highest semver tag strictly below `tag` (semver precedence, so 1.2.0-rc.1 < 1.2.0 and
 * build metadata is ignored). Equal versions written differently (`v1.1.0`, `1.1.0`) prefer
 * the spelling of `tag`, then the greatest name, so the answer never depends on API order.
 */
export function pickBaseTag(names: readonly string[], tag: string): string | null {
  const target = semver.parse(tag);
  if (!target) return null;
  const prefixed = tag.startsWith('v');
  let best: { name: string; version: semver.SemVer } | null = null;
  for (const name of names) {
    const version = semver.parse(name);
    if (!version || semver.compare(version, target) >= 0) continue;
    if (!best) {
      best = { name, version };
      continue;
    }
    const order = semver.compare(version, best.version);
    const samePrecedenceButBetter =
      order === 0 &&
      (spellingRank(name, prefixed) - spellingRank(best.name, prefixed) || (name > best.name ? 1 : -1)) > 0;
    if (order > 0 || samePrecedenceButBetter) best = { name, version };
  }
  return best?.name ?? null;
}

/** 1 when `name` is written like the evaluated tag (with or without a leading `v`). */
function spellingRank(name: string, prefixed: boolean): number {
  return name.startsWith('v') === prefixed ? 1 : 0;
}
