// build_provenance judged from plain facts: every code, the order of checks, and that a gate
// without a tag or commit to check against never passes.
import type { Verdict } from '../../../src/model/types.js';
import type { FactStore } from '../../../src/facts/store.js';
import { workflowPathMatches } from '../../../src/facts/build/trust.js';
import {
  buildProvenanceGate,
  judgeBuildProvenance,
  type BuildProvenanceParams,
} from '../../../src/gates/build-provenance.js';
import {
  artifactFor,
  context,
  finding,
  goodRun,
  MAIN_SHA,
  metadataJson,
  metadataZip,
  RUN_ID,
  sha256Digest,
  TAG,
  TAG_SHA,
  TRUST_RULES,
} from './fixtures.js';

const downloaded = (archive: Buffer) => ({
  outcome: 'downloaded' as const,
  archive,
  sha256: sha256Digest(archive),
});

const PARAMS: BuildProvenanceParams = { workflow: 'release.yml', events: ['push', 'workflow_dispatch'] };

function judge(run = goodRun(), params = PARAMS, ctx = context()): Verdict {
  return judgeBuildProvenance(
    params,
    { finding: finding(run, { rules: { events: params.events }, ctx }) },
    ctx,
  );
}

describe('build_provenance', () => {
  it('passes a successful push build of release.yml on the tag, with a link to the run', () => {
    const verdict = judge();
    expect(verdict).toMatchObject({ status: 'pass', code: 'BUILD_RUN_OK' });
    expect(verdict.message).toContain(`Build run ${RUN_ID}`);
    expect(verdict.links).toEqual([
      { title: `Build run ${RUN_ID}`, url: `https://github.com/acme/plasmite/actions/runs/${RUN_ID}` },
    ]);
    expect(verdict.details).toMatchObject({ run_id: RUN_ID, found_by: 'search', failures: [] });
  });

  it('passes a workflow_dispatch run dispatched on the tag itself', () => {
    expect(judge(goodRun({ event: 'workflow_dispatch' })).code).toBe('BUILD_RUN_OK');
  });

  it.each<[string, Parameters<typeof goodRun>[0], RegExp]>([
    [
      'WRONG_WORKFLOW',
      { path: '.github/workflows/ci.yml' },
      /ran '.github\/workflows\/ci.yml', not '.github\/workflows\/release.yml'/,
    ],
    [
      'FOREIGN_REPOSITORY',
      { headRepository: 'mallory/plasmite' },
      /from mallory\/plasmite, not acme\/plasmite/,
    ],
    ['FOREIGN_REPOSITORY', { headRepository: null }, /no longer exists/],
    ['FOREIGN_REPOSITORY', { repository: 'other/repo' }, /not acme\/plasmite/],
    ['RUN_NOT_SUCCESSFUL', { conclusion: 'failure' }, /concluded 'failure', not 'success'/],
    ['RUN_NOT_SUCCESSFUL', { status: 'in_progress', conclusion: null }, /is 'in_progress', not completed/],
    [
      'WRONG_EVENT',
      { event: 'pull_request' },
      /triggered by 'pull_request', not one of: push, workflow_dispatch/,
    ],
    ['TAG_MISMATCH', { headBranch: 'main' }, /ran on 'main', not on tag 'v1.2.0'/],
    ['SHA_MISMATCH', { headSha: MAIN_SHA }, /built badc0de22222, but tag 'v1.2.0' points at c0ffee111111/],
  ])('fails with %s', (code, run, message) => {
    const verdict = judge(goodRun(run));
    expect(verdict).toMatchObject({ status: 'fail', code });
    expect(verdict.message).toMatch(message);
    expect(verdict.links?.[0]?.url).toContain(String(RUN_ID));
  });

  it('explains SHA_MISMATCH for a run dispatched on the tag that built another commit', () => {
    const verdict = judge(goodRun({ event: 'workflow_dispatch', headBranch: TAG, headSha: MAIN_SHA }));
    expect(verdict.code).toBe('SHA_MISMATCH');
    expect(verdict.message).toMatch(/dispatched run builds the head of the branch/);
  });

  describe('a build dispatched from a branch', () => {
    const dispatched = goodRun({ event: 'workflow_dispatch', headBranch: 'main', headSha: MAIN_SHA });
    const attested = (fields: Record<string, unknown> = {}) => {
      const archive = metadataZip(metadataJson({ source_run_id: String(RUN_ID), ...fields }));
      return { artifact: artifactFor(archive), download: downloaded(archive) };
    };
    const judgeDispatch = (run = dispatched, attestation: ReturnType<typeof attested> | null = attested()) =>
      judgeBuildProvenance(PARAMS, { finding: finding(run, { attestation }) }, context());

    it('passes when its metadata attests the tag, and says which rule admitted it', () => {
      const verdict = judgeDispatch();
      expect(verdict).toMatchObject({ status: 'pass', code: 'BUILD_RUN_OK' });
      expect(verdict.message).toMatch(/dispatched from 'main', built tag 'v1.2.0'/);
      expect(verdict.details).toMatchObject({ admitted_by: 'dispatch_attested', head_branch: 'main' });
      expect(judge().details).toMatchObject({ admitted_by: 'tag_push' });
    });

    it('fails DISPATCH_NOT_ATTESTED without metadata, or with metadata of another commit', () => {
      expect(judgeDispatch(dispatched, null).code).toBe('DISPATCH_NOT_ATTESTED');
      const verdict = judgeDispatch(dispatched, attested({ source_sha: MAIN_SHA }));
      expect(verdict).toMatchObject({ status: 'fail', code: 'DISPATCH_NOT_ATTESTED' });
      expect(verdict.message).toMatch(/source_sha/);
    });

    it('fails DISPATCH_FROM_UNTRUSTED_BRANCH for a dispatch from another branch', () => {
      const verdict = judgeDispatch(goodRun({ ...dispatched, headBranch: 'feature' }));
      expect(verdict).toMatchObject({ status: 'fail', code: 'DISPATCH_FROM_UNTRUSTED_BRANCH' });
      expect(verdict.details).toMatchObject({ admitted_by: null });
    });
  });

  it('reports every failed check, the first one as the code', () => {
    const verdict = judge(
      goodRun({
        headRepository: 'mallory/plasmite',
        conclusion: 'failure',
        event: 'pull_request',
        headBranch: 'main',
        headSha: MAIN_SHA,
      }),
    );
    expect(verdict.code).toBe('FOREIGN_REPOSITORY');
    expect(verdict.message).toContain('(also RUN_NOT_SUCCESSFUL, WRONG_EVENT, TAG_MISMATCH, SHA_MISMATCH)');
    const failures = (verdict.details as { failures: { code: string }[] }).failures.map((f) => f.code);
    expect(failures).toEqual([
      'FOREIGN_REPOSITORY',
      'RUN_NOT_SUCCESSFUL',
      'WRONG_EVENT',
      'TAG_MISMATCH',
      'SHA_MISMATCH',
    ]);
  });

  it('honours the events parameter', () => {
    expect(judge(goodRun({ event: 'workflow_dispatch' }), { ...PARAMS, events: ['push'] }).code).toBe(
      'WRONG_EVENT',
    );
  });

  it('compares repository names without case, and commits without case', () => {
    expect(judge(goodRun({ headRepository: 'ACME/Plasmite', headSha: TAG_SHA.toUpperCase() })).code).toBe(
      'BUILD_RUN_OK',
    );
  });

  it('fails BUILD_RUN_NOT_FOUND naming the run id', () => {
    const verdict = judgeBuildProvenance(
      PARAMS,
      {
        finding: {
          found: false,
          rules: TRUST_RULES,
          lookup: {
            found: false,
            query: { by: 'id', runId: 77 },
            reason: 'workflow run 77 does not exist in acme/plasmite',
          },
        },
      },
      context({ buildRunId: 77 }),
    );
    expect(verdict).toMatchObject({ status: 'fail', code: 'BUILD_RUN_NOT_FOUND' });
    expect(verdict.message).toMatch(
      /build run 77 \(build_run_id\).*does not exist.*Check the build_run_id input/,
    );
  });

  it('fails BUILD_RUN_NOT_FOUND naming the workflow and tag searched', () => {
    const lookup = {
      found: false as const,
      query: { by: 'search' as const, workflow: 'release.yml', tag: TAG },
      reason: 'no successful run',
    };
    const verdict = judgeBuildProvenance(
      PARAMS,
      { finding: { found: false, lookup, rules: TRUST_RULES } },
      context(),
    );
    expect(verdict.code).toBe('BUILD_RUN_NOT_FOUND');
    expect(verdict.message).toContain(`the newest successful run of 'release.yml' for tag '${TAG}'`);
  });

  it('is an error, never a pass, without a tag or a commit', () => {
    const branch = context({ tag: null, ref: 'refs/heads/main', refName: 'main' });
    expect(judgeBuildProvenance(PARAMS, { finding: finding() }, branch)).toMatchObject({
      status: 'error',
      code: 'NOT_A_TAG',
    });
    expect(judgeBuildProvenance(PARAMS, { finding: finding() }, context({ sha: '' }))).toMatchObject({
      status: 'error',
      code: 'SHA_UNRESOLVED',
    });
    expect(judgeBuildProvenance(PARAMS, { finding: null }, context())).toMatchObject({ status: 'error' });
  });

  it('reads nothing when there is no tag to check against', async () => {
    const facts = {
      get github(): never {
        throw new Error('no reads expected');
      },
    } as unknown as FactStore;
    expect(await buildProvenanceGate.collect(PARAMS, context({ tag: null }), facts)).toEqual({
      finding: null,
    });
  });
});

describe('workflowPathMatches', () => {
  const repo = { owner: 'acme', repo: 'plasmite' };
  it.each([
    ['.github/workflows/release.yml', true],
    ['.github/workflows/release.yml@refs/tags/v1.2.0', true],
    ['acme/plasmite/.github/workflows/release.yml@refs/heads/main', true],
    ['Acme/Plasmite/.github/workflows/release.yml', true],
    ['mallory/plasmite/.github/workflows/release.yml@main', false],
    ['.github/workflows/release.yaml', false],
    ['.github/workflows/release.yml.bak', false],
    ['.github/workflows/sub/release.yml', false],
    ['x/.github/workflows/release.yml', false],
    ['dynamic/github-code-scanning/codeql', false],
    ['', false],
  ])('%j → %s', (path, expected) => {
    expect(workflowPathMatches(path, 'release.yml', repo)).toBe(expected);
  });
});
