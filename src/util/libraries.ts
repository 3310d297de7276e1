// Parsing libraries that only some policies need — ical.js and rrule for recurring freeze
// windows, JMESPath and TOML for `platforms_from` and version files — are chunks of the bundle,
// loaded before a policy that uses them is checked (a gate type names them in `libraries`).
// A policy without them never loads them: they are not part of every start.
//
// The code that uses a library calls it synchronously (parameter checks run synchronously), so
// it reads the loaded module through `library()`, which fails loudly when nobody loaded it.
import type ICAL from 'ical.js';
import type { RRule } from 'rrule';

export interface Libraries {
  ical: typeof ICAL;
  rrule: typeof RRule;
  jmespath: typeof import('@jmespath-community/jmespath');
  toml: typeof import('smol-toml');
}
export type LibraryName = keyof Libraries;

// One literal import per library, so the bundler makes each its own chunk.
const LOADERS: { [K in LibraryName]: () => Promise<Libraries[K]> } = {
  ical: async () => (await import('ical.js')).default,
  // Node loads rrule's CommonJS build, whose exports sit under `default`; the bundle its ES build.
  rrule: async () => {
    const module = await import('rrule');
    return module.RRule ?? (module as unknown as { default: typeof module }).default.RRule;
  },
  jmespath: () => import('@jmespath-community/jmespath'),
  toml: () => import('smol-toml'),
};

const loaded: Partial<Libraries> = {};

/** Loads the named libraries (once each). */
export async function loadLibraries(names: Iterable<LibraryName>): Promise<void> {
  await Promise.all(
    [...new Set(names)].map(async (name) => {
      (loaded as Record<LibraryName, unknown>)[name] ??= await LOADERS[name]();
    }),
  );
}

/** A library loaded by loadLibraries; a programming error (never a verdict) when it was not. */
export function library<K extends LibraryName>(name: K): Libraries[K] {
  const module = loaded[name];
  if (!module)
    throw new Error(
      `The ${name} library is used before it was loaded: a gate type that needs it must name it in \`libraries\`.`,
    );
  return module;
}
