// The CLI as a person (or the demo script) runs it: a child process that prints its URL, logs
// requests to stderr, and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { authorized } from './fixtures.js';

it('serves a scenario file until SIGTERM, logging each request', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/emulator/cli.ts', 'test/emulator/scenarios/example.yml', '--latency', '5'],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const [url] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const response = await fetch(`${url}/repos/acme/widgets/actions/runs?per_page=2`, {
      headers: authorized(),
    });
    expect(response.status).toBe(200);
    const log = (await (await fetch(`${url}/_emulator/requests`)).json()) as { route: string }[];
    expect(log.map((entry) => entry.route)).toEqual(['GET /repos/{owner}/{repo}/actions/runs']);
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = (await once(child, 'exit')) as [number | null];
  expect(code).toBe(0);
  expect(stderr).toMatch(/200 GET \/repos\/acme\/widgets\/actions\/runs\?per_page=2 \d+ms/);
}, 15_000);
