// The Markdown report is checked the way GitHub sees it: parsed with micromark and GFM, then
// counted (rows, headings, links, images) and read back as text.
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  codeSpan,
  escapeHtml,
  escapeInline,
  escapeTableCell,
  fencedBlock,
  foldLines,
  markdownLink,
  safeHttpUrl,
  truncate,
} from '../../src/report/escape.js';
import { DEFAULT_MAX_BYTES, formatDuration, renderMarkdown } from '../../src/report/markdown.js';
import type { EvaluationReport, GateReport } from '../../src/report/types.js';
import {
  HOSTILE_STRINGS,
  blockedReport,
  erroredReport,
  gateReport,
  passingReport,
  rehearsalReport,
} from '../fixtures/reports.js';

function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

function count(html: string, pattern: RegExp): number {
  return (html.match(pattern) ?? []).length;
}

/** What an HTML rendering reads as: tags removed, entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[name] ?? entity;
  });
}

/** The text cells (`<td>`) of the table's body rows. */
function bodyCells(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1]!)),
  );
}

const shape = (html: string) => ({
  rows: count(html, /<tr>/g),
  headings: count(html, /<h[1-6][\s>]/g),
  links: count(html, /<a\s/g),
  images: count(html, /<img\b/gi),
  scripts: count(html, /<script/gi),
  details: count(html, /<details>/g),
  summaries: count(html, /<summary>/g),
  tables: count(html, /<table>/g),
  pre: count(html, /<pre>/g),
  blockquotes: count(html, /<blockquote>/g),
});

/** Expected rendering of a string as text: folded to one line and trimmed. */
const asText = (text: string) => foldLines(text).trim();

