// Facts are the outside world as gates see it. Every read goes through `memo`, so two gates
// that need the same history cause one request. Concurrency is bounded per HTTP request in
// the GitHub client, not here: a memoized load may await another memoized load, and a bound
// on loads could deadlock when every slot waits on a nested load.
import type { GitHub } from '../github/client.js';
import type { ConnectGitHub, GitHubClients } from '../github/connect.js';
import { monotonicMs } from '../clock.js';
import { GateError } from '../model/types.js';

export interface FactSources {
  /** Directory that workspace-relative paths resolve against (GITHUB_WORKSPACE). */
  workspace: string;
  /** Environment variables visible to gates that read them (secrets_present). */
  env: Readonly<Record<string, string | undefined>>;
  /** GitHub client for this repository; null when no token was given. */
  github: GitHub | null;
  /** GitHub client for other repositories (external_token, falls back to token). */
  externalGithub: GitHub | null;
  /**
   * Builds both clients instead, on the first load that may read GitHub (the client is
   * costly to load; a policy of local gates never needs it).
   */
  connect?: ConnectGitHub;
  /** Waiting between polls (required_checks `wait`); tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds, for poll deadlines; tests pass a fake. */
  monotonicNow?: () => number;
}

/** Where a load reads from: `local` loads (workspace files) never need the GitHub client. */
export type LoadScope = 'github' | 'local';

export class FactStore {
  private readonly cache = new Map<string, Promise<unknown>>();
  private clients: GitHubClients;
  private connection: Promise<void> | null = null;
  private connected: boolean;

  constructor(readonly sources: FactSources) {
    this.clients = { github: sources.github, externalGithub: sources.externalGithub };
    this.connected = !sources.connect;
  }

  get workspace(): string {
    return this.sources.workspace;
  }

  get env(): Readonly<Record<string, string | undefined>> {
    return this.sources.env;
  }

  /** The client for this repository, or a gate error when no token was configured. */
  get github(): GitHub {
    this.assertConnected();
    if (!this.clients.github)
      throw new GateError(
        'NO_TOKEN',
        'No GitHub token: set the `token` input (or GITHUB_TOKEN / GH_TOKEN for the CLI).',
      );
    return this.clients.github;
  }

  get externalGithub(): GitHub {
    this.assertConnected();
    return this.clients.externalGithub ?? this.github;
  }

  /** Builds the GitHub clients once; every load but a `local` one waits for this. */
  connect(): Promise<void> {
    const connect = this.sources.connect;
    if (!connect) return Promise.resolve();
    this.connection ??= connect().then((clients) => {
      this.clients = clients;
      this.connected = true;
    });
    return this.connection;
  }

  // Reads of GitHub happen inside loads, which connect first. A read outside one is a bug;
  // it fails the gate rather than reading as "no token".
  private assertConnected(): void {
    if (!this.connected)
      throw new GateError(
        'CLIENT_NOT_LOADED',
        'Internal error: GitHub was read before its client was loaded. Please report this.',
      );
  }

  /** Waits `ms` (through the injected sleep, so tests need not wait). */
  sleep(ms: number): Promise<void> {
    return (this.sources.sleep ?? ((t) => new Promise((resolve) => setTimeout(resolve, t))))(ms);
  }

  /** Monotonic milliseconds for deadlines. */
  monotonicNow(): number {
    return (this.sources.monotonicNow ?? monotonicMs)();
  }

  /** Loads again, replacing the memoized value (a poll must see fresh state). */
  reload<T>(key: string, load: () => Promise<T>): Promise<T> {
    this.cache.delete(key);
    return this.memo(key, load);
  }

  /**
   * Runs `load` once per key; later callers share the same promise (and the same failure).
   * Unless the load is `local`, the GitHub clients are built first.
   */
  memo<T>(key: string, load: () => Promise<T>, scope: LoadScope = 'github'): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      // Started after a tick at least, so a synchronous throw becomes a rejection like any other.
      hit = (scope === 'local' ? Promise.resolve() : this.connect()).then(load);
      this.cache.set(key, hit);
    }
    return hit;
  }
}
