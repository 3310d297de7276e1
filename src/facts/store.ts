// Facts are the outside world as gates see it. Every read goes through `memo`, so two gates
// that need the same history cause one request. Concurrency is bounded per HTTP request in
// the GitHub client, not here: a memoized load may await another memoized load, and a bound
// on loads could deadlock when every slot waits on a nested load.
import type { GitHub } from '../github/client.js';
import { GateError } from '../engine/types.js';

export interface FactSources {
  /** Directory that workspace-relative paths resolve against (GITHUB_WORKSPACE). */
  workspace: string;
  /** Environment variables visible to gates that read them (secrets_present). */
  env: Readonly<Record<string, string | undefined>>;
  /** GitHub client for this repository; null when no token was given. */
  github: GitHub | null;
  /** GitHub client for other repositories (external_token, falls back to token). */
  externalGithub: GitHub | null;
  /** Waiting between polls (required_checks `wait`); tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic milliseconds, for poll deadlines; tests pass a fake. */
  monotonicNow?: () => number;
}

export class FactStore {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly sources: FactSources) {}

  get workspace(): string {
    return this.sources.workspace;
  }

  get env(): Readonly<Record<string, string | undefined>> {
    return this.sources.env;
  }

  /** The client for this repository, or a gate error when no token was configured. */
  get github(): GitHub {
    if (!this.sources.github)
      throw new GateError(
        'NO_TOKEN',
        'No GitHub token: set the `token` input (or GITHUB_TOKEN / GH_TOKEN for the CLI).',
      );
    return this.sources.github;
  }

  get externalGithub(): GitHub {
    return this.sources.externalGithub ?? this.github;
  }

  /** Waits `ms` (through the injected sleep, so tests need not wait). */
  sleep(ms: number): Promise<void> {
    return (this.sources.sleep ?? ((t) => new Promise((resolve) => setTimeout(resolve, t))))(ms);
  }

  /** Monotonic milliseconds for deadlines. */
  monotonicNow(): number {
    return (this.sources.monotonicNow ?? (() => performance.now()))();
  }

  /** Loads again, replacing the memoized value (a poll must see fresh state). */
  reload<T>(key: string, load: () => Promise<T>): Promise<T> {
    this.cache.delete(key);
    return this.memo(key, load);
  }

  /** Runs `load` once per key; later callers share the same promise (and the same failure). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      // Started on the next tick, so a synchronous throw becomes a rejection like any other.
      hit = Promise.resolve().then(load);
      this.cache.set(key, hit);
    }
    return hit;
  }
}
