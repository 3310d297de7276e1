// homebrew_formula: the tap's formula (or cask) installs exactly this release. Its `version` is
// the release's, it has the release's download url for every platform, the sha256 of each
// url's block is the sha256 of that file in the release (GitHub's digest of the asset, or, for
// an asset without one, the release's checksum files), and no url points into the release at
// a file the release is not checked for, nor carries a placeholder hash.
import { GateError, type EvalContext, type Link, type Repository, type Verdict } from '../model/types.js';
import { rulesFor } from '../facts/build/find.js';
import { readRepoFile, type RepoFile } from '../facts/contents.js';
import {
  DEFAULT_ARCHIVE_MAX_BYTES,
  hashAsset,
  listAssets,
  readAsset,
  type AssetEntry,
  type AssetListing,
} from '../facts/releases.js';
import type { FactStore } from '../facts/store.js';
import {
  checkPlatformsFrom,
  platformsFromSchema,
  readPlatformsFrom,
  type PlatformsFrom,
  type PlatformsRead,
} from '../facts/platforms-from.js';
import { ChecksumParseError, isSha256Hex, parseSha256Sums, parseSidecar } from '../util/checksums.js';
import { FormulaParseError, parseFormula, type FormulaUrl, type ParsedFormula } from '../util/homebrew.js';
import { CHECKSUM_FILE_MAX_BYTES } from './release-assets.js';
import type { GateType } from './types.js';

export interface HomebrewFormulaParams {
  /** 'owner/name' of the tap. */
  repository: string;
  path: string;
  /** Absent: the tap's default branch. */
  ref?: string;
  /** Download url; `{platform}` is replaced by each of `platforms`. */
  url: string;
  platforms?: string[];
  /** The platforms read from a file of the repository instead of `platforms`. */
  platforms_from?: PlatformsFrom;
  /** Listing consulted for an asset GitHub reports no digest for. */
  checksums_file: string;
  /** Where the files the formula points at are: the published release, or the build run's artifacts. */
  source?: 'release' | 'build_artifacts';
  /** Glob of the build artifacts opened to find the files (`source: build_artifacts`). */
  artifacts?: string;
}

export interface HomebrewFacts {
  tap: Repository;
  formula: RepoFile | null;
  release: AssetListing;
  /** Checksum files of the release read for assets without an API digest: name → text. */
  checksumTexts: Record<string, string>;
  /** The platforms read with `platforms_from`; absent with a literal `platforms` list. */
  platformsRead?: PlatformsRead;
}

const PLATFORM = '{platform}';
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

