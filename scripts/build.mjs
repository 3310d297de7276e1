// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js behind dist/cli.js)
// with ncc. Output must be reproducible: CI rebuilds and diffs it. It is built aside and
// swapped in at the end, so a test running meanwhile never sees a half-written dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const staging = '.build-staging';
const ncc = (entry, out) =>
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet', '--no-source-map-register'],
    {
      stdio: 'inherit',
    },
  );

rmSync(staging, { recursive: true, force: true });
ncc('src/index.ts', `${staging}/dist`);
ncc('src/cli-entry.ts', `${staging}/dist/cli`);
mkdirSync(`${staging}/dist`, { recursive: true });
writeFileSync(`${staging}/dist/cli.js`, "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(`${staging}/dist/cli.js`, 0o755);
rmSync('dist', { recursive: true, force: true });
renameSync(`${staging}/dist`, 'dist');
rmSync(staging, { recursive: true, force: true });
