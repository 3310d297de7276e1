// Plain facts for the release_assets, homebrew_formula and metric_budgets judges: listings of
// release assets or build artifacts, checksum texts, metric documents.
import { createHash } from 'node:crypto';
import type { AssetEntry, AssetListing } from '../../../src/facts/releases.js';
import type { RunArtifact } from '../../../src/facts/artifacts.js';
import type { MetricsDocument } from '../../../src/facts/metrics.js';

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A release asset whose API digest is the sha256 of `content` (or `digest` when given, null for none). */
export function releaseAsset(
  name: string,
  content: string,
  options: { digest?: string | null; id?: number } = {},
): AssetEntry {
  return {
    name,
    size: Buffer.byteLength(content),
    digest: options.digest === undefined ? sha(content) : options.digest,
    expired: false,
    origin: { kind: 'release_asset', id: options.id ?? 1 },
  };
}

export function artifactAsset(
  name: string,
  digest: string | null,
  options: { expired?: boolean } = {},
): AssetEntry {
  const artifact: RunArtifact = {
    id: 77,
    name,
    sizeInBytes: 100,
    expired: options.expired ?? false,
    digest: digest === null ? null : `sha256:${digest}`,
    createdAt: '2026-03-01T00:00:00Z',
    expiresAt: null,
    workflowRunId: 42,
  };
  return {
    name,
    size: 100,
    digest,
    expired: options.expired ?? false,
    origin: { kind: 'artifact', artifact },
  };
}

export function releaseListing(assets: AssetEntry[], where = 'release v1.2.0'): AssetListing {
  return {
    source: 'release',
    where,
    link: { title: 'Release v1.2.0', url: 'https://github.com/acme/plasmite/releases/tag/v1.2.0' },
    absent: null,
    assets: Object.fromEntries(assets.map((asset) => [asset.name, asset])),
  };
}

export function artifactListing(assets: AssetEntry[]): AssetListing {
  return {
    ...releaseListing(assets, 'build run 42'),
    source: 'build_artifacts',
    link: { title: 'Build run 42', url: 'https://github.com/acme/plasmite/actions/runs/42' },
  };
}

export const NO_RELEASE: AssetListing = {
  source: 'release',
  where: 'release v1.2.0',
  link: null,
  absent: "acme/plasmite has no published release for tag 'v1.2.0'",
  assets: {},
};

/** `sha256sum` output for the given name → content pairs. */
export function sha256sums(files: Record<string, string>): string {
  return Object.entries(files)
    .map(([name, content]) => `${sha(content)}  ${name}\n`)
    .join('');
}

export function metricsDocument(label: string, metrics: Record<string, number | number[]>): MetricsDocument {
  return {
    label,
    link: null,
    metrics: new Map(
      Object.entries(metrics).map(([name, value]) => [name, Array.isArray(value) ? value : [value]]),
    ),
  };
}
