// Where the policy comes from, and the two gates that guard it, through the bundled action
// against the emulator: policy_ref (read through the API, not the workspace), extends with
// external_token, policy_drift, and sbom_licenses from each of its sources.
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gitBlobSha } from '../../src/policy/normalize.js';
import type { GateReport } from '../../src/report/types.js';
import {
  commitChain,
  shaOf,
  startEmulator,
  type Emulator,
  type LoggedRequest,
  type Scenario,
} from '../../test/emulator/index.js';
import { CYCLONEDX, GITHUB_SPDX } from '../gates/drift/sbom-fixtures.js';
import { ROOT, runAction, type ActionRun } from './harness.js';

jest.setTimeout(60_000);

const POLICY_PATH = '.github/release-gates.yml';
const EXTERNAL_TOKEN = 'ghs_external_org_policies_token';
const BASE_SPEC = 'acme/org-policies/release-gates/base.yml@v3';

// main: m1 ← m2 ← m3 ← m4. v1.2.0 is m3, whose policy was weakened in the tag's commit;
// v1.3.0 is main's head (m4) with main's policy; `legacy` is a branch without any policy.
const MAIN = commitChain(4, 'main');
const [, , m3, m4] = MAIN.map((c) => c.sha) as [string, string, string, string];
const LEGACY = shaOf('legacy#1');

const ALLOW = '[MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC, 0BSD]';

const STRICT = `# Release policy: changes need review from the release owners.
version: 1
stages:
  GA:
    match: ["v*"]
    gates: { deps_approval: required, policy_drift: required }
gates:
  deps_approval:
    type: sbom_licenses
    with: { source: dependency_graph, allow: ${ALLOW} }
  policy_drift:
    type: policy_drift
    with: { baseline_ref: main }
  windows_reliability:
    type: evidence
    with: { path: dist/windows.json }
`;

/** What a tag's author might commit: deps_approval no longer blocks, a gate loosened, one added. */
const WEAKENED = STRICT.replace('deps_approval: required', 'deps_approval: report_only')
  .replace('path: dist/windows.json', 'path: dist/windows.json, pointer: /skipped')
  .replace('  policy_drift:\n', '  x:\n    type: secrets_present\n    with: { env: [X] }\n  policy_drift:\n');

const BASE = `# Organization-wide release policy
version: 1
stages:
  GA:
    match: ["v*"]
    gates: { deps_approval: required, policy_drift: required }
gates:
  deps_approval:
    type: sbom_licenses
    with: { allow: [MIT] }
  policy_drift:
    type: policy_drift
    with: { baseline_ref: main }
overrides:
  reason_min_length: 30
`;
/** v4 of the base loosens the license list. */
const BASE_V4 = BASE.replace('allow: [MIT]', 'allow: [MIT, WTFPL]');

/** The repository's own policy on top of the base: one gate overridden by key. */
const EXTENDING = `extends: ${BASE_SPEC}
version: 1
gates:
  deps_approval:
    type: sbom_licenses
    with: { allow: ${ALLOW} }
`;

const SBOM_CLEAN = {
  ...GITHUB_SPDX,
  packages: GITHUB_SPDX.packages.filter((p) => p.name !== 'pip:mystery'),
};

function spdxWith(...packages: { name: string; version: string; license: string; purl?: string }[]) {
  return {
    ...SBOM_CLEAN,
    packages: [
      ...SBOM_CLEAN.packages,
      ...packages.map((p) => ({
        SPDXID: `SPDXRef-${p.name}`,
        name: p.name,
        versionInfo: p.version,
        licenseConcluded: p.license,
        ...(p.purl
          ? {
              externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: p.purl },
              ],
            }
          : {}),
      })),
    ],
  };
}

interface ScenarioOptions {
  sbom?: Record<string, unknown> | null;
  mainPolicy?: string;
  tagPolicy?: string;
  permissions?: Scenario['permissions'];
  runs?: Scenario['runs'];
}

