// An emulator scenario of a plasmite-style release, shared by the facts tests and the
// integration tests of release_assets, homebrew_formula and metric_budgets: tags v1.0.0 …
// v1.2.0, the v1.2.0 release with its files, checksums and sidecars, release build runs with
// one artifact per file and a `bench` artifact, and the homebrew tap.
import { createHash } from 'node:crypto';
import {
  shaOf,
  type ArtifactSpec,
  type ReleaseAssetSpec,
  type RunSpec,
  type Scenario,
} from '../../../test/emulator/index.js';

export const OWNER = 'acme';
export const REPO = 'plasmite';
export const TAG = 'v1.2.0';
export const VERSION = '1.2.0';
export const TAG_SHA = shaOf('plasmite v1.2.0');
export const BASE_SHA = shaOf('plasmite v1.1.0');
export const BUILD_RUN_ID = 7001;
export const BASE_RUN_ID = 7000;

export const PLATFORMS = ['linux_amd64', 'darwin_amd64', 'darwin_arm64'] as const;
export const WINDOWS = 'windows_amd64';

export const tarball = (platform: string) => `plasmite_${VERSION}_${platform}.tar.gz`;
export const windowsZip = `plasmite_${VERSION}_${WINDOWS}.zip`;
export const npmPackage = `plasmite-${VERSION}.tgz`;

/** Release file name → its bytes (text is enough: only hashes matter). */
export function releaseFiles(): Record<string, string> {
  return {
    ...Object.fromEntries(PLATFORMS.map((p) => [tarball(p), `${p} build of plasmite ${VERSION}\n`])),
    [windowsZip]: `PK windows build of plasmite ${VERSION}\n`,
    [npmPackage]: `npm package of plasmite ${VERSION}\n`,
  };
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function sha256sumsOf(files: Record<string, string>): string {
  return Object.entries(files)
    .map(([name, content]) => `${sha256(content)}  ${name}\n`)
    .join('');
}

export function sidecarsOf(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, content]) => [`${name}.sha256`, `${sha256(content)}  ${name}\n`]),
  );
}

export const RELEASE_URL = `https://github.com/${OWNER}/${REPO}/releases/download/${TAG}`;

/** A goreleaser-style formula for `version`, with the given sha256 per platform. */
export function formulaText(
  options: { version?: string; shas?: Record<string, string>; urlVersion?: string } = {},
): string {
  const version = options.version ?? VERSION;
  const files = releaseFiles();
  const urlFor = (p: string) =>
    `https://github.com/${OWNER}/${REPO}/releases/download/v#{version}/plasmite_#{version}_${p}.tar.gz`.replaceAll(
      '#{version}',
      options.urlVersion ?? '#{version}',
    );
  const entry = (p: string) =>
    `      url "${urlFor(p)}"\n      sha256 "${options.shas?.[p] ?? sha256(files[tarball(p)]!)}"`;
  return `# typed: false
class Plasmite < Formula
  desc "Persistent message pools"
  homepage "https://github.com/${OWNER}/${REPO}"
  version "${version}"
  license "MIT"

  on_macos do
    if Hardware::CPU.intel?
${entry('darwin_amd64')}
    end
    if Hardware::CPU.arm?
${entry('darwin_arm64')}
    end
  end

  on_linux do
    if Hardware::CPU.intel?
${entry('linux_amd64')}
    end
  end

  def install
    bin.install "plasmite"
  end

  test do
    system "#{bin}/plasmite", "--version"
  end
end
`;
}

export function benchJson(metrics: Record<string, number | number[]>): string {
  return JSON.stringify({ tool: 'plasmite-bench', metrics }, null, 2);
}

export interface PlasmiteOptions {
  /** Release files as published (default: releaseFiles()). */
  files?: Record<string, string>;
  /** Extra or replaced release assets (e.g. a broken sha256sums.txt); null removes one. */
  extraAssets?: Record<string, string | null>;
  /** API digests to override (null: none reported). */
  digests?: Record<string, string | null>;
  /** No v1.2.0 release at all. */
  noRelease?: boolean;
  formula?: string | null;
  currentBench?: Record<string, number | number[]>;
  baselineBench?: Record<string, number | number[]> | null;
  /** Build artifacts of the v1.2.0 run, name → content (default: every release file and sha256sums.txt). */
  buildArtifacts?: Record<string, string>;
}

