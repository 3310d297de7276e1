// Secrets must never leave the process: the token, the external token and every value a
// secrets_present gate checks. This scans everything a run of the action shows a person or a
// machine: stdout, stderr (annotations are stdout lines), both reports, the job summary and
// the outputs.
import type { ActionRun, RunOptions } from '../run-action.js';

/** The harness's default token (test/run-action.ts), used when a test sets none. */
export const HARNESS_TOKEN = 'ghs_test_token_0123456789';

/**
 * Shorter values are not scanned: a test that sets a secret to `x` would find it everywhere.
 * Real tokens are far longer.
 */
export const MIN_SECRET_LENGTH = 8;

/** The secret values of one run: tokens from the inputs, and each secrets_present variable. */
export function secretsOf(options: RunOptions, run: ActionRun | null): string[] {
  const inputs = options.inputs ?? {};
  const env = options.env ?? {};
  const values = new Set<string>();
  values.add(inputs.token ?? HARNESS_TOKEN);
  if (inputs.external_token) values.add(inputs.external_token);
  if (env.INPUT_TOKEN) values.add(env.INPUT_TOKEN);
  if (env.INPUT_EXTERNAL_TOKEN) values.add(env.INPUT_EXTERNAL_TOKEN);
  // The variables secrets_present gates checked (the report lists their names, never values),
  // and, when the policy could not be read, every variable named like a secret.
  const checked = new Set<string>();
  for (const gate of run?.report?.gates ?? []) {
    if (gate.type !== 'secrets_present') continue;
    const names = (gate.details as { checked?: unknown }).checked;
    if (Array.isArray(names)) for (const name of names) if (typeof name === 'string') checked.add(name);
  }
  for (const [name, value] of Object.entries(env)) {
    if (checked.has(name) || /TOKEN|SECRET|PASSWORD|KEY/i.test(name)) values.add(value);
  }
  return [...values].filter((v) => v.length >= MIN_SECRET_LENGTH);
}

export interface Leak {
  secret: string;
  where: string;
}

/** Where any of `secrets` shows up in what the run produced. */
export function findLeaks(run: ActionRun, secrets: string[]): Leak[] {
  const places: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
    'maturity-eval.md': run.reportMd ?? '',
    'maturity-eval.json': run.report ? JSON.stringify(run.report) : '',
    outputs: JSON.stringify(run.outputs),
    annotations: JSON.stringify(run.annotations),
  };
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    // Also as JSON escapes it (a value with quotes or backslashes), and base64 of it.
    const forms = [secret, JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')];
    for (const [where, text] of Object.entries(places)) {
      if (forms.some((form) => form.length >= MIN_SECRET_LENGTH && text.includes(form)))
        leaks.push({ secret: mask(secret), where });
    }
  }
  return leaks;
}

/** A secret as a failure message may show it: enough to recognise, not enough to use. */
export function mask(secret: string): string {
  return `${secret.slice(0, 4)}…(${secret.length} chars)`;
}