export const homebrewFormulaGate: GateType<HomebrewFormulaParams, HomebrewFacts> = {
  type: 'homebrew_formula',
  // platforms_from: a JMESPath query over a JSON, YAML or TOML file.
  libraries: (params) =>
    JSON.stringify(params ?? {}).includes('"platforms_from"') ? ['jmespath', 'toml'] : [],
  extraPlaceholders: ['platform'],
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['repository', 'path', 'url'],
    properties: {
      repository: {
        description:
          'The tap, OWNER/NAME (templates allowed, e.g. {owner}/homebrew-tap). Read with external_token.',
        type: 'string',
        pattern: '^[^/\\s]+/[^/\\s]+$',
      },
      path: {
        description: 'Path of the formula in the tap, e.g. Formula/plasmite.rb.',
        type: 'string',
        minLength: 1,
      },
      ref: {
        description: "Branch, tag or commit of the tap; the tap's default branch when absent.",
        type: 'string',
        minLength: 1,
      },
      url: {
        description: 'Download url the formula must use; {platform} is replaced by each of platforms.',
        type: 'string',
        minLength: 1,
      },
      platforms: {
        description: 'Values of {platform} in url (or use platforms_from).',
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
      },
      platforms_from: platformsFromSchema,
      checksums_file: {
        description:
          'Checksum listing in the release, read for an asset GitHub reports no digest for (then NAME.sha256).',
        type: 'string',
        minLength: 1,
        default: 'sha256sums.txt',
      },
      source: {
        description:
          "Compare each sha256 with the published release's asset digest (release), or with the hash of that file from the release build run's artifacts, before the release exists (build_artifacts).",
        enum: ['release', 'build_artifacts'],
        default: 'release',
      },
      artifacts: {
        description:
          'Glob (picomatch) of the build artifacts opened to find the files, e.g. "dist-*" (source: build_artifacts). Default: every artifact of the run.',
        type: 'string',
        minLength: 1,
      },
    },
  },
  checkParams(params) {
    if (params.artifacts !== undefined && params.source !== 'build_artifacts')
      throw new GateError(
        'INVALID_PARAMS',
        'artifacts (a glob of build artifacts) needs source: build_artifacts.',
      );
    const templated = params.url.includes(PLATFORM);
    if (params.platforms && params.platforms_from)
      throw new GateError('INVALID_PARAMS', 'give platforms or platforms_from, not both.');
    if (templated && !params.platforms && !params.platforms_from)
      throw new GateError(
        'INVALID_PARAMS',
        `url uses {platform} but there is no platforms (or platforms_from) list.`,
      );
    if (!templated && (params.platforms || params.platforms_from))
      throw new GateError(
        'INVALID_PARAMS',
        `${params.platforms ? 'platforms' : 'platforms_from'} is given but url has no {platform} to put them in.`,
      );
    if (params.platforms_from) checkPlatformsFrom(params.platforms_from, 'platforms_from');
  },
  async collect(params, ctx, facts) {
    const match = REPOSITORY.exec(params.repository);
    if (!match) throw new GateError('INVALID_PARAMS', `repository '${params.repository}' is not OWNER/NAME.`);
    const tap = { owner: match[1]!, repo: match[2]! };
    const platformsRead = params.platforms_from
      ? await readPlatformsFrom(facts, ctx, params.platforms_from)
      : undefined;
    const names = expectedUrls(withPlatforms(params, platformsRead)).map((entry) => assetNameOf(entry.url));
    const [formula, release] = await Promise.all([
      facts.memo(`repo-file:${tap.owner}/${tap.repo}:${params.path}@${params.ref ?? ''}`, () =>
        readRepoFile(facts.externalGithub, tap, params.path, params.ref),
      ),
      params.source === 'build_artifacts'
        ? buildFiles(facts, ctx, names, params.artifacts)
        : listAssets(facts, ctx, { source: 'release', workflow: '', names }),
    ]);
    const checksumTexts = await readChecksumsForUndigested(
      facts,
      ctx.repository,
      release,
      names,
      params.checksums_file,
    );
    return { tap, formula, release, checksumTexts, ...(platformsRead ? { platformsRead } : {}) };
  },
  judge: judgeHomebrewFormula,
};

/**
 * The files the formula points at, from the build run's artifacts, each with the sha256 of its
 * bytes as its digest (hashed from the digest-verified artifact), so the judge compares the
 * formula with what the build produced exactly as with a release's digests.
 */
async function buildFiles(
  facts: FactStore,
  ctx: EvalContext,
  names: string[],
  artifacts: string | undefined,
): Promise<AssetListing> {
  const listing = await listAssets(facts, ctx, {
    source: 'build_artifacts',
    workflow: rulesFor(ctx).workflow,
    names,
    artifacts,
    maxArchiveBytes: DEFAULT_ARCHIVE_MAX_BYTES,
  });
  if (listing.absent) return listing;
  const hashed = await Promise.all(
    Object.values(listing.assets).map(async (asset): Promise<AssetEntry> => {
      if (asset.expired || asset.alsoIn?.length) return { ...asset, digest: null };
      return { ...asset, digest: await hashAsset(facts, ctx.repository, asset, DEFAULT_ARCHIVE_MAX_BYTES) };
    }),
  );
  return { ...listing, assets: Object.fromEntries(hashed.map((asset) => [asset.name, asset])) };
}

