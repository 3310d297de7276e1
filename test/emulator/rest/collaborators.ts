// A person's permission on the repository ("Get repository permissions for a user"):
// `role_name` is the role as assigned (custom roles included), `permission` the legacy base
// role GitHub derives from it (maintain reads as write, triage as read).
import { ok, type Route } from '../http.js';
import type { BaseRole, CollaboratorRole } from '../scenario.js';
import type { RepositoryState } from '../state/model.js';
import { simpleUser, type Schemas } from './common.js';
import { repoRoute } from './repo-route.js';

const LEGACY_PERMISSION: Record<BaseRole, 'admin' | 'write' | 'read'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

export const collaboratorsRoutes: Route[] = [
  repoRoute('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', 'metadata', (ctx) => {
    const login = ctx.params.username!;
    const role =
      ctx.repo === ctx.state.repository ? ctx.state.collaborators.get(login.toLowerCase()) : undefined;
    const { roleName, permission } = describeRole(role, ctx.repo);
    const user = simpleUser(login, ctx.urls);
    const payload: Schemas['repository-collaborator-permission'] = {
      permission,
      role_name: roleName,
      user:
        role === undefined
          ? null
          : {
              ...user,
              permissions: {
                pull: permission !== 'none',
                triage: permission !== 'none',
                push: permission === 'write' || permission === 'admin',
                maintain: roleName === 'maintain' || permission === 'admin',
                admin: permission === 'admin',
              },
              role_name: roleName,
            },
    };
    return ok(payload);
  }),
];

function describeRole(
  role: CollaboratorRole | undefined,
  repo: RepositoryState,
): { roleName: string; permission: string } {
  if (role === undefined) {
    // Without a role: read on a public repository (anyone may read it), none on a private one.
    const base = repo.private ? 'none' : 'read';
    return { roleName: base, permission: base };
  }
  if (typeof role === 'string') return { roleName: role, permission: LEGACY_PERMISSION[role] };
  return { roleName: role.role_name, permission: LEGACY_PERMISSION[role.base] };
}
