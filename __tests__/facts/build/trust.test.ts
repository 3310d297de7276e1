// The trust rules of the build run, judged from plain values: each refusal, the dispatch rule
// accepted and refused, and the order in which problems are reported.
import { judgeTrust, type TrustRules } from '../../../src/facts/build/trust.js';
import type { MetadataFacts } from '../../../src/facts/build/metadata.js';
import {
  artifactFor,
  context,
  goodRun,
  MAIN_SHA,
  makeZip,
  metadataJson,
  metadataZip,
  RUN_ID,
  sha256Digest,
  TAG,
  TAG_SHA,
  TRUST_RULES,
} from '../../gates/provenance/fixtures.js';

const dispatchRun = (overrides: Parameters<typeof goodRun>[0] = {}) =>
  goodRun({ event: 'workflow_dispatch', headBranch: 'main', headSha: MAIN_SHA, ...overrides });

function attestation(
  archive: Buffer = metadataZip(metadataJson({ source_run_id: String(RUN_ID) })),
): MetadataFacts {
  return {
    artifact: artifactFor(archive),
    download: { outcome: 'downloaded', archive, sha256: sha256Digest(archive) },
  };
}

function judge(run = goodRun(), facts: MetadataFacts | null = null, rules: Partial<TrustRules> = {}) {
  return judgeTrust(run, { ...TRUST_RULES, ...rules }, context(), facts);
}

const codes = (judged: ReturnType<typeof judge>) => judged.problems.map((p) => p.code);

describe('the tag rule', () => {
  it('admits a push on the tag that built its commit', () => {
    expect(judge()).toEqual({ trusted: true, admittedBy: 'tag_push', problems: [] });
  });

  it('holds a dispatch on the tag itself to the tag rule', () => {
    expect(judge(goodRun({ event: 'workflow_dispatch' })).admittedBy).toBe('tag_push');
    expect(codes(judge(goodRun({ event: 'workflow_dispatch', headSha: MAIN_SHA })))).toEqual([
      'SHA_MISMATCH',
    ]);
  });

  it.each<[string, Parameters<typeof goodRun>[0], string[]]>([
    ['another workflow', { path: '.github/workflows/ci.yml' }, ['WRONG_WORKFLOW']],
    ['a fork', { headRepository: 'mallory/plasmite' }, ['FOREIGN_REPOSITORY']],
    ['a deleted head repository', { headRepository: null }, ['FOREIGN_REPOSITORY']],
    ['a failed run', { conclusion: 'failure' }, ['RUN_NOT_SUCCESSFUL']],
    ['an unfinished run', { status: 'in_progress', conclusion: null }, ['RUN_NOT_SUCCESSFUL']],
    ['another event', { event: 'pull_request' }, ['WRONG_EVENT']],
    ['another branch', { headBranch: 'main' }, ['TAG_MISMATCH']],
    ['another commit', { headSha: MAIN_SHA }, ['SHA_MISMATCH']],
  ])('refuses %s', (_label, overrides, expected) => {
    const judged = judge(goodRun(overrides));
    expect(judged).toMatchObject({ trusted: false, admittedBy: null });
    expect(codes(judged)).toEqual(expected);
  });
});

describe('the dispatch rule', () => {
  it('admits a dispatch from main whose metadata attests the tag, its run id written as text', () => {
    expect(judge(dispatchRun(), attestation())).toEqual({
      trusted: true,
      admittedBy: 'dispatch_attested',
      problems: [],
    });
  });

  it('admits a dispatch from any branch listed in dispatch_from, and only those', () => {
    const run = dispatchRun({ headBranch: 'release' });
    expect(judge(run, attestation(), { dispatchFrom: ['main', 'release'] }).trusted).toBe(true);
    const refused = judge(run, attestation(), { dispatchFrom: ['main'] });
    expect(codes(refused)).toEqual(['DISPATCH_FROM_UNTRUSTED_BRANCH']);
    expect(refused.problems[0]!.message).toMatch(
      /dispatched from 'release', not from 'main' \(dispatch_from\)/,
    );
  });

  it('refuses a dispatch without metadata read, or without the artifact', () => {
    expect(codes(judge(dispatchRun(), null))).toEqual(['DISPATCH_NOT_ATTESTED']);
    const none = judge(dispatchRun(), { artifact: null, download: null });
    expect(codes(none)).toEqual(['DISPATCH_NOT_ATTESTED']);
    expect(none.problems[0]!.message).toMatch(/artifact 'release-metadata' does not exist/);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['another commit', { source_sha: MAIN_SHA }, 'source_sha'],
    ['another ref', { source_ref: 'refs/heads/main' }, 'source_ref'],
    ['another run', { source_run_id: '4243' }, 'source_run_id'],
    ['another tag', { tag: 'v1.1.0' }, 'tag'],
    ['no source_ref', { source_ref: undefined }, 'source_ref'],
  ])('refuses metadata naming %s (DISPATCH_NOT_ATTESTED naming the field)', (_label, fields, field) => {
    const judged = judge(dispatchRun(), attestation(metadataZip(metadataJson(fields))));
    expect(codes(judged)).toEqual(['DISPATCH_NOT_ATTESTED']);
    expect(judged.problems[0]!.message).toContain(field);
    expect(judged.problems[0]!.mismatches?.map((m) => m.field)).toEqual([field]);
  });

  it('refuses metadata that cannot be read or verified', () => {
    const broken = makeZip([{ name: 'metadata.json', data: '{' }]);
    expect(codes(judge(dispatchRun(), attestation(broken)))).toEqual(['DISPATCH_NOT_ATTESTED']);
    const archive = metadataZip();
    const tampered: MetadataFacts = {
      artifact: artifactFor(archive),
      download: {
        outcome: 'digest_mismatch',
        expected: sha256Digest(archive),
        actual: `sha256:${'0'.repeat(64)}`,
      },
    };
    const judged = judge(dispatchRun(), tampered);
    expect(codes(judged)).toEqual(['DISPATCH_NOT_ATTESTED']);
    expect(judged.problems[0]!.message).toMatch(/nothing in it is trusted/);
  });

  it('still applies the rules every run is held to', () => {
    expect(codes(judge(dispatchRun({ headRepository: 'mallory/plasmite' }), attestation()))).toEqual([
      'FOREIGN_REPOSITORY',
    ]);
    expect(codes(judge(dispatchRun({ path: '.github/workflows/ci.yml' }), attestation()))).toEqual([
      'WRONG_WORKFLOW',
    ]);
    expect(codes(judge(dispatchRun(), attestation(), { events: ['push'] }))).toEqual(['WRONG_EVENT']);
    expect(codes(judge(dispatchRun({ conclusion: 'failure' }), attestation()))).toEqual([
      'RUN_NOT_SUCCESSFUL',
    ]);
  });

  it('never admits a dispatch run by the tag rule, however its fields look', () => {
    // head_sha equal to the tag's commit by chance (main at the tag) does not replace the attestation.
    expect(codes(judge(dispatchRun({ headSha: TAG_SHA }), null))).toEqual(['DISPATCH_NOT_ATTESTED']);
    expect(context().tag).toBe(TAG);
  });
});