describe('escape', () => {
  test.each(HOSTILE_STRINGS.map((text) => [text]))('escapeInline renders %j as itself', (text) => {
    const html = toHtml(`x ${escapeInline(text)} y`);
    expect(html.startsWith('<p>') && html.endsWith('</p>')).toBe(true);
    expect(textOf(html)).toBe(`x ${asText(text)} y`);
    expect(shape(html)).toMatchObject({ headings: 0, links: 0, images: 0, scripts: 0, rows: 0, pre: 0 });
    expect(count(html, /<(?!\/?p>)/g)).toBe(0);
  });

  test.each(HOSTILE_STRINGS.map((text) => [text]))('escapeTableCell keeps %j in its cell', (text) => {
    const cell = escapeTableCell(text);
    const html = toHtml(`| a | b |\n| --- | --- |\n| ${cell} | z |\n`);
    expect(shape(html)).toMatchObject({ rows: 2, links: 0, images: 0, scripts: 0 });
    expect(bodyCells(html)).toEqual([[asText(text), 'z']]);
  });

  test.each(HOSTILE_STRINGS.map((text) => [text]))('escapeHtml keeps %j inside <summary>', (text) => {
    const html = toHtml(`<details>\n<summary>${escapeHtml(text)}</summary>\n\nbody\n\n</details>\n`);
    expect(shape(html)).toMatchObject({
      details: 1,
      summaries: 1,
      headings: 0,
      links: 0,
      images: 0,
      scripts: 0,
    });
    expect(count(html, /<\/summary>/g)).toBe(1);
    expect(count(html, /<\/details>/g)).toBe(1);
    const summary = /<summary>([\s\S]*?)<\/summary>/.exec(html)?.[1] ?? '';
    expect(textOf(summary)).toBe(asText(text));
  });

  test.each(HOSTILE_STRINGS.map((text) => [text]))('codeSpan holds %j in one code span', (text) => {
    for (const inTable of [false, true]) {
      const span = codeSpan(text, { inTable });
      const html = inTable ? toHtml(`| a |\n| --- |\n| ${span} |\n`) : toHtml(`x ${span} y`);
      // In a cell, text with a pipe is shown as plain escaped text rather than code.
      const plain = inTable && text.includes('|');
      expect(count(html, /<code>/g)).toBe(plain ? 0 : 1);
      expect(shape(html)).toMatchObject({
        headings: 0,
        links: 0,
        images: 0,
        scripts: 0,
        rows: inTable ? 2 : 0,
      });
      if (inTable) expect(bodyCells(html)).toEqual([[asText(text)]]);
      else expect(textOf(/<code>([\s\S]*?)<\/code>/.exec(html)?.[1] ?? '')).toBe(asText(text));
    }
  });

  test('folds every kind of line break and blanks out control and bidi characters', () => {
    expect(foldLines('a\nb\r\nc\rd\u2028e\u2029f\u0085g\vh\fi')).toBe('a b c d e f g h i');
    expect(foldLines('a \n\n\n  b\tc')).toBe('a b c');
    expect(foldLines('\u202eevil\u0000\u0007\ud800')).toBe('\ufffdevil\ufffd\ufffd\ufffd');
  });

  test('truncates to a number of characters, with an ellipsis, never splitting a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
    expect(escapeInline('x'.repeat(100_000), 50)).toBe(`${'x'.repeat(49)}…`);
    expect(escapeInline('#'.repeat(100), 3)).toBe('\\#\\#…');
  });

  test('keeps versions and paths readable, but not at the start of a line', () => {
    expect(escapeInline('v1.2.0-rc.1 in .github/release-gates.yml')).toBe(
      'v1.2.0-rc.1 in .github/release-gates.yml',
    );
    expect(escapeInline('see www.evil.example')).toBe('see www\\.evil.example');
    for (const text of [
      '- item',
      '+ item',
      '1. item',
      '12) item',
      '---',
      '===',
      '***',
      '___',
      '# h',
      '> q',
      '=',
    ]) {
      const html = toHtml(`para\n${escapeInline(text)}`);
      expect(shape(html)).toMatchObject({ headings: 0 });
      expect(count(html, /<(?!\/?p>)/g)).toBe(0);
      expect(textOf(html)).toBe(`para\n${text}`);
    }
  });

  test('only http and https URLs become links', () => {
    expect(safeHttpUrl('https://github.com/acme/widget/actions/runs/1')).toBe(
      'https://github.com/acme/widget/actions/runs/1',
    );
    expect(safeHttpUrl(' HTTP://Example.com/a b')).toBe('http://example.com/a%20b');
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'ftp://example.com/',
      '/relative/path',
      '<https://evil.example>',
      '',
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(safeHttpUrl(url)).toBeNull();
      const html = toHtml(`x ${markdownLink('title', url)} y`);
      expect(shape(html)).toMatchObject({ links: 0, images: 0, scripts: 0 });
    }
  });

  test('a link keeps its URL exact and its title as text', () => {
    const url = 'https://example.com/a(b)[c]|d&lt;e`f?q=1&r=<2>#frag"';
    const html = toHtml(`x ${markdownLink('[x](http://evil) ![img](y) <b>', url)} y`);
    expect(count(html, /<a\s/g)).toBe(1);
    expect(count(html, /<img/g)).toBe(0);
    const href = /href="([^"]*)"/.exec(html)?.[1] ?? '';
    // micromark percent-encodes a few more characters than the URL parser; the URL is the same.
    expect(decodeURI(textOf(href))).toBe(decodeURI(new URL(url).href));
    expect(textOf(html)).toBe('x [x](http://evil) ![img](y) <b> y');
    expect(markdownLink('', 'https://example.com/')).toBe('[https\\://example.com/](<https://example.com/>)');
    expect(textOf(toHtml(markdownLink('run', 'javascript:alert(1)')))).toBe('run (javascript:alert(1))');
  });

  test('a fenced block cannot be closed by its content', () => {
    const content = 'a\n```\n# not a heading\n````````\n~~~\n</details>\n<script>';
    const block = fencedBlock(content, 'json');
    expect(block.startsWith('`````````json\n')).toBe(true);
    const html = toHtml(`${block}\n# after\n`);
    expect(shape(html)).toMatchObject({ pre: 1, headings: 1, scripts: 0 });
    expect(textOf(/<pre>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '')).toBe(`${content}\n`);
    expect(fencedBlock('x', 'bad info`')).toBe('```\nx\n```\n');
  });

  test('property: escaped hostile text reads back as itself and creates nothing', () => {
    const alphabet = [
      ...'|\n\r#[]()!<>`*_~&;\\:/@.-+= \thtpswx${}^1"\'',
      ...['\u2028', '\u0000', 'é', '😀', '&lt;', 'www.', 'WwW.', '1.', '---', '===', 'a@b.c', 'http://'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const inline = toHtml(`x ${escapeInline(text)} y`);
        expect(textOf(inline).replace(/ +/g, ' ')).toBe(`x ${asText(text)} y`.replace(/ +/g, ' '));
        expect(count(inline, /<(?!\/?p>)/g)).toBe(0);
        const table = toHtml(`| a |\n| --- |\n| ${escapeTableCell(text)} |\n`);
        expect(bodyCells(table)).toEqual([[asText(text)]]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderMarkdown', () => {
  test('a passing report: verdict, stage, why, table, details and footer', () => {
    const report = passingReport();
    const markdown = renderMarkdown(report);
    const html = toHtml(markdown);
    expect(markdown.split('\n')[0]).toBe('## ✅ PASS — release gates, stage GA');
    expect(markdown).not.toContain('BLOCKED');
    expect(markdown).not.toContain('REHEARSAL');
    expect(markdown).not.toContain('truncated');
    // Title and "Gates", then "Details": two gates have details, each with its structured
    // details folded in a block of their own.
    expect(shape(html)).toMatchObject({
      headings: 3,
      rows: 4,
      details: 4,
      tables: 1,
      images: 0,
      blockquotes: 0,
    });
    // The run, and one link in each of the two detailed gates.
    expect(shape(html).links).toBe(3);
    expect(textOf(html)).toContain("Why this stage: ref 'v1.2.0' matched 'v*' of stage GA (most specific)");
    expect(bodyCells(html)).toEqual([
      ['promotion_guard', 'required', '✅\u00a0pass', 'CHECKS_PASSED 3 of 3 required checks passed'],
      [
        'windows_streak',
        'required',
        '✅\u00a0pass',
        "STREAK_MET 10 of 10 consecutive green 'windows smoke' runs on main",
      ],
      ['deps_approval', 'off', '⏭️\u00a0skipped', 'SKIPPED mode off in stage GA'],
    ]);
    const text = textOf(html);
    // The policy on one line of the footer, its file named once.
    const policyLines = markdown.split('\n').filter((line) => line.includes('release-gates.yml'));
    expect(policyLines).toEqual([
      '- **Policy:** .github/release-gates.yml (blob `e69de29bb2d1d6434b8b29ae775ad8c2e48c5391`) from workspace' +
        ' · extends acme/org-policies/release-gates/base.yml\\@v3 (blob `8ab686eafeb1f44702738c8b0f24f2567c36da6d`)' +
        ` · sha256 \`${report.policy.sha256!}\``,
    ]);
    expect(count(markdown, /Policy/g)).toBe(1);
    expect(text).toContain('API requests: 17 · Duration: 3.4 s');
    expect(text).toContain('Generated by release-gates 1.0.0 at 2026-03-02T15:04:05.000Z');
    expect(html).toContain('<a href="https://github.com/acme/widget/actions/runs/777">Workflow run</a>');
  });

  test("a gate's block opens with its message and links; the structured details are folded below", () => {
    const report = blockedReport();
    const streak = gateReport({
      id: 'windows_streak',
      status: 'fail',
      code: 'STREAK_BROKEN',
      message: "7 of 10 consecutive green 'windows smoke' runs on main",
      details: { runs: Array.from({ length: 10 }, (_, i) => ({ id: 900 + i, conclusion: 'success' })) },
      links: [{ title: 'Run #24 broke the streak', url: 'https://github.com/acme/widget/actions/runs/924' }],
    });
    report.gates = [streak];
    const html = toHtml(renderMarkdown(report));
    const block = html.slice(html.indexOf('windows_streak — STREAK_BROKEN'));
    const order = [
      block.indexOf("7 of 10 consecutive green 'windows smoke' runs on main"),
      block.indexOf('<a href="https://github.com/acme/widget/actions/runs/924">Run #24 broke the streak</a>'),
      block.indexOf('About:'),
      block.indexOf('<summary>Structured details (JSON)</summary>'),
      block.indexOf('language-json'),
    ];
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The JSON is inside a block of its own, closed before the gate's.
    expect(html).toMatch(
      /<details>\n<summary>Structured details \(JSON\)<\/summary>\n<pre><code class="language-json">[\s\S]*?<\/code><\/pre>\n<\/details>\n<\/details>/,
    );
  });

  test('a blocked report lists the blocking gates first, then warnings, table and overrides', () => {
    const markdown = renderMarkdown(blockedReport());
    const html = toHtml(markdown);
    expect(markdown.split('\n')[0]).toBe('## ❌ BLOCKED — release gates, stage GA');
    const headings = [...html.matchAll(/<h[23]>(.*?)<\/h[23]>/g)].map((match) => textOf(match[1]!));
    expect(headings).toEqual([
      '❌ BLOCKED — release gates, stage GA',
      '❌ Blocking (2)',
      '⚠️ Warnings (1)',
      'Gates',
      '🔓 Overrides (1)',
      'Details',
    ]);
    const lists = [...html.matchAll(/<ul>([\s\S]*?)<\/ul>/g)].map((match) => textOf(match[1]!).trim());
    expect(lists[0]).toBe(
      "promotion_guard — CHECKS_FAILED check 'lint' concluded failure\n" +
        'field_budgets — BUDGET_EXCEEDED 2 failures in the latest 5 runs of field tests on main',
    );
    expect(lists[1]).toBe('observability_verify — MISSING_FILE dist/observability.json was not found');
    expect(lists[2]).toBe(
      'release_freeze overridden by octocat at 2026-03-02T15:04:05.000Z: ' +
        'Hotfix for the login outage, approved by the release manager',
    );
    expect(bodyCells(html).map((row) => row.slice(1, 3))).toEqual([
      ['required', '❌\u00a0fail'],
      ['required', '❌\u00a0fail'],
      ['report only', '⚠️\u00a0error'],
      ['required', '🔓\u00a0overridden'],
    ]);
    expect(shape(html)).toMatchObject({ rows: 5, details: 6, links: 2, images: 0 });
  });

  test('a rehearsal says so in a banner', () => {
    const html = toHtml(renderMarkdown(rehearsalReport()));
    expect(count(html, /<blockquote>/g)).toBe(1);
    expect(textOf(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)?.[1] ?? '')).toContain('🧪 REHEARSAL');
    expect(textOf(html)).toContain('stage PRE_GA');
    expect(textOf(html)).toContain('from api@main');
  });

  test('an evaluation error is BLOCKED whatever the result says, and shows the error first', () => {
    const report = erroredReport();
    report.result = 'pass';
    const markdown = renderMarkdown(report);
    const html = toHtml(markdown);
    expect(markdown.split('\n')[0]).toBe('## ❌ BLOCKED — release gates, no stage');
    const banner = textOf(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)?.[1] ?? '');
    expect(banner).toContain('The evaluation could not complete');
    expect(banner).toContain(`POLICY_INVALID ${report.error!.message}`);
    expect(html.indexOf('<blockquote>')).toBeLessThan(html.indexOf('Repository:'));
    expect(textOf(html)).toContain('No gate was evaluated.');
    expect(textOf(html)).toContain('Commit: 3f786850e387550fdab836ed7e6dc881de23001b');
    expect(shape(html)).toMatchObject({ headings: 2, rows: 0, details: 0 });
  });

  test('an unresolved commit and a missing run link are shown as such', () => {
    const report = passingReport();
    report.sha = '';
    report.run_url = 'javascript:alert(1)';
    const html = toHtml(renderMarkdown(report));
    expect(textOf(html)).toContain('Commit: unresolved');
    expect(html).not.toContain('javascript:');
    expect(shape(html).links).toBe(2);
  });

  describe('hostile strings', () => {
    const huge = HOSTILE_STRINGS.join('\n').repeat(200).slice(0, 100_000);
    const okUrls = (index: number) => [
      `https://github.com/acme/widget/issues/${index}`,
      'http://example.com/a b',
    ];
    const badUrls = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '<https://evil.example>',
      '[x](http://evil)',
      '/relative',
      '',
    ];

    function hostileReport(): EvaluationReport {
      const texts = [...HOSTILE_STRINGS, huge];
      const report = blockedReport();
      report.gates = texts.map((text, index): GateReport =>
        gateReport({
          id: text,
          type: text,
          description: text,
          mode: index % 3 === 2 ? 'report_only' : 'required',
          status: index % 2 === 0 ? 'fail' : 'pass',
          code: text,
          message: text,
          details: { [text]: text, nested: [text, { text }], ticks: '`'.repeat(index + 1) },
          links: [
            ...okUrls(index).map((url) => ({ title: text, url })),
            ...badUrls.map((url) => ({ title: text, url })),
            { title: text, url: text },
          ],
        }),
      );
      report.blocking = report.gates
        .filter((gate) => gate.mode === 'required' && gate.status === 'fail')
        .map((gate) => ({ gate: gate.id, code: gate.code, message: gate.message }));
      report.warnings = report.gates
        .filter((gate) => gate.mode === 'report_only' && gate.status === 'fail')
        .map((gate) => ({ gate: gate.id, code: gate.code, message: gate.message }));
      report.overrides = texts.map((text) => ({ gate: text, actor: text, reason: text, at: text }));
      report.repository = huge;
      report.ref = '# ref\n[x](http://evil)';
      report.tag = '<script>alert(1)</script>';
      report.version = '![img](x)';
      report.sha = '``` # sha';
      report.stage = '# GA | x\n# second';
      report.stage_reason = huge;
      report.policy.path = '[x](http://evil)\n# h';
      report.policy.source = '<https://evil>';
      report.policy.sha256 = '`'.repeat(5);
      report.policy.files = texts.map((text) => ({ path: text, blob_sha: text }));
      report.tool.version = '<img src=x>';
      report.timestamp = '| x |';
      report.error = { code: '`x`', message: huge };
      return report;
    }

    const report = hostileReport();
    const markdown = renderMarkdown(report);
    const html = toHtml(markdown);
    const linkUrls = (url: string) => safeHttpUrl(url) !== null;

    test('renders exactly the expected rows, headings, links and no images or scripts', () => {
      const gateLinks = report.gates
        .flatMap((gate) => gate.links)
        .filter((link) => linkUrls(link.url)).length;
      // The two good links of each gate, and one hostile string that is a valid https URL.
      expect(gateLinks).toBe(2 * report.gates.length + 1);
      expect(shape(html)).toEqual({
        rows: 1 + report.gates.length,
        // Title, Blocking, Warnings, Gates, Overrides, Details.
        headings: 6,
        // The run link and the gates' http(s) links.
        links: 1 + gateLinks,
        images: 0,
        scripts: 0,
        // Each gate's block, and its structured details folded inside.
        details: 2 * report.gates.length,
        summaries: 2 * report.gates.length,
        tables: 1,
        pre: report.gates.length,
        // The error banner.
        blockquotes: 1,
      });
      expect(count(html, /<\/details>/g)).toBe(2 * report.gates.length);
      expect(count(html, /<\/summary>/g)).toBe(2 * report.gates.length);
      expect(
        count(
          html,
          /<(?!\/?(?:h2|h3|p|ul|li|a|strong|em|code|pre|table|thead|tbody|tr|th|td|hr|blockquote|details|summary)[\s>])/g,
        ),
      ).toBe(0);
      expect(html).not.toMatch(/href="(?!https?:)/);
      expect(html).not.toMatch(/<a href="http:\/\/evil/);
    });

    test('every code span holds exactly one value', () => {
      // A code for each table row (unless it has a pipe), blocking entry and warning; the error code, sha, sha256
      // and blob shas; and one <code> per fenced block.
      const expected =
        report.gates.filter((gate) => !truncate(asText(gate.code), 64).includes('|')).length +
        report.blocking.length +
        report.warnings.length +
        1 +
        1 +
        1 +
        report.policy.files.length +
        report.gates.length +
        // `maturity-eval.json` in the note under the one gate whose details were shortened.
        1;
      expect(count(markdown, /Details shortened/g)).toBe(1);
      expect(count(html, /<code[\s>]/g)).toBe(expected);
    });

    test('table cells read back as the (folded, shortened) strings', () => {
      const cells = bodyCells(html);
      expect(cells).toHaveLength(report.gates.length);
      cells.forEach((row, index) => {
        const gate = report.gates[index]!;
        expect(row).toHaveLength(4);
        expect(row[0]).toBe(truncate(asText(gate.id), 200));
        expect(row[3]).toBe(`${truncate(asText(gate.code), 64)} ${truncate(asText(gate.message), 1_000)}`);
      });
    });

    test('the 100 kB strings are shortened', () => {
      expect(markdown.length).toBeLessThan(400_000);
      expect(textOf(html)).toContain('…');
    });

    test('property: random hostile strings anywhere never change the structure', () => {
      const alphabet = [
        ...'|\n\r#[]()!<>`*_~&;\\:/@.-+=  \thtpswx${}^1"\'',
        'http://',
        'https://e.x',
        'www.',
        'javascript:',
        '<details>',
        '</summary>',
        '<script>',
        '&lt;',
        '```',
        '\u2028',
        '\u0000',
        '😀',
      ];
      const hostile = fc
        .array(fc.constantFrom(...alphabet), { maxLength: 30 })
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), fc.boolean(), (texts, rehearsal) => {
          const [id, code, message, description, title, url, stage, reason] = texts as [
            string,
            string,
            string,
            string,
            string,
            string,
            string,
            string,
          ];
          const r = blockedReport();
          r.rehearsal = rehearsal;
          r.stage = stage;
          r.stage_reason = reason;
          r.gates = [
            gateReport({
              id,
              code,
              message,
              description,
              details: { [id]: message },
              links: [{ title, url }],
            }),
            gateReport({
              id: message,
              status: 'fail',
              code: reason,
              message: id,
              links: [{ title, url: 'https://a.example/' }],
            }),
          ];
          r.blocking = [{ gate: message, code: reason, message: id }];
          r.warnings = [{ gate: id, code, message }];
          r.overrides = [{ gate: id, actor: title, reason: message, at: code }];
          const out = toHtml(renderMarkdown(r));
          const links = 1 + 1 + (safeHttpUrl(url) === null ? 0 : 1);
          expect(shape(out)).toEqual({
            rows: 3,
            headings: 6,
            links,
            images: 0,
            scripts: 0,
            // Both gates' blocks, and the structured details of both (the second's are the
            // fixture's default).
            details: 4,
            summaries: 4,
            tables: 1,
            pre: 2,
            blockquotes: rehearsal ? 1 : 0,
          });
          const cells = bodyCells(out);
          expect(cells.map((row) => row[0])).toEqual([
            truncate(asText(id), 200) || '(empty)',
            truncate(asText(message), 200) || '(empty)',
          ]);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('size limit', () => {
    function bigReport(gates: number, detailBytes: number): EvaluationReport {
      const report = blockedReport();
      report.gates = Array.from({ length: gates }, (_, index) =>
        gateReport({
          id: `gate_${String(index).padStart(3, '0')}`,
          status: index % 4 === 0 ? 'fail' : 'pass',
          code: index % 4 === 0 ? 'CHECKS_FAILED' : 'CHECKS_PASSED',
          message: `message of gate ${index} `.repeat(20),
          details: { log: `${index}`.padEnd(detailBytes, 'x') },
        }),
      );
      report.blocking = report.gates
        .filter((gate) => gate.status === 'fail')
        .map((gate) => ({ gate: gate.id, code: gate.code, message: gate.message }));
      return report;
    }

    const blockingRowsKept = (html: string, report: EvaluationReport) => {
      const ids = new Set(bodyCells(html).map((row) => row[0]));
      return report.blocking.every((entry) => ids.has(entry.gate));
    };

    test('200 gates with 20 kB of details each stay under 1 MB and keep the verdict and blocking rows', () => {
      const report = bigReport(200, 20_000);
      const markdown = renderMarkdown(report);
      expect(DEFAULT_MAX_BYTES).toBe(1_000_000);
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
      expect(markdown.startsWith('## ❌ BLOCKED — release gates, stage GA\n')).toBe(true);
      const html = toHtml(markdown);
      expect(textOf(html)).toContain('This report was truncated');
      expect(textOf(html)).toContain('The full report is in maturity-eval.json');
      expect(blockingRowsKept(html, report)).toBe(true);
      // Details give way first: the table still has every row.
      expect(count(html, /<tr>/g)).toBe(201);
      // Blocking gates' details are kept first.
      const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)]
        .map((match) => textOf(match[1]!))
        .filter((summary) => summary !== 'Structured details (JSON)');
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.length).toBeLessThan(200);
      const blockingIds = new Set(report.blocking.map((entry) => entry.gate));
      expect(summaries.every((summary) => blockingIds.has(summary.split(' ')[1]!))).toBe(true);
      expect(count(html, /<details>/g)).toBe(count(html, /<\/details>/g));
    });

    test('a report that fits is not truncated', () => {
      const markdown = renderMarkdown(bigReport(20, 1_000));
      expect(markdown).not.toContain('truncated');
      // Each gate's block, and its structured details folded inside.
      expect(count(toHtml(markdown), /<details>/g)).toBe(40);
    });

    test('under a tight limit, messages are shortened and only blocking rows are kept', () => {
      const report = bigReport(400, 100);
      const markdown = renderMarkdown(report, { maxBytes: 60_000 });
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(60_000);
      const html = toHtml(markdown);
      expect(markdown.startsWith('## ❌ BLOCKED')).toBe(true);
      expect(blockingRowsKept(html, report)).toBe(true);
      expect(textOf(html)).toContain('maturity-eval.json');
      const blockingList = textOf(/<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '')
        .trim()
        .split('\n');
      expect(blockingList).toHaveLength(report.blocking.length);
    });

    test('even a tiny limit is respected, and says where the full report is', () => {
      for (const maxBytes of [4_000, 500, 100, 0]) {
        const markdown = renderMarkdown(bigReport(50, 1_000), { maxBytes });
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
        if (maxBytes >= 500) {
          expect(markdown.startsWith('## ❌ BLOCKED')).toBe(true);
          expect(markdown).toContain('maturity-eval.json');
        }
      }
    });

    test('multi-byte text is measured in bytes', () => {
      const report = bigReport(50, 10);
      for (const gate of report.gates) gate.details = { text: '😀'.repeat(5_000) };
      const markdown = renderMarkdown(report, { maxBytes: 100_000 });
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(100_000);
      expect(markdown).toContain('truncated');
    });
  });

  test('durations read naturally', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(3_412)).toBe('3.4 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(Number.NaN)).toBe('?');
  });
});
