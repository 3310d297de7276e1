// sbom_licenses: every code from plain facts (judge), the SBOM sources through collect, and
// the parameter checks the policy validator runs.
import { GateError } from '../../../src/model/types.js';
import type { SbomFact } from '../../../src/facts/sbom.js';
import { GATE_TYPES } from '../../../src/gates/registry.js';
import {
  judgeSbomLicenses,
  parseApprovedPackages,
  sbomLicensesGate,
  type SbomLicensesFacts,
  type SbomLicensesParams,
} from '../../../src/gates/sbom-licenses.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { PolicyError } from '../../../src/policy/types.js';
import type { SbomPackage } from '../../../src/util/sbom.js';
import { tempWorkspace } from '../../fixtures/policies.js';
import { CYCLONEDX, GITHUB_SPDX } from './sbom-fixtures.js';
import { context, factStore, fakeGitHub, httpError, OWNER, REPO } from './fakes.js';

const ALLOW = ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD'];

const params = (overrides: Partial<SbomLicensesParams> = {}): SbomLicensesParams => ({
  source: 'dependency_graph',
  allow: ALLOW,
  deny: [],
  fail_on_unknown: true,
  max_bytes: 52428800,
  ...overrides,
});

const pkg = (name: string, version: string | null, license: string | null, purl?: string): SbomPackage => ({
  name,
  version,
  purl: purl ?? null,
  license,
  ...(license === null ? { note: 'NOASSERTION' } : {}),
});

const sbom = (...packages: SbomPackage[]): SbomFact => ({
  label: 'the dependency graph SBOM of acme/plasmite',
  link: { title: 'Dependency graph', url: 'https://github.com/acme/plasmite/network/dependencies' },
  document: { format: 'spdx', formatVersion: 'SPDX-2.3', packages, subjects: [] },
});

const facts = (packages: SbomPackage[], approved?: string): SbomLicensesFacts => ({
  sbom: sbom(...packages),
  approved: approved === undefined ? null : { path: '.github/approved-packages.txt', text: approved },
});

