// Routes under /repos/{owner}/{repo}: resolve the repository (404 as GitHub answers for one you
// cannot see) and enforce the scenario's token permissions for the route's scope.
import {
  forbiddenByPermissions,
  notFound,
  type RepoContext,
  type Reply,
  type RequestContext,
  type Route,
} from '../http.js';
import type { PermissionScope } from '../scenario.js';
import { visibleRepository } from '../state/visibility.js';

export function repoRoute(
  method: string,
  pattern: string,
  scope: PermissionScope,
  handle: (ctx: RepoContext) => Reply | Promise<Reply>,
): Route {
  return {
    method,
    pattern,
    kind: 'rest',
    needsToken: true,
    handle(ctx) {
      const repo = visibleRepository(ctx.state, ctx.token, ctx.params.owner, ctx.params.repo);
      if (!repo) return notFound();
      const level = method === 'GET' ? 'read' : 'write';
      if (repo === ctx.state.repository && !permits(ctx, scope, level))
        return forbiddenByPermissions(scope, level);
      return handle({ ...ctx, repo });
    },
  };
}

function permits(ctx: RequestContext, scope: PermissionScope, level: 'read' | 'write'): boolean {
  const granted = ctx.state.permissions[scope] ?? 'write';
  return granted === 'write' || (granted === 'read' && level === 'read');
}
