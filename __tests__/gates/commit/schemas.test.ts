// The three commit gates' parameter schemas: strict Ajv (2020-12) accepts them, they are
// self-contained, defaults fill in, and the policy loader reports bad parameters.
import { GATE_TYPES } from '../../../src/gates/registry.js';
import { refOnBranchGate } from '../../../src/gates/ref-on-branch.js';
import { requiredChecksGate } from '../../../src/gates/required-checks.js';
import { versionAlignmentGate } from '../../../src/gates/version-alignment.js';
import { createAjv } from '../../../src/policy/ajv.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { buildPolicySchema } from '../../../src/policy/schema.js';
import { PolicyError } from '../../../src/policy/types.js';

const GATES = [requiredChecksGate, refOnBranchGate, versionAlignmentGate];

function withDefaults(schema: Record<string, unknown>, params: unknown): { valid: boolean; params: unknown } {
  const validate = createAjv({ useDefaults: true }).compile(schema);
  const copy = structuredClone(params);
  return { valid: validate(copy), params: copy };
}

async function loadIssues(gateYaml: string): Promise<string[]> {
  const text = `version: 1\nstages:\n  GA:\n    match: ["v*"]\n    gates: { g: required }\ngates:\n  g:\n${gateYaml}\n`;
  try {
    await loadPolicy({ text, file: 'policy.yml' }, GATE_TYPES, {
      source: 'workspace',
      readExtends: async () => ({ text: '', file: '' }),
    });
  } catch (error) {
    if (error instanceof PolicyError) return error.issues.map((i) => `${i.line}:${i.col} ${i.message}`);
    throw error;
  }
  return [];
}

describe('parameter schemas', () => {
  it.each(GATES.map((g) => [g.type, g] as const))(
    '%s compiles under strict Ajv, self-contained',
    (_type, gate) => {
      expect(() => createAjv().compile(gate.paramsSchema)).not.toThrow();
      expect(JSON.stringify(gate.paramsSchema)).not.toContain('$ref');
      expect(gate.paramsSchema.additionalProperties).toBe(false);
    },
  );

  it('are registered, and the whole policy schema still compiles', () => {
    const types = GATE_TYPES.map((g) => g.type);
    expect(types).toEqual(expect.arrayContaining(['required_checks', 'ref_on_branch', 'version_alignment']));
    expect(() => createAjv().compile(buildPolicySchema(GATE_TYPES))).not.toThrow();
  });

  it('required_checks: defaults for statuses, allow and the wait', () => {
    expect(withDefaults(requiredChecksGate.paramsSchema, { checks: ['test'] })).toEqual({
      valid: true,
      params: { checks: ['test'], include_statuses: true, allow: ['success', 'neutral', 'skipped'] },
    });
    expect(withDefaults(requiredChecksGate.paramsSchema, { checks: 'all', wait: {} }).params).toEqual({
      checks: 'all',
      include_statuses: true,
      allow: ['success', 'neutral', 'skipped'],
      wait: { timeout_minutes: 10, interval_seconds: 30 },
    });
  });

  it.each([
    [{}, 'checks is required'],
    [{ checks: 'any' }, 'only the word all'],
    [{ checks: [] }, 'at least one name'],
    [{ checks: ['test'], allow: ['green'] }, 'unknown conclusion'],
    [{ checks: ['test'], wait: { timeout_minutes: 0 } }, 'a zero timeout'],
    [{ checks: ['test'], wait: { interval_seconds: 0.5 } }, 'polling faster than once a second'],
    [{ checks: ['test'], wait: { timeout: 5 } }, 'unknown wait key'],
    [{ checks: ['test'], statuses: true }, 'unknown key'],
  ] as [unknown, string][])('required_checks refuses %j (%s)', (params) => {
    expect(withDefaults(requiredChecksGate.paramsSchema, params).valid).toBe(false);
  });

  it('ref_on_branch: branch is optional, nothing else is allowed', () => {
    expect(withDefaults(refOnBranchGate.paramsSchema, {}).valid).toBe(true);
    expect(withDefaults(refOnBranchGate.paramsSchema, { branch: 'main' }).valid).toBe(true);
    expect(withDefaults(refOnBranchGate.paramsSchema, { branch: '' }).valid).toBe(false);
    expect(withDefaults(refOnBranchGate.paramsSchema, { tag: 'v1' }).valid).toBe(false);
  });

  it('version_alignment: expect defaults to {version}; each file has a pointer or a regex', () => {
    expect(
      withDefaults(versionAlignmentGate.paramsSchema, {
        files: [{ path: 'Cargo.toml', pointer: '/package/version' }],
      }).params,
    ).toEqual({
      files: [{ path: 'Cargo.toml', pointer: '/package/version' }],
      expect: '{version}',
    });
    const valid = (files: unknown) => withDefaults(versionAlignmentGate.paramsSchema, { files }).valid;
    expect(valid([{ path: 'VERSION', regex: '^(.*)$' }])).toBe(true);
    expect(valid([{ path: 'package-lock.json', pointer: '/packages//version' }])).toBe(true);
    expect(valid([{ path: 'Cargo.toml', pointer: 'package/version' }])).toBe(false);
    expect(valid([{ path: 'Cargo.toml', pointer: '/a', regex: '(x)' }])).toBe(false);
    expect(valid([{ path: 'Cargo.toml' }])).toBe(false);
    expect(valid([])).toBe(false);
  });
});

