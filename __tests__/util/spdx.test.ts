// SPDX license expressions: the parser, and the allow/deny evaluation sbom_licenses uses.
import fc from 'fast-check';
import {
  allowedBy,
  deniedBy,
  formatSpdxExpression,
  judgeExpression,
  licensesIn,
  MAX_EXPRESSION_LENGTH,
  MAX_NESTING,
  parseLicenseRule,
  parseSpdxExpression,
  SpdxParseError,
  type LicensePolicy,
  type SpdxExpression,
} from '../../src/util/spdx.js';

const rules = (...ids: string[]) => ids.map(parseLicenseRule);
const policy = (allow: string[] | undefined, deny: string[] = []): LicensePolicy => ({
  allow: allow ? rules(...allow) : undefined,
  deny: rules(...deny),
});
const judge = (expression: string, p: LicensePolicy) => judgeExpression(parseSpdxExpression(expression), p);

describe('parseSpdxExpression', () => {
  test.each([
    ['MIT', 'MIT'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['MIT AND (Apache-2.0 OR BSD-3-Clause)', 'MIT AND (Apache-2.0 OR BSD-3-Clause)'],
    ['(MIT AND Apache-2.0) OR BSD-3-Clause', 'MIT AND Apache-2.0 OR BSD-3-Clause'],
    ['GPL-2.0+', 'GPL-2.0+'],
    ['GPL-2.0-or-later', 'GPL-2.0+'],
    ['GPL-2.0-only WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['mit or apache-2.0', 'mit OR apache-2.0'],
    ['LicenseRef-Proprietary', 'LicenseRef-Proprietary'],
    ['DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2'],
    ['  ( ( MIT ) )  ', 'MIT'],
  ])('%s parses as %s', (text, canonical) => {
    expect(formatSpdxExpression(parseSpdxExpression(text))).toBe(canonical);
  });

  test('AND binds tighter than OR, WITH tighter than AND', () => {
    const tree = parseSpdxExpression('A OR B AND C WITH E');
    expect(tree).toEqual({
      kind: 'or',
      left: { kind: 'license', id: 'A', orLater: false },
      right: {
        kind: 'and',
        left: { kind: 'license', id: 'B', orLater: false },
        right: { kind: 'license', id: 'C', orLater: false, exception: 'E' },
      },
    });
  });

  test.each([
    ['', 'empty license expression'],
    ['MIT OR', 'expected a license id but found end of expression'],
    ['OR MIT', "expected a license id but found 'O'"],
    ['(MIT', "expected ')' but found end of expression"],
    ['MIT)', "unexpected ')'"],
    ['MIT Apache-2.0', "unexpected 'Apache-2.0'"],
    ['MIT WITH', 'expected a license exception id after WITH'],
    ['(MIT OR BSD-2-Clause) WITH Foo', 'WITH must follow a single license'],
    ['MIT/Apache', 'unexpected character "/"'],
    ['GPL-2.0-or-later+', 'already means "or later"'],
    ['MIT ++', "unexpected '+'"],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseSpdxExpression(text)).toThrow(SpdxParseError);
    expect(() => parseSpdxExpression(text)).toThrow(message);
  });

  test('a parse error carries the position', () => {
    try {
      parseSpdxExpression('MIT AND AND BSD');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(SpdxParseError);
      expect((error as SpdxParseError).position).toBe(8);
    }
  });

  test('nesting and length are bounded', () => {
    const deep = `${'('.repeat(MAX_NESTING + 1)}MIT${')'.repeat(MAX_NESTING + 1)}`;
    expect(() => parseSpdxExpression(deep)).toThrow('nested deeper');
    const ok = `${'('.repeat(MAX_NESTING)}MIT${')'.repeat(MAX_NESTING)}`;
    expect(formatSpdxExpression(parseSpdxExpression(ok))).toBe('MIT');
    expect(() => parseSpdxExpression('MIT OR '.repeat(MAX_EXPRESSION_LENGTH))).toThrow('over the');
  });

  test('a long flat chain does not overflow the stack', () => {
    const text = Array.from({ length: 400 }, (_, i) => `L${i}`).join(' AND ');
    const tree = parseSpdxExpression(text);
    expect(licensesIn(tree)).toHaveLength(400);
    expect(judgeExpression(tree, policy(['L1']))).toBe('not_allowed');
  });
});

describe('allow and deny', () => {
  const permissive = policy(['MIT', 'Apache-2.0', 'BSD-3-Clause']);

  test.each([
    ['MIT', 'allowed'],
    ['mit', 'allowed'],
    ['MIT OR GPL-3.0-only', 'allowed'],
    ['MIT AND GPL-3.0-only', 'not_allowed'],
    ['MIT AND Apache-2.0', 'allowed'],
    ['(MIT OR GPL-3.0-only) AND (BSD-3-Clause OR AGPL-3.0-only)', 'allowed'],
    ['(MIT AND GPL-3.0-only) OR (BSD-3-Clause AND AGPL-3.0-only)', 'not_allowed'],
    ['LicenseRef-Proprietary', 'not_allowed'],
    ['Apache-2.0 WITH LLVM-exception', 'allowed'],
  ])('allow MIT, Apache-2.0, BSD-3-Clause: %s is %s', (expression, verdict) => {
    expect(judge(expression, permissive)).toBe(verdict);
  });

  test('denied only when every way to satisfy it needs a denied license', () => {
    const p = policy(['MIT'], ['GPL-3.0-only']);
    expect(judge('GPL-3.0-only', p)).toBe('denied');
    expect(judge('MIT OR GPL-3.0-only', p)).toBe('allowed');
    expect(judge('MIT AND GPL-3.0-only', p)).toBe('denied');
    expect(judge('ISC OR GPL-3.0-only', p)).toBe('not_allowed');
    expect(judge('GPL-3.0', p)).toBe('denied'); // the deprecated id means -only
  });

  test('without allow, everything not denied is allowed', () => {
    const p = policy(undefined, ['AGPL-3.0-only']);
    expect(judge('WTFPL', p)).toBe('allowed');
    expect(judge('AGPL-3.0-only', p)).toBe('denied');
    expect(judge('AGPL-3.0-or-later', p)).toBe('denied');
  });

  test('"or later": X+ may be used as any known later version, but an allow of X+ does not allow X', () => {
    expect(allowedBy(parseLicenseRule('GPL-2.0+').term, rules('GPL-3.0-only'))).toBe(true);
    expect(allowedBy(parseLicenseRule('GPL-2.0-or-later').term, rules('GPL-2.0-or-later'))).toBe(true);
    expect(allowedBy(parseLicenseRule('GPL-2.0-only').term, rules('GPL-2.0-or-later'))).toBe(false);
    expect(allowedBy(parseLicenseRule('GPL-3.0+').term, rules('GPL-2.0-only'))).toBe(false);
    expect(allowedBy(parseLicenseRule('Apache-1.1+').term, rules('Apache-2.0'))).toBe(true);
    // A family whose versions are not known: only X itself.
    expect(allowedBy(parseLicenseRule('EPL-1.0+').term, rules('EPL-2.0'))).toBe(false);
    expect(allowedBy(parseLicenseRule('EPL-1.0+').term, rules('EPL-1.0'))).toBe(true);
  });

  test('"or later" and deny: X+ is denied only when every known version is', () => {
    expect(deniedBy(parseLicenseRule('GPL-2.0+').term, rules('GPL-2.0-only'))).toBe(false);
    expect(deniedBy(parseLicenseRule('GPL-2.0+').term, rules('GPL-2.0-only', 'GPL-3.0-only'))).toBe(true);
    expect(deniedBy(parseLicenseRule('GPL-3.0-only').term, rules('GPL-2.0-or-later'))).toBe(true);
    expect(deniedBy(parseLicenseRule('LGPL-2.1-only').term, rules('GPL-2.0-or-later'))).toBe(false);
    // Unknown later versions cannot rescue a denied X.
    expect(deniedBy(parseLicenseRule('EPL-1.0+').term, rules('EPL-1.0'))).toBe(true);
  });

  test('exceptions: a rule without one covers any exception; a rule with one only that one', () => {
    const withCp = parseLicenseRule('GPL-2.0-only WITH Classpath-exception-2.0').term;
    expect(allowedBy(withCp, rules('GPL-2.0-only'))).toBe(true);
    expect(allowedBy(withCp, rules('GPL-2.0-only WITH Classpath-exception-2.0'))).toBe(true);
    expect(
      allowedBy(parseLicenseRule('GPL-2.0-only').term, rules('GPL-2.0-only WITH Classpath-exception-2.0')),
    ).toBe(false);
    expect(allowedBy(withCp, rules('GPL-2.0-only WITH LLVM-exception'))).toBe(false);
    expect(deniedBy(withCp, rules('GPL-2.0-only'))).toBe(true);
    expect(
      deniedBy(parseLicenseRule('GPL-2.0-only').term, rules('GPL-2.0-only WITH Classpath-exception-2.0')),
    ).toBe(false);
  });

  test('allow and deny entries must be single licenses', () => {
    expect(() => parseLicenseRule('MIT OR Apache-2.0')).toThrow('is an expression');
    expect(() => parseLicenseRule('MIT OR')).toThrow(SpdxParseError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const IDS = ['MIT', 'Apache-2.0', 'GPL-2.0-only', 'GPL-3.0-or-later', 'BSD-3-Clause', 'LicenseRef-X', 'ISC'];

const expressionArb: fc.Arbitrary<SpdxExpression> = fc.letrec<{ expr: SpdxExpression }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('license' as const),
      id: fc.constantFrom(...IDS.map((id) => id.replace(/-or-later$/, ''))),
      orLater: fc.boolean(),
    }),
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      left: tie('expr'),
      right: tie('expr'),
    }),
  ),
})).expr;

