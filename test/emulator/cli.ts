// npx tsx test/emulator/cli.ts SCENARIO_FILE [--port N] [--latency MS]
// Starts the emulator for a scenario file, prints its URL on stdout, logs each request to stderr,
// and stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { loadScenario, startEmulator, type LoggedRequest } from './index.js';

const USAGE = 'Usage: tsx test/emulator/cli.ts SCENARIO_FILE [--port N] [--latency MS]';

function parseNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`Invalid --${name} '${value}': expected a whole number ≥ 0.`);
  return parsed;
}

function describe(entry: LoggedRequest): string {
  const query = new URLSearchParams(entry.query).toString();
  const fault = entry.fault ? ` [fault: ${entry.fault}]` : '';
  const operation = entry.operation ? ` (${entry.operation})` : '';
  return `${entry.status || '---'} ${entry.method} ${entry.path}${query ? `?${query}` : ''}${operation} ${entry.durationMs}ms${fault}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, latency: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const port = parseNumber(values.port, 'port');
  const latencyMs = parseNumber(values.latency, 'latency');
  const emulator = await startEmulator(loadScenario(positionals[0]), {
    port,
    latencyMs,
    onRequest: (entry) => console.error(describe(entry)),
  });
  console.log(emulator.url);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