function scenario(options: ScenarioOptions = {}): Scenario {
  return {
    repository: { owner: 'acme', name: 'plasmite', default_branch: 'main' },
    commits: [...MAIN, { sha: LEGACY, parents: [MAIN[0]!.sha], message: 'legacy' }],
    branches: { main: m4, legacy: LEGACY },
    tags: { 'v1.2.0': { sha: m3, annotated: true, message: 'Release 1.2.0' }, 'v1.3.0': m4 },
    files: {
      [m3]: { [POLICY_PATH]: options.tagPolicy ?? WEAKENED },
      [m4]: { [POLICY_PATH]: options.mainPolicy ?? STRICT },
      [LEGACY]: { 'README.md': 'no policy here\n' },
    },
    ...(options.sbom === null ? {} : { sbom: options.sbom ?? SBOM_CLEAN }),
    ...(options.permissions ? { permissions: options.permissions } : {}),
    ...(options.runs ? { runs: options.runs } : {}),
    other_repositories: {
      'acme/org-policies': {
        token: EXTERNAL_TOKEN,
        files: {
          v3: {
            'release-gates/base.yml': BASE,
            'cycle/a.yml': `version: 1\nextends: acme/org-policies/cycle/b.yml@v3\nstages: {}\ngates: {}\n`,
            'cycle/b.yml': `version: 1\nextends: acme/org-policies/cycle/a.yml@v3\nstages: {}\ngates: {}\n`,
          },
          v4: { 'release-gates/base.yml': BASE_V4 },
        },
      },
    },
  };
}

interface Run {
  run: ActionRun;
  gates: Record<string, GateReport>;
  requests: LoggedRequest[];
}

