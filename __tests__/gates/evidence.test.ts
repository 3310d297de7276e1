// evidence (SPEC §6): a JSON file written by an earlier step passes when `ok` is `true`
// (exactly; `pointer`/`equals` change that); its own code and message pass through; a
// missing or broken file fails; a path outside the workspace is refused.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Verdict } from '../../src/model/types.js';
import { GateError } from '../../src/model/types.js';
import { FactStore } from '../../src/facts/store.js';
import { readWorkspaceFile, workspacePath, type WorkspaceFile } from '../../src/facts/workspace.js';
import { evidenceGate, judgeEvidence, type EvidenceParams } from '../../src/gates/evidence.js';
import { evalContext, tempWorkspace } from '../fixtures/policies.js';

const params = (overrides: Partial<EvidenceParams> = {}): EvidenceParams => ({
  path: 'dist/release/verify.json',
  pointer: '/ok',
  equals: true,
  max_bytes: 1048576,
  ...overrides,
});

const file = (json: unknown): WorkspaceFile => ({
  kind: 'ok',
  path: 'dist/release/verify.json',
  text: typeof json === 'string' ? json : JSON.stringify(json),
});

const judge = (json: unknown, overrides: Partial<EvidenceParams> = {}): Verdict =>
  judgeEvidence(params(overrides), file(json));

describe('judgeEvidence: the ok flag', () => {
  test('ok: true passes with EVIDENCE_OK', () => {
    expect(judge({ ok: true })).toEqual({
      status: 'pass',
      code: 'EVIDENCE_OK',
      message: "Evidence 'dist/release/verify.json' is ok.",
      details: { path: 'dist/release/verify.json', pointer: '/ok', expected: true, actual: true },
    });
  });

  test.each([
    ['the string "true"', 'true'],
    ['1', 1],
    ['"yes"', 'yes'],
    ['an object', { value: true }],
    ['a list', [true]],
    ['null', null],
    ['false', false],
  ])('ok: %s does not pass', (_name, value) => {
    const verdict = judge({ ok: value });
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('EVIDENCE_FAILED');
    expect(verdict.details).toMatchObject({ actual: value, expected: true });
    expect(verdict.message).toContain("'/ok'");
  });

  test('a missing ok fails, saying where it looked', () => {
    const verdict = judge({ status: 'green' });
    expect(verdict).toMatchObject({ status: 'fail', code: 'EVIDENCE_FAILED' });
    expect(verdict.message).toContain("no value at '/ok'");
  });

  test.each([
    ['an array', [1, 2]],
    ['a number', 42],
    ['a string', 'ok'],
    ['null', null],
    ['true itself', true],
  ])('a document that is %s has no /ok and fails', (_name, json) => {
    expect(judge(json).status).toBe('fail');
  });

  test('an inherited property is not a value: {"ok": ...} must be own', () => {
    // JSON.parse never produces prototype members, but the pointer must not walk into them either.
    expect(judge({}, { pointer: '/constructor' }).status).toBe('fail');
    expect(judge({}, { pointer: '/__proto__' }).status).toBe('fail');
  });
});

describe('judgeEvidence: its own code and message', () => {
  test('a failing file’s code and message pass through', () => {
    const verdict = judge({ ok: false, code: 'SMOKE_FAILED', message: '3 of 12 probes failed\nsee the log' });
    expect(verdict).toMatchObject({ status: 'fail', code: 'SMOKE_FAILED', message: '3 of 12 probes failed' });
    expect(verdict.details).toMatchObject({ evidence_code: 'SMOKE_FAILED' });
  });

  test('a passing file’s code and message pass through', () => {
    expect(judge({ ok: true, code: 'TRACES_FLOWING', message: 'Traces seen from 3 regions' })).toMatchObject({
      status: 'pass',
      code: 'TRACES_FLOWING',
      message: 'Traces seen from 3 regions',
    });
  });

  test.each([
    ['lowercase', 'smoke_failed'],
    ['with spaces', 'SMOKE FAILED'],
    ['a number', 42],
    ['too long', `A${'B'.repeat(64)}`],
    ['a single letter', 'X'],
    ['a markdown link', '[X](https://evil.example)'],
  ])('a code that is not UPPER_SNAKE (%s) is ignored', (_name, code) => {
    const verdict = judge({ ok: false, code });
    expect(verdict.code).toBe('EVIDENCE_FAILED');
    expect(verdict.details).not.toHaveProperty('evidence_code');
  });

  test('an empty or blank message is ignored', () => {
    expect(judge({ ok: false, message: '   ' }).message).toContain('expected true');
    expect(judge({ ok: false, message: 7 }).message).toContain('expected true');
  });

  test('a missing value still mentions the file’s own message', () => {
    const verdict = judge({ message: 'probe crashed before writing ok' });
    expect(verdict.code).toBe('EVIDENCE_FAILED');
    expect(verdict.message).toContain('probe crashed before writing ok');
  });
});

