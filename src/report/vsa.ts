// The signed verdict: every evaluation writes, beside its reports, a SLSA Verification Summary
// predicate (https://slsa.dev/verification_summary/v1) and the list of files whose sha256 the
// evaluation verified (sha256sums format). A next step signs them with actions/attest
// (`predicate-path`, `subject-checksums`), and downstream jobs check "this release passed its
// gates" with `gh attestation verify --predicate-type https://slsa.dev/verification_summary/v1`.
// docs/supply-chain.md documents every field. Building is pure; writing is one function.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VerifiedSubject } from '../model/types.js';
import type { EvaluationReport } from './types.js';

export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
export const VSA_PREDICATE_FILE = 'verification-summary.json';
export const VSA_SUBJECTS_FILE = 'verified-subjects.txt';
/** The level a passing evaluation verifies: RELEASE_GATES_ and the stage (RELEASE_GATES_GA). */
export const LEVEL_PREFIX = 'RELEASE_GATES_';
/** The extension field that carries each gate's outcome. */
export const GATES_EXTENSION = 'releaseGates';

export interface ResourceDescriptor {
  uri: string;
  digest?: Record<string, string>;
  name?: string;
}

/** The predicate body of a SLSA VSA v1 statement (schemas/verification-summary.schema.json). */
export interface VerificationSummary {
  verifier: { id: string; version: Record<string, string> };
  timeVerified: string;
  resourceUri: string;
  policy: ResourceDescriptor;
  inputAttestations?: ResourceDescriptor[];
  verificationResult: 'PASSED' | 'FAILED';
  verifiedLevels: string[];
  [GATES_EXTENSION]: {
    repository: string;
    ref: string;
    sha: string;
    stage: string | null;
    rehearsal: boolean;
    /** Set when the evaluation itself failed (an invalid policy, a crash). */
    error: { code: string; message: string } | null;
    gates: { id: string; type: string; mode: string; status: string; code: string }[];
  };
}

export interface VsaContext {
  /** Web URL of the server (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** URI naming this verifier: the action's repository when known. */
  verifierId: string;
}

/**
 * From the runner's environment: the server, and the verifier's URI — the repository of the
 * running action (GITHUB_ACTION_REPOSITORY), else a URN of the tool.
 */
export function vsaContext(env: Readonly<Record<string, string | undefined>>): VsaContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const action = env.GITHUB_ACTION_REPOSITORY;
  const verifierId =
    action && /^[^/\s]+\/[^/\s]+$/.test(action) ? `${serverUrl}/${action}` : 'urn:release-gates';
  return { serverUrl, verifierId };
}

export function buildVerificationSummary(report: EvaluationReport, context: VsaContext): VerificationSummary {
  const server = context.serverUrl.replace(/\/+$/, '');
  const passed = report.result === 'pass' && !report.error;
  const summary: VerificationSummary = {
    verifier: { id: context.verifierId, version: { [report.tool.name]: report.tool.version } },
    timeVerified: report.timestamp,
    resourceUri: `git+${server}/${report.repository}@${report.ref}`,
    policy: policyDescriptor(report, server),
    verificationResult: passed ? 'PASSED' : 'FAILED',
    verifiedLevels: passed && report.stage ? [levelOf(report.stage)] : [],
    [GATES_EXTENSION]: {
      repository: report.repository,
      ref: report.ref,
      sha: report.sha,
      stage: report.stage,
      rehearsal: report.rehearsal,
      error: report.error ?? null,
      gates: report.gates.map((gate) => ({
        id: gate.id,
        type: gate.type,
        mode: gate.mode,
        status: gate.status,
        code: gate.code,
      })),
    },
  };
  const inputs = inputAttestations(report, server);
  if (inputs.length > 0) summary.inputAttestations = inputs;
  return summary;
}

/** `RELEASE_GATES_` + the stage in upper case, other characters as `_` (PRE-GA → RELEASE_GATES_PRE_GA). */
export function levelOf(stage: string): string {
  return `${LEVEL_PREFIX}${stage.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/**
 * The policy as evaluated: its file at the commit (or at the policy_ref it was read from), with
 * the sha256 of the normalized effective policy (what policy_drift and the report call its
 * sha256: comments and key order do not change it).
 */
function policyDescriptor(report: EvaluationReport, server: string): ResourceDescriptor {
  const at = report.policy.source.startsWith('api@')
    ? report.policy.source.slice(4)
    : report.sha || report.ref;
  const uri = `${server}/${report.repository}/blob/${at}/${report.policy.path}`;
  return report.policy.sha256 ? { uri, digest: { sha256: report.policy.sha256 } } : { uri };
}

/** The attestations an `attestations` gate verified, each by its statement's sha256. */
function inputAttestations(report: EvaluationReport, server: string): ResourceDescriptor[] {
  const inputs: ResourceDescriptor[] = [];
  for (const gate of report.gates) {
    if (gate.type !== 'attestations') continue;
    const files = Array.isArray(gate.details.files) ? (gate.details.files as Record<string, unknown>[]) : [];
    for (const file of files) {
      if (
        file.code !== 'ATTESTED' ||
        typeof file.statement_sha256 !== 'string' ||
        typeof file.sha256 !== 'string'
      )
        continue;
      inputs.push({
        name: String(file.name),
        uri: `${server}/${report.repository}/attestations?subject_digest=sha256:${file.sha256}`,
        digest: { sha256: file.statement_sha256 },
      });
    }
  }
  return inputs;
}

/** Every file a gate verified, once per (name, sha256), by name. */
export function collectVerifiedSubjects(report: EvaluationReport): VerifiedSubject[] {
  const seen = new Map<string, VerifiedSubject>();
  for (const gate of report.gates) {
    for (const subject of gate.verified_subjects ?? [])
      seen.set(`${subject.sha256}  ${subject.name}`, subject);
  }
  return [...seen.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.sha256 < b.sha256 ? -1 : 1,
  );
}

/** sha256sums format, as `sha256sum` writes it and actions/attest's `subject-checksums` reads it. */
export function renderSubjects(subjects: readonly VerifiedSubject[]): string {
  return subjects.map((subject) => `${subject.sha256}  ${subject.name}\n`).join('');
}

export interface WrittenSummary {
  predicate: string;
  subjects: string;
}

/** Writes both files into `dir` (the report directory). */
export async function writeVerificationSummary(
  report: EvaluationReport,
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<WrittenSummary> {
  const context = vsaContext(env);
  mkdirSync(dir, { recursive: true });
  const predicate = path.join(dir, VSA_PREDICATE_FILE);
  const subjects = path.join(dir, VSA_SUBJECTS_FILE);
  writeFileSync(predicate, JSON.stringify(buildVerificationSummary(report, context), null, 2) + '\n');
  writeFileSync(subjects, renderSubjects(collectVerifiedSubjects(report)));
  return { predicate, subjects };
}

/** The outputs `vsa_predicate` and `vsa_subjects`: beside maturity-eval.json, or empty when it was not written. */
export function verificationSummaryOutputs(reportJson: string): {
  vsa_predicate: string;
  vsa_subjects: string;
} {
  if (!reportJson) return { vsa_predicate: '', vsa_subjects: '' };
  const dir = path.dirname(reportJson);
  return {
    vsa_predicate: path.join(dir, VSA_PREDICATE_FILE),
    vsa_subjects: path.join(dir, VSA_SUBJECTS_FILE),
  };
}
