/** ESM jest: ts-jest transpiles only (tsc --noEmit type-checks as its own step). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testTimeout: 60000,
  // Every folder the tests make lives under one per-run folder, removed at the end.
  globalSetup: './scripts/jest-temp-setup.mjs',
  globalTeardown: './scripts/jest-temp-teardown.mjs',
  // Three workers on two cores: the end-to-end tests wait on the action they spawn and on the
  // rig's HTTP, so a third keeps both cores busy (a full run took 407 s instead of 456 s).
  maxWorkers: 3
}
