#!/usr/bin/env node
import { main } from './cli.js';

// stdout carries the command's result (text or --json); whatever libraries log on the way
// (@actions/core lines from @actions/artifact) goes to stderr so it cannot corrupt it. Their
// `::debug::` workflow commands mean nothing outside a runner: shown only with RUNNER_DEBUG=1.
const stdoutWrite = process.stdout.write.bind(process.stdout);
const stdoutIsTTY = Boolean(process.stdout.isTTY);
const stderrWrite = process.stderr.write.bind(process.stderr);
const showDebug = process.env.RUNNER_DEBUG === '1';
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
  if (!showDebug && String(chunk).startsWith('::debug::')) {
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }
  return (stderrWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

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
