// The action's edge: inputs and runner environment → evaluate → reports, summary,
// annotations, outputs → exit status. Reports and outputs are written in every case.
import path from 'node:path';
import { evaluationTime } from './clock.js';
import { evaluate, type Evaluation } from './engine/evaluate.js';
import { eventPullRequest, parseRepository, runIdFrom, tuning } from './environment.js';
import { connectOnFirstUse } from './github/connect.js';
import { RequestCounter } from './github/counter.js';
import { INPUT_DEFAULTS, InputError, parseSettings, type Settings } from './inputs.js';
import { foldLines } from './report/escape.js';
import { buildAnnotations, buildOutputs } from './report/outputs.js';
import { blankReport } from './report/skeleton.js';
import type { EvaluationReport } from './report/types.js';
import { uploadReports } from './report/upload.js';
import { formatDuration, renderMarkdown } from './report/markdown.js';
import { writeVerificationSummary } from './report/vsa.js';
import { fileSystemReason, ReportWriteError, writeJobSummary, writeReports } from './report/write.js';
import * as core from './runner.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let settings: Settings | null = null;
  let evaluation: Evaluation;
  try {
    settings = parseSettings((name) => core.getInput(name, env));
    evaluation = await evaluateAction(settings, env, workspace);
  } catch (error) {
    evaluation = { report: failedBeforeStart(error, env), policyIssues: [] };
  }
  await publish(evaluation, settings, env, workspace);
}

