// sbom_licenses: dependency approval. Every package of an SBOM must have a license the policy
// allows, judged on its SPDX expression (`MIT OR GPL-3.0-only` is fine when MIT is allowed;
// `MIT AND GPL-3.0-only` needs both). The rules, in order:
//
// 1. Denied: every way to satisfy the expression needs a `deny` license → LICENSE_DENIED.
//    Nothing overrides a denial, not even approved_packages.
// 2. Not allowed: with `allow` given, the expression cannot be satisfied using only allowed
//    (and not denied) licenses → PACKAGE_NOT_APPROVED, unless the package's purl is in the
//    approved_packages file.
// 3. Unknown: no license (absent, NOASSERTION), a license named but not an SPDX id, or an
//    expression that does not parse → LICENSE_UNKNOWN, unless approved; it fails only with
//    fail_on_unknown (the default).
//
// `NONE` (the package has no license at all) is judged like any id: not allowed unless listed.
// The dependency_graph source is GitHub's graph of the default branch, not of the evaluated
// commit; use source: file or artifact to judge exactly what was built.
//
// approved_packages is a file of package URLs (workspace, or at policy_ref), one per line; `#` starts a comment
// (at the start of a line, or after whitespace). An entry without a version approves every
// version of the package (`pkg:npm/left-pad`); one with a version approves exactly that
// version (`pkg:npm/left-pad@1.3.0`). Qualifiers or a subpath on an entry must also be on the
// package. A package without a purl can never be approved.
import { GateError, type EvalContext, type Verdict } from '../model/types.js';
import { readRepoFile } from '../facts/contents.js';
import { readSbom, type SbomFact, type SbomSource } from '../facts/sbom.js';
import type { FactStore } from '../facts/store.js';
import { readWorkspaceFile } from '../facts/workspace.js';
import { parsePurl, purlMatches, PurlError, type PackageUrl } from '../util/purl.js';
import type { SbomPackage } from '../util/sbom.js';
import {
  judgeExpression,
  parseLicenseRule,
  parseSpdxExpression,
  SpdxParseError,
  type LicenseRule,
} from '../util/spdx.js';
import { WORKFLOW_FILE_SCHEMA } from './build-provenance.js';
import type { GateType } from './types.js';

export interface SbomLicensesParams {
  source: 'dependency_graph' | 'file' | 'artifact';
  path?: string;
  artifact?: { name: string; file: string; workflow: string };
  allow?: string[];
  deny: string[];
  approved_packages?: string;
  fail_on_unknown: boolean;
  max_bytes: number;
}

export interface SbomLicensesFacts {
  sbom: SbomFact;
  /** The approved_packages file, when the policy names one. */
  approved: { path: string; text: string } | null;
}

/** One package as reported. */
export interface PackageFinding {
  package: string;
  version: string | null;
  purl: string | null;
  license: string | null;
  reason?: string;
}

const APPROVED_MAX_BYTES = 1024 * 1024;
/** Offenders shown in the one-line message; details list them all. */
const MESSAGE_LIMIT = 10;
/** Entries kept per list in details (a report must stay readable). */
const DETAILS_LIMIT = 1000;

const LICENSE_LIST_SCHEMA = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
} as const;

