// Every gate type the policy may name. Adding a type here is all the engine needs; `registered`
// widens each type's own parameters and facts to the registry's, so there is no cast here.
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
import { registered, type GateType } from './types.js';
import { versionAlignmentGate } from './version-alignment.js';
import { workflowGreenGate } from './workflow-green.js';

export const GATE_TYPES: readonly GateType[] = [
  registered(approvalGate),
  registered(attestationsGate),
  registered(buildProvenanceGate),
  registered(evidenceGate),
  registered(failureBudgetGate),
  registered(freezeWindowGate),
  registered(homebrewFormulaGate),
  registered(jobsSucceededGate),
  registered(metricBudgetsGate),
  registered(openIssuesGate),
  registered(policyDriftGate),
  registered(refOnBranchGate),
  registered(releaseAssetsGate),
  registered(releaseMetadataGate),
  registered(requiredChecksGate),
  registered(runStreakGate),
  registered(sbomLicensesGate),
  registered(secretsPresentGate),
  registered(versionAlignmentGate),
  registered(workflowGreenGate),
];
