// Matches a request against route patterns written in GitHub's notation. Paths are matched
// percent-decoded, so `heads%2Fmain` (how Octokit encodes a ref) and `heads/main` are the same;
// parameters that can hold slashes (refs, file paths, tags) match greedily.
import type { Route } from './http.js';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

const SLASH_PARAMETERS = new Set(['ref', 'path', 'basehead', 'tag', 'branch', 'asset_name']);

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly compiled: CompiledRoute[];

  /** Routes are tried in order: list a longer pattern before a greedy one that would swallow it. */
  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern
        .split(/(\{[a-z_]+\})/)
        .map((part) => {
          const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return SLASH_PARAMETERS.has(name) ? '(.*?)' : '([^/]+?)';
        })
        .join('');
      return { route, regex: new RegExp(`^${source}$`), names };
    });
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, regex, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = regex.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(names.map((name, index) => [name, found[index + 1]]));
      return { route, params };
    }
    return undefined;
  }
}

/** 'GET /repos/{owner}/{repo}' — how logs and faults name a route. */
export function routeName(route: Route): string {
  return `${route.method} ${route.pattern}`;
}
