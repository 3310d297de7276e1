// secrets_present: the publish credentials are there before anything is published. Only
// presence and the prefix test leave `collect`; values never reach the judge or a report.
import type { Verdict } from '../model/types.js';
import type { GateType } from './types.js';

export type SecretSpec = string | { name: string; prefix?: string };

export interface SecretsParams {
  env: SecretSpec[];
}

export interface SecretFact {
  name: string;
  prefix: string | null;
  present: boolean;
  prefixOk: boolean;
}

export const secretsPresentGate: GateType<SecretsParams, SecretFact[]> = {
  type: 'secrets_present',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['env'],
    properties: {
      env: {
        description:
          'Environment variables that must be set and non-empty, optionally starting with a prefix.',
        type: 'array',
        minItems: 1,
        items: {
          anyOf: [
            { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
                prefix: { type: 'string', minLength: 1 },
              },
            },
          ],
        },
      },
    },
  },
  async collect(params, _ctx, facts) {
    return params.env.map((spec) => {
      const { name, prefix } = typeof spec === 'string' ? { name: spec, prefix: undefined } : spec;
      const value = facts.env[name];
      const present = typeof value === 'string' && value.trim() !== '';
      return {
        name,
        prefix: prefix ?? null,
        present,
        prefixOk: present && (!prefix || value!.startsWith(prefix)),
      };
    });
  },
  judge: judgeSecrets,
};

export function judgeSecrets(_params: SecretsParams, secrets: SecretFact[]): Verdict {
  const missing = secrets.filter((s) => !s.present).map((s) => s.name);
  const badFormat = secrets.filter((s) => s.present && !s.prefixOk);
  const details = { checked: secrets.map((s) => s.name), missing, bad_format: badFormat.map((s) => s.name) };
  if (missing.length) {
    return {
      status: 'fail',
      code: 'MISSING_SECRET',
      message: `Not set or empty: ${missing.join(', ')}. Pass ${missing.length > 1 ? 'them' : 'it'} to the step with env: (e.g. ${missing[0]}: \${{ secrets.${missing[0]} }}).`,
      details,
    };
  }
  if (badFormat.length) {
    return {
      status: 'fail',
      code: 'SECRET_FORMAT',
      message: badFormat.map((s) => `${s.name} does not start with '${s.prefix}'`).join('; ') + '.',
      details,
    };
  }
  return {
    status: 'pass',
    code: 'SECRETS_PRESENT',
    message: `All ${secrets.length} secrets are set: ${secrets.map((s) => s.name).join(', ')}.`,
    details,
  };
}
