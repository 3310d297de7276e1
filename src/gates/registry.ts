// Every gate type the policy may name. Adding a type here is all the engine needs.
import { approvalGate } from './approval.js';
import { attestationsGate } from './attestations.js';
import { buildProvenanceGate } from './build-provenance.js';
import { evidenceGate } from './evidence.js';
import { failureBudgetGate } from './failure-budget.js';
import { freezeWindowGate } from './freeze-window.js';
import { homebrewFormulaGate } from './homebrew-formula.js';
import { jobsSucceededGate } from './jobs-succeeded.js';
import { metricBudgetsGate } from './metric-budgets.js';
import { openIssuesGate } from './open-issues.js';
import { policyDriftGate } from './policy-drift.js';
import { refOnBranchGate } from './ref-on-branch.js';
import { releaseAssetsGate } from './release-assets.js';
import { releaseMetadataGate } from './release-metadata.js';
import { requiredChecksGate } from './required-checks.js';
import { runStreakGate } from './run-streak.js';
import { sbomLicensesGate } from './sbom-licenses.js';
import { secretsPresentGate } from './secrets-present.js';
import type { GateType } from './types.js';
import { versionAlignmentGate } from './version-alignment.js';
import { workflowGreenGate } from './workflow-green.js';

export const GATE_TYPES: readonly GateType[] = [
  approvalGate as unknown as GateType,
  attestationsGate as unknown as GateType,
  buildProvenanceGate as unknown as GateType,
  evidenceGate as unknown as GateType,
  failureBudgetGate as unknown as GateType,
  freezeWindowGate as unknown as GateType,
  homebrewFormulaGate as unknown as GateType,
  jobsSucceededGate as unknown as GateType,
  metricBudgetsGate as unknown as GateType,
  openIssuesGate as unknown as GateType,
  policyDriftGate as unknown as GateType,
  refOnBranchGate as unknown as GateType,
  releaseAssetsGate as unknown as GateType,
  releaseMetadataGate as unknown as GateType,
  requiredChecksGate as unknown as GateType,
  runStreakGate as unknown as GateType,
  sbomLicensesGate as unknown as GateType,
  secretsPresentGate as unknown as GateType,
  versionAlignmentGate as unknown as GateType,
  workflowGreenGate as unknown as GateType,
];