async function evaluateAction(
  settings: Settings,
  env: NodeJS.ProcessEnv,
  workspace: string,
): Promise<Evaluation> {
  const now = evaluationTime(env);
  const repository = parseRepository(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
  const counter = new RequestCounter();
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const connect = connectOnFirstUse(
    { token: settings.token, externalToken: settings.externalToken },
    { baseUrl, counter, ...tuning(env) },
  );
  core.info(
    `${TOOL_NAME} ${TOOL_VERSION}: evaluating ${settings.ref}${settings.rehearsal ? ' (REHEARSAL)' : ''}`,
  );
  return evaluate(settings, {
    repository,
    workspace,
    env,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: runIdFrom(env.GITHUB_RUN_ID),
    actor: env.GITHUB_ACTOR || 'unknown',
    eventPullRequest: await eventPullRequest(env.GITHUB_EVENT_PATH),
    now,
    github: null,
    externalGithub: null,
    connect,
    counter,
    // One line per gate: a message quoting a crafted name must not start a line of its own,
    // where the runner would read `::command::` as a workflow command.
    onGate: (gate) =>
      core.info(
        `${gate.status.padEnd(10)} ${gate.id} (${gate.mode}): ${gate.code} ${foldLines(gate.message)}`,
      ),
    // Each poll of a waiting gate (required_checks with `wait`): what it waits for, and for how long still.
    onWait: (gateId, message, remainingMs) =>
      core.info(`waiting    ${gateId}: ${foldLines(message)} (${formatDuration(remainingMs)} left)`),
  });
}

/** A result that was decided but could not be delivered in full: its own error, not the verdict's. */
interface DeliveryFailure {
  code: 'REPORT_WRITE_FAILED' | 'REPORT_UPLOAD_FAILED';
  message: string;
}

function deliveryFailure(error: unknown): DeliveryFailure {
  if (error instanceof ReportWriteError) return { code: error.code, message: error.message };
  return { code: 'REPORT_WRITE_FAILED', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Delivers the result: reports, job summary, upload, outputs, annotations, exit status. Each
 * says the same verdict: `result` is always the gates' verdict. A report, summary or upload
 * that fails is an error of its own (REPORT_WRITE_FAILED, REPORT_UPLOAD_FAILED) naming the
 * file, and it fails the step, but it never turns a pass into a block or a block into a pass.
 */
async function publish(
  evaluation: Evaluation,
  settings: Settings | null,
  env: NodeJS.ProcessEnv,
  workspace: string,
): Promise<void> {
  const { report, policyIssues } = evaluation;
  const reportDir = path.resolve(workspace, settings?.reportDir ?? INPUT_DEFAULTS.report_dir);
  const failures: DeliveryFailure[] = [];
  let paths = { json: '', md: '' };
  let markdown: string | null = null;
  try {
    const written = await writeReports(report, reportDir);
    paths = { json: written.json, md: written.md };
    await writeVerificationSummary(report, reportDir, env);
    markdown = written.markdown;
  } catch (error) {
    failures.push(deliveryFailure(error));
  }
  if (settings?.summary !== false && env.GITHUB_STEP_SUMMARY) {
    try {
      await writeJobSummary(env.GITHUB_STEP_SUMMARY, markdown ?? renderMarkdown(report));
    } catch (error) {
      failures.push(deliveryFailure(error));
    }
  }
  if (settings?.uploadReport !== false && paths.json) {
    const outcome = await uploadReports([paths.json, paths.md], reportDir, env);
    if (outcome.status === 'uploaded') core.info(`Uploaded the reports as artifact maturity-eval.`);
    else if (outcome.status === 'skipped') core.notice(`Report upload skipped: ${outcome.reason}.`);
    else failures.push({ code: outcome.code, message: outcome.message });
  }
  try {
    for (const [name, value] of Object.entries(buildOutputs(report, paths))) core.setOutput(name, value, env);
  } catch (error) {
    failures.push({
      code: 'REPORT_WRITE_FAILED',
      message: `cannot write step outputs ${env.GITHUB_OUTPUT ?? ''}: ${fileSystemReason(error)}`,
    });
  }
  for (const a of buildAnnotations(report, policyIssues)) {
    const properties = {
      title: a.title,
      ...(a.file ? { file: a.file, startLine: a.line, startColumn: a.col } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  for (const failure of failures) {
    core.error(`${failure.code}: ${failure.message}`, { title: `release-gates: ${failure.code}` });
  }
  if (settings?.fileBlockers) await fileBlockersIssue(report, settings, env);
  const verdict = report.result === 'pass' ? 'PASS' : 'BLOCKED';
  const where = paths.json ? ` Reports: ${paths.json}, ${paths.md}` : ` Reports: not written.`;
  core.info(`Result: ${verdict}${report.stage ? ` at stage ${report.stage}` : ''}.${where}`);
  // A configuration problem always fails the step; blocking gates do unless told not to; a
  // result that could not be delivered in full fails it too, with its own error above.
  if (report.error) core.setFailed(`${report.error.code}: ${report.error.message}`);
  else if (report.result === 'fail' && settings?.failOnBlocking !== false) {
    core.setFailed(`Blocked by ${report.blocking.map((b) => b.gate).join(', ')}.`);
  }
  if (failures.length > 0) {
    core.info(
      `The step fails: the result (${verdict}) was decided, but ${failures.map((f) => f.code).join(', ')} (see the errors above).`,
    );
    process.exitCode = 1;
  }
}

/** The release blockers issue (file_blockers); what goes wrong there is a warning. */
async function fileBlockersIssue(
  report: EvaluationReport,
  settings: Settings,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  let github;
  let fileBlockers: typeof import('./blockers.js').fileBlockers;
  try {
    // Loaded only with file_blockers: true, as the client is.
    ({ fileBlockers } = await import('./blockers.js'));
    ({ github } = await connectOnFirstUse(
      { token: settings.token, externalToken: null },
      {
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        counter: new RequestCounter(),
        ...tuning(env),
      },
    )());
  } catch (error) {
    core.warning(`The release blockers issue was not updated: ${(error as Error).message}`);
    return;
  }
  const filed = await fileBlockers(report, {
    github,
    repository: report.repository,
    runUrl: report.run_url ?? null,
    rehearsal: report.rehearsal,
  });
  if (filed.warning) core.warning(filed.warning);
  else core.info(foldLines(filed.message));
}

/** A report for an evaluation that never started (invalid inputs, a bad clock value). */
function failedBeforeStart(error: unknown, env: NodeJS.ProcessEnv): EvaluationReport {
  const report = blankReport({
    repository: env.GITHUB_REPOSITORY ?? '',
    ref: env.INPUT_REF ?? '',
    sha: '',
    rehearsal: false,
    timestamp: new Date().toISOString(),
    policyPath: env.INPUT_POLICY || INPUT_DEFAULTS.policy,
    policySource: 'workspace',
    buildRunId: null,
    runUrl: null,
  });
  const code = error instanceof InputError ? 'INVALID_INPUT' : 'EVALUATION_CRASHED';
  report.error = { code, message: error instanceof Error ? error.message : String(error) };
  return report;
}
