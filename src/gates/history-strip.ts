// The history of a job as one line the eye reads at once, newest first: ✅ green, 🔁 green only
// after a re-run, ❌ failure, ⏭ passed over (the job did not run, was skipped or cancelled).
// The history gates put it in their details as `history_strip`; the Markdown report shows it.

export type StripMark = 'green' | 'flaky' | 'failure' | 'passed_over';

export const STRIP_SYMBOLS: Readonly<Record<StripMark, string>> = {
  green: '✅',
  flaky: '🔁',
  failure: '❌',
  passed_over: '⏭',
};

/** Runs shown at most: a long history would crowd the summary without telling more. */
export const STRIP_MAX_RUNS = 50;

export interface HistoryStrip {
  /** The symbols, newest first, and `… +N older` when capped. */
  text: string;
  /** Runs the strip stands for. */
  runs: number;
  capped: boolean;
}

export function historyStrip(marks: readonly StripMark[], max = STRIP_MAX_RUNS): HistoryStrip {
  const shown = marks.slice(0, max).map((mark) => STRIP_SYMBOLS[mark]);
  const capped = marks.length > max;
  const text = shown.join('') + (capped ? ` … +${marks.length - max} older` : '');
  return { text, runs: marks.length, capped };
}