const policyArb = fc.record({
  allow: fc.option(fc.subarray(IDS), { nil: undefined }),
  deny: fc.subarray(IDS),
});

describe('properties', () => {
  test('any text either parses or throws SpdxParseError, nothing else', () => {
    const alphabet = fc.constantFrom(
      ...'()+ :-.aAndOoRrWwIiTtHh0123456789MITGPLLicenseRef-'.split(''),
      ' AND ',
      ' OR ',
      ' WITH ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        ),
        (text) => {
          try {
            const tree = parseSpdxExpression(text);
            // What parses formats to text that parses to the same canonical text.
            const canonical = formatSpdxExpression(tree);
            expect(formatSpdxExpression(parseSpdxExpression(canonical))).toBe(canonical);
          } catch (error) {
            if (!(error instanceof SpdxParseError)) throw error;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('A OR B is allowed iff A or B is; A AND B iff both are', () => {
    fc.assert(
      fc.property(expressionArb, expressionArb, policyArb, (a, b, raw) => {
        const p = policy(raw.allow, raw.deny);
        const ok = (e: SpdxExpression) => judgeExpression(e, p) === 'allowed';
        expect(ok({ kind: 'or', left: a, right: b })).toBe(ok(a) || ok(b));
        expect(ok({ kind: 'and', left: a, right: b })).toBe(ok(a) && ok(b));
      }),
      { numRuns: 200 },
    );
  });

  test('A OR B is denied iff both are; A AND B iff either is', () => {
    fc.assert(
      fc.property(expressionArb, expressionArb, policyArb, (a, b, raw) => {
        const p = policy(raw.allow, raw.deny);
        const denied = (e: SpdxExpression) => judgeExpression(e, p) === 'denied';
        expect(denied({ kind: 'or', left: a, right: b })).toBe(denied(a) && denied(b));
        expect(denied({ kind: 'and', left: a, right: b })).toBe(denied(a) || denied(b));
      }),
      { numRuns: 200 },
    );
  });

  test('formatting round-trips generated expressions', () => {
    fc.assert(
      fc.property(expressionArb, (tree) => {
        expect(formatSpdxExpression(parseSpdxExpression(formatSpdxExpression(tree)))).toBe(
          formatSpdxExpression(tree),
        );
      }),
      { numRuns: 200 },
    );
  });
});
