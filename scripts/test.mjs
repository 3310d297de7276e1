// `npm test`: every Jest project, then one line `N passed, N failed` (also kept in
// .test-results/summary.txt for .ci/run). Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

mkdirSync('.test-results', { recursive: true });
const resultsFile = '.test-results/jest.json';
// Jest's own entry run by this node, not `npx jest`: `npx` is `npx.cmd` on Windows, which
// spawnSync cannot start without a shell.
const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest');
const jest = spawnSync(
  process.execPath,
  [jestBin, '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  },
);
let line = '0 passed, 1 failed';
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  line = `${results.numPassedTests} passed, ${failed} failed`;
  if (results.numTotalTests === 0) line = '0 passed, 1 failed';
} catch {
  // No results file: Jest itself failed to start.
}
writeFileSync('.test-results/summary.txt', line + '\n');
console.log(line);
process.exit(jest.status === 0 && line.endsWith(' 0 failed') ? 0 : 1);
