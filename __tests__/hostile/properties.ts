// Hostile input, as properties: whatever a policy author, a build, a tap or GitHub itself hands
// the action, every failure is a validation error with a message (the module's own error type),
// never an uncaught exception, and nothing malformed is read as a pass. Shared by the unit suite
// (__tests__/hostile/*.test.ts, a few hundred cases each) and `npm run hostile` (10,000 each).
import fc from 'fast-check';
import { propertyParameters } from '../setup/fast-check-seed.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { GateError, type EvalContext } from '../../src/model/types.js';
import type { ArtifactDownload, RunArtifact } from '../../src/facts/artifacts.js';
import type { BuildRun } from '../../src/facts/build/run.js';
import { parseRepoFileSpec } from '../../src/facts/contents.js';
import { GATE_TYPES } from '../../src/gates/registry.js';
import {
  judgeReleaseMetadata,
  type ReleaseMetadataFacts,
  type ReleaseMetadataParams,
} from '../../src/gates/release-metadata.js';
import { loadPolicy } from '../../src/policy/load.js';
import { patternSpecificity, resolveStage, StageError } from '../../src/policy/stage.js';
import { expandDeep, expandTemplate, PLACEHOLDERS, unknownPlaceholders } from '../../src/policy/templates.js';
import { PolicyError } from '../../src/policy/types.js';
import type { StageDefinition } from '../../src/model/types.js';
import { ChecksumParseError, parseSha256Sums, parseSidecar } from '../../src/util/checksums.js';
import { FormulaParseError, parseFormula } from '../../src/util/homebrew.js';
import { parsePurl, PurlError } from '../../src/util/purl.js';
import { parseSbom, parseSbomJson, SbomError } from '../../src/util/sbom.js';
import { parseSpdxExpression, SpdxParseError } from '../../src/util/spdx.js';
import { loadLibraries } from '../../src/util/libraries.js';
import { parseVersionFile, VersionFileSyntaxError } from '../../src/util/version-files.js';
import { listZipEntries, normaliseEntryName, readZipEntry, ZipError } from '../../src/util/zip.js';
import { writeZip } from '../../test/emulator/zip.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface HostileProperty {
  name: string;
  /** What is thrown at it, for the report. */
  what: string;
  /** In the unit suite, this share of the cases asked for (the slow ones run fewer). */
  suiteWeight?: number;
  /** In `npm run hostile`, this many cases instead of --runs (for the slow end-to-end ones). */
  scriptRuns?: number;
  /** Runs every combination of a fixed set, this many cases, whatever is asked. */
  exhaustive?: number;
  run(numRuns: number, seed?: number): Promise<void>;
}

/** Fails the property with what was thrown, so fast-check shows it with the counterexample. */
function unexpected(error: unknown): never {
  throw new Error(
    `uncaught ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.message ?? String(error)}`,
    {
      cause: error,
    },
  );
}

function hasMessage(error: Error): boolean {
  return typeof error.message === 'string' && error.message.trim().length > 0;
}

// ---------------------------------------------------------------------------------------------
// Text generators

/** Characters and tokens that mean something to YAML, Markdown, globs, templates or Ruby. */
const TOKENS = [
  ':',
  ': ',
  '- ',
  '-',
  '? ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!!binary ',
  '!!str ',
  '!!js/function ',
  '<<: *a',
  '\t',
  '\n',
  '\r\n',
  '  ',
  '    ',
  '#',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '|',
  '>',
  '"',
  "'",
  '\\',
  '\\u0000',
  '\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'version',
  'stages',
  'gates',
  'extends',
  'overrides',
  'match',
  'with',
  'type',
  'required',
  'report_only',
  'off',
  'run_streak',
  'freeze_window',
  '1',
  '-1',
  '1e309',
  '0x10',
  '.inf',
  '~',
  'null',
  'true',
  'yes',
  'on',
  '{tag}',
  '{version}',
  '{sha}',
  '{Tag}',
  '{platform}',
  '{1,3}',
  '\\p{L}',
  '*',
  '**',
  '?',
  '!',
  '(',
  ')',
  '+',
  '@',
  'v',
  'v1.2.0',
  'refs/tags/',
  'refs/heads/',
  '/',
  '..',
  '../',
  '\u202e',
  '\ufeff',
  '😀',
  'é',
  'a'.repeat(300),
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  tokenSoup,
);