describe('judgeEvidence: pointer and equals', () => {
  const doc = {
    result: { status: 'green', counts: [3, 0], meta: { a: [1, { b: null }] } },
    'a/b': { '~x': 1 },
    '': 'root-key',
  };

  test.each([
    ['/result/status', 'green'],
    ['/result/counts/1', 0],
    ['/result/meta', { a: [1, { b: null }] }],
    ['/result/meta/a/1/b', null],
    ['/a~1b/~0x', 1],
    ['/', 'root-key'],
    ['', doc],
  ])('%s equal to its value passes', (pointer, equals) => {
    expect(judge(doc, { pointer, equals }).status).toBe('pass');
  });

  test.each([
    ['/result/status', 'GREEN'],
    ['/result/counts/1', '0'],
    ['/result/counts', [0, 3]],
    ['/result/counts', { 0: 3, 1: 0 }],
    ['/result/meta', { a: [1, { b: null }], extra: true }],
    ['/result/meta', { a: [1, {}] }],
    ['/result/meta/a/1/b', undefined],
  ])('%s compared with a different value fails', (pointer, equals) => {
    const verdict = judge(doc, { pointer, equals });
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('EVIDENCE_FAILED');
  });

  test.each([
    '/result/missing',
    '/result/counts/2',
    '/result/counts/01',
    '/result/counts/-',
    '/result/status/x',
  ])('%s (no such value) fails', (pointer) => {
    expect(judge(doc, { pointer, equals: true })).toMatchObject({ status: 'fail', code: 'EVIDENCE_FAILED' });
  });

  test('an object equal except for key order passes', () => {
    expect(judge({ v: { a: 1, b: 2 } }, { pointer: '/v', equals: { b: 2, a: 1 } }).status).toBe('pass');
  });
});

describe('judgeEvidence: files that are not there or not JSON', () => {
  test('a missing file is MISSING_FILE naming the path', () => {
    const verdict = judgeEvidence(params(), { kind: 'missing', path: 'dist/release/verify.json' });
    expect(verdict).toMatchObject({ status: 'fail', code: 'MISSING_FILE' });
    expect(verdict.message).toContain("'dist/release/verify.json' does not exist");
  });

  test.each(['', '{', '{"ok": true,}', "{'ok': true}", 'ok: true', 'NaN', '{"ok": tru}'])(
    '%p is INVALID_JSON',
    (text) => {
      const verdict = judgeEvidence(params(), { kind: 'ok', path: 'dist/release/verify.json', text });
      expect(verdict).toMatchObject({ status: 'fail', code: 'INVALID_JSON' });
      expect(verdict.message).toContain("'dist/release/verify.json' is not valid JSON");
    },
  );

  test('a file over max_bytes fails closed, naming both sizes', () => {
    const verdict = judgeEvidence(params({ max_bytes: 100 }), {
      kind: 'too_large',
      path: 'x',
      size: 5000,
      maxBytes: 100,
    });
    expect(verdict.status).toBe('fail');
    expect(verdict.code).toBe('INVALID_JSON');
    expect(verdict.message).toContain('5000 bytes');
    expect(verdict.message).toContain('100-byte');
  });
});

