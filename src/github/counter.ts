// Kept apart from client.ts: every evaluation counts requests, but only one that reads
// GitHub loads the API client (see FactStore.connect).

/**
 * Counts HTTP requests (retries included) across every client of one evaluation, and bounds
 * how many are in flight at once: gates start together, GitHub frowns on bursts.
 */
export class RequestCounter {
  count = 0;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly maxInFlight = 6) {}

  async run<T>(request: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    this.count++;
    try {
      return await request();
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }
}
