import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadScenario,
  makeJob,
  makeRuns,
  minimalScenario,
  readZip,
  shaOf,
  startEmulator,
  writeZip,
} from '../../test/emulator/index.js';
import { authorized } from './fixtures.js';

const EXAMPLE = join(process.cwd(), 'test/emulator/scenarios/example.yml');

describe('loading scenarios', () => {
  it('loads the documented YAML example and serves it', async () => {
    const emulator = await startEmulator(loadScenario(EXAMPLE));
    try {
      const response = await fetch(`${emulator.url}/repos/acme/widgets/contents/package.json?ref=v1.2.0`, {
        headers: authorized(),
      });
      const file = (await response.json()) as { content: string };
      expect(JSON.parse(Buffer.from(file.content, 'base64').toString())).toEqual({
        name: 'widgets',
        version: '1.2.0',
      });
      const tap = await fetch(`${emulator.url}/repos/acme/homebrew-tap/contents/Formula/widgets.rb`, {
        headers: authorized(),
      });
      expect(tap.status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it('loads JSON by extension and names the file when the content is not a scenario', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-scenario-'));
    try {
      await writeFile(join(dir, 'ok.json'), JSON.stringify(minimalScenario()));
      expect(loadScenario(join(dir, 'ok.json')).repository.name).toBe('widgets');
      await writeFile(join(dir, 'bad.yml'), '- just a list\n');
      expect(() => loadScenario(join(dir, 'bad.yml'))).toThrow(/bad\.yml: a scenario is an object/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a scenario that contradicts itself, saying where', async () => {
    const orphanCheck = minimalScenario({ check_runs: { [shaOf('x')]: [{ name: 'test', run_id: 99 }] } });
    await expect(startEmulator(orphanCheck)).rejects.toThrow(/run_id 99 is not a run/);
    const sha = shaOf('same');
    const conflicting = minimalScenario({
      branches: { main: sha, other: sha },
      files: { main: { 'a.txt': 'one' }, other: { 'a.txt': 'two' } },
    });
    await expect(startEmulator(conflicting)).rejects.toThrow(/different content for 'a.txt'/);
  });
});

describe('builders', () => {
  it('make a 1000-run history in one call, served newest first with ids growing over time', async () => {
    const runs = makeRuns(1000, (index) => ({
      jobs: [makeJob('windows smoke', index < 3 ? 'success' : 'failure')],
    }));
    const emulator = await startEmulator(minimalScenario({ runs }));
    try {
      const response = await fetch(
        `${emulator.url}/repos/acme/widgets/actions/workflows/ci.yml/runs?per_page=100`,
        {
          headers: authorized(),
        },
      );
      const body = (await response.json()) as {
        total_count: number;
        workflow_runs: { id: number; run_number: number }[];
      };
      expect(body.total_count).toBe(1000);
      expect(body.workflow_runs[0].run_number).toBe(1000);
      expect(body.workflow_runs[0].id).toBeGreaterThan(body.workflow_runs[1].id);
    } finally {
      await emulator.close();
    }
  });

  it('give the same shas for the same seeds', () => {
    expect(shaOf('a')).toBe(shaOf('a'));
    expect(shaOf('a')).toMatch(/^[0-9a-f]{40}$/);
    expect(makeJob('lint', 'failure', { steps: ['Run'] }).steps).toEqual([
      { name: 'Run', conclusion: 'failure' },
    ]);
  });
});

describe('zip', () => {
  it('round-trips entries, names as given, and is reproducible', () => {
    const entries = [
      { name: 'dir/file.txt', data: Buffer.from('hello') },
      { name: '../escape.txt', data: Buffer.alloc(1000, 7) },
    ];
    const archive = writeZip(entries);
    expect(readZip(archive)).toEqual(entries);
    expect(writeZip(entries).equals(archive)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/Not a zip/);
  });
});
