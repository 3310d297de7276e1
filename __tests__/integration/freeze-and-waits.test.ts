// SPEC §10.3 and §10.4 through the bundled action against the emulator: a wait on a pending
// check that costs a handful of counted requests (the rest are 304s) and ends as soon as
// another required check fails; NO_CHECKS; an override by someone the policy does not allow,
// refused and reported; and a yearly rule window and an .ics holiday calendar that block on
// the right local days in America/Denver and Europe/Berlin across both DST changes of 2026
// and 2027.
import { jest } from '@jest/globals';
import { commitChain, startEmulator, type Emulator, type Scenario } from '../../test/emulator/index.js';
import type { GateReport } from '../../src/report/types.js';
import { runAction, type ActionRun } from './harness.js';

jest.setTimeout(120_000);

const OWN_RUN_ID = 999000; // GITHUB_RUN_ID as the harness sets it
const CI_RUN_ID = 6001;
const [c1, c2] = commitChain(2, 'waits').map((c) => c.sha) as [string, string];
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const STATUS = 'GET /repos/{owner}/{repo}/commits/{ref}/status';

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: commitChain(2, 'waits'),
    branches: { main: c2 },
    tags: { 'v1.2.0': c1, 'v1.3.0': c2 },
    runs: [
      {
        id: CI_RUN_ID,
        workflow: 'ci.yml',
        head_branch: 'main',
        head_sha: c1,
        status: 'in_progress',
        conclusion: null,
        jobs: [
          { name: 'test', status: 'completed', conclusion: 'success' },
          { name: 'e2e', status: 'in_progress', conclusion: null },
        ],
      },
      {
        id: OWN_RUN_ID,
        workflow: 'release.yml',
        head_branch: 'v1.2.0',
        head_sha: c1,
        status: 'in_progress',
        conclusion: null,
        jobs: [{ name: 'release-gates', status: 'in_progress', conclusion: null }],
      },
    ],
    check_runs: {
      [c1]: [
        { name: 'test', run_id: CI_RUN_ID, status: 'completed', conclusion: 'success' },
        { name: 'e2e', run_id: CI_RUN_ID, status: 'in_progress', conclusion: null },
        { name: 'release-gates', run_id: OWN_RUN_ID, status: 'in_progress', conclusion: null },
      ],
    },
    statuses: { [c1]: [{ context: 'ci/jenkins', state: 'success' }] },
    ...extra,
  };
}

function policy(gates: Record<string, string>, overrides = ''): string {
  const ids = Object.keys(gates);
  return `version: 1
stages:
  RELEASE:
    match: ["v*"]
    gates: { ${ids.map((id) => `${id}: required`).join(', ')} }
gates:
${ids.map((id) => `  ${id}:\n${gates[id]}`).join('\n')}
${overrides}`;
}

function gateOf(run: ActionRun, id: string): GateReport {
  const gate = run.report?.gates.find((g) => g.id === id);
  if (!gate)
    throw new Error(
      `gate ${id} not evaluated: ${JSON.stringify(run.report?.error)}\n${run.stdout}\n${run.stderr}`,
    );
  return gate;
}