async function evaluate(
  emulator: Emulator,
  options: {
    inputs?: Record<string, string>;
    files?: Record<string, string>;
    tag?: 'v1.2.0' | 'v1.3.0';
  } = {},
): Promise<Run> {
  emulator.resetLog();
  const tag = options.tag ?? 'v1.2.0';
  const run = await runAction({
    apiUrl: emulator.apiUrl,
    inputs: { ref: `refs/tags/${tag}`, sha: tag === 'v1.2.0' ? m3 : m4, ...(options.inputs ?? {}) },
    files: options.files ?? { [POLICY_PATH]: tag === 'v1.2.0' ? WEAKENED : STRICT },
    env: { RELEASE_GATES_NOW: '2026-11-18T17:00:00Z' },
  });
  if (!run.report) throw new Error(`no report\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return {
    run,
    gates: Object.fromEntries(run.report.gates.map((g) => [g.id, g])),
    requests: emulator.requests().filter((r) => r.kind === 'rest' || r.kind === 'graphql'),
  };
}

const routes = (requests: LoggedRequest[]) =>
  requests.map((r) => `${r.route}${r.query.ref ? `?ref=${r.query.ref}` : ''}`);

describe('policy_ref: the policy comes from the API, never the workspace', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(
      scenario({ sbom: spdxWith({ name: 'readline', version: '8.0', license: 'GPL-3.0-only' }) }),
    );
  });
  afterAll(() => emulator.close());

  test('a weakened workspace policy on the tag is ignored: main’s policy blocks', async () => {
    const { run, gates, requests } = await evaluate(emulator, { inputs: { policy_ref: 'main' } });
    expect(run.report!.policy).toEqual({
      path: POLICY_PATH,
      source: 'api@main',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      files: [{ path: POLICY_PATH, blob_sha: gitBlobSha(STRICT) }],
    });
    // deps_approval is required in main's policy (report_only in the workspace's).
    expect(gates.deps_approval).toMatchObject({
      mode: 'required',
      status: 'fail',
      code: 'PACKAGE_NOT_APPROVED',
      message:
        '1 package has no allowed license and is not in approved_packages (the dependency graph SBOM of acme/plasmite): readline@8.0: GPL-3.0-only.',
    });
    expect(gates.policy_drift).toMatchObject({ status: 'pass', code: 'NO_DRIFT' });
    expect(gates.x).toBeUndefined();
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['deps_approval']);
    // The policy read (contents at main), the drift baseline (the same, once more), the SBOM.
    expect(routes(requests).sort()).toEqual(
      [
        'GET /repos/{owner}/{repo}/contents/{path}?ref=main',
        'GET /repos/{owner}/{repo}/contents/{path}?ref=main',
        'GET /repos/{owner}/{repo}/dependency-graph/sbom',
      ].sort(),
    );
    expect(run.report!.stats.api_requests).toBe(3);
  });

  test('policy_ref naming a ref without the file: POLICY_NOT_FOUND before any gate', async () => {
    const { run } = await evaluate(emulator, { inputs: { policy_ref: 'legacy' } });
    expect(run.exitCode).toBe(1);
    expect(run.report!.error).toEqual({
      code: 'POLICY_NOT_FOUND',
      message: expect.stringContaining(
        `Policy file '${POLICY_PATH}' does not exist at legacy of acme/plasmite`,
      ),
    });
    expect(run.report!.gates).toEqual([]);
  });
});

describe('policy_drift through the bundle', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(scenario());
  });
  afterAll(() => emulator.close());

  const CHANGES = [
    'GA.deps_approval: required → report_only',
    'gates.windows_reliability.with.pointer: /ok → /skipped',
    'gates.x: added',
  ];

  test('a weakened policy committed at the tag (workspace checkout) is caught, each change in words', async () => {
    const { run, gates, requests } = await evaluate(emulator);
    expect(gates.policy_drift).toMatchObject({
      mode: 'required',
      status: 'fail',
      code: 'POLICY_DRIFT',
      message: `Policy '${POLICY_PATH}' (workspace) differs from main (3 changes): ${CHANGES.join('; ')}.`,
    });
    expect((gates.policy_drift!.details.changes as { text: string }[]).map((c) => c.text)).toEqual(CHANGES);
    expect(gates.deps_approval).toMatchObject({ mode: 'report_only', status: 'pass', code: 'SBOM_OK' });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['policy_drift']);
    expect(routes(requests).filter((r) => r.includes('contents'))).toEqual([
      'GET /repos/{owner}/{repo}/contents/{path}?ref=main',
    ]);
  });

  test('the same policy read through the API at the tag (policy_ref: v1.2.0) is caught the same way', async () => {
    const { run, gates } = await evaluate(emulator, { inputs: { policy_ref: 'v1.2.0' }, files: {} });
    expect(run.report!.policy.source).toBe('api@v1.2.0');
    expect(gates.policy_drift).toMatchObject({
      code: 'POLICY_DRIFT',
      message: `Policy '${POLICY_PATH}' (api@v1.2.0) differs from main (3 changes): ${CHANGES.join('; ')}.`,
    });
  });

  test('comments and key order are no drift: NO_DRIFT on main’s policy rewritten', async () => {
    const rewritten = `gates:\n  windows_reliability: { with: { path: dist/windows.json, pointer: /ok }, type: evidence }\n  policy_drift: { with: { baseline_ref: main }, type: policy_drift }\n  deps_approval: { type: sbom_licenses, with: { allow: ${ALLOW}, fail_on_unknown: true } }\nstages: { GA: { gates: { policy_drift: required, deps_approval: required }, match: ["v*"] } }\nversion: 1\n`;
    const { run, gates } = await evaluate(emulator, { tag: 'v1.3.0', files: { [POLICY_PATH]: rewritten } });
    expect(gates.policy_drift).toMatchObject({ status: 'pass', code: 'NO_DRIFT' });
    expect(run.exitCode).toBe(0);
  });

  test('without baseline_ref the default branch is the baseline (one repository read)', async () => {
    const policy = STRICT.replace('with: { baseline_ref: main }', 'with: {}');
    const drifted = await evaluate(emulator, { tag: 'v1.3.0', files: { [POLICY_PATH]: policy } });
    expect(drifted.gates.policy_drift).toMatchObject({
      code: 'POLICY_DRIFT',
      message: `Policy '${POLICY_PATH}' (workspace) differs from main (1 change): gates.policy_drift.with.baseline_ref: removed (was main).`,
    });
    expect(routes(drifted.requests)).toContain('GET /repos/{owner}/{repo}');
  });

  test('BASELINE_MISSING: the policy file does not exist at baseline_ref', async () => {
    const policy = STRICT.replace('baseline_ref: main', 'baseline_ref: legacy');
    const { run, gates } = await evaluate(emulator, { tag: 'v1.3.0', files: { [POLICY_PATH]: policy } });
    expect(gates.policy_drift).toMatchObject({
      status: 'fail',
      code: 'BASELINE_MISSING',
      message: `Policy file '${POLICY_PATH}' does not exist at legacy, so there is no baseline to compare with: commit it there, or fix baseline_ref.`,
    });
    expect(run.exitCode).toBe(1);
  });

  test('lock: the pinned sha256 must be the effective policy’s', async () => {
    const policy = STRICT.replace(
      'with: { baseline_ref: main }',
      'with: { baseline_ref: main, lock: .github/release-gates.lock }',
    );
    const locked = await startEmulator(scenario({ mainPolicy: policy }));
    try {
      const first = await evaluate(locked, {
        tag: 'v1.3.0',
        files: { [POLICY_PATH]: policy, '.github/release-gates.lock': `${'0'.repeat(64)}\n` },
      });
      const sha = first.run.report!.policy.sha256!;
      expect(first.gates.policy_drift).toMatchObject({
        status: 'fail',
        code: 'POLICY_DRIFT',
        message: `Lock file '.github/release-gates.lock' pins sha256 ${'0'.repeat(64)}, but the effective policy's is ${sha}.`,
      });
      const pinned = await evaluate(locked, {
        tag: 'v1.3.0',
        files: { [POLICY_PATH]: policy, '.github/release-gates.lock': `sha256:${sha}  ${POLICY_PATH}\n` },
      });
      expect(pinned.gates.policy_drift).toMatchObject({
        status: 'pass',
        code: 'NO_DRIFT',
        message: expect.stringContaining("and matches lock file '.github/release-gates.lock'"),
      });
      const absent = await evaluate(locked, { tag: 'v1.3.0', files: { [POLICY_PATH]: policy } });
      expect(absent.gates.policy_drift).toMatchObject({ status: 'error', code: 'LOCK_MISSING' });
    } finally {
      await locked.close();
    }
  });
});

