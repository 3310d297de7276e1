// release_assets: the naming and integrity contract of a release's files. Every required file
// is there (names from templates × platform lists), every one has a sha256 in the release's
// checksum files, and that sha256 is the one of the bytes actually published: GitHub's own
// digest of them (`verify: digest`), or a hash of a download (`verify: download`).
//
// Build artifacts (`source: build_artifacts`, before publishing) are an artifact per file, or
// files inside the build's artifacts (plasmite's `dist-<target>` zips, limited by the
// `artifacts` glob). An artifact uploaded unzipped (`archive: false`) has the file's own digest
// and is checked like a release asset; otherwise the artifact's digest covers the zip, so the
// file is read from the verified zip and hashed. Publishers often compute checksums after
// download, so there (only there) `checksums: none` accepts the hashes alone; every file hashed
// or matched is reported as a verified subject.
import { GateError, type EvalContext, type Link, type Verdict } from '../model/types.js';
import { hashAsset, listAssets, readAsset, type AssetEntry, type AssetListing } from '../facts/releases.js';
import type { FactStore } from '../facts/store.js';
import {
  checkPlatformsFrom,
  platformsFromSchema,
  readPlatformsFrom,
  type PlatformsFrom,
  type PlatformsRead,
} from '../facts/platforms-from.js';
import { ChecksumParseError, parseSha256Sums, parseSidecar } from '../util/checksums.js';
import { defineGate } from './types.js';

export interface RequiredAsset {
  /** File name; `{platform}` is replaced by each entry of `platform`. */
  name: string;
  platform?: string[];
  /** The platform list read from a file of the repository instead of `platform`. */
  platforms_from?: PlatformsFrom;
}

export interface ReleaseAssetsParams {
  source: 'release' | 'build_artifacts';
  required: RequiredAsset[];
  checksums: 'sha256sums' | 'sidecar' | 'none';
  /** The listing file with `checksums: sha256sums`. */
  checksums_file: string;
  verify: 'digest' | 'download';
  /** Build workflow searched for the build run (`source: build_artifacts`). */
  workflow: string;
  /** Glob of the build artifacts opened to find files inside them (`source: build_artifacts`). */
  artifacts?: string;
  max_download_bytes: number;
}

export interface ReleaseAssetsFacts {
  listing: AssetListing;
  /** Checksum file name → its text; absent from the listing → not a key. */
  checksumTexts: Record<string, string>;
  /** sha256 hex of the assets that were downloaded and hashed, by name. */
  downloaded: Record<string, string>;
  /**
   * `required` with each `platforms_from` read into a `platform` list; absent when the policy
   * gives literal lists only.
   */
  required?: RequiredAsset[];
  /** What each `platforms_from` read, in `required` order. */
  platformsRead?: PlatformsRead[];
}

/** Checksum files are a few lines per asset; anything bigger is not one. */
export const CHECKSUM_FILE_MAX_BYTES = 1024 * 1024;

const PLATFORM = '{platform}';

