// Workflows, runs (with every job attempt and their artifacts) and check runs, built from a scenario.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { CheckRunSpec, JobSpec, RunSpec, WorkflowSpec } from '../scenario.js';
import { writeZip } from '../zip.js';
import { addMinutes, contentBytes, ID_BASE, IdSequence, minutesAfterBase, nodeId } from './ids.js';
import {
  latestAttempts,
  type Artifact,
  type CheckRun,
  type Job,
  type Workflow,
  type WorkflowRun,
} from './model.js';

const ARTIFACT_RETENTION_DAYS = 90;

export function buildWorkflows(specs: readonly WorkflowSpec[], runs: readonly RunSpec[]): Workflow[] {
  const ids = new IdSequence(
    ID_BASE.workflow,
    specs.map((spec) => spec.id),
  );
  const workflows = specs.map((spec) => {
    const id = spec.id ?? ids.take();
    return {
      id,
      nodeId: nodeId('W', id),
      path: spec.path,
      name: spec.name ?? workflowNameFromPath(spec.path),
    };
  });
  for (const run of runs) {
    if (findWorkflow(workflows, run.workflow)) continue;
    const path = run.workflow.includes('/') ? run.workflow : `.github/workflows/${run.workflow}`;
    const id = ids.take();
    workflows.push({ id, nodeId: nodeId('W', id), path, name: workflowNameFromPath(path) });
  }
  return workflows;
}

/** A workflow by numeric id, file name ('ci.yml') or path, the ways GitHub's `{workflow_id}` accepts it. */
export function findWorkflow(
  workflows: readonly Workflow[],
  idOrFile: string | number,
): Workflow | undefined {
  const key = String(idOrFile);
  return workflows.find(
    (workflow) => String(workflow.id) === key || workflow.path === key || basename(workflow.path) === key,
  );
}

function workflowNameFromPath(path: string): string {
  return basename(path, extname(path));
}

interface RunIdSequences {
  run: IdSequence;
  checkSuite: IdSequence;
  job: IdSequence;
  artifact: IdSequence;
}

export function buildRuns(
  specs: readonly RunSpec[],
  workflows: readonly Workflow[],
  repositoryFullName: string,
): WorkflowRun[] {
  const ids: RunIdSequences = {
    run: new IdSequence(
      ID_BASE.run,
      specs.map((spec) => spec.id),
    ),
    checkSuite: new IdSequence(ID_BASE.checkSuite),
    job: new IdSequence(ID_BASE.job),
    artifact: new IdSequence(
      ID_BASE.artifact,
      specs.flatMap((spec) => (spec.artifacts ?? []).map((artifact) => artifact.id)),
    ),
  };
  // Built oldest first so ids grow with creation time, as on GitHub, whatever the listing order.
  // Runs without created_at are a minute apart in the order listed; among equal times the later-listed is newer.
  const createdAt = specs.map((spec, index) => spec.created_at ?? minutesAfterBase(index));
  const chronological = specs
    .map((_, index) => index)
    .sort((a, b) => createdAt[a].localeCompare(createdAt[b]) || a - b);
  const oldestFirst = chronological.map((index) =>
    buildRun(specs[index], index, createdAt[index], workflows, repositoryFullName, ids),
  );
  numberRunsPerWorkflow(oldestFirst);
  return oldestFirst.reverse();
}

function buildRun(
  spec: RunSpec,
  index: number,
  createdAt: string,
  workflows: readonly Workflow[],
  repositoryFullName: string,
  ids: RunIdSequences,
): WorkflowRun {
  const workflow = findWorkflow(workflows, spec.workflow);
  if (!workflow) throw new Error(`runs[${index}]: unknown workflow '${spec.workflow}'`);
  const id = spec.id ?? ids.run.take();
  const status = spec.status ?? 'completed';
  const checkSuiteId = ids.checkSuite.take();
  // Job ids grow with attempts, as on GitHub (a re-run creates new jobs), whatever order the
  // scenario lists them in; clients take the highest id of a name for its latest attempt.
  const specs = spec.jobs ?? [];
  const jobIds = new Map<JobSpec, number>();
  for (const job of [...specs].sort((a, b) => (a.attempt ?? 1) - (b.attempt ?? 1)))
    jobIds.set(job, ids.job.take());
  const jobs = specs.map((job) => buildJob(job, jobIds.get(job)!, id, status, spec, createdAt));
  const run: WorkflowRun = {
    id,
    nodeId: nodeId('WFR', id),
    workflow,
    name: spec.name ?? workflow.name,
    displayTitle: spec.display_title ?? spec.name ?? workflow.name,
    headBranch: spec.head_branch === undefined ? 'main' : spec.head_branch,
    headSha: spec.head_sha,
    event: spec.event ?? 'push',
    status,
    conclusion: spec.conclusion !== undefined ? spec.conclusion : status === 'completed' ? 'success' : null,
    runAttempt: spec.run_attempt ?? Math.max(1, ...jobs.map((job) => job.attempt)),
    runNumber: spec.run_number ?? 0,
    createdAt,
    updatedAt: spec.updated_at ?? addMinutes(createdAt, 5),
    headRepository: spec.head_repository ?? repositoryFullName,
    actor: spec.actor ?? 'octocat',
    checkSuiteId,
    checkSuiteNodeId: nodeId('CS', checkSuiteId),
    jobs,
    artifacts: [],
  };
  run.artifacts = (spec.artifacts ?? []).map((artifact) =>
    buildArtifact(artifact, artifact.id ?? ids.artifact.take(), run),
  );
  return run;
}

