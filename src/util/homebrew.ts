// Reads what a release check needs out of a Homebrew formula or cask: its `version "x"`
// statements and each `url "..."` with the `sha256 "..."` of the same block. Formula writers
// put sha256 after url; GoReleaser's casks put it before (`on_intel do / sha256 … / url …`), so
// a url is paired with the sha256 of its own block and branch, whichever comes first. A
// formula is Ruby, and this is not a Ruby interpreter: it tokenizes just enough (strings,
// comments, heredocs, regexps, blocks) that a `url` inside a heredoc, a comment, a `resource`
// or a `bottle` block is not mistaken for the formula's own. Anything it cannot tokenize is a
// FormulaParseError, never a guess.

export const FORMULA_UNPARSABLE = 'FORMULA_UNPARSABLE';

export class FormulaParseError extends Error {
  readonly code = FORMULA_UNPARSABLE;

  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'FormulaParseError';
  }
}

export interface FormulaUrl {
  /** The url with `#{version}` replaced by the formula's version; other interpolations kept as written. */
  url: string;
  line: number;
  /**
   * The sha256 of this url's block and branch (before or after it, never across another url),
   * as written; null when there is none.
   */
  sha256: string | null;
  sha256Line: number | null;
  /** Enclosing blocks, outermost first (`class`, `on_macos`, `if`, ...). */
  blocks: string[];
}

export interface FormulaVersion {
  value: string;
  line: number;
  blocks: string[];
}

export interface ParsedFormula {
  /** `cask "name" do` rather than `class Name < Formula`. */
  kind: 'formula' | 'cask';
  versions: FormulaVersion[];
  urls: FormulaUrl[];
}

/** Blocks whose url/sha256/version describe something else than the formula's own download. */
const FOREIGN_BLOCKS = new Set(['resource', 'patch', 'head', 'bottle', 'livecheck', 'test', 'def', 'devel']);