describe('required_checks: waits that spare the quota', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator(scenario());
  });
  afterEach(() => emulator.close());

  test('a 30-minute wait on one pending check: at most 5 counted requests, the rest 304s; it ends when another required check fails, with progress each poll', async () => {
    const repo = emulator.state.repository;
    const e2e = repo.checkRuns.find((c) => c.name === 'e2e')!;
    // `lint` is required but not reported yet. After a few unchanged polls it appears, failed.
    const appear = setInterval(() => {
      const reads = emulator.requests().filter((r) => r.route === CHECK_RUNS && r.status !== 0);
      if (reads.length < 3) return;
      clearInterval(appear);
      repo.checkRuns.push({
        ...e2e,
        id: e2e.id + 1000,
        nodeId: `${e2e.nodeId}-lint`,
        name: 'lint',
        status: 'completed',
        conclusion: 'failure',
        completedAt: new Date().toISOString(),
      });
    }, 50);
    try {
      const started = Date.now();
      const run = await runAction({
        apiUrl: emulator.url,
        inputs: { ref: 'refs/tags/v1.2.0', sha: c1 },
        files: {
          '.github/release-gates.yml': policy({
            checks: `    type: required_checks\n    with: { checks: [test, e2e, lint], wait: { timeout_minutes: 30, interval_seconds: 1 } }`,
          }),
        },
      });
      const gate = gateOf(run, 'checks');
      expect(gate).toMatchObject({ status: 'fail', code: 'CHECKS_FAILED' });
      expect(gate.message).toMatch(
        /^1 of 3 required checks failed on [0-9a-f]{7} after waiting \d+ s: lint \(failure\) \(also 1 pending\)\.$/,
      );
      // Ended early: far from the 30-minute timeout.
      expect(Date.now() - started).toBeLessThan(60_000);

      const api = emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql');
      const counted = api.filter((r) => !r.notModified);
      const notModified = api.filter((r) => r.notModified);
      expect(counted.length).toBeLessThanOrEqual(5);
      expect(notModified.length).toBeGreaterThanOrEqual(4);
      expect(
        notModified.every((r) => r.status === 304 && (r.route === CHECK_RUNS || r.route === STATUS)),
      ).toBe(true);

      const wait = gate.details.wait as {
        polls: number;
        countedRequests: number;
        notModified: number;
        progress: string[];
        timedOut: boolean;
      };
      expect(wait.timedOut).toBe(false);
      expect(wait.countedRequests).toBe(
        counted.filter((r) => r.route === CHECK_RUNS || r.route === STATUS).length,
      );
      expect(wait.notModified).toBe(notModified.length);
      // One progress line before each poll: what is pending, the time left.
      expect(wait.progress).toHaveLength(wait.polls);
      expect(wait.progress[0]).toMatch(
        /^Waiting on 2 of 3 required checks on [0-9a-f]{7}: e2e \(in_progress\), 'lint' \(not reported yet\); (?:30 min|29 min 5\d s) left, next reading in 1 s$/,
      );
      // The action's log shows each poll as it happens, not only the report afterwards.
      const logged = run.stdout.split('\n').filter((line) => line.startsWith('waiting    checks: '));
      expect(logged).toHaveLength(wait.polls);
      expect(logged[0]).toMatch(/^waiting {4}checks: Waiting on 2 of 3 required checks .* left\)$/);
      // The delay grew while nothing changed.
      expect(wait.progress[1]).toMatch(/next reading in 2 s$/);
      expect(wait.progress[2]).toMatch(/next reading in 3 s$/);
    } finally {
      clearInterval(appear);
    }
  });

  test('`checks: all` on a commit with no check run and no status is NO_CHECKS, never a pass', async () => {
    const run = await runAction({
      apiUrl: emulator.url,
      inputs: { ref: 'refs/tags/v1.3.0', sha: c2 },
      files: {
        '.github/release-gates.yml': policy({
          checks: `    type: required_checks\n    with: { checks: all }`,
        }),
      },
    });
    expect(gateOf(run, 'checks')).toMatchObject({
      status: 'fail',
      code: 'NO_CHECKS',
      message: expect.stringMatching(
        /^No checks were reported on [0-9a-f]{7}; `checks: all` needs at least one\.$/,
      ),
    });
    expect(run.exitCode).toBe(1);
  });
});

describe('freeze_window: who may break glass', () => {
  const FREEZE = `    type: freeze_window
    overridable: true
    with: { timezone: America/Denver, windows: [ { name: Year-end, rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20", start: "00:00", duration: P15D } ] }`;
  const REASON = 'Security fix for CVE-2026-9999, approved by the SRE on call';
  let emulator: Emulator;
  afterEach(() => emulator.close());

  async function breakGlass(overrides: string, extra: Partial<Scenario> = {}): Promise<ActionRun> {
    emulator = await startEmulator(scenario(extra));
    return runAction({
      apiUrl: emulator.url,
      inputs: { ref: 'refs/tags/v1.2.0', sha: c1, override_freeze: 'true', override_reason: REASON },
      env: { RELEASE_GATES_NOW: '2026-12-28T12:00:00-07:00' },
      files: { '.github/release-gates.yml': policy({ freeze: FREEZE }, overrides) },
    });
  }

  test('an actor outside allowed_actors is refused: the gate stays failed, and the report and summary say so', async () => {
    const run = await breakGlass('overrides: { allowed_actors: [alice, bob] }\n');
    expect(gateOf(run, 'freeze')).toMatchObject({
      status: 'fail',
      code: 'OVERRIDE_NOT_ALLOWED',
      message:
        "Override by 'release-captain' refused: 'release-captain' is not in overrides.allowed_actors; only alice, bob may override. The gate stays failed (FROZEN: Frozen: 'Year-end' until 2027-01-04 00:00 America/Denver (in 6 d 12 h))",
    });
    expect(run.report!.overrides).toEqual([]);
    expect(run.report!.refused_overrides).toEqual([
      expect.objectContaining({ gate: 'freeze', actor: 'release-captain', who_may: 'alice, bob' }),
    ]);
    expect(run.report!.result).toBe('fail');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('Refused overrides (1)');
  });

  test('min_permission: the role read through the API decides', async () => {
    const allowed = await breakGlass('overrides: { min_permission: maintain }\n', {
      collaborators: { 'release-captain': 'maintain' },
    });
    expect(gateOf(allowed, 'freeze')).toMatchObject({ status: 'overridden', code: 'OVERRIDDEN' });
    expect(allowed.report!.overrides).toHaveLength(1);
    await emulator.close();

    const refused = await breakGlass('overrides: { min_permission: maintain }\n', {
      collaborators: { 'release-captain': 'write' },
    });
    expect(gateOf(refused, 'freeze')).toMatchObject({ status: 'fail', code: 'OVERRIDE_NOT_ALLOWED' });
    expect(gateOf(refused, 'freeze').message).toContain("'release-captain' has write on acme/plasmite");
  });
});

