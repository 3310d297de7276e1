// evidence: a JSON verdict written by an earlier step (an observability check, a smoke
// test). The file says `ok: true` to pass; its own code and message pass through.
import type { Verdict } from '../engine/types.js';
import { readWorkspaceFile, type WorkspaceFile } from '../facts/workspace.js';
import { resolvePointer } from '../util/json-pointer.js';
import type { GateType } from './types.js';

export interface EvidenceParams {
  path: string;
  pointer: string;
  equals: unknown;
  max_bytes: number;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;

export const evidenceGate: GateType<EvidenceParams, WorkspaceFile> = {
  type: 'evidence',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    properties: {
      path: {
        description: 'Workspace-relative path of the JSON evidence file.',
        type: 'string',
        minLength: 1,
      },
      pointer: {
        description: 'JSON Pointer to the value that decides.',
        type: 'string',
        pattern: '^(/.*)?$',
        default: '/ok',
      },
      equals: { description: 'The value that means pass (compared exactly, type included).', default: true },
      max_bytes: { description: 'Largest file read.', type: 'integer', minimum: 1, default: 1048576 },
    },
  },
  collect: (params, _ctx, facts) => readWorkspaceFile(facts, params.path, params.max_bytes),
  judge: judgeEvidence,
};

export function judgeEvidence(params: EvidenceParams, file: WorkspaceFile): Verdict {
  const details: Record<string, unknown> = {
    path: params.path,
    pointer: params.pointer,
    expected: params.equals,
  };
  if (file.kind === 'missing') {
    return {
      status: 'fail',
      code: 'MISSING_FILE',
      message: `Evidence file '${params.path}' does not exist: the step that writes it did not run or wrote elsewhere.`,
      details,
    };
  }
  if (file.kind === 'too_large') {
    return {
      status: 'fail',
      code: 'INVALID_JSON',
      message: `Evidence file '${params.path}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit.`,
      details,
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      status: 'fail',
      code: 'INVALID_JSON',
      message: `Evidence file '${params.path}' is not valid JSON: ${(error as Error).message}`,
      details,
    };
  }
  const lookup = resolvePointer(document, params.pointer);
  const own = document !== null && typeof document === 'object' ? (document as Record<string, unknown>) : {};
  const ownCode = typeof own.code === 'string' && CODE_PATTERN.test(own.code) ? own.code : null;
  const ownMessage =
    typeof own.message === 'string' && own.message.trim() ? own.message.trim().split('\n')[0]! : null;
  if (ownCode) details.evidence_code = ownCode;
  if (!lookup.found) {
    return {
      status: 'fail',
      code: 'EVIDENCE_FAILED',
      message: `Evidence file '${params.path}' has no value at '${params.pointer}'${ownMessage ? `: ${ownMessage}` : ''}.`,
      details,
    };
  }
  details.actual = lookup.value;
  if (!deepEqual(lookup.value, params.equals)) {
    return {
      status: 'fail',
      code: ownCode ?? 'EVIDENCE_FAILED',
      message:
        ownMessage ??
        `Evidence '${params.path}' has ${JSON.stringify(lookup.value)} at '${params.pointer}', expected ${JSON.stringify(params.equals)}.`,
      details,
    };
  }
  return {
    status: 'pass',
    code: ownCode ?? 'EVIDENCE_OK',
    message: ownMessage ?? `Evidence '${params.path}' is ok.`,
    details,
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
