// A parsed YAML document that remembers where each value came from, so every policy error
// can say FILE:LINE:COL.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { SourcePosition } from '../model/types.js';

export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value (or, with `key`, of the mapping key) at a JSON path. */
  positionOf(path: readonly (string | number)[], options?: { key?: boolean }): SourcePosition;
}

export interface YamlSyntaxIssue extends SourcePosition {
  message: string;
}

export function parseYamlSource(
  text: string,
  file: string,
): { source: YamlSource | null; issues: YamlSyntaxIssue[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys: a duplicated gate id must be an error, never "the last one wins".
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const issues = [...doc.errors, ...doc.warnings].map((e) => ({
    ...at(e.pos[0]),
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  if (doc.errors.length > 0) return { source: null, issues };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved aliases and alias bombs surface here, not in doc.errors.
    return {
      source: null,
      issues: [
        { ...at(unresolvedAliasOffset(doc)), message: `YAML: ${(error as Error).message.split('\n')[0]}` },
      ],
    };
  }
  return {
    source: { file, value, positionOf: (path, options) => at(offsetOf(doc, path, options?.key ?? false)) },
    issues,
  };
}

/** Where the first alias that names no anchor is, so the error points at it (else the start). */
function unresolvedAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Offset of the deepest node that exists along `path` (a missing key points at its parent). */
function offsetOf(doc: Document, path: readonly (string | number)[], key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? 0;
}
