// Keeps the documentation honest against the code:
// - every gate type in the registry has a section in docs/gates.md (and a row in its table);
// - every code the source can produce is documented in docs/gates.md, and every code a table
//   of docs/gates.md documents is one the source can produce (none missing, none invented);
// - every relative link in README.md and docs/*.md resolves to a file, and a link to a heading
//   of a Markdown file names a heading that exists;
// - docs/policy.md is exactly what the generator renders from the gate registry.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GATE_TYPES } from '../src/gates/registry.js';
import { renderPolicyReference } from '../src/policy/reference.js';
import { buildPolicySchema } from '../src/policy/schema.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const CODE = "'([A-Z][A-Z0-9_]*[A-Z0-9])'";

/**
 * Every code string the source can produce, with the files it appears in. Codes are written as
 * `code: 'X'` or `code: own ?? 'X'` (verdicts), `new GateError('X', …)` / `new StageError('X', …)`
 * (thrown, possibly with the code on the next line), `const code = … ? 'X' : 'Y'` or
 * `const CODE_… = 'X'`, or a constant named like its value
 * (`export const FORMULA_UNPARSABLE = 'FORMULA_UNPARSABLE'`, used as an error class's `code`).
 */
function collectSourceCodes(files: readonly string[]): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  const add = (code: string, file: string): void => {
    if (!codes.has(code)) codes.set(code, new Set());
    codes.get(code)!.add(path.relative(ROOT, file));
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of [
      new RegExp(`\\bcode:\\s*(?:[\\w.!]+\\s*\\?\\?\\s*)?${CODE}`, 'g'),
      new RegExp(`\\bnew\\s+[A-Za-z]*Error\\(\\s*${CODE}`, 'g'),
      /\bexport const ([A-Z][A-Z0-9_]*[A-Z0-9]) = '\1';/g,
    ]) {
      for (const match of text.matchAll(pattern)) add(match[1]!, file);
    }
    // The whole expression of `const code = …;` (a ternary) or `const CODE_… = …;`.
    for (const match of text.matchAll(/\bconst\s+(?:code|CODE_[A-Z0-9_]+)\s*=\s*([^;]+);/g)) {
      for (const inner of match[1]!.matchAll(new RegExp(CODE, 'g'))) add(inner[1]!, file);
    }
  }
  return codes;
}

/** Drops fenced code blocks (their `#` lines are not headings, their brackets not links). */
function withoutFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      out.push('');
    } else if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
      out.push('');
    } else out.push(line);
  }
  return out.join('\n');
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const text = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Link destinations of inline links and images, outside code. */
function linkTargets(markdown: string): string[] {
  const prose = withoutFences(markdown).replace(/(`+)[\s\S]*?\1/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const gatesDoc = read('docs/gates.md');
const sourceCodes = collectSourceCodes(sourceFiles(path.join(ROOT, 'src')));

describe('docs/gates.md covers the gate registry', () => {
  test.each(GATE_TYPES.map((gate) => gate.type))('%s has a section and a row in the overview', (type) => {
    expect(gatesDoc).toMatch(new RegExp(`^### \`${type}\`$`, 'm'));
    expect(gatesDoc).toMatch(new RegExp(`^\\| \\[\`${type}\`\\]\\(#${type}\\) \\|`, 'm'));
  });

  test('documents no gate type the registry does not have', () => {
    const registered = new Set(GATE_TYPES.map((gate) => gate.type));
    const documented = [...gatesDoc.matchAll(/^### `([a-z_]+)`$/gm)].map((m) => m[1]!);
    expect(documented.filter((type) => !registered.has(type))).toEqual([]);
    expect(new Set(documented).size).toBe(registered.size);
  });
});

describe('docs/gates.md covers every code', () => {
  test('the code collector sees every way the source writes a code', () => {
    // One code per mechanism: a verdict, a verdict's fallback (`code: own ?? 'X'`), a thrown
    // GateError, a StageError on its own line, a ternary in main.ts, a constant in
    // freeze-window.ts, and an error class's constant.
    for (const code of [
      'STREAK_MET',
      'EVIDENCE_OK',
      'WORKFLOW_NOT_FOUND',
      'STAGE_AMBIGUOUS',
      'INVALID_INPUT',
      'INVALID_PARAMS',
      'FORMULA_UNPARSABLE',
      'CHECKSUM_MALFORMED',
    ]) {
      expect(sourceCodes.has(code)).toBe(true);
    }
    expect(sourceCodes.size).toBeGreaterThan(100);
  });

  test('every code the source can produce appears in docs/gates.md', () => {
    const missing = [...sourceCodes.keys()]
      .filter((code) => !gatesDoc.includes(`\`${code}\``))
      .map((code) => `${code} (${[...sourceCodes.get(code)!].join(', ')})`);
    expect(missing).toEqual([]);
  });

  test('every code a table of docs/gates.md documents is one the source can produce', () => {
    const documented = [...new Set([...gatesDoc.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!))];
    expect(documented.length).toBeGreaterThan(100);
    expect(documented.filter((code) => !sourceCodes.has(code))).toEqual([]);
  });

  test('the index of codes lists each code once, in order', () => {
    const index = gatesDoc.slice(gatesDoc.indexOf('## Index of codes'));
    const listed = [...index.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!);
    expect(listed).toEqual([...sourceCodes.keys()].sort());
  });
});

describe('links in README.md and docs/*.md', () => {
  test.each(DOCS)('%s: every relative link resolves', (doc) => {
    const broken: string[] = [];
    for (const target of linkTargets(read(doc))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [file = '', anchor] = target.split('#') as [string, string | undefined];
      const resolved = file
        ? path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(file))
        : path.join(ROOT, doc);
      if (!existsSync(resolved)) {
        broken.push(`${target} (no file ${path.relative(ROOT, resolved)})`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile()) {
        if (!headingAnchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor)))
          broken.push(`${target} (no heading #${anchor} in ${path.relative(ROOT, resolved)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the link checker finds links and anchors as GitHub renders them', () => {
    expect(linkTargets('[a](b.md) `[c](d.md)` ![e](f.png "t")\n```\n[g](h.md)\n```')).toEqual([
      'b.md',
      'f.png',
    ]);
    expect([
      ...headingAnchors("## How to read a gate's codes\n### `issues: read` and `x`\n## A\n## A"),
    ]).toEqual(['how-to-read-a-gates-codes', 'issues-read-and-x', 'a', 'a-1']);
  });
});

describe('docs/policy.md', () => {
  test('is exactly what `npm run generate` renders from the gate registry', () => {
    expect(read('docs/policy.md')).toBe(renderPolicyReference(buildPolicySchema(GATE_TYPES)));
  });
});