describe('judgeSbomLicenses', () => {
  test('SBOM_OK when every expression can be satisfied with allowed licenses', () => {
    const verdict = judgeSbomLicenses(
      params(),
      facts([
        pkg('lodash', '4.17.21', 'MIT'),
        pkg('serde', '1.0.0', 'MIT OR Apache-2.0'),
        pkg('x', '1', 'ISC OR GPL-3.0-only'),
      ]),
    );
    expect(verdict).toMatchObject({
      status: 'pass',
      code: 'SBOM_OK',
      message: 'Every package in the dependency graph SBOM of acme/plasmite is allowed: 3 packages checked.',
      links: [{ title: 'Dependency graph', url: 'https://github.com/acme/plasmite/network/dependencies' }],
    });
    expect(verdict.details).toMatchObject({
      counts: { packages: 3, allowed: 3, approved: 0, denied: 0, not_approved: 0, unknown: 0 },
      denied: [],
      format: 'SPDX-2.3',
    });
  });

  test('LICENSE_DENIED lists each offender as package@version: license; details list them all', () => {
    const verdict = judgeSbomLicenses(
      params({ deny: ['GPL-3.0-only', 'AGPL-3.0-only'] }),
      facts([
        pkg('lodash', '4.17.21', 'MIT'),
        pkg('readline-gpl', '2.0.0', 'GPL-3.0-only'),
        pkg('dual', '1.0', 'MIT OR GPL-3.0-only'), // MIT is a way out: allowed
        pkg('both', '1.0', 'MIT AND AGPL-3.0-only'), // needs AGPL: denied
        pkg('mystery', '0.1', null),
      ]),
    );
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'LICENSE_DENIED',
      message:
        '2 packages need a denied license (the dependency graph SBOM of acme/plasmite): readline-gpl@2.0.0: GPL-3.0-only; both@1.0: MIT AND AGPL-3.0-only (also 1 unknown).',
    });
    expect(verdict.details!.denied).toEqual([
      { package: 'readline-gpl', version: '2.0.0', purl: null, license: 'GPL-3.0-only' },
      { package: 'both', version: '1.0', purl: null, license: 'MIT AND AGPL-3.0-only' },
    ]);
    expect(verdict.details!.unknown).toEqual([
      { package: 'mystery', version: '0.1', purl: null, license: null, reason: 'NOASSERTION' },
    ]);
  });

  test('PACKAGE_NOT_APPROVED: a license that is not allowed, and no approval', () => {
    const verdict = judgeSbomLicenses(
      params(),
      facts([
        pkg('lodash', '4.17.21', 'MIT'),
        pkg('left-pad', '1.3.0', 'WTFPL', 'pkg:npm/left-pad@1.3.0'),
        pkg('x', null, 'MIT AND GPL-3.0-only'),
      ]),
    );
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'PACKAGE_NOT_APPROVED',
      message:
        '2 packages have no allowed license and are not in approved_packages (the dependency graph SBOM of acme/plasmite): left-pad@1.3.0: WTFPL; x: MIT AND GPL-3.0-only.',
    });
  });

  test('approved_packages: without a version every version, with a version exactly that one', () => {
    const packages = [
      pkg('left-pad', '1.3.0', 'WTFPL', 'pkg:npm/left-pad@1.3.0'),
      pkg('custom', '2.0.0', 'LicenseRef-Acme', 'pkg:maven/com.acme/custom@2.0.0'),
    ];
    const approvedAll = judgeSbomLicenses(
      params({ approved_packages: '.github/approved-packages.txt' }),
      facts(
        packages,
        '# reviewed by legal, 2026-02\npkg:npm/left-pad   # any version\npkg:maven/com.acme/custom@2.0.0\n',
      ),
    );
    expect(approvedAll).toMatchObject({
      status: 'pass',
      code: 'SBOM_OK',
      message: expect.stringContaining('2 packages checked; 2 approved by package URL'),
    });
    expect(approvedAll.details!.approved).toEqual([
      {
        package: 'left-pad',
        version: '1.3.0',
        purl: 'pkg:npm/left-pad@1.3.0',
        license: 'WTFPL',
        reason: 'approved by .github/approved-packages.txt:2 (pkg:npm/left-pad)',
      },
      {
        package: 'custom',
        version: '2.0.0',
        purl: 'pkg:maven/com.acme/custom@2.0.0',
        license: 'LicenseRef-Acme',
        reason: 'approved by .github/approved-packages.txt:3 (pkg:maven/com.acme/custom@2.0.0)',
      },
    ]);
    const otherVersion = judgeSbomLicenses(
      params(),
      facts(packages, 'pkg:npm/left-pad@1.2.0\npkg:maven/com.acme/custom\n'),
    );
    expect(otherVersion).toMatchObject({
      code: 'PACKAGE_NOT_APPROVED',
      message: expect.stringContaining('left-pad@1.3.0: WTFPL'),
    });
  });

  test('approval never overrides a denial', () => {
    const verdict = judgeSbomLicenses(
      params({ deny: ['GPL-3.0-only'] }),
      facts([pkg('gpl', '1', 'GPL-3.0-only', 'pkg:npm/gpl@1')], 'pkg:npm/gpl\n'),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'LICENSE_DENIED' });
  });

  test('a package without a purl cannot be approved', () => {
    const verdict = judgeSbomLicenses(
      params(),
      facts([pkg('left-pad', '1.3.0', 'WTFPL')], 'pkg:npm/left-pad\n'),
    );
    expect(verdict.code).toBe('PACKAGE_NOT_APPROVED');
  });

  test('LICENSE_UNKNOWN fails with fail_on_unknown; passes, saying so, without it', () => {
    const packages = [pkg('mystery', '0.1', null), pkg('weird', '1', 'MIT/X11'), pkg('ok', '1', 'MIT')];
    const failing = judgeSbomLicenses(params(), facts(packages));
    expect(failing).toMatchObject({
      status: 'fail',
      code: 'LICENSE_UNKNOWN',
      message:
        '2 packages have no known license (the dependency graph SBOM of acme/plasmite): mystery@0.1: NOASSERTION; weird@1: MIT/X11 (not an SPDX expression: unexpected character "/" at 3).',
    });
    const lenient = judgeSbomLicenses(params({ fail_on_unknown: false }), facts(packages));
    expect(lenient).toMatchObject({
      status: 'pass',
      code: 'SBOM_OK',
      message: expect.stringContaining('2 with unknown licenses accepted (fail_on_unknown: false)'),
    });
    expect(lenient.details!.unknown).toHaveLength(2);
  });

  test('an unknown license may be approved by purl', () => {
    const verdict = judgeSbomLicenses(
      params(),
      facts([pkg('mystery', '0.1', null, 'pkg:pypi/mystery@0.1')], 'pkg:pypi/Mystery\n'),
    );
    expect(verdict).toMatchObject({ status: 'pass', code: 'SBOM_OK' });
  });

  test('deny alone: everything not denied passes', () => {
    const verdict = judgeSbomLicenses(
      params({ allow: undefined, deny: ['AGPL-3.0-only'] }),
      facts([pkg('a', '1', 'WTFPL'), pkg('b', '1', 'LicenseRef-x')]),
    );
    expect(verdict.code).toBe('SBOM_OK');
  });

  test('a long list of offenders: ten in the message, all in details, each package once', () => {
    const packages = Array.from({ length: 25 }, (_, i) => pkg(`gpl-${i}`, '1.0.0', 'GPL-3.0-only'));
    const verdict = judgeSbomLicenses(params(), facts([...packages, ...packages]));
    expect(verdict.message).toMatch(
      /^25 packages have no allowed license .*gpl-9@1\.0\.0: GPL-3\.0-only; … and 15 more\.$/,
    );
    expect(verdict.details!.not_approved).toHaveLength(25);
  });

  test('an empty SBOM fails: nothing was checked, never a pass', () => {
    expect(judgeSbomLicenses(params(), facts([]))).toMatchObject({
      status: 'fail',
      code: 'SBOM_EMPTY',
      message: expect.stringMatching(
        /^the dependency graph SBOM of acme\/plasmite lists no packages, so no licence was checked/,
      ),
    });
  });

  test('a malformed approved_packages file is an error naming the line', () => {
    const verdict = judgeSbomLicenses(
      params(),
      facts([pkg('a', '1', 'WTFPL')], 'pkg:npm/ok\nnpm/left-pad\n'),
    );
    expect(verdict).toMatchObject({
      status: 'error',
      code: 'APPROVED_PACKAGES_INVALID',
      message:
        ".github/approved-packages.txt:2: 'npm/left-pad' is not a package URL (it must start with pkg:).",
    });
  });

  test('parseApprovedPackages: comments, blank lines, a purl with a #subpath', () => {
    expect(
      parseApprovedPackages('# header\n\n  pkg:npm/a@1  # trailing\npkg:golang/x/y#sub/dir\n', 'f').map(
        (e) => [e.line, e.text],
      ),
    ).toEqual([
      [3, 'pkg:npm/a@1'],
      [4, 'pkg:golang/x/y#sub/dir'],
    ]);
  });
});

