// workflowFileEnv: a workflow file's top-level env at a ref, and what counts as a positive integer.
import fc from 'fast-check';
import { parseWorkflowEnv, positiveInteger, workflowFileEnv } from '../../../src/facts/workflow-file.js';
import { OWNER, REPO, SHA } from './builders.js';
import { fakeApi } from './fake-api.js';

const repo = { owner: OWNER, repo: REPO };
const CI = '.github/workflows/ci.yml';
const WORKFLOW = `name: CI
on: [push]
env:
  WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10
  QUOTED: "12"
jobs:
  smoke:
    runs-on: windows-latest
    steps: [{ run: echo }]
`;

describe('workflowFileEnv', () => {
  it('reads the file at the ref through the contents API, once', async () => {
    const api = fakeApi({ files: { [`${CI}@${SHA}`]: WORKFLOW } });
    const facts = api.facts();
    const [first] = await Promise.all([
      workflowFileEnv(facts, repo, CI, SHA),
      workflowFileEnv(facts, repo, CI, SHA),
    ]);
    expect(first).toEqual({
      kind: 'ok',
      path: CI,
      ref: SHA,
      env: { WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10, QUOTED: '12' },
    });
    expect(api.requests).toHaveLength(1);
    expect(decodeURIComponent(api.requests[0]!.path)).toBe(`/repos/${OWNER}/${REPO}/contents/${CI}`);
    expect(api.requests[0]!.query).toEqual({ ref: SHA });
  });

  it('says when the file does not exist at the ref', async () => {
    const api = fakeApi({ files: {} });
    expect(await workflowFileEnv(api.facts(), repo, CI, SHA)).toEqual({
      kind: 'missing',
      path: CI,
      ref: SHA,
    });
  });
});

describe('parseWorkflowEnv', () => {
  it('gives an empty env when the workflow has none', () => {
    expect(parseWorkflowEnv('on: push\njobs: {}\n', CI, 'main')).toEqual({
      kind: 'ok',
      path: CI,
      ref: 'main',
      env: {},
    });
  });

  it.each([
    ['invalid YAML', 'env: [unclosed\n', /not valid YAML/],
    ['a list', '- a\n- b\n', /not a YAML mapping/],
    ['env as a list', 'env: [A, B]\n', /top-level env is not a mapping/],
    ['env as a string', 'env: A=1\n', /top-level env is not a mapping/],
  ])('describes %s', (_name, text, reason) => {
    const parsed = parseWorkflowEnv(text, CI, 'main');
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.reason).toMatch(reason);
  });
});

describe('positiveInteger', () => {
  it.each([
    [10, 10],
    ['10', 10],
    [' 7 ', 7],
    [1, 1],
  ])('accepts %j', (value, expected) => expect(positiveInteger(value)).toBe(expected));

  it.each([
    0,
    -3,
    2.5,
    '2.5',
    '',
    'ten',
    '${{ vars.N }}',
    null,
    undefined,
    true,
    [10],
    { n: 1 },
    Number.NaN,
    Infinity,
    '99999999999999999999',
  ])('refuses %j', (value) => expect(positiveInteger(value)).toBeNull());

  it('round-trips every positive safe integer, as a number and as a string', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (n) => positiveInteger(n) === n && positiveInteger(String(n)) === n,
      ),
    );
  });
});
