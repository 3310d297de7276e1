// Who may break glass (SPEC §10.3): overrides.allowed_actors and overrides.min_permission. An
// override by anyone else is refused: the gate stays failed with OVERRIDE_NOT_ALLOWED, and the
// refusal is in the report. The actor's permission is read through the API; when it cannot be
// read the override is refused (fail closed), naming the token permission.
import { stringify } from 'yaml';
import { evaluate, type Environment, type Evaluation } from '../../src/engine/evaluate.js';
import { mayOverride } from '../../src/engine/override-actors.js';
import { roleOf } from '../../src/facts/permissions.js';
import type { Settings } from '../../src/inputs.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { environment, fakeGate, NOW, POLICY_FILE, settings, tempWorkspace } from '../fixtures/policies.js';
import { factStore, fakeGitHub, httpError } from '../facts/commit/fake-github.js';

const REASON = 'Hotfix for CVE-2026-1234, approved by SRE on call';
const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';

function policy(overrides: Record<string, unknown>): string {
  return stringify({
    version: 1,
    stages: { GA: { match: ['v*'], gates: { freeze: 'required', checks: 'required' } } },
    gates: {
      freeze: { type: 'fake', overridable: true, with: { outcome: 'fail', code: 'FROZEN' } },
      checks: { type: 'fake', with: { outcome: 'pass' } },
    },
    overrides,
  });
}

/** GitHub answering the permission route from a login → [role_name, permission] table. */
function permissions(table: Record<string, [string, string]>, status?: number) {
  return fakeGitHub({
    [PERMISSION]: (params) => {
      if (status)
        throw httpError(status, `/repos/acme/widget/collaborators/${String(params.username)}/permission`);
      const [role_name, permission] = table[String(params.username)] ?? ['read', 'read'];
      return { data: { role_name, permission, user: null } };
    },
  });
}

async function run(
  overrides: Record<string, unknown>,
  actor: string,
  env: Partial<Environment> = {},
  extra: Partial<Settings> = {},
): Promise<Evaluation> {
  const workspace = await tempWorkspace({ [POLICY_FILE]: policy(overrides) });
  try {
    return await evaluate(
      settings({ overrideFreeze: true, overrideReason: REASON, ...extra }),
      environment(workspace.dir, { actor, ...env }),
      [fakeGate('fake')],
    );
  } finally {
    await workspace.cleanup();
  }
}

const freezeGate = (e: Evaluation) => e.report.gates.find((g) => g.id === 'freeze')!;

describe('overrides.allowed_actors', () => {
  test('a listed actor (any case) overrides as before', async () => {
    const evaluation = await run({ allowed_actors: ['Release-Captain', 'alice'] }, 'release-captain');
    expect(freezeGate(evaluation)).toMatchObject({ status: 'overridden', code: 'OVERRIDDEN' });
    expect(evaluation.report.refused_overrides).toEqual([]);
    expect(evaluation.report.result).toBe('pass');
  });

  test('anyone else is refused: the gate stays failed, blocks, and the refusal is reported', async () => {
    const evaluation = await run({ allowed_actors: ['release-captain', 'alice'] }, 'mallory');
    const gate = freezeGate(evaluation);
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'OVERRIDE_NOT_ALLOWED',
      message:
        "Override by 'mallory' refused: 'mallory' is not in overrides.allowed_actors; only release-captain, alice may override. The gate stays failed (FROZEN: fake fail)",
    });
    expect(gate.details).toMatchObject({ failed: { code: 'FROZEN', message: 'fake fail' } });
    expect(evaluation.report.overrides).toEqual([]);
    expect(evaluation.report.refused_overrides).toEqual([
      {
        gate: 'freeze',
        actor: 'mallory',
        reason: REASON,
        at: NOW.toISOString(),
        why: "'mallory' is not in overrides.allowed_actors",
        who_may: 'release-captain, alice',
      },
    ]);
    expect(evaluation.report.result).toBe('fail');
    expect(evaluation.report.blocking).toEqual([
      { gate: 'freeze', code: 'OVERRIDE_NOT_ALLOWED', message: gate.message },
    ]);
    const markdown = renderMarkdown(evaluation.report);
    expect(markdown).toContain('### ⛔ Refused overrides (1)');
    expect(markdown).toContain('**mallory** refused');
  });

  test('without override_freeze nothing is refused or recorded', async () => {
    const evaluation = await run({ allowed_actors: ['alice'] }, 'mallory', {}, { overrideFreeze: false });
    expect(freezeGate(evaluation)).toMatchObject({ status: 'fail', code: 'FROZEN' });
    expect(evaluation.report.refused_overrides).toEqual([]);
  });
});