describe('version_alignment checkParams (at policy time)', () => {
  const check = (files: unknown[]) => () =>
    versionAlignmentGate.checkParams!({ files: files as never, expect: '{version}' });

  it('accepts one capture group, named or not, and non-capturing groups besides', () => {
    expect(check([{ path: 'VERSION', regex: '^(\\S+)$' }])).not.toThrow();
    expect(check([{ path: 'src/lib.rs', regex: 'VERSION: &str = "(?<v>[^"]+)"' }])).not.toThrow();
    expect(check([{ path: 'x.txt', regex: '(?:version|VERSION)\\s*=\\s*"(.+?)"' }])).not.toThrow();
  });

  it.each([
    ['version = "(.*)"-(.*)', /has 2 capture groups/],
    ['version = .*', /has 0 capture groups/],
    ['version = "(.*"', /not a valid regex/],
    ['(?:a)', /has 0 capture groups/],
  ])('refuses %s', (regex, message) => {
    expect(check([{ path: 'x.txt', regex }])).toThrow(
      expect.objectContaining({ code: 'INVALID_PARAMS', message: expect.stringMatching(message) }),
    );
  });

  it('refuses a pointer into a file whose format is unknown', () => {
    expect(check([{ path: 'VERSION', pointer: '/version' }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_PARAMS',
        message: expect.stringContaining("'VERSION' is not a .toml, .json, .yml or .yaml file"),
      }),
    );
  });

  it('is reported by the policy loader with the file position', async () => {
    const issues = await loadIssues(
      `    type: version_alignment\n    with:\n      files:\n        - { path: Cargo.toml, pointer: /package/version }\n        - { path: VERSION, regex: "(a)(b)" }`,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^\d+:\d+ gates\.g\.with: files\[1\]\.regex '\(a\)\(b\)' has 2 capture groups/);
  });

  it('the loader fills the defaults of a valid gate', async () => {
    await expect(
      loadIssues(
        `    type: required_checks\n    with: { checks: [test, "build (*)"], wait: { timeout_minutes: 20 } }`,
      ),
    ).resolves.toEqual([]);
    await expect(loadIssues(`    type: ref_on_branch\n    with: { branch: main }`)).resolves.toEqual([]);
    const issues = await loadIssues(
      `    type: required_checks\n    with: { checks: [test], allow: [green] }`,
    );
    expect(issues.join('\n')).toContain("'green' is not allowed");
  });
});