export const sbomLicensesGate: GateType<SbomLicensesParams, SbomLicensesFacts> = {
  type: 'sbom_licenses',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      source: {
        description:
          "Where the SBOM comes from: the repository's dependency graph (SPDX, default branch), a workspace file, or an artifact of the build run (SPDX or CycloneDX JSON).",
        enum: ['dependency_graph', 'file', 'artifact'],
        default: 'dependency_graph',
      },
      path: { description: 'Workspace path of the SBOM JSON (source: file).', type: 'string', minLength: 1 },
      artifact: {
        description: 'The SBOM in an artifact of the build run (source: artifact).',
        type: 'object',
        additionalProperties: false,
        required: ['name', 'file'],
        properties: {
          name: { description: 'Artifact name.', type: 'string', minLength: 1 },
          file: { description: 'Path of the SBOM JSON inside the artifact.', type: 'string', minLength: 1 },
          workflow: {
            ...WORKFLOW_FILE_SCHEMA,
            description: 'Build workflow searched for the build run when build_run_id is empty.',
          },
        },
      },
      allow: {
        ...LICENSE_LIST_SCHEMA,
        description:
          'SPDX license ids a package may be used under (e.g. MIT, Apache-2.0, GPL-2.0-only WITH Classpath-exception-2.0). Absent: every license not denied.',
      },
      deny: {
        ...LICENSE_LIST_SCHEMA,
        description: 'SPDX license ids no package may need; nothing overrides a denial.',
        default: [],
      },
      approved_packages: {
        description:
          'File of package URLs approved despite their license (one per line, # comments; without a version: every version). Read from the workspace, or at policy_ref when the policy is read through the API.',
        type: 'string',
        minLength: 1,
      },
      fail_on_unknown: {
        description: 'Fail when a package has no known license (absent, NOASSERTION, not SPDX).',
        type: 'boolean',
        default: true,
      },
      max_bytes: {
        description: 'Largest SBOM file or artifact read.',
        type: 'integer',
        minimum: 1,
        default: 52428800,
      },
    },
  },
  checkParams(params) {
    if (params.source === 'file' && !params.path) throw invalid('source: file needs `path`.');
    if (params.source !== 'file' && params.path !== undefined)
      throw invalid('`path` is only read with source: file.', '/path');
    if (params.source === 'artifact' && !params.artifact)
      throw invalid('source: artifact needs `artifact: {name, file}`.');
    if (params.source !== 'artifact' && params.artifact !== undefined)
      throw invalid('`artifact` is only read with source: artifact.', '/artifact');
    if (params.allow === undefined && params.deny.length === 0)
      throw invalid('give `allow`, `deny` or both: with neither, no license could ever fail.');
    const allow = rules(params.allow ?? [], 'allow');
    const deny = rules(params.deny, 'deny');
    const both = allow.filter((a) => deny.some((d) => d.text.toLowerCase() === a.text.toLowerCase()));
    if (both.length) throw invalid(`${both.map((r) => r.text).join(', ')} is both allowed and denied.`);
  },
  async collect(params, ctx, facts) {
    const source: SbomSource =
      params.source === 'file'
        ? { kind: 'file', path: params.path! }
        : params.source === 'artifact'
          ? {
              kind: 'artifact',
              name: params.artifact!.name,
              file: params.artifact!.file,
              workflow: params.artifact!.workflow ?? 'release.yml',
            }
          : { kind: 'dependency_graph' };
    const [sbom, approved] = await Promise.all([
      readSbom(facts, ctx, source, { maxBytes: params.max_bytes }),
      params.approved_packages === undefined
        ? Promise.resolve(null)
        : readApprovedPackages(facts, ctx, params.approved_packages),
    ]);
    return { sbom, approved };
  },
  judge: judgeSbomLicenses,
};

/**
 * The approved_packages file. When the policy itself was read through the API (policy_ref),
 * the list is read from the same ref: otherwise whoever pushes the tag could approve any
 * package by editing the workspace copy.
 */
async function readApprovedPackages(
  facts: FactStore,
  ctx: EvalContext,
  path: string,
): Promise<{ path: string; text: string }> {
  const policyRef = ctx.policy?.source.startsWith('api@') ? ctx.policy.source.slice('api@'.length) : null;
  if (policyRef) {
    await facts.connect();
    const file = await readRepoFile(facts.github, ctx.repository, path, policyRef);
    if (!file) {
      throw new GateError(
        'APPROVED_PACKAGES_MISSING',
        `approved_packages file '${path}' does not exist at ${policyRef}, where the policy was read from (policy_ref); commit it there or fix the path.`,
        { approved_packages: path, ref: policyRef },
      );
    }
    return { path, text: file.text };
  }
  const file = await readWorkspaceFile(facts, path, APPROVED_MAX_BYTES);
  if (file.kind === 'missing')
    throw new GateError(
      'APPROVED_PACKAGES_MISSING',
      `approved_packages file '${path}' does not exist in the workspace; check it out or fix the path.`,
      { approved_packages: path },
    );
  if (file.kind === 'too_large')
    throw new GateError(
      'APPROVED_PACKAGES_INVALID',
      `approved_packages file '${path}' is ${file.size} bytes, over the ${file.maxBytes}-byte limit.`,
      { approved_packages: path },
    );
  return { path, text: file.text };
}

