// The runner protocol (src/runner.ts): what the runner reads back from the commands and files
// the action writes — the escaping GitHub documents, and outputs it can parse.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { error, getInput, notice, setFailed, setOutput, warning } from '../src/runner.js';
import { parseFileCommand } from '../test/run-action.js';

function stdoutOf(action: () => void): string {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    action();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

test('inputs: INPUT_<NAME> with spaces as underscores, trimmed; an unset input is empty', () => {
  const env = { INPUT_POLICY: '  .github/release-gates.yml \n', INPUT_BUILD_RUN_ID: '42' };
  expect(getInput('policy', env)).toBe('.github/release-gates.yml');
  expect(getInput('build run id', env)).toBe('42');
  expect(getInput('stage', env)).toBe('');
});

test('annotations escape what would end the command early, in the message and in properties', () => {
  const line = stdoutOf(() =>
    error('100% broken\r\nsecond line', {
      title: 'release-gates: a, b: c',
      file: '.github/release-gates.yml',
      startLine: 12,
      startColumn: 3,
    }),
  );
  expect(line).toBe(
    '::error title=release-gates%3A a%2C b%3A c,file=.github/release-gates.yml,line=12,col=3::100%25 broken%0D%0Asecond line\n',
  );
});

test('annotations without properties, and empty properties left out', () => {
  expect(stdoutOf(() => warning('careful'))).toBe('::warning::careful\n');
  expect(stdoutOf(() => notice('fyi', { title: '', file: 'a.yml' }))).toBe('::notice file=a.yml::fyi\n');
});

test('setFailed writes an error and makes the step fail', () => {
  const saved = process.exitCode;
  try {
    expect(stdoutOf(() => setFailed('Blocked by tests.'))).toBe('::error::Blocked by tests.\n');
    expect(process.exitCode).toBe(1);
  } finally {
    process.exitCode = saved;
  }
});

test('outputs: multi-line values the runner reads back whole, one record per call', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-gates-runner-'));
  const file = path.join(dir, 'output');
  writeFileSync(file, '');
  const env = { GITHUB_OUTPUT: file };
  setOutput('result', 'pass', env);
  setOutput('summary', 'line one\nEOF\nline three', env);
  expect(parseFileCommand(readFileSync(file, 'utf8'))).toEqual({
    result: 'pass',
    summary: 'line one\nEOF\nline three',
  });
  expect(readFileSync(file, 'utf8')).toMatch(/^result<<ghadelimiter_[0-9a-f-]{36}\n/);
});

test('outputs: a GITHUB_OUTPUT file that does not exist is an error, not a silent loss', () => {
  const file = path.join(tmpdir(), 'release-gates-runner-missing', 'output');
  expect(() => setOutput('result', 'pass', { GITHUB_OUTPUT: file })).toThrow(`Missing file at path: ${file}`);
});

test('outputs without GITHUB_OUTPUT fall back to the set-output command', () => {
  expect(stdoutOf(() => setOutput('result', 'a\nb', {}))).toBe('\n::set-output name=result::a%0Ab\n');
});

test('the same lines as @actions/core writes, for every kind of annotation and property', async () => {
  const core = await import('@actions/core');
  const mine = await import('../src/runner.js');
  const messages = ['plain', 'a%b\nc\rd', 'x::y, z'];
  const propertySets = [
    {},
    { title: 'release-gates: GATE, "x"' },
    { file: 'dir/a b.yml', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9 },
  ];
  for (const level of ['error', 'warning', 'notice'] as const)
    for (const message of messages)
      for (const properties of propertySets)
        expect(stdoutOf(() => mine[level](message, properties))).toBe(
          stdoutOf(() => core[level](message, properties)),
        );
  expect(stdoutOf(() => mine.info('hello %s'))).toBe(stdoutOf(() => core.info('hello %s')));
});