describe('collect', () => {
  test('dependency_graph: one request, shared between gates, parsed with the subject left out', async () => {
    const { github, calls } = fakeGitHub({ sbom: () => ({ sbom: GITHUB_SPDX }) });
    const store = factStore(github);
    const [a, b] = await Promise.all([
      sbomLicensesGate.collect(params(), context(), store),
      sbomLicensesGate.collect(params({ allow: ['MIT'] }), context(), store),
    ]);
    expect(calls).toEqual(['GET /repos/{owner}/{repo}/dependency-graph/sbom']);
    expect(a.sbom).toBe(b.sbom);
    expect(a.sbom.document.packages.map((p) => p.name)).toEqual(['npm:lodash', 'cargo:serde', 'pip:mystery']);
    expect(judgeSbomLicenses(params(), a)).toMatchObject({
      code: 'LICENSE_UNKNOWN',
      message: expect.stringContaining('pip:mystery@0.1'),
    });
  });

  test.each([
    [404, 'Not Found'],
    [403, 'Resource not accessible by integration'],
  ])(
    'dependency_graph: %i is SBOM_UNAVAILABLE, naming contents: read and the dependency graph',
    async (status, text) => {
      const { github } = fakeGitHub({
        sbom: () => {
          throw httpError(status, `/repos/${OWNER}/${REPO}/dependency-graph/sbom`, text);
        },
      });
      const error = await sbomLicensesGate
        .collect(params(), context(), factStore(github))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GateError);
      expect(error).toMatchObject({
        code: 'SBOM_UNAVAILABLE',
        message: expect.stringMatching(/needs `contents: read`, and the dependency graph must be enabled/),
      });
      expect((error as GateError).message).toContain(
        `(${status} on GET /repos/acme/plasmite/dependency-graph/sbom)`,
      );
    },
  );

  test('dependency_graph: a rate limit and a server error keep their own codes', async () => {
    const limited = fakeGitHub({
      sbom: () => {
        throw httpError(403, '/x', 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' });
      },
    });
    await expect(
      sbomLicensesGate.collect(params(), context(), factStore(limited.github)),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    const broken = fakeGitHub({
      sbom: () => {
        throw httpError(502, '/x', 'Bad Gateway');
      },
    });
    await expect(
      sbomLicensesGate.collect(params(), context(), factStore(broken.github)),
    ).rejects.toMatchObject({
      code: 'API_ERROR',
    });
  });

  test('dependency_graph: a malformed document is SBOM_INVALID', async () => {
    const { github } = fakeGitHub({
      sbom: () => ({ sbom: { spdxVersion: 'SPDX-2.3', packages: 'all of them' } }),
    });
    await expect(sbomLicensesGate.collect(params(), context(), factStore(github))).rejects.toMatchObject({
      code: 'SBOM_INVALID',
      message: 'the dependency graph SBOM of acme/plasmite: "packages" is a string, not an array.',
    });
  });

  test('file: CycloneDX read from the workspace; missing is SBOM_UNAVAILABLE; too large OUTPUT_TOO_LARGE', async () => {
    const ws = await tempWorkspace({
      'dist/sbom.cdx.json': JSON.stringify(CYCLONEDX),
      '.github/approved.txt': 'pkg:npm/left-pad\n',
    });
    try {
      const store = factStore(null, ws.dir);
      const read = await sbomLicensesGate.collect(
        params({ source: 'file', path: 'dist/sbom.cdx.json', approved_packages: '.github/approved.txt' }),
        context(),
        store,
      );
      expect(read.sbom.label).toBe("SBOM file 'dist/sbom.cdx.json'");
      expect(read.approved).toEqual({ path: '.github/approved.txt', text: 'pkg:npm/left-pad\n' });
      expect(judgeSbomLicenses(params({ source: 'file', path: 'x' }), read)).toMatchObject({
        code: 'LICENSE_UNKNOWN',
        message: expect.stringContaining("custom@2: license named 'Acme Proprietary' is not an SPDX id"),
      });
      await expect(
        sbomLicensesGate.collect(params({ source: 'file', path: 'dist/none.json' }), context(), store),
      ).rejects.toMatchObject({
        code: 'SBOM_UNAVAILABLE',
        message: expect.stringContaining("'dist/none.json' does not exist"),
      });
      await expect(
        sbomLicensesGate.collect(
          params({ source: 'file', path: 'dist/sbom.cdx.json', max_bytes: 10 }),
          context(),
          store,
        ),
      ).rejects.toMatchObject({ code: 'OUTPUT_TOO_LARGE' });
      await expect(
        sbomLicensesGate.collect(
          params({ source: 'file', path: 'dist/sbom.cdx.json', approved_packages: 'nope.txt' }),
          context(),
          store,
        ),
      ).rejects.toMatchObject({ code: 'APPROVED_PACKAGES_MISSING' });
    } finally {
      await ws.cleanup();
    }
  });
});

describe('parameters, as the policy validator checks them', () => {
  const load = (withYaml: string) =>
    loadPolicy(
      {
        text: `version: 1\nstages:\n  GA:\n    gates: { deps: required }\ngates:\n  deps:\n    type: sbom_licenses\n    with: ${withYaml}\n`,
        file: 'p.yml',
      },
      GATE_TYPES,
      { source: 'workspace' },
    );
  const issues = async (withYaml: string) => {
    const error = await load(withYaml).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).issues.map((i) => `${i.line}:${i.col} ${i.message}`);
  };

  test('defaults are filled', async () => {
    const loaded = await load('{ allow: [MIT] }');
    expect(loaded.policy.gates.deps!.with).toEqual({
      source: 'dependency_graph',
      allow: ['MIT'],
      deny: [],
      fail_on_unknown: true,
      max_bytes: 52428800,
    });
  });

  test.each([
    ['{ source: file, allow: [MIT] }', '8:11 gates.deps.with: source: file needs `path`.'],
    ['{ path: sbom.json, allow: [MIT] }', '8:19 gates.deps.with: `path` is only read with source: file.'],
    ['{ source: artifact, allow: [MIT] }', 'source: artifact needs `artifact: {name, file}`.'],
    ['{ source: dependency_graph }', 'give `allow`, `deny` or both'],
    [
      '{ allow: [MIT, "MIT OR Apache-2.0"] }',
      "8:26 gates.deps.with: allow: 'MIT OR Apache-2.0' is an expression; list single license ids",
    ],
    ['{ allow: [MIT], deny: [mit] }', 'MIT is both allowed and denied.'],
  ])('%s is refused', async (withYaml, message) => {
    expect((await issues(withYaml)).join('\n')).toContain(message);
  });
});