/** Release assets GitHub gives no digest for are looked up in the release's checksum files. */
async function readChecksumsForUndigested(
  facts: FactStore,
  repo: Repository,
  release: AssetListing,
  names: string[],
  listingFile: string,
): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  const undigested = names.filter((name) => release.assets[name] && !release.assets[name]!.digest);
  if (release.absent || undigested.length === 0) return texts;
  const wanted = release.assets[listingFile]
    ? [listingFile]
    : undigested.map((name) => `${name}.sha256`).filter((file) => release.assets[file]);
  await Promise.all(
    wanted.map(async (file) => {
      texts[file] = (await readAsset(facts, repo, release.assets[file]!, CHECKSUM_FILE_MAX_BYTES)).toString(
        'utf8',
      );
    }),
  );
  return texts;
}

export interface ExpectedUrl {
  platform: string | null;
  url: string;
}

/** The params with `platforms` read from the repository when the policy gives `platforms_from`. */
function withPlatforms<P extends Pick<HomebrewFormulaParams, 'platforms'>>(
  params: P,
  read: PlatformsRead | undefined,
): P {
  return read ? { ...params, platforms: read.platforms } : params;
}

export function expectedUrls(params: Pick<HomebrewFormulaParams, 'url' | 'platforms'>): ExpectedUrl[] {
  return params.platforms
    ? params.platforms.map((platform) => ({ platform, url: params.url.replaceAll(PLATFORM, platform) }))
    : [{ platform: null, url: params.url }];
}

