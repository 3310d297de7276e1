// SPDX license expressions (SPDX 2.3 Annex D): parsing, and deciding whether an expression
// can be satisfied using only licenses a policy allows, or only by licenses it denies.
//
// No SPDX expression library is installed, so this is a small recursive-descent parser.
// Precedence, tightest first: `+` (this version or later), WITH, AND, OR; parentheses group.
// Operators are accepted in upper or lower case; license and exception ids are matched
// case-insensitively, as the SPDX specification asks.
//
// Evaluation never expands an expression into its alternatives (which is exponential): each
// leaf is judged on its own and the AND/OR tree is folded as booleans. So "can it be satisfied
// with allowed licenses only" is `OR → some, AND → every` over leaves judged allowed, and "every
// way to satisfy it needs a denied license" is the negation of "it can be satisfied with
// licenses that are not denied".

/** A single license term: `MIT`, `GPL-2.0+`, `Apache-2.0 WITH LLVM-exception`, `LicenseRef-x`. */
export interface SpdxLicense {
  kind: 'license';
  /** The id as written, without `+`. */
  id: string;
  /** `+` or an `-or-later` id: this version or any later one. */
  orLater: boolean;
  exception?: string;
}

export interface SpdxCompound {
  kind: 'and' | 'or';
  left: SpdxExpression;
  right: SpdxExpression;
}

export type SpdxExpression = SpdxLicense | SpdxCompound;

/** Why an expression could not be parsed; `position` is a 0-based offset into the text. */
export class SpdxParseError extends Error {
  constructor(
    message: string,
    readonly expression: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'SpdxParseError';
  }
}

/** Longest expression parsed; real ones are a few dozen characters. */
export const MAX_EXPRESSION_LENGTH = 4096;
/** Deepest nesting of parentheses accepted (keeps recursion bounded on hostile input). */
export const MAX_NESTING = 64;

type Token =
  | { type: 'open' | 'close' | 'and' | 'or' | 'with' | 'plus'; at: number }
  | { type: 'id'; value: string; at: number };

const ID_CHAR = /[A-Za-z0-9.\-:]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '(') {
      tokens.push({ type: 'open', at: i++ });
    } else if (ch === ')') {
      tokens.push({ type: 'close', at: i++ });
    } else if (ch === '+') {
      tokens.push({ type: 'plus', at: i++ });
    } else if (ID_CHAR.test(ch)) {
      const start = i;
      while (i < text.length && ID_CHAR.test(text[i]!)) i++;
      const word = text.slice(start, i);
      const operator = /^(AND|and)$/.test(word)
        ? 'and'
        : /^(OR|or)$/.test(word)
          ? 'or'
          : /^(WITH|with)$/.test(word)
            ? 'with'
            : null;
      tokens.push(operator ? { type: operator, at: start } : { type: 'id', value: word, at: start });
    } else {
      throw new SpdxParseError(`unexpected character ${JSON.stringify(ch)} at ${i}`, text, i);
    }
  }
  return tokens;
}

