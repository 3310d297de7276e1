// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js behind dist/cli.js)
// with ncc. Output must be reproducible: CI rebuilds and diffs it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet', '--no-source-map-register'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('src/index.ts', 'dist');
ncc('src/cli-entry.ts', 'dist/cli');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
