// The bundle's entry (dist/index.js): the action, or the command line when dist/cli.js loaded
// it. One compilation for both, so dist/ holds one copy of every chunk, and each side loads
// only its own code: the entry itself is this dispatch and the module loader.
const CLI = Symbol.for('release-gates.cli');

if ((globalThis as Record<symbol, unknown>)[CLI]) await import('./cli-entry.js');
else await import('./index.js');
