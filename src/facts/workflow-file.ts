// The top-level `env:` of a workflow file at a ref, read through the contents API. A workflow
// keeps its own thresholds there (WINDOWS_SMOKE_PROMOTE_AFTER_GREEN_MAIN_RUNS: 10), so a gate
// can take the number from the commit under evaluation instead of repeating it in the policy.
import { parseDocument } from 'yaml';
import type { Repository } from '../model/types.js';
import { readRepoFile } from './contents.js';
import type { FactStore } from './store.js';

export type WorkflowFileEnv =
  | { kind: 'ok'; path: string; ref: string; env: Record<string, unknown> }
  | { kind: 'missing'; path: string; ref: string }
  | { kind: 'invalid'; path: string; ref: string; reason: string };

export function workflowFileEnv(
  facts: FactStore,
  repo: Repository,
  path: string,
  ref: string,
): Promise<WorkflowFileEnv> {
  return facts.memo(`workflow-env:${repo.owner}/${repo.repo}:${path}@${ref}`, async () => {
    const file = await readRepoFile(facts.github, repo, path, ref);
    if (!file) return { kind: 'missing', path, ref };
    return parseWorkflowEnv(file.text, path, ref);
  });
}

/** Parses a workflow's text; pure, so the shapes a file can take are testable without a server. */
export function parseWorkflowEnv(text: string, path: string, ref: string): WorkflowFileEnv {
  const document = parseDocument(text);
  if (document.errors.length) {
    return {
      kind: 'invalid',
      path,
      ref,
      reason: `not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`,
    };
  }
  const root: unknown = document.toJS();
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return { kind: 'invalid', path, ref, reason: 'not a YAML mapping' };
  }
  const env = (root as Record<string, unknown>).env;
  if (env === undefined || env === null) return { kind: 'ok', path, ref, env: {} };
  if (typeof env !== 'object' || Array.isArray(env))
    return { kind: 'invalid', path, ref, reason: 'its top-level env is not a mapping' };
  return { kind: 'ok', path, ref, env: env as Record<string, unknown> };
}

/** A positive integer written as a number or a string of digits ("10"); anything else is null. */
export function positiveInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
    const parsed = Number(value.trim());
    return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
  }
  return null;
}

/** `count_from`, `window_from`, `demote_at_from`: a variable under a workflow file's top-level env. */
export interface EnvSource {
  file: string;
  env: string;
}

export type EnvInteger =
  | { ok: true; value: number; source: string }
  | { ok: false; message: string; details: Record<string, unknown> };

/**
 * The positive integer `source` names, from its workflow file as read (`fileEnv`). `parameter`
 * (`count_from`) starts each message, which names the file, the ref and the variable, so a person
 * knows which line to fix. Workflows often write numbers as strings ("2"): those are accepted.
 */
export function envInteger(parameter: string, source: EnvSource, fileEnv: WorkflowFileEnv): EnvInteger {
  const { file, env: key } = source;
  const where = `${file} at ${fileEnv.ref}`;
  const details = { file, env: key, ref: fileEnv.ref };
  if (fileEnv.kind === 'missing')
    return {
      ok: false,
      message: `${parameter}: ${where} does not exist, so ${key} cannot be read.`,
      details,
    };
  if (fileEnv.kind === 'invalid')
    return {
      ok: false,
      message: `${parameter}: ${where} is ${fileEnv.reason}, so ${key} cannot be read.`,
      details,
    };
  if (!(key in fileEnv.env)) {
    return {
      ok: false,
      message: `${parameter}: ${where} has no ${key} under its top-level env.`,
      details: { ...details, value: null },
    };
  }
  const value = fileEnv.env[key];
  const parsed = positiveInteger(value);
  if (parsed === null) {
    return {
      ok: false,
      message: `${parameter}: ${key} in ${where} is ${JSON.stringify(value)}, not a positive integer.`,
      details: { ...details, value },
    };
  }
  return { ok: true, value: parsed, source: `${file}#env.${key}` };
}

/** JSON Schema of an EnvSource, described for the parameter it stands for. */
export function envSourceSchema(description: string) {
  return {
    description,
    type: 'object',
    additionalProperties: false,
    required: ['file', 'env'],
    properties: {
      file: {
        description: 'Path of the workflow file, e.g. .github/workflows/ci.yml.',
        type: 'string',
        minLength: 1,
      },
      env: {
        description: 'Name of the variable under its top-level env.',
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      },
    },
  } as const;
}