describe('freeze_window: rule and calendar windows on the right local days across DST', () => {
  // The days of the DST changes: a yearly rule names each by weekday, the calendar by RRULE.
  const ZONES = {
    'America/Denver': {
      spring: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      fall: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      days: ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'],
    },
    'Europe/Berlin': {
      spring: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      fall: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      days: ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'],
    },
  } as const;

  function calendar(spring: string, fall: string): string {
    const event = (uid: string, summary: string, start: string, rule: string) =>
      [
        'BEGIN:VEVENT',
        `UID:${uid}@acme.example`,
        'DTSTAMP:20260101T000000Z',
        `SUMMARY:${summary}`,
        `DTSTART;VALUE=DATE:${start}`,
        'DURATION:P1D',
        `RRULE:${rule}`,
        'END:VEVENT',
      ].join('\r\n');
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Acme//Change freezes//EN',
      event('spring', 'Clock change (spring)', '20260101', spring),
      event('fall', 'Clock change (fall)', '20260101', fall),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }

  /** Local wall time → an ISO time with the zone's offset at that time. */
  function localIso(date: string, time: string, zone: string): string {
    const guess = new Date(`${date}T${time}:00Z`);
    const offsetMinutes = (instant: Date): number => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName')!.value;
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts);
      return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    };
    const first = new Date(guess.getTime() - offsetMinutes(guess) * 60_000);
    return new Date(guess.getTime() - offsetMinutes(first) * 60_000).toISOString();
  }

  function nextDay(date: string): string {
    const d = new Date(`${date}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }

  function prevDay(date: string): string {
    const d = new Date(`${date}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }

  for (const [zone, { spring, fall, days }] of Object.entries(ZONES)) {
    test(`${zone}: frozen from 00:00 to 24:00 local on each DST day of 2026 and 2027, not a minute around`, async () => {
      const files = {
        '.github/release-gates.yml': policy({
          rule_freeze: `    type: freeze_window\n    with: { timezone: ${zone}, windows: [ { name: Spring change, rrule: "${spring}", start: "00:00", duration: P1D }, { name: Fall change, rrule: "${fall}", start: "00:00", duration: P1D } ] }`,
          holiday_freeze: `    type: freeze_window\n    with: { timezone: ${zone}, calendar: { file: .github/release-holidays.ics } }`,
        }),
        '.github/release-holidays.ics': calendar(spring, fall),
      };
      for (const day of days) {
        const at = async (date: string, time: string) => {
          const run = await runAction({
            inputs: { ref: 'refs/tags/v1.2.0', sha: c1 },
            env: { RELEASE_GATES_NOW: localIso(date, time, zone) },
            files,
          });
          return [gateOf(run, 'rule_freeze').code, gateOf(run, 'holiday_freeze').code];
        };
        expect([day, 'before', await at(prevDay(day), '23:59')]).toEqual([
          day,
          'before',
          ['NOT_FROZEN', 'NOT_FROZEN'],
        ]);
        expect([day, 'last minute', await at(day, '23:59')]).toEqual([
          day,
          'last minute',
          ['FROZEN', 'FROZEN'],
        ]);
        expect([day, 'after', await at(nextDay(day), '00:00')]).toEqual([
          day,
          'after',
          ['NOT_FROZEN', 'NOT_FROZEN'],
        ]);
      }
    });
  }
});
