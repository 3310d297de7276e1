// workflow_green: the workflow's run for the commit under evaluation concluded success. With
// `require: latest` the newest run decides (a re-run in progress is pending, a later red run
// overrides an earlier green one); with `any`, one successful completed run is enough.
import type { Link, Verdict } from '../model/types.js';
import { workflowRuns, type WorkflowRunFact } from '../facts/runs.js';
import { noCommitVerdict, runLabel, shortSha, WORKFLOW_FILE_SCHEMA } from './job-match.js';
import type { GateType } from './types.js';

export interface WorkflowGreenParams {
  workflow: string;
  require: 'latest' | 'any';
}

export interface WorkflowGreenFacts {
  /** The workflow's runs for the commit, any status, newest first. */
  runs: WorkflowRunFact[];
}

/** A commit with more runs of one workflow than this is not a case worth another request. */
const RUNS_PER_COMMIT_LIMIT = 300;

export const workflowGreenGate: GateType<WorkflowGreenParams, WorkflowGreenFacts> = {
  type: 'workflow_green',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['workflow'],
    properties: {
      workflow: WORKFLOW_FILE_SCHEMA,
      require: {
        description:
          'latest: the newest run for the commit must have succeeded; any: at least one completed run succeeded.',
        enum: ['latest', 'any'],
        default: 'latest',
      },
    },
  },
  async collect(params, ctx, facts) {
    if (!ctx.sha) return { runs: [] };
    // The same query as jobs_succeeded's, so the two gates share one read.
    const { runs } = await workflowRuns(
      facts,
      ctx.repository,
      { workflow: params.workflow, headSha: ctx.sha },
      { maxRuns: RUNS_PER_COMMIT_LIMIT, enough: (seen) => params.require === 'latest' || seen.some(isGreen) },
    );
    return { runs };
  },
  judge: judgeWorkflowGreen,
};

function isGreen(run: WorkflowRunFact): boolean {
  return run.status === 'completed' && run.conclusion === 'success';
}

export function judgeWorkflowGreen(
  params: WorkflowGreenParams,
  facts: WorkflowGreenFacts,
  ctx: { sha: string },
): Verdict {
  if (!ctx.sha) return noCommitVerdict(params.workflow);
  const commit = shortSha(ctx.sha);
  const details: Record<string, unknown> = {
    workflow: params.workflow,
    require: params.require,
    sha: ctx.sha,
    runs: facts.runs.slice(0, 20).map((run) => ({
      id: run.id,
      run_number: run.runNumber,
      attempt: run.attempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
    })),
  };
  const latest = facts.runs[0];
  if (!latest) {
    return {
      status: 'fail',
      code: 'NO_CI_RUN',
      message: `No '${params.workflow}' run for commit ${commit}: push it, or check the workflow's triggers.`,
      details,
    };
  }
  const link = (run: WorkflowRunFact, title: string): Link[] =>
    run.htmlUrl ? [{ title, url: run.htmlUrl }] : [];
  const decide = (run: WorkflowRunFact): Verdict => {
    const label = runLabel(params.workflow, run, commit);
    details.run = {
      id: run.id,
      run_number: run.runNumber,
      attempt: run.attempt,
      status: run.status,
      conclusion: run.conclusion,
      url: run.htmlUrl,
    };
    if (run.status !== 'completed') {
      return {
        status: 'fail',
        code: 'CI_PENDING',
        message: `${label} is still ${run.status.replace('_', ' ')}; evaluate again when it finishes.`,
        details,
        links: link(run, `Run #${run.runNumber}`),
      };
    }
    if (run.conclusion !== 'success') {
      return {
        status: 'fail',
        code: 'CI_FAILED',
        message: `${label} concluded ${run.conclusion ?? 'without a conclusion'}.`,
        details,
        links: link(run, `Run #${run.runNumber} (${run.conclusion})`),
      };
    }
    return {
      status: 'pass',
      code: 'CI_GREEN',
      message: `${label} succeeded.`,
      details,
      links: link(run, `Run #${run.runNumber}`),
    };
  };
  if (params.require === 'latest') return decide(latest);
  // `any`: a green run wins; else a run still going may yet turn green; else the newest failure.
  return decide(facts.runs.find(isGreen) ?? facts.runs.find((run) => run.status !== 'completed') ?? latest);
}
