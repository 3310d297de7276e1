// Policy loading and validation (SPEC §4, §4.2–4.4): a valid policy loads with defaults
// filled; every problem is a PolicyError issue whose FILE:LINE:COL points at the right place;
// `extends` merges by key with positions in the file each entry came from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { GATE_TYPES } from '../../src/gates/registry.js';
import { loadPolicy, type LoadOptions, type PolicyText } from '../../src/policy/load.js';
import { formatIssue, PolicyError } from '../../src/policy/types.js';
import { lineOf, MATURITY_POLICY, policyIssues, policyText, positionOf } from '../fixtures/policies.js';

const load = (text: string, file = 'policy.yml', options: Partial<LoadOptions> = {}) =>
  loadPolicy({ text, file }, GATE_TYPES, { source: 'workspace', ...options });

const issuesOf = (text: string, file = 'policy.yml', options: Partial<LoadOptions> = {}) =>
  policyIssues(load(text, file, options));

/** A reader for `extends` that serves texts by spec and records what was asked. */
function reader(files: Record<string, string>) {
  const asked: string[] = [];
  const readExtends = async (spec: string): Promise<PolicyText> => {
    asked.push(spec);
    const text = files[spec];
    if (text === undefined) throw new Error(`no such file (404)`);
    return { text, file: spec };
  };
  return { asked, readExtends };
}

const EVIDENCE_GATE = `  ev:\n    type: evidence\n    with: { path: evidence.json }`;
const ONE_STAGE = `  GA:\n    match: ["v*"]\n    gates: { ev: required }`;

