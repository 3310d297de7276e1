// The history strip: one symbol per run, newest first, capped with the count of what is left out.
import fc from 'fast-check';
import {
  historyStrip,
  STRIP_MAX_RUNS,
  STRIP_SYMBOLS,
  type StripMark,
} from '../../../src/gates/history-strip.js';

describe('historyStrip', () => {
  it('draws each run with its symbol, newest first', () => {
    expect(historyStrip(['green', 'flaky', 'failure', 'passed_over']).text).toBe('✅🔁❌⏭');
    expect(historyStrip([])).toEqual({ text: '', runs: 0, capped: false });
  });

  it('caps the length and says how many older runs are left out', () => {
    const marks: StripMark[] = Array.from({ length: STRIP_MAX_RUNS + 7 }, () => 'green');
    const strip = historyStrip(marks);
    expect(strip.capped).toBe(true);
    expect(strip.text).toBe(`${'✅'.repeat(STRIP_MAX_RUNS)} … +7 older`);
    expect(historyStrip(marks.slice(0, STRIP_MAX_RUNS)).capped).toBe(false);
  });

  it('never shows more than the cap, and shows every run up to it (property)', () => {
    const mark = fc.constantFrom<StripMark>('green', 'flaky', 'failure', 'passed_over');
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 120 }), fc.integer({ min: 1, max: 60 }), (marks, max) => {
        const strip = historyStrip(marks, max);
        const symbols = [...strip.text.split(' … ')[0]!].filter((c) =>
          Object.values(STRIP_SYMBOLS).some((s) => s.startsWith(c)),
        );
        return symbols.length === Math.min(marks.length, max) && strip.capped === marks.length > max;
      }),
      { seed: 20261206 },
    );
  });
});