/** A text with a few random edits: tokens inserted, ranges deleted, lines duplicated. */
function mutated(texts: readonly string[]) {
  return fc
    .tuple(
      fc.constantFrom(...texts),
      fc.array(
        fc.tuple(fc.nat(), fc.nat(40), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }))),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    )
    .map(([text, edits]) => {
      let out = text;
      for (const [at, length, insert] of edits) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + insert + out.slice(i + (length % 5 === 0 ? length : 0));
      }
      return out;
    });
}

const EXAMPLES = ['windows-graduation.yml', 'maturity-stages.yml'].map((f) =>
  readFileSync(path.join(ROOT, 'examples', f), 'utf8'),
);

// ---------------------------------------------------------------------------------------------
// Policy loader

const GATE_TYPE_NAMES = GATE_TYPES.map((g) => g.type);
const modes = fc.oneof(fc.constantFrom('required', 'report_only', 'off'), fc.jsonValue({ maxDepth: 1 }));
const name = fc.oneof(
  fc.constantFrom('GA', 'PRE_GA', 'x', '__proto__', 'constructor', 'toString', ''),
  fc.string({ maxLength: 12 }),
);

/** A document shaped like a policy, with anything anywhere. */
const policyShaped = fc
  .record(
    {
      version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })),
      stages: fc.dictionary(
        name,
        fc.record(
          {
            description: fc.string({ maxLength: 20 }),
            match: fc.array(fc.oneof(tokenSoup, fc.string({ maxLength: 10 })), { maxLength: 3 }),
            gates: fc.dictionary(name, modes, { maxKeys: 4 }),
          },
          { requiredKeys: [] },
        ),
        { maxKeys: 3 },
      ),
      gates: fc.dictionary(
        name,
        fc.record(
          {
            type: fc.oneof(fc.constantFrom(...GATE_TYPE_NAMES), fc.string({ maxLength: 10 })),
            overridable: fc.jsonValue({ maxDepth: 0 }),
            with: fc.oneof(fc.object({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 })),
          },
          { requiredKeys: [] },
        ),
        { maxKeys: 4 },
      ),
      overrides: fc.jsonValue({ maxDepth: 2 }),
      extends: fc.oneof(fc.constant('acme/base/p.yml@v1'), fc.string({ maxLength: 20 })),
    },
    { requiredKeys: [] },
  )
  .map((doc) => stringify(doc));

const policyText = fc.oneof(anyText, mutated(EXAMPLES), policyShaped, mutated([EXAMPLES[0]!.slice(0, 400)]));

async function checkPolicy(text: string, base: string): Promise<void> {
  try {
    const loaded = await loadPolicy({ text, file: 'fuzz.yml' }, GATE_TYPES, {
      source: 'workspace',
      // As the action reads a base: OWNER/REPO/PATH@REF or a GateError, then the text.
      readExtends: async (spec) => {
        parseRepoFileSpec(spec);
        return { text: base, file: spec };
      },
    });
    // What validates is a policy: every stage's gates are defined.
    for (const stage of Object.values(loaded.policy.stages))
      for (const id of Object.keys(stage.gates))
        if (!Object.hasOwn(loaded.policy.gates, id)) throw new Error(`stage uses undefined gate ${id}`);
  } catch (error) {
    if (!(error instanceof PolicyError)) unexpected(error);
    if (error.issues.length === 0) throw new Error('PolicyError without issues');
    for (const issue of error.issues) {
      if (typeof issue.message !== 'string' || issue.message.trim() === '')
        throw new Error('issue without a message');
      if (!(issue.line >= 1 && issue.col >= 1))
        throw new Error(`issue without a position: ${JSON.stringify(issue)}`);
      if (typeof issue.file !== 'string' || issue.file === '') throw new Error('issue without a file');
    }
  }
}

