#!/usr/bin/env node
import { main } from './cli.js';

// stdout carries the command's result (text or --json); whatever libraries log on the way
// (@actions/core lines from @actions/artifact) goes to stderr so it cannot corrupt it.
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stdoutIsTTY = Boolean(process.stdout.isTTY);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

const stderr = process.stderr;
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => stdoutWrite(text + '\n'),
  err: (text) => stderr.write(text + '\n'),
  // Cut to the terminal's width: a wrapped status line could not be erased in place.
  status: (text) => stderr.write(`\r\u001b[2K${text.slice(0, Math.max(20, (stderr.columns || 80) - 1))}`),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY,
  stderrIsTTY: Boolean(stderr.isTTY),
});
await new Promise<void>((resolve) => stdoutWrite('', () => resolve()));
process.exit();
