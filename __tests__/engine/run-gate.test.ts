// One gate, fail closed (DESIGN "Fail closed by construction"): templates, collect, judge;
// whatever goes wrong ends as `error` with a code, never as `pass`.
import { GateError, type GateDefinition, type Verdict } from '../../src/model/types.js';
import { errorVerdict, judgeGate } from '../../src/engine/run-gate.js';
import { FactStore } from '../../src/facts/store.js';
import { expandTemplate, type TemplateValues } from '../../src/policy/templates.js';
import { evalContext, fakeGate, SHA } from '../fixtures/policies.js';

const VALUES: TemplateValues = {
  tag: 'v1.2.0',
  version: '1.2.0',
  sha: SHA,
  ref: 'v1.2.0',
  repo: 'acme/widget',
  owner: 'acme',
  build_run_id: null,
  base_tag: null,
};
const EXPAND = (text: string, keep: readonly string[]) => expandTemplate(text, VALUES, keep);

const definition = (params: Record<string, unknown> = {}): GateDefinition => ({
  id: 'probe',
  type: 'fake',
  overridable: false,
  with: params,
});

const store = () => new FactStore({ workspace: '/nonexistent', env: {}, github: null, externalGithub: null });

describe('judgeGate', () => {
  test('a passing verdict is returned as is', async () => {
    const verdict = await judgeGate(
      definition({ outcome: 'pass', code: 'FAKE_OK' }),
      fakeGate('fake'),
      evalContext(),
      EXPAND,
      store(),
    );
    expect(verdict).toEqual({
      status: 'pass',
      code: 'FAKE_OK',
      message: 'fake pass',
      details: { seen: null },
    });
  });

  test('collect and judge receive the parameters with templates expanded; the definition is not changed', async () => {
    const seen: unknown[] = [];
    const gate = fakeGate('fake', {
      collect: async (params) => {
        seen.push(params);
        return 'facts';
      },
      judge: (params, facts) => ({
        status: 'pass',
        code: 'OK',
        message: `${String(params.text)} ${String(facts)}`,
      }),
    });
    const def = definition({ text: '{repo}@{tag}' });
    const verdict = await judgeGate(def, gate, evalContext(), EXPAND, store());
    expect(seen).toEqual([{ text: 'acme/widget@v1.2.0' }]);
    expect(verdict.message).toBe('acme/widget@v1.2.0 facts');
    expect(def.with).toEqual({ text: '{repo}@{tag}' });
  });

  test('a placeholder without a value is TEMPLATE_UNRESOLVED and collect never runs', async () => {
    let collected = false;
    const gate = fakeGate('fake', {
      collect: async () => {
        collected = true;
      },
    });
    const verdict = await judgeGate(
      definition({ text: 'run {build_run_id}' }),
      gate,
      evalContext(),
      EXPAND,
      store(),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'TEMPLATE_UNRESOLVED' });
    expect(collected).toBe(false);
  });

  test('a gate’s own placeholders are kept for it', async () => {
    const gate = { ...fakeGate('fake'), extraPlaceholders: ['platform'] };
    const verdict = await judgeGate(
      definition({ outcome: 'pass', code: 'FAKE_OK', text: 'x_{version}_{platform}' }),
      gate,
      evalContext(),
      EXPAND,
      store(),
    );
    expect(verdict.details).toEqual({ seen: 'x_1.2.0_{platform}' });
  });

  test('collect throwing an Error is GATE_CRASHED naming the gate and the first line', async () => {
    const gate = fakeGate('fake', {
      collect: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'jobs')\n    at x.ts:1");
      },
    });
    const verdict = await judgeGate(definition(), gate, evalContext(), EXPAND, store());
    expect(verdict).toEqual({
      status: 'error',
      code: 'GATE_CRASHED',
      message: "Gate 'probe' could not be evaluated: Cannot read properties of undefined (reading 'jobs')",
      details: { error: "Cannot read properties of undefined (reading 'jobs')\n    at x.ts:1" },
    });
  });

  test('collect throwing a GateError keeps its code, message and details', async () => {
    const gate = fakeGate('fake', {
      collect: async () => {
        throw new GateError('PERMISSION_DENIED', 'The token lacks `actions: read`', {
          permission: 'actions: read',
        });
      },
    });
    expect(await judgeGate(definition(), gate, evalContext(), EXPAND, store())).toEqual({
      status: 'error',
      code: 'PERMISSION_DENIED',
      message: 'The token lacks `actions: read`',
      details: { permission: 'actions: read' },
    });
  });

  test('judge throwing is GATE_CRASHED too', async () => {
    const gate = fakeGate('fake', {
      judge: () => {
        throw new RangeError('bad');
      },
    });
    expect(await judgeGate(definition(), gate, evalContext(), EXPAND, store())).toMatchObject({
      status: 'error',
      code: 'GATE_CRASHED',
    });
  });

  test('a rejected promise with a non-Error value is GATE_CRASHED', async () => {
    const gate = fakeGate('fake', { collect: () => Promise.reject('just a string') });
    const verdict = await judgeGate(definition(), gate, evalContext(), EXPAND, store());
    expect(verdict).toMatchObject({ status: 'error', code: 'GATE_CRASHED' });
    expect(verdict.message).toContain('just a string');
  });

  test('a GateError from the fact store (no token) is that error', async () => {
    const gate = fakeGate('fake', { collect: async (_p, _c, facts) => facts.github });
    expect(await judgeGate(definition(), gate, evalContext(), EXPAND, store())).toMatchObject({
      status: 'error',
      code: 'NO_TOKEN',
    });
  });

  const malformed: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'pass'],
    ['an unknown status', { status: 'ok', code: 'OK', message: 'm' }],
    ['status overridden (the engine’s, not a judge’s)', { status: 'overridden', code: 'OK', message: 'm' }],
    ['status skipped', { status: 'skipped', code: 'OK', message: 'm' }],
    ['no code', { status: 'pass', message: 'm' }],
    ['a lowercase code', { status: 'pass', code: 'ok', message: 'm' }],
    ['an empty code', { status: 'pass', code: '', message: 'm' }],
    ['a code with spaces', { status: 'pass', code: 'ALL GOOD', message: 'm' }],
    ['no message', { status: 'pass', code: 'OK' }],
    ['a numeric message', { status: 'pass', code: 'OK', message: 1 }],
    ['a promise (an async judge)', Promise.resolve({ status: 'pass', code: 'OK', message: 'm' })],
  ];

  test.each(malformed)('a verdict that is %s is INVALID_VERDICT (error), never pass', async (_name, bad) => {
    const gate = fakeGate('fake', { judge: () => bad as Verdict });
    const verdict = await judgeGate(definition(), gate, evalContext(), EXPAND, store());
    expect(verdict.status).toBe('error');
    expect(verdict.code).toBe('INVALID_VERDICT');
    expect(verdict.message).toBe("Gate 'probe' returned a malformed verdict.");
  });

  test('a judge may itself say error, with its own code', async () => {
    const gate = fakeGate('fake', {
      judge: () => ({ status: 'error', code: 'INVALID_NOW', message: 'bad clock' }),
    });
    expect(await judgeGate(definition(), gate, evalContext(), EXPAND, store())).toEqual({
      status: 'error',
      code: 'INVALID_NOW',
      message: 'bad clock',
    });
  });
});

describe('errorVerdict', () => {
  test('cuts the stored error to 2000 characters and the message to one line', () => {
    const verdict = errorVerdict(new Error(`${'x'.repeat(3000)}\nline two`), 'g');
    expect((verdict.details!.error as string).length).toBe(2000);
    expect(verdict.message).not.toContain('line two');
  });

  test('keeps a GateError’s code', () => {
    expect(errorVerdict(new GateError('TIMEOUT', 'slow'), 'g')).toEqual({
      status: 'error',
      code: 'TIMEOUT',
      message: 'slow',
      details: {},
    });
  });
});
