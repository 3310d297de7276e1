// One evaluation: policy → stage → plan → facts and judgements → report. Always returns a
// report; whatever stops the evaluation itself (a bad policy, an unknown stage, a crash)
// becomes `report.error` with result `fail`.
// Synchronous file calls here and in the report writers: `fs.promises` loads Node's promise
// file API (readline included) at start, about 3 ms, for a few small reads and writes that a
// single-purpose process may as well wait for.
import { readFileSync } from 'node:fs';
import { monotonicMs } from '../clock.js';
import { parseRepoFileSpec, readRepoFile } from '../facts/contents.js';
import { resolveRef } from '../facts/refs.js';
import { FactStore } from '../facts/store.js';
import { workspacePath } from '../facts/workspace.js';
import { asCatalogue, GATE_CATALOGUE } from '../gates/catalogue.js';
import type { GateCatalogue, GateType } from '../gates/types.js';
import type { GitHub } from '../github/client.js';
import type { ConnectGitHub } from '../github/connect.js';
import type { RequestCounter } from '../github/counter.js';
import type { Settings } from '../inputs.js';
import { loadPolicy, type PolicyText } from '../policy/load.js';
import { resolveStage, shortRefName, StageError } from '../policy/stage.js';
import { expandTemplate, type Placeholder, type TemplateValues } from '../policy/templates.js';
import { prefetchDerivedValues, resolveDerivedValues } from './derived-values.js';
import { PolicyError, type LoadedPolicy, type PolicyIssue } from '../policy/types.js';
import { blankReport } from '../report/skeleton.js';
import type { EvaluationReport, GateReport, OverrideRecord, RefusedOverride } from '../report/types.js';
import type { OverrideRules } from '../policy/types.js';
import { mayOverride } from './override-actors.js';
import { judgeGate } from './run-gate.js';
import {
  GateError,
  type BuildRunPolicy,
  type EvalContext,
  type GateDefinition,
  type Mode,
  type Repository,
  type Verdict,
} from '../model/types.js';

export interface Environment {
  repository: Repository | null;
  workspace: string;
  /** Variables gates may read (secrets_present). */
  env: Readonly<Record<string, string | undefined>>;
  serverUrl: string;
  runId: number | null;
  actor: string;
  eventPullRequest: number | null;
  now: Date;
  github: GitHub | null;
  externalGithub: GitHub | null;
  /** Builds the clients on first use instead (then `github` and `externalGithub` are unused). */
  connect?: ConnectGitHub;
  counter: RequestCounter;
  /** Called as each gate finishes (progress on a terminal). */
  onGate?: (gate: GateReport) => void;
  /** Called as each gate finishes, with how many of the stage's gates are done so far. */
  onGateDone?: (gate: GateReport, done: number, total: number) => void;
  /** What a gate waits for while it polls, and the time left (`ctx.reportWait`, with the gate's id). */
  onWait?: (gateId: string, message: string, remainingMs: number) => void;
  /** Waiting between polls and retries, and the monotonic clock their deadlines use; tests pass fakes. */
  sleep?: (ms: number) => Promise<void>;
  monotonicNow?: () => number;
}

export interface Evaluation {
  report: EvaluationReport;
  /** Policy problems with positions, for annotations on the policy file. */
  policyIssues: PolicyIssue[];
}

export async function evaluate(
  settings: Settings,
  environment: Environment,
  /** The gate types a policy may name: all of them, each loaded when a policy names it; tests pass their own. */
  gateTypes: readonly GateType[] | GateCatalogue = GATE_CATALOGUE,
): Promise<Evaluation> {
  const started = Date.now();
  const report = emptyReport(settings, environment);
  const finish = (): EvaluationReport => {
    report.stats = { api_requests: environment.counter.count, duration_ms: Date.now() - started };
    return report;
  };
  try {
    await evaluateInto(report, settings, environment, asCatalogue(gateTypes));
    return { report: finish(), policyIssues: [] };
  } catch (error) {
    report.result = 'fail';
    report.error = describeFailure(error);
    return { report: finish(), policyIssues: error instanceof PolicyError ? error.issues : [] };
  }
}