/** Parses an SPDX license expression; throws SpdxParseError (and only that) when it is not one. */
export function parseSpdxExpression(text: string): SpdxExpression {
  if (typeof text !== 'string') throw new SpdxParseError('a license expression must be a string', '', 0);
  if (text.length > MAX_EXPRESSION_LENGTH) {
    throw new SpdxParseError(
      `expression is ${text.length} characters long, over the ${MAX_EXPRESSION_LENGTH} accepted`,
      text.slice(0, 80),
      MAX_EXPRESSION_LENGTH,
    );
  }
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new SpdxParseError('empty license expression', text, 0);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const where = (): number => peek()?.at ?? text.length;
  const fail = (message: string): never => {
    throw new SpdxParseError(`${message} at ${where()}`, text, where());
  };
  const describe = (token: Token | undefined): string =>
    !token ? 'end of expression' : token.type === 'id' ? `'${token.value}'` : `'${text[token.at]}'`;

  const parseOr = (depth: number): SpdxExpression => {
    let left = parseAnd(depth);
    while (peek()?.type === 'or') {
      pos++;
      left = { kind: 'or', left, right: parseAnd(depth) };
    }
    return left;
  };
  const parseAnd = (depth: number): SpdxExpression => {
    let left = parseTerm(depth);
    while (peek()?.type === 'and') {
      pos++;
      left = { kind: 'and', left, right: parseTerm(depth) };
    }
    return left;
  };
  const parseTerm = (depth: number): SpdxExpression => {
    const token = peek();
    if (token?.type === 'open') {
      if (depth >= MAX_NESTING) fail(`parentheses nested deeper than ${MAX_NESTING}`);
      pos++;
      const inner = parseOr(depth + 1);
      if (peek()?.type !== 'close') fail(`expected ')' but found ${describe(peek())}`);
      pos++;
      if (peek()?.type === 'with') fail('WITH must follow a single license, not a parenthesized expression');
      return inner;
    }
    if (token?.type !== 'id') return fail(`expected a license id but found ${describe(token)}`);
    pos++;
    const license = licenseTerm(token.value, () => fail(`'${token.value}' is not a license id`));
    if (peek()?.type === 'plus') {
      if (license.orLater) fail(`'${token.value}' already means "or later"; '+' is redundant`);
      pos++;
      license.orLater = true;
    }
    if (peek()?.type === 'with') {
      pos++;
      const exception = peek();
      if (exception?.type !== 'id' || !isExceptionId(exception.value))
        fail(`expected a license exception id after WITH but found ${describe(exception)}`);
      pos++;
      license.exception = (exception as { value: string }).value;
    }
    return license;
  };

  const expression = parseOr(0);
  if (pos < tokens.length) fail(`unexpected ${describe(peek())}`);
  return expression;
}

const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

function licenseTerm(word: string, invalid: () => never): SpdxLicense {
  if (LICENSE_REF.test(word)) return { kind: 'license', id: word, orLater: false };
  if (!LICENSE_ID.test(word) || word.includes(':')) invalid();
  const orLater = /-or-later$/i.test(word);
  return { kind: 'license', id: orLater ? word.replace(/-or-later$/i, '') : word, orLater };
}

function isExceptionId(word: string): boolean {
  return LICENSE_ID.test(word) || LICENSE_REF.test(word);
}