describe('evidence gate: collect reads the workspace', () => {
  let workspace: { dir: string; cleanup: () => Promise<void> };
  const store = () =>
    new FactStore({ workspace: workspace.dir, env: {}, github: null, externalGithub: null });

  beforeEach(async () => {
    workspace = await tempWorkspace({
      'dist/release/verify.json': JSON.stringify({ ok: true }),
      'dist/release/broken.json': '{"ok": tr',
      'exact.json': '{"ok":true}',
    });
  });
  afterEach(() => workspace.cleanup());

  const run = async (overrides: Partial<EvidenceParams>, facts = store()): Promise<Verdict> => {
    const p = params(overrides);
    const collected = await evidenceGate.collect(p, evalContext(), facts);
    return evidenceGate.judge(p, collected, evalContext());
  };

  test('a passing file passes, a broken one is INVALID_JSON, a missing one MISSING_FILE', async () => {
    expect((await run({})).code).toBe('EVIDENCE_OK');
    expect((await run({ path: 'dist/release/broken.json' })).code).toBe('INVALID_JSON');
    expect((await run({ path: 'dist/release/nope.json' })).code).toBe('MISSING_FILE');
  });

  test('max_bytes is inclusive: exactly the size reads, one byte less is too large', async () => {
    const size = '{"ok":true}'.length;
    expect((await run({ path: 'exact.json', max_bytes: size })).status).toBe('pass');
    const tooSmall = await run({ path: 'exact.json', max_bytes: size - 1 });
    expect(tooSmall.status).toBe('fail');
  });

  test('a directory is FILE_UNREADABLE, not a pass', async () => {
    await expect(run({ path: 'dist/release' })).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  test.each(['../outside.json', '../../etc/passwd', 'dist/../../outside.json', '/etc/passwd'])(
    'a path leaving the workspace (%p) is refused',
    async (escape) => {
      const error = await run({ path: escape }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GateError);
      expect(error).toMatchObject({ code: 'INVALID_PARAMS' });
      expect((error as GateError).message).toContain(`'${escape}'`);
    },
  );

  test('a path into the workspace through .. that stays inside is allowed', async () => {
    expect((await run({ path: 'dist/../dist/release/verify.json' })).status).toBe('pass');
  });

  test('a symlink inside the workspace that points outside is refused', async () => {
    const outside = await tempWorkspace({
      'secret.json': JSON.stringify({ ok: true, message: 'outside the workspace' }),
    });
    try {
      await mkdir(path.join(workspace.dir, 'links'), { recursive: true });
      await symlink(
        path.join(outside.dir, 'secret.json'),
        path.join(workspace.dir, 'links', 'evidence.json'),
      );
      const outcome = await run({ path: 'links/evidence.json' }).then(
        (verdict) => verdict,
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(GateError);
    } finally {
      await outside.cleanup();
    }
  });

  test('two reads of one file share one load through FactStore.memo', async () => {
    const facts = store();
    const first = readWorkspaceFile(facts, 'dist/release/verify.json', 1048576);
    const second = readWorkspaceFile(facts, 'dist/release/verify.json', 1048576);
    expect(second).toBe(first);
    // A later change to the file is not seen: one evaluation reads each fact once.
    await first;
    await writeFile(path.join(workspace.dir, 'dist/release/verify.json'), '{"ok": false}');
    expect(await readWorkspaceFile(facts, 'dist/release/verify.json', 1048576)).toEqual(await first);
  });

  test('workspacePath resolves inside and refuses outside', () => {
    expect(workspacePath('/ws', 'a/b.json')).toBe(path.resolve('/ws/a/b.json'));
    expect(workspacePath('/ws', '.')).toBe(path.resolve('/ws'));
    expect(() => workspacePath('/ws', '../wsx/a.json')).toThrow(GateError);
    expect(() => workspacePath('/ws', '/wsx/a.json')).toThrow(GateError);
  });
});

describe('evidence gate: parameters schema', () => {
  test('requires exactly one of path and artifact, defaults pointer /ok, equals true and max_bytes 1 MiB', () => {
    const schema = evidenceGate.paramsSchema as {
      oneOf: { required: string[] }[];
      properties: Record<string, { default?: unknown }>;
    };
    expect(schema.oneOf.map((alternative) => alternative.required)).toEqual([['path'], ['artifact']]);
    expect(schema.properties.pointer!.default).toBe('/ok');
    expect(schema.properties.equals!.default).toBe(true);
    expect(schema.properties.max_bytes!.default).toBe(1048576);
  });
});
