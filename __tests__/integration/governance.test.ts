// The governance gates (approval, open_issues) and file_blockers through the bundled action
// against the local GitHub emulator: the windows-graduation example's maintainer_signoff on a
// pull_request event and from the commit alone, release-publish's blockers with pull requests
// mixed into the issues API and a milestone, and the blockers issue opened once, updated in
// place, never touched by a rehearsal, and resolved when the gates pass. Every code of the two
// gates is reached through the bundle.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  shaOf,
  startEmulator,
  type Emulator,
  type ReviewSpec,
  type Scenario,
} from '../../test/emulator/index.js';
import { NODES, ROOT, runAction, type ActionRun } from './harness.js';

const HEAD = shaOf('graduation head');
const OLD_HEAD = shaOf('graduation first push');
const BASE = shaOf('main');
const TAG_SHA = shaOf('v1.2.0');
const OUR_TYPES = new Set(['approval', 'open_issues']);

// Each run is a Node process; file_blockers' writes are spaced a second apart by Octokit's throttling.
jest.setTimeout(60_000);

/** An example (examples/) keeping only the gates of these two types (the others belong to other suites). */
function example(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(ROOT, 'examples', file), 'utf8');
  const doc = parse(text) as {
    stages: Record<string, { gates: Record<string, string> }>;
    gates: Record<string, { type: string }>;
  };
  for (const [id, gate] of Object.entries(doc.gates)) {
    if (OUR_TYPES.has(gate.type)) continue;
    delete doc.gates[id];
    for (const stage of Object.values(doc.stages)) delete stage.gates[id];
  }
  return doc;
}

const GRADUATION = stringify(example('windows-graduation.yml'));

/** release-publish's `blockers`, plus a milestone gate of the same type. */
function publishPolicy(): string {
  const doc = example('release-publish.yml') as {
    stages: Record<string, { gates: Record<string, string> }>;
    gates: Record<string, unknown>;
  };
  doc.gates.milestone_blockers = { type: 'open_issues', with: { milestone: '{version}', max_open: 1 } };
  doc.stages.RELEASE!.gates.milestone_blockers = 'required';
  return stringify(doc);
}

function graduationScenario(reviews: ReviewSpec[], extra: Partial<Scenario> = {}): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [{ sha: BASE }, { sha: OLD_HEAD, parents: [BASE] }, { sha: HEAD, parents: [OLD_HEAD] }],
    branches: { main: BASE, 'windows-graduation': HEAD },
    pulls: [
      {
        number: 12,
        title: 'Windows leaves preview',
        head_sha: HEAD,
        head_ref: 'windows-graduation',
        user: 'windows-champion',
        reviews,
      },
    ],
    ...extra,
  };
}

interface Evaluated {
  result: ActionRun;
  gate: (id: string) => { status: string; code: string; message: string; details: Record<string, unknown> };
  api: { method: string; route: string | null; kind: string }[];
}

async function withEmulator<T>(scenario: Scenario, body: (emulator: Emulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator(scenario);
  try {
    return await body(emulator);
  } finally {
    await emulator.close();
  }
}

async function evaluate(
  emulator: Emulator,
  options: {
    policy: string;
    inputs: Record<string, string>;
    event?: unknown;
    env?: Record<string, string>;
    node?: string;
  },
): Promise<Evaluated> {
  emulator.resetLog();
  const result = await runAction({
    apiUrl: emulator.url,
    node: options.node,
    inputs: { upload_report: 'false', ...options.inputs },
    files: { '.github/release-gates.yml': options.policy },
    event: options.event ?? {},
    env: options.env ?? {},
  });
  if (!result.report) throw new Error(`no report\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  const gates = new Map(result.report.gates.map((g) => [g.id, g]));
  return {
    result,
    gate: (id) => {
      const gate = gates.get(id);
      if (!gate) throw new Error(`no gate ${id} in ${[...gates.keys()].join(', ')}`);
      return gate as unknown as ReturnType<Evaluated['gate']>;
    },
    api: emulator
      .requests()
      .filter((r) => r.kind === 'rest' || r.kind === 'graphql')
      .map((r) => ({ method: r.method, route: r.route, kind: r.kind })),
  };
}

const SIGNOFF = { stage: 'GRADUATION', ref: 'refs/heads/windows-graduation', sha: HEAD };
const PR_EVENT = { action: 'synchronize', number: 12, pull_request: { number: 12, head: { sha: HEAD } } };

describe.each(NODES)('maintainer_signoff on the graduation pull request, on $name', ({ bin }) => {
  it('approved by a MEMBER on the current head: APPROVED, the step passes, one GraphQL request', async () => {
    await withEmulator(
      graduationScenario([{ user: 'maintainer', state: 'APPROVED', author_association: 'MEMBER' }]),
      async (emulator) => {
        const { result, gate, api } = await evaluate(emulator, {
          policy: GRADUATION,
          inputs: SIGNOFF,
          event: PR_EVENT,
          node: bin,
        });
        expect(gate('maintainer_signoff')).toMatchObject({
          status: 'pass',
          code: 'APPROVED',
          message: `#12 approved by maintainer (MEMBER) on head ${HEAD.slice(0, 7)} (1 of 1 required approval).`,
        });
        expect(result.exitCode).toBe(0);
        expect(result.outputs.result).toBe('pass');
        expect(result.outputs.stage).toBe('GRADUATION');
        expect(api).toEqual([{ method: 'POST', route: 'POST /graphql', kind: 'graphql' }]);
        expect(result.report!.stats.api_requests).toBe(1);
      },
    );
  });
});

