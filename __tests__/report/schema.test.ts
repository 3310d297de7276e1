// schemas/report.schema.json describes maturity-eval.json exactly: it compiles in Ajv's strict
// mode, accepts every fixture report and refuses broken ones.
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { EvaluationReport } from '../../src/report/types.js';
import { blockedReport, erroredReport, passingReport, rehearsalReport } from '../fixtures/reports.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the whole
// module object, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

const schemaUrl = new URL('../../schemas/report.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;

function compile(): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The report as written to maturity-eval.json. */
const asWritten = (report: EvaluationReport): unknown => JSON.parse(JSON.stringify(report));

/** A report as loose JSON, so a test can break it in ways the type would not allow. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped, see above
type LooseReport = Record<string, any>;
type Mutation = (report: LooseReport) => void;

describe('report.schema.json', () => {
  const validate = compile();

  test('is a 2020-12 schema with an id, a title and descriptions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://release-gates.dev/schemas/report.schema.json');
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  test('compiles in strict mode without warnings', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(() => compile()).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test.each([
    ['passing', passingReport],
    ['blocked', blockedReport],
    ['rehearsal', rehearsalReport],
    ['errored', erroredReport],
  ])('accepts the %s fixture', (_name, make) => {
    const valid = validate(asWritten(make()));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('requires every top-level field of EvaluationReport', () => {
    // The optional ones are `error` and `run_url`; a key list that drifts from the type fails here.
    const required: (keyof EvaluationReport)[] = [
      'schema_version',
      'tool',
      'repository',
      'ref',
      'tag',
      'version',
      'sha',
      'stage',
      'stage_reason',
      'rehearsal',
      'timestamp',
      'policy',
      'build_run_id',
      'result',
      'blocking',
      'warnings',
      'demote',
      'overrides',
      'gates',
      'stats',
    ];
    expect([...(schema.required as string[])].sort()).toEqual([...required].sort());
    const full = passingReport();
    expect(Object.keys(schema.properties as object).sort()).toEqual(Object.keys(full).sort());
    for (const key of required) {
      const report = asWritten(passingReport()) as Record<string, unknown>;
      delete report[key];
      expect(validate(report)).toBe(false);
    }
    const withoutOptional = asWritten(passingReport()) as Record<string, unknown>;
    delete withoutOptional.error;
    delete withoutOptional.run_url;
    expect(validate(withoutOptional)).toBe(true);
  });

  const broken: [string, Mutation][] = [
    ['a bad gate status', (r) => (r.gates[0].status = 'passed')],
    ['a bad gate mode', (r) => (r.gates[0].mode = 'optional')],
    ['a bad result', (r) => (r.result = 'blocked')],
    ['a gate without a code', (r) => delete r.gates[0].code],
    ['a gate without details', (r) => delete r.gates[0].details],
    ['details that are not an object', (r) => (r.gates[0].details = [])],
    ['a lowercase code', (r) => (r.gates[0].code = 'checks_passed')],
    ['a code with a dash', (r) => (r.blocking = [{ gate: 'x', code: 'NOT-OK', message: '' }])],
    ['an unknown top-level field', (r) => (r.extra = true)],
    ['an unknown gate field', (r) => (r.gates[0].extra = true)],
    ['a wrong schema version', (r) => (r.schema_version = 2)],
    ['another tool', (r) => (r.tool.name = 'other')],
    ['a short sha', (r) => (r.sha = 'abc123')],
    ['a bad policy sha256', (r) => (r.policy.sha256 = 'xyz')],
    ['a bad policy source', (r) => (r.policy.source = 'somewhere')],
    ['a file without a blob sha', (r) => delete r.policy.files[0].blob_sha],
    ['a timestamp that is not a date-time', (r) => (r.timestamp = 'yesterday')],
    [
      'an override without a reason',
      (r) => (r.overrides = [{ gate: 'x', actor: 'a', at: '2026-01-01T00:00:00Z' }]),
    ],
    ['a link without a url', (r) => (r.gates[0].links = [{ title: 'x' }])],
    ['a negative duration', (r) => (r.gates[0].duration_ms = -1)],
    ['a fractional request count', (r) => (r.stats.api_requests = 1.5)],
    ['a build run id of 0', (r) => (r.build_run_id = 0)],
    ['an error without a message', (r) => (r.error = { code: 'CRASH' })],
    ['a string for demote', (r) => (r.demote = 'false')],
    ['a missing stage (must be null, not absent)', (r) => delete r.stage],
  ];

  test.each(broken)('refuses %s', (_name, mutate) => {
    const report = asWritten(blockedReport()) as LooseReport;
    mutate(report);
    expect(validate(report)).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });
});
