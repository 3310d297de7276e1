import { run } from './main.js';

await run();
// An abandoned download socket (a stalled blob) must not keep the step alive once the
// reports are written: flush stdout, then leave with the exit code run() set.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
process.exit();