export const releaseAssetsGate = defineGate<ReleaseAssetsParams, ReleaseAssetsFacts>({
  type: 'release_assets',
  // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
  libraries: (params) =>
    JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
  extraPlaceholders: ['platform'],
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['required'],
    properties: {
      source: {
        description:
          'Where the files are: the GitHub release of the tag, or the artifacts of the release build run (an artifact named like the file, or the file inside an artifact).',
        enum: ['release', 'build_artifacts'],
        default: 'release',
      },
      required: {
        description:
          'Files the release must have. `{platform}` in a name is replaced by each entry of its `platform` list.',
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: {
              description: 'File name, e.g. plasmite_{version}_{platform}.tar.gz.',
              type: 'string',
              minLength: 1,
            },
            platform: {
              description:
                'Values of `{platform}`, e.g. [linux_amd64, darwin_arm64] (or use platforms_from).',
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: { type: 'string', pattern: '^[^/\\\\{}\\s]+$' },
            },
            platforms_from: platformsFromSchema,
          },
        },
      },
      checksums: {
        description:
          'sha256sums: one file listing every required file; sidecar: a NAME.sha256 file beside each; none (source: build_artifacts only): no checksum file, each file is hashed.',
        enum: ['sha256sums', 'sidecar', 'none'],
        default: 'sha256sums',
      },
      checksums_file: {
        description: 'Name of the listing file with `checksums: sha256sums`.',
        type: 'string',
        minLength: 1,
        default: 'sha256sums.txt',
      },
      verify: {
        description:
          "digest: compare with GitHub's sha256 digest of each file (no download); download: download and hash each file.",
        enum: ['digest', 'download'],
        default: 'digest',
      },
      workflow: {
        description:
          'Build workflow file searched for the build run when build_run_id is not given (source: build_artifacts).',
        type: 'string',
        minLength: 1,
        default: 'release.yml',
      },
      artifacts: {
        description:
          'Glob (picomatch) of the build artifacts opened to find required files inside them, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
        type: 'string',
        minLength: 1,
      },
      max_download_bytes: {
        description: 'Largest file downloaded for hashing.',
        type: 'integer',
        minimum: 1,
        default: 2147483648,
      },
    },
  },
  checkParams(params) {
    for (const [index, entry] of params.required.entries()) {
      const templated = entry.name.includes(PLATFORM);
      if (entry.platform && entry.platforms_from) {
        throw new GateError(
          'INVALID_PARAMS',
          `required name '${entry.name}' has both platform and platforms_from; give one.`,
        );
      }
      if (templated && !entry.platform && !entry.platforms_from) {
        throw new GateError(
          'INVALID_PARAMS',
          `required name '${entry.name}' uses {platform} but has no platform list (platform or platforms_from).`,
        );
      }
      if (!templated && (entry.platform || entry.platforms_from)) {
        throw new GateError(
          'INVALID_PARAMS',
          `required name '${entry.name}' has a platform list but no {platform} to put it in.`,
        );
      }
      if (entry.platforms_from) checkPlatformsFrom(entry.platforms_from, `required[${index}].platforms_from`);
      if (entry.name.includes('/'))
        throw new GateError(
          'INVALID_PARAMS',
          `required name '${entry.name}' has a '/'; release file names have none.`,
        );
    }
    if (params.checksums === 'none' && params.source !== 'build_artifacts') {
      throw new GateError(
        'INVALID_PARAMS',
        'checksums: none is accepted only with source: build_artifacts; a published release must carry its checksums.',
      );
    }
    if (params.artifacts !== undefined && params.source !== 'build_artifacts') {
      throw new GateError(
        'INVALID_PARAMS',
        'artifacts (a glob of build artifacts) needs source: build_artifacts.',
      );
    }
    if (params.checksums_file.includes('/') || params.checksums_file.includes(PLATFORM)) {
      throw new GateError(
        'INVALID_PARAMS',
        `checksums_file '${params.checksums_file}' must be a plain file name (no '/', no {platform}).`,
      );
    }
  },
  async collect(params, ctx, facts) {
    const read = await readRequiredPlatforms(params.required, ctx, facts);
    if (!read) return collectReleaseAssets(params, ctx, facts);
    const resolved = { ...params, required: read.required };
    return { ...(await collectReleaseAssets(resolved, ctx, facts)), ...read };
  },
  judge: judgeReleaseAssets,
});

/** Each `platforms_from` of `required` read into a `platform` list; null when there is none. */
export async function readRequiredPlatforms(
  required: readonly RequiredAsset[],
  ctx: EvalContext,
  facts: FactStore,
): Promise<{ required: RequiredAsset[]; platformsRead: PlatformsRead[] } | null> {
  if (!required.some((entry) => entry.platforms_from)) return null;
  const reads = await Promise.all(
    required.map((entry) =>
      entry.platforms_from ? readPlatformsFrom(facts, ctx, entry.platforms_from) : null,
    ),
  );
  return {
    required: required.map((entry, i) => {
      const read = reads[i];
      return read ? { name: entry.name, platform: read.platforms } : entry;
    }),
    platformsRead: reads.filter((read): read is PlatformsRead => read !== null),
  };
}

/** The required file names, in policy order, each once. */
export function requiredAssetNames(required: readonly RequiredAsset[]): string[] {
  const names = required.flatMap((entry) =>
    entry.platform ? entry.platform.map((p) => entry.name.replaceAll(PLATFORM, p)) : [entry.name],
  );
  return [...new Set(names)];
}

