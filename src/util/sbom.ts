// SBOM documents as JSON: SPDX 2.x (what GitHub's dependency graph exports) and CycloneDX
// 1.x. Both are reduced to one list of packages with a license expression and a package URL.
// The input is untrusted (a build step wrote it): anything of an unexpected shape is an
// SbomError that says where, never a package silently dropped.

export interface SbomPackage {
  name: string;
  version: string | null;
  /** The package URL as written, if the document gives one. */
  purl: string | null;
  /** The SPDX license expression as written; null when the document does not know it. */
  license: string | null;
  /** Why the license is unknown, or where it came from. */
  note?: string;
}

export interface SbomDocument {
  format: 'spdx' | 'cyclonedx';
  /** `SPDX-2.3`, `CycloneDX 1.5`. */
  formatVersion: string;
  /** The packages whose licenses are judged. */
  packages: SbomPackage[];
  /**
   * What the document describes (the repository or product itself: SPDX's DESCRIBES
   * targets); not a dependency, so not judged.
   */
  subjects: string[];
}

export class SbomError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SbomError';
  }
}

/** More packages than any real SBOM lists; a bound on work for a hostile document. */
export const MAX_PACKAGES = 200_000;
/** Deepest nesting of CycloneDX components followed. */
export const MAX_COMPONENT_DEPTH = 32;

const UNKNOWN_LICENSE = new Set(['', 'NOASSERTION']);

/** Parses SBOM JSON text; `label` names the source in messages. */
export function parseSbomJson(text: string, label: string): SbomDocument {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SbomError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  return parseSbom(document, label);
}

/** Reads a parsed SPDX or CycloneDX JSON document (or GitHub's `{ "sbom": … }` wrapper). */
export function parseSbom(document: unknown, label: string): SbomDocument {
  let doc = document;
  if (isObject(doc) && isObject(doc.sbom) && !('spdxVersion' in doc) && !('bomFormat' in doc)) doc = doc.sbom;
  if (!isObject(doc))
    throw new SbomError(`${label} is not an SBOM: expected a JSON object, found ${kindOf(doc)}.`);
  if (typeof doc.spdxVersion === 'string') return parseSpdx(doc, label);
  if (doc.bomFormat === 'CycloneDX') return parseCycloneDx(doc, label);
  throw new SbomError(
    `${label} is neither SPDX JSON (no "spdxVersion") nor CycloneDX JSON ("bomFormat": "CycloneDX").`,
  );
}

function parseSpdx(doc: Record<string, unknown>, label: string): SbomDocument {
  const version = doc.spdxVersion as string;
  if (!/^SPDX-2\.\d+$/.test(version))
    throw new SbomError(`${label} is ${JSON.stringify(version)}; only SPDX-2.x JSON is read.`);
  const packages = optionalArray(doc.packages, `${label}: "packages"`);
  if (packages.length > MAX_PACKAGES)
    throw new SbomError(`${label} lists ${packages.length} packages, more than the ${MAX_PACKAGES} read.`);

  const subjects = new Set<string>();
  for (const [i, id] of optionalArray(doc.documentDescribes, `${label}: "documentDescribes"`).entries()) {
    if (typeof id !== 'string') throw new SbomError(`${label}: documentDescribes[${i}] is not a string.`);
    subjects.add(id);
  }
  const documentId = typeof doc.SPDXID === 'string' ? doc.SPDXID : 'SPDXRef-DOCUMENT';
  for (const [i, raw] of optionalArray(doc.relationships, `${label}: "relationships"`).entries()) {
    if (!isObject(raw))
      throw new SbomError(`${label}: relationships[${i}] is ${kindOf(raw)}, not an object.`);
    const type = String(raw.relationshipType ?? '').toUpperCase();
    if (
      type === 'DESCRIBES' &&
      raw.spdxElementId === documentId &&
      typeof raw.relatedSpdxElement === 'string'
    )
      subjects.add(raw.relatedSpdxElement);
    if (
      type === 'DESCRIBED_BY' &&
      raw.relatedSpdxElement === documentId &&
      typeof raw.spdxElementId === 'string'
    )
      subjects.add(raw.spdxElementId);
  }

  const out: SbomPackage[] = [];
  const described: string[] = [];
  packages.forEach((raw, i) => {
    const where = `${label}: packages[${i}]`;
    if (!isObject(raw)) throw new SbomError(`${where} is ${kindOf(raw)}, not an object.`);
    const spdxId = optionalString(raw.SPDXID, `${where}.SPDXID`);
    const name = optionalString(raw.name, `${where}.name`) ?? spdxId ?? `package #${i + 1}`;
    const version = optionalString(raw.versionInfo, `${where}.versionInfo`) || null;
    const concluded = optionalString(raw.licenseConcluded, `${where}.licenseConcluded`)?.trim();
    const declared = optionalString(raw.licenseDeclared, `${where}.licenseDeclared`)?.trim();
    let purl: string | null = null;
    for (const [j, ref] of optionalArray(raw.externalRefs, `${where}.externalRefs`).entries()) {
      if (!isObject(ref))
        throw new SbomError(`${where}.externalRefs[${j}] is ${kindOf(ref)}, not an object.`);
      if (String(ref.referenceType ?? '').toLowerCase() !== 'purl') continue;
      const locator = optionalString(ref.referenceLocator, `${where}.externalRefs[${j}].referenceLocator`);
      if (locator) {
        purl = locator;
        break;
      }
    }
    if (spdxId !== undefined && subjects.has(spdxId)) {
      described.push(version ? `${name}@${version}` : name);
      return;
    }
    // The concluded license is the analysed one; the declared one is what the package says.
    let license: string | null = null;
    let note: string;
    if (concluded !== undefined && !UNKNOWN_LICENSE.has(concluded)) {
      license = concluded;
      note = 'licenseConcluded';
    } else if (declared !== undefined && !UNKNOWN_LICENSE.has(declared)) {
      license = declared;
      note = 'licenseDeclared';
    } else {
      note =
        concluded === undefined && declared === undefined
          ? 'no licenseConcluded or licenseDeclared'
          : 'NOASSERTION';
    }
    out.push({ name, version, purl, license, note });
  });
  return { format: 'spdx', formatVersion: version, packages: out, subjects: described };
}

