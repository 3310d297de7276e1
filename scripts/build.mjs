// Bundles the action and the CLI with ncc, in one compilation (src/bundle.ts): dist/index.js
// runs the action (action.yml's `main`); dist/cli.js marks the process as the command line
// and loads the same entry, so both share every chunk. Output must be reproducible: CI
// rebuilds and diffs it. It is built aside and swapped in at the end, so a test running
// meanwhile never sees a half-written dist/.
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
ncc('src/bundle.ts', `${staging}/dist`);
mkdirSync(`${staging}/dist`, { recursive: true });
writeFileSync(
  `${staging}/dist/cli.js`,
  "#!/usr/bin/env node\nglobalThis[Symbol.for('release-gates.cli')] = true;\nawait import('./index.js');\n",
);
chmodSync(`${staging}/dist/cli.js`, 0o755);
rmSync('dist', { recursive: true, force: true });
renameSync(`${staging}/dist`, 'dist');
rmSync(staging, { recursive: true, force: true });
