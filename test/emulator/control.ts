// /_emulator/* — drive an emulator over HTTP (from a child process, or one started by the CLI):
// read the request log, set faults and latency, and read what clients changed.
import type { Reply } from './http.js';
import type { LoggedRequest } from './request-log.js';
import type { Fault } from './scenario.js';
import type { ScenarioState } from './state/model.js';
import { readZip } from './zip.js';
import { createHash } from 'node:crypto';

export interface ControlTarget {
  requests(): LoggedRequest[];
  resetLog(): void;
  faults(): Fault[];
  setFaults(faults: Fault[]): void;
  setLatency(ms: number): void;
  state: ScenarioState;
}

export function handleControl(target: ControlTarget, method: string, path: string, body: Buffer): Reply {
  const endpoint = `${method} ${path}`;
  switch (endpoint) {
    case 'GET /_emulator/requests':
      return { status: 200, json: target.requests() };
    case 'POST /_emulator/reset-log':
      target.resetLog();
      return { status: 204 };
    case 'GET /_emulator/faults':
      return { status: 200, json: target.faults() };
    case 'POST /_emulator/faults': {
      const faults = parse(body);
      if (!Array.isArray(faults))
        return { status: 400, json: { message: 'Expected a JSON array of faults' } };
      target.setFaults(faults as Fault[]);
      return { status: 204 };
    }
    case 'POST /_emulator/latency': {
      const ms = (parse(body) as { ms?: unknown } | undefined)?.ms;
      if (typeof ms !== 'number' || ms < 0)
        return { status: 400, json: { message: 'Expected {"ms": <number ≥ 0>}' } };
      target.setLatency(ms);
      return { status: 204 };
    }
    case 'GET /_emulator/state':
      return { status: 200, json: stateSnapshot(target.state) };
    default:
      return { status: 404, json: { message: `No control endpoint ${endpoint}` } };
  }
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** What clients can change, as JSON: issues and comments per repository, and uploaded artifacts. */
export function stateSnapshot(state: ScenarioState) {
  const repositories = Object.fromEntries(
    [...state.repositories.values()].map((repo) => [
      repo.fullName,
      {
        issues: repo.issues.map((issue) => ({
          number: issue.number,
          title: issue.title,
          state: issue.state,
          labels: issue.labels,
          milestone: issue.milestone?.title ?? null,
          body: issue.body,
          user: issue.user,
        })),
        comments: repo.comments.map((comment) => ({
          issue_number: comment.issueNumber,
          body: comment.body,
          user: comment.user,
        })),
      },
    ]),
  );
  const uploads = Object.fromEntries(
    [...state.uploads].map(([name, bytes]) => [
      name,
      {
        size: bytes.length,
        digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        files: safeEntryNames(bytes),
      },
    ]),
  );
  return { repositories, uploads };
}

function safeEntryNames(bytes: Buffer): string[] | null {
  try {
    return readZip(bytes).map((entry) => entry.name);
  } catch {
    return null;
  }
}