describe('maintainer_signoff codes through the bundle', () => {
  it('approved by a CONTRIBUTOR only: NOT_APPROVED, and the step fails', async () => {
    await withEmulator(
      graduationScenario([
        { user: 'drive-by', state: 'APPROVED', author_association: 'CONTRIBUTOR' },
        { user: 'windows-champion', state: 'COMMENTED', author_association: 'MEMBER' },
      ]),
      async (emulator) => {
        const { result, gate } = await evaluate(emulator, {
          policy: GRADUATION,
          inputs: SIGNOFF,
          event: PR_EVENT,
        });
        expect(gate('maintainer_signoff')).toMatchObject({
          status: 'fail',
          code: 'NOT_APPROVED',
          message:
            '#12 has 0 of 1 required approval from OWNER or MEMBER reviewers (not counted: drive-by (CONTRIBUTOR)).',
        });
        expect(result.exitCode).toBe(1);
        expect(JSON.parse(result.outputs.blocking!)).toEqual(['maintainer_signoff']);
      },
    );
  });

  it('the only MEMBER approval is of an older push: STALE_APPROVAL naming both commits', async () => {
    await withEmulator(
      graduationScenario([{ user: 'maintainer', state: 'APPROVED', commit_id: OLD_HEAD }]),
      async (emulator) => {
        const { result, gate } = await evaluate(emulator, {
          policy: GRADUATION,
          inputs: SIGNOFF,
          event: PR_EVENT,
        });
        expect(gate('maintainer_signoff')).toMatchObject({ status: 'fail', code: 'STALE_APPROVAL' });
        expect(gate('maintainer_signoff').message).toContain(
          `approved an older commit (${OLD_HEAD.slice(0, 7)}), not the head ${HEAD.slice(0, 7)}`,
        );
        expect(result.exitCode).toBe(1);
      },
    );
  });

  it('approved, then changes requested by an OWNER, then a comment: CHANGES_REQUESTED', async () => {
    await withEmulator(
      graduationScenario([
        { user: 'maintainer', state: 'APPROVED' },
        { user: 'owner', state: 'APPROVED', author_association: 'OWNER' },
        { user: 'owner', state: 'CHANGES_REQUESTED', author_association: 'OWNER' },
        { user: 'owner', state: 'COMMENTED', author_association: 'OWNER' },
      ]),
      async (emulator) => {
        const { result, gate } = await evaluate(emulator, {
          policy: GRADUATION,
          inputs: SIGNOFF,
          event: PR_EVENT,
        });
        expect(gate('maintainer_signoff')).toMatchObject({
          status: 'fail',
          code: 'CHANGES_REQUESTED',
          message: '#12: changes requested by owner (OWNER); address them and ask for a new review.',
        });
        expect(result.exitCode).toBe(1);
      },
    );
  });

  it('no event: the pull request is found from the commit (REST), then read (GraphQL)', async () => {
    await withEmulator(graduationScenario([{ user: 'maintainer', state: 'APPROVED' }]), async (emulator) => {
      const { gate, api } = await evaluate(emulator, { policy: GRADUATION, inputs: SIGNOFF });
      expect(gate('maintainer_signoff')).toMatchObject({ status: 'pass', code: 'APPROVED' });
      expect(gate('maintainer_signoff').details).toMatchObject({
        selection: {
          source: 'commit',
          number: 12,
          reason: expect.stringContaining('the open pull request whose head is the commit'),
        },
      });
      expect(api.map((r) => r.route)).toEqual([
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        'POST /graphql',
      ]);
    });
  });

  it('no event and no pull request for the commit: NO_PULL_REQUEST fails closed', async () => {
    await withEmulator(graduationScenario([], { pulls: [] }), async (emulator) => {
      const { result, gate } = await evaluate(emulator, { policy: GRADUATION, inputs: SIGNOFF });
      expect(gate('maintainer_signoff')).toMatchObject({ status: 'fail', code: 'NO_PULL_REQUEST' });
      expect(result.exitCode).toBe(1);
    });
  });

  it('a token without pull-requests access: error naming the permission, never a pass', async () => {
    await withEmulator(
      graduationScenario([], { permissions: { 'pull-requests': 'none' } }),
      async (emulator) => {
        const { result, gate } = await evaluate(emulator, { policy: GRADUATION, inputs: SIGNOFF });
        expect(gate('maintainer_signoff')).toMatchObject({ status: 'error', code: 'PERMISSION_DENIED' });
        expect(gate('maintainer_signoff').message).toContain('pull-requests: read');
        expect(result.exitCode).toBe(1);
      },
    );
  });
});

