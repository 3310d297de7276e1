// GitHub refuses a job summary over 1 MiB (1,048,576 bytes). A policy of 200 gates whose
// evidence carries long messages and big details would render far past it; the bundled action
// must still write a summary under the limit that keeps the verdict and every blocking gate,
// says it was truncated, and leaves the whole report in maturity-eval.json.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { renderMarkdown } from '../../src/report/markdown.js';
import { runAction, type ActionRun } from './harness.js';

const SHA = '5a1e5123'.padEnd(40, '0');
const LIMIT = 1_048_576;
const GATES = 200;

type Kind = 'blocking' | 'warning' | 'pass';

/** Every 10th gate fails and is required (blocks); three in ten fail report-only (warn). */
function kindOf(index: number): Kind {
  if (index % 10 === 0) return 'blocking';
  if (index % 10 <= 3) return 'warning';
  return 'pass';
}

const gates = Array.from({ length: GATES }, (_, i) => {
  const index = i + 1;
  const id = `check_${String(index).padStart(3, '0')}`;
  return { id, index, kind: kindOf(index), file: `evidence/${id}.json` };
});

/** A failing verdict's value at `/ok`: about 40 KB of JSON, which the gate reports as `actual`. */
function bigValue(id: string): unknown {
  return {
    verdict: 'not ok',
    probes: Array.from({ length: 240 }, (_, n) => ({
      probe: `${id}/probe-${n}`,
      endpoint: `https://status.example.com/${id}/probes/${n}`,
      observed: 'timeout after 30 s; retried 3 times with backoff, every attempt refused',
    })),
  };
}

/** A long one-line message (the file's own `message` replaces the gate's). */
function longMessage(id: string): string {
  return `${id} failed its verification: ` + 'the probe did not answer within its deadline; '.repeat(60);
}

function evidenceFile(gate: (typeof gates)[number]): string {
  if (gate.kind === 'pass') return JSON.stringify({ ok: true, message: `${gate.id} verified` });
  return JSON.stringify({ ok: bigValue(gate.id), code: 'PROBES_FAILED', message: longMessage(gate.id) });
}

const POLICY = [
  'version: 1',
  'stages:',
  '  GA:',
  '    match: ["v*"]',
  '    gates:',
  ...gates.map((g) => `      ${g.id}: ${g.kind === 'warning' ? 'report_only' : 'required'}`),
  'gates:',
  ...gates.flatMap((g) => [`  ${g.id}:`, '    type: evidence', `    with: { path: ${g.file} }`]),
  '',
].join('\n');

function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** The first cell of each body row of the gates table, as text. */
function tableGateIds(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>/g)].map((row) => row[1]!.replace(/<[^>]*>/g, ''));
}

describe('a policy of 200 gates with big details', () => {
  let run: ActionRun;
  const blocking = gates.filter((g) => g.kind === 'blocking').map((g) => g.id);

  beforeAll(async () => {
    run = await runAction({
      inputs: { ref: 'refs/tags/v2.0.0', sha: SHA },
      files: {
        '.github/release-gates.yml': POLICY,
        ...Object.fromEntries(gates.map((g) => [g.file, evidenceFile(g)])),
      },
      timeoutMs: 120_000,
    });
  }, 150_000);

  test('the evaluation blocks on the 20 required failures', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.report).not.toBeNull();
    expect(run.report!.result).toBe('fail');
    expect(run.report!.blocking.map((b) => b.gate).sort()).toEqual(blocking);
  });

  test('rendered in full, the summary would be over 1 MiB', () => {
    const full = renderMarkdown(run.report!, { maxBytes: Number.MAX_SAFE_INTEGER });
    expect(Buffer.byteLength(full)).toBeGreaterThan(LIMIT);
    expect(full).not.toContain('This report was truncated');
  });

  test('the job summary is under 1 MiB and keeps the verdict and every blocking gate', () => {
    const bytes = Buffer.byteLength(run.summary);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(LIMIT);
    // The summary file holds exactly the report's Markdown.
    expect(run.summary).toBe(run.reportMd);

    expect(run.summary.split('\n')[0]).toBe('## ❌ BLOCKED — release gates, stage GA');
    expect(run.summary).toContain('**This report was truncated**');
    expect(run.summary).toMatch(/truncated.*The full report is in `maturity-eval\.json`/);
    expect(run.summary).toMatch(
      /_The details of \d+ gates were left out to fit the size limit; they are in `maturity-eval\.json`\._/,
    );

    const html = toHtml(run.summary);
    // The blocking list names every blocking gate, with its code.
    const blockingList = /<h3>❌ Blocking \(20\)<\/h3>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    for (const id of blocking)
      expect(blockingList).toContain(`<strong>${id}</strong> — <code>PROBES_FAILED</code>`);
    // Every blocking gate keeps its row in the gates table.
    const rows = tableGateIds(html);
    for (const id of blocking) expect(rows).toContain(id);
    // The collapsible details stay well-formed HTML after the cut.
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    // Whatever details were kept, the blocking gates' come first: no other gate keeps its
    // details while a blocking gate has lost its own.
    // A summary reads "ICON STATUS ID — CODE (TIME)".
    const detailed = [...html.matchAll(/<summary>[^<]*? (check_\d+) — /g)].map((m) => m[1]!);
    // The pattern must still recognise the details, or the check below would pass on nothing.
    expect(detailed.length).toBeGreaterThan(0);
    const blockingKept = blocking.filter((id) => detailed.includes(id));
    if (blockingKept.length < blocking.length)
      expect(detailed.filter((id) => !blocking.includes(id))).toEqual([]);
  });

  test('maturity-eval.json keeps all 200 gates with their full details and messages', () => {
    const report = run.report!;
    expect(report.gates).toHaveLength(GATES);
    expect(report.gates.map((g) => g.id)).toEqual(gates.map((g) => g.id));
    for (const gate of gates) {
      const reported = report.gates.find((g) => g.id === gate.id)!;
      if (gate.kind === 'pass') {
        expect(reported).toMatchObject({ status: 'pass', mode: 'required', message: `${gate.id} verified` });
        continue;
      }
      expect(reported).toMatchObject({
        status: 'fail',
        code: 'PROBES_FAILED',
        mode: gate.kind === 'blocking' ? 'required' : 'report_only',
        message: longMessage(gate.id).trim(),
      });
      expect(reported.details).toMatchObject({ path: gate.file, actual: bigValue(gate.id) });
    }
  });
});