function parseCycloneDx(doc: Record<string, unknown>, label: string): SbomDocument {
  const specVersion = optionalString(doc.specVersion, `${label}: "specVersion"`) ?? '?';
  const out: SbomPackage[] = [];
  // Depth-first over components and their nested components, without recursion.
  const stack: { list: unknown[]; path: string; depth: number }[] = [
    { list: optionalArray(doc.components, `${label}: "components"`), path: 'components', depth: 0 },
  ];
  while (stack.length) {
    const { list, path, depth } = stack.pop()!;
    list.forEach((raw, i) => {
      const where = `${label}: ${path}[${i}]`;
      if (!isObject(raw)) throw new SbomError(`${where} is ${kindOf(raw)}, not an object.`);
      if (out.length >= MAX_PACKAGES)
        throw new SbomError(`${label} lists more than the ${MAX_PACKAGES} components read.`);
      const group = optionalString(raw.group, `${where}.group`);
      const baseName = optionalString(raw.name, `${where}.name`) ?? `component #${i + 1}`;
      const name = group ? `${group}/${baseName}` : baseName;
      const version = optionalString(raw.version, `${where}.version`) || null;
      const purl = optionalString(raw.purl, `${where}.purl`) || null;
      out.push({ name, version, purl, ...cycloneDxLicense(raw.licenses, `${where}.licenses`) });
      if (raw.components !== undefined) {
        if (depth + 1 >= MAX_COMPONENT_DEPTH)
          throw new SbomError(`${where} nests components deeper than ${MAX_COMPONENT_DEPTH} levels.`);
        stack.push({
          list: optionalArray(raw.components, `${where}.components`),
          path: `${path}[${i}].components`,
          depth: depth + 1,
        });
      }
    });
  }
  return { format: 'cyclonedx', formatVersion: `CycloneDX ${specVersion}`, packages: out, subjects: [] };
}

/**
 * A CycloneDX `licenses` array as one SPDX expression. Several entries all apply (AND), the
 * reading that never lets a package through on one of its licenses alone. A license given
 * only by `name` is not an SPDX id, so the package's license is unknown.
 */
function cycloneDxLicense(value: unknown, where: string): { license: string | null; note: string } {
  const entries = optionalArray(value, where);
  if (entries.length === 0) return { license: null, note: 'no licenses' };
  const parts: string[] = [];
  for (const [i, entry] of entries.entries()) {
    if (!isObject(entry)) throw new SbomError(`${where}[${i}] is ${kindOf(entry)}, not an object.`);
    const expression = optionalString(entry.expression, `${where}[${i}].expression`)?.trim();
    if (expression) {
      parts.push(expression);
      continue;
    }
    if (entry.license !== undefined) {
      if (!isObject(entry.license))
        throw new SbomError(`${where}[${i}].license is ${kindOf(entry.license)}, not an object.`);
      const id = optionalString(entry.license.id, `${where}[${i}].license.id`)?.trim();
      if (id) {
        parts.push(id);
        continue;
      }
      const name = optionalString(entry.license.name, `${where}[${i}].license.name`)?.trim();
      if (name) return { license: null, note: `license named '${name}' is not an SPDX id` };
    }
    return { license: null, note: `licenses[${i}] names no license` };
  }
  if (parts.some((p) => UNKNOWN_LICENSE.has(p))) return { license: null, note: 'NOASSERTION' };
  const license = parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' AND ');
  return { license, note: 'licenses' };
}

function optionalArray(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new SbomError(`${what} is ${kindOf(value)}, not an array.`);
  return value;
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new SbomError(`${what} is ${kindOf(value)}, not a string.`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
