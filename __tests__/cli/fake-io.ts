// A fake terminal-less Io for the command line's tests: what it printed, line by line.
import type { Io } from '../../src/cli.js';

export interface FakeIo extends Io {
  stdout: string[];
  stderr: string[];
  /** Every rewrite of the status line, in order. */
  statuses: string[];
}

/** Like a real stream, a write of several lines is several lines. */
export function fakeIo(
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  tty: { stdout?: boolean; stderr?: boolean } = {},
): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const statuses: string[] = [];
  return {
    out: (t) => stdout.push(...t.split('\n')),
    err: (t) => stderr.push(...t.split('\n')),
    status: (t) => statuses.push(t),
    env,
    cwd,
    stdoutIsTTY: tty.stdout ?? false,
    stderrIsTTY: tty.stderr ?? false,
    stdout,
    stderr,
    statuses,
  };
}

/** The problem lines of an ERROR block on stderr (the heading is `ERROR  …`). */
export function problems(io: FakeIo): string[] {
  expect(io.stderr[0]).toMatch(/^ERROR {2}\S/);
  return io.stderr.slice(1).filter((line) => !line.startsWith("Run 'release-gates"));
}