describe('extends with external_token', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator(scenario({ mainPolicy: EXTENDING, tagPolicy: EXTENDING }));
  });
  afterAll(() => emulator.close());

  test('the base is read with external_token; local gates override by key; both files are recorded', async () => {
    const { run, gates, requests } = await evaluate(emulator, {
      inputs: { external_token: EXTERNAL_TOKEN },
      files: { [POLICY_PATH]: EXTENDING },
    });
    expect(run.report!.error).toBeNull();
    expect(run.report!.policy.files).toEqual([
      { path: POLICY_PATH, blob_sha: gitBlobSha(EXTENDING) },
      { path: BASE_SPEC, blob_sha: gitBlobSha(BASE) },
    ]);
    // Stages and policy_drift come from the base; deps_approval is the local definition.
    expect(gates.deps_approval).toMatchObject({ mode: 'required', status: 'pass', code: 'SBOM_OK' });
    expect(gates.deps_approval!.details.allow).toEqual([
      'MIT',
      'Apache-2.0',
      'BSD-2-Clause',
      'BSD-3-Clause',
      'ISC',
      '0BSD',
    ]);
    // The baseline at main extends the same base: read again, and equal.
    expect(gates.policy_drift).toMatchObject({ status: 'pass', code: 'NO_DRIFT' });
    expect(run.exitCode).toBe(0);
    expect(
      requests
        .filter((r) => r.path.startsWith('/repos/acme/org-policies/'))
        .map((r) => `${r.status} ${r.path}@${r.query.ref}`),
    ).toEqual([
      '200 /repos/acme/org-policies/contents/release-gates/base.yml@v3',
      '200 /repos/acme/org-policies/contents/release-gates/base.yml@v3',
    ]);
  });

  test('without external_token, the repository token cannot see the base: POLICY_INVALID at the extends line', async () => {
    const { run, requests } = await evaluate(emulator, { files: { [POLICY_PATH]: EXTENDING } });
    expect(run.exitCode).toBe(1);
    expect(run.report!.error).toEqual({
      code: 'POLICY_INVALID',
      message: `The policy is invalid:\n${POLICY_PATH}:1:10 extends: cannot read '${BASE_SPEC}': 'release-gates/base.yml' does not exist at v3 of acme/org-policies, or the external_token cannot see that repository (404)`,
    });
    // One file asked for, once, and refused: a 404 is not retried.
    expect(requests.map((r) => `${r.status} ${r.path}`)).toEqual([
      '404 /repos/acme/org-policies/contents/release-gates/base.yml',
    ]);
    expect(
      run.annotations.some((a) => a.level === 'error' && a.properties.includes(`file=${POLICY_PATH},line=1`)),
    ).toBe(true);
  });

  test('a base that does not exist is POLICY_INVALID with its position', async () => {
    const missing = EXTENDING.replace('release-gates/base.yml@v3', 'release-gates/missing.yml@v3');
    const { run } = await evaluate(emulator, {
      inputs: { external_token: EXTERNAL_TOKEN },
      files: { [POLICY_PATH]: missing },
    });
    expect(run.report!.error).toMatchObject({
      code: 'POLICY_INVALID',
      message: expect.stringContaining(
        `${POLICY_PATH}:1:10 extends: cannot read 'acme/org-policies/release-gates/missing.yml@v3': 'release-gates/missing.yml' does not exist at v3 of acme/org-policies`,
      ),
    });
  });

  test('an extends cycle is POLICY_INVALID naming the chain, at the line that closes it', async () => {
    const cyclic = `extends: acme/org-policies/cycle/a.yml@v3\nversion: 1\nstages: {}\ngates: {}\n`;
    const { run } = await evaluate(emulator, {
      inputs: { external_token: EXTERNAL_TOKEN },
      files: { [POLICY_PATH]: cyclic },
    });
    expect(run.report!.error).toEqual({
      code: 'POLICY_INVALID',
      message:
        "The policy is invalid:\nacme/org-policies/cycle/b.yml@v3:2:10 extends: 'acme/org-policies/cycle/a.yml@v3' is already part of this policy " +
        `(a cycle: ${POLICY_PATH} → acme/org-policies/cycle/a.yml@v3 → acme/org-policies/cycle/b.yml@v3 → acme/org-policies/cycle/a.yml@v3)`,
    });
  });

  test('a tag that moves to a looser base version is drift, and the loosened values are named', async () => {
    const moved = EXTENDING.replace('@v3', '@v4')
      .replace(`allow: ${ALLOW}`, 'allow: [MIT]')
      .replace(
        'gates:\n  deps_approval:',
        'gates:\n  unused:\n    type: evidence\n    with: { path: u.json }\n  deps_approval:',
      );
    const { gates } = await evaluate(emulator, {
      inputs: { external_token: EXTERNAL_TOKEN },
      files: { [POLICY_PATH]: moved },
    });
    expect(gates.policy_drift).toMatchObject({ code: 'POLICY_DRIFT' });
    expect((gates.policy_drift!.details.changes as { text: string }[]).map((c) => c.text)).toEqual([
      `extends: ${BASE_SPEC} → acme/org-policies/release-gates/base.yml@v4`,
      'gates.deps_approval.with.allow: [MIT, Apache-2.0, BSD-2-Clause, BSD-3-Clause, ISC, 0BSD] → [MIT]',
      'gates.unused: added',
    ]);
    expect(gates.policy_drift!.details.evaluated).toMatchObject({
      files: [
        { path: POLICY_PATH, blob_sha: gitBlobSha(moved) },
        { path: 'acme/org-policies/release-gates/base.yml@v4', blob_sha: gitBlobSha(BASE_V4) },
      ],
    });
  });
});