export function plasmiteScenario(options: PlasmiteOptions = {}): Scenario {
  const files = options.files ?? releaseFiles();
  const published: Record<string, string> = {
    ...files,
    'sha256sums.txt': sha256sumsOf(files),
    ...sidecarsOf(files),
  };
  for (const [name, content] of Object.entries(options.extraAssets ?? {})) {
    if (content === null) delete published[name];
    else published[name] = content;
  }
  const assets: ReleaseAssetSpec[] = Object.entries(published).map(([name, content]) => ({
    name,
    content,
    ...(options.digests && name in options.digests ? { digest: options.digests[name] } : {}),
  }));
  const buildArtifacts: ArtifactSpec[] = Object.entries(
    options.buildArtifacts ?? { ...files, 'sha256sums.txt': sha256sumsOf(files) },
  ).map(([name, content]) => ({
    name,
    files: { [name]: content },
  }));
  const bench = (metrics: Record<string, number | number[]>): ArtifactSpec => ({
    name: 'bench',
    files: { 'summary.json': benchJson(metrics) },
  });
  const runs: RunSpec[] = [
    {
      id: BUILD_RUN_ID,
      workflow: 'release.yml',
      head_branch: TAG,
      head_sha: TAG_SHA,
      event: 'push',
      conclusion: 'success',
      created_at: '2026-03-01T10:00:00Z',
      artifacts: [
        ...buildArtifacts,
        bench(
          options.currentBench ?? {
            'enqueue.ms_per_msg': [0.0121, 0.0123, 0.0122],
            'read.ms_per_msg': [0.0051, 0.005, 0.0052],
          },
        ),
      ],
    },
    {
      id: BASE_RUN_ID,
      workflow: 'release.yml',
      head_branch: 'v1.1.0',
      head_sha: BASE_SHA,
      event: 'push',
      conclusion: 'success',
      created_at: '2026-02-01T10:00:00Z',
      artifacts:
        options.baselineBench === null
          ? []
          : [
              bench(
                options.baselineBench ?? {
                  'enqueue.ms_per_msg': [0.012, 0.0121, 0.0119],
                  'read.ms_per_msg': [0.005, 0.0051, 0.0049],
                },
              ),
            ],
    },
    // A fork's pull request from a branch named like an old tag: never a baseline.
    {
      id: 6999,
      workflow: 'release.yml',
      head_branch: 'v1.0.0',
      head_sha: shaOf('fork v1.0.0'),
      event: 'pull_request',
      conclusion: 'success',
      head_repository: 'mallory/plasmite',
      created_at: '2026-01-15T10:00:00Z',
      artifacts: [bench({ 'enqueue.ms_per_msg': 100 })],
    },
  ];
  return {
    repository: { owner: OWNER, name: REPO, default_branch: 'main' },
    branches: { main: TAG_SHA },
    tags: {
      'v1.0.0': shaOf('plasmite v1.0.0'),
      'v1.1.0': BASE_SHA,
      'v1.2.0-rc.1': shaOf('plasmite v1.2.0-rc.1'),
      [TAG]: { sha: TAG_SHA, annotated: true },
      'v1.3.0': shaOf('plasmite v1.3.0'),
      nightly: TAG_SHA,
      'release-2025': BASE_SHA,
    },
    workflows: [{ id: 31, path: '.github/workflows/release.yml', name: 'release' }],
    runs,
    releases: options.noRelease ? [] : [{ tag: TAG, assets }],
    other_repositories: {
      [`${OWNER}/homebrew-tap`]: {
        default_branch: 'main',
        files:
          options.formula === null
            ? {}
            : { main: { 'Formula/plasmite.rb': options.formula ?? formulaText() } },
      },
    },
  };
}
