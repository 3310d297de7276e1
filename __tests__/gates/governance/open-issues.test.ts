// open_issues' judge with plain facts: both codes, the title filter, max_open and the message.
import type { IssueFact } from '../../../src/facts/issues.js';
import {
  judgeOpenIssues,
  type OpenIssuesFacts,
  type OpenIssuesParams,
} from '../../../src/gates/open-issues.js';

const issue = (number: number, title: string): IssueFact => ({
  number,
  title,
  url: `https://github.com/acme/plasmite/issues/${number}`,
  labels: ['release-blocker'],
  milestone: null,
});

const facts = (issues: IssueFact[], extra: Partial<OpenIssuesFacts> = {}): OpenIssuesFacts => ({
  issues,
  pullRequestsSkipped: 0,
  milestone: null,
  ...extra,
});

const PARAMS: OpenIssuesParams = { labels: ['release-blocker'], max_open: 0 };

describe('open_issues', () => {
  it('none open: NO_BLOCKERS', () => {
    expect(judgeOpenIssues(PARAMS, facts([]))).toMatchObject({
      status: 'pass',
      code: 'NO_BLOCKERS',
      message: "No open issues labelled 'release-blocker'.",
      links: [],
    });
  });

  it('open ones: OPEN_BLOCKERS listing #n title, with a link to each', () => {
    const verdict = judgeOpenIssues(
      PARAMS,
      facts([issue(14, 'Data loss on restart'), issue(10, 'Crash on start')]),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'OPEN_BLOCKERS' });
    expect(verdict.message).toBe(
      "2 open issues labelled 'release-blocker' (at most 0 allowed): #10 Crash on start, #14 Data loss on restart.",
    );
    expect(verdict.links).toEqual([
      { title: '#10 Crash on start', url: 'https://github.com/acme/plasmite/issues/10' },
      { title: '#14 Data loss on restart', url: 'https://github.com/acme/plasmite/issues/14' },
    ]);
    expect(verdict.details).toMatchObject({ open: 2, issues: [{ number: 10 }, { number: 14 }] });
  });

  it('names five in the message and all in the details', () => {
    const many = Array.from({ length: 8 }, (_, i) => issue(i + 1, `Bug ${i + 1}`));
    const verdict = judgeOpenIssues(PARAMS, facts(many));
    expect(verdict.message).toMatch(/#5 Bug 5 and 3 more\.$/);
    expect((verdict.details!.issues as unknown[]).length).toBe(8);
    expect(verdict.links).toHaveLength(8);
  });

  it('title_contains: a case-insensitive substring', () => {
    const params = { ...PARAMS, title_contains: 'V1.2.0' };
    const verdict = judgeOpenIssues(
      params,
      facts([issue(10, 'Crash in v1.2.0-rc.1'), issue(11, 'Crash in v1.3.0')]),
    );
    expect(verdict).toMatchObject({ code: 'OPEN_BLOCKERS' });
    expect(verdict.details).toMatchObject({ open: 1, issues: [{ number: 10 }] });
    expect(verdict.message).toContain("with 'V1.2.0' in the title");
    expect(judgeOpenIssues(params, facts([issue(11, 'Crash in v1.3.0')]))).toMatchObject({
      code: 'NO_BLOCKERS',
    });
  });

  it('max_open tolerates that many', () => {
    const params = { ...PARAMS, max_open: 1 };
    expect(judgeOpenIssues(params, facts([issue(10, 'Crash')]))).toMatchObject({
      status: 'pass',
      code: 'NO_BLOCKERS',
      message: "1 open issue labelled 'release-blocker', within the 1 allowed: #10 Crash.",
    });
    expect(judgeOpenIssues(params, facts([issue(10, 'Crash'), issue(11, 'Hang')]))).toMatchObject({
      status: 'fail',
      code: 'OPEN_BLOCKERS',
    });
  });

  it('describes the milestone and counts the pull requests it left out', () => {
    const verdict = judgeOpenIssues(
      { max_open: 0, milestone: 'v1.2.0' },
      facts([issue(10, 'Crash')], {
        milestone: { number: 3, title: 'v1.2.0', state: 'open' },
        pullRequestsSkipped: 2,
      }),
    );
    expect(verdict.message).toBe("1 open issue in milestone 'v1.2.0' (at most 0 allowed): #10 Crash.");
    expect(verdict.details).toMatchObject({
      pull_requests_skipped: 2,
      filter: { milestone: { number: 3, title: 'v1.2.0' } },
    });
  });

  it('a multi-line title stays on one line in the message', () => {
    const verdict = judgeOpenIssues(PARAMS, facts([issue(10, 'Crash\n## heading')]));
    expect(verdict.message).toContain('#10 Crash ## heading');
    expect(verdict.message).not.toContain('\n');
  });
});
