// The action's inputs (SPEC §2) as one typed, validated settings object. Every bad value is
// rejected here, before any gate runs, quoting the value and naming what is accepted.

export interface Settings {
  policy: string;
  policyRef: string | null;
  stage: string;
  ref: string;
  sha: string | null;
  buildRunId: number | null;
  baseTag: string | null;
  rehearsal: boolean;
  overrideFreeze: boolean;
  overrideReason: string | null;
  token: string | null;
  externalToken: string | null;
  reportDir: string;
  uploadReport: boolean;
  summary: boolean;
  failOnBlocking: boolean;
  fileBlockers: boolean;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const INPUT_DEFAULTS = {
  policy: '.github/release-gates.yml',
  stage: 'auto',
  report_dir: 'dist/maturity',
} as const;

/** Reads one input by its action.yml name; returns '' when unset. */
export type InputReader = (name: string) => string;

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  if (TRUE_WORDS.includes(raw)) return true;
  if (FALSE_WORDS.includes(raw)) return false;
  throw new InputError(`Invalid ${name} '${raw}'. Expected true or false.`);
}

function optional(read: InputReader, name: string): string | null {
  const raw = read(name).trim();
  return raw === '' ? null : raw;
}

const SHA_PATTERN = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
const STAGE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
// git check-ref-format, the parts that matter for a name we pass to the API. Control
// characters are exactly what it must refuse, hence the rule exception.
// eslint-disable-next-line no-control-regex
const BAD_REF = /(^\/|\/$|\/\/|\.\.|@\{|[\x00-\x20~^:?*[\\\x7f]|\.lock$|^-)/;

export function parseSettings(read: InputReader): Settings {
  const policy = optional(read, 'policy') ?? INPUT_DEFAULTS.policy;
  const stage = optional(read, 'stage') ?? INPUT_DEFAULTS.stage;
  if (stage !== 'auto' && !STAGE_PATTERN.test(stage)) {
    throw new InputError(
      `Invalid stage '${stage}'. Expected auto or a stage name from the policy (letters, digits, _ and -).`,
    );
  }
  const ref = optional(read, 'ref');
  if (!ref)
    throw new InputError(
      `Invalid ref ''. Expected a branch or tag, short (v1.2.0) or full (refs/tags/v1.2.0).`,
    );
  if (BAD_REF.test(ref))
    throw new InputError(
      `Invalid ref '${ref}'. Expected a valid git ref name, short (v1.2.0) or full (refs/tags/v1.2.0).`,
    );
  const policyRef = optional(read, 'policy_ref');
  if (policyRef && BAD_REF.test(policyRef))
    throw new InputError(`Invalid policy_ref '${policyRef}'. Expected a branch, tag or commit sha.`);
  const sha = optional(read, 'sha');
  if (sha && !SHA_PATTERN.test(sha))
    throw new InputError(
      `Invalid sha '${sha}'. Expected a full 40-character (or 64-character) lowercase hex commit id, or empty to resolve the ref.`,
    );
  const buildRunRaw = optional(read, 'build_run_id');
  if (buildRunRaw && !(/^[1-9]\d*$/.test(buildRunRaw) && Number.isSafeInteger(Number(buildRunRaw)))) {
    throw new InputError(
      `Invalid build_run_id '${buildRunRaw}'. Expected a workflow run id (a positive integer), or empty to find the build run.`,
    );
  }
  const baseTag = optional(read, 'base_tag');
  if (baseTag && BAD_REF.test(baseTag))
    throw new InputError(`Invalid base_tag '${baseTag}'. Expected a tag name.`);
  const overrideFreeze = booleanInput(read, 'override_freeze', false);
  const overrideReason = optional(read, 'override_reason');
  if (overrideFreeze && !overrideReason) {
    throw new InputError(
      `override_freeze is true but override_reason is empty. Say why the freeze is broken; the reason is recorded in the report.`,
    );
  }
  const reportDir = optional(read, 'report_dir') ?? INPUT_DEFAULTS.report_dir;
  return {
    policy,
    policyRef,
    stage,
    ref,
    sha,
    buildRunId: buildRunRaw ? Number(buildRunRaw) : null,
    baseTag,
    rehearsal: booleanInput(read, 'rehearsal', false),
    overrideFreeze,
    overrideReason,
    token: optional(read, 'token'),
    externalToken: optional(read, 'external_token'),
    reportDir,
    uploadReport: booleanInput(read, 'upload_report', true),
    summary: booleanInput(read, 'summary', true),
    failOnBlocking: booleanInput(read, 'fail_on_blocking', true),
    fileBlockers: booleanInput(read, 'file_blockers', false),
  };
}
