// Bundles the action and the CLI with ncc, in one compilation (src/bundle.ts): dist/index.js
// runs the action (action.yml's `main`); dist/cli.js marks the process as the command line
// and loads the same entry, so both share every chunk. Output must be reproducible: CI
// rebuilds and diffs it. It is built aside and swapped in at the end, so a test running
// meanwhile never sees a half-written dist/.
//
// Chunks made only of third-party code (Octokit, @actions/artifact, the Sigstore libraries,
// Ajv's compiler) are minified with terser: every workflow that uses the action downloads
// dist/, and those chunks are most of it. The project's own code stays as written, so a stack
// trace or a review of dist/ reads like the source. Their licences are in dist/licenses.txt.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const staging = '.build-staging';
const out = `${staging}/dist`;
const stats = `${staging}/stats.json`;

rmSync(staging, { recursive: true, force: true });
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/bundle.ts',
    '-o',
    out,
    '--target',
    'es2022',
    '--quiet',
    '--no-source-map-register',
    // ncc's build cache is shared by every checkout on the machine (~/.cache/ncc); a build that
    // reads another checkout's entries can report its modules differently, and this script
    // decides from that report which chunks to minify.
    '--no-cache',
    '--license',
    'licenses.txt',
    '--stats-out',
    path.resolve(stats),
  ],
  { stdio: 'inherit' },
);

/** Every source module of a chunk, modules that webpack concatenated included. */
function sourcesOf(chunk) {
  return chunk.modules.flatMap((m) => (m.modules ? m.modules.map((inner) => inner.name) : [m.name]));
}
// Webpack's own runtime pieces ("webpack/runtime/…") are neither ours nor a package's.
const isThirdParty = (name) => name.includes('node_modules/') || name.startsWith('webpack/');

const { chunks } = JSON.parse(readFileSync(stats, 'utf8'));
for (const chunk of chunks) {
  if (chunk.initial || !sourcesOf(chunk).every(isThirdParty)) continue;
  for (const file of chunk.files) {
    const code = readFileSync(`${out}/${file}`, 'utf8');
    // Names mangled, code otherwise left as it is (no compression passes): quick and
    // deterministic, and nothing a library relies on (function names, property names) changes.
    const result = await minify(code, {
      module: true,
      compress: false,
      mangle: { keep_fnames: true, keep_classnames: true },
      format: { comments: false },
    });
    writeFileSync(`${out}/${file}`, result.code);
  }
}

// Source that is not pure ASCII is decoded from UTF-8 and held as two bytes a character: a
// few dashes and arrows in messages cost every start about 20 ms. Escaped (\uXXXX, each
// UTF-16 unit, valid in strings, templates, regular expressions and comments alike), the
// code means the same; no tagged template in the project reads its raw text. Not where it
// would grow a file by more than 1 % (character tables in the Sigstore chunk, which only
// attestations load).
for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(`${out}/${file}`, 'utf8');
  const ascii = code.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== code && ascii.length <= code.length * 1.01) writeFileSync(`${out}/${file}`, ascii);
}

mkdirSync(out, { recursive: true });
writeFileSync(
  `${out}/cli.js`,
  "#!/usr/bin/env node\nglobalThis[Symbol.for('release-gates.cli')] = true;\nawait import('./index.js');\n",
);
chmodSync(`${out}/cli.js`, 0o755);
rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
rmSync(staging, { recursive: true, force: true });
