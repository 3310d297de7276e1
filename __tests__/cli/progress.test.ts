// Progress of an evaluation: the engine's hooks (each gate's waits under its own id, done/total
// as gates finish) and the two ways the command line shows them (a status line on a terminal,
// one line per event elsewhere), with durations a person reads.
import { stringify } from 'yaml';
import { Progress } from '../../src/cli/progress.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { gateReport } from '../fixtures/reports.js';
import { environment, fakeGate, POLICY_FILE, settings, tempWorkspace } from '../fixtures/policies.js';

describe('evaluate(): onGateDone and onWait', () => {
  const waiter = fakeGate('waiter', {
    collect: async (params, ctx) => {
      // What required_checks does each poll: what it waits for, and the time left.
      ctx.reportWait?.(`pending: ${String(params.text)}`, 90_000);
      ctx.reportWait?.(`pending: ${String(params.text)}`, 60_000);
      return null;
    },
  });
  const POLICY = stringify({
    version: 1,
    stages: { GA: { match: ['v*'], gates: { checks: 'required', lint: 'report_only', old: 'off' } } },
    gates: {
      checks: { type: 'waiter', with: { text: 'test, lint' } },
      lint: { type: 'waiter', with: { text: 'clippy' } },
      old: { type: 'waiter' },
    },
  });

  test("waits arrive under the id of the gate that waits; done counts up to the stage's gates", async () => {
    const workspace = await tempWorkspace({ [POLICY_FILE]: POLICY });
    const waits: string[] = [];
    const done: string[] = [];
    try {
      const { report } = await evaluate(
        settings(),
        environment(workspace.dir, {
          onWait: (id, message, remainingMs) => waits.push(`${id}|${message}|${remainingMs}`),
          onGateDone: (gate, n, total) => done.push(`${n}/${total}`),
        }),
        [waiter],
      );
      expect(report.result).toBe('pass');
    } finally {
      await workspace.cleanup();
    }
    expect(waits.sort()).toEqual([
      'checks|pending: test, lint|60000',
      'checks|pending: test, lint|90000',
      'lint|pending: clippy|60000',
      'lint|pending: clippy|90000',
    ]);
    expect(done).toEqual(['1/3', '2/3', '3/3']);
  });

  test('without onWait a waiting gate works as before (reportWait absent)', async () => {
    const workspace = await tempWorkspace({ [POLICY_FILE]: POLICY });
    try {
      const { report } = await evaluate(settings(), environment(workspace.dir), [waiter]);
      expect(report.gates.map((g) => g.status)).toEqual(['pass', 'pass', 'skipped']);
    } finally {
      await workspace.cleanup();
    }
  });
});

describe('Progress off a terminal: one line per event', () => {
  function progress(now: { t: number }) {
    const lines: string[] = [];
    return { lines, progress: new Progress({ line: (l) => lines.push(l), color: false, now: () => now.t }) };
  }

  test('a line per finished gate with [done/total] and a readable duration', () => {
    const { lines, progress: p } = progress({ t: 0 });
    p.gateDone(
      gateReport({ id: 'streak', status: 'fail', code: 'STREAK_TOO_SHORT', duration_ms: 1_800_518 }),
      1,
      4,
    );
    p.gateDone(gateReport({ id: 'off', status: 'skipped', code: 'SKIPPED', duration_ms: 0 }), 2, 4);
    expect(lines).toEqual(['[1/4] streak: fail STREAK_TOO_SHORT (30 min 1 s)', '[2/4] off: skipped SKIPPED']);
  });

  test('a wait is printed when it changes, and at most once a minute while it does not', () => {
    const now = { t: 0 };
    const { lines, progress: p } = progress(now);
    p.gateDone(gateReport({ id: 'a' }), 1, 3);
    p.wait('checks', 'pending: test, lint', 1_800_000);
    now.t = 30_000;
    p.wait('checks', 'pending: test, lint', 1_770_000); // unchanged, too soon
    now.t = 61_000;
    p.wait('checks', 'pending: test, lint', 1_739_000); // unchanged, a minute later
    now.t = 62_000;
    p.wait('checks', 'pending: lint', 1_738_000); // changed
    expect(lines.slice(1)).toEqual([
      '[1/3] checks waits: pending: test, lint (30 min 0 s left)',
      '[1/3] checks waits: pending: test, lint (28 min 59 s left)',
      '[1/3] checks waits: pending: lint (28 min 58 s left)',
    ]);
  });

  test('untrusted text cannot move the cursor or fake a line', () => {
    const { lines, progress: p } = progress({ t: 0 });
    p.wait('checks', 'pending: evil\u001b[2K\rPASS\nall good', 5_000);
    expect(lines).toHaveLength(1);
    expect([...lines[0]!].filter((ch) => ch.charCodeAt(0) < 0x20)).toEqual([]);
  });
});

describe('Progress on a terminal: one status line', () => {
  test('[done/total], then each waiting gate with what it waits for and the time left; cleared at the end', () => {
    const statuses: string[] = [];
    const lines: string[] = [];
    const p = new Progress({ line: (l) => lines.push(l), status: (s) => statuses.push(s), color: false });
    p.gateDone(gateReport({ id: 'a' }), 1, 3);
    p.wait('checks', 'pending: test', 125_000);
    p.gateDone(gateReport({ id: 'b' }), 2, 3);
    p.gateDone(gateReport({ id: 'checks' }), 3, 3);
    p.finish();
    expect(statuses).toEqual([
      '[1/3] gates done',
      '[1/3] gates done · checks waits: pending: test (2 min 5 s left)',
      '[2/3] gates done · checks waits: pending: test (2 min 5 s left)',
      '[3/3] gates done',
      '',
    ]);
    expect(lines).toEqual([]);
  });
});