const policyLoader: HostileProperty = {
  name: 'policy loader',
  what: 'random text, YAML token soup, mutated example policies, policy-shaped documents with anything anywhere (and the same as an extends base)',
  async run(numRuns, seed) {
    await fc.assert(
      fc.asyncProperty(policyText, fc.oneof(policyText, fc.constant(EXAMPLES[1]!)), checkPolicy),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Templates

const templateText = fc.oneof(
  anyText,
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          ...PLACEHOLDERS.map((p) => `{${p}}`),
          '{platform}',
          '{Tag}',
          '{',
          '}',
          '{{tag}}',
          '{tag',
          'x',
        ),
        fc.string({ maxLength: 5 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
);
const templateValues = fc.record(
  Object.fromEntries(
    PLACEHOLDERS.map((p) => [
      p,
      fc.option(fc.oneof(fc.string({ maxLength: 10 }), templateText), { nil: null }),
    ]),
  ),
) as fc.Arbitrary<Record<(typeof PLACEHOLDERS)[number], string | null>>;

const templates: HostileProperty = {
  name: 'templates',
  what: 'strings with known, unknown, nested and broken placeholders; values null, empty or placeholder-like',
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(
        templateText,
        templateValues,
        fc.boolean(),
        fc.jsonValue({ maxDepth: 2 }),
        (text, values, keep, deep) => {
          unknownPlaceholders(text, keep ? ['platform'] : []);
          const expand = (t: string) => expandTemplate(t, values, keep ? ['platform'] : []);
          for (const attempt of [() => expand(text), () => expandDeep(deep, expand)]) {
            try {
              const out = attempt();
              if (
                typeof out === 'string' &&
                /\{(tag|version|sha|ref|repo|owner|build_run_id|base_tag)\}/.test(out)
              ) {
                // Only a value may bring a placeholder-like text back, never the template itself.
                // (A value holding a brace can complete one with the template's own braces: `{{tag}}`
                // with tag `{tag` gives `{{tag}`, which is expansion done once, as it should be.)
                const fromValues = Object.values(values).some((v) => v !== null && /[{}]/.test(v));
                if (!fromValues) throw new Error(`unexpanded placeholder left in '${out}'`);
              }
            } catch (error) {
              if (
                !(error instanceof GateError) ||
                !['TEMPLATE_UNKNOWN', 'TEMPLATE_UNRESOLVED'].includes(error.code)
              )
                unexpected(error);
              if (!hasMessage(error)) throw new Error('template error without a message');
            }
          }
        },
      ),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Stage patterns

const GLOB_TOKENS = [
  '*',
  '**',
  '?',
  '[',
  ']',
  '[!a]',
  '{',
  '}',
  ',',
  '!',
  '(',
  ')',
  '+',
  '@',
  '\\',
  'v',
  '1',
  '.',
  '-',
  'rc',
  '/',
  'refs/',
  'tags/',
  'heads/',
  'main',
  '*(a|b)',
  '+(x)',
  '$',
  '^',
  '|',
];
const glob = fc.oneof(
  fc.array(fc.constantFrom(...GLOB_TOKENS), { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);
const refName = fc.oneof(
  fc.constantFrom(
    'main',
    'v1.2.0',
    'v1.2.0-rc.1',
    'refs/tags/v1.2.0',
    'refs/heads/main',
    'refs/pull/1/merge',
    '',
  ),
  fc.array(fc.constantFrom(...GLOB_TOKENS, 'a', 'b'), { maxLength: 10 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);
const stageTable = fc.dictionary(
  name,
  // The schema admits only non-empty patterns (minItems 1, minLength 1).
  fc.record({
    match: fc.option(
      fc.array(
        glob.filter((p) => p.length > 0),
        { minLength: 1, maxLength: 4 },
      ),
      { nil: undefined },
    ),
  }),
  { maxKeys: 5 },
);

const stagePatterns: HostileProperty = {
  name: 'stage patterns',
  what: 'glob patterns with classes, braces, extglobs, escapes and regex metacharacters, against refs of any shape',
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(stageTable, refName, fc.oneof(fc.constant('auto'), name), (table, ref, requested) => {
        const stages: Record<string, StageDefinition> = {};
        for (const [stageName, { match }] of Object.entries(table))
          Object.defineProperty(stages, stageName, {
            value: { name: stageName, ...(match ? { match } : {}), gates: {} },
            enumerable: true,
          });
        for (const s of Object.values(stages))
          for (const p of s.match ?? []) {
            const score = patternSpecificity(p);
            if (!Number.isInteger(score) || score < 0) throw new Error(`specificity ${score} for '${p}'`);
          }
        try {
          const choice = resolveStage(stages, requested, ref);
          if (!Object.hasOwn(stages, choice.stage)) throw new Error(`chose unknown stage '${choice.stage}'`);
          if (!choice.reason) throw new Error('no reason');
        } catch (error) {
          if (!(error instanceof StageError)) unexpected(error);
          if (!hasMessage(error)) throw new Error('stage error without a message');
        }
      }),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Release metadata (the artifact's metadata.json, and the archive around it)

const META_SHA = 'a'.repeat(40);
const META_CTX: EvalContext = {
  repository: { owner: 'acme', repo: 'plasmite' },
  ref: 'refs/tags/v1.2.0',
  refName: 'v1.2.0',
  tag: 'v1.2.0',
  version: '1.2.0',
  sha: META_SHA,
  buildRunId: null,
  baseTag: null,
  runId: null,
  eventPullRequest: null,
  serverUrl: 'https://github.com',
  now: new Date('2026-03-04T15:00:00Z'),
  rehearsal: false,
  expand: (t) => t,
};
const META_RUN: BuildRun = {
  id: 7001,
  name: 'release',
  path: '.github/workflows/release.yml',
  workflowId: 31,
  runNumber: 4,
  runAttempt: 1,
  event: 'push',
  status: 'completed',
  conclusion: 'success',
  headBranch: 'v1.2.0',
  headSha: META_SHA,
  repository: 'acme/plasmite',
  headRepository: 'acme/plasmite',
  htmlUrl: 'https://github.com/acme/plasmite/actions/runs/7001',
  createdAt: '2026-03-01T10:00:00Z',
};
const META_PARAMS: ReleaseMetadataParams = {
  workflow: 'release.yml',
  artifact: 'release-metadata',
  file: 'metadata.json',
  expect: { tag: 'v1.2.0', version: '1.2.0', source_sha: META_SHA },
  max_bytes: 1_048_576,
};

const metadataValue = fc.oneof(
  fc.constantFrom('v1.2.0', '1.2.0', META_SHA, 'v1.2.0 ', 'V1.2.0', META_SHA.toUpperCase(), ''),
  fc.jsonValue({ maxDepth: 1 }),
);
const metadataJson = fc.oneof(
  fc
    .record(
      {
        tag: metadataValue,
        version: metadataValue,
        source_sha: metadataValue,
        source_run_id: fc.jsonValue({ maxDepth: 0 }),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  anyText,
  fc.constant(`{"tag":"v1.2.0","version":"1.2.0","source_sha":"${META_SHA}","tag":"v9.9.9"}`),
  fc.constant(`\ufeff{"tag":"v1.2.0","version":"1.2.0","source_sha":"${META_SHA}"}`),
  fc.constant(`{"__proto__":{"tag":"v1.2.0"},"version":"1.2.0","source_sha":"${META_SHA}"}`),
  fc.constant(`{"tag":"v1.2.0","version":"1.2.0","source_sha":"${META_SHA}"}`),
);
const entryName = fc.oneof(
  fc.constantFrom(
    'metadata.json',
    './metadata.json',
    '../metadata.json',
    '/metadata.json',
    'a/../metadata.json',
    'metadata.json/',
    'C:\\metadata.json',
    '..\\metadata.json',
    'METADATA.JSON',
    'metadata.json\u0000.txt',
  ),
  fc.string({ maxLength: 20 }),
);
const archive = fc.oneof(
  metadataJson.map((text) => ({ entries: [{ name: 'metadata.json', text }] })),
  fc
    .array(fc.record({ name: entryName, text: metadataJson }), { maxLength: 3 })
    .map((entries) => ({ entries })),
);

function metadataFacts(bytes: Buffer): ReleaseMetadataFacts {
  const artifact: RunArtifact = {
    id: 1,
    name: 'release-metadata',
    sizeInBytes: bytes.length,
    expired: false,
    digest: `sha256:${'0'.repeat(64)}`,
    createdAt: null,
    expiresAt: null,
    workflowRunId: 7001,
  };
  const download: ArtifactDownload = {
    outcome: 'downloaded',
    archive: bytes,
    sha256: `sha256:${'0'.repeat(64)}`,
  };
  return {
    lookup: { found: true, query: { by: 'id', runId: 7001 }, run: META_RUN },
    trust: { problems: [], rule: 'tag_push' },
    artifact,
    download,
  };
}

const metadata: HostileProperty = {
  name: 'release metadata',
  what: 'metadata.json of any content (wrong types, duplicate keys, BOM, __proto__) in archives with hostile entry names (zip slip, absolute, backslashes, duplicates) or not a zip at all',
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(
        archive,
        fc.boolean(),
        fc.string({ unit: 'binary', maxLength: 64 }),
        ({ entries }, asZip, junk) => {
          const bytes = asZip
            ? writeZip(entries.map((e) => ({ name: e.name, data: Buffer.from(e.text) })))
            : Buffer.from(junk);
          const verdict = judgeReleaseMetadata(META_PARAMS, metadataFacts(bytes), META_CTX);
          if (
            !['pass', 'fail', 'error'].includes(verdict.status) ||
            !/^[A-Z][A-Z0-9_]*$/.test(verdict.code) ||
            !verdict.message
          )
            throw new Error(`malformed verdict ${JSON.stringify(verdict)}`);
          if (verdict.status === 'pass') {
            // A pass only from a zip with no hostile entry, whose metadata.json says exactly this release.
            if (!asZip) throw new Error('pass from bytes that are not a zip');
            const names = entries.map((e) => {
              try {
                return normaliseEntryName(e.name);
              } catch {
                throw new Error(`pass from an archive holding '${e.name}'`);
              }
            });
            const found = entries.filter((_, i) => names[i] === 'metadata.json');
            if (found.length !== 1) throw new Error(`pass from ${JSON.stringify(names)}`);
            const parsed = JSON.parse(found[0]!.text.replace(/^\ufeff/, '')) as Record<string, unknown>;
            for (const [field, value] of Object.entries(META_PARAMS.expect))
              if (!Object.hasOwn(parsed, field) || parsed[field] !== value)
                throw new Error(`pass with ${field}=${JSON.stringify(parsed[field])}`);
          }
        },
      ),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Checksum files

const HEX = '0123456789abcdef';
const hex64 = fc.array(fc.constantFrom(...HEX), { minLength: 64, maxLength: 64 }).map((c) => c.join(''));
const checksumLine = fc.oneof(
  fc
    .tuple(
      hex64,
      fc.constantFrom('  ', ' *', ' ', '\t', '   '),
      fc.oneof(fc.constantFrom('a.tar.gz', '../a', '*a', ' a', 'a b', ''), fc.string({ maxLength: 12 })),
    )
    .map(([h, sep, n]) => `${h}${sep}${n}`),
  fc.tuple(hex64, fc.constantFrom('A', 'g', '')).map(([h, bad]) => `${h.slice(0, 63)}${bad}  a.tar.gz`),
  anyText,
  fc.constantFrom(
    '',
    '# comment',
    `SHA256 (a.tar.gz) = ${'a'.repeat(64)}`,
    '\\' + 'a'.repeat(64) + '  a\\nb',
  ),
);
const checksumText = fc
  .array(checksumLine, { maxLength: 6 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

const checksums: HostileProperty = {
  name: 'checksum files',
  what: 'sha256sums.txt and NAME.sha256 sidecars: every separator, uppercase and short hex, BSD style, escapes, CRLF, names with spaces and paths',
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(checksumText, fc.constantFrom('a.tar.gz', 'a b', ''), (text, expected) => {
        for (const attempt of [
          () => [...parseSha256Sums(text).values()],
          () => [parseSidecar(text, `${expected}.sha256`, expected)],
        ]) {
          try {
            for (const entry of attempt())
              if (!/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`accepted digest '${entry.sha256}'`);
          } catch (error) {
            if (!(error instanceof ChecksumParseError)) unexpected(error);
            if (!hasMessage(error)) throw new Error('checksum error without a message');
          }
        }
      }),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// SBOMs (SPDX and CycloneDX JSON), their license expressions and package URLs

const SPDX_TOKENS = [
  'MIT',
  'Apache-2.0',
  'GPL-2.0-only',
  'GPL-2.0+',
  'AND',
  'OR',
  'WITH',
  'Classpath-exception-2.0',
  '(',
  ')',
  ' ',
  'LicenseRef-x',
  'DocumentRef-a:LicenseRef-b',
  'NOASSERTION',
  'NONE',
  'and',
  'or',
  '+',
  ':',
];
const spdxExpression = fc.oneof(
  fc.array(fc.constantFrom(...SPDX_TOKENS), { maxLength: 12 }).map((t) => t.join(' ')),
  fc.string({ maxLength: 40 }),
);
const sbomPackage = fc.record(
  {
    SPDXID: fc.oneof(fc.constant('SPDXRef-a'), fc.jsonValue({ maxDepth: 0 })),
    name: fc.oneof(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 0 })),
    versionInfo: fc.jsonValue({ maxDepth: 0 }),
    licenseConcluded: fc.oneof(spdxExpression, fc.jsonValue({ maxDepth: 1 })),
    licenseDeclared: fc.oneof(spdxExpression, fc.jsonValue({ maxDepth: 0 })),
    externalRefs: fc.oneof(
      fc.array(
        fc.record({
          referenceCategory: fc.constantFrom('PACKAGE-MANAGER', 'x'),
          referenceType: fc.constantFrom('purl', 'cpe23Type'),
          referenceLocator: fc.oneof(fc.constant('pkg:cargo/serde@1.0'), fc.string({ maxLength: 20 })),
        }),
        { maxLength: 2 },
      ),
      fc.jsonValue({ maxDepth: 1 }),
    ),
  },
  { requiredKeys: [] },
);
const cdxComponent: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  component: fc.record(
    {
      name: fc.oneof(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 0 })),
      version: fc.jsonValue({ maxDepth: 0 }),
      purl: fc.oneof(fc.constant('pkg:npm/%40scope/x@1'), fc.string({ maxLength: 20 })),
      licenses: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({ expression: spdxExpression }),
            fc.record({
              license: fc.record(
                { id: fc.string({ maxLength: 10 }), name: fc.string({ maxLength: 10 }) },
                { requiredKeys: [] },
              ),
            }),
          ),
          { maxLength: 2 },
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      components: fc.oneof(fc.array(tie('component'), { maxLength: 2 }), fc.jsonValue({ maxDepth: 0 })),
    },
    { requiredKeys: [] },
  ),
})).component;
const sbomDocument = fc.oneof(
  fc.record(
    {
      spdxVersion: fc.oneof(fc.constant('SPDX-2.3'), fc.jsonValue({ maxDepth: 0 })),
      packages: fc.oneof(fc.array(sbomPackage, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
      relationships: fc.jsonValue({ maxDepth: 2 }),
      documentDescribes: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      bomFormat: fc.constantFrom('CycloneDX', 'cyclonedx'),
      specVersion: fc.jsonValue({ maxDepth: 0 }),
      components: fc.oneof(fc.array(cdxComponent, { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
      metadata: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.record({ sbom: fc.jsonValue({ maxDepth: 2 }) }),
  fc.jsonValue({ maxDepth: 3 }),
);

const sboms: HostileProperty = {
  name: 'SBOMs',
  what: "SPDX and CycloneDX documents with wrong types anywhere, nested components, GitHub's {sbom} wrapper, invalid JSON; license expressions and package URLs of any shape",
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(
        sbomDocument,
        anyText,
        spdxExpression,
        fc.oneof(fc.string({ maxLength: 40 }), fc.constant('pkg:npm/%ZZ@1')),
        (doc, text, expression, purl) => {
          const checks: [() => unknown, new (...args: never[]) => Error][] = [
            [() => parseSbom(doc, 'fuzz SBOM'), SbomError],
            [() => parseSbomJson(JSON.stringify(doc), 'fuzz SBOM'), SbomError],
            [() => parseSbomJson(text, 'fuzz SBOM'), SbomError],
            [() => parseSpdxExpression(expression), SpdxParseError],
            [() => parsePurl(purl), PurlError],
          ];
          for (const [attempt, kind] of checks) {
            try {
              const result = attempt() as { packages?: { name: unknown; license: unknown }[] };
              for (const p of result?.packages ?? [])
                if (typeof p.name !== 'string' || (p.license !== null && typeof p.license !== 'string'))
                  throw new Error(
                    `package with name ${JSON.stringify(p.name)} license ${JSON.stringify(p.license)}`,
                  );
            } catch (error) {
              if (!(error instanceof kind)) unexpected(error);
              if (!hasMessage(error)) throw new Error(`${kind.name} without a message`);
            }
          }
        },
      ),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Homebrew formulae (and version files, read the same way at the commit)

const FORMULA = `class Plasmite < Formula
  desc "Persistent message pools"
  version "1.2.0"
  on_macos do
    if Hardware::CPU.arm?
      url "https://github.com/acme/plasmite/releases/download/v#{version}/plasmite_#{version}_darwin_arm64.tar.gz"
      sha256 "${'a'.repeat(64)}"
    end
  end
  resource "x" do
    url "https://example.com/x.tar.gz"
    sha256 "${'b'.repeat(64)}"
  end
end
`;
const RUBY_TOKENS = [
  '"',
  "'",
  '#{',
  '#{version}',
  '}',
  '\\',
  'do',
  'end',
  'if',
  'url',
  'sha256',
  'version',
  'resource',
  'on_linux',
  '%q(',
  '%w[',
  '<<~EOS\n',
  'EOS',
  '#',
  '\n',
  ' ',
  ',',
  '(',
  ')',
  '=>',
  ':',
];
const formulaText = fc.oneof(
  anyText,
  mutated([FORMULA]),
  fc.array(fc.constantFrom(...RUBY_TOKENS), { maxLength: 40 }).map((t) => t.join('')),
);
const versionFile = fc.tuple(
  fc.constantFrom('Cargo.toml', 'package.json', 'pubspec.yaml', 'x.yml'),
  fc.oneof(
    anyText,
    mutated([
      '[package]\nname = "a"\nversion = "1.2.0"\n',
      '{ "version": "1.2.0", "packages": { "": { "version": "1.2.0" } } }',
      'version: 1.2.0\n',
    ]),
  ),
);

const formulae: HostileProperty = {
  name: 'formulae',
  what: 'Homebrew formulae with broken strings, interpolation, heredocs, nested blocks; TOML/JSON/YAML version files',
  async run(numRuns, seed) {
    // What loadPolicy loads for a policy that reads TOML version files.
    await loadLibraries(['toml']);
    await fc.assert(
      fc.property(formulaText, versionFile, (text, [file, content]) => {
        try {
          const parsed = parseFormula(text);
          for (const u of parsed.urls) if (typeof u.url !== 'string') throw new Error('url is not a string');
        } catch (error) {
          if (!(error instanceof FormulaParseError)) unexpected(error);
          if (!hasMessage(error)) throw new Error('formula error without a message');
        }
        try {
          parseVersionFile(file, content);
        } catch (error) {
          if (!(error instanceof VersionFileSyntaxError)) unexpected(error);
        }
      }),
      propertyParameters(numRuns, seed),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Zip archives: zip slip and zip bombs

const slipName = fc.oneof(
  fc.constantFrom(
    '../x',
    '../../etc/passwd',
    '/etc/passwd',
    'a/../../x',
    'C:\\x',
    'C:/x',
    '..\\x',
    'a\\..\\..\\x',
    '\\\\server\\share\\x',
    'a/./../../x',
    '..',
    '.',
    '',
    'x/',
    'x\u0000y',
    '~/.ssh/x',
  ),
  fc
    .array(fc.constantFrom('..', '.', 'a', '/', '\\', 'C:', '%2e%2e', '\u2024\u2024'), { maxLength: 8 })
    .map((p) => p.join('/')),
  fc.string({ maxLength: 20 }),
);

function escapes(normalised: string): boolean {
  return (
    normalised.startsWith('/') ||
    normalised.split('/').includes('..') ||
    /^[A-Za-z]:/.test(normalised) ||
    normalised.includes('\\') ||
    normalised.includes('\u0000')
  );
}

const zips: HostileProperty = {
  name: 'zip slip and bombs',
  what: 'archives with traversal, absolute, drive-letter and backslash names, NULs, duplicates, bit flips, and entries that inflate past the limits',
  async run(numRuns, seed) {
    await fc.assert(
      fc.property(
        fc.array(fc.record({ name: slipName, size: fc.nat(64) }), { minLength: 1, maxLength: 4 }),
        fc.option(fc.tuple(fc.nat(), fc.nat(255)), { nil: null }),
        (entries, flip) => {
          const bytes = writeZip(entries.map((e) => ({ name: e.name, data: Buffer.alloc(e.size, 0x61) })));
          if (flip) bytes[flip[0] % bytes.length] = flip[1];
          try {
            for (const entry of listZipEntries(bytes)) {
              if (escapes(entry.name)) throw new Error(`accepted entry '${entry.name}'`);
              if (normaliseEntryName(entry.name) !== entry.name)
                throw new Error(`name not normalised: '${entry.name}'`);
              if (!entry.isDirectory) readZipEntry(bytes, entry);
            }
          } catch (error) {
            if (!(error instanceof ZipError)) unexpected(error);
            if (!hasMessage(error)) throw new Error('zip error without a message');
          }
        },
      ),
      propertyParameters(numRuns, seed),
    );
  },
};

export const PROPERTIES: HostileProperty[] = [
  policyLoader,
  templates,
  stagePatterns,
  metadata,
  checksums,
  sboms,
  formulae,
  zips,
];
