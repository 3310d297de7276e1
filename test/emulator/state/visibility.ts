// Which repositories a token can see: all of them, except one the scenario made private to
// another token (GitHub answers 404 for those, in REST and GraphQL alike).
import type { RepositoryState, ScenarioState } from './model.js';

export function visibleRepository(
  state: ScenarioState,
  token: string | null,
  owner = '',
  name = '',
): RepositoryState | undefined {
  const repo = state.repositories.get(`${owner}/${name}`.toLowerCase());
  if (!repo || (repo.token !== undefined && repo.token !== token)) return undefined;
  return repo;
}