/** The checksum files the policy's layout needs. */
export function checksumFileNames(
  params: Pick<ReleaseAssetsParams, 'checksums' | 'checksums_file'>,
  names: readonly string[],
): string[] {
  if (params.checksums === 'none') return [];
  return params.checksums === 'sha256sums' ? [params.checksums_file] : names.map((name) => `${name}.sha256`);
}

export interface ExpectedChecksum {
  sha256: string;
  /** 'sha256sums.txt line 3' */
  from: string;
}

export type ChecksumExpectations =
  | { kind: 'ok'; expected: Map<string, ExpectedChecksum>; missingFiles: string[]; unlisted: string[] }
  | { kind: 'malformed'; error: ChecksumParseError };

/** What the checksum files say each required file's sha256 is. Pure. */
export function expectedChecksums(
  params: Pick<ReleaseAssetsParams, 'checksums' | 'checksums_file'>,
  names: readonly string[],
  texts: Readonly<Record<string, string>>,
): ChecksumExpectations {
  const expected = new Map<string, ExpectedChecksum>();
  const missingFiles: string[] = [];
  const unlisted: string[] = [];
  try {
    if (params.checksums === 'sha256sums') {
      const file = params.checksums_file;
      const text = texts[file];
      if (text === undefined) return { kind: 'ok', expected, missingFiles: [file], unlisted: [] };
      const entries = parseSha256Sums(text, file);
      for (const name of names) {
        const entry = entries.get(name);
        if (entry) expected.set(name, { sha256: entry.sha256, from: `${file} line ${entry.line}` });
        else unlisted.push(name);
      }
    } else {
      for (const name of names) {
        const file = `${name}.sha256`;
        const text = texts[file];
        if (text === undefined) {
          missingFiles.push(file);
          continue;
        }
        const entry = parseSidecar(text, file, name);
        expected.set(name, { sha256: entry.sha256, from: file });
      }
    }
  } catch (error) {
    if (error instanceof ChecksumParseError) return { kind: 'malformed', error };
    throw error;
  }
  return { kind: 'ok', expected, missingFiles, unlisted };
}

async function collectReleaseAssets(
  params: ReleaseAssetsParams,
  ctx: EvalContext,
  facts: FactStore,
): Promise<ReleaseAssetsFacts> {
  const repo = ctx.repository;
  const names = requiredAssetNames(params.required);
  const checksumNames = checksumFileNames(params, names);
  const listing = await listAssets(facts, ctx, {
    source: params.source,
    workflow: params.workflow,
    names: [...names, ...checksumNames],
    artifacts: params.artifacts,
    maxArchiveBytes: params.max_download_bytes,
  });
  const checksumTexts: Record<string, string> = {};
  const downloaded: Record<string, string> = {};
  if (listing.absent) return { listing, checksumTexts, downloaded };

  const readable = (name: string): AssetEntry | null => {
    const asset = listing.assets[name];
    return asset && !asset.expired ? asset : null;
  };
  await Promise.all(
    checksumNames.map(async (name) => {
      const asset = readable(name);
      if (asset)
        checksumTexts[name] = (await readAsset(facts, repo, asset, CHECKSUM_FILE_MAX_BYTES)).toString('utf8');
    }),
  );
  const expectations = expectedChecksums(params, names, checksumTexts);
  if (expectations.kind === 'malformed') return { listing, checksumTexts, downloaded };
  // Download only what the judge will compare: a file with an expected checksum whose API
  // digest does not settle it (verify: download, or a zipped build artifact).
  const toHash = names.filter((name) => {
    const asset = readable(name);
    if (!asset) return false;
    if (params.checksums === 'none') return true;
    const expected = expectations.expected.get(name);
    if (!expected) return false;
    if (params.verify === 'download') return true;
    return asset.origin.kind !== 'release_asset' && asset.digest !== expected.sha256;
  });
  await Promise.all(
    toHash.map(async (name) => {
      downloaded[name] = await hashAsset(facts, repo, readable(name)!, params.max_download_bytes);
    }),
  );
  return { listing, checksumTexts, downloaded };
}

export interface AssetMismatch {
  name: string;
  expected: string;
  actual: string;
  /** Where `expected` came from ('sha256sums.txt line 3'). */
  expected_from: string;
  /** How `actual` was learned: GitHub's digest, or a download. */
  actual_from: 'api_digest' | 'download';
}

