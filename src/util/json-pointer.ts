// RFC 6901 JSON Pointer. `/packages//version` has an empty segment: the key "" (as in
// package-lock.json's root package entry).

export type PointerLookup = { found: true; value: unknown } | { found: false; missingAt: string };

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON Pointer '${pointer}' must be empty or start with '/'`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function resolvePointer(document: unknown, pointer: string): PointerLookup {
  let node = document;
  const segments = parsePointer(pointer);
  for (const [i, segment] of segments.entries()) {
    const here = '/' + segments.slice(0, i + 1).join('/');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.length)
        return { found: false, missingAt: here };
      node = node[Number(segment)];
    } else if (
      node !== null &&
      typeof node === 'object' &&
      Object.prototype.hasOwnProperty.call(node, segment)
    ) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return { found: false, missingAt: here };
    }
  }
  return { found: true, value: node };
}