function buildJob(
  spec: JobSpec,
  id: number,
  runId: number,
  runStatus: WorkflowRun['status'],
  run: RunSpec,
  runCreatedAt: string,
): Job {
  const status = spec.status ?? (spec.conclusion !== undefined ? 'completed' : runStatus);
  const completed = status === 'completed';
  const conclusion =
    spec.conclusion !== undefined ? spec.conclusion : completed ? (run.conclusion ?? 'success') : null;
  // A re-run starts after the attempt before it: half an hour per attempt unless the scenario says.
  const startedAt = spec.started_at ?? addMinutes(runCreatedAt, ((spec.attempt ?? 1) - 1) * 30);
  const completedAt = spec.completed_at ?? (completed ? addMinutes(startedAt, 3) : null);
  return {
    id,
    nodeId: nodeId('CR', id),
    runId,
    name: spec.name,
    status,
    conclusion,
    attempt: spec.attempt ?? 1,
    startedAt,
    completedAt,
    labels: spec.labels ?? ['ubuntu-latest'],
    steps: (spec.steps ?? []).map((step, index) => {
      const stepStatus = step.status ?? (completed ? 'completed' : 'in_progress');
      return {
        number: index + 1,
        name: step.name,
        status: stepStatus,
        conclusion:
          step.conclusion !== undefined ? step.conclusion : stepStatus === 'completed' ? conclusion : null,
        startedAt,
        completedAt: stepStatus === 'completed' ? completedAt : null,
      };
    }),
  };
}

function buildArtifact(
  spec: NonNullable<RunSpec['artifacts']>[number],
  id: number,
  run: WorkflowRun,
): Artifact {
  const files = new Map(Object.entries(spec.files).map(([path, content]) => [path, contentBytes(content)]));
  let archive: Buffer | undefined;
  const buildArchive = (): Buffer =>
    (archive ??= writeZip([...files].map(([name, data]) => ({ name, data }))));
  const createdAt = spec.created_at ?? run.updatedAt;
  return {
    id,
    nodeId: nodeId('MA', id),
    runId: run.id,
    name: spec.name,
    files,
    expired: spec.expired ?? false,
    createdAt,
    expiresAt: addMinutes(createdAt, ARTIFACT_RETENTION_DAYS * 24 * 60),
    archive: buildArchive,
    digest: () =>
      spec.digest !== undefined
        ? spec.digest
        : `sha256:${createHash('sha256').update(buildArchive()).digest('hex')}`,
    sizeInBytes: () => spec.size_in_bytes ?? buildArchive().length,
  };
}

/** Fills in run numbers the scenario left out: each workflow's runs count up from its oldest. */
function numberRunsPerWorkflow(oldestFirst: readonly WorkflowRun[]): void {
  const counts = new Map<number, number>();
  for (const run of oldestFirst) {
    const number = (counts.get(run.workflow.id) ?? 0) + 1;
    counts.set(run.workflow.id, number);
    if (run.runNumber === 0) run.runNumber = number;
  }
}

export function buildCheckRuns(
  specs: Record<string, CheckRunSpec[]>,
  runs: readonly WorkflowRun[],
): CheckRun[] {
  const ids = new IdSequence(
    ID_BASE.checkRun,
    Object.values(specs).flatMap((list) => list.map((spec) => spec.id)),
  );
  const standaloneSuites = new IdSequence(ID_BASE.standaloneCheckSuite);
  const suiteByCommitAndApp = new Map<string, number>();
  const checkRuns: CheckRun[] = [];
  for (const [sha, list] of Object.entries(specs)) {
    list.forEach((spec, index) => {
      const owner = spec.run_id === undefined ? undefined : runs.find((run) => run.id === spec.run_id);
      if (spec.run_id !== undefined && !owner) {
        throw new Error(`check_runs.${sha}[${index}]: run_id ${spec.run_id} is not a run of this scenario`);
      }
      const appSlug = spec.app_slug ?? 'github-actions';
      // A job is a check run on GitHub: a check run of a run's job shares that job's id.
      const job = owner && latestAttempts(owner.jobs).find((candidate) => candidate.name === spec.name);
      const suiteKey = `${sha}|${appSlug}`;
      if (!owner && !suiteByCommitAndApp.has(suiteKey))
        suiteByCommitAndApp.set(suiteKey, standaloneSuites.take());
      const status = spec.status ?? 'completed';
      const id = spec.id ?? job?.id ?? ids.take();
      const startedAt = spec.started_at ?? owner?.createdAt ?? minutesAfterBase(index);
      checkRuns.push({
        id,
        nodeId: nodeId('CR', id),
        headSha: sha,
        name: spec.name,
        status,
        conclusion:
          spec.conclusion !== undefined ? spec.conclusion : status === 'completed' ? 'success' : null,
        appSlug,
        checkSuiteId: owner?.checkSuiteId ?? suiteByCommitAndApp.get(suiteKey) ?? 0,
        runId: owner?.id ?? null,
        startedAt,
        completedAt: spec.completed_at ?? (status === 'completed' ? addMinutes(startedAt, 2) : null),
        detailsUrl: spec.details_url ?? null,
      });
    });
  }
  return checkRuns;
}
