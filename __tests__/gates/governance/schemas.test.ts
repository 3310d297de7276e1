// The governance gates' parameter schemas (strict Ajv, closed, defaults), the shared examples'
// approval and open_issues gates loading through them, and the GraphQL query of the approval
// facts validating against GitHub's published schema.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse as parseGraphql, validate, type IntrospectionQuery } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { PULL_REQUEST_REVIEWS_QUERY } from '../../../src/facts/pulls.js';
import { approvalGate } from '../../../src/gates/approval.js';
import { openIssuesGate } from '../../../src/gates/open-issues.js';
import { GATE_TYPES } from '../../../src/gates/registry.js';
import type { GateType } from '../../../src/gates/types.js';
import { createAjv } from '../../../src/policy/ajv.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { PolicyError } from '../../../src/policy/types.js';

const GATES = [approvalGate, openIssuesGate] as unknown as GateType[];

function check(gate: GateType, params: Record<string, unknown>) {
  const compiled = createAjv({ useDefaults: true }).compile(gate.paramsSchema);
  const value = structuredClone(params);
  const ok = compiled(value);
  return { ok, value };
}

describe.each(GATES.map((g) => [g.type, g] as const))('%s parameters', (_type, gate) => {
  it('compile under strict Ajv, with and without defaults', () => {
    expect(() => createAjv().compile(gate.paramsSchema)).not.toThrow();
    expect(() => createAjv({ useDefaults: true }).compile(gate.paramsSchema)).not.toThrow();
  });

  it('are self-contained, closed and registered', () => {
    expect(JSON.stringify(gate.paramsSchema)).not.toContain('$ref');
    expect(gate.paramsSchema.additionalProperties).toBe(false);
    expect(GATE_TYPES.map((g) => g.type)).toContain(gate.type);
  });
});

describe('approval parameters', () => {
  const gate = approvalGate as unknown as GateType;

  it('default to auto, 1 approval from OWNER, MEMBER or COLLABORATOR on the current head', () => {
    expect(check(gate, {}).value).toEqual({
      pull_request: 'auto',
      min_approvals: 1,
      from: { associations: ['OWNER', 'MEMBER', 'COLLABORATOR'] },
      require_current_head: true,
    });
  });

  it('a given `from` replaces the default whole (users alone mean only those users)', () => {
    expect(check(gate, { from: { users: ['alice'] } }).value.from).toEqual({ users: ['alice'] });
  });

  it('accept a number or auto; refuse anything else', () => {
    expect(check(gate, { pull_request: 12 }).ok).toBe(true);
    expect(check(gate, { pull_request: '12' }).ok).toBe(true);
    expect(check(gate, { pull_request: 0 }).ok).toBe(false);
    expect(check(gate, { pull_request: 'latest' }).ok).toBe(false);
    expect(check(gate, { min_approvals: 0 }).ok).toBe(false);
    expect(check(gate, { from: {} }).ok).toBe(false);
    expect(check(gate, { from: { associations: ['MAINTAINER'] } }).ok).toBe(false);
    expect(check(gate, { from: { users: ['not a login'] } }).ok).toBe(false);
    expect(check(gate, { from: { users: ['dependabot[bot]'] } }).ok).toBe(true);
  });
});

describe('open_issues parameters', () => {
  const gate = openIssuesGate as unknown as GateType;

  it('default to max_open 0; every filter optional', () => {
    expect(check(gate, {}).value).toEqual({ max_open: 0 });
  });

  it('refuse a label with a comma (it would split in the API filter) and empty strings', () => {
    expect(check(gate, { labels: ['a,b'] }).ok).toBe(false);
    expect(check(gate, { labels: [] }).ok).toBe(false);
    expect(check(gate, { title_contains: '' }).ok).toBe(false);
    expect(check(gate, { milestone: 3 }).ok).toBe(false);
    expect(check(gate, { max_open: -1 }).ok).toBe(false);
  });
});

/** An example (examples/) with only the gates of these two types (the others belong to other suites). */
function example(file: string): string {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../../examples', file), 'utf8');
  const ours = new Set(GATES.map((g) => g.type));
  const doc = parse(text) as {
    stages: Record<string, { gates: Record<string, string> }>;
    gates: Record<string, { type: string }>;
  };
  for (const [id, gate] of Object.entries(doc.gates)) {
    if (ours.has(gate.type)) continue;
    delete doc.gates[id];
    for (const stage of Object.values(doc.stages)) delete stage.gates[id];
  }
  return stringify(doc);
}

async function load(file: string) {
  try {
    return await loadPolicy({ text: example(file), file }, GATES, { source: 'workspace' });
  } catch (error) {
    if (error instanceof PolicyError) throw new Error(error.message);
    throw error;
  }
}

describe('the shared examples', () => {
  it("windows-graduation's maintainer_signoff: one approval from OWNER or MEMBER", async () => {
    const loaded = await load('windows-graduation.yml');
    expect(loaded.policy.stages.GRADUATION!.gates.maintainer_signoff).toBe('required');
    expect(loaded.policy.gates.maintainer_signoff!.with).toEqual({
      pull_request: 'auto',
      min_approvals: 1,
      from: { associations: ['OWNER', 'MEMBER'] },
      require_current_head: true,
    });
  });

  it("release-publish's blockers: release-blocker issues with the tag in the title", async () => {
    const loaded = await load('release-publish.yml');
    expect(loaded.policy.gates.blockers!.with).toEqual({
      labels: ['release-blocker'],
      title_contains: '{tag}',
      max_open: 0,
    });
  });
});

describe('the approval GraphQL query', () => {
  // The published IDL defines two fields twice, which buildSchema refuses; the introspection
  // JSON of the same release is the schema GitHub serves.
  const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

  it("validates against GitHub's GraphQL schema", () => {
    expect(validate(github, parseGraphql(PULL_REQUEST_REVIEWS_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('pages reviews 100 at a time and reads only the ones that take a position', () => {
    expect(PULL_REQUEST_REVIEWS_QUERY).toContain(
      'reviews(first: 100, after: $after, states: [APPROVED, CHANGES_REQUESTED, DISMISSED])',
    );
    expect(PULL_REQUEST_REVIEWS_QUERY).toContain('pageInfo { hasNextPage endCursor }');
  });

  it('a broken query fails the check, so the check means something', () => {
    const broken = PULL_REQUEST_REVIEWS_QUERY.replace('headRefOid', 'headSha');
    expect(validate(github, parseGraphql(broken)).length).toBeGreaterThan(0);
  });
});
