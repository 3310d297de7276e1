// `release-gates evaluate`: the action's evaluation from a laptop. The verdict is printed in
// every case (also when the reports cannot be written); errors that mean the command or its
// configuration is wrong print under ERROR and exit 2, never as a BLOCKED verdict.
import path from 'node:path';
import { evaluationTime } from '../clock.js';
import { evaluate } from '../engine/evaluate.js';
import { parseRepository, tuning } from '../environment.js';
import { workspacePath } from '../facts/workspace.js';
import { connectOnFirstUse } from '../github/connect.js';
import { RequestCounter } from '../github/counter.js';
import { INPUT_DEFAULTS, InputError, parseSettings, type Settings } from '../inputs.js';
import { GateError } from '../model/types.js';
import { formatIssue, type PolicyIssue } from '../policy/types.js';
import { formatDuration } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import type { EvaluationReport } from '../report/types.js';
import { writeVerificationSummary } from '../report/vsa.js';
import { writeReports, type WrittenReports } from '../report/write.js';
import { UsageError } from './args.js';
import { EXIT } from './commands.js';
import type { Io } from './io.js';
import { colorFor, errorBlock, inFlagTerms, inputErrorInFlagTerms } from './output.js';
import { Progress } from './progress.js';

/**
 * Evaluation errors that mean the command or its configuration is wrong (exit 2), not a
 * verdict: the flags, the policy, the stage, a ref that does not exist, the token.
 */
export const CONFIGURATION_ERRORS: ReadonlySet<string> = new Set([
  'INVALID_INPUT',
  'INVALID_PARAMS',
  'POLICY_INVALID',
  'POLICY_NOT_FOUND',
  'STAGE_UNKNOWN',
  'STAGE_NO_MATCH',
  'STAGE_AMBIGUOUS',
  'OVERRIDE_REASON_TOO_SHORT',
  'NO_TOKEN',
  'BAD_CREDENTIALS',
  'PERMISSION_DENIED',
  'NO_REPOSITORY',
  'NOT_FOUND',
  'REF_NOT_FOUND',
]);

/** What to check for an evaluation-level error, in the command line's terms. */
const NEXT_STEP: Record<string, string> = {
  REF_NOT_FOUND: 'Check --ref (a branch or tag of --repo) and --repo.',
  NOT_FOUND: 'Check --repo.',
};

export type EvaluateValues = Record<string, string | boolean | undefined>;

export async function evaluateCommand(values: EvaluateValues, io: Io): Promise<number> {
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const missing = [
    ...(text('repo') ? [] : ["'evaluate' needs --repo OWNER/NAME."]),
    ...(text('ref') ? [] : ["'evaluate' needs --ref REF (a branch or tag)."]),
  ];
  if (missing.length) throw new UsageError(missing, 'evaluate');
  const repository = parseRepository(text('repo'), '--repo');
  const settings = settingsFrom(values);
  const now = evaluationTime(io.env);
  // The action keeps the policy inside its workspace; here the workspace is this directory.
  if (!settings.policyRef) {
    try {
      workspacePath(io.cwd, settings.policy);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      throw new UsageError(
        [
          `--policy '${settings.policy}' is outside the working directory (${io.cwd}): run release-gates from the repository's root, or pass --policy-ref REF to read the policy through the API.`,
        ],
        'evaluate',
      );
    }
  }

  const stderrColor = colorFor(io.stderrIsTTY, io.env);
  const progress = new Progress({
    line: io.err,
    status: io.stderrIsTTY ? io.status : undefined,
    color: stderrColor,
  });
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || null;
  const counter = new RequestCounter();
  const baseUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
  const connect = connectOnFirstUse({ token, externalToken: null }, { baseUrl, counter, ...tuning(io.env) });
  const { report, policyIssues } = await evaluate(settings, {
    repository,
    workspace: io.cwd,
    env: io.env,
    serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
    runId: null,
    actor: io.env.USER || 'cli',
    eventPullRequest: null,
    now,
    github: null,
    externalGithub: null,
    connect,
    counter,
    onGateDone: (gate, done, total) => progress.gateDone(gate, done, total),
    onWait: (gateId, message, remainingMs) => progress.wait(gateId, message, remainingMs),
  });
  progress.finish();

  const reportDir = path.resolve(io.cwd, settings.reportDir);
  let written: WrittenReports | null = null;
  let writeFailure: string | null = null;
  try {
    written = await writeReports(report, reportDir);
    // The signed-verdict files too, as the action writes them, so a laptop run can be signed.
    await writeVerificationSummary(report, reportDir, io.env);
  } catch (error) {
    writeFailure = `Cannot write the reports to '${reportDir}' (--report-dir): ${(error as Error).message}`;
  }

  const configuration = !!report.error && CONFIGURATION_ERRORS.has(report.error.code);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  if (report.error) {
    io.err(errorBlock(errorTitle(report, configuration), problemLines(report, policyIssues), stderrColor));
  } else if (!values.json) {
    io.out(verdictText(report, colorFor(io.stdoutIsTTY, io.env)));
  }
  if (written && !values.json) {
    const where = `\nReports: ${written.json}, ${written.md}`;
    if (report.error) io.err(where);
    else io.out(where);
  }
  if (writeFailure) io.err(errorBlock('the reports were not written', [writeFailure], stderrColor));

  // A blocked verdict stays 1 (or 2 for a configuration error) whatever the write did; a pass
  // whose reports could not be written is 2: not blocked, but not everything asked was done.
  const exit = configuration
    ? EXIT.usage
    : report.result === 'pass' && !report.error
      ? EXIT.pass
      : EXIT.blocked;
  return writeFailure && exit === EXIT.pass ? EXIT.usage : exit;
}

