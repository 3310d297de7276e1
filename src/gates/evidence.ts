// evidence: a JSON verdict written by an earlier step (an observability check, a smoke
// test), in the workspace or in an artifact of the build run. The file says `ok: true` to
// pass; its own code and message pass through.
import type { EvalContext, Verdict } from '../model/types.js';
import { readOutput, type OutputSource } from '../facts/build/output.js';
import { refusalError } from '../facts/build/refusals.js';
import type { FactStore } from '../facts/store.js';
import type { WorkspaceFile } from '../facts/workspace.js';
import { resolvePointer } from '../util/json-pointer.js';
import { defineGate } from './types.js';

export interface EvidenceParams {
  /** Workspace file; exactly one of `path` and `artifact`. */
  path?: string;
  artifact?: { name: string; file: string; workflow: string };
  pointer: string;
  equals: unknown;
  max_bytes: number;
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;

export const evidenceGate = defineGate<EvidenceParams, WorkspaceFile>({
  type: 'evidence',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    oneOf: [
      { properties: { path: true }, required: ['path'] },
      { properties: { artifact: true }, required: ['artifact'] },
    ],
    properties: {
      path: {
        description: 'Workspace-relative path of the JSON evidence file (or use artifact).',
        type: 'string',
        minLength: 1,
      },
      artifact: {
        description: 'The evidence file in an artifact of the build run (the run build_provenance judges).',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'file'],
        properties: {
          name: { description: 'Artifact name.', type: 'string', minLength: 1 },
          file: { description: 'Path of the JSON file inside the artifact.', type: 'string', minLength: 1 },
          workflow: {
            description: 'Build workflow searched when build_run_id is not given.',
            type: 'string',
            minLength: 1,
            default: 'release.yml',
          },
        },
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
  collect: (params, ctx, facts) => readEvidence(facts, ctx, params),
  judge: judgeEvidence,
});

/**
 * The evidence file, from the workspace or the build run's artifact. Not there (no file, no
 * such artifact, no such file in it) is MISSING_FILE and too large is INVALID_JSON (SPEC §6);
 * any other refusal keeps its shared code (no trusted build run, an expired artifact, …).
 */
async function readEvidence(
  facts: FactStore,
  ctx: EvalContext,
  params: EvidenceParams,
): Promise<WorkspaceFile> {
  const source: OutputSource = params.artifact
    ? {
        kind: 'artifact',
        name: params.artifact.name,
        file: params.artifact.file,
        workflow: params.artifact.workflow,
      }
    : { kind: 'workspace', path: params.path! };
  const read = await readOutput(facts, ctx, source, { maxBytes: params.max_bytes });
  const path = params.artifact ? read.label : params.path!;
  if (read.ok) return { kind: 'ok', path, text: read.bytes.toString('utf8') };
  if (read.code === 'OUTPUT_MISSING' || read.code === 'ARTIFACT_MISSING') return { kind: 'missing', path };
  if (read.code === 'OUTPUT_TOO_LARGE') {
    const size = typeof read.details?.size === 'number' ? read.details.size : Number.NaN;
    return { kind: 'too_large', path, size, maxBytes: params.max_bytes };
  }
  throw refusalError(read, `evidence ${read.label}`);
}

export function judgeEvidence(params: EvidenceParams, file: WorkspaceFile): Verdict {
  const details: Record<string, unknown> = {
    path: file.path,
    pointer: params.pointer,
    expected: params.equals,
  };
  if (file.kind === 'missing') {
    return {
      status: 'fail',
      code: 'MISSING_FILE',
      message: `Evidence file '${file.path}' does not exist: the step that writes it did not run or wrote elsewhere.`,
      details,
    };
  }
  if (file.kind === 'too_large') {
    return {
      status: 'fail',
      code: 'INVALID_JSON',
      message: `Evidence file '${file.path}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit.`,
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
      message: `Evidence file '${file.path}' is not valid JSON: ${(error as Error).message}`,
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
      message: `Evidence file '${file.path}' has no value at '${params.pointer}'${ownMessage ? `: ${ownMessage}` : ''}.`,
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
        `Evidence '${file.path}' has ${JSON.stringify(lookup.value)} at '${params.pointer}', expected ${JSON.stringify(params.equals)}.`,
      details,
    };
  }
  return {
    status: 'pass',
    code: ownCode ?? 'EVIDENCE_OK',
    message: ownMessage ?? `Evidence '${file.path}' is ok.`,
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
