// What the command line reads and writes, passed in: tests give a fake, cli-entry.ts the process.

export interface Io {
  /** A line on stdout: the command's result (the verdict, the JSON report, help). */
  out: (text: string) => void;
  /** A line on stderr: errors and progress. */
  err: (text: string) => void;
  /** Rewrites the status line on stderr in place ('' clears it); only used when stderr is a terminal. */
  status?: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether a terminal reads stdout, and stderr: colour and progress are decided per stream. */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}