export function parseFormula(text: string): ParsedFormula {
  return scan(tokenize(text));
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Part = string | { interpolation: string };

type Token =
  | { kind: 'nl'; line: number }
  | { kind: 'ident'; text: string; line: number }
  | { kind: 'string'; parts: Part[]; line: number }
  | { kind: 'punct'; text: string; line: number }
  /** A value that is neither an identifier nor a plain string: number, symbol, regexp, heredoc. */
  | { kind: 'value'; line: number };

/** Words after which an expression starts (so `/` opens a regexp and `%(` a string). */
const EXPRESSION_KEYWORDS = new Set([
  'if',
  'unless',
  'while',
  'until',
  'when',
  'case',
  'return',
  'and',
  'or',
  'not',
  'then',
  'else',
  'elsif',
  'do',
  'in',
  'puts',
  'yield',
]);

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

interface Heredoc {
  id: string;
  /** `<<~` and `<<-` allow an indented terminator; a bare `<<` wants it at column 0. */
  indented: boolean;
  line: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pending: Heredoc[] = [];
  let i = 0;
  let line = 1;

  const atLineStart = () => i === 0 || text[i - 1] === '\n';
  const previous = () => tokens.at(-1);
  /** Whether the next token starts an expression, rather than continuing one (division, modulo). */
  const expectsValue = (): boolean => {
    const last = previous();
    if (!last || last.kind === 'nl') return true;
    if (last.kind === 'punct') return ![')', ']', '}'].includes(last.text);
    if (last.kind === 'ident') return EXPRESSION_KEYWORDS.has(last.text);
    return false;
  };

  /** Reads a quoted body up to `close`; `interpolate` for double-quote semantics. */
  const readQuoted = (open: string, close: string, interpolate: boolean, startLine: number): Part[] => {
    const parts: Part[] = [];
    let literal = '';
    let depth = 1;
    while (true) {
      if (i >= text.length) throw new FormulaParseError(startLine, 'unterminated string');
      const ch = text[i]!;
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) throw new FormulaParseError(startLine, 'unterminated string');
        if (next === '\n') line++;
        literal += interpolate
          ? (ESCAPES[next] ?? next)
          : next === close || next === '\\' || next === open
            ? next
            : `\\${next}`;
        i += 2;
        continue;
      }
      if (interpolate && ch === '#' && text[i + 1] === '{') {
        if (literal) parts.push(literal);
        literal = '';
        i += 2;
        parts.push({ interpolation: readInterpolation(startLine) });
        continue;
      }
      if (ch === '\n') line++;
      if (open !== close && ch === open) depth++;
      if (ch === close && --depth === 0) {
        i++;
        break;
      }
      literal += ch;
      i++;
    }
    if (literal || parts.length === 0) parts.push(literal);
    return parts;
  };

  /** Skips a `#{...}` body (after `#{`), nested braces and strings included; returns its source. */
  const readInterpolation = (startLine: number): string => {
    const start = i;
    let depth = 1;
    while (true) {
      if (i >= text.length) throw new FormulaParseError(startLine, 'unterminated #{...} interpolation');
      const ch = text[i]!;
      if (ch === '"' || ch === "'") {
        i++;
        readQuoted(ch, ch, ch === '"', line);
        continue;
      }
      if (ch === '\n') line++;
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) {
        i++;
        return text.slice(start, i - 1).trim();
      }
      i++;
    }
  };

  const readRegexp = (startLine: number): void => {
    let inClass = false;
    while (true) {
      if (i >= text.length) throw new FormulaParseError(startLine, 'unterminated regular expression');
      const ch = text[i]!;
      if (ch === '\\') {
        if (text[i + 1] === '\n') line++;
        i += 2;
        continue;
      }
      if (ch === '#' && text[i + 1] === '{') {
        i += 2;
        readInterpolation(startLine);
        continue;
      }
      if (ch === '\n') line++;
      i++;
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
    }
    while (i < text.length && /[a-z]/.test(text[i]!)) i++;
  };

  const skipHeredocBodies = (): void => {
    for (const heredoc of pending.splice(0)) {
      while (true) {
        if (i >= text.length)
          throw new FormulaParseError(heredoc.line, `heredoc '${heredoc.id}' is never terminated`);
        const end = text.indexOf('\n', i);
        const bodyLine = text.slice(i, end === -1 ? text.length : end).replace(/\r$/, '');
        i = end === -1 ? text.length : end + 1;
        line++;
        if ((heredoc.indented ? bodyLine.trim() : bodyLine) === heredoc.id) break;
      }
    }
  };

  while (i < text.length) {
    if (atLineStart()) {
      if (/^=begin(\s|$)/.test(text.slice(i, i + 7))) {
        const startLine = line;
        const end = text.slice(i).search(/(^|\n)=end(\s|$)/);
        if (end === -1) throw new FormulaParseError(startLine, '=begin comment is never closed with =end');
        const skipped = text.slice(i, i + end + 1);
        line += (skipped.match(/\n/g) ?? []).length;
        i += end + 1;
        // Drop the =end line itself.
        const after = text.indexOf('\n', i);
        i = after === -1 ? text.length : after;
        continue;
      }
      // Everything after __END__ is data (often a patch), not code.
      if (/^__END__\r?(\n|$)/.test(text.slice(i, i + 9))) break;
    }
    const ch = text[i]!;
    const startLine = line;
    if (ch === '\n') {
      tokens.push({ kind: 'nl', line });
      i++;
      line++;
      if (pending.length) skipHeredocBodies();
      continue;
    }
    if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      line++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '"' || ch === '`') {
      i++;
      tokens.push({ kind: 'string', parts: readQuoted(ch, ch, true, startLine), line: startLine });
      continue;
    }
    if (ch === "'") {
      i++;
      tokens.push({ kind: 'string', parts: readQuoted("'", "'", false, startLine), line: startLine });
      continue;
    }
    if (ch === ':' && (text[i + 1] === '"' || text[i + 1] === "'")) {
      const quote = text[i + 1]!;
      i += 2;
      readQuoted(quote, quote, quote === '"', startLine);
      tokens.push({ kind: 'value', line: startLine });
      continue;
    }
    if (ch === ':' && /[A-Za-z_]/.test(text[i + 1] ?? '')) {
      i++;
      while (i < text.length && /[\w?!=]/.test(text[i]!)) i++;
      tokens.push({ kind: 'value', line: startLine });
      continue;
    }
    if (ch === '%') {
      const literal = /^%([qQwWiIrsx]?)([^\w\s])/.exec(text.slice(i, i + 3));
      if (literal && (literal[1] || expectsValue())) {
        const [, type, open] = literal as unknown as [string, string, string];
        i += literal[0].length;
        const parts = readQuoted(
          open,
          PAIRS[open] ?? open,
          type === '' || type === 'Q' || type === 'W' || type === 'I',
          startLine,
        );
        tokens.push(
          type === '' || type === 'q' || type === 'Q'
            ? { kind: 'string', parts, line: startLine }
            : { kind: 'value', line: startLine },
        );
        continue;
      }
    }
    if (ch === '/' && expectsValue()) {
      i++;
      readRegexp(startLine);
      tokens.push({ kind: 'value', line: startLine });
      continue;
    }
    if (ch === '<' && text[i + 1] === '<') {
      const heredoc = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 200));
      if (heredoc && (heredoc[1] || heredoc[2] || expectsValue() || /^[A-Z_][A-Z0-9_]*$/.test(heredoc[3]!))) {
        pending.push({ id: heredoc[3]!, indented: heredoc[1] !== '', line: startLine });
        i += heredoc[0].length;
        tokens.push({ kind: 'value', line: startLine });
        continue;
      }
    }
    if (
      ch === '?' &&
      expectsValue() &&
      text[i + 1] !== undefined &&
      !/\s/.test(text[i + 1]!) &&
      !/\w/.test(text[i + 2] ?? '')
    ) {
      // A character literal such as ?" must not open a string.
      i += text[i + 1] === '\\' ? 3 : 2;
      tokens.push({ kind: 'value', line: startLine });
      continue;
    }
    if (/[A-Za-z_@$\u0080-\uffff]/.test(ch)) {
      const start = i;
      i++;
      while (i < text.length && /[\w\u0080-\uffff]/.test(text[i]!)) i++;
      if (text[i] === '?' || text[i] === '!') {
        // `arm?` is a method name; `x ?a : b` and `x != y` are not.
        if (text[i + 1] !== '=' && !(text[i] === '?' && /[\w:'"]/.test(text[i + 1] ?? ''))) i++;
      }
      const word = text.slice(start, i);
      tokens.push(
        ch === '@' || ch === '$'
          ? { kind: 'value', line: startLine }
          : { kind: 'ident', text: word, line: startLine },
      );
      continue;
    }
    if (/[0-9]/.test(ch)) {
      while (
        i < text.length &&
        /[\w.]/.test(text[i]!) &&
        !(text[i] === '.' && !/[0-9]/.test(text[i + 1] ?? ''))
      )
        i++;
      tokens.push({ kind: 'value', line: startLine });
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, line: startLine });
    i++;
  }
  if (pending.length)
    throw new FormulaParseError(pending[0]!.line, `heredoc '${pending[0]!.id}' is never terminated`);
  return tokens;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  s: ' ',
  '0': '\0',
  e: '\u001b',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
};