export function judgeReleaseAssets(params: ReleaseAssetsParams, facts: ReleaseAssetsFacts): Verdict {
  const { listing } = facts;
  const names = requiredAssetNames(facts.required ?? params.required);
  const links: Link[] = listing.link ? [listing.link] : [];
  const details: Record<string, unknown> = {
    source: params.source,
    where: listing.where,
    required: names,
    checksums: params.checksums,
    verify: params.verify,
  };
  if (facts.platformsRead) details.platforms_from = facts.platformsRead;
  const platformSource = facts.platformsRead
    ? ` (platforms from ${facts.platformsRead.map((read) => `${read.file} at ${read.sha.slice(0, 7)}`).join(', ')})`
    : '';

  if (listing.absent) {
    const hint =
      params.source === 'release'
        ? ' Publish the release first, or check the files before publishing with source: build_artifacts.'
        : '';
    return {
      status: 'fail',
      code: 'ASSET_MISSING',
      message: `None of the ${names.length} required files can be found: ${listing.absent}.${hint}`,
      details: { ...details, missing: names },
      links,
    };
  }

  const missing = names.filter((name) => !listing.assets[name]);
  const expired = names.filter((name) => listing.assets[name]?.expired);
  if (missing.length || expired.length) {
    const listed = [...missing, ...expired.map((name) => `${name} (expired)`)];
    return {
      status: 'fail',
      code: 'ASSET_MISSING',
      message: `${listed.length} of ${names.length} required files missing from ${listing.where}: ${listed.join(', ')}${platformSource}.`,
      details: { ...details, missing, expired, available: Object.keys(listing.assets).slice(0, 200) },
      links,
    };
  }

  const ambiguous = names.filter((name) => listing.assets[name]?.alsoIn?.length);
  if (ambiguous.length) {
    const listed = ambiguous.map((name) => {
      const asset = listing.assets[name]!;
      const first = asset.origin.kind === 'release_asset' ? '' : asset.origin.artifact.name;
      return `${name} (in ${[first, ...asset.alsoIn!].join(', ')})`;
    });
    return {
      status: 'fail',
      code: 'ASSET_AMBIGUOUS',
      message: `${ambiguous.length} required file${ambiguous.length > 1 ? 's are' : ' is'} in more than one artifact of ${listing.where}, so which one is released is not known: ${listed.join('; ')}. Narrow the artifacts glob.`,
      details: { ...details, ambiguous },
      links,
    };
  }
  if (params.checksums === 'none') return judgeHashesAlone(names, facts, details, links);

  const expectations = expectedChecksums(params, names, facts.checksumTexts);
  if (expectations.kind === 'malformed') {
    const { error } = expectations;
    return {
      status: 'fail',
      code: 'CHECKSUM_MALFORMED',
      message: `Malformed checksum file in ${listing.where}: ${error.message}.`,
      details: { ...details, file: error.file, line: error.line, reason: error.reason },
      links,
    };
  }
  const expiredChecksums = checksumFileNames(params, names).filter((name) => listing.assets[name]?.expired);
  const missingFiles = [
    ...expectations.missingFiles.filter((f) => !expiredChecksums.includes(f)),
    ...expiredChecksums.map((f) => `${f} (expired)`),
  ];
  if (missingFiles.length || expectations.unlisted.length) {
    const parts: string[] = [];
    if (missingFiles.length) parts.push(`${listing.where} has no ${missingFiles.join(', ')}`);
    if (expectations.unlisted.length)
      parts.push(`${params.checksums_file} does not list ${expectations.unlisted.join(', ')}`);
    const want =
      params.checksums === 'sha256sums'
        ? `${params.checksums_file} must list every required file`
        : 'each required file needs a NAME.sha256 sidecar';
    return {
      status: 'fail',
      code: 'CHECKSUM_MISSING',
      message: `Missing checksums: ${parts.join('; ')} (${want}).`,
      details: { ...details, missing_files: missingFiles, unlisted: expectations.unlisted },
      links,
    };
  }

  const mismatches: AssetMismatch[] = [];
  const noDigest: string[] = [];
  const notHashed: string[] = [];
  const verified: { name: string; sha256: string; via: string }[] = [];
  for (const name of names) {
    const asset = listing.assets[name]!;
    const expected = expectations.expected.get(name)!;
    const actual = actualChecksum(params, asset, expected.sha256, facts.downloaded[name]);
    if (actual.kind === 'no_digest') noDigest.push(name);
    else if (actual.kind === 'not_hashed') notHashed.push(name);
    else if (actual.sha256 !== expected.sha256) {
      mismatches.push({
        name,
        expected: expected.sha256,
        actual: actual.sha256,
        expected_from: expected.from,
        actual_from: actual.from,
      });
    } else verified.push({ name, sha256: actual.sha256, via: actual.from });
  }
  Object.assign(details, { verified, mismatches, no_digest: noDigest });

  if (mismatches.length) {
    const listed = mismatches.map(
      (m) =>
        `${m.name}: ${m.expected_from} says ${m.expected}, ${m.actual_from === 'download' ? 'the downloaded file hashes to' : "GitHub's digest is"} ${m.actual}`,
    );
    return {
      status: 'fail',
      code: 'CHECKSUM_MISMATCH',
      message: `${mismatches.length} file${mismatches.length > 1 ? 's do' : ' does'} not match the published checksum: ${listed.join('; ')}.`,
      details,
      links,
    };
  }
  if (noDigest.length || notHashed.length) {
    const parts = [
      ...(noDigest.length
        ? [
            `GitHub reports no sha256 digest for ${noDigest.join(', ')} (uploaded before digests existed?): set verify: download to hash the files instead`,
          ]
        : []),
      ...(notHashed.length ? [`${notHashed.join(', ')} could not be hashed`] : []),
    ];
    return {
      status: 'error',
      code: 'ASSET_DIGEST_MISSING',
      message: `Cannot verify ${[...noDigest, ...notHashed].length} file(s) in ${listing.where}: ${parts.join('; ')}.`,
      details: { ...details, not_hashed: notHashed },
      links,
    };
  }
  const how = params.verify === 'download' ? 'hashed after download' : "checked against GitHub's digests";
  return {
    status: 'pass',
    code: 'ASSETS_OK',
    message: `All ${names.length} required files are in ${listing.where} and match ${params.checksums === 'sha256sums' ? params.checksums_file : 'their .sha256 sidecars'} (${how}).`,
    details,
    links,
    verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
  };
}

