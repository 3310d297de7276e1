// A person's permission on the repository, for who may break glass (overrides.min_permission):
// `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. GitHub answers two fields:
// `role_name`, the role as assigned (admin, maintain, write, triage, read, or a custom role's
// name), and `permission`, the legacy base role (admin, write, read, none) in which maintain
// reads as write and triage as read. The role decides; a custom role counts as its base role.
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from '../github/errors.js';
import { Fields } from './shape.js';
import type { FactStore } from './store.js';

/** Repository roles, least first. */
export const ROLE_ORDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepositoryRole = (typeof ROLE_ORDER)[number];

export interface ActorPermission {
  login: string;
  /** What GitHub calls the role (a custom role's own name included). */
  roleName: string;
  /** The legacy permission GitHub reports beside it. */
  permission: string;
  /** The built-in role it counts as. */
  role: RepositoryRole;
}

/** The token permission this read needs, named in errors. */
export const PERMISSION_READ_NEEDS = 'metadata: read';

export function actorPermission(facts: FactStore, repo: Repository, login: string): Promise<ActorPermission> {
  return facts.memo(`permission:${repo.owner}/${repo.repo}:${login.toLowerCase()}`, async () => {
    const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
    const request = `GET /repos/${repo.owner}/${repo.repo}/collaborators/${login}/permission`;
    let data: unknown;
    try {
      ({ data } = await facts.github.octokit.request(route, { ...repo, username: login }));
    } catch (error) {
      const status = (error as { status?: number }).status;
      // Read only to decide an override, so an unreadable permission refuses it (fail closed).
      if (status === 403 || status === 404)
        throw new GateError(
          'OVERRIDE_NOT_ALLOWED',
          `Could not read the repository permission of '${login}' (${status} on ${request}): the token needs \`${PERMISSION_READ_NEEDS}\`, and '${login}' must be a GitHub user.`,
          { status, request, permission: PERMISSION_READ_NEEDS },
        );
      throw toGateError(error, `the repository permission of '${login}'`);
    }
    const answer = Fields.of(data, request);
    const roleName = answer.string('role_name');
    const permission = answer.string('permission');
    return { login, roleName, permission, role: roleOf(roleName, permission) };
  });
}

/** The built-in role: the role name when it is one, else (a custom role) the legacy permission. */
export function roleOf(roleName: string, permission: string): RepositoryRole {
  const named = roleName.toLowerCase();
  if ((ROLE_ORDER as readonly string[]).includes(named)) return named as RepositoryRole;
  const legacy = permission.toLowerCase();
  return (ROLE_ORDER as readonly string[]).includes(legacy) ? (legacy as RepositoryRole) : 'none';
}

/** True when `role` is at least `least`. */
export function roleAtLeast(role: RepositoryRole, least: RepositoryRole): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(least);
}