// ---------------------------------------------------------------------------------------------
// Statements

/** Keywords that open a block closed by `end` when they start a statement (not as modifiers). */
const BLOCK_KEYWORDS = new Set([
  'class',
  'module',
  'def',
  'if',
  'unless',
  'case',
  'while',
  'until',
  'begin',
  'for',
]);
/** Keywords after which a new statement starts on the same line. */
const STATEMENT_STARTERS = new Set(['then', 'else', 'do', 'begin', 'ensure', 'rescue']);
const LOOP_KEYWORDS = new Set(['while', 'until', 'for']);

interface RawUrl {
  parts: Part[];
  line: number;
  sha256: string | null;
  sha256Line: number | null;
  blocks: string[];
}

/** Keywords that start another branch of the enclosing `if` / `case`: a url and a sha256 never pair across them. */
const BRANCH_KEYWORDS = new Set(['else', 'elsif', 'when', 'in']);

interface PendingSha {
  value: string;
  line: number;
}

function scan(tokens: Token[]): ParsedFormula {
  const blocks: string[] = [];
  /** A number per open block, parallel to `blocks`: what is waiting to be paired is per block. */
  const blockIds: number[] = [];
  let nextBlockId = 1;
  const versions: { parts: Part[]; line: number; blocks: string[] }[] = [];
  const urls: RawUrl[] = [];
  /** Per block: the url waiting for its sha256, or the sha256 waiting for its url (casks). */
  const waiting = new Map<number, { url: RawUrl } | { sha: PendingSha }>();
  let statementStart = true;
  let statementHead: string | null = null;
  let loopOpened = false;
  let kind: ParsedFormula['kind'] = 'formula';

  const open = (name: string) => {
    blocks.push(name);
    blockIds.push(nextBlockId++);
  };
  const close = () => {
    blocks.pop();
    waiting.delete(blockIds.pop()!);
  };
  const currentBlock = () => blockIds.at(-1) ?? 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const startsStatement = statementStart;
    statementStart = false;
    if (token.kind === 'nl' || (token.kind === 'punct' && token.text === ';')) {
      statementStart = true;
      statementHead = null;
      loopOpened = false;
      continue;
    }
    if (token.kind === 'punct') {
      if (token.text === '{') open('{');
      else if (token.text === '}' && blocks.at(-1) === '{') close();
      continue;
    }
    if (token.kind !== 'ident') continue;
    const word = token.text;
    if (startsStatement) statementHead = word;

    if (word === 'end') {
      if (blocks.length && blocks.at(-1) !== '{') close();
      continue;
    }
    if (word === 'do') {
      if (!loopOpened) open(statementHead ?? 'do');
      if (statementHead === 'cask' && blocks.length === 1) kind = 'cask';
      loopOpened = false;
      statementStart = true;
      index = skipBlockParameters(tokens, index);
      continue;
    }
    if (BRANCH_KEYWORDS.has(word)) waiting.delete(currentBlock());
    const previous = tokens[index - 1];
    const valuePosition = previous?.kind === 'punct' && ['=', '('].includes(previous.text);
    if (
      BLOCK_KEYWORDS.has(word) &&
      (startsStatement || (valuePosition && word !== 'class' && word !== 'def'))
    ) {
      open(word);
      if (LOOP_KEYWORDS.has(word)) loopOpened = true;
    }
    if (STATEMENT_STARTERS.has(word)) statementStart = true;
    if (BLOCK_KEYWORDS.has(word) || STATEMENT_STARTERS.has(word)) continue;
    if (!startsStatement || (word !== 'url' && word !== 'sha256' && word !== 'version')) continue;

    const argument = stringArgument(tokens, index);
    if (!argument) continue;
    // A resource's or bottle's url and sha256 are not the formula's download. They are paired
    // in their own block like any other, and then left out.
    const foreign = blocks.some((block) => FOREIGN_BLOCKS.has(block));
    const block = currentBlock();
    const before = waiting.get(block);
    if (word === 'url') {
      const entry: RawUrl = {
        parts: argument.parts,
        line: token.line,
        sha256: null,
        sha256Line: null,
        blocks: namedBlocks(blocks),
      };
      if (!foreign) urls.push(entry);
      if (before && 'sha' in before) {
        entry.sha256 = before.sha.value;
        entry.sha256Line = before.sha.line;
        waiting.delete(block);
      } else waiting.set(block, { url: entry });
    } else if (word === 'sha256') {
      const sha = { value: literalText(argument.parts).trim(), line: token.line };
      if (before && 'url' in before) {
        before.url.sha256 = sha.value;
        before.url.sha256Line = sha.line;
        waiting.delete(block);
      } else waiting.set(block, { sha });
    } else if (!foreign) {
      versions.push({ parts: argument.parts, line: token.line, blocks: namedBlocks(blocks) });
    }
  }

  const resolvedVersions = versions.map((v) => ({
    value: literalText(v.parts),
    line: v.line,
    blocks: v.blocks,
  }));
  // `#{version}` in a url means the formula's (or cask's) version; use the outermost declaration.
  const outermost = [...resolvedVersions].sort((a, b) => a.blocks.length - b.blocks.length)[0];
  return {
    kind,
    versions: resolvedVersions,
    urls: urls.map((u) => ({
      url: u.parts
        .map((part) =>
          typeof part === 'string'
            ? part
            : part.interpolation === 'version' && outermost
              ? outermost.value
              : `#{${part.interpolation}}`,
        )
        .join(''),
      line: u.line,
      sha256: u.sha256,
      sha256Line: u.sha256Line,
      blocks: u.blocks,
    })),
  };
}

/** The string a statement is called with: `url "x"`, `url("x")`, `url "x", using: :nounzip`. */
function stringArgument(tokens: Token[], index: number): { parts: Part[] } | null {
  let next = tokens[index + 1];
  if (next?.kind === 'punct' && next.text === '(') next = tokens[index + 2];
  return next?.kind === 'string' ? { parts: next.parts } : null;
}

/** After `do`, skips `|a, b|` so the block body starts a statement. */
function skipBlockParameters(tokens: Token[], index: number): number {
  const next = tokens[index + 1];
  if (next?.kind !== 'punct' || next.text !== '|') return index;
  for (let j = index + 2; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'nl') return j - 1;
    if (token.kind === 'punct' && token.text === '|') return j;
  }
  return index;
}

function literalText(parts: Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : `#{${part.interpolation}}`)).join('');
}

function namedBlocks(blocks: string[]): string[] {
  return blocks.filter((block) => block !== '{');
}