describe('sbom_licenses through the bundle', () => {
  const POLICY = (withYaml: string) => `version: 1
stages:
  GA:
    match: ["v*"]
    gates: { deps: required }
gates:
  deps:
    type: sbom_licenses
    with: ${withYaml}
`;

  async function sbomGate(
    options: ScenarioOptions,
    withYaml: string,
    files: Record<string, string> = {},
  ): Promise<Run & { gate: GateReport }> {
    const emulator = await startEmulator(scenario(options));
    try {
      const result = await evaluate(emulator, {
        tag: 'v1.3.0',
        files: { [POLICY_PATH]: POLICY(withYaml), ...files },
      });
      return { ...result, gate: result.gates.deps! };
    } finally {
      await emulator.close();
    }
  }

  test('SBOM_OK: one request, the repository itself not judged', async () => {
    const { gate, run, requests } = await sbomGate({}, `{ allow: ${ALLOW} }`);
    expect(gate).toMatchObject({
      status: 'pass',
      code: 'SBOM_OK',
      message: 'Every package in the dependency graph SBOM of acme/plasmite is allowed: 2 packages checked.',
      details: { subjects_not_judged: ['com.github.acme/plasmite@main'] },
    });
    expect(routes(requests)).toEqual(['GET /repos/{owner}/{repo}/dependency-graph/sbom']);
    expect(run.report!.stats.api_requests).toBe(1);
    expect(run.exitCode).toBe(0);
  });

  test('LICENSE_DENIED', async () => {
    const { gate, run } = await sbomGate(
      { sbom: spdxWith({ name: 'npm:agpl-thing', version: '2.1.0', license: 'AGPL-3.0-only' }) },
      `{ allow: ${ALLOW}, deny: [AGPL-3.0-only, GPL-3.0-only] }`,
    );
    expect(gate).toMatchObject({
      status: 'fail',
      code: 'LICENSE_DENIED',
      message:
        '1 package needs a denied license (the dependency graph SBOM of acme/plasmite): npm:agpl-thing@2.1.0: AGPL-3.0-only.',
    });
    expect(run.exitCode).toBe(1);
  });

  test('LICENSE_UNKNOWN, and not with fail_on_unknown: false', async () => {
    const strict = await sbomGate({ sbom: GITHUB_SPDX }, `{ allow: ${ALLOW} }`);
    expect(strict.gate).toMatchObject({
      status: 'fail',
      code: 'LICENSE_UNKNOWN',
      message:
        '1 package has no known license (the dependency graph SBOM of acme/plasmite): pip:mystery@0.1: NOASSERTION.',
    });
    const lenient = await sbomGate({ sbom: GITHUB_SPDX }, `{ allow: ${ALLOW}, fail_on_unknown: false }`);
    expect(lenient.gate).toMatchObject({ status: 'pass', code: 'SBOM_OK' });
  });

  test('PACKAGE_NOT_APPROVED, then passed by approved_packages', async () => {
    const options = {
      sbom: spdxWith({
        name: 'npm:left-pad',
        version: '1.3.0',
        license: 'WTFPL',
        purl: 'pkg:npm/left-pad@1.3.0',
      }),
    };
    const refused = await sbomGate(options, `{ allow: ${ALLOW} }`);
    expect(refused.gate).toMatchObject({
      code: 'PACKAGE_NOT_APPROVED',
      message: expect.stringContaining('npm:left-pad@1.3.0: WTFPL'),
    });
    const approved = await sbomGate(
      options,
      `{ allow: ${ALLOW}, approved_packages: .github/approved-packages.txt }`,
      {
        '.github/approved-packages.txt': '# Reviewed 2026-02 by legal\npkg:npm/left-pad@1.3.0\n',
      },
    );
    expect(approved.gate).toMatchObject({
      status: 'pass',
      code: 'SBOM_OK',
      message: expect.stringContaining('1 approved by package URL'),
    });
  });

  test('SBOM_UNAVAILABLE: no dependency graph (404), no permission (403); an error, never a pass', async () => {
    const absent = await sbomGate({ sbom: null }, `{ allow: ${ALLOW} }`);
    expect(absent.gate).toMatchObject({
      status: 'error',
      code: 'SBOM_UNAVAILABLE',
      message:
        'Cannot read the dependency graph SBOM of acme/plasmite (404 on GET /repos/acme/plasmite/dependency-graph/sbom): the token needs `contents: read`, and the dependency graph must be enabled (Settings → Code security → Dependency graph).',
    });
    expect(absent.run.exitCode).toBe(1);
    const forbidden = await sbomGate({ permissions: { contents: 'none' } }, `{ allow: ${ALLOW} }`);
    expect(forbidden.gate).toMatchObject({
      status: 'error',
      code: 'SBOM_UNAVAILABLE',
      message: expect.stringContaining('(403 on GET /repos/acme/plasmite/dependency-graph/sbom)'),
    });
  });

  test('source: file reads CycloneDX from the workspace; a missing file is SBOM_UNAVAILABLE', async () => {
    const withFile = await sbomGate({}, `{ source: file, path: dist/sbom.cdx.json, allow: ${ALLOW} }`, {
      'dist/sbom.cdx.json': JSON.stringify(CYCLONEDX),
    });
    expect(withFile.gate).toMatchObject({
      code: 'PACKAGE_NOT_APPROVED',
      message: expect.stringContaining('left-pad@1.3.0: WTFPL (also 2 unknown)'),
    });
    expect(withFile.requests).toEqual([]);
    const missing = await sbomGate({}, `{ source: file, path: dist/sbom.cdx.json, allow: ${ALLOW} }`);
    expect(missing.gate).toMatchObject({ status: 'error', code: 'SBOM_UNAVAILABLE' });
  });

  test('source: artifact reads the SBOM from the build run', async () => {
    const options: ScenarioOptions = {
      runs: [
        {
          id: 7001,
          workflow: 'release.yml',
          head_branch: 'v1.3.0',
          head_sha: m4,
          event: 'push',
          artifacts: [
            {
              name: 'sbom',
              files: {
                'sbom.spdx.json': JSON.stringify(
                  spdxWith({ name: 'x', version: '1', license: 'GPL-2.0-or-later' }),
                ),
              },
            },
          ],
        },
      ],
    };
    const { gate } = await sbomGate(
      options,
      `{ source: artifact, artifact: { name: sbom, file: sbom.spdx.json }, allow: ${ALLOW} }`,
    );
    expect(gate).toMatchObject({
      code: 'PACKAGE_NOT_APPROVED',
      message: expect.stringContaining(
        "(SBOM 'sbom.spdx.json' in artifact 'sbom' of run 7001): x@1: GPL-2.0-or-later",
      ),
    });
    const missing = await sbomGate(
      options,
      `{ source: artifact, artifact: { name: bom, file: bom.json }, allow: ${ALLOW} }`,
    );
    expect(missing.gate).toMatchObject({
      status: 'error',
      code: 'SBOM_UNAVAILABLE',
      message: expect.stringContaining("in artifact 'bom' of run 7001 does not exist"),
    });
  });
});

