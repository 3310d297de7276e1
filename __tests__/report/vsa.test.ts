// The verification summary: a SLSA VSA v1 predicate that validates against
// schemas/verification-summary.schema.json on pass, on fail and when the evaluation crashed, and
// the sha256sums of exactly the files the gates verified.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {
  buildVerificationSummary,
  collectVerifiedSubjects,
  levelOf,
  renderSubjects,
  verificationSummaryOutputs,
  vsaContext,
  writeVerificationSummary,
} from '../../src/report/vsa.js';
import { parseSha256Sums } from '../../src/util/checksums.js';
import { blockedReport, erroredReport, gateReport, passingReport } from '../fixtures/reports.js';

const addFormats = addFormatsModule.default;
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/verification-summary.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
const validate = compile();
const context = vsaContext({
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_ACTION_REPOSITORY: 'acme/release-gates',
});

const LINUX = { name: 'widget_1.2.0_linux_amd64.tar.gz', sha256: 'a'.repeat(64) };
const DARWIN = { name: 'widget_1.2.0_darwin_arm64.tar.gz', sha256: 'b'.repeat(64) };

function attestedReport() {
  const report = passingReport();
  report.gates.push(
    gateReport({
      id: 'provenance',
      type: 'attestations',
      code: 'ATTESTED',
      details: {
        files: [
          { name: LINUX.name, sha256: LINUX.sha256, code: 'ATTESTED', statement_sha256: 'c'.repeat(64) },
          { name: DARWIN.name, sha256: DARWIN.sha256, code: 'ATTESTED', statement_sha256: 'd'.repeat(64) },
        ],
      },
      verified_subjects: [LINUX, DARWIN],
    }),
    // Another gate verified one of the same files: listed once.
    gateReport({ id: 'assets', type: 'release_assets', code: 'ASSETS_OK', verified_subjects: [DARWIN] }),
  );
  return report;
}

describe('verification-summary.schema.json', () => {
  test('compiles in strict mode without warnings', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() => compile()).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test.each([
    ['passing', passingReport],
    ['attested', attestedReport],
    ['blocked', blockedReport],
    ['errored', erroredReport],
  ])('accepts the predicate of the %s report', (_name, make) => {
    const predicate = JSON.parse(JSON.stringify(buildVerificationSummary(make(), context)));
    expect(validate(predicate) ? [] : validate.errors).toEqual([]);
  });

  test.each<[string, (p: Record<string, unknown>) => void]>([
    ['no verificationResult', (p) => delete p.verificationResult],
    ['a result other than PASSED/FAILED', (p) => (p.verificationResult = 'OK')],
    ['a level not of release-gates', (p) => (p.verifiedLevels = ['GA'])],
    [
      'a policy digest that is not hex',
      (p) => ((p.policy as Record<string, unknown>).digest = { sha256: 'xyz' }),
    ],
    ['a verifier without id', (p) => (p.verifier = { version: {} })],
    ['an unknown field', (p) => (p.extra = 1)],
    [
      'a gate without code',
      (p) => delete (p.releaseGates as { gates: Record<string, unknown>[] }).gates[0]!.code,
    ],
  ])('refuses a predicate with %s', (_name, breakIt) => {
    const predicate = JSON.parse(JSON.stringify(buildVerificationSummary(passingReport(), context)));
    breakIt(predicate);
    expect(validate(predicate)).toBe(false);
  });
});

