import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { EvaluationReport } from './types.js';

export interface ReportStart {
  repository: string;
  ref: string;
  sha: string;
  rehearsal: boolean;
  timestamp: string;
  policyPath: string;
  policySource: string;
  buildRunId: number | null;
  runUrl: string | null;
}

/**
 * A report before anything was judged: result `fail`, no gates. The evaluation fills it in;
 * an evaluation that stops early leaves it failing, so a report always exists and never passes
 * by default.
 */
export function blankReport(start: ReportStart): EvaluationReport {
  return {
    schema_version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    repository: start.repository,
    ref: start.ref,
    tag: null,
    version: '',
    sha: start.sha,
    stage: null,
    stage_reason: '',
    rehearsal: start.rehearsal,
    timestamp: start.timestamp,
    policy: { path: start.policyPath, source: start.policySource, sha256: null, files: [] },
    build_run_id: start.buildRunId,
    result: 'fail',
    blocking: [],
    warnings: [],
    demote: false,
    overrides: [],
    refused_overrides: [],
    gates: [],
    error: null,
    stats: { api_requests: 0, duration_ms: 0 },
    run_url: start.runUrl,
  };
}
