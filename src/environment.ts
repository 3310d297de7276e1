// Reading the runner's environment (GITHUB_*), shared by the action and the CLI.
import { readFileSync } from 'node:fs';
import type { Repository } from './model/types.js';
import { InputError } from './inputs.js';

export function parseRepository(value: string | undefined, source: string): Repository | null {
  if (!value) return null;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match) throw new InputError(`Invalid ${source} '${value}'. Expected OWNER/NAME.`);
  return { owner: match[1]!, repo: match[2]! };
}

/** The pull request number of the triggering event (pull_request, pull_request_review, ...). */
export async function eventPullRequest(eventPath: string | undefined): Promise<number | null> {
  if (!eventPath) return null;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } };
    const number = event.pull_request?.number;
    return typeof number === 'number' && Number.isInteger(number) ? number : null;
  } catch {
    return null;
  }
}

export function runIdFrom(value: string | undefined): number | null {
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** Retry/backoff and timeout knobs (tests and benchmarks shorten them), from the environment. */
export function tuning(env: NodeJS.ProcessEnv): { retryBaseMs?: number; timeoutMs?: number } {
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  return {
    retryBaseMs: number(env.RELEASE_GATES_RETRY_BASE_MS),
    timeoutMs: number(env.RELEASE_GATES_REQUEST_TIMEOUT_MS),
  };
}
