// Two projects: fast unit tests of pure modules, and integration tests that run the
// bundled dist/ as a child process against the local GitHub emulator.
const shared = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  // Property tests run with the run's fast-check seed (FC_SEED), printed so a failure replays.
  setupFiles: ['<rootDir>/__tests__/setup/fast-check.setup.ts'],
};

export default {
  // Generous: CI machines are small and shared, and integration tests start Node processes;
  // a slow run is not a failed one. Tests that assert time bounds assert them themselves.
  testTimeout: 90_000,
  globalSetup: '<rootDir>/__tests__/setup/global-seed.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/integration/'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      // Every run of the bundle is scanned for secrets in what it prints and writes.
      setupFilesAfterEnv: ['<rootDir>/__tests__/integration/secrets.setup.ts'],
    },
  ],
};