/** `pointer` (JSON Pointer inside `with`) lets the validator place the issue on its line. */
function invalid(message: string, pointer?: string): GateError {
  return new GateError('INVALID_PARAMS', message, pointer ? { path: pointer } : {});
}

function rules(list: readonly string[], what: 'allow' | 'deny'): LicenseRule[] {
  return list.map((text, index) => {
    try {
      return parseLicenseRule(text);
    } catch (error) {
      if (error instanceof SpdxParseError) {
        const reason = error.message.startsWith(`'${text}'`)
          ? error.message
          : `'${text}' is not an SPDX license id (${error.message})`;
        throw invalid(`${what}: ${reason}.`, `/${what}/${index}`);
      }
      throw error;
    }
  });
}

export interface ApprovedEntry {
  line: number;
  text: string;
  purl: PackageUrl;
}

/** Parses an approved_packages file; throws GateError('APPROVED_PACKAGES_INVALID') naming the line. */
export function parseApprovedPackages(text: string, path: string): ApprovedEntry[] {
  const entries: ApprovedEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    try {
      entries.push({ line: index + 1, text: line, purl: parsePurl(line) });
    } catch (error) {
      if (!(error instanceof PurlError)) throw error;
      throw new GateError('APPROVED_PACKAGES_INVALID', `${path}:${index + 1}: ${error.message}.`, {
        approved_packages: path,
        line: index + 1,
      });
    }
  });
  return entries;
}

export function judgeSbomLicenses(params: SbomLicensesParams, facts: SbomLicensesFacts): Verdict {
  const { sbom } = facts;
  const policy = {
    allow: params.allow ? rules(params.allow, 'allow') : undefined,
    deny: rules(params.deny, 'deny'),
  };
  let approvedEntries: ApprovedEntry[] = [];
  if (facts.approved) {
    try {
      approvedEntries = parseApprovedPackages(facts.approved.text, facts.approved.path);
    } catch (error) {
      if (!(error instanceof GateError)) throw error;
      return { status: 'error', code: error.code, message: error.message, details: error.details };
    }
  }
  const approvedBy = (pkg: SbomPackage): ApprovedEntry | undefined => {
    if (!pkg.purl || approvedEntries.length === 0) return undefined;
    let purl: PackageUrl;
    try {
      purl = parsePurl(pkg.purl);
    } catch {
      return undefined;
    }
    return approvedEntries.find((entry) => purlMatches(entry.purl, purl));
  };

  const denied = new Findings();
  const notApproved = new Findings();
  const unknown = new Findings();
  const approved = new Findings();
  let allowed = 0;
  for (const pkg of sbom.document.packages) {
    const finding: PackageFinding = {
      package: pkg.name,
      version: pkg.version,
      purl: pkg.purl,
      license: pkg.license,
    };
    let outcome: 'allowed' | 'denied' | 'not_allowed' | 'unknown';
    if (pkg.license === null) {
      outcome = 'unknown';
      finding.reason = pkg.note ?? 'no license';
    } else {
      try {
        outcome = judgeExpression(parseSpdxExpression(pkg.license), policy);
      } catch (error) {
        if (!(error instanceof SpdxParseError)) throw error;
        outcome = 'unknown';
        finding.reason = `not an SPDX expression: ${error.message}`;
      }
    }
    if (outcome === 'allowed') {
      allowed++;
    } else if (outcome === 'denied') {
      denied.add(finding);
    } else {
      const entry = approvedBy(pkg);
      if (entry) {
        approved.add({
          ...finding,
          reason: `approved by ${facts.approved!.path}:${entry.line} (${entry.text})`,
        });
      } else if (outcome === 'not_allowed') {
        notApproved.add(finding);
      } else {
        unknown.add(finding);
      }
    }
  }

  const total = sbom.document.packages.length;
  const details: Record<string, unknown> = {
    source: sbom.label,
    format: sbom.document.formatVersion,
    ...(params.source === 'dependency_graph'
      ? { scope: "the default branch: GitHub's dependency graph is not computed per commit" }
      : {}),
    ...(sbom.document.subjects.length ? { subjects_not_judged: sbom.document.subjects } : {}),
    counts: {
      packages: total,
      allowed,
      approved: approved.size,
      denied: denied.size,
      not_approved: notApproved.size,
      unknown: unknown.size,
    },
    denied: denied.list(),
    not_approved: notApproved.list(),
    unknown: unknown.list(),
    approved: approved.list(),
    allow: params.allow ?? null,
    deny: params.deny,
    fail_on_unknown: params.fail_on_unknown,
    ...(facts.approved ? { approved_packages: facts.approved.path } : {}),
  };
  const links = sbom.link ? [sbom.link] : [];
  const others = (skip: Findings): string => {
    const parts = [
      denied !== skip && denied.size ? `${denied.size} denied` : '',
      notApproved !== skip && notApproved.size ? `${notApproved.size} not approved` : '',
      unknown !== skip && unknown.size ? `${unknown.size} unknown` : '',
    ].filter(Boolean);
    return parts.length ? ` (also ${parts.join(', ')})` : '';
  };
  if (denied.size) {
    return {
      status: 'fail',
      code: 'LICENSE_DENIED',
      message: `${count(denied.size, 'package', 'needs', 'need')} a denied license (${sbom.label}): ${denied.summary()}${others(denied)}.`,
      details,
      links,
    };
  }
  if (notApproved.size) {
    return {
      status: 'fail',
      code: 'PACKAGE_NOT_APPROVED',
      message: `${count(notApproved.size, 'package', 'has', 'have')} no allowed license and ${notApproved.size === 1 ? 'is' : 'are'} not in approved_packages (${sbom.label}): ${notApproved.summary()}${others(notApproved)}.`,
      details,
      links,
    };
  }
  if (unknown.size && params.fail_on_unknown) {
    return {
      status: 'fail',
      code: 'LICENSE_UNKNOWN',
      message: `${count(unknown.size, 'package', 'has', 'have')} no known license (${sbom.label}): ${unknown.summary()}.`,
      details,
      links,
    };
  }
  const notes = [
    approved.size ? `${approved.size} approved by package URL` : '',
    unknown.size ? `${unknown.size} with unknown licenses accepted (fail_on_unknown: false)` : '',
  ].filter(Boolean);
  if (total === 0) {
    // Nothing was checked: a disabled or still-computing dependency graph looks like this too.
    return {
      status: 'fail',
      code: 'SBOM_EMPTY',
      message: `${sbom.label} lists no packages, so no licence was checked. Make sure the dependency graph (or the SBOM file) covers the project's dependencies; set the gate report_only for a project without any.`,
      details,
      links,
    };
  }
  return {
    status: 'pass',
    code: 'SBOM_OK',
    message: `Every package in ${sbom.label} is allowed: ${[`${count(total, 'package')} checked`, ...notes].join('; ')}.`,
    details,
    links,
  };
}

