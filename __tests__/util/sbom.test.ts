// SBOM parsing (SPDX 2.3 and CycloneDX JSON) and package URLs: real shapes, and hostile or
// malformed input ending in a clear SbomError / PurlError, never a silently dropped package.
import fc from 'fast-check';
import { parsePurl, purlBase, purlMatches, PurlError } from '../../src/util/purl.js';
import { MAX_COMPONENT_DEPTH, parseSbom, parseSbomJson, SbomError } from '../../src/util/sbom.js';
import { CYCLONEDX, GITHUB_SPDX } from '../gates/drift/sbom-fixtures.js';

describe('SPDX', () => {
  test("GitHub's export: licenses, purls, the described repository left out", () => {
    const doc = parseSbom({ sbom: GITHUB_SPDX }, 'the SBOM');
    expect(doc.format).toBe('spdx');
    expect(doc.formatVersion).toBe('SPDX-2.3');
    expect(doc.subjects).toEqual(['com.github.acme/plasmite@main']);
    expect(doc.packages).toEqual([
      {
        name: 'npm:lodash',
        version: '4.17.21',
        purl: 'pkg:npm/lodash@4.17.21',
        license: 'MIT',
        note: 'licenseConcluded',
      },
      {
        name: 'cargo:serde',
        version: '1.0.0',
        purl: 'pkg:cargo/serde@1.0.0',
        license: 'MIT OR Apache-2.0',
        note: 'licenseDeclared',
      },
      { name: 'pip:mystery', version: '0.1', purl: null, license: null, note: 'NOASSERTION' },
    ]);
  });

  test('a package with no license fields is unknown; DESCRIBED_BY marks a subject too', () => {
    const doc = parseSbom(
      {
        spdxVersion: 'SPDX-2.2',
        packages: [
          { SPDXID: 'SPDXRef-a', name: 'a' },
          { SPDXID: 'SPDXRef-root', name: 'root' },
        ],
        relationships: [
          {
            relationshipType: 'DESCRIBED_BY',
            spdxElementId: 'SPDXRef-root',
            relatedSpdxElement: 'SPDXRef-DOCUMENT',
          },
        ],
      },
      'x',
    );
    expect(doc.packages).toEqual([
      { name: 'a', version: null, purl: null, license: null, note: 'no licenseConcluded or licenseDeclared' },
    ]);
    expect(doc.subjects).toEqual(['root']);
  });

  test('no packages is an empty list, not an error', () => {
    expect(parseSbom({ spdxVersion: 'SPDX-2.3' }, 'x').packages).toEqual([]);
  });
});

describe('CycloneDX', () => {
  test('components, nested components, expressions, several licenses as AND, names as unknown', () => {
    const doc = parseSbomJson(JSON.stringify(CYCLONEDX), 'bom.json');
    expect(doc.format).toBe('cyclonedx');
    expect(doc.formatVersion).toBe('CycloneDX 1.5');
    expect(doc.packages).toEqual(
      expect.arrayContaining([
        {
          name: 'left-pad',
          version: '1.3.0',
          purl: 'pkg:npm/left-pad@1.3.0',
          license: 'WTFPL',
          note: 'licenses',
        },
        {
          name: 'org.apache.commons/commons-lang3',
          version: '3.14.0',
          purl: 'pkg:maven/org.apache.commons/commons-lang3@3.14.0',
          license: 'Apache-2.0 OR MIT',
          note: 'licenses',
        },
        {
          name: 'shaded-inner',
          version: '0.1',
          purl: null,
          license: '(MIT) AND (BSD-3-Clause)',
          note: 'licenses',
        },
        {
          name: 'custom',
          version: '2',
          purl: null,
          license: null,
          note: "license named 'Acme Proprietary' is not an SPDX id",
        },
        { name: 'bare', version: '3', purl: null, license: null, note: 'no licenses' },
      ]),
    );
    expect(doc.packages).toHaveLength(5);
  });

  test('a byte-order mark is tolerated', () => {
    expect(parseSbomJson(`\uFEFF${JSON.stringify({ bomFormat: 'CycloneDX' })}`, 'x').packages).toEqual([]);
  });
});