describe('buildVerificationSummary', () => {
  test('a passing evaluation verified its stage, under its policy and its digest', () => {
    const summary = buildVerificationSummary(attestedReport(), context);
    expect(summary).toMatchObject({
      verifier: { id: 'https://github.com/acme/release-gates', version: { 'release-gates': '1.0.0' } },
      timeVerified: '2026-03-02T15:04:05.000Z',
      resourceUri: 'git+https://github.com/acme/widget@refs/tags/v1.2.0',
      policy: {
        uri: 'https://github.com/acme/widget/blob/3f786850e387550fdab836ed7e6dc881de23001b/.github/release-gates.yml',
        digest: { sha256: passingReport().policy.sha256 },
      },
      verificationResult: 'PASSED',
      verifiedLevels: ['RELEASE_GATES_GA'],
    });
    expect(summary.inputAttestations).toEqual([
      {
        name: LINUX.name,
        uri: `https://github.com/acme/widget/attestations?subject_digest=sha256:${LINUX.sha256}`,
        digest: { sha256: 'c'.repeat(64) },
      },
      {
        name: DARWIN.name,
        uri: `https://github.com/acme/widget/attestations?subject_digest=sha256:${DARWIN.sha256}`,
        digest: { sha256: 'd'.repeat(64) },
      },
    ]);
    expect(summary.releaseGates.gates.map((g) => `${g.id}:${g.status}:${g.code}`)).toContain(
      'provenance:pass:ATTESTED',
    );
  });

  test('a blocked or crashed evaluation is FAILED and verifies no level', () => {
    const blocked = buildVerificationSummary(blockedReport(), context);
    expect(blocked.verificationResult).toBe('FAILED');
    expect(blocked.verifiedLevels).toEqual([]);
    const crashed = buildVerificationSummary(erroredReport(), context);
    expect(crashed).toMatchObject({ verificationResult: 'FAILED', verifiedLevels: [] });
    expect(crashed.releaseGates.error?.code).toBe('POLICY_INVALID');
    // No policy digest when the policy never loaded.
    expect(crashed.policy.digest).toBeUndefined();
    expect(crashed.inputAttestations).toBeUndefined();
  });

  test('a pass with a crash recorded is still FAILED', () => {
    const report = passingReport();
    report.error = { code: 'EVALUATION_CRASHED', message: 'boom' };
    expect(buildVerificationSummary(report, context).verificationResult).toBe('FAILED');
  });

  test('a policy read through policy_ref is named at that ref', () => {
    const report = passingReport();
    report.policy.source = 'api@main';
    expect(buildVerificationSummary(report, context).policy.uri).toBe(
      'https://github.com/acme/widget/blob/main/.github/release-gates.yml',
    );
  });

  test('levels are the stage in upper case with other characters as _', () => {
    expect(levelOf('GA')).toBe('RELEASE_GATES_GA');
    expect(levelOf('pre-ga')).toBe('RELEASE_GATES_PRE_GA');
  });

  test('the verifier is a URN of the tool when the action repository is unknown', () => {
    expect(vsaContext({}).verifierId).toBe('urn:release-gates');
    expect(vsaContext({ GITHUB_ACTION_REPOSITORY: 'not a repo' }).verifierId).toBe('urn:release-gates');
  });
});

describe('verified subjects', () => {
  test('every verified file once, by name, in sha256sums format that the project parser reads back', () => {
    const subjects = collectVerifiedSubjects(attestedReport());
    expect(subjects).toEqual([DARWIN, LINUX]);
    const text = renderSubjects(subjects);
    expect(text).toBe(`${DARWIN.sha256}  ${DARWIN.name}\n${LINUX.sha256}  ${LINUX.name}\n`);
    const parsed = parseSha256Sums(text, 'verified-subjects.txt');
    expect([...parsed.entries()].map(([name, entry]) => [name, entry.sha256])).toEqual([
      [DARWIN.name, DARWIN.sha256],
      [LINUX.name, LINUX.sha256],
    ]);
  });

  test('none when no gate verified a file', () => {
    expect(collectVerifiedSubjects(passingReport())).toEqual([]);
    expect(renderSubjects([])).toBe('');
  });
});

describe('writeVerificationSummary', () => {
  test.each([
    ['pass', attestedReport, 'PASSED'],
    ['fail', blockedReport, 'FAILED'],
  ])('writes both files on %s, and the outputs name them', async (_name, make, result) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vsa-'));
    const written = await writeVerificationSummary(make(), dir, { GITHUB_SERVER_URL: 'https://github.com' });
    const predicate = JSON.parse(readFileSync(written.predicate, 'utf8'));
    expect(validate(predicate)).toBe(true);
    expect(predicate.verificationResult).toBe(result);
    expect(readFileSync(written.subjects, 'utf8')).toBe(renderSubjects(collectVerifiedSubjects(make())));
    expect(verificationSummaryOutputs(path.join(dir, 'maturity-eval.json'))).toEqual({
      vsa_predicate: written.predicate,
      vsa_subjects: written.subjects,
    });
  });

  test('no outputs when the reports could not be written', () => {
    expect(verificationSummaryOutputs('')).toEqual({ vsa_predicate: '', vsa_subjects: '' });
  });
});