const RELEASE = { ref: 'refs/tags/v1.2.0', sha: TAG_SHA };

function issuesScenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [{ sha: TAG_SHA }],
    tags: { 'v1.2.0': TAG_SHA },
    milestones: [
      { number: 3, title: '1.2.0' },
      { number: 4, title: '1.3.0' },
    ],
    issues: [
      { number: 10, title: 'Crash on start in v1.2.0', labels: ['release-blocker'], milestone: '1.2.0' },
      { number: 11, title: 'Typo in v1.2.0 docs', labels: ['docs'], milestone: '1.2.0' },
      { number: 13, title: 'Slow in v1.3.0', labels: ['release-blocker'], milestone: '1.3.0' },
      { number: 14, title: 'Old v1.2.0 blocker', labels: ['release-blocker'], state: 'closed' },
      { number: 15, title: 'Revert v1.2.0 change', labels: ['release-blocker'], pull_request: true },
    ],
    pulls: [
      {
        number: 16,
        title: 'Fix v1.2.0 crash',
        head_sha: shaOf('fix'),
        head_ref: 'fix-crash',
        labels: ['release-blocker'],
      },
    ],
    ...extra,
  };
}

describe('open_issues through the bundle (release-publish blockers)', () => {
  it('a labelled open issue with the tag in its title: OPEN_BLOCKERS with its link; pull requests never count', async () => {
    await withEmulator(issuesScenario(), async (emulator) => {
      const { result, gate, api } = await evaluate(emulator, { policy: publishPolicy(), inputs: RELEASE });
      expect(gate('blockers')).toMatchObject({
        status: 'fail',
        code: 'OPEN_BLOCKERS',
        message:
          "1 open issue labelled 'release-blocker', with 'v1.2.0' in the title (at most 0 allowed): #10 Crash on start in v1.2.0.",
      });
      expect(gate('blockers').details).toMatchObject({ open: 1, pull_requests_skipped: 2 });
      expect(result.report!.gates.find((g) => g.id === 'blockers')!.links).toEqual([
        { title: '#10 Crash on start in v1.2.0', url: 'https://github.com/acme/plasmite/issues/10' },
      ]);
      // Two open issues in milestone 1.2.0 (#10, #11; the closed #14 has none), one more than allowed.
      expect(gate('milestone_blockers')).toMatchObject({ status: 'fail', code: 'OPEN_BLOCKERS' });
      expect(gate('milestone_blockers').message).toContain("2 open issues in milestone '1.2.0'");
      expect(result.exitCode).toBe(1);
      expect(result.reportMd).toContain('OPEN_BLOCKERS');
      // Milestones once, then the issues of each filter: 3 requests.
      expect(api.map((r) => r.route).sort()).toEqual([
        'GET /repos/{owner}/{repo}/issues',
        'GET /repos/{owner}/{repo}/issues',
        'GET /repos/{owner}/{repo}/milestones',
      ]);
    });
  });

  it('the blocker closed and only one left in the milestone: NO_BLOCKERS for both', async () => {
    const scenario = issuesScenario();
    scenario.issues = scenario.issues!.filter((i) => i.number !== 10);
    await withEmulator(scenario, async (emulator) => {
      const { result, gate } = await evaluate(emulator, { policy: publishPolicy(), inputs: RELEASE });
      expect(gate('blockers')).toMatchObject({ status: 'pass', code: 'NO_BLOCKERS' });
      expect(gate('milestone_blockers')).toMatchObject({
        status: 'pass',
        code: 'NO_BLOCKERS',
        message: "1 open issue in milestone '1.2.0', within the 1 allowed: #11 Typo in v1.2.0 docs.",
      });
      expect(result.exitCode).toBe(0);
    });
  });

  it('an unknown milestone: an error naming it, never a pass', async () => {
    await withEmulator(
      issuesScenario({ milestones: [{ number: 4, title: '1.3.0' }], issues: [] }),
      async (emulator) => {
        const { gate, result } = await evaluate(emulator, { policy: publishPolicy(), inputs: RELEASE });
        expect(gate('milestone_blockers')).toMatchObject({
          status: 'error',
          code: 'MILESTONE_NOT_FOUND',
          message: "Milestone '1.2.0' does not exist; milestones: '1.3.0'.",
        });
        expect(result.exitCode).toBe(1);
      },
    );
  });
});

