/** ESM jest: ts-jest transpiles only (tsc --noEmit type-checks as its own step). */
const project = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  }
}

export default {
  // Two tiers, run together by `npm test`: `npm run test:unit` (pure code, configuration, the
  // house rules, docs and workflow files: no server, no bundle) and `npm run test:e2e` (the
  // built bundle against the rig, and the rig itself).
  projects: [
    {
      ...project,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/{unit,config,house,docs,workflows}/**/*.test.ts']
    },
    {
      ...project,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/{e2e,rig}/**/*.test.ts'],
      // They run the committed bundle: a stale dist/ fails here, with the command to rebuild.
      globalSetup: './scripts/jest-dist-fresh.mjs'
    }
  ],
  // Read from the run's (global) configuration: a project's own would be ignored.
  testTimeout: 60000,
  // Every folder the tests make lives under one per-run folder, removed at the end.
  globalSetup: './scripts/jest-temp-setup.mjs',
  globalTeardown: './scripts/jest-temp-teardown.mjs',
  // Three workers on two cores: the end-to-end tests wait on the action they spawn and on the
  // rig's HTTP, so a third keeps both cores busy (a full run took 407 s instead of 456 s).
  maxWorkers: 3
}
