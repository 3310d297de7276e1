// Runs one gate fail-closed: templates, facts, judgement. Whatever goes wrong (a thrown
// error, a template with no value, a malformed verdict) ends as `error` with a code.
import type { GateType } from '../gates/types.js';
import { expandDeep } from '../policy/templates.js';
import type { FactStore } from '../facts/store.js';
import { GateError, type EvalContext, type GateDefinition, type Verdict } from '../model/types.js';

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export async function judgeGate(
  definition: GateDefinition,
  gateType: GateType,
  ctx: EvalContext,
  expand: (text: string, keep: readonly string[]) => string,
  facts: FactStore,
): Promise<Verdict> {
  try {
    const params = expandDeep(definition.with, (text) => expand(text, gateType.extraPlaceholders ?? []));
    const gateFacts = await gateType.collect(params, ctx, facts);
    return checkVerdict(gateType.judge(params, gateFacts, ctx), definition.id);
  } catch (error) {
    return errorVerdict(error, definition.id);
  }
}

export function errorVerdict(error: unknown, gateId: string): Verdict {
  if (error instanceof GateError) {
    return { status: 'error', code: error.code, message: error.message, details: error.details };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'error',
    code: 'GATE_CRASHED',
    message: `Gate '${gateId}' could not be evaluated: ${message.split('\n')[0]}`,
    details: { error: message.slice(0, 2000) },
  };
}

/** A judge must return a known status and a code; anything else is an engine-level error. */
function checkVerdict(verdict: Verdict, gateId: string): Verdict {
  const statusOk = verdict && ['pass', 'fail', 'error'].includes(verdict.status);
  if (
    !statusOk ||
    typeof verdict.code !== 'string' ||
    !CODE_PATTERN.test(verdict.code) ||
    typeof verdict.message !== 'string'
  ) {
    return {
      status: 'error',
      code: 'INVALID_VERDICT',
      message: `Gate '${gateId}' returned a malformed verdict.`,
      details: { verdict: verdict as unknown },
    };
  }
  return verdict;
}
