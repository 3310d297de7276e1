// file_blockers: the issue body (every blocking gate, escaped so nothing from GitHub or a file
// can forge Markdown), and the side effect itself against the in-process emulator: opened once,
// updated in place, resolved by a passing run, never in a rehearsal, a 403 only a warning.
import { jest } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  BLOCKERS_LABEL,
  blockersTitle,
  fileBlockers,
  renderBlockersBody,
  renderResolvedComment,
} from '../src/blockers.js';
import type { EvaluationReport } from '../src/report/types.js';
import {
  blockedReport,
  erroredReport,
  HOSTILE_STRINGS,
  passingReport,
  rehearsalReport,
} from './fixtures/reports.js';
import { live, repository, type Live } from './gates/governance/fixtures.js';

const RUN_URL = 'https://github.com/acme/widget/actions/runs/999000';

function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('the blockers issue', () => {
  it('is titled by the tag, or by the branch name on a branch', () => {
    expect(blockersTitle({ tag: 'v1.2.0', ref: 'refs/tags/v1.2.0' })).toBe('Release blockers: v1.2.0');
    expect(blockersTitle({ tag: null, ref: 'refs/heads/release/1.x' })).toBe('Release blockers: release/1.x');
    expect(blockersTitle({ tag: null, ref: '' })).toBeNull();
  });

  it('lists each blocking gate with its code, message and links, and the run', () => {
    const body = renderBlockersBody(blockedReport(), RUN_URL);
    const html = toHtml(body);
    expect(count(html, /<tr>/g)).toBe(1 + 2); // header + the two blocking gates (not the warning)
    expect(html).toContain('<code>promotion_guard</code>');
    expect(html).toContain('<code>CHECKS_FAILED</code>');
    expect(html).toContain("check 'lint' concluded failure");
    expect(html).toContain('<code>BUDGET_EXCEEDED</code>');
    expect(html).not.toContain('observability_verify');
    expect(html).toContain('<a href="https://github.com/acme/widget/runs/102">lint</a>');
    expect(html).toContain(`<a href="${RUN_URL}">workflow run</a>`);
    expect(body).toContain('2 required gates did not pass');
    expect(body).toContain('stage `GA`');
  });

  it('escapes whatever the gates and the policy put in it: no forged rows, headings or links', () => {
    const report = blockedReport();
    report.blocking = HOSTILE_STRINGS.map((text, i) => ({
      gate: `gate_${i}${text}`,
      code: 'CHECKS_FAILED',
      message: text,
    }));
    report.gates = [];
    report.stage = 'GA | x\n# y';
    report.tag = 'v1 | [x](https://evil.example)';
    const html = toHtml(renderBlockersBody(report, 'javascript:alert(1)'));
    expect(count(html, /<tr>/g)).toBe(1 + HOSTILE_STRINGS.length);
    expect(count(html, /<h[1-6]/g)).toBe(1);
    expect(html).not.toMatch(/<a href="(?!https:\/\/github\.com)/);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript');
  });

  it('stays far below GitHub’s 65,536-character body limit with huge messages', () => {
    const report = blockedReport();
    report.blocking = Array.from({ length: 300 }, (_, i) => ({
      gate: `g${i}`,
      code: 'X',
      message: 'm'.repeat(10_000),
    }));
    const body = renderBlockersBody(report, RUN_URL);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('…and 250 more');
  });

  it('the resolving comment names the ref and links the run', () => {
    const html = toHtml(renderResolvedComment(passingReport(), RUN_URL));
    expect(html).toContain('pass now for <code>v1.2.0</code>');
    expect(html).toContain(`<a href="${RUN_URL}">workflow run</a>`);
  });
});

describe('fileBlockers against the emulator', () => {
  // Octokit's throttling spaces writes (POST, PATCH) one second apart, as GitHub asks of clients.
  jest.setTimeout(20_000);
  let world: Live;
  const repo = { owner: 'acme', repo: 'widget' };
  afterEach(() => world.emulator.close());

  async function start(extra: Parameters<typeof repository>[0] = {}) {
    world = await live({ repository: { owner: 'acme', name: 'widget' }, ...extra });
    return world;
  }

  const file = (report: EvaluationReport, rehearsal = false) =>
    fileBlockers(report, { github: world.github, repository: 'acme/widget', runUrl: RUN_URL, rehearsal });

  const issues = () => world.emulator.state.repository.issues;
  const comments = () => world.emulator.state.repository.comments;

  it('blocked twice: one issue, opened then updated in place; passing later: commented on and closed', async () => {
    await start({ issues: [{ number: 1, title: 'Unrelated' }] });
    const first = await file(blockedReport());
    expect(first).toMatchObject({
      action: 'opened',
      issue: 2,
      url: 'https://github.com/acme/widget/issues/2',
    });
    expect(issues().filter((i) => i.title === 'Release blockers: v1.2.0')).toHaveLength(1);
    expect(issues()[1]).toMatchObject({ number: 2, state: 'open', labels: [BLOCKERS_LABEL] });
    expect(issues()[1]!.body).toContain('`CHECKS_FAILED`');

    world.emulator.resetLog();
    const again = blockedReport();
    again.blocking = again.blocking.slice(1);
    const second = await file(again);
    expect(second).toMatchObject({ action: 'updated', issue: 2 });
    expect(issues().filter((i) => i.title === 'Release blockers: v1.2.0')).toHaveLength(1);
    expect(issues()[1]!.body).not.toContain('CHECKS_FAILED');
    expect(issues()[1]!.body).toContain('`BUDGET_EXCEEDED`');
    // Found by its label in one request, then one edit.
    expect(world.emulator.requests().map((r) => r.route)).toEqual([
      'GET /repos/{owner}/{repo}/issues',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);

    world.emulator.resetLog();
    const resolved = await file(passingReport());
    expect(resolved).toMatchObject({ action: 'resolved', issue: 2 });
    expect(issues()[1]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('pass now');
    expect(world.emulator.requests()).toHaveLength(3);

    // Passing again: nothing left to resolve.
    world.emulator.resetLog();
    expect(await file(passingReport())).toMatchObject({ action: 'none' });
    expect(comments()).toHaveLength(1);
    expect(world.emulator.requests().every((r) => r.method === 'GET')).toBe(true);
    expect(world.emulator.requests()).toHaveLength(2); // by label, then by title
  });

  it('finds an issue that lost its label by its exact title, and labels it again', async () => {
    await start({
      issues: [
        { number: 5, title: 'Release blockers: v1.2.0', state: 'closed' },
        { number: 6, title: 'Release blockers: v1.2.0 (old)' },
        { number: 7, title: 'Release blockers: v1.2.0' },
      ],
      pulls: [{ number: 8, title: 'Release blockers: v1.2.0', head_sha: 'a'.repeat(40), head_ref: 'x' }],
    });
    expect(await file(blockedReport())).toMatchObject({ action: 'updated', issue: 7 });
    expect(issues().find((i) => i.number === 7)!.labels).toEqual([BLOCKERS_LABEL]);
    expect(issues()).toHaveLength(3);
  });

  it('an unlabelled blockers issue deep in the list: found before opening (no duplicate); resolving looks one page deep', async () => {
    const others = Array.from({ length: 250 }, (_, i) => ({
      number: 100 + i,
      title: `Other ${i}`,
      updated_at: `2026-02-0${1 + (i % 9)}T00:00:00Z`,
    }));
    await start({
      issues: [
        { number: 7, title: 'Release blockers: v1.2.0', updated_at: '2026-01-01T00:00:00Z' },
        ...others,
      ],
    });
    // Label (nothing), then three pages by title, most recently updated first; then the edit.
    expect(await file(blockedReport())).toMatchObject({ action: 'updated', issue: 7 });
    expect(world.emulator.requests()).toHaveLength(1 + 3 + 1);
    expect(issues().filter((i) => i.title === 'Release blockers: v1.2.0')).toHaveLength(1);
    // Now labelled again, the passing run finds it in one request.
    world.emulator.resetLog();
    expect(await file(passingReport())).toMatchObject({ action: 'resolved', issue: 7 });
    expect(world.emulator.requests().filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('a closed issue of the same title is not reused: a new one is opened', async () => {
    await start({
      issues: [{ number: 5, title: 'Release blockers: v1.2.0', state: 'closed', labels: [BLOCKERS_LABEL] }],
    });
    expect(await file(blockedReport())).toMatchObject({ action: 'opened', issue: 6 });
  });

  it('a rehearsal, a crashed evaluation or no token: nothing is read or written', async () => {
    await start();
    expect(await file(blockedReport(), true)).toMatchObject({ action: 'none' });
    const rehearsal = rehearsalReport();
    rehearsal.result = 'fail';
    rehearsal.blocking = [{ gate: 'g', code: 'X', message: 'm' }];
    expect(await file(rehearsal)).toMatchObject({
      action: 'none',
      message: expect.stringContaining('rehearsal'),
    });
    expect(await file(erroredReport())).toMatchObject({
      action: 'none',
      message: expect.stringContaining('POLICY_INVALID'),
    });
    expect(world.emulator.requests()).toHaveLength(0);
    const none = await fileBlockers(blockedReport(), { github: null, repository: repo, rehearsal: false });
    expect(none).toMatchObject({ action: 'none', warning: expect.stringContaining('no token') });
  });

  it('a token with issues: read only: a warning naming `issues: write`, never a throw', async () => {
    await start({ permissions: { issues: 'read' } });
    const result = await file(blockedReport());
    expect(result.action).toBe('none');
    expect(result.warning).toContain('`issues: write`');
    expect(result.warning).toContain('403 on POST /repos/acme/widget/issues');
    expect(result.warning).toContain('The verdict is unchanged.');
    expect(issues()).toHaveLength(0);
  });

  it('a token without issues access at all: the same warning, from the first read', async () => {
    await start({ permissions: { issues: 'none' } });
    const result = await file(passingReport());
    expect(result).toMatchObject({ action: 'none', warning: expect.stringContaining('`issues: write`') });
  });

  it('creating with the label refused: opened without it (found by title next time)', async () => {
    await start({
      faults: [{ route: 'POST /repos/{owner}/{repo}/issues', kind: 'status', status: 403, times: 1 }],
    });
    expect(await file(blockedReport())).toMatchObject({ action: 'opened', issue: 1 });
    expect(issues()[0]!.labels).toEqual([]);
    expect(await file(blockedReport())).toMatchObject({ action: 'updated', issue: 1 });
    expect(issues()).toHaveLength(1);
  });

  it('GitHub failing: a warning with the reason', async () => {
    await start({ faults: [{ route: 'GET /repos/{owner}/{repo}/issues', kind: 'status', status: 500 }] });
    const result = await file(blockedReport());
    expect(result).toMatchObject({
      action: 'none',
      warning: expect.stringContaining('could not look for the issue'),
    });
  });
});