describe('loadPolicy: a valid policy', () => {
  test('loads the maturity model with every registered gate type', async () => {
    const loaded = await load(MATURITY_POLICY, '.github/release-gates.yml');
    expect(Object.keys(loaded.policy.stages)).toEqual(['PILOT', 'PRE_GA', 'GA']);
    expect(loaded.policy.stages.PILOT).toEqual({
      name: 'PILOT',
      description: 'Rapid iteration, low governance',
      match: ['main', '*'],
      gates: { observability_verify: 'report_only', credentials: 'off' },
    });
    expect(loaded.policy.stages.GA!.gates).toEqual({
      observability_verify: 'required',
      credentials: 'required',
      release_freeze: 'required',
    });
    expect(loaded.policy.gates.release_freeze).toMatchObject({
      id: 'release_freeze',
      type: 'freeze_window',
      overridable: true,
    });
    expect(loaded.policy.gates.credentials!.with).toEqual({
      env: [{ name: 'PYPI_API_TOKEN', prefix: 'pypi-' }, 'CARGO_REGISTRY_TOKEN'],
    });
    expect(loaded.policy.overrides).toEqual({ reason_min_length: 20 });
    expect(loaded.path).toBe('.github/release-gates.yml');
    expect(loaded.source).toBe('workspace');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('fills parameter defaults and gate defaults', async () => {
    const loaded = await load(policyText(ONE_STAGE, EVIDENCE_GATE));
    expect(loaded.policy.gates.ev).toEqual({
      id: 'ev',
      type: 'evidence',
      description: undefined,
      overridable: false,
      with: { path: 'evidence.json', pointer: '/ok', equals: true, max_bytes: 1048576 },
    });
    expect(loaded.policy.overrides.reason_min_length).toBe(20);
  });

  test('keeps explicitly given parameters over defaults', async () => {
    const gate = `  ev:\n    type: evidence\n    with: { path: e.json, pointer: /status, equals: green, max_bytes: 10 }`;
    const loaded = await load(policyText(ONE_STAGE, gate, 'overrides: { reason_min_length: 5 }\n'));
    expect(loaded.policy.gates.ev!.with).toEqual({
      path: 'e.json',
      pointer: '/status',
      equals: 'green',
      max_bytes: 10,
    });
    expect(loaded.policy.overrides.reason_min_length).toBe(5);
  });

  test('accepts a stage without match (chosen only by name) and templates with known placeholders', async () => {
    const gate = `  ev:\n    type: evidence\n    with: { path: "dist/{tag}/{version}-{sha}-{ref}-{repo}-{owner}-{build_run_id}-{base_tag}.json" }`;
    const loaded = await load(policyText(`  GRADUATION:\n    gates: { ev: required }`, gate));
    expect(loaded.policy.stages.GRADUATION!.match).toBeUndefined();
    expect(loaded.policy.gates.ev!.with.path).toContain('{tag}');
  });

  test('records the file with its git blob sha', async () => {
    const text = policyText(ONE_STAGE, EVIDENCE_GATE);
    const loaded = await load(text, '.github/release-gates.yml');
    expect(loaded.files).toEqual([{ path: '.github/release-gates.yml', blob_sha: sha1Blob(text) }]);
  });
});

/** `git hash-object` computed here, independently of src/policy/normalize.ts. */
function sha1Blob(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}
test('the independent blob sha helper agrees with git hash-object', () => {
  expect(sha1Blob('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  expect(sha1Blob('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  expect(sha1Blob('version: 1\n')).toBe('b82551848c644f63b8517a7bdf8be9a992e6f4da');
});

test('an unquoted `: ` inside a value is a YAML error on its line (as in the published graduation example)', async () => {
  const text = [
    'version: 1',
    'stages:',
    '  GRADUATION:',
    '    description: The graduation pull request (chosen with `stage: GRADUATION`); all four gates',
    '    gates: {}',
    'gates: {}',
  ].join('\n');
  const issues = await issuesOf(text, 'windows-graduation.yml');
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ file: 'windows-graduation.yml', line: 4 });
  expect(issues[0]!.message).toMatch(/^YAML: /);
});

describe('loadPolicy: the examples', () => {
  const registered = new Set(GATE_TYPES.map((g) => g.type));
  const examples = ['maturity-stages.yml', 'release-publish.yml', 'windows-graduation.yml'];

  test.each(examples)('%s loads: every gate type it uses is registered and valid', async (name) => {
    const text = readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
    const loaded = await loadPolicy({ text, file: name }, GATE_TYPES, { source: 'workspace' });
    const doc = parse(text) as ExampleDoc;
    expect(Object.keys(loaded.policy.gates).sort()).toEqual(Object.keys(doc.gates).sort());
    for (const gate of Object.values(doc.gates)) expect(registered.has(gate.type)).toBe(true);
  });

  test('the maturity example loads once its unregistered gates are left out', async () => {
    const text = readFileSync(new URL('../../examples/maturity-stages.yml', import.meta.url), 'utf8');
    const doc = parse(text) as ExampleDoc;
    const kept = Object.keys(doc.gates).filter((id) => registered.has(doc.gates[id]!.type));
    for (const id of Object.keys(doc.gates)) {
      if (kept.includes(id)) continue;
      delete doc.gates[id];
      for (const stage of Object.values(doc.stages)) delete stage.gates[id];
    }
    const loaded = await load(stringify(doc), 'maturity.yml');
    expect(Object.keys(loaded.policy.gates).sort()).toEqual([...kept].sort());
    expect(loaded.policy.gates.observability_verify!.with).toEqual({
      path: 'dist/release/verify.json',
      pointer: '/ok',
      equals: true,
      max_bytes: 1048576,
    });
    expect(loaded.policy.gates.release_freeze!.overridable).toBe(true);
    expect(Object.keys(loaded.policy.stages)).toEqual(['PILOT', 'PRE_GA', 'GA']);
  });
});

interface ExampleDoc {
  stages: Record<string, { gates: Record<string, string> }>;
  gates: Record<string, { type: string }>;
}

describe('loadPolicy: every error names FILE:LINE:COL of the offending line', () => {
  test('a stage using an undefined gate names the gate and points at its key', async () => {
    const text = policyText(
      `  GA:\n    gates:\n      ev: required\n      promotion_guard: required`,
      EVIDENCE_GATE,
    );
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'promotion_guard'),
        message: "Stage 'GA' uses gate 'promotion_guard', which is not defined under gates (defined: ev)",
      },
    ]);
  });

  test('an undefined gate with no gates defined at all says so without an empty list', async () => {
    const text = policyText(`  GA:\n    gates: { nope: required }`, '  {}');
    const issues = await issuesOf(text.replace('gates:\n  {}', 'gates: {}'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe("Stage 'GA' uses gate 'nope', which is not defined under gates");
  });

  test.each(['toString', 'constructor'])(
    'a stage using an undefined gate named %s is an error too (no prototype lookups)',
    async (id) => {
      const text = policyText(`  GA:\n    gates: { ev: required, ${id}: required }`, EVIDENCE_GATE);
      const issues = await issuesOf(text);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toContain(`uses gate '${id}', which is not defined`);
      expect(issues[0]).toMatchObject(positionOf(text, id));
    },
  );

  test('an unknown top-level key points at the key', async () => {
    const text = policyText(ONE_STAGE, EVIDENCE_GATE, 'overides:\n  reason_min_length: 3\n');
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      { file: 'policy.yml', ...positionOf(text, 'overides'), message: "(top level): unknown key 'overides'" },
    ]);
  });

  test('an unknown key in a stage, a gate and a gate’s parameters points at that key', async () => {
    const stage = `  GA:\n    matches: ["v*"]\n    gates: { ev: required }`;
    let text = policyText(stage, EVIDENCE_GATE);
    expect(await issuesOf(text)).toEqual([
      { file: 'policy.yml', ...positionOf(text, 'matches'), message: "stages.GA: unknown key 'matches'" },
    ]);

    text = policyText(
      ONE_STAGE,
      `  ev:\n    type: evidence\n    overrideable: true\n    with: { path: e.json }`,
    );
    expect(await issuesOf(text)).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'overrideable'),
        message: "gates.ev: unknown key 'overrideable'",
      },
    ]);

    text = policyText(
      ONE_STAGE,
      `  ev:\n    type: evidence\n    with:\n      path: e.json\n      pointr: /ok`,
    );
    expect(await issuesOf(text)).toEqual([
      { file: 'policy.yml', ...positionOf(text, 'pointr'), message: "gates.ev.with: unknown key 'pointr'" },
    ]);
  });

  test('a bad mode quotes it, names the modes and points at the value', async () => {
    const text = policyText(`  GA:\n    gates:\n      ev: requird`, EVIDENCE_GATE);
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'requird'),
        message: "stages.GA.gates.ev: 'requird' is not allowed; expected one of: required, report_only, off",
      },
    ]);
  });

  test('a bad gate parameter is reported at its value', async () => {
    const text = policyText(
      ONE_STAGE,
      `  ev:\n    type: evidence\n    with:\n      path: e.json\n      max_bytes: lots`,
    );
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'lots'),
        message: "gates.ev.with.max_bytes: 'lots' must be an integer",
      },
    ]);
  });

  test('a missing required parameter names it', async () => {
    const text = policyText(ONE_STAGE, `  ev:\n    type: evidence\n    with: { pointer: /ok }`);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe("gates.ev.with: needs 'path' or 'artifact'");
    expect(issues[0]!.line).toBe(lineOf(text, 'with:'));
  });

  test('two gates of one type that pick different oneOf alternatives each report their own errors', async () => {
    // Once both gates' errors were collapsed as one list, each gate's choice dropped the other
    // gate's errors (same schema path): this policy was refused with no issue at all.
    const text = policyText(
      `  GA:\n    gates: { a: required, b: required }`,
      `  a:\n    type: version_alignment\n    with: { files: [{ path: a.json, pointer: x }] }\n` +
        `  b:\n    type: version_alignment\n    with: { files: [{ path: b.toml, regex: 5 }] }`,
    );
    expect(await issuesOf(text)).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'x }'),
        message: "gates.a.with.files.0.pointer: 'x' does not match ^(/.*)?$",
      },
      {
        file: 'policy.yml',
        ...positionOf(text, '5 }'),
        message: 'gates.b.with.files.0.regex: 5 must be a string',
      },
    ]);
  });

  test('parameter errors keep their place among the document’s errors', async () => {
    // A gate's parameters are checked apart from the document, but reported where the
    // published schema reports them: in document order, first among that gate's errors.
    const text =
      `version: 2\nstages:\n  GA:\n    gates: { a: required, b: required }\ngates:\n` +
      `  a:\n    type: evidence\n    extra: 1\n    with: { path: 5 }\n` +
      `  b:\n    type: evidence\n    with: { path: ok.json, max_bytes: lots }\n` +
      `overrides: { reason_min_length: 0 }\n`;
    expect((await issuesOf(text)).map((i) => i.message)).toEqual([
      'version: 2 is not allowed; expected 1',
      'gates.a.with.path: 5 must be a string',
      "gates.a: unknown key 'extra'",
      "gates.b.with.max_bytes: 'lots' must be an integer",
      'overrides.reason_min_length: must be >= 1 (got 0)',
    ]);
  });

  test('a gate type with required parameters and no `with` is an error', async () => {
    const text = policyText(ONE_STAGE, `  ev:\n    type: evidence`);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe("gates.ev: missing required key 'with'");
    // At the gate: its key's line or the first line of its body.
    expect([lineOf(text, '  ev:\n'), lineOf(text, 'type: evidence')]).toContain(issues[0]!.line);
  });

  test('an unknown gate type is reported at its type value, naming the known types', async () => {
    const text = policyText(ONE_STAGE, `  ev:\n    type: no_such_gate\n    with: { checks: [test] }`);
    const issues = await issuesOf(text);
    const known = GATE_TYPES.map((g) => g.type).sort();
    expect(known).toEqual(expect.arrayContaining(['evidence', 'freeze_window', 'secrets_present']));
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'no_such_gate'),
        message: `gates.ev.type: 'no_such_gate' is not allowed; expected one of: ${known.join(', ')}`,
      },
    ]);
  });

  test('an unknown {placeholder} names it, the known ones, and points at the string', async () => {
    const text = policyText(
      ONE_STAGE,
      `  ev:\n    type: evidence\n    with:\n      path: "dist/{tagg}/verify.json"`,
    );
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'policy.yml', ...positionOf(text, '"dist/{tagg}') });
    expect(issues[0]!.message).toContain('gates.ev.with.path: unknown placeholder {tagg}');
    expect(issues[0]!.message).toContain(
      '{tag}, {version}, {sha}, {ref}, {repo}, {owner}, {build_run_id}, {base_tag}',
    );
  });

  test('an unknown placeholder inside a list is reported at that element', async () => {
    const gate = `  creds:\n    type: secrets_present\n    with:\n      env:\n        - A_TOKEN\n        - { name: B_TOKEN, prefix: "{prefx}-" }`;
    const text = policyText(`  GA:\n    gates: { creds: required }`, gate);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('gates.creds.with.env.1.prefix: unknown placeholder {prefx}');
    expect(issues[0]).toMatchObject(positionOf(text, '"{prefx}-"'));
  });

  test('several problems in one file are all reported', async () => {
    const gates = `${EVIDENCE_GATE}\n  ev2:\n    type: evidence\n    with: { path: "{nope}.json" }`;
    const text = policyText(`  GA:\n    gates: { ev: required, ev2: required, ghost: required }`, gates);
    const issues = await issuesOf(text);
    expect(issues.map((i) => i.line).sort()).toEqual([lineOf(text, 'ghost'), lineOf(text, '{nope}')].sort());
  });

  test('schema errors and undefined-gate errors in one file are reported together (every error)', async () => {
    const text = policyText(`  GA:\n    gates: { ghost: required }`, EVIDENCE_GATE, 'bogus: 1\n');
    const issues = await issuesOf(text);
    expect(issues.map((i) => i.line).sort()).toEqual([lineOf(text, 'ghost'), lineOf(text, 'bogus')].sort());
  });

  test('an invalid gate id in a stage is reported at that id (every issue about it)', async () => {
    const text = policyText(`  GA:\n    gates: { ev: required, "bad id": required }`, EVIDENCE_GATE);
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).toContain("'bad id'");
      expect(issue).toMatchObject(positionOf(text, '"bad id"'));
    }
  });

  test('a __proto__ gate id is reported, not silently dropped', async () => {
    const text = policyText(
      ONE_STAGE,
      `${EVIDENCE_GATE}\n  __proto__:\n    type: evidence\n    with: { path: p.json }`,
    );
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).toContain('__proto__');
      expect(issue.line).toBe(lineOf(text, '__proto__'));
    }
  });

  test('a freeze_window problem found beyond the schema points at the bad window', async () => {
    const gate = [
      '  freeze:',
      '    type: freeze_window',
      '    with:',
      '      timezone: America/Denver',
      '      windows:',
      '        - { name: Weekend, weekly: { days: [SAT, SUN], start: "00:00", end: "24:00" } }',
      '        - { name: Backwards, start: "2026-12-31T00:00", end: "2026-12-01T00:00" }',
    ].join('\n');
    const text = policyText(`  GA:\n    gates: { freeze: required }`, gate);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^gates\.freeze\.with: /);
    expect(issues[0]!.line).toBe(lineOf(text, 'Backwards'));
  });

  test('an invalid time zone is reported through checkParams', async () => {
    const gate = `  freeze:\n    type: freeze_window\n    with:\n      timezone: Mars/Olympus\n      windows: [{ name: W, weekly: { days: [SAT], start: "00:00", end: "24:00" } }]`;
    const text = policyText(`  GA:\n    gates: { freeze: required }`, gate);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain("'Mars/Olympus'");
    expect(issues[0]!.line).toBe(lineOf(text, 'Mars/Olympus'));
  });

  test('duplicate keys are an error at the duplicate, never "the last one wins"', async () => {
    const text = policyText(
      ONE_STAGE,
      `${EVIDENCE_GATE}\n  ev:\n    type: evidence\n    with: { path: other.json }`,
    );
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^YAML: .*unique/);
    expect(issues[0]!.line).toBe(lineOf(text, '  ev:', 1));
  });

  test('duplicate mode keys inside a flow mapping are an error too', async () => {
    const text = policyText(`  GA:\n    gates: { ev: report_only, ev: required }`, EVIDENCE_GATE);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(lineOf(text, 'ev: report_only'));
  });

  test('a YAML syntax error is reported with a position and a YAML: prefix', async () => {
    const text = 'version: 1\nstages:\n  GA:\n    gates: { ev: required\ngates: {}\n';
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe('policy.yml');
      expect(issue.message).toMatch(/^YAML: /);
      expect(issue.line).toBeGreaterThanOrEqual(4);
      expect(issue.line).toBeLessThanOrEqual(5);
    }
  });

  test('a bad indentation error points at its line', async () => {
    const text = 'version: 1\nstages:\n  GA:\n    gates: {}\n   bad: indentation\ngates: {}\n';
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.line).toBe(5);
  });

  test.each([
    ['a list', '- version: 1\n'],
    ['a scalar', 'just text\n'],
    ['empty', ''],
    ['only a comment', '# nothing here\n'],
    ['null', 'null\n'],
  ])('a document that is %s is not a mapping', async (_name, text) => {
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        line: 1,
        col: 1,
        message: 'A policy must be a YAML mapping (version, stages, gates)',
      },
    ]);
  });

  test('more than one YAML document is an error', async () => {
    const text = `${policyText(ONE_STAGE, EVIDENCE_GATE)}---\nversion: 1\n`;
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(/^YAML: /);
  });

  test('version: 2 is refused at its value, naming the supported version', async () => {
    const text = policyText(ONE_STAGE, EVIDENCE_GATE).replace('version: 1', 'version: 2');
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      { file: 'policy.yml', line: 1, col: 10, message: 'version: 2 is not allowed; expected 1' },
    ]);
  });

  test('version "1" (a string) is refused', async () => {
    const text = policyText(ONE_STAGE, EVIDENCE_GATE).replace('version: 1', 'version: "1"');
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain("'1'");
  });

  test.each([
    ['version', (t: string) => t.replace('version: 1\n', '')],
    ['stages', (t: string) => t.replace(/stages:\n(?: {2}.*\n)+/, '')],
    ['gates', (t: string) => t.replace(/gates:\n(?: {2}.*\n?)+$/, '')],
  ])('a missing top-level %s is named', async (key, edit) => {
    const text = edit(policyText(ONE_STAGE, EVIDENCE_GATE));
    const issues = await issuesOf(text);
    expect(issues.map((i) => i.message)).toContain(`(top level): missing required key '${key}'`);
  });

  test('a stage named auto is reserved, reported at its key', async () => {
    const text = policyText(`  auto:\n    gates: { ev: required }`, EVIDENCE_GATE);
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      {
        file: 'policy.yml',
        ...positionOf(text, 'auto:'),
        message: "stages.auto: 'auto' is reserved for the stage input; rename the stage",
      },
    ]);
  });

  test.each(['1GA', 'GA stage'])('an invalid stage name %p is reported', async (name) => {
    const text = policyText(`  "${name}":\n    gates: { ev: required }`, EVIDENCE_GATE);
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).toContain(`'${name}'`);
      expect(issue).toMatchObject(positionOf(text, `"${name}"`));
    }
  });

  test('no stages at all is an error', async () => {
    const text = 'version: 1\nstages: {}\ngates: {}\n';
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(2);
  });

  test.each([
    ['0', 'must be >= 1'],
    ['2.5', 'must be an integer'],
    ['"20"', 'must be an integer'],
  ])('overrides.reason_min_length %s is refused', async (value, expected) => {
    const text = policyText(ONE_STAGE, EVIDENCE_GATE, `overrides:\n  reason_min_length: ${value}\n`);
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('overrides.reason_min_length');
    expect(issues[0]!.message).toContain(expected);
    expect(issues[0]!.line).toBe(lineOf(text, 'reason_min_length'));
  });

  test('a malformed extends spec is refused at its value', async () => {
    const text = `extends: not-a-spec\n${policyText(ONE_STAGE, EVIDENCE_GATE)}`;
    const { readExtends } = reader({});
    const issues = await issuesOf(text, 'policy.yml', { readExtends });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'policy.yml', line: 1 });
    expect(issues[0]!.message).toContain('not-a-spec');
  });

  test('formatIssue writes FILE:LINE:COL message and PolicyError joins every issue', () => {
    const issues = [
      { file: 'a.yml', line: 3, col: 5, message: 'first' },
      { file: 'b.yml', line: 10, col: 1, message: 'second' },
    ];
    expect(formatIssue(issues[0]!)).toBe('a.yml:3:5 first');
    const error = new PolicyError(issues);
    expect(error.message).toBe('a.yml:3:5 first\nb.yml:10:1 second');
    expect(error.name).toBe('PolicyError');
    expect(error.issues).toBe(issues);
  });
});

