import type { EvalContext, Verdict } from '../model/types.js';
import type { FactStore } from '../facts/store.js';

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
}