describe('file_blockers through the bundle', () => {
  const TITLE = 'Release blockers: v1.2.0';
  const blockersIssues = (emulator: Emulator) =>
    emulator.state.repository.issues.filter((i) => i.title === TITLE);
  const writes = (api: Evaluated['api']) => api.filter((r) => r.method !== 'GET');

  it('blocked twice: exactly one issue, updated; a rehearsal files nothing; passing later resolves it', async () => {
    await withEmulator(issuesScenario(), async (emulator) => {
      const policy = publishPolicy();
      const live = { ...RELEASE, file_blockers: 'true' };

      const first = await evaluate(emulator, { policy, inputs: live });
      expect(first.result.exitCode).toBe(1);
      expect(blockersIssues(emulator)).toHaveLength(1);
      const issue = blockersIssues(emulator)[0]!;
      expect(issue).toMatchObject({ state: 'open', labels: ['release-gates'] });
      expect(issue.body).toContain('`blockers`');
      expect(issue.body).toContain('`OPEN_BLOCKERS`');
      expect(issue.body).toContain('`milestone_blockers`');
      expect(issue.body).toContain('https://github.com/acme/plasmite/actions/runs/999000');
      expect(writes(first.api).map((r) => r.route)).toEqual(['POST /repos/{owner}/{repo}/issues']);
      expect(first.result.stdout).toContain(`opened #${issue.number} '${TITLE}'`);

      // The same blocked state again, from another run: the same issue, its body updated.
      const second = await evaluate(emulator, { policy, inputs: live, env: { GITHUB_RUN_ID: '999001' } });
      expect(second.result.exitCode).toBe(1);
      expect(blockersIssues(emulator)).toHaveLength(1);
      expect(blockersIssues(emulator)[0]!.number).toBe(issue.number);
      expect(blockersIssues(emulator)[0]!.body).toContain(
        'https://github.com/acme/plasmite/actions/runs/999001',
      );
      expect(writes(second.api).map((r) => r.route)).toEqual([
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      ]);
      // Found by its label: one read for file_blockers beyond the gates' own.
      expect(second.api.filter((r) => r.route === 'GET /repos/{owner}/{repo}/issues')).toHaveLength(3);

      // A rehearsal of the same state: evaluated exactly as live, nothing written.
      const rehearsal = await evaluate(emulator, { policy, inputs: { ...live, rehearsal: 'true' } });
      expect(rehearsal.result.report!.result).toBe('fail');
      expect(writes(rehearsal.api)).toEqual([]);
      expect(rehearsal.api.filter((r) => r.route === 'GET /repos/{owner}/{repo}/issues')).toHaveLength(2);

      // The blockers fixed: the next live run comments on the issue and closes it.
      emulator.state.repository.issues = emulator.state.repository.issues.filter(
        (i) => ![10, 11].includes(i.number) || i.title === TITLE,
      );
      const passing = await evaluate(emulator, { policy, inputs: live, env: { GITHUB_RUN_ID: '999002' } });
      expect(passing.result.exitCode).toBe(0);
      expect(blockersIssues(emulator)[0]).toMatchObject({
        number: issue.number,
        state: 'closed',
        stateReason: 'completed',
      });
      const comments = emulator.state.repository.comments.filter((c) => c.issueNumber === issue.number);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('pass now');
      expect(comments[0]!.body).toContain('https://github.com/acme/plasmite/actions/runs/999002');
      expect(writes(passing.api).map((r) => r.route)).toEqual([
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      ]);
    });
  });

  it('file_blockers off (the default): nothing written', async () => {
    await withEmulator(issuesScenario(), async (emulator) => {
      const { api } = await evaluate(emulator, { policy: publishPolicy(), inputs: RELEASE });
      expect(writes(api)).toEqual([]);
      expect(blockersIssues(emulator)).toHaveLength(0);
    });
  });

  it('a token without issues: write: a warning naming it; the verdict and exit code unchanged', async () => {
    await withEmulator(issuesScenario({ permissions: { issues: 'read' } }), async (emulator) => {
      const { result } = await evaluate(emulator, {
        policy: publishPolicy(),
        inputs: { ...RELEASE, file_blockers: 'true' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.result).toBe('fail');
      const warning = result.annotations.find(
        (a) => a.level === 'warning' && a.message.includes('issues: write'),
      );
      expect(warning).toBeDefined();
      expect(blockersIssues(emulator)).toHaveLength(0);
    });
  });
});
