// release_metadata judged from plain facts (archives built in the test), the metadata schema,
// and the parameter checks.
import { readFileSync } from 'node:fs';
import { GateError, type Verdict } from '../../../src/model/types.js';
import type { ArtifactDownload, RunArtifact } from '../../../src/facts/artifacts.js';
import type { BuildRunLookup } from '../../../src/facts/build/run.js';
import { createAjv } from '../../../src/policy/ajv.js';
import { isBranchDispatch, judgeTrust, type TrustRules } from '../../../src/facts/build/trust.js';
import {
  compareExpected,
  judgeReleaseMetadata,
  RELEASE_METADATA_SCHEMA,
  releaseMetadataGate,
  type ReleaseMetadataParams,
  type RunTrust,
} from '../../../src/gates/release-metadata.js';
import {
  artifactFor,
  context,
  found,
  goodRun,
  MAIN_SHA,
  makeZip,
  metadataJson,
  metadataZip,
  RUN_ID,
  sha256Digest,
  TAG,
  TAG_SHA,
} from './fixtures.js';

const PARAMS: ReleaseMetadataParams = {
  workflow: 'release.yml',
  artifact: 'release-metadata',
  file: 'metadata.json',
  expect: { tag: TAG, version: '1.2.0', source_sha: TAG_SHA },
  max_bytes: 1048576,
};

function downloaded(archive: Buffer): ArtifactDownload {
  return { outcome: 'downloaded', archive, sha256: sha256Digest(archive) };
}

const RULES: TrustRules = {
  workflow: 'release.yml',
  events: ['push', 'workflow_dispatch'],
  dispatchFrom: ['main'],
  metadata: { artifact: 'release-metadata', file: 'metadata.json', maxBytes: 1048576 },
};

/** The trust rules applied as collect applies them: every rule but those the gate judges from the metadata. */
function trustOf(lookup: BuildRunLookup): RunTrust | null {
  if (!lookup.found) return null;
  const judged = judgeTrust(lookup.run, RULES, context(), null);
  return {
    problems: judged.problems.filter(
      (p) => !['TAG_MISMATCH', 'SHA_MISMATCH', 'DISPATCH_NOT_ATTESTED'].includes(p.code),
    ),
    rule: isBranchDispatch(lookup.run, context()) ? 'dispatch_attested' : 'tag_push',
  };
}

function judgeArchive(
  archive: Buffer,
  params: ReleaseMetadataParams = PARAMS,
  lookup: BuildRunLookup = found(),
): Verdict {
  return judgeReleaseMetadata(
    params,
    { lookup, trust: trustOf(lookup), artifact: artifactFor(archive), download: downloaded(archive) },
    context(),
  );
}

function judgeFacts(
  artifact: RunArtifact | null,
  download: ArtifactDownload | null,
  lookup: BuildRunLookup = found(),
): Verdict {
  return judgeReleaseMetadata(PARAMS, { lookup, trust: trustOf(lookup), artifact, download }, context());
}