async function evaluateInto(
  report: EvaluationReport,
  settings: Settings,
  environment: Environment,
  gateTypes: GateCatalogue,
): Promise<void> {
  const facts = new FactStore({
    workspace: environment.workspace,
    env: environment.env,
    github: environment.github,
    externalGithub: environment.externalGithub,
    connect: environment.connect,
    sleep: environment.sleep,
    monotonicNow: environment.monotonicNow,
  });
  const repository = environment.repository;
  if (!repository)
    throw new GateError(
      'NO_REPOSITORY',
      'No repository: set GITHUB_REPOSITORY (the runner does), or --repo OWNER/NAME on the command line.',
    );

  const loaded = await readPolicy(settings, facts, repository, gateTypes);
  report.policy = { path: loaded.path, source: loaded.source, sha256: loaded.sha256, files: loaded.files };
  const minReason = loaded.policy.overrides.reason_min_length;
  if (settings.overrideFreeze && (settings.overrideReason ?? '').length < minReason) {
    throw new GateError(
      'OVERRIDE_REASON_TOO_SHORT',
      `override_reason is ${(settings.overrideReason ?? '').length} characters; the policy requires at least ${minReason}. Say why the freeze must be broken.`,
    );
  }

  // The tag list for {base_tag} does not depend on the ref's commit: read both at once.
  prefetchDerivedValues(
    Object.values(loaded.policy.gates),
    settings.ref,
    settings.baseTag,
    facts,
    repository,
  );
  const target = await resolveTarget(settings, facts, repository);
  Object.assign(report, { ref: target.fullRef, tag: target.tag, version: target.version, sha: target.sha });
  const choice = resolveStage(loaded.policy.stages, settings.stage, target.fullRef);
  report.stage = choice.stage;
  report.stage_reason = choice.reason;

  const reasons: Partial<Record<Placeholder, string>> = {};
  const values: TemplateValues = {
    tag: target.tag,
    version: target.tag ? target.version : null,
    sha: target.sha || null,
    ref: shortRefName(target.fullRef),
    repo: `${repository.owner}/${repository.repo}`,
    owner: repository.owner,
    build_run_id: settings.buildRunId === null ? null : String(settings.buildRunId),
    base_tag: settings.baseTag,
  };
  const ctx: EvalContext = {
    repository,
    ref: target.fullRef,
    refName: shortRefName(target.fullRef),
    tag: target.tag,
    version: target.version,
    sha: target.sha,
    buildRunId: settings.buildRunId,
    baseTag: settings.baseTag,
    runId: environment.runId,
    eventPullRequest: environment.eventPullRequest,
    serverUrl: environment.serverUrl,
    now: environment.now,
    rehearsal: settings.rehearsal,
    expand: (text) => expandTemplate(text, values, [], reasons),
    // The policy itself, for policy_drift: its baseline is loaded exactly like policy_ref.
    policy: {
      effective: loaded.policy,
      sha256: loaded.sha256,
      source: loaded.source,
      path: loaded.path,
      files: loaded.files,
      loadAtRef: (ref) => loadPolicyAtRef(loaded.path, ref, facts, repository, gateTypes),
    },
  };

  // Loaded already, when the policy was checked.
  const byType = await gateTypes.load(Object.values(loaded.policy.gates).map((g) => g.type));
  const stage = loaded.policy.stages[choice.stage]!;
  const plan = Object.entries(stage.gates).map(([id, mode]) => ({
    definition: loaded.policy.gates[id]!,
    mode,
  }));
  const evaluated = plan.filter((p) => p.mode !== 'off').map((p) => p.definition);
  ctx.buildRunPolicy = gatherBuildRunPolicy(Object.values(loaded.policy.gates), byType);
  await resolveDerivedValues(evaluated, ctx, facts, values, reasons);
  ctx.baseTag = values.base_tag;
  if (values.build_run_id !== null) report.build_run_id = Number(values.build_run_id);
  let done = 0;
  const gates = await Promise.all(
    plan.map(async ({ definition, mode }) => {
      const gate = await runPlanned(
        definition,
        mode,
        byType.get(definition.type)!,
        ctx,
        (text: string, keep: readonly string[]) => expandTemplate(text, values, keep, reasons),
        facts,
        settings,
        environment,
        report.overrides,
        loaded.policy.overrides,
        (report.refused_overrides ??= []),
      );
      environment.onGate?.(gate.report);
      environment.onGateDone?.(gate.report, ++done, plan.length);
      return gate;
    }),
  );
  // The report names the release build run also when it was found by search, not given.
  if (report.build_run_id === null) report.build_run_id = await buildRunJudged(evaluated, byType, ctx, facts);
  report.gates = gates.map((g) => g.report);
  // Gates finish in any order; the report follows the stage's order.
  const order = new Map(plan.map(({ definition }, index) => [definition.id, index]));
  report.overrides.sort((a, b) => order.get(a.gate)! - order.get(b.gate)!);
  report.refused_overrides?.sort((a, b) => order.get(a.gate)! - order.get(b.gate)!);
  for (const { report: gate, blocks, demote } of gates) {
    const entry = { gate: gate.id, code: gate.code, message: gate.message };
    if (blocks) report.blocking.push(entry);
    else if (gate.status === 'fail' || gate.status === 'error') report.warnings.push(entry);
    if (demote) report.demote = true;
  }
  report.result = report.blocking.length > 0 ? 'fail' : 'pass';
}