describe('overrides.min_permission', () => {
  test('enough permission (the role, not the legacy permission) overrides; the read is one request', async () => {
    const { github, calls } = permissions({ maintainer: ['maintain', 'write'] });
    const evaluation = await run({ min_permission: 'maintain' }, 'maintainer', { github });
    expect(freezeGate(evaluation).status).toBe('overridden');
    expect(calls.map((c) => [c.route, c.params.username])).toEqual([[PERMISSION, 'maintainer']]);
  });

  test('too little is refused, naming the actor, the permission they have and who may', async () => {
    const { github } = permissions({ dev: ['write', 'write'] });
    const evaluation = await run({ min_permission: 'maintain' }, 'dev', { github });
    expect(freezeGate(evaluation)).toMatchObject({
      status: 'fail',
      code: 'OVERRIDE_NOT_ALLOWED',
      message:
        "Override by 'dev' refused: 'dev' has write on acme/widget; only people with maintain permission or more on the repository may override. The gate stays failed (FROZEN: fake fail)",
    });
  });

  test('a custom role counts as its base role', async () => {
    const { github } = permissions({ auditor: ['security-auditor', 'read'] });
    const evaluation = await run({ min_permission: 'write' }, 'auditor', { github });
    expect(freezeGate(evaluation).message).toContain("'auditor' has read (custom role 'security-auditor')");
  });

  test.each([403, 404])(
    'a permission that cannot be read (%i) refuses the override and names what the token needs',
    async (status) => {
      const { github } = permissions({}, status);
      const evaluation = await run({ min_permission: 'write' }, 'alice', { github });
      expect(freezeGate(evaluation)).toMatchObject({ status: 'fail', code: 'OVERRIDE_NOT_ALLOWED' });
      expect(freezeGate(evaluation).message).toContain('the token needs `metadata: read`');
      expect(evaluation.report.result).toBe('fail');
    },
  );

  test('no token: refused, never waved through', async () => {
    const evaluation = await run({ min_permission: 'admin' }, 'alice');
    expect(freezeGate(evaluation)).toMatchObject({ status: 'fail', code: 'OVERRIDE_NOT_ALLOWED' });
  });

  test('both set: the actor must be listed and have the permission', async () => {
    const { github } = permissions({ alice: ['write', 'write'], bob: ['admin', 'admin'] });
    const rules = { allowed_actors: ['alice'], min_permission: 'admin' };
    expect(freezeGate(await run(rules, 'alice', { github })).message).toContain(
      "'alice' has write on acme/widget; only alice, with admin permission or more on the repository may override",
    );
    expect(freezeGate(await run(rules, 'bob', { github })).message).toContain(
      "'bob' is not in overrides.allowed_actors",
    );
  });

  test('none asks nothing and reads nothing', async () => {
    const { github, calls } = permissions({});
    const evaluation = await run({ min_permission: 'none' }, 'anyone', { github });
    expect(freezeGate(evaluation).status).toBe('overridden');
    expect(calls).toEqual([]);
  });
});

describe('policy validation of overrides', () => {
  test.each([
    [{ min_permission: 'owner' }],
    [{ min_permission: 'read' }],
    [{ allowed_actors: [] }],
    [{ allowed_actors: ['not a login'] }],
  ])('refuses %j', async (overrides) => {
    const evaluation = await run(overrides, 'alice');
    expect(evaluation.report.error).toMatchObject({ code: 'POLICY_INVALID' });
  });
});

describe('roles', () => {
  test('the role name decides; a custom role falls back to its legacy permission', () => {
    expect(roleOf('maintain', 'write')).toBe('maintain');
    expect(roleOf('triage', 'read')).toBe('triage');
    expect(roleOf('release-manager', 'write')).toBe('write');
    expect(roleOf('weird', 'weird')).toBe('none');
  });

  test('mayOverride with no rules allows anyone without reading anything', async () => {
    const { facts } = factStore(null);
    await expect(
      mayOverride({ reason_min_length: 20 }, 'x', facts, { owner: 'a', repo: 'b' }),
    ).resolves.toEqual({
      allowed: true,
      permission: null,
    });
  });
});
