// Which stage a ref is evaluated at. With `auto`, the most specific matching pattern wins
// (most literal characters), so the order stages are written in never matters.
import picomatch from 'picomatch';
import type { StageDefinition } from '../model/types.js';

export interface StageChoice {
  stage: string;
  /** Why, in words, e.g. `ref 'v1.0.0-rc.1' matched 'v*-rc.*' of stage PRE_GA (most specific)`. */
  reason: string;
}

export class StageError extends Error {
  constructor(
    readonly code: 'STAGE_UNKNOWN' | 'STAGE_NO_MATCH' | 'STAGE_AMBIGUOUS',
    message: string,
  ) {
    super(message);
    this.name = 'StageError';
  }
}

/** Short name of a ref: refs/heads/main → main, refs/tags/v1 → v1, anything else unchanged. */
export function shortRefName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/** Full ref: a short name is taken as a tag when `isTag`, else as a branch. */
export function fullRefName(ref: string, isTag: boolean): string {
  if (ref.startsWith('refs/')) return ref;
  return isTag ? `refs/tags/${ref}` : `refs/heads/${ref}`;
}

/** Literal (non-wildcard) characters of a glob: how specific it is. */
export function patternSpecificity(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      count++;
      i++;
    } else if (ch === '[') {
      // A character class stands for one character but names none literally.
      const close = pattern.indexOf(']', i + 1);
      if (close > i) i = close;
    } else if (!'*?{}()!+@,'.includes(ch)) {
      count++;
    }
  }
  return count;
}

function matches(pattern: string, ref: string, short: string): boolean {
  const subject = pattern.startsWith('refs/') ? ref : short;
  return picomatch.isMatch(subject, pattern, { dot: true });
}

/**
 * Resolves the stage. `requested` is a stage name or `auto`; `ref` is the full ref
 * (refs/heads/…, refs/tags/…) or a short name.
 */
export function resolveStage(
  stages: Record<string, StageDefinition>,
  requested: string,
  ref: string,
): StageChoice {
  const names = Object.keys(stages);
  if (requested !== 'auto') {
    if (!Object.hasOwn(stages, requested))
      throw new StageError(
        'STAGE_UNKNOWN',
        `Invalid stage '${requested}'. Expected auto or one of: ${names.join(', ')}.`,
      );
    return { stage: requested, reason: `stage ${requested} was requested by name` };
  }
  const short = shortRefName(ref);
  const best = new Map<string, { pattern: string; score: number }>();
  for (const [name, stage] of Object.entries(stages)) {
    for (const pattern of stage.match ?? []) {
      if (!matches(pattern, ref, short)) continue;
      const score = patternSpecificity(pattern);
      const current = best.get(name);
      if (!current || score > current.score) best.set(name, { pattern, score });
    }
  }
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score);
  if (ranked.length === 0) {
    throw new StageError(
      'STAGE_NO_MATCH',
      `No stage matches ref '${short}'. Add a match pattern for it, or pass the stage input (one of: ${names.join(', ')}).`,
    );
  }
  const [winner, runnerUp] = ranked;
  if (runnerUp && runnerUp[1].score === winner![1].score) {
    throw new StageError(
      'STAGE_AMBIGUOUS',
      `Ref '${short}' matches stages ${winner![0]} ('${winner![1].pattern}') and ${runnerUp[0]} ('${runnerUp[1].pattern}') equally specifically; make one pattern more specific or pass the stage input.`,
    );
  }
  const [name, { pattern }] = winner!;
  const qualifier = ranked.length > 1 ? ' (most specific)' : '';
  return { stage: name, reason: `ref '${short}' matched '${pattern}' of stage ${name}${qualifier}` };
}