interface PlannedOutcome {
  report: GateReport;
  blocks: boolean;
  demote: boolean;
}

async function runPlanned(
  definition: GateDefinition,
  mode: Mode,
  gateType: GateType,
  ctx: EvalContext,
  expand: (text: string, keep: readonly string[]) => string,
  facts: FactStore,
  settings: Settings,
  environment: Environment,
  overrides: OverrideRecord[],
  rules: OverrideRules = { reason_min_length: 0 },
  refused: RefusedOverride[] = [],
): Promise<PlannedOutcome> {
  const base = {
    id: definition.id,
    type: definition.type,
    ...(definition.description ? { description: definition.description } : {}),
    mode,
  };
  if (mode === 'off') {
    return {
      report: {
        ...base,
        status: 'skipped',
        code: 'SKIPPED',
        message: 'Not evaluated: mode is off in this stage.',
        details: {},
        links: [],
        duration_ms: 0,
      },
      blocks: false,
      demote: false,
    };
  }
  const started = monotonicMs();
  // Each gate reports its waits under its own id; the shared context does not know which gate calls.
  const onWait = environment.onWait;
  const gateCtx: EvalContext = onWait
    ? { ...ctx, reportWait: (message, remainingMs) => onWait(definition.id, message, remainingMs) }
    : ctx;
  const verdict: Verdict = await judgeGate(definition, gateType, gateCtx, expand, facts);
  const gate: GateReport = {
    ...base,
    status: verdict.status,
    code: verdict.code,
    message: verdict.message,
    details: verdict.details ?? {},
    links: verdict.links ?? [],
    duration_ms: Math.round(monotonicMs() - started),
    ...(verdict.verifiedSubjects?.length ? { verified_subjects: verdict.verifiedSubjects } : {}),
  };
  // Break glass: only a gate the policy marks overridable, only a `fail` (an `error` means
  // the gate could not check, and nobody may wave that through), only with a reason.
  // Then only by whom the policy allows (overrides.allowed_actors / min_permission).
  const check =
    verdict.status === 'fail' && definition.overridable && settings.overrideFreeze && settings.overrideReason
      ? await mayOverride(rules, environment.actor, facts, ctx.repository)
      : null;
  if (check && !check.allowed) {
    const refusal: RefusedOverride = {
      gate: definition.id,
      actor: environment.actor,
      reason: settings.overrideReason!,
      at: environment.now.toISOString(),
      why: check.why,
      who_may: check.whoMay,
    };
    refused.push(refusal);
    Object.assign(gate, {
      code: 'OVERRIDE_NOT_ALLOWED',
      message: `Override by '${refusal.actor}' refused: ${refusal.why}; only ${refusal.who_may} may override. The gate stays failed (${verdict.code}: ${verdict.message})`,
      details: {
        ...gate.details,
        overridden: null,
        refused_override: refusal,
        failed: { code: verdict.code, message: verdict.message },
      },
    });
  }
  if (check?.allowed && settings.overrideReason) {
    const record: OverrideRecord = {
      gate: definition.id,
      actor: environment.actor,
      reason: settings.overrideReason,
      at: environment.now.toISOString(),
    };
    overrides.push(record);
    Object.assign(gate, {
      status: 'overridden',
      code: 'OVERRIDDEN',
      message: `Overridden by ${record.actor}: ${record.reason} (was ${verdict.code}: ${verdict.message})`,
      details: {
        ...gate.details,
        overridden: { code: verdict.code, message: verdict.message },
        override: record,
      },
    });
  }
  const failed = gate.status === 'fail' || gate.status === 'error';
  const exemptInRehearsal = settings.rehearsal && gateType.blocksInRehearsal === false;
  if (failed && exemptInRehearsal)
    gate.details = { ...gate.details, rehearsal: 'A rehearsal never blocks on this gate type.' };
  return {
    report: gate,
    blocks: mode === 'required' && failed && !exemptInRehearsal,
    demote: verdict.demote === true,
  };
}