/** `checksums: none`: every required file is there and was hashed from the verified build artifact. */
function judgeHashesAlone(
  names: readonly string[],
  facts: ReleaseAssetsFacts,
  details: Record<string, unknown>,
  links: Link[],
): Verdict {
  const notHashed = names.filter((name) => !facts.downloaded[name]);
  const verified = names
    .filter((name) => facts.downloaded[name])
    .map((name) => ({ name, sha256: facts.downloaded[name]!, via: 'download' }));
  Object.assign(details, { verified, not_hashed: notHashed });
  if (notHashed.length) {
    return {
      status: 'error',
      code: 'ASSET_DIGEST_MISSING',
      message: `Cannot verify ${notHashed.length} file(s) in ${facts.listing.where}: ${notHashed.join(', ')} could not be hashed.`,
      details,
      links,
    };
  }
  return {
    status: 'pass',
    code: 'ASSETS_OK',
    message: `All ${names.length} required files are in ${facts.listing.where}, hashed from the digest-verified artifacts (checksums: none).`,
    details,
    links,
    verifiedSubjects: verified.map(({ name, sha256 }) => ({ name, sha256 })),
  };
}

type ActualChecksum =
  | { kind: 'known'; sha256: string; from: 'api_digest' | 'download' }
  | { kind: 'no_digest' }
  | { kind: 'not_hashed' };

/** The sha256 the published bytes really have, as far as the facts tell. */
function actualChecksum(
  params: ReleaseAssetsParams,
  asset: AssetEntry,
  expected: string,
  downloaded: string | undefined,
): ActualChecksum {
  if (params.verify === 'download')
    return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
  if (asset.origin.kind === 'release_asset')
    return asset.digest ? { kind: 'known', sha256: asset.digest, from: 'api_digest' } : { kind: 'no_digest' };
  // A build artifact: its digest is the file's own when uploaded unzipped; otherwise the
  // downloaded, digest-verified zip's file was hashed.
  if (asset.digest === expected) return { kind: 'known', sha256: asset.digest, from: 'api_digest' };
  return downloaded ? { kind: 'known', sha256: downloaded, from: 'download' } : { kind: 'not_hashed' };
}