/** The release asset a download url names: its last path segment, percent-decoded. */
export function assetNameOf(url: string): string {
  const path = url.split(/[?#]/)[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

interface Problem {
  code:
    | 'FORMULA_VERSION_MISMATCH'
    | 'FORMULA_URL_MISMATCH'
    | 'FORMULA_STRAY_URL'
    | 'ASSET_MISSING'
    | 'CHECKSUM_MALFORMED'
    | 'FORMULA_SHA_MISMATCH';
  text: string;
}

/** Codes in the order a person should fix them: the first problem's code is the gate's. */
const PROBLEM_ORDER: Problem['code'][] = [
  'FORMULA_VERSION_MISMATCH',
  'FORMULA_URL_MISMATCH',
  'FORMULA_STRAY_URL',
  'ASSET_MISSING',
  'CHECKSUM_MALFORMED',
  'FORMULA_SHA_MISMATCH',
];

export function judgeHomebrewFormula(
  params: HomebrewFormulaParams,
  facts: HomebrewFacts,
  ctx: EvalContext,
): Verdict {
  const tapName = `${facts.tap.owner}/${facts.tap.repo}`;
  const at = params.ref ?? 'its default branch';
  const where = `${tapName}:${params.path} at ${at}`;
  const links: Link[] = [
    {
      title: `Formula ${params.path}`,
      url: `${ctx.serverUrl}/${tapName}/blob/${encodeURI(params.ref ?? 'HEAD')}/${encodeURI(params.path)}`,
    },
  ];
  if (facts.release.link) links.push(facts.release.link);
  const details: Record<string, unknown> = {
    repository: tapName,
    path: params.path,
    ref: params.ref ?? null,
    version: ctx.version,
  };
  if (facts.platformsRead) details.platforms_from = facts.platformsRead;
  const expectedList = expectedUrls(withPlatforms(params, facts.platformsRead));

  if (!facts.formula) {
    return {
      status: 'fail',
      code: 'FORMULA_MISSING',
      message: `${tapName} has no ${/(^|\/)Casks\//.test(params.path) ? 'cask' : 'formula'} '${params.path}' at ${at}.`,
      details,
      links,
    };
  }
  details.blob_sha = facts.formula.sha;
  let formula: ParsedFormula;
  try {
    formula = parseFormula(facts.formula.text);
  } catch (error) {
    if (!(error instanceof FormulaParseError)) throw error;
    return {
      status: 'error',
      code: error.code,
      message: `Cannot read ${where}: ${error.message}.`,
      details: { ...details, line: error.line },
      links,
    };
  }
  details.formula = {
    kind: formula.kind,
    versions: formula.versions.map((v) => ({ value: v.value, line: v.line })),
    urls: formula.urls.map((u) => ({ url: u.url, line: u.line, sha256: u.sha256 })),
  };

  const problems: Problem[] = [];
  const wrongVersions = formula.versions.filter((v) => v.value !== ctx.version);
  if (formula.versions.length === 0) {
    problems.push({
      code: 'FORMULA_VERSION_MISMATCH',
      text: `it declares no version (add version "${ctx.version}")`,
    });
  } else if (wrongVersions.length) {
    problems.push({
      code: 'FORMULA_VERSION_MISMATCH',
      text: wrongVersions
        .map((v) => `version "${v.value}" on line ${v.line}, expected "${ctx.version}"`)
        .join('; '),
    });
  }

  problems.push(...strayUrlProblems(formula, expectedList, params.url, facts.release));

  const checks: Record<string, unknown>[] = [];
  let unverifiable: string[] = [];
  for (const expected of expectedList) {
    const label = expected.platform ?? 'url';
    const found = formula.urls.filter((u) => u.url === expected.url);
    const check: Record<string, unknown> = {
      platform: expected.platform,
      url: expected.url,
      lines: found.map((u) => u.line),
    };
    checks.push(check);
    if (found.length === 0) {
      problems.push({ code: 'FORMULA_URL_MISMATCH', text: `${label}: no url "${expected.url}"` });
      continue;
    }
    const release = releaseSha(facts, assetNameOf(expected.url));
    check.release_sha256 = release.kind === 'known' ? release.sha256 : null;
    if (release.kind === 'missing') {
      problems.push({ code: 'ASSET_MISSING', text: `${label}: ${release.reason}` });
      continue;
    }
    if (release.kind === 'malformed') {
      problems.push({ code: 'CHECKSUM_MALFORMED', text: `${label}: ${release.reason}` });
      continue;
    }
    if (release.kind === 'unknown') {
      unverifiable = [...unverifiable, `${label}: ${release.reason}`];
      continue;
    }
    for (const entry of found) {
      const problem = shaProblem(entry, release.sha256);
      if (problem) problems.push({ code: 'FORMULA_SHA_MISMATCH', text: `${label}: ${problem}` });
    }
  }
  details.checks = checks;

  if (problems.length) {
    problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.code) - PROBLEM_ORDER.indexOf(b.code));
    details.problems = problems;
    return {
      status: 'fail',
      code: problems[0]!.code,
      message: `${where} does not match ${ctx.tag ?? ctx.version}: ${problems.map((p) => p.text).join('; ')}.`,
      details,
      links,
    };
  }
  if (unverifiable.length) {
    return {
      status: 'error',
      code: 'ASSET_DIGEST_MISSING',
      message: `Cannot verify the sha256 in ${where}: ${unverifiable.join('; ')}.`,
      details,
      links,
    };
  }
  const count = expectedList.length;
  return {
    status: 'pass',
    code: 'FORMULA_ALIGNED',
    message: `${where} installs ${ctx.version}: ${count === 1 ? 'its url and sha256 match' : `all ${count} platform urls and sha256s match`} the release.`,
    details,
    links,
  };
}

function shaProblem(entry: FormulaUrl, releaseSha256: string): string | null {
  if (entry.sha256 === null) return `url on line ${entry.line} has no sha256 in its block`;
  // Not a sha256 at all (a placeholder, upper case): a FORMULA_STRAY_URL problem already.
  if (!isSha256Hex(entry.sha256)) return null;
  if (entry.sha256 !== releaseSha256)
    return `sha256 "${entry.sha256}" on line ${entry.sha256Line}, but the release file's is ${releaseSha256}`;
  return null;
}

/**
 * Urls that point into this release's downloads (the directory of the expected urls) at a file
 * the policy does not check, and sha256s that are not 64 lower-case hex digits: either breaks
 * `brew install` on that platform while the checked ones pass.
 */
function strayUrlProblems(
  formula: ParsedFormula,
  expected: readonly ExpectedUrl[],
  template: string,
  release: AssetListing,
): Problem[] {
  const expectedUrls = new Set(expected.map((entry) => entry.url));
  const directories = [
    ...new Set(expected.map((entry) => entry.url.slice(0, entry.url.lastIndexOf('/') + 1))),
  ].filter((directory) => directory !== '');
  const platformOf = platformReader(template);
  const problems: Problem[] = [];
  for (const entry of formula.urls) {
    const platform = expected.find((e) => e.url === entry.url)?.platform ?? platformOf(entry.url);
    const reasons: string[] = [];
    if (!expectedUrls.has(entry.url) && directories.some((directory) => entry.url.startsWith(directory))) {
      const name = assetNameOf(entry.url);
      const known = release.absent ? null : Boolean(release.assets[name]);
      const checked = expected.some((e) => e.platform !== null)
        ? `${platform ? `platform ${platform} is` : 'it is'} not among the platforms checked (${expected.map((e) => e.platform).join(', ')})`
        : 'it is not the url checked';
      reasons.push(
        `url "${entry.url}" on line ${entry.line} points into this release's downloads, but ${checked}` +
          (known === false
            ? ` and ${release.where} has no '${name}'`
            : known
              ? `; ${release.where} has '${name}': add it to the policy or remove the url`
              : ''),
      );
    }
    if (entry.sha256 !== null && !isSha256Hex(entry.sha256)) {
      const upper = /^[0-9a-fA-F]{64}$/.test(entry.sha256);
      reasons.push(
        `sha256 "${entry.sha256}" on line ${entry.sha256Line} is not 64 lower-case hex digits${upper ? ' (upper case; brew audit wants lower case)' : ' (a placeholder?)'}`,
      );
    }
    if (reasons.length)
      problems.push({ code: 'FORMULA_STRAY_URL', text: `${platform ?? 'url'}: ${reasons.join('; ')}` });
  }
  return problems;
}

/** Reads the `{platform}` value back out of a url built from the template, when it was. */
function platformReader(template: string): (url: string) => string | null {
  if (!template.includes(PLATFORM)) return () => null;
  const pattern = new RegExp(
    `^${template
      .split(PLATFORM)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('([^/?#]+?)')}$`,
  );
  return (url) => pattern.exec(url)?.[1] ?? null;
}

type ReleaseSha =
  | { kind: 'known'; sha256: string }
  | { kind: 'missing'; reason: string }
  | { kind: 'malformed'; reason: string }
  | { kind: 'unknown'; reason: string };

/** What the release says the sha256 of `name` is: GitHub's digest, else its checksum files. */
function releaseSha(facts: HomebrewFacts, name: string): ReleaseSha {
  const { release } = facts;
  if (release.absent)
    return { kind: 'missing', reason: `the url points at '${name}', but ${release.absent}` };
  const asset = release.assets[name];
  if (!asset)
    return { kind: 'missing', reason: `the url points at '${name}', which ${release.where} does not have` };
  if (asset.digest) return { kind: 'known', sha256: asset.digest };
  try {
    for (const [file, text] of Object.entries(facts.checksumTexts)) {
      const entry = file.endsWith('.sha256')
        ? file === `${name}.sha256`
          ? parseSidecar(text, file, name)
          : undefined
        : parseSha256Sums(text, file).get(name);
      if (entry) return { kind: 'known', sha256: entry.sha256 };
    }
  } catch (error) {
    if (error instanceof ChecksumParseError)
      return { kind: 'malformed', reason: `${release.where}'s ${error.message}` };
    throw error;
  }
  return {
    kind: 'unknown',
    reason: `GitHub reports no digest for '${name}' and no checksum file of ${release.where} lists it`,
  };
}