describe('the maturity example (examples/maturity-stages.yml): deps_approval and policy_drift', () => {
  const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'maturity-stages.yml'), 'utf8');

  function exampleScenario(sbom: Record<string, unknown>, tagPolicy: string): Scenario {
    const base = scenario({ sbom, mainPolicy: EXAMPLE, tagPolicy });
    const checks = ['test', 'lint', 'security scan'].map((name) => ({
      name,
      status: 'completed' as const,
      conclusion: 'success' as const,
    }));
    return { ...base, check_runs: { [m3]: checks, [m4]: checks } };
  }

  test('GA on a tag with main’s policy: deps_approval and policy_drift pass', async () => {
    const emulator = await startEmulator(exampleScenario(SBOM_CLEAN, EXAMPLE));
    try {
      const { gates, run } = await evaluate(emulator, { tag: 'v1.3.0', files: { [POLICY_PATH]: EXAMPLE } });
      expect(run.report!.stage).toBe('GA');
      expect(gates.deps_approval).toMatchObject({ mode: 'required', status: 'pass', code: 'SBOM_OK' });
      expect(gates.policy_drift).toMatchObject({ mode: 'required', status: 'pass', code: 'NO_DRIFT' });
    } finally {
      await emulator.close();
    }
  });

  test('GA with a GPL dependency and deps_approval weakened at the tag: both gates block', async () => {
    const weakened = EXAMPLE.replace(
      'GA:\n    description: General availability; strict governance\n    match: ["v*"]\n    gates: { promotion_guard: required, observability_verify: required, deps_approval: required,',
      'GA:\n    description: General availability; strict governance\n    match: ["v*"]\n    gates: { promotion_guard: required, observability_verify: required, deps_approval: report_only,',
    );
    expect(weakened).not.toBe(EXAMPLE);
    const emulator = await startEmulator(
      exampleScenario(spdxWith({ name: 'npm:gpl-lib', version: '3.1.4', license: 'GPL-3.0-only' }), weakened),
    );
    try {
      const { gates, run } = await evaluate(emulator, {
        inputs: { stage: 'GA' },
        files: { [POLICY_PATH]: weakened },
      });
      expect(gates.deps_approval).toMatchObject({
        mode: 'report_only',
        status: 'fail',
        code: 'PACKAGE_NOT_APPROVED',
        message: expect.stringContaining('npm:gpl-lib@3.1.4: GPL-3.0-only'),
      });
      expect(gates.policy_drift).toMatchObject({
        mode: 'required',
        status: 'fail',
        code: 'POLICY_DRIFT',
        message: `Policy '${POLICY_PATH}' (workspace) differs from main (1 change): GA.deps_approval: required → report_only.`,
      });
      expect(JSON.parse(run.outputs.blocking!)).toContain('policy_drift');
      // With policy_ref: main the weakening is simply not read, and deps_approval blocks too.
      const pinned = await evaluate(emulator, {
        inputs: { stage: 'GA', policy_ref: 'main' },
        files: { [POLICY_PATH]: weakened },
      });
      expect(pinned.gates.deps_approval).toMatchObject({
        mode: 'required',
        status: 'fail',
        code: 'PACKAGE_NOT_APPROVED',
      });
      expect(pinned.gates.policy_drift).toMatchObject({ code: 'NO_DRIFT' });
      expect(JSON.parse(pinned.run.outputs.blocking!)).toContain('deps_approval');
    } finally {
      await emulator.close();
    }
  });
});

