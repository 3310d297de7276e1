// Deterministic ids, node ids and times, so one scenario always yields the same payloads (and a
// snapshot of a report stays stable). Numeric ids stay below 2^31: GitHub's GraphQL schema types
// databaseId as Int, which graphql-js refuses to serialize beyond 32 bits.
import type { FileContent } from '../scenario.js';

/** Hands out ids from `base` upward, never one the scenario already used. */
export class IdSequence {
  private next: number;

  constructor(base: number, taken: Iterable<number | undefined> = []) {
    let highest = base - 1;
    for (const id of taken) if (id !== undefined && id > highest) highest = id;
    this.next = highest + 1;
  }

  take(): number {
    return this.next++;
  }
}

/** First ids per kind, far apart so an id says what it is when read in a log. */
export const ID_BASE = {
  workflow: 7_000_001,
  run: 100_000_001,
  checkSuite: 300_000_001,
  /** Suites of check runs no workflow run owns (one per app and commit). */
  standaloneCheckSuite: 400_000_001,
  job: 500_000_001,
  checkRun: 600_000_001,
  artifact: 700_000_001,
  release: 800_001,
  asset: 900_001,
  issue: 1_000_000_001,
  comment: 1_100_000_001,
  review: 1_200_000_001,
  status: 1_300_000_001,
  milestone: 1_400_001,
  pull: 1_500_000_001,
} as const;

/** A GitHub-looking global node id ('CS_kwDO…') for a kind prefix and a database id. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export function parseNodeId(id: string): { prefix: string; key: string } | undefined {
  const match = /^([A-Z]+)_kwDO(.+)$/.exec(id);
  return match ? { prefix: match[1], key: Buffer.from(match[2], 'base64url').toString('utf8') } : undefined;
}

/** A stable number in [100000000, 999999999] for a name, for repositories without an id. */
export function stableNumber(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 100_000_000 + (hash % 900_000_000);
}

/** Times a scenario leaves out count from this instant. */
export const BASE_TIME = Date.parse('2026-01-01T00:00:00Z');

export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('.000Z', 'Z');
}

export function minutesAfterBase(minutes: number): string {
  return isoAt(BASE_TIME + minutes * 60_000);
}

export function addMinutes(iso: string, minutes: number): string {
  return isoAt(Date.parse(iso) + minutes * 60_000);
}

export function contentBytes(content: FileContent): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.base64, 'base64');
}
