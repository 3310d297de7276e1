// Registered for every integration test file (jest.config.js, setupFilesAfterEnv): each run of
// the bundle through the harness is scanned for the token, the external token and every value a
// secrets_present gate checked, in stdout, stderr, both reports, the summary, the outputs and the
// annotations. A leak fails the test that caused it.
import { findLeaks, secretsOf } from '../../test/faults/leaks.js';
import { runObservers } from '../../test/run-action.js';

/** What the scan saw in this test file (secrets.test.ts checks it ran). */
export const secretsScan = { runs: 0, secretsChecked: 0 };

if (!runObservers.some((observe) => observe.name === 'scanForSecrets')) {
  runObservers.push(function scanForSecrets(run, options) {
    const secrets = secretsOf(options, run);
    secretsScan.runs++;
    secretsScan.secretsChecked += secrets.length;
    const leaks = findLeaks(run, secrets);
    if (leaks.length > 0)
      throw new Error(
        `A secret leaked from the action: ${leaks.map((l) => `${l.secret} in ${l.where}`).join('; ')}`,
      );
  });
}