/** The action's input validation, fed from the flags; its messages name the flags. */
function settingsFrom(values: EvaluateValues): Settings {
  const inputs: Record<string, string | undefined> = {
    policy: values.policy as string | undefined,
    policy_ref: values['policy-ref'] as string | undefined,
    stage: values.stage as string | undefined,
    ref: values.ref as string | undefined,
    sha: values.sha as string | undefined,
    build_run_id: values['build-run-id'] as string | undefined,
    base_tag: values['base-tag'] as string | undefined,
    rehearsal: String(values.rehearsal === true),
    report_dir: (values['report-dir'] as string | undefined) ?? INPUT_DEFAULTS.report_dir,
  };
  try {
    return parseSettings((name) => inputs[name] ?? '');
  } catch (error) {
    if (error instanceof InputError) throw new UsageError([inputErrorInFlagTerms(error.message)], 'evaluate');
    throw error;
  }
}

function errorTitle(report: EvaluationReport, configuration: boolean): string {
  const target = `${report.repository || '?'} at ${report.ref}`;
  if (report.error?.code === 'POLICY_INVALID')
    return `POLICY_INVALID: the policy is invalid; ${target} was not evaluated`;
  return configuration
    ? `cannot evaluate ${target}: fix the command or its configuration`
    : `could not evaluate ${target}: no verdict`;
}

/** One line per problem: each policy issue as FILE:LINE:COL, else the code and its message. */
function problemLines(report: EvaluationReport, policyIssues: readonly PolicyIssue[]): string[] {
  const error = report.error!;
  if (error.code === 'POLICY_INVALID' && policyIssues.length)
    return policyIssues.map((issue) => inFlagTerms(formatIssue(issue)));
  const next = NEXT_STEP[error.code];
  return [`${error.code}: ${inFlagTerms(error.message)}${next ? ` ${next}` : ''}`];
}

/**
 * The text verdict, with the gates' advice in the flags' terms and durations a person reads
 * (`30 min 0 s`, not `1800518 ms`). The JSON report keeps the messages as the action words them.
 */
export function verdictText(report: EvaluationReport, color: boolean): string {
  const reword = <T extends { message: string }>(entry: T): T => ({
    ...entry,
    message: inFlagTerms(entry.message),
  });
  const shown: EvaluationReport = {
    ...report,
    gates: report.gates.map(reword),
    blocking: report.blocking.map(reword),
    warnings: report.warnings.map(reword),
  };
  return renderText(shown, { color }).replace(
    /(\d+ API requests?, )(\d+) ms$/,
    (_, head: string, ms: string) => `${head}${formatDuration(Number(ms))}`,
  );
}
