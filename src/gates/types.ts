import type { BuildRunPolicy, EvalContext, Verdict } from '../model/types.js';
import type { FactStore } from '../facts/store.js';
import type { LibraryName } from '../util/libraries.js';

/**
 * A gate type: how to read the facts it needs (I/O, through the memoized store) and how to
 * judge them (pure). `collect` may throw: the engine turns any exception into `error`.
 */
export interface GateType<P = Record<string, unknown>, F = unknown> {
  type: string;
  /** JSON Schema (2020-12) of the gate's `with:` parameters, defaults included. */
  paramsSchema: Record<string, unknown>;
  /** Reads the facts this gate needs. Receives parameters with templates already expanded. */
  collect(params: P, ctx: EvalContext, facts: FactStore): Promise<F>;
  /** Decides from facts alone: no network, no clock, no environment. */
  judge(params: P, facts: F, ctx: EvalContext): Verdict;
  /** False for gates that must not block a rehearsal (freeze windows). */
  blocksInRehearsal?: boolean;
  /** Placeholders this gate expands itself (e.g. `platform`), allowed besides the global ones. */
  extraPlaceholders?: readonly string[];
  /** Checks beyond the JSON Schema, run at validation; throws GateError('INVALID_PARAMS'). */
  checkParams?(params: P): void;
  /**
   * What a gate of this type in the policy says about which release build run is trusted
   * (build_provenance: workflow, events, dispatch_from; release_metadata: where the metadata
   * is). The engine gathers these into `ctx.buildRunPolicy` for every gate reading the build.
   * Receives the parameters with their defaults, templates not expanded.
   */
  buildRunPolicy?(params: P): BuildRunPolicy;
  /**
   * Parsing libraries a gate of this type uses with these parameters (as written, not yet
   * validated), loaded before the policy is checked.
   */
  libraries?(params: unknown): readonly LibraryName[];
}

/** A gate type with its own parameter and fact types (checked where it is written). */
export function defineGate<P, F>(gate: GateType<P, F>): GateType<P, F> {
  return gate;
}

/**
 * A gate type as the registry holds it, its parameters and facts widened. Sound because the
 * engine only ever passes a gate the parameters its own schema validated, and its own facts.
 */
export function registered<P, F>(gate: GateType<P, F>): GateType {
  return gate as unknown as GateType;
}

/** What the policy document's schema needs of a gate type before the type itself is loaded. */
export interface GateTypeSummary {
  type: string;
  /** A gate of the type needs `with:` (some parameter is required). */
  requiresWith: boolean;
}

/**
 * A set of gate types whose implementations may be loaded on demand: the names and summaries
 * of all, and the implementations of those a policy names.
 */
export interface GateCatalogue {
  /** Every type, sorted by name. */
  readonly summaries: readonly GateTypeSummary[];
  /** The implementations of those of `types` that are in the set (unknown names are left out). */
  load(types: Iterable<string>): Promise<ReadonlyMap<string, GateType>>;
}
