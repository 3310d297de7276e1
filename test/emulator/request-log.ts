// Every request the emulator answers (control endpoints aside), in arrival order, so tests can
// count API calls, see which routes a client used and check what a fault did.
import type { RouteKind } from './http.js';
import type { FaultKind } from './scenario.js';

export interface LoggedRequest {
  method: string;
  /** Percent-decoded path without the query. */
  path: string;
  query: Record<string, string>;
  /** The status sent; 0 while unanswered, and for a reset or a stall that never answered. */
  status: number;
  /** The matched route pattern ('GET /repos/{owner}/{repo}/actions/runs'), or null for a 404 on an unknown path. */
  route: string | null;
  /** 'rest' and 'graphql' are API calls; 'download', 'blob' and 'results' are the rest of the traffic. */
  kind: RouteKind | 'unmatched';
  /** Arrival time, epoch milliseconds. */
  at: number;
  durationMs: number;
  /** The fault applied to this request, if any. */
  fault?: FaultKind;
  /** Set on a `304 Not Modified`, which does not count against the rate limit. */
  notModified?: boolean;
  /** The GraphQL operation name, for POST /graphql. */
  operation?: string;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly onFinish?: (entry: LoggedRequest) => void) {}

  begin(entry: Pick<LoggedRequest, 'method' | 'path' | 'query' | 'route' | 'kind'>): LoggedRequest {
    const logged: LoggedRequest = { ...entry, status: 0, at: Date.now(), durationMs: 0 };
    this.entries.push(logged);
    return logged;
  }

  finish(entry: LoggedRequest, status: number): void {
    entry.status = status;
    entry.durationMs = Date.now() - entry.at;
    this.onFinish?.({ ...entry });
  }

  /** Copies, so a caller cannot rewrite history. */
  list(): LoggedRequest[] {
    return this.entries.map((entry) => ({ ...entry, query: { ...entry.query } }));
  }

  reset(): void {
    this.entries = [];
  }
}