/** Reads bases named by `extends` (OWNER/REPO/PATH@REF) with the external token. */
function extendsReader(facts: FactStore): (spec: string) => Promise<PolicyText> {
  return async (spec) => {
    const { repo, path, ref } = parseRepoFileSpec(spec);
    await facts.connect();
    const file = await readRepoFile(facts.externalGithub, repo, path, ref);
    if (!file)
      throw new GateError(
        'POLICY_NOT_FOUND',
        `'${path}' does not exist at ${ref} of ${repo.owner}/${repo.repo}, or the external_token cannot see that repository (404)`,
      );
    return { text: file.text, file: spec };
  };
}

/**
 * The policy file at `path` of `ref`, read through the API with its extends chain (policy_ref,
 * and policy_drift's baseline); null when the file does not exist there.
 */
async function loadPolicyAtRef(
  path: string,
  ref: string,
  facts: FactStore,
  repository: Repository,
  gateTypes: GateCatalogue,
): Promise<LoadedPolicy | null> {
  await facts.connect();
  const file = await readRepoFile(facts.github, repository, path, ref);
  if (!file) return null;
  return loadPolicy({ text: file.text, file: path }, gateTypes, {
    source: `api@${ref}`,
    readExtends: extendsReader(facts),
  });
}

async function readPolicy(
  settings: Settings,
  facts: FactStore,
  repository: Repository,
  gateTypes: GateCatalogue,
): Promise<LoadedPolicy> {
  if (settings.policyRef) {
    const loaded = await loadPolicyAtRef(settings.policy, settings.policyRef, facts, repository, gateTypes);
    if (!loaded) {
      throw new GateError(
        'POLICY_NOT_FOUND',
        `Policy file '${settings.policy}' does not exist at ${settings.policyRef} of ${repository.owner}/${repository.repo}. Commit it there, or fix the policy / policy_ref inputs.`,
      );
    }
    return loaded;
  }
  const readExtends = extendsReader(facts);
  let text: string;
  try {
    text = readFileSync(workspacePath(facts.workspace, settings.policy), 'utf8');
  } catch (error) {
    if (error instanceof GateError) throw error;
    throw new GateError(
      'POLICY_NOT_FOUND',
      `Policy file '${settings.policy}' not found in the workspace (${facts.workspace}). Check the repository out first (actions/checkout), fix the policy input, or set policy_ref to read it through the API.`,
    );
  }
  return loadPolicy({ text, file: settings.policy }, gateTypes, { source: 'workspace', readExtends });
}

