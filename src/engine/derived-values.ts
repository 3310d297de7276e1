// `{base_tag}` and `{build_run_id}` when the inputs leave them empty: found through the API,
// and only when a gate of this evaluation uses them (no request otherwise). What cannot be
// found stays null with the reason, so a gate using it errors with that reason.
//
// The tag list `{base_tag}` is picked from does not depend on the ref's commit, so it need not
// wait for the ref to be resolved: prefetchDerivedValues starts it as soon as the policy says a
// gate will use it, and resolveDerivedValues then finds it under way (the read is memoized).
import type { FactStore } from '../facts/store.js';
import { placeholdersIn, stringsIn, type Placeholder, type TemplateValues } from '../policy/templates.js';
import type { EvalContext, GateDefinition, Repository } from '../model/types.js';

/** Placeholders used anywhere in the parameters of these gates. */
export function placeholdersUsed(gates: readonly GateDefinition[]): Set<string> {
  const used = new Set<string>();
  for (const gate of gates)
    for (const [text] of stringsIn(gate.with)) for (const name of placeholdersIn(text)) used.add(name);
  return used;
}

/**
 * Starts the tag list `{base_tag}` will be picked from, before the ref is resolved, when one of
 * `gates` (those that may be evaluated) uses `{base_tag}`, the input leaves it empty, and `ref`
 * can name a semver tag (short or `refs/tags/…`). It only starts the memoized read and never
 * throws: a failure surfaces where the value is resolved, as it would without this.
 */
export function prefetchDerivedValues(
  gates: readonly GateDefinition[],
  ref: string,
  baseTag: string | null,
  facts: FactStore,
  repository: Repository,
): void {
  if (baseTag !== null || !placeholdersUsed(gates).has('base_tag')) return;
  if (ref.startsWith('refs/') && !ref.startsWith('refs/tags/')) return;
  // base-tag.js (and semver with it) is loaded only by an evaluation that uses {base_tag}.
  import('../facts/base-tag.js')
    .then(({ prefetchTagNames }) => prefetchTagNames(facts, repository, ref.replace(/^refs\/tags\//, '')))
    .catch(() => undefined);
}

/**
 * Fills `values.base_tag` / `values.build_run_id` (and `reasons` when they stay empty).
 * The build run is the one the policy trusts (`ctx.buildRunPolicy`, gathered from the gate
 * types that declare it): found by the same search, accepted by the same rules.
 */
export async function resolveDerivedValues(
  planned: readonly GateDefinition[],
  ctx: EvalContext,
  facts: FactStore,
  values: TemplateValues,
  reasons: Partial<Record<Placeholder, string>>,
): Promise<void> {
  const used = placeholdersUsed(planned);
  const jobs: Promise<void>[] = [];
  if (used.has('base_tag') && values.base_tag === null) {
    jobs.push(
      (async () => {
        if (!ctx.tag) {
          reasons.base_tag = `'${ctx.refName}' is not a tag, so it has no previous release; pass base_tag`;
          return;
        }
        try {
          const { resolveBaseTag } = await import('../facts/base-tag.js');
          values.base_tag = await resolveBaseTag(facts, ctx.repository, ctx.tag);
          if (!values.base_tag) reasons.base_tag = `no semver tag below '${ctx.tag}'; pass base_tag`;
        } catch (error) {
          reasons.base_tag = `the tags could not be read: ${(error as Error).message}`;
        }
      })(),
    );
  }
  if (used.has('build_run_id') && values.build_run_id === null) {
    jobs.push(
      (async () => {
        try {
          // Loaded only when a gate uses {build_run_id}.
          const { findBuildRun, rulesFor } = await import('../facts/build/find.js');
          const finding = await findBuildRun(facts, ctx, rulesFor(ctx));
          if (!finding.found) reasons.build_run_id = finding.lookup.reason;
          else if (!finding.trust.trusted)
            reasons.build_run_id = `build run ${finding.run.id} is not trusted: ${finding.trust.problems.map((p) => p.message).join(' ')}`;
          else values.build_run_id = String(finding.run.id);
        } catch (error) {
          reasons.build_run_id = (error as Error).message;
        }
      })(),
    );
  }
  await Promise.all(jobs);
}
