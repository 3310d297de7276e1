// The API client (Octokit, its endpoint table, the proxy-aware fetch) is the larger part of
// the bundle's start-up. A policy of local gates never reads GitHub, so the client module is
// imported only when the first fact is loaded from GitHub (FactStore.connect).
import { GateError } from '../model/types.js';
import type { GitHub, GitHubOptions } from './client.js';

export interface GitHubClients {
  /** Client for this repository; null when no token was given. */
  github: GitHub | null;
  /** Client for other repositories (external_token, falling back to token). */
  externalGithub: GitHub | null;
}

export type ConnectGitHub = () => Promise<GitHubClients>;

/** Clients for `token` and `externalToken`, built when first called. */
export function connectOnFirstUse(
  tokens: { token: string | null; externalToken: string | null },
  options: Omit<GitHubOptions, 'token'>,
): ConnectGitHub {
  return async () => {
    let createGitHub: typeof import('./client.js').createGitHub;
    try {
      ({ createGitHub } = await import('./client.js'));
    } catch (error) {
      // A dist/ copied without its chunk files: every gate that reads GitHub says so.
      throw new GateError(
        'CLIENT_NOT_LOADED',
        `Cannot load the GitHub API client: ${(error as Error).message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`,
      );
    }
    const github = tokens.token ? createGitHub({ ...options, token: tokens.token }) : null;
    const externalGithub = tokens.externalToken
      ? createGitHub({ ...options, token: tokens.externalToken })
      : github;
    return { github, externalGithub };
  };
}
