// A release whose files carry attestations signed by the test PKI, as an emulator scenario:
// the plasmite release of __tests__/gates/assets/scenario.ts, each of its three tarballs
// attested by release.yml at the tag — or, per file, attested wrongly in one named way.
import type { Scenario } from '../emulator/scenario.js';
import {
  OWNER,
  plasmiteScenario,
  PLATFORMS,
  releaseFiles,
  REPO,
  sha256,
  TAG,
  TAG_SHA,
  tarball,
} from '../../__tests__/gates/assets/scenario.js';
import {
  buildBundle,
  createAuthority,
  releaseClaims,
  SIGNED_AT,
  type BundleOptions,
  type GitHubClaims,
  type TestTrust,
} from './pki.js';

export { OWNER, PLATFORMS, REPO, TAG, TAG_SHA, tarball };

/** One way an attestation can be wrong, each refused with its own code. */
export type Flaw =
  | 'another_workflow'
  | 'another_commit'
  | 'another_ref'
  | 'self_hosted'
  | 'tampered'
  | 'other_file'
  | 'expired'
  | 'foreign_ca'
  | 'no_tlog'
  | 'sbom_only';

export interface AttestedOptions {
  /** File name → its flaw; files not named are attested correctly. */
  flaws?: Record<string, Flaw>;
  /** Files with no attestation at all. */
  unattested?: string[];
  delivery?: 'inline' | 'url' | 'both';
  /** Extra valid attestations of the first file, to make its listing span pages. */
  extraCopies?: number;
}

/** The policy's subjects for the three tarballs. */
export const SUBJECTS_YAML = `      subjects:
        - name: "plasmite_{version}_{platform}.tar.gz"
          platform: [${PLATFORMS.join(', ')}]`;

export const RELEASE_CLAIMS: GitHubClaims = releaseClaims({
  repo: `${OWNER}/${REPO}`,
  tag: TAG,
  sha: TAG_SHA,
});

export async function flawedBundleOptions(
  name: string,
  digest: string,
  flaw: Flaw | null,
): Promise<BundleOptions> {
  const base: BundleOptions = { subjects: [{ name, sha256: digest }], claims: RELEASE_CLAIMS };
  switch (flaw) {
    case null:
      return base;
    case 'another_workflow':
      return {
        ...base,
        claims: {
          ...RELEASE_CLAIMS,
          buildSignerUri: RELEASE_CLAIMS.buildSignerUri.replace('release.yml', 'ci.yml'),
        },
      };
    case 'another_commit':
      return { ...base, claims: { ...RELEASE_CLAIMS, sourceRepositoryDigest: 'b'.repeat(40) } };
    case 'another_ref':
      return { ...base, claims: { ...RELEASE_CLAIMS, sourceRepositoryRef: 'refs/heads/main' } };
    case 'self_hosted':
      return { ...base, claims: { ...RELEASE_CLAIMS, runnerEnvironment: 'self-hosted' } };
    case 'tampered':
      return {
        ...base,
        tamper: (statement) => {
          (statement.predicate as Record<string, unknown>).runDetails = {
            builder: { id: 'https://evil.example' },
          };
        },
      };
    case 'other_file':
      return { ...base, subjects: [{ name, sha256: sha256(`not ${name}`) }] };
    case 'expired':
      return {
        ...base,
        validity: {
          notBefore: new Date(SIGNED_AT.getTime() - 30 * 60_000),
          notAfter: new Date(SIGNED_AT.getTime() - 60_000),
        },
      };
    case 'foreign_ca':
      return { ...base, authority: await createAuthority('an untrusted CA') };
    case 'no_tlog':
      return { ...base, tlog: false };
    case 'sbom_only':
      return { ...base, predicateType: 'https://spdx.dev/Document/v2.3' };
  }
}

export async function attestedScenario(pki: TestTrust, options: AttestedOptions = {}): Promise<Scenario> {
  const scenario = plasmiteScenario();
  const files = releaseFiles();
  const attestations: NonNullable<Scenario['attestations']> = [];
  for (const platform of PLATFORMS) {
    const name = tarball(platform);
    if (options.unattested?.includes(name)) continue;
    const digest = sha256(files[name]!);
    const bundle = await buildBundle(
      pki,
      await flawedBundleOptions(name, digest, options.flaws?.[name] ?? null),
    );
    attestations.push({ subject_digest: `sha256:${digest}`, bundle, delivery: options.delivery ?? 'inline' });
  }
  const first = tarball(PLATFORMS[0]);
  if (options.extraCopies) {
    // Older attestations of the same file, from another workflow, listed first: the valid one
    // is only on a later page. One bundle, listed many times (as re-runs of a build would).
    const digest = sha256(files[first]!);
    const bundle = await buildBundle(pki, await flawedBundleOptions(first, digest, 'another_workflow'));
    for (let i = 0; i < options.extraCopies; i++)
      attestations.unshift({ subject_digest: `sha256:${digest}`, bundle });
  }
  return { ...scenario, attestations };
}
