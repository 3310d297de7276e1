// Loads the effective policy: the top-level file, its `extends` chain (base first, then
// each file overriding `stages` and `gates` by key), validated as one document whose
// issues still point at the file and line each entry came from.
import { asCatalogue } from '../gates/catalogue.js';
import type { GateCatalogue, GateType } from '../gates/types.js';
import { canonicalJson, gitBlobSha, sha256Hex } from './normalize.js';
import { PolicyError, type LoadedPolicy, type PolicyIssue } from './types.js';
import { createPolicyValidator, type PolicyValidator } from './validate.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { loadLibraries, type LibraryName } from '../util/libraries.js';

export interface PolicyText {
  text: string;
  /** Name used in error positions: a workspace path, or OWNER/REPO/PATH@REF. */
  file: string;
}

export interface LoadOptions {
  /** `workspace` or `api@REF`. */
  source: string;
  /** Reads a base policy named by `extends` (OWNER/REPO/PATH@REF). */
  readExtends?: (spec: string) => Promise<PolicyText>;
  /** Longest `extends` chain followed. */
  maxDepth?: number;
}

const validators = new WeakMap<GateCatalogue, Promise<PolicyValidator>>();

export function validatorFor(gateTypes: readonly GateType[] | GateCatalogue): Promise<PolicyValidator> {
  const catalogue = asCatalogue(gateTypes);
  let validator = validators.get(catalogue);
  if (!validator) validators.set(catalogue, (validator = createPolicyValidator(catalogue)));
  return validator;
}

export async function loadPolicy(
  root: PolicyText,
  gateTypes: readonly GateType[] | GateCatalogue,
  options: LoadOptions,
): Promise<LoadedPolicy> {
  const chain = await readChain(root, options);
  const merged = mergeSources(chain.map((c) => c.source));
  await loadLibraries(
    librariesUsed(merged.value, await asCatalogue(gateTypes).load(typesNamed(merged.value))),
  );
  const { policy, issues } = await (await validatorFor(gateTypes)).validate(merged);
  if (!policy) throw new PolicyError(issues);
  return {
    policy,
    path: root.file,
    source: options.source,
    files: chain.map((c) => ({ path: c.file, blob_sha: gitBlobSha(c.text) })),
    sha256: sha256Hex(canonicalJson(policy)),
  };
}

/**
 * The parsing libraries of the gate types the policy names, read before validation (so from
 * a document that may still be wrong): they must be loaded before the checks that use them.
 */
function librariesUsed(document: unknown, gateTypes: ReadonlyMap<string, GateType>): LibraryName[] {
  return gatesOf(document).flatMap((gate) =>
    typeof gate.type === 'string' ? (gateTypes.get(gate.type)?.libraries?.(gate.with) ?? []) : [],
  );
}

/** The gate types a document (maybe still invalid) names. */
function typesNamed(document: unknown): string[] {
  return gatesOf(document).flatMap((gate) => (typeof gate.type === 'string' ? [gate.type] : []));
}

function gatesOf(document: unknown): Record<string, unknown>[] {
  const gates = isObject(document) && isObject(document.gates) ? Object.values(document.gates) : [];
  return gates.filter(isObject);
}

interface ChainEntry {
  file: string;
  text: string;
  source: YamlSource;
}

/** The top-level file and every base it extends, top-level first. */
async function readChain(root: PolicyText, options: LoadOptions): Promise<ChainEntry[]> {
  const maxDepth = options.maxDepth ?? 5;
  const chain: ChainEntry[] = [];
  let current: PolicyText | null = root;
  while (current) {
    const { source, issues } = parseYamlSource(current.text, current.file);
    if (!source) throw new PolicyError(issues);
    if (!isObject(source.value))
      throw new PolicyError([
        { ...source.positionOf([]), message: 'A policy must be a YAML mapping (version, stages, gates)' },
      ]);
    // Only the top-level file's version survives the merge, so a base is checked here.
    if (chain.length > 0 && source.value.version !== 1) {
      throw new PolicyError([
        {
          ...source.positionOf(['version']),
          message: `version: a base policy must be version 1 (got ${JSON.stringify(source.value.version)})`,
        },
      ]);
    }
    // A base's stages/gates/overrides merge entry by entry, so each must be a mapping; the
    // top-level file's are checked with everything else once merged.
    if (chain.length > 0) {
      for (const key of ['stages', 'gates', 'overrides']) {
        const value = source.value[key];
        if (value !== undefined && value !== null && !isObject(value))
          throw new PolicyError([
            { ...source.positionOf([key]), message: `${key}: a base policy's ${key} must be a mapping` },
          ]);
      }
    }
    chain.push({ file: current.file, text: current.text, source });
    const spec = source.value.extends;
    if (typeof spec !== 'string') break;
    const where = source.positionOf(['extends']);
    const fail = (message: string): never => {
      throw new PolicyError([{ ...where, message }]);
    };
    if (chain.some((c) => c.file === spec))
      fail(
        `extends: '${spec}' is already part of this policy (a cycle: ${[...chain.map((c) => c.file), spec].join(' → ')})`,
      );
    if (chain.length > maxDepth)
      fail(`extends: the chain is deeper than ${maxDepth} files (${chain.map((c) => c.file).join(' → ')})`);
    if (!options.readExtends)
      fail(`extends: '${spec}' cannot be read here (no GitHub token for other repositories)`);
    try {
      current = await options.readExtends!(spec);
    } catch (error) {
      if (error instanceof PolicyError) throw error;
      fail(`extends: cannot read '${spec}': ${(error as Error).message}`);
    }
  }
  return chain;
}

/**
 * One document from a chain: the base's `stages`/`gates`/`overrides` entries overridden by
 * key, the top-level file's `version`/`extends`. Positions come from the file that
 * contributed each entry.
 */
function mergeSources(chain: YamlSource[]): YamlSource {
  const owner = new Map<string, YamlSource>();
  const merged: Record<string, unknown> = {};
  for (const source of [...chain].reverse()) {
    const doc = source.value as Record<string, unknown>;
    for (const [key, value] of Object.entries(doc)) {
      if ((key === 'stages' || key === 'gates' || key === 'overrides') && isObject(value)) {
        const into = (merged[key] ??= {}) as Record<string, unknown>;
        for (const [entry, entryValue] of Object.entries(value)) {
          // defineProperty: an entry named __proto__ must stay an entry (and be reported), not a prototype.
          Object.defineProperty(into, entry, {
            value: entryValue,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          owner.set(`${key}\u0000${entry}`, source);
        }
      } else {
        merged[key] = value;
        owner.set(key, source);
      }
    }
  }
  const top = chain[0]!;
  return {
    file: top.file,
    value: merged,
    positionOf(path, options) {
      const byEntry = path.length >= 2 ? owner.get(`${String(path[0])}\u0000${String(path[1])}`) : undefined;
      const byKey = path.length >= 1 ? owner.get(String(path[0])) : undefined;
      return (byEntry ?? byKey ?? top).positionOf(path, options);
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type { PolicyIssue };