describe('loadPolicy: extends', () => {
  const BASE_SPEC = 'acme/org-policies/release-gates/base.yml@v3';
  const BASE = [
    'version: 1',
    'stages:',
    '  PILOT:',
    '    match: ["*"]',
    '    gates: { base_ev: report_only }',
    '  GA:',
    '    match: ["v*"]',
    '    gates: { base_ev: required }',
    'gates:',
    '  base_ev:',
    '    type: evidence',
    '    with: { path: base.json }',
    '  shared:',
    '    type: evidence',
    '    with: { path: from-base.json }',
    'overrides:',
    '  reason_min_length: 30',
    '',
  ].join('\n');

  test('local stages and gates override the base by key; base-only entries remain', async () => {
    const local = [
      `extends: ${BASE_SPEC}`,
      'version: 1',
      'stages:',
      '  GA:',
      '    match: ["v*"]',
      '    gates: { shared: required }',
      'gates:',
      '  shared:',
      '    type: evidence',
      '    with: { path: from-local.json }',
      '',
    ].join('\n');
    const { asked, readExtends } = reader({ [BASE_SPEC]: BASE });
    const loaded = await load(local, '.github/release-gates.yml', { readExtends });
    expect(asked).toEqual([BASE_SPEC]);
    expect(Object.keys(loaded.policy.stages).sort()).toEqual(['GA', 'PILOT']);
    expect(loaded.policy.stages.GA!.gates).toEqual({ shared: 'required' });
    expect(loaded.policy.stages.PILOT!.gates).toEqual({ base_ev: 'report_only' });
    expect(loaded.policy.gates.shared!.with.path).toBe('from-local.json');
    expect(loaded.policy.gates.base_ev!.with.path).toBe('base.json');
    expect(loaded.policy.overrides.reason_min_length).toBe(30);
    expect(loaded.policy.extends).toBe(BASE_SPEC);
  });

  test('files lists every file of the chain, top-level first, each with its git blob sha', async () => {
    const middleSpec = 'acme/org-policies/middle.yml@main';
    const middle = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  RC:\n    gates: { base_ev: required }\ngates: {}\n`;
    const local = `extends: ${middleSpec}\nversion: 1\nstages:\n  GA:\n    gates: { base_ev: off }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: BASE, [middleSpec]: middle });
    const loaded = await load(local, '.github/release-gates.yml', { readExtends });
    expect(loaded.files).toEqual([
      { path: '.github/release-gates.yml', blob_sha: sha1Blob(local) },
      { path: middleSpec, blob_sha: sha1Blob(middle) },
      { path: BASE_SPEC, blob_sha: sha1Blob(BASE) },
    ]);
    expect(Object.keys(loaded.policy.stages).sort()).toEqual(['GA', 'PILOT', 'RC']);
    expect(loaded.policy.stages.GA!.gates).toEqual({ base_ev: 'off' });
  });

  test('an error in a base entry points into the base file', async () => {
    const badBase = BASE.replace(
      'with: { path: from-base.json }',
      'with: { path: from-base.json, colour: red }',
    );
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: { shared: required }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: badBase });
    const issues = await issuesOf(local, '.github/release-gates.yml', { readExtends });
    expect(issues).toEqual([
      {
        file: BASE_SPEC,
        ...positionOf(badBase, 'colour'),
        message: "gates.shared.with: unknown key 'colour'",
      },
    ]);
  });

  test('a stage in the base that uses a gate defined nowhere points into the base', async () => {
    const badBase = BASE.replace(
      'gates: { base_ev: report_only }',
      'gates: { base_ev: report_only, ghost: required }',
    );
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: { base_ev: required }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: badBase });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: BASE_SPEC, ...positionOf(badBase, 'ghost') });
  });

  test('an error in a local entry that overrides the base points into the local file', async () => {
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: { shared: requird }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: BASE });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues).toEqual([
      { file: 'local.yml', ...positionOf(local, 'requird'), message: expect.stringContaining("'requird'") },
    ]);
  });

  test('a local stage may use a gate defined only in the base', async () => {
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  RC:\n    match: ["v*-rc.*"]\n    gates: { shared: required }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: BASE });
    const loaded = await load(local, 'local.yml', { readExtends });
    expect(loaded.policy.stages.RC!.gates).toEqual({ shared: 'required' });
  });

  test('a YAML error in the base is reported in the base file', async () => {
    const broken = 'version: 1\nstages: { GA: { gates: {} }\n';
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: broken });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file === BASE_SPEC)).toBe(true);
  });

  test('a base that is not a mapping is reported in the base file', async () => {
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: '- a\n- b\n' });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues).toEqual([
      {
        file: BASE_SPEC,
        line: 1,
        col: 1,
        message: 'A policy must be a YAML mapping (version, stages, gates)',
      },
    ]);
  });

  test('a base written for another policy version is refused, in the base file', async () => {
    const future = BASE.replace('version: 1', 'version: 2');
    const local = `extends: ${BASE_SPEC}\nversion: 1\nstages:\n  GA:\n    gates: { base_ev: required }\ngates: {}\n`;
    const { readExtends } = reader({ [BASE_SPEC]: future });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: BASE_SPEC, line: 1, col: 10 });
  });

  test('a cycle is an error naming the chain, at the extends line that closes it', async () => {
    const a = 'acme/p/a.yml@v1';
    const b = 'acme/p/b.yml@v1';
    const aText = `version: 1\nextends: ${b}\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const bText = `version: 1\nextends: ${a}\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const local = `extends: ${a}\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const { asked, readExtends } = reader({ [a]: aText, [b]: bText });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: b, line: 2, col: 10 });
    expect(issues[0]!.message).toContain('cycle');
    expect(issues[0]!.message).toContain(`local.yml → ${a} → ${b} → ${a}`);
    expect(asked).toEqual([a, b]);
  });

  test('a file that extends itself is a cycle', async () => {
    const a = 'acme/p/a.yml@v1';
    const aText = `version: 1\nextends: ${a}\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const local = `extends: ${a}\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const { readExtends } = reader({ [a]: aText });
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues[0]!.message).toContain('cycle');
    expect(issues[0]!.file).toBe(a);
  });

  test('a chain longer than maxDepth is an error; exactly maxDepth bases load', async () => {
    const files: Record<string, string> = {};
    const spec = (i: number) => `acme/p/level${i}.yml@v1`;
    for (let i = 1; i <= 4; i++) {
      files[spec(i)] =
        `version: 1\n${i < 4 ? `extends: ${spec(i + 1)}\n` : ''}stages:\n  S${i}:\n    gates: {}\ngates: {}\n`;
    }
    const local = `extends: ${spec(1)}\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const ok = await load(local, 'local.yml', { readExtends: reader(files).readExtends, maxDepth: 4 });
    expect(ok.files).toHaveLength(5);

    const { asked, readExtends } = reader(files);
    const issues = await issuesOf(local, 'local.yml', { readExtends, maxDepth: 3 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('deeper than 3');
    expect(issues[0]).toMatchObject({ file: spec(3), line: 2 });
    expect(asked).toEqual([spec(1), spec(2), spec(3)]);
  });

  test('the default depth limit stops an endless (non-cyclic) chain', async () => {
    let reads = 0;
    const readExtends = async (s: string): Promise<PolicyText> => {
      reads++;
      return {
        text: `version: 1\nextends: acme/p/x${reads}.yml@v1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`,
        file: s,
      };
    };
    const local = `extends: acme/p/x0.yml@v1\nversion: 1\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const issues = await issuesOf(local, 'local.yml', { readExtends });
    expect(issues[0]!.message).toContain('deeper than');
    expect(reads).toBeLessThanOrEqual(10);
  });

  test('without a reader, extends is an error at the extends line', async () => {
    const local = `version: 1\nextends: ${BASE_SPEC}\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const issues = await issuesOf(local, 'local.yml');
    expect(issues).toEqual([
      { file: 'local.yml', line: 2, col: 10, message: expect.stringContaining(BASE_SPEC) },
    ]);
  });

  test('a failed read is an error at the extends line, quoting the reason', async () => {
    const local = `version: 1\nextends: ${BASE_SPEC}\nstages:\n  GA:\n    gates: {}\ngates: {}\n`;
    const issues = await issuesOf(local, 'local.yml', { readExtends: reader({}).readExtends });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'local.yml', line: 2, col: 10 });
    expect(issues[0]!.message).toContain(`cannot read '${BASE_SPEC}'`);
    expect(issues[0]!.message).toContain('no such file (404)');
  });
});