describe('approved_packages follows the policy: with policy_ref it is read at that ref', () => {
  const LEFT_PAD = {
    name: 'npm:left-pad',
    version: '1.3.0',
    license: 'WTFPL',
    purl: 'pkg:npm/left-pad@1.3.0',
  };
  const APPROVED = '.github/approved-packages.txt';
  const POLICY = STRICT.replace(
    `with: { source: dependency_graph, allow: ${ALLOW} }`,
    `with: { source: dependency_graph, allow: ${ALLOW}, approved_packages: ${APPROVED} }`,
  );
  let emulator: Emulator;
  beforeAll(async () => {
    const state = scenario({ sbom: spdxWith(LEFT_PAD), mainPolicy: POLICY, tagPolicy: POLICY });
    // main's list does not approve left-pad; the tag's workspace copy does.
    state.files![m4]![APPROVED] = '# Reviewed by legal\npkg:npm/react@18.3.1\n';
    emulator = await startEmulator(state);
  });
  afterAll(() => emulator.close());

  test('an approval added in the workspace of the tag is ignored under policy_ref: main', async () => {
    const workspace = { [POLICY_PATH]: POLICY, [APPROVED]: 'pkg:npm/left-pad@1.3.0\n' };
    const fromWorkspace = await evaluate(emulator, { files: workspace });
    expect(fromWorkspace.gates.deps_approval).toMatchObject({ status: 'pass', code: 'SBOM_OK' });
    const fromMain = await evaluate(emulator, { inputs: { policy_ref: 'main' }, files: workspace });
    expect(fromMain.gates.deps_approval).toMatchObject({
      status: 'fail',
      code: 'PACKAGE_NOT_APPROVED',
      message: expect.stringContaining('npm:left-pad@1.3.0: WTFPL'),
    });
    expect(routes(fromMain.requests)).toContain('GET /repos/{owner}/{repo}/contents/{path}?ref=main');
  });

  test('a list missing at the policy ref is APPROVED_PACKAGES_MISSING, never a pass', async () => {
    const state = scenario({ sbom: spdxWith(LEFT_PAD), mainPolicy: POLICY, tagPolicy: POLICY });
    const bare = await startEmulator(state);
    try {
      const run = await evaluate(bare, {
        inputs: { policy_ref: 'main' },
        files: { [POLICY_PATH]: POLICY, [APPROVED]: 'pkg:npm/left-pad@1.3.0\n' },
      });
      expect(run.gates.deps_approval).toMatchObject({
        status: 'error',
        code: 'APPROVED_PACKAGES_MISSING',
        message: expect.stringContaining('at main'),
      });
    } finally {
      await bare.close();
    }
  });
});
