// Proves `npm ci` accepts the lockfile on the platforms people develop on, with npm's own
// check. npm's `--os`/`--cpu` flags only decide which optional packages to skip; a required
// package built for another platform is refused (EBADPLATFORM) by comparing its `os`/`cpu`
// with process.platform and process.arch. So npm runs here with those two redefined, as it
// would see them on each platform, and resolves the lockfile without installing anything.
//
//   node scripts/npm-platform-check.mjs [--dir DIR] [darwin-arm64 win32-x64 linux-arm64 ...]
//
// Exit 0 when every platform is accepted, 1 when one is refused (npm's message is printed).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_PLATFORMS = ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-arm64', 'linux-x64'];

/** npm's own command-line entry: the npm running this script, else the one on PATH. */
function npmCli() {
  const fromScript = process.env.npm_execpath;
  if (fromScript && /npm-cli\.js$/.test(fromScript) && existsSync(fromScript)) return fromScript;
  const globalRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim();
  const cli = path.join(globalRoot, 'npm', 'bin', 'npm-cli.js');
  if (!existsSync(cli)) throw new Error(`npm's entry point is not at ${cli}; set npm_execpath to npm-cli.js`);
  return cli;
}

/** Runs `npm ci --dry-run` on a copy of DIR's package.json and lockfile as PLATFORM (os-cpu). */
export function npmCiAs(platform, dir) {
  const [os, cpu] = platform.split('-');
  if (!os || !cpu) throw new Error(`Invalid platform '${platform}'. Expected OS-CPU, e.g. darwin-arm64.`);
  // A copy: `npm ci` would otherwise read (and, without --dry-run, replace) node_modules.
  const work = mkdtempSync(path.join(tmpdir(), 'npm-platform-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) {
      copyFileSync(path.join(dir, file), path.join(work, file));
    }
    const pretend =
      `Object.defineProperty(process, 'platform', { value: ${JSON.stringify(os)} });` +
      `Object.defineProperty(process, 'arch', { value: ${JSON.stringify(cpu)} });`;
    const npm = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(pretend)}`,
        npmCli(),
        'ci',
        '--dry-run',
        '--ignore-scripts',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      { cwd: work, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } },
    );
    const output = `${npm.stdout}${npm.stderr}`;
    return { platform, ok: npm.status === 0, output: output.trim() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    options: { dir: { type: 'string', default: process.cwd() } },
    allowPositionals: true,
  });
  const platforms = positionals.length ? positionals : DEFAULT_PLATFORMS;
  let refused = 0;
  for (const platform of platforms) {
    const result = npmCiAs(platform, path.resolve(values.dir));
    if (result.ok) {
      console.log(`npm ci as ${platform}: accepted`);
    } else {
      refused++;
      console.log(`npm ci as ${platform}: REFUSED`);
      console.log(result.output.replace(/^/gm, '  '));
    }
  }
  process.exit(refused ? 1 : 0);
}
