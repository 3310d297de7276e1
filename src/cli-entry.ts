#!/usr/bin/env node
import { main } from './cli.js';

// stdout carries the command's result (text or --json); whatever libraries log on the way
// (@actions/core lines from @actions/artifact) goes to stderr so it cannot corrupt it.
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => stdoutWrite(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  env: process.env,
  cwd: process.cwd(),
  isTty: Boolean(process.stderr.isTTY),
});
await new Promise<void>((resolve) => stdoutWrite('', () => resolve()));
process.exit();
