// Inputs the hostile-input properties found crashing the action, kept as examples.
import { GATE_TYPES } from '../../src/gates/registry.js';
import { loadPolicy } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/types.js';
import { parseVersionFile, VersionFileSyntaxError } from '../../src/util/version-files.js';
import { normaliseEntryName, ZipError } from '../../src/util/zip.js';

test('a base policy whose stages is not a mapping: a policy error at the base, not a TypeError', async () => {
  const load = loadPolicy(
    { text: 'stages:\n  GA: { gates: {} }\nextends: acme/base/p.yml@v1\n', file: 'policy.yml' },
    GATE_TYPES,
    {
      source: 'workspace',
      readExtends: async (spec) => ({ text: 'version: 1\nstages: just text\n', file: spec }),
    },
  );
  await expect(load).rejects.toBeInstanceOf(PolicyError);
  await expect(load).rejects.toMatchObject({
    issues: [{ file: 'acme/base/p.yml@v1', line: 2, message: expect.stringContaining('must be a mapping') }],
  });
});

test.each(['<<: *a\n', 'a: *nowhere\n'])(
  'a YAML version file with an alias and no anchor (%j): a syntax error',
  (text) => {
    expect(() => parseVersionFile('pubspec.yaml', text)).toThrow(VersionFileSyntaxError);
  },
);

test('`./C:` in an archive is a drive letter once `./` is gone: refused', () => {
  expect(() => normaliseEntryName('./C:')).toThrow(ZipError);
  expect(() => normaliseEntryName('a/./C:x')).not.toThrow();
});