describe('malformed and hostile input is a clear SbomError', () => {
  test.each([
    ['not json', '{', /x is not valid JSON/],
    ['a list', '[]', /x is not an SBOM: expected a JSON object, found an array/],
    ['null', 'null', /found null/],
    ['neither format', '{"name": "x"}', /neither SPDX JSON .* nor CycloneDX JSON/],
    ['SPDX 3', '{"spdxVersion": "SPDX-3.0"}', /only SPDX-2\.x JSON is read/],
    [
      'packages not a list',
      '{"spdxVersion": "SPDX-2.3", "packages": {}}',
      /"packages" is an object, not an array/,
    ],
    ['a package not an object', '{"spdxVersion": "SPDX-2.3", "packages": [1]}', /packages\[0\] is a number/],
    [
      'a license not a string',
      '{"spdxVersion": "SPDX-2.3", "packages": [{"name": "a", "licenseConcluded": ["MIT"]}]}',
      /packages\[0\]\.licenseConcluded is an array, not a string/,
    ],
    [
      'externalRefs garbage',
      '{"spdxVersion": "SPDX-2.3", "packages": [{"name": "a", "externalRefs": "pkg:npm/a"}]}',
      /externalRefs is a string, not an array/,
    ],
    [
      'a relationship not an object',
      '{"spdxVersion": "SPDX-2.3", "relationships": [null]}',
      /relationships\[0\] is null, not an object/,
    ],
    ['components not a list', '{"bomFormat": "CycloneDX", "components": "x"}', /"components" is a string/],
    [
      'licenses garbage',
      '{"bomFormat": "CycloneDX", "components": [{"name": "a", "licenses": [{"license": 5}]}]}',
      /components\[0\]\.licenses\[0\]\.license is a number/,
    ],
    [
      'a purl not a string',
      '{"bomFormat": "CycloneDX", "components": [{"name": "a", "purl": {"x": 1}}]}',
      /components\[0\]\.purl is an object, not a string/,
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseSbomJson(text, 'x')).toThrow(SbomError);
    expect(() => parseSbomJson(text, 'x')).toThrow(message);
  });

  test('components nested too deep are refused, without recursion', () => {
    let component: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < MAX_COMPONENT_DEPTH + 5; i++) component = { name: `c${i}`, components: [component] };
    expect(() => parseSbom({ bomFormat: 'CycloneDX', components: [component] }, 'x')).toThrow('deeper than');
  });

  test('an object with a __proto__ key is data, not a prototype', () => {
    const doc = parseSbomJson(
      '{"spdxVersion": "SPDX-2.3", "__proto__": {"packages": [1]}, "packages": []}',
      'x',
    );
    expect(doc.packages).toEqual([]);
  });

  test('property: any JSON value either parses or throws SbomError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, asSpdx) => {
        const document = {
          ...(asSpdx ? { spdxVersion: 'SPDX-2.3' } : { bomFormat: 'CycloneDX' }),
          packages: value,
          components: value,
        };
        for (const candidate of [value, document]) {
          try {
            parseSbom(candidate, 'x');
          } catch (error) {
            if (!(error instanceof SbomError)) throw error;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('package URLs', () => {
  test('parts, percent-decoding and canonical case', () => {
    expect(parsePurl('pkg:npm/%40Angular/Core@16.0.0?arch=x64#dist/index.js')).toEqual({
      type: 'npm',
      namespace: '@angular',
      name: 'core',
      version: '16.0.0',
      qualifiers: { arch: 'x64' },
      subpath: 'dist/index.js',
    });
    expect(purlBase(parsePurl('pkg:pypi/Django_Rest.Framework@3.0'))).toBe('pkg:pypi/django-rest-framework');
    expect(purlBase(parsePurl('pkg:maven/org.Apache/Commons@1'))).toBe('pkg:maven/org.Apache/Commons');
  });

  test('matching: without a version every version, with a version exactly that one', () => {
    const pkg = parsePurl('pkg:npm/left-pad@1.3.0');
    expect(purlMatches(parsePurl('pkg:npm/left-pad'), pkg)).toBe(true);
    expect(purlMatches(parsePurl('pkg:npm/left-pad@1.3.0'), pkg)).toBe(true);
    expect(purlMatches(parsePurl('pkg:npm/left-pad@1.3.1'), pkg)).toBe(false);
    expect(purlMatches(parsePurl('pkg:npm/left-pads'), pkg)).toBe(false);
    expect(purlMatches(parsePurl('pkg:cargo/left-pad'), pkg)).toBe(false);
    // Qualifiers the entry names must be on the package.
    expect(purlMatches(parsePurl('pkg:npm/left-pad?repository_url=https://r.example'), pkg)).toBe(false);
    expect(
      purlMatches(
        parsePurl('pkg:npm/left-pad'),
        parsePurl('pkg:npm/left-pad@1.3.0?repository_url=https://r.example'),
      ),
    ).toBe(true);
  });

  test.each([
    ['npm/left-pad', /must start with pkg:/],
    ['pkg:npm', /needs a type and a name/],
    ['pkg:npm/a b', /contains whitespace/],
    ['pkg:npm/%E0%A4%A', /badly percent-encoded name/],
    ['pkg:1npm/x', /invalid type/],
  ])('%s is refused', (text, message) => {
    expect(() => parsePurl(text)).toThrow(PurlError);
    expect(() => parsePurl(text)).toThrow(message);
  });

  test('property: any string either parses or throws PurlError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        for (const text of [tail, `pkg:${tail}`, `pkg:npm/${tail}`]) {
          try {
            parsePurl(text);
          } catch (error) {
            if (!(error instanceof PurlError)) throw error;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
