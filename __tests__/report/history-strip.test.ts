// The history strip in the Markdown report: shown for the history gates' details, escaped like
// every string from details, absent for other gates and for a strip that is not text.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { renderMarkdown } from '../../src/report/markdown.js';
import { gateReport, passingReport } from '../fixtures/reports.js';

const withGate = (overrides: Parameters<typeof gateReport>[0]) => ({
  ...passingReport(),
  gates: [gateReport(overrides)],
});

describe('the history strip in the Markdown report', () => {
  it('shows a run_streak strip under its message, newest first', () => {
    const markdown = renderMarkdown(
      withGate({ id: 'windows_reliability', type: 'run_streak', details: { history_strip: '🔁✅❌⏭' } }),
    );
    expect(markdown).toContain('**History (newest first):** 🔁✅❌⏭\n');
    expect(markdown.indexOf('**Message:**')).toBeLessThan(markdown.indexOf('**History'));
  });

  it('shows a failure_budget strip too, and a capped one as the gate wrote it', () => {
    const strip = `${'✅'.repeat(50)} … +7 older`;
    const markdown = renderMarkdown(withGate({ type: 'failure_budget', details: { history_strip: strip } }));
    // `+` is escaped (it could start a list item); it reads the same.
    expect(markdown).toContain(`**History (newest first):** ${'✅'.repeat(50)} … \\+7 older`);
  });

  it('shows nothing for other gate types, an empty strip, or a strip that is not text', () => {
    for (const gate of [
      { type: 'required_checks', details: { history_strip: '✅' } },
      { type: 'run_streak', details: { history_strip: '' } },
      { type: 'run_streak', details: { history_strip: ['✅'] } },
      { type: 'run_streak', details: {} },
    ]) {
      expect(renderMarkdown(withGate(gate))).not.toContain('**History');
    }
  });

  it('escapes a strip carrying Markdown: it cannot forge a link or a heading', () => {
    const markdown = renderMarkdown(
      withGate({
        type: 'run_streak',
        details: { history_strip: '✅ [click](https://evil.example)\n# Owned' },
      }),
    );
    const line = markdown.split('\n').find((l) => l.startsWith('**History'))!;
    const html = micromark(line, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<h1');
  });
});
