// `{base_tag}`: the tag list it is picked from can start before the ref is resolved (it does
// not depend on the commit), is read once, and a failure still reaches the gate as a reason.
import { prefetchDerivedValues, resolveDerivedValues } from '../../src/engine/derived-values.js';
import type { GateDefinition } from '../../src/model/types.js';
import { FactStore } from '../../src/facts/store.js';
import type { GitHub } from '../../src/github/client.js';
import type { TemplateValues } from '../../src/policy/templates.js';
import { context } from '../facts/commit/fake-github.js';

const repository = { owner: 'acme', repo: 'plasmite' };

/** A client whose only read is the tag list; `fail` makes it refuse (403). */
function tagClient(names: string[], fail = false) {
  const reads: unknown[] = [];
  const octokit = {
    rest: { git: { listMatchingRefs: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}' } },
    paginate: async (_route: unknown, params: unknown) => {
      reads.push(params);
      if (fail)
        throw Object.assign(new Error('Resource not accessible by integration'), {
          status: 403,
          request: {
            method: 'GET',
            url: 'https://api.github.com/repos/acme/plasmite/git/matching-refs/tags',
          },
          response: { headers: {} },
        });
      return names.map((name) => ({ ref: `refs/tags/${name}` }));
    },
  };
  const github = { octokit, baseUrl: 'https://api.github.com', counter: { count: 0 }, token: 't' };
  const facts = new FactStore({
    workspace: '/nonexistent',
    env: {},
    github: github as unknown as GitHub,
    externalGithub: null,
  });
  return { facts, reads };
}

const gate = (id: string, withParams: Record<string, unknown>): GateDefinition => ({
  id,
  type: 'metric_budgets',
  overridable: false,
  with: withParams,
});
const usesBaseTag = gate('performance', { baseline: { artifact: { name: 'bench', ref: '{base_tag}' } } });
const other = gate('metadata', { expect: { tag: '{tag}' } });

const emptyValues = (): TemplateValues => ({
  tag: 'v1.3.0',
  version: '1.3.0',
  sha: null,
  ref: 'v1.3.0',
  repo: 'acme/plasmite',
  owner: 'acme',
  build_run_id: null,
  base_tag: null,
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prefetchDerivedValues', () => {
  it('starts the tag list before the ref is resolved; resolving {base_tag} then reads nothing more', async () => {
    const { facts, reads } = tagClient(['v1.1.0', 'v1.2.0', 'v1.3.0']);
    prefetchDerivedValues([usesBaseTag, other], 'refs/tags/v1.3.0', null, facts, repository);
    await tick();
    expect(reads).toHaveLength(1);
    const values = emptyValues();
    const reasons = {};
    await resolveDerivedValues([usesBaseTag], context({ tag: 'v1.3.0' }), facts, values, reasons);
    expect(values.base_tag).toBe('v1.2.0');
    expect(reasons).toEqual({});
    expect(reads).toHaveLength(1);
  });

  it.each<[string, GateDefinition[], string, string | null]>([
    ['no gate uses {base_tag}', [other], 'refs/tags/v1.3.0', null],
    ['the input gives base_tag', [usesBaseTag], 'refs/tags/v1.3.0', 'v1.0.0'],
    ['the ref is a branch', [usesBaseTag], 'refs/heads/main', null],
    ['the ref is a pull request', [usesBaseTag], 'refs/pull/7/merge', null],
    ['the ref is not semver', [usesBaseTag], 'nightly', null],
  ])('reads nothing when %s', async (_why, gates, ref, baseTag) => {
    const { facts, reads } = tagClient(['v1.2.0']);
    prefetchDerivedValues(gates, ref, baseTag, facts, repository);
    await tick();
    expect(reads).toEqual([]);
  });

  it('a short semver name may be a tag: it starts the list', async () => {
    const { facts, reads } = tagClient(['v1.2.0']);
    prefetchDerivedValues([usesBaseTag], 'v1.3.0', null, facts, repository);
    await tick();
    expect(reads).toHaveLength(1);
  });

  it('a failing tag list neither throws nor goes unhandled; the gate gets the reason', async () => {
    const { facts } = tagClient([], true);
    expect(() =>
      prefetchDerivedValues([usesBaseTag], 'refs/tags/v1.3.0', null, facts, repository),
    ).not.toThrow();
    await tick();
    const values = emptyValues();
    const reasons: Record<string, string> = {};
    await resolveDerivedValues([usesBaseTag], context({ tag: 'v1.3.0' }), facts, values, reasons);
    expect(values.base_tag).toBeNull();
    expect(reasons.base_tag).toMatch(/^the tags could not be read: The token lacks `contents: read`/);
  });
});
