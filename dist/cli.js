#!/usr/bin/env node
globalThis[Symbol.for('release-gates.cli')] = true;
await import('./index.js');