describe('release_metadata', () => {
  it('passes metadata that describes this release, with links to the run and the artifact', () => {
    const verdict = judgeArchive(metadataZip());
    expect(verdict).toMatchObject({ status: 'pass', code: 'METADATA_OK' });
    expect(verdict.message).toBe(
      `metadata.json of build run ${RUN_ID} matches: tag ${TAG}, version 1.2.0, source_sha ${TAG_SHA}.`,
    );
    expect(verdict.links?.map((l) => l.url)).toEqual([
      `https://github.com/acme/plasmite/actions/runs/${RUN_ID}`,
      `https://github.com/acme/plasmite/actions/runs/${RUN_ID}/artifacts/555`,
    ]);
    expect(verdict.details).toMatchObject({ found: { tag: TAG, source_run_id: RUN_ID } });
  });

  it('accepts a run id written as text by a heredoc ("${GITHUB_RUN_ID}"), compared as a run id', () => {
    const archive = metadataZip(metadataJson({ source_run_id: String(RUN_ID) }));
    const params = { ...PARAMS, expect: { ...PARAMS.expect, source_run_id: RUN_ID } };
    expect(judgeArchive(archive, params).code).toBe('METADATA_OK');
    const other = metadataZip(metadataJson({ source_run_id: '4243' }));
    expect(judgeArchive(other, params)).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
  });

  describe('a build dispatched from a branch', () => {
    const dispatched = goodRun({ event: 'workflow_dispatch', headBranch: 'main', headSha: MAIN_SHA });
    const plasmiteShape = (fields: Record<string, unknown> = {}) =>
      metadataZip(
        JSON.stringify({
          tag: TAG,
          version: '1.2.0',
          source_sha: TAG_SHA,
          source_ref: `refs/tags/${TAG}`,
          source_run_id: String(RUN_ID),
          source_workflow: 'release',
          ...fields,
        }),
      );

    it('passes metadata that attests the tag, with the attestation fields compared too', () => {
      const verdict = judgeArchive(plasmiteShape(), PARAMS, found(dispatched));
      expect(verdict).toMatchObject({ status: 'pass', code: 'METADATA_OK' });
      expect(verdict.message).toContain(`source_ref refs/tags/${TAG}, source_run_id ${RUN_ID}`);
      expect(verdict.details).toMatchObject({ admitted_by: 'dispatch_attested' });
    });

    it('says METADATA_MISMATCH naming source_sha when it built another commit', () => {
      const verdict = judgeArchive(plasmiteShape({ source_sha: MAIN_SHA }), PARAMS, found(dispatched));
      expect(verdict).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
      expect(verdict.message).toMatch(/source_sha "c0ffee1+" expected, found "badc0de2+"/);
    });

    it("says METADATA_MISMATCH when the metadata is another run's", () => {
      const verdict = judgeArchive(plasmiteShape({ source_run_id: '99' }), PARAMS, found(dispatched));
      expect(verdict).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
      expect(verdict.message).toContain(`source_run_id ${RUN_ID} expected, found "99"`);
    });

    it('reads nothing from a dispatch from another branch (UNTRUSTED_BUILD_RUN)', () => {
      const verdict = judgeArchive(
        plasmiteShape(),
        PARAMS,
        found(goodRun({ ...dispatched, headBranch: 'feature' })),
      );
      expect(verdict).toMatchObject({ status: 'fail', code: 'UNTRUSTED_BUILD_RUN' });
      expect(verdict.message).toMatch(/dispatched from 'feature'/);
    });
  });

  it('compares integer fields with their text (run ids from templates)', () => {
    const params = {
      ...PARAMS,
      expect: { ...PARAMS.expect, source_run_id: String(RUN_ID), source_workflow: 'release' },
    };
    expect(judgeArchive(metadataZip(), params).code).toBe('METADATA_OK');
  });

  it('fails METADATA_MISMATCH listing every field expected and found', () => {
    const archive = metadataZip(
      metadataJson({ tag: 'v1.1.0', version: '1.1.0', source_workflow: undefined }),
    );
    const params = { ...PARAMS, expect: { ...PARAMS.expect, source_workflow: 'release' } };
    const verdict = judgeArchive(archive, params);
    expect(verdict).toMatchObject({ status: 'fail', code: 'METADATA_MISMATCH' });
    expect(verdict.message).toBe(
      `metadata.json of build run ${RUN_ID} describes another release: tag "v1.2.0" expected, found "v1.1.0"; version "1.2.0" expected, found "1.1.0"; source_workflow "release" expected, found (absent).`,
    );
    expect((verdict.details as { mismatches: unknown[] }).mismatches).toHaveLength(3);
  });

  it('fails BUILD_RUN_NOT_FOUND when there is no build run', () => {
    const lookup: BuildRunLookup = {
      found: false,
      query: { by: 'id', runId: 9 },
      reason: 'workflow run 9 does not exist in acme/plasmite',
    };
    expect(judgeFacts(null, null, lookup)).toMatchObject({ status: 'fail', code: 'BUILD_RUN_NOT_FOUND' });
  });

  it.each([
    ['a fork', { headRepository: 'mallory/plasmite' }, /mallory\/plasmite/],
    ['a failed run', { conclusion: 'failure' }, /concluded 'failure'/],
    ['another workflow', { path: '.github/workflows/ci.yml' }, /ci.yml/],
  ])('never reads metadata from %s (UNTRUSTED_BUILD_RUN)', (_label, run, message) => {
    const archive = metadataZip();
    const verdict = judgeFacts(artifactFor(archive), downloaded(archive), found(goodRun(run)));
    expect(verdict).toMatchObject({ status: 'fail', code: 'UNTRUSTED_BUILD_RUN' });
    expect(verdict.message).toMatch(message);
  });

  it('fails ARTIFACT_MISSING naming the artifact and the run', () => {
    const verdict = judgeFacts(null, null);
    expect(verdict).toMatchObject({ status: 'fail', code: 'ARTIFACT_MISSING' });
    expect(verdict.message).toBe(
      `Build run ${RUN_ID} has no artifact 'release-metadata': the build must upload it (actions/upload-artifact).`,
    );
  });

  it('fails ARTIFACT_EXPIRED from the listing, or when the download says so', () => {
    const archive = metadataZip();
    expect(judgeFacts(artifactFor(archive, { expired: true }), null)).toMatchObject({
      code: 'ARTIFACT_EXPIRED',
      status: 'fail',
    });
    expect(judgeFacts(artifactFor(archive), { outcome: 'expired' })).toMatchObject({
      code: 'ARTIFACT_EXPIRED',
    });
  });

  it('fails ARTIFACT_TOO_LARGE from the listing, or from the bytes received', () => {
    const archive = metadataZip();
    const listed = judgeFacts(artifactFor(archive, { sizeInBytes: 2_000_000 }), null);
    expect(listed).toMatchObject({ code: 'ARTIFACT_TOO_LARGE', status: 'fail' });
    expect(listed.message).toContain('is 2000000 bytes, over max_bytes (1048576)');
    expect(
      judgeFacts(artifactFor(archive), { outcome: 'too_large', bytes: 5_000_000, maxBytes: 1048576 }),
    ).toMatchObject({
      code: 'ARTIFACT_TOO_LARGE',
    });
  });

  it('fails DIGEST_MISMATCH, never a warning', () => {
    const archive = metadataZip();
    const verdict = judgeFacts(artifactFor(archive), {
      outcome: 'digest_mismatch',
      expected: sha256Digest(archive),
      actual: 'sha256:' + '0'.repeat(64),
    });
    expect(verdict).toMatchObject({ status: 'fail', code: 'DIGEST_MISMATCH' });
    expect(verdict.details).toMatchObject({ expected_digest: sha256Digest(archive) });
  });

  it('fails closed (DIGEST_MISSING) on an artifact the API gives no sha256 digest for', () => {
    const archive = metadataZip();
    expect(judgeFacts(artifactFor(archive, { digest: null }), null)).toMatchObject({
      status: 'fail',
      code: 'DIGEST_MISSING',
    });
    expect(judgeFacts(artifactFor(archive, { digest: 'md5:abc' }), null)).toMatchObject({
      status: 'fail',
      code: 'DIGEST_MISSING',
    });
  });

  it('is an error when the artifact was not downloaded for no stated reason', () => {
    expect(judgeFacts(artifactFor(metadataZip()), null)).toMatchObject({ status: 'error' });
  });

  describe('METADATA_INVALID', () => {
    it.each<[string, Buffer, RegExp]>([
      [
        'a zip slip archive',
        metadataZip(metadataJson(), [{ name: '../../evil.sh', data: 'rm -rf /' }]),
        /climbs out/,
      ],
      ['an absolute entry', metadataZip(metadataJson(), [{ name: '/etc/cron.d/x', data: '*' }]), /absolute/],
      ['a Windows path', makeZip([{ name: 'C:\\metadata.json', data: metadataJson() }]), /backslash/],
      ['a truncated archive', metadataZip().subarray(0, 60), /truncated|not a zip/],
      ['a bad CRC', makeZip([{ name: 'metadata.json', data: metadataJson(), crc: 1 }]), /CRC-32/],
      [
        'a zip bomb',
        metadataZip(metadataJson(), [{ name: 'zeros', data: Buffer.alloc(4 * 1024 * 1024) }]),
        /zip bomb/,
      ],
      [
        'no metadata file',
        makeZip([{ name: 'other.json', data: '{}' }]),
        /has no 'metadata.json' \(it holds 'other.json'\)/,
      ],
      ['invalid JSON', metadataZip('{"tag": "v1.2.0",'), /not valid UTF-8 JSON/],
      [
        'invalid UTF-8',
        makeZip([{ name: 'metadata.json', data: Buffer.from([0x22, 0xff, 0x22]) }]),
        /not valid UTF-8 JSON.*encoded data was not valid/,
      ],
      [
        'a missing required field',
        metadataZip(JSON.stringify({ tag: TAG, version: '1.2.0' })),
        /missing required key 'source_sha'/,
      ],
      [
        'a malformed sha',
        metadataZip(metadataJson({ source_sha: 'main' })),
        /source_sha: 'main' does not match/,
      ],
      [
        'a run id with something besides digits',
        metadataZip(metadataJson({ source_run_id: '42abc' })),
        /source_run_id/,
      ],
      ['a run id of zero', metadataZip(metadataJson({ source_run_id: '0' })), /source_run_id/],
      ['an empty run id', metadataZip(metadataJson({ source_run_id: '' })), /source_run_id/],
      ['a negative run id', metadataZip(metadataJson({ source_run_id: -1 })), /source_run_id/],
      ['a run id with a sign', metadataZip(metadataJson({ source_run_id: '+42' })), /source_run_id/],
      ['an array', metadataZip('[]'), /must be an object/],
    ])('refuses %s', (_label, archive, reason) => {
      const verdict = judgeArchive(archive);
      expect(verdict).toMatchObject({ status: 'fail', code: 'METADATA_INVALID' });
      expect(verdict.message).toMatch(reason);
      expect(verdict.message).toMatch(/^Artifact 'release-metadata' of build run 4242 is refused: /);
    });

    it('refuses a metadata file larger than max_bytes', () => {
      const verdict = judgeArchive(metadataZip(metadataJson({ padding: 'x'.repeat(2000) })), {
        ...PARAMS,
        max_bytes: 1000,
      });
      expect(verdict.code).toBe('METADATA_INVALID');
      expect(verdict.message).toMatch(/over max_bytes \(1000\)/);
    });

    it('reads the file from a sub-directory when told to', () => {
      const archive = makeZip([{ name: 'out/metadata.json', data: metadataJson() }]);
      expect(judgeArchive(archive, { ...PARAMS, file: 'out/metadata.json' }).code).toBe('METADATA_OK');
    });
  });

  it('checks the file parameter at validation', () => {
    for (const file of ['../metadata.json', '/metadata.json', 'a\\b.json', 'dir/']) {
      expect(() => releaseMetadataGate.checkParams!({ ...PARAMS, file })).toThrow(GateError);
    }
    expect(() => releaseMetadataGate.checkParams!({ ...PARAMS, file: 'out/metadata.json' })).not.toThrow();
  });

  it('has the documented defaults', () => {
    const params: Record<string, unknown> = {};
    expect(createAjv({ useDefaults: true }).compile(releaseMetadataGate.paramsSchema)(params)).toBe(true);
    expect(params).toEqual({
      workflow: 'release.yml',
      artifact: 'release-metadata',
      file: 'metadata.json',
      expect: { tag: '{tag}', version: '{version}', source_sha: '{sha}' },
      max_bytes: 1048576,
    });
    const validate = createAjv().compile(releaseMetadataGate.paramsSchema);
    expect(validate({ expect: {} })).toBe(false);
    expect(validate({ expect: { source_run_id: 12 } })).toBe(true);
  });
});

