// Progress of an evaluation on stderr. On a terminal: one status line, rewritten in place, with
// `[done/total]` gates and what each waiting gate waits for and the time left. Elsewhere (a CI
// log, a file): one line per gate as it finishes, and a waiting gate's news when it changes or
// once a minute, so a 30-minute wait is never 30 minutes of silence.
import { foldLines, truncate } from '../report/escape.js';
import { formatDuration } from '../report/markdown.js';
import type { GateReport } from '../report/types.js';
import { painter } from './output.js';

export interface ProgressOptions {
  /** Writes a line (off a terminal). */
  line: (text: string) => void;
  /** Rewrites the status line in place (a terminal); '' clears it. Absent off a terminal. */
  status?: (text: string) => void;
  color: boolean;
  now?: () => number;
  /** Off a terminal, the least time between two lines about one gate's unchanged wait. */
  repeatWaitMs?: number;
}

interface Waiting {
  message: string;
  remainingMs: number;
  /** When the line for it was printed (off a terminal). */
  printedAt: number;
}

/** Untrusted text (check names, messages) on one line, without control characters. */
const clean = (text: string, max = 160): string => truncate(foldLines(text), max);

export class Progress {
  private done = 0;
  private total = 0;
  private readonly waiting = new Map<string, Waiting>();
  private readonly now: () => number;
  private readonly paint: (code: string, text: string) => string;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.paint = painter(options.color);
  }

  gateDone(gate: GateReport, done: number, total: number): void {
    this.done = done;
    this.total = total;
    this.waiting.delete(gate.id);
    if (this.options.status) return this.redraw();
    const took = gate.status === 'skipped' ? '' : ` (${formatDuration(gate.duration_ms)})`;
    this.options.line(
      `[${done}/${total}] ${clean(gate.id, 64)}: ${this.statusWord(gate)} ${gate.code}${took}`,
    );
  }

  wait(gateId: string, message: string, remainingMs: number): void {
    const previous = this.waiting.get(gateId);
    const now = this.now();
    const entry: Waiting = {
      message: clean(message),
      remainingMs,
      printedAt: previous?.printedAt ?? -Infinity,
    };
    this.waiting.set(gateId, entry);
    if (this.options.status) return this.redraw();
    const changed = previous?.message !== entry.message;
    if (!changed && now - entry.printedAt < (this.options.repeatWaitMs ?? 60_000)) return;
    entry.printedAt = now;
    this.options.line(
      `[${this.done}/${this.total || '?'}] ${clean(gateId, 64)} waits: ${entry.message} (${formatDuration(remainingMs)} left)`,
    );
  }

  /** Clears the status line before the verdict is printed. */
  finish(): void {
    this.options.status?.('');
  }

  private redraw(): void {
    const parts = [`[${this.done}/${this.total || '?'}] gates done`];
    for (const [id, { message, remainingMs }] of this.waiting)
      parts.push(`${clean(id, 64)} waits: ${clean(message, 100)} (${formatDuration(remainingMs)} left)`);
    this.options.status!(parts.join(' · '));
  }

  private statusWord(gate: GateReport): string {
    const failed = gate.status === 'fail' || gate.status === 'error';
    const color = gate.status === 'pass' ? '32' : failed ? (gate.mode === 'required' ? '31' : '33') : '36';
    return this.paint(color, gate.status);
  }
}