/** The expression written back in canonical SPDX form (parenthesized only where needed). */
export function formatSpdxExpression(expression: SpdxExpression): string {
  const format = (node: SpdxExpression, parent: 'and' | 'or' | null): string => {
    if (node.kind === 'license') {
      return `${node.id}${node.orLater ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
    }
    const text = `${format(node.left, node.kind)} ${node.kind.toUpperCase()} ${format(node.right, node.kind)}`;
    return parent === 'and' && node.kind === 'or' ? `(${text})` : text;
  };
  return format(expression, null);
}

/** Every license term of an expression, left to right. */
export function licensesIn(expression: SpdxExpression): SpdxLicense[] {
  const out: SpdxLicense[] = [];
  const stack: SpdxExpression[] = [expression];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'license') out.push(node);
    else stack.push(node.right, node.left);
  }
  return out;
}

/** Folds the expression as a boolean formula, judging each license term with `leaf`. */
export function satisfiable(expression: SpdxExpression, leaf: (license: SpdxLicense) => boolean): boolean {
  if (expression.kind === 'license') return leaf(expression);
  if (expression.kind === 'and')
    return satisfiable(expression.left, leaf) && satisfiable(expression.right, leaf);
  return satisfiable(expression.left, leaf) || satisfiable(expression.right, leaf);
}

// ---------------------------------------------------------------------------------------------
// Matching license terms against a policy's allow and deny lists

/**
 * Families whose later versions are known, so `GPL-2.0+` is understood as "GPL-2.0 or
 * GPL-3.0". For any other `X+` only X itself is known: an allow list must allow X (or list
 * `X+` literally), and a deny of X denies `X+` (a later version nobody has assessed cannot
 * make it acceptable).
 */
const VERSION_FAMILIES: readonly (readonly string[])[] = [
  ['GPL-1.0', 'GPL-2.0', 'GPL-3.0'],
  ['LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0'],
  ['AGPL-1.0', 'AGPL-3.0'],
  ['GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3'],
  ['MPL-1.0', 'MPL-1.1', 'MPL-2.0'],
  ['Apache-1.0', 'Apache-1.1', 'Apache-2.0'],
];

/** A license id reduced for comparison: lower case, GNU's `-only` suffix dropped. */
export function licenseKey(id: string): string {
  return id.toLowerCase().replace(/^((?:a|l)?gpl-\d\.\d|gfdl-\d\.\d(?:-(?:no-)?invariants)?)-only$/, '$1');
}

/** Keys of `base` and every known later version of it. */
function thisOrLater(base: string): string[] {
  const key = licenseKey(base);
  for (const family of VERSION_FAMILIES) {
    const index = family.findIndex((version) => version.toLowerCase() === key);
    if (index >= 0) return family.slice(index).map((version) => version.toLowerCase());
  }
  return [key];
}

/** A parsed allow or deny entry: one license term, optionally with an exception. */
export interface LicenseRule {
  /** As written in the policy. */
  text: string;
  term: SpdxLicense;
}

/** Parses allow/deny entries; each must be a single license term (no AND/OR). */
export function parseLicenseRule(text: string): LicenseRule {
  const expression = parseSpdxExpression(text);
  if (expression.kind !== 'license') {
    throw new SpdxParseError(
      `'${text}' is an expression; list single license ids (e.g. MIT, Apache-2.0, GPL-2.0-only WITH Classpath-exception-2.0)`,
      text,
      0,
    );
  }
  return { text, term: expression };
}

function exceptionMatches(rule: SpdxLicense, term: SpdxLicense): boolean {
  // A rule without an exception covers the license with any exception (an exception only
  // adds permissions); a rule with one covers only that exception.
  return (
    rule.exception === undefined || rule.exception.toLowerCase() === (term.exception ?? '').toLowerCase()
  );
}

/**
 * Whether `term` may be used under the allow list: the term itself is listed (same id and
 * same "or later"), or, for `X+`, one of the versions it may be taken under is listed as a
 * plain id (`GPL-2.0+` may be used as GPL-3.0-only). An allow of `X+` does not allow plain X.
 */
export function allowedBy(term: SpdxLicense, rules: readonly LicenseRule[]): boolean {
  const key = licenseKey(term.id);
  const versions = term.orLater ? thisOrLater(term.id) : [];
  return rules.some(({ term: rule }) => {
    if (!exceptionMatches(rule, term)) return false;
    const ruleKey = licenseKey(rule.id);
    if (ruleKey === key && rule.orLater === term.orLater) return true;
    return !rule.orLater && versions.includes(ruleKey);
  });
}

/**
 * Whether every way to use `term` is denied: a plain license is denied when listed (a deny of
 * `X+` denies X and every later version); `X+` is denied when each known version it may be
 * taken under is.
 */
export function deniedBy(term: SpdxLicense, rules: readonly LicenseRule[]): boolean {
  const versions = term.orLater ? thisOrLater(term.id) : [licenseKey(term.id)];
  return versions.every((version) =>
    rules.some(({ term: rule }) => {
      if (!exceptionMatches(rule, term)) return false;
      const covered = rule.orLater ? thisOrLater(rule.id) : [licenseKey(rule.id)];
      return covered.includes(version);
    }),
  );
}

export interface LicensePolicy {
  /** Absent: every license that is not denied is allowed. */
  allow?: readonly LicenseRule[];
  deny: readonly LicenseRule[];
}

export type LicenseVerdict = 'allowed' | 'denied' | 'not_allowed';

/**
 * `denied` when every way to satisfy the expression needs a denied license; `allowed` when it
 * can be satisfied using only allowed (and not denied) licenses; otherwise `not_allowed`.
 */
export function judgeExpression(expression: SpdxExpression, policy: LicensePolicy): LicenseVerdict {
  const notDenied = (term: SpdxLicense): boolean => !deniedBy(term, policy.deny);
  if (!satisfiable(expression, notDenied)) return 'denied';
  const allow = policy.allow;
  const usable = (term: SpdxLicense): boolean => notDenied(term) && (!allow || allowedBy(term, allow));
  return satisfiable(expression, usable) ? 'allowed' : 'not_allowed';
}