/** Findings of one kind, each package once. */
class Findings {
  private readonly byKey = new Map<string, PackageFinding>();

  add(finding: PackageFinding): void {
    const key = JSON.stringify([finding.package, finding.version, finding.purl, finding.license]);
    if (!this.byKey.has(key)) this.byKey.set(key, finding);
  }

  get size(): number {
    return this.byKey.size;
  }

  list(): PackageFinding[] {
    return [...this.byKey.values()].slice(0, DETAILS_LIMIT);
  }

  /** `name@version: license; …` for the message, the first few only. */
  summary(): string {
    const all = [...this.byKey.values()];
    const shown = all.slice(0, MESSAGE_LIMIT).map(describe).join('; ');
    return all.length > MESSAGE_LIMIT ? `${shown}; … and ${all.length - MESSAGE_LIMIT} more` : shown;
  }
}

function describe(finding: PackageFinding): string {
  const name = finding.version ? `${finding.package}@${finding.version}` : finding.package;
  if (finding.license === null) return `${name}: ${finding.reason ?? 'unknown'}`;
  return finding.reason && !finding.reason.startsWith('approved by')
    ? `${name}: ${finding.license} (${finding.reason})`
    : `${name}: ${finding.license}`;
}

function count(n: number, noun: string, singularVerb = '', pluralVerb = ''): string {
  const verb = n === 1 ? singularVerb : pluralVerb;
  return `${n} ${noun}${n === 1 ? '' : 's'}${verb ? ` ${verb}` : ''}`;
}
