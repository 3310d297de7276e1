// The certificate's GitHub claims against the policy: each difference has its code, the signer
// is judged before the source, and a claim the certificate lacks never matches.
import { describe, expect, it } from '@jest/globals';
import {
  claimProblem,
  expectedSignerUri,
  GITHUB_ACTIONS_ISSUER,
  type CertificateClaims,
  type ExpectedSource,
} from '../../src/supply-chain/claims.js';

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const expected: ExpectedSource = {
  signerUri: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0',
  repositoryUri: 'https://github.com/acme/widget',
  ref: 'refs/tags/v1.2.0',
  digest: SHA,
  denySelfHostedRunners: false,
};
const good: CertificateClaims = {
  issuer: GITHUB_ACTIONS_ISSUER,
  buildSignerUri: expected.signerUri,
  buildSignerDigest: SHA,
  runnerEnvironment: 'github-hosted',
  sourceRepositoryUri: expected.repositoryUri,
  sourceRepositoryDigest: SHA,
  sourceRepositoryRef: expected.ref,
};

describe('claimProblem', () => {
  it('accepts the claims of the expected workflow, repository, ref and commit', () => {
    expect(claimProblem(good, expected)).toBeNull();
    // The commit compares case-insensitively (hex).
    expect(claimProblem({ ...good, sourceRepositoryDigest: SHA.toUpperCase() }, expected)).toBeNull();
  });

  it.each<[string, Partial<CertificateClaims>, string, RegExp]>([
    ['another issuer', { issuer: 'https://accounts.google.com' }, 'SIGNER_MISMATCH', /not GitHub Actions/],
    ['no issuer', { issuer: null }, 'SIGNER_MISMATCH', /issued for nothing/],
    [
      'another workflow',
      { buildSignerUri: 'https://github.com/acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.0' },
      'SIGNER_MISMATCH',
      /signed by workflow '.*ci\.yml@refs\/tags\/v1\.2\.0', expected/,
    ],
    [
      'the workflow at another ref',
      { buildSignerUri: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main' },
      'SIGNER_MISMATCH',
      /@refs\/heads\/main/,
    ],
    [
      'a fork',
      { sourceRepositoryUri: 'https://github.com/mallory/widget' },
      'SOURCE_MISMATCH',
      /built from repository 'https:\/\/github.com\/mallory\/widget'/,
    ],
    [
      'another ref',
      { sourceRepositoryRef: 'refs/heads/main' },
      'SOURCE_MISMATCH',
      /built from ref 'refs\/heads\/main'/,
    ],
    [
      'another commit',
      { sourceRepositoryDigest: 'b'.repeat(40) },
      'SOURCE_MISMATCH',
      /built from commit 'b{40}'/,
    ],
    ['no commit', { sourceRepositoryDigest: null }, 'SOURCE_MISMATCH', /built from commit nothing/],
  ])('refuses %s', (_name, change, code, message) => {
    const problem = claimProblem({ ...good, ...change }, expected);
    expect(problem?.code).toBe(code);
    expect(problem?.message).toMatch(message);
  });

  it('judges the signer before the source', () => {
    const problem = claimProblem(
      {
        ...good,
        buildSignerUri: 'https://github.com/x/y/.github/workflows/a.yml@refs/heads/x',
        sourceRepositoryRef: 'refs/heads/x',
      },
      expected,
    );
    expect(problem?.code).toBe('SIGNER_MISMATCH');
  });

  it('refuses a self-hosted runner, or one it cannot tell, only when the policy denies them', () => {
    expect(claimProblem({ ...good, runnerEnvironment: 'self-hosted' }, expected)).toBeNull();
    const deny = { ...expected, denySelfHostedRunners: true };
    expect(claimProblem({ ...good, runnerEnvironment: 'self-hosted' }, deny)?.code).toBe(
      'SELF_HOSTED_RUNNER',
    );
    expect(claimProblem({ ...good, runnerEnvironment: null }, deny)?.message).toMatch(
      /runner of unknown kind/,
    );
    expect(claimProblem(good, deny)).toBeNull();
  });
});

describe('expectedSignerUri', () => {
  it('is the workflow at the source ref, on the server', () => {
    expect(
      expectedSignerUri('https://github.com/', 'acme/widget/.github/workflows/release.yml', 'refs/tags/v1'),
    ).toBe('https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1');
  });

  it('keeps a ref the policy pins (a reusable workflow)', () => {
    expect(
      expectedSignerUri(
        'https://ghe.example.com',
        'acme/shared/.github/workflows/build.yml@refs/heads/main',
        'refs/tags/v1',
      ),
    ).toBe('https://ghe.example.com/acme/shared/.github/workflows/build.yml@refs/heads/main');
  });
});
