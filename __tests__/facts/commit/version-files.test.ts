// Version files by extension: TOML, JSON, YAML parse into documents a JSON Pointer can
// read, and a broken file says where it is broken.
import fc from 'fast-check';
import { resolvePointer } from '../../../src/util/json-pointer.js';
import {
  formatOf,
  jsonErrorOffset,
  lineAndColumn,
  parseVersionFile,
  versionText,
  VersionFileSyntaxError,
} from '../../../src/util/version-files.js';
import { loadLibraries } from '../../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['toml']);

function syntaxError(path: string, text: string): VersionFileSyntaxError {
  try {
    parseVersionFile(path, text);
  } catch (error) {
    if (error instanceof VersionFileSyntaxError) return error;
    throw error;
  }
  throw new Error(`${path} parsed`);
}

describe('formatOf', () => {
  it.each([
    ['Cargo.toml', 'toml'],
    ['bindings/python/pyproject.toml', 'toml'],
    ['package.json', 'json'],
    ['package-lock.json', 'json'],
    ['charts/app/Chart.yaml', 'yaml'],
    ['action.YML', 'yaml'],
    ['VERSION', null],
    ['src/version.rs', null],
    ['dir.json/VERSION', null],
  ])('%s → %s', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });
});

describe('parseVersionFile', () => {
  it('reads Cargo.toml and pyproject.toml', () => {
    const cargo = parseVersionFile(
      'Cargo.toml',
      '[package]\nname = "plasmite"\nversion = "1.2.0"\n\n[dependencies]\nserde = "1"\n',
    );
    expect(resolvePointer(cargo, '/package/version')).toEqual({ found: true, value: '1.2.0' });
    const pyproject = parseVersionFile('pyproject.toml', '[project]\nname = "plasmite"\nversion = "1.2.0"\n');
    expect(resolvePointer(pyproject, '/project/version')).toEqual({ found: true, value: '1.2.0' });
  });

  it("reads package-lock.json's root package under the empty key: /packages//version", () => {
    const lock = parseVersionFile(
      'package-lock.json',
      JSON.stringify({
        version: '1.2.0',
        lockfileVersion: 3,
        packages: { '': { version: '1.2.0' }, 'node_modules/x': { version: '9.9.9' } },
      }),
    );
    expect(resolvePointer(lock, '/packages//version')).toEqual({ found: true, value: '1.2.0' });
  });

  it('accepts a JSON file with a byte order mark', () => {
    expect(parseVersionFile('package.json', '\uFEFF{"version": "1.2.0"}')).toEqual({ version: '1.2.0' });
  });

  it('with yamlScalars: typed, YAML booleans and numbers are typed (for queries that filter on them)', () => {
    const text = 'targets:\n  - name: linux_amd64\n    homebrew: false\n    tier: 1\n';
    expect(parseVersionFile('targets.yml', text, { yamlScalars: 'typed' })).toEqual({
      targets: [{ name: 'linux_amd64', homebrew: false, tier: 1 }],
    });
    expect(parseVersionFile('targets.yml', text)).toEqual({
      targets: [{ name: 'linux_amd64', homebrew: 'false', tier: '1' }],
    });
  });

  it('keeps YAML scalars as written: 1.10 stays "1.10", not the number 1.1', () => {
    const chart = parseVersionFile('Chart.yaml', 'apiVersion: v2\nversion: 1.10\nappVersion: "1.10.0"\n');
    expect(resolvePointer(chart, '/version')).toEqual({ found: true, value: '1.10' });
    expect(resolvePointer(chart, '/appVersion')).toEqual({ found: true, value: '1.10.0' });
  });

  it('reports the line and column of a TOML error', () => {
    const error = syntaxError('Cargo.toml', '[package]\nname = "plasmite"\nversion = 1.2.0\n');
    expect(error.line).toBe(3);
    expect(error.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/^Cargo\.toml:3:\d+: invalid TOML: /);
    expect(error.message).not.toContain('\n');
  });

  it('reports the line and column of a JSON error, the same on every Node version', () => {
    const error = syntaxError(
      'bindings/node/package.json',
      '{\n  "name": "plasmite",\n  "version": "1.2.0"\n  "main": "index.js"\n}\n',
    );
    expect([error.line, error.column]).toEqual([4, 3]);
    expect(error.message).toMatch(/^bindings\/node\/package\.json:4:3: invalid JSON: /);
    const truncated = syntaxError('package.json', '{"version": "1.2.0"');
    expect([truncated.line, truncated.column]).toEqual([1, 20]);
    const badToken = syntaxError('package.json', '{"version": }');
    expect([badToken.line, badToken.column]).toEqual([1, 13]);
    expect(badToken.message).not.toContain('is not valid JSON');
  });

  it('reports the line and column of a YAML error', () => {
    const error = syntaxError('Chart.yaml', 'version: 1.2.0\nname: [a, b\n');
    expect([error.line, error.column]).toEqual([3, 1]);
    expect(error.message).toMatch(/^Chart\.yaml:\d+:\d+: invalid YAML: /);
    const duplicate = syntaxError('Chart.yaml', 'version: 1.2.0\nversion: 1.3.0\n');
    expect(duplicate.line).toBe(2);
  });
});

describe('versionText', () => {
  it('is the text of a scalar, null for anything else', () => {
    expect(versionText('1.2.0')).toBe('1.2.0');
    expect(versionText(3)).toBe('3');
    expect(versionText(3n)).toBe('3');
    expect(versionText(true)).toBe('true');
    expect(versionText(null)).toBeNull();
    expect(versionText({ workspace: true })).toBeNull();
    expect(versionText(['1.2.0'])).toBeNull();
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{}', null],
    [' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"a": {}}] ', null],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ['"\u0001"', 1],
    ['"\\x"', 2],
    ['{} x', 3],
    ['', 0],
    ['tru', 0],
  ])('%j → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('property: agrees with JSON.parse on what is valid', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ \n0123-.eE+truefalsnu\u0001x') });
    fc.assert(
      fc.property(
        fc.oneof(
          jsonish,
          fc.json(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const offset = jsonErrorOffset(text);
          expect(offset === null).toBe(valid);
          if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('lineAndColumn', () => {
  it('is 1-based', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
