// ACTIONS_RUNTIME_TOKEN for the artifact upload service. On a runner it is a JWT whose `scp`
// claim names the workflow run and job ("Actions.Results:<run>:<job>"); @actions/artifact reads
// those ids from it without checking the signature, and the emulator's service checks both.
import { createHmac } from 'node:crypto';

const SIGNING_KEY = 'release-gates-emulator-runtime-token';

export interface RuntimeTokenOptions {
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
  /** Lifetime; default one hour. */
  expiresInSeconds?: number;
}

export interface RuntimeIdentity {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export const DEFAULT_RUN_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const DEFAULT_JOB_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000002';

export function makeRuntimeToken(options: RuntimeTokenOptions = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const run = options.workflowRunBackendId ?? DEFAULT_RUN_BACKEND_ID;
  const job = options.workflowJobRunBackendId ?? DEFAULT_JOB_BACKEND_ID;
  const header = encodeJson({ alg: 'HS256', typ: 'JWT' });
  const payload = encodeJson({
    scp: `Actions.ExampleScope Actions.Results:${run}:${job}`,
    iat: now,
    nbf: now,
    exp: now + (options.expiresInSeconds ?? 3600),
    iss: 'release-gates-emulator',
  });
  return `${header}.${payload}.${sign(`${header}.${payload}`)}`;
}

/** The run and job a valid, unexpired token grants; undefined for anything else. */
export function readRuntimeToken(token: string): RuntimeIdentity | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || signature !== sign(`${header}.${payload}`)) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    scp?: string;
    exp?: number;
  };
  if (claims.exp !== undefined && claims.exp < Date.now() / 1000) return undefined;
  const scope = (claims.scp ?? '').split(' ').find((part) => part.startsWith('Actions.Results:'));
  const [, run, job] = scope?.split(':') ?? [];
  return run && job ? { workflowRunBackendId: run, workflowJobRunBackendId: job } : undefined;
}

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function sign(data: string): string {
  return createHmac('sha256', SIGNING_KEY).update(data).digest('base64url');
}
