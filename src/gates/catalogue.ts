// The gate types as the action loads them: each type's implementation (and the fact readers
// only it uses) is a chunk of the bundle, loaded when a policy names the type. A policy of
// three local gates compiles a fraction of the engine at start instead of all twenty types.
// The registry (registry.ts) imports every type at once, for the tools that need them all: the
// schema generator, the reference documentation, the tests. __tests__/gates/catalogue.test.ts
// holds the two to the same types.
import { GateError } from '../model/types.js';
import { summarize } from '../policy/schema.js';
import { registered, type GateCatalogue, type GateType, type GateTypeSummary } from './types.js';

const LOADERS: Record<string, () => Promise<GateType>> = {
  approval: async () => registered((await import('./approval.js')).approvalGate),
  attestations: async () => registered((await import('./attestations.js')).attestationsGate),
  build_provenance: async () => registered((await import('./build-provenance.js')).buildProvenanceGate),
  evidence: async () => registered((await import('./evidence.js')).evidenceGate),
  failure_budget: async () => registered((await import('./failure-budget.js')).failureBudgetGate),
  freeze_window: async () => registered((await import('./freeze-window.js')).freezeWindowGate),
  homebrew_formula: async () => registered((await import('./homebrew-formula.js')).homebrewFormulaGate),
  jobs_succeeded: async () => registered((await import('./jobs-succeeded.js')).jobsSucceededGate),
  metric_budgets: async () => registered((await import('./metric-budgets.js')).metricBudgetsGate),
  open_issues: async () => registered((await import('./open-issues.js')).openIssuesGate),
  policy_drift: async () => registered((await import('./policy-drift.js')).policyDriftGate),
  ref_on_branch: async () => registered((await import('./ref-on-branch.js')).refOnBranchGate),
  release_assets: async () => registered((await import('./release-assets.js')).releaseAssetsGate),
  release_metadata: async () => registered((await import('./release-metadata.js')).releaseMetadataGate),
  required_checks: async () => registered((await import('./required-checks.js')).requiredChecksGate),
  run_streak: async () => registered((await import('./run-streak.js')).runStreakGate),
  sbom_licenses: async () => registered((await import('./sbom-licenses.js')).sbomLicensesGate),
  secrets_present: async () => registered((await import('./secrets-present.js')).secretsPresentGate),
  version_alignment: async () => registered((await import('./version-alignment.js')).versionAlignmentGate),
  workflow_green: async () => registered((await import('./workflow-green.js')).workflowGreenGate),
};

/**
 * Types whose parameters have a required member, so a gate of the type needs `with:` (the
 * document schema says so before the type's own validator is loaded).
 */
const REQUIRES_WITH = new Set([
  'attestations',
  'evidence',
  'failure_budget',
  'freeze_window',
  'homebrew_formula',
  'jobs_succeeded',
  'metric_budgets',
  'release_assets',
  'required_checks',
  'run_streak',
  'secrets_present',
  'version_alignment',
  'workflow_green',
]);

const loading = new Map<string, Promise<GateType>>();

/** Every gate type, each loaded on first use. */
export const GATE_CATALOGUE: GateCatalogue = {
  summaries: Object.keys(LOADERS)
    .sort()
    .map((type): GateTypeSummary => ({ type, requiresWith: REQUIRES_WITH.has(type) })),
  async load(types) {
    const known = [...new Set(types)].filter((type) => Object.hasOwn(LOADERS, type));
    const loaded = await Promise.all(
      known.map((type) => {
        let gate = loading.get(type);
        if (!gate)
          loading.set(type, (gate = LOADERS[type]!().catch((error: unknown) => notLoaded(type, error))));
        return gate;
      }),
    );
    return new Map(loaded.map((gate) => [gate.type, gate]));
  },
};

function notLoaded(type: string, error: unknown): never {
  throw new GateError(
    'GATE_TYPE_NOT_LOADED',
    `Cannot load the gate type '${type}': ${(error as Error).message}. The action's dist/ directory is incomplete; use the published release (uses: OWNER/release-gates@v1) or rebuild it.`,
    { type },
  );
}

const eagerCatalogues = new WeakMap<readonly GateType[], GateCatalogue>();

/**
 * The catalogue itself, or gate types already loaded (the registry's, or a test's own) as a
 * catalogue: the same one for the same array.
 */
export function asCatalogue(gateTypes: readonly GateType[] | GateCatalogue): GateCatalogue {
  if (!isTypeList(gateTypes)) return gateTypes;
  let catalogue = eagerCatalogues.get(gateTypes);
  if (!catalogue) {
    const byType = new Map(gateTypes.map((g) => [g.type, g]));
    catalogue = {
      summaries: summarize(gateTypes),
      load: (names) =>
        Promise.resolve(
          new Map(
            [...new Set(names)].flatMap((name) => (byType.has(name) ? [[name, byType.get(name)!]] : [])),
          ),
        ),
    };
    eagerCatalogues.set(gateTypes, catalogue);
  }
  return catalogue;
}

function isTypeList(value: readonly GateType[] | GateCatalogue): value is readonly GateType[] {
  return Array.isArray(value);
}
