// Who may break glass (overrides.allowed_actors, overrides.min_permission). Without either
// anyone may, as before; with both, the actor must be listed and have the permission. The
// permission is read through the API; when it cannot be read the override is refused (fail
// closed), with the token permission that read needs.
import { actorPermission, roleAtLeast, type ActorPermission } from '../facts/permissions.js';
import type { FactStore } from '../facts/store.js';
import { GateError, type Repository } from '../model/types.js';
import type { OverrideRules } from '../policy/types.js';

export type ActorCheck =
  | { allowed: true; permission: ActorPermission | null }
  | { allowed: false; why: string; whoMay: string; permission: ActorPermission | null };

export async function mayOverride(
  rules: OverrideRules,
  actor: string,
  facts: FactStore,
  repository: Repository,
): Promise<ActorCheck> {
  const listed = rules.allowed_actors;
  const least = rules.min_permission && rules.min_permission !== 'none' ? rules.min_permission : null;
  if (!listed && !least) return { allowed: true, permission: null };
  const whoMay = describeWhoMay(listed, least);
  if (listed && !listed.some((login) => login.toLowerCase() === actor.toLowerCase()))
    return { allowed: false, why: `'${actor}' is not in overrides.allowed_actors`, whoMay, permission: null };
  if (!least) return { allowed: true, permission: null };
  let permission: ActorPermission;
  try {
    permission = await actorPermission(facts, repository, actor);
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    return { allowed: false, why: error.message, whoMay, permission: null };
  }
  if (!roleAtLeast(permission.role, least)) {
    const custom = permission.roleName !== permission.role ? ` (custom role '${permission.roleName}')` : '';
    return {
      allowed: false,
      why: `'${actor}' has ${permission.role}${custom} on ${repository.owner}/${repository.repo}`,
      whoMay,
      permission,
    };
  }
  return { allowed: true, permission };
}

function describeWhoMay(listed: string[] | undefined, least: string | null): string {
  const people = listed ? listed.join(', ') : null;
  const permission = least ? `${least} permission or more on the repository` : null;
  if (people && permission) return `${people}, with ${permission}`;
  return people ?? `people with ${permission}`;
}
