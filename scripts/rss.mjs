// A memory probe for benchmarks: `node --import ./scripts/rss.mjs …` (or NODE_OPTIONS) writes
// the process's peak resident set size, in kilobytes (process.resourceUsage().maxRSS), to the
// file named by RELEASE_GATES_RSS_FILE when the process exits. It does nothing without it.
import { writeFileSync } from 'node:fs';

const file = process.env.RELEASE_GATES_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