describe('loadPolicy: sha256 of the normalized policy', () => {
  const A = [
    '# Release gates',
    'version: 1',
    'stages:',
    '  GA:',
    '    match: ["v*"]   # tags',
    '    gates: { ev: required, creds: report_only }',
    'gates:',
    '  ev:',
    '    type: evidence',
    '    with: { path: e.json }',
    '  creds:',
    '    type: secrets_present',
    '    with: { env: [A_TOKEN] }',
    '',
  ].join('\n');
  // Same policy: comments gone, keys reordered at every level, flow ↔ block style, a default spelled out.
  const B = [
    'gates:',
    '  creds:',
    '    with:',
    '      env:',
    '        - A_TOKEN',
    '    type: secrets_present',
    '  ev:',
    '    with: { max_bytes: 1048576, path: e.json }',
    '    type: evidence',
    'stages:',
    '  GA:',
    '    gates:',
    '      creds: report_only',
    '      ev: required',
    '    match:',
    '      - v*',
    'version: 1',
    '',
  ].join('\n');

  test('is the same for two policies differing only in comments, key order and style', async () => {
    const [a, b] = await Promise.all([load(A), load(B)]);
    expect(a.sha256).toBe(b.sha256);
    expect(a.files[0]!.blob_sha).not.toBe(b.files[0]!.blob_sha);
  });

  test('differs when a mode changes', async () => {
    const [a, c] = await Promise.all([load(A), load(A.replace('creds: report_only', 'creds: required'))]);
    expect(a.sha256).not.toBe(c.sha256);
  });

  test('differs when a parameter or a match pattern changes', async () => {
    const a = await load(A);
    expect((await load(A.replace('e.json', 'f.json'))).sha256).not.toBe(a.sha256);
    expect((await load(A.replace('"v*"', '"v*-rc.*"'))).sha256).not.toBe(a.sha256);
    expect((await load(A.replace('match: ["v*"]', 'match: ["v*", main]'))).sha256).not.toBe(a.sha256);
  });

  test('property: any reordering of mapping keys keeps the sha256', async () => {
    const base = (await load(A)).sha256;
    const doc = parse(A) as unknown;
    await fc.assert(
      fc.asyncProperty(fc.infiniteStream(fc.integer()), async (stream) => {
        const shuffled = shuffleKeys(doc, () => stream.next().value as number);
        const text = stringify(shuffled);
        expect((await load(text)).sha256).toBe(base);
      }),
      { numRuns: 50 },
    );
  });
});

