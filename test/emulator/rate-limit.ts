// A rate-limit budget per resource, reported in GitHub's x-ratelimit-* headers on every API reply.
// It only counts down; exhausting it is a fault to inject (primaryRateLimit), not a side effect.
import type { RateLimitSnapshot } from './http.js';

export type RateLimitResource = 'core' | 'graphql';

const LIMIT = 5000;
const WINDOW_SECONDS = 3600;

export class RateLimiter {
  private readonly used: Record<RateLimitResource, number> = { core: 0, graphql: 0 };
  private readonly resetEpochSeconds = Math.ceil(Date.now() / 1000) + WINDOW_SECONDS;
  private readonly limit: number;

  /** `coreLimit` and `coreRemaining` start the core budget part spent (scenario `rate_limit`). */
  constructor(coreLimit = LIMIT, coreRemaining = coreLimit) {
    this.limit = coreLimit;
    this.used.core = Math.max(0, coreLimit - coreRemaining);
  }

  consume(resource: RateLimitResource): RateLimitSnapshot {
    this.used[resource] += 1;
    return this.snapshot(resource);
  }

  /** Gives back what a request consumed: a 304 costs nothing. */
  refund(resource: RateLimitResource): RateLimitSnapshot {
    this.used[resource] = Math.max(0, this.used[resource] - 1);
    return this.snapshot(resource);
  }

  snapshot(resource: RateLimitResource): RateLimitSnapshot {
    const used = this.used[resource];
    const limit = resource === 'core' ? this.limit : LIMIT;
    return {
      limit,
      used,
      remaining: Math.max(0, limit - used),
      resetEpochSeconds: this.resetEpochSeconds,
    };
  }
}

export function rateLimitHeaders(
  snapshot: RateLimitSnapshot,
  resource: RateLimitResource,
): Record<string, string> {
  return {
    'x-ratelimit-limit': String(snapshot.limit),
    'x-ratelimit-remaining': String(snapshot.remaining),
    'x-ratelimit-used': String(snapshot.used),
    'x-ratelimit-reset': String(snapshot.resetEpochSeconds),
    'x-ratelimit-resource': resource,
  };
}
