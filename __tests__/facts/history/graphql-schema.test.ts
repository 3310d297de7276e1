// Every GraphQL query the history facts send must be valid against GitHub's published schema: a
// renamed field or a wrong enum would otherwise only show up against the real API.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { RUN_ATTEMPTS_QUERY } from '../../../src/facts/attempts.js';
import { RUN_JOBS_QUERY, RUN_JOBS_WITH_STEPS_QUERY } from '../../../src/facts/jobs.js';

// The published IDL (15.26.1) defines two EnterpriseOwnerInfo fields twice, which buildSchema
// refuses; the introspection JSON of the same release is the schema GitHub serves.
const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

describe.each([
  ['RUN_JOBS_QUERY', RUN_JOBS_QUERY],
  ['RUN_JOBS_WITH_STEPS_QUERY', RUN_JOBS_WITH_STEPS_QUERY],
])('%s', (_name, query) => {
  it("validates against GitHub's GraphQL schema", () => {
    expect(validate(github, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('asks for the latest attempt of each job (checkType: LATEST) by check suite ids', () => {
    expect(query).toContain('nodes(ids: $ids)');
    expect(query).toContain('filterBy: { checkType: LATEST }');
  });
});

describe('schema sanity', () => {
  it('rejects a query with a field GitHub does not have, so the check above means something', () => {
    const broken = RUN_JOBS_QUERY.replace('conclusion', 'outcome');
    expect(validate(github, parse(broken)).length).toBeGreaterThan(0);
  });

  it('keeps steps out of the history query (GraphQL cost and the 500,000-node limit)', () => {
    expect(RUN_JOBS_QUERY).not.toContain('steps');
    expect(RUN_JOBS_WITH_STEPS_QUERY).toContain('steps(first: 100)');
  });
});

describe('RUN_ATTEMPTS_QUERY', () => {
  it("validates against GitHub's GraphQL schema", () => {
    expect(validate(github, parse(RUN_ATTEMPTS_QUERY)).map((e) => e.message)).toEqual([]);
  });

  it('asks for every attempt of each job (checkType: ALL), which the schema offers', () => {
    expect(RUN_ATTEMPTS_QUERY).toContain('filterBy: { checkType: ALL }');
    const type = github.getType('CheckRunType');
    expect(type && 'getValues' in type ? type.getValues().map((v) => v.name) : []).toEqual(['ALL', 'LATEST']);
  });
});