interface Target {
  fullRef: string;
  tag: string | null;
  version: string;
  sha: string;
}

/** The ref as a full ref, whether it is a tag, and its commit. */
async function resolveTarget(settings: Settings, facts: FactStore, repository: Repository): Promise<Target> {
  // A full ref with an explicit sha needs no lookup; anything else asks the API.
  const explicit = settings.sha && /^refs\/(tags\/|heads\/|pull\/\d+\/(merge|head)$)/.test(settings.ref);
  const resolved = explicit
    ? { fullRef: settings.ref, isTag: settings.ref.startsWith('refs/tags/'), sha: settings.sha! }
    : await resolveRef(facts, repository, settings.ref);
  const tag = resolved.isTag ? shortRefName(resolved.fullRef) : null;
  return {
    fullRef: resolved.fullRef,
    tag,
    version: tag ? tag.replace(/^v/, '') : shortRefName(resolved.fullRef),
    sha: settings.sha ?? resolved.sha,
  };
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof PolicyError)
    return { code: 'POLICY_INVALID', message: `The policy is invalid:\n${error.message}` };
  if (error instanceof StageError || error instanceof GateError)
    return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'EVALUATION_CRASHED', message: `The evaluation stopped unexpectedly: ${message}` };
}

/**
 * What the policy's gates say about the trusted build run (build_provenance's workflow, events
 * and dispatch_from; release_metadata's artifact), from every gate of the policy whatever this
 * stage's modes: a gate reading the build must accept the run build_provenance would. The
 * first gate declaring a part wins.
 */
function gatherBuildRunPolicy(
  gates: readonly GateDefinition[],
  byType: ReadonlyMap<string, GateType>,
): BuildRunPolicy {
  const policy: BuildRunPolicy = {};
  for (const gate of gates) {
    const declared = byType.get(gate.type)?.buildRunPolicy?.(gate.with) ?? {};
    for (const [key, value] of Object.entries(declared) as [keyof BuildRunPolicy, never][])
      if (value !== undefined && policy[key] === undefined) policy[key] = value;
  }
  return policy;
}

/**
 * The build run a planned gate that judges the build run trusted (a memoized read: no
 * request), or null.
 */
async function buildRunJudged(
  planned: GateDefinition[],
  byType: ReadonlyMap<string, GateType>,
  ctx: EvalContext,
  facts: FactStore,
): Promise<number | null> {
  if (!planned.some((g) => byType.get(g.type)?.buildRunPolicy)) return null;
  try {
    // Loaded only here: the search, its trust rules and the artifact reader are not a local policy's.
    const { findBuildRun, rulesFor } = await import('../facts/build/find.js');
    const finding = await findBuildRun(facts, ctx, rulesFor(ctx));
    return finding.found ? finding.run.id : null;
  } catch {
    // Only the report's pointer to the run: the gate itself reports why the run is unknown.
    return null;
  }
}

function emptyReport(settings: Settings, environment: Environment): EvaluationReport {
  const repository = environment.repository
    ? `${environment.repository.owner}/${environment.repository.repo}`
    : '';
  return blankReport({
    repository,
    ref: settings.ref,
    sha: settings.sha ?? '',
    rehearsal: settings.rehearsal,
    timestamp: environment.now.toISOString(),
    policyPath: settings.policy,
    policySource: settings.policyRef ? `api@${settings.policyRef}` : 'workspace',
    buildRunId: settings.buildRunId,
    runUrl:
      environment.runId && repository
        ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}`
        : null,
  });
}
