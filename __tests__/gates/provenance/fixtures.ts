// Shared fixtures for the build provenance and release metadata tests: an evaluation
// context, build runs, and a tiny zip writer that can also write broken and hostile archives.
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import type { EvalContext } from '../../../src/model/types.js';
import type { RunArtifact } from '../../../src/facts/artifacts.js';
import type { BuildRunFinding } from '../../../src/facts/build/find.js';
import type { MetadataFacts } from '../../../src/facts/build/metadata.js';
import type { BuildRun, BuildRunLookup } from '../../../src/facts/build/run.js';
import { judgeTrust, type TrustRules } from '../../../src/facts/build/trust.js';

export const TAG = 'v1.2.0';
export const TAG_SHA = 'c0ffee'.padEnd(40, '1');
export const MAIN_SHA = 'badc0de'.padEnd(40, '2');
export const RUN_ID = 4242;

export function context(overrides: Partial<EvalContext> = {}): EvalContext {
  return {
    repository: { owner: 'acme', repo: 'plasmite' },
    ref: `refs/tags/${TAG}`,
    refName: TAG,
    tag: TAG,
    version: '1.2.0',
    sha: TAG_SHA,
    buildRunId: null,
    baseTag: null,
    runId: 999,
    eventPullRequest: null,
    serverUrl: 'https://github.com',
    now: new Date('2026-03-01T12:00:00Z'),
    rehearsal: false,
    expand: (template) => template,
    ...overrides,
  };
}

/** A release build that passes every provenance check against `context()`. */
export function goodRun(overrides: Partial<BuildRun> = {}): BuildRun {
  return {
    id: RUN_ID,
    name: 'release',
    path: '.github/workflows/release.yml',
    workflowId: 7,
    runNumber: 12,
    runAttempt: 1,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    headBranch: TAG,
    headSha: TAG_SHA,
    repository: 'acme/plasmite',
    headRepository: 'acme/plasmite',
    htmlUrl: `https://github.com/acme/plasmite/actions/runs/${RUN_ID}`,
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

export function found(run: BuildRun = goodRun()): BuildRunLookup {
  return { found: true, query: { by: 'search', workflow: 'release.yml', tag: TAG }, run };
}

/** The trust rules of a policy with the defaults, dispatch allowed from main. */
export const TRUST_RULES: TrustRules = {
  workflow: 'release.yml',
  events: ['push', 'workflow_dispatch'],
  dispatchFrom: ['main'],
  metadata: { artifact: 'release-metadata', file: 'metadata.json', maxBytes: 1048576 },
};

/** A found run as findBuildRun returns it, judged by `rules` (with `attestation` for a dispatch). */
export function finding(
  run: BuildRun = goodRun(),
  options: { rules?: Partial<TrustRules>; ctx?: EvalContext; attestation?: MetadataFacts | null } = {},
): BuildRunFinding {
  const rules = { ...TRUST_RULES, ...options.rules };
  const attestation = options.attestation ?? null;
  const lookup = found(run) as Extract<BuildRunLookup, { found: true }>;
  return {
    found: true,
    lookup,
    run,
    rules,
    attestation,
    trust: judgeTrust(run, rules, options.ctx ?? context(), attestation),
  };
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function artifactFor(archive: Buffer, overrides: Partial<RunArtifact> = {}): RunArtifact {
  return {
    id: 555,
    name: 'release-metadata',
    sizeInBytes: archive.length,
    expired: false,
    digest: sha256Digest(archive),
    createdAt: '2026-03-01T10:05:00Z',
    expiresAt: '2026-05-30T10:05:00Z',
    workflowRunId: RUN_ID,
    ...overrides,
  };
}

export function metadataJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    tag: TAG,
    version: '1.2.0',
    source_sha: TAG_SHA,
    source_ref: `refs/tags/${TAG}`,
    source_run_id: RUN_ID,
    source_workflow: 'release',
    ...overrides,
  });
}

export interface TestZipEntry {
  name: string;
  data?: Buffer | string;
  method?: 'store' | 'deflate';
  /** Replaces the true CRC-32 in both headers. */
  crc?: number;
  /** Replaces the true uncompressed size in both headers. */
  declaredSize?: number;
  /** Writes sizes and CRC only in the central directory (flag bit 3), as streaming writers do. */
  dataDescriptor?: boolean;
  /** Made by Unix with this file mode in the external attributes (0o120777 = symlink). */
  unixMode?: number;
  /** General purpose flags to add (1 = encrypted). */
  extraFlags?: number;
  /** Compression method number to write instead of the real one. */
  methodNumber?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string;
}

/** Writes a zip archive. Names are written as given, hostile ones included. */
export function makeZip(
  entries: readonly TestZipEntry[],
  options: { comment?: string; count?: number } = {},
): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? '');
    const deflate = (entry.method ?? 'deflate') === 'deflate';
    const body = deflate ? deflateRawSync(data) : data;
    const method = entry.methodNumber ?? (deflate ? 8 : 0);
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const flags = 0x0800 | (entry.dataDescriptor ? 0x0008 : 0) | (entry.extraFlags ?? 0);
    const name = Buffer.from(entry.name, 'utf8');
    const localName = Buffer.from(entry.localName ?? entry.name, 'utf8');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : crc, 14);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : body.length, 18);
    local.writeUInt32LE(entry.dataDescriptor ? 0 : size, 22);
    local.writeUInt16LE(localName.length, 26);
    const descriptor = Buffer.alloc(entry.dataDescriptor ? 16 : 0);
    if (entry.dataDescriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    parts.push(local, localName, body, descriptor);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(entry.unixMode !== undefined ? (3 << 8) | 20 : 20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(entry.unixMode !== undefined ? (entry.unixMode << 16) >>> 0 : 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + localName.length + body.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.count ?? entries.length, 8);
  end.writeUInt16LE(options.count ?? entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, directory, end, comment]);
}

/** A release-metadata archive holding metadata.json (plus any other entries). */
export function metadataZip(json: string = metadataJson(), more: TestZipEntry[] = []): Buffer {
  return makeZip([{ name: 'metadata.json', data: json }, ...more]);
}
