// The demo's story is a claim about the product: each act must end as the demo says.
import { ACTS } from '../../test/demo/plasmite.js';
import { startEmulator } from '../../test/emulator/index.js';
import { runAction } from './harness.js';

describe.each(ACTS.map((act, i) => ({ ...act, n: i + 1 })))('demo act $n: $title', (act) => {
  test(`ends ${act.expect.result}${act.expect.blocking.length ? ` blocked by ${act.expect.blocking.join(', ')}` : ''}`, async () => {
    const emulator = await startEmulator(act.scenario);
    try {
      const run = await runAction({
        apiUrl: emulator.apiUrl,
        inputs: act.inputs,
        env: act.env,
        files: act.files,
        event: act.event,
      });
      expect(run.report!.error ?? null).toBeNull();
      expect(run.report!.result).toBe(act.expect.result);
      expect(run.report!.blocking.map((b) => b.gate)).toEqual(act.expect.blocking);
      expect(run.exitCode).toBe(act.expect.result === 'pass' ? 0 : 1);
      // Every gate was evaluated: none errored for want of scenario data.
      expect(run.report!.gates.filter((g) => g.status === 'error')).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