function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.abs(random()) % (i + 1);
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
  }
  return value;
}

describe('loadPolicy: hostile input', () => {
  test('an alias bomb (billion laughs) is a PolicyError, not a crash', async () => {
    let text = 'a: &a [x, x, x, x]\n';
    let previous = 'a';
    for (let i = 0; i < 8; i++) {
      text += `b${i}: &b${i} [*${previous}, *${previous}, *${previous}, *${previous}]\n`;
      previous = `b${i}`;
    }
    const issues = await issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.file).toBe('policy.yml');
  });

  test.each([
    ['a bare alias', '*a\n'],
    ['an alias as a value', 'version: 1\nstages: *stages\ngates: {}\n'],
  ])('an unresolved alias (%s) is a PolicyError at the alias, not a crash', async (_name, text) => {
    const issues = await issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(lineOf(text, '*'));
    expect(issues[0]!.message).toMatch(/alias/i);
  });

  test('a few aliases are fine and expand to their values', async () => {
    const text = [
      'version: 1',
      'x-modes: &strict { ev: required }',
      'stages:',
      '  GA:',
      '    gates: *strict',
      'gates:',
      '  ev: { type: evidence, with: { path: e.json } }',
      '',
    ].join('\n');
    // `x-modes` is an unknown key: the alias expands, the extra key is still reported.
    const issues = await issuesOf(text);
    expect(issues).toEqual([
      { file: 'policy.yml', ...positionOf(text, 'x-modes'), message: "(top level): unknown key 'x-modes'" },
    ]);
  });

  const TOKENS = [
    'version: 1\n',
    'version: 2\n',
    'stages:\n',
    'gates:\n',
    '  GA:\n',
    '    gates: { ev: required }\n',
    '    match: ["v*"]\n',
    '  ev:\n',
    '    type: evidence\n',
    '    type: freeze_window\n',
    '    with: { path: "{tag}.json" }\n',
    '    with: { env: [A] }\n',
    'extends: a/b/c.yml@v1\n',
    '&a ',
    '*a',
    '*b',
    '<<: *a\n',
    '? ',
    ': ',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '!!binary ',
    '!!str ',
    '!custom ',
    '%YAML 1.2\n',
    '---\n',
    '...\n',
    '# comment\n',
    '\t',
    '  ',
    '\n',
    '__proto__: ',
    'constructor: ',
    'toString',
    '\u0000',
    '\uFEFF',
    '|\n  block\n',
    '>-\n',
    '0x1F',
    '1e999',
    '~',
  ];

  test('property: YAML-ish garbage only ever throws PolicyError with sane positions', async () => {
    const yamlish = fc.oneof(
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 5 })), { maxLength: 30 })
        .map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        try {
          await loadPolicy({ text, file: 'fuzz.yml' }, GATE_TYPES, {
            source: 'workspace',
            readExtends: async (spec) => ({ text, file: spec }),
          });
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const issue of error.issues) {
            expect(typeof issue.message).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
            expect(Number.isInteger(issue.line) && issue.line >= 1 && issue.line <= lines + 1).toBe(true);
            expect(Number.isInteger(issue.col) && issue.col >= 1).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