describe('compareExpected', () => {
  it('never matches objects, booleans or null by their text', () => {
    expect(
      compareExpected({ a: 'true', b: 'null', c: '[object Object]' }, { a: true, b: null, c: {} }),
    ).toHaveLength(3);
  });
});

describe('schemas/release-metadata.schema.json', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../../schemas/release-metadata.schema.json', import.meta.url), 'utf8'),
  ) as unknown;

  it('is the schema the gate validates with', () => {
    expect(file).toEqual(RELEASE_METADATA_SCHEMA);
  });

  const validate = createAjv().compile(file as Record<string, unknown>);

  it.each([
    ['the minimum', { tag: 'v1', version: '1', source_sha: 'a'.repeat(40) }],
    ['every field', JSON.parse(metadataJson()) as unknown],
    ['a SHA-256 commit', { tag: 'v1', version: '1', source_sha: 'b'.repeat(64) }],
    ['extra fields', { tag: 'v1', version: '1', source_sha: 'a'.repeat(40), built_at: '2026-03-01' }],
  ])('accepts %s', (_label, document) => {
    expect(validate(document)).toBe(true);
  });

  it.each([
    ['no tag', { version: '1', source_sha: 'a'.repeat(40) }],
    ['an empty version', { tag: 'v1', version: '', source_sha: 'a'.repeat(40) }],
    ['an uppercase sha', { tag: 'v1', version: '1', source_sha: 'A'.repeat(40) }],
    ['a short sha', { tag: 'v1', version: '1', source_sha: 'a'.repeat(39) }],
    ['a 41-character sha', { tag: 'v1', version: '1', source_sha: 'a'.repeat(41) }],
    ['run id 0', { tag: 'v1', version: '1', source_sha: 'a'.repeat(40), source_run_id: 0 }],
    ['a fractional run id', { tag: 'v1', version: '1', source_sha: 'a'.repeat(40), source_run_id: 1.5 }],
    ['a numeric tag', { tag: 1, version: '1', source_sha: 'a'.repeat(40) }],
  ])('refuses %s', (_label, document) => {
    expect(validate(document)).toBe(false);
  });
});
