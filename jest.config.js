// Type-checking is done once by `npm run typecheck`; with isolatedModules ts-jest only transpiles, which keeps jest fast.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] };
const moduleNameMapper = {
  '^@app/(event-store|recommendations|projections|testing|config|users|errors|imports|evidence|documents)$':
    '<rootDir>/libs/$1/src',
};
const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  ...extra,
});

module.exports = {
  // Servers and browsers start slowly on a loaded 2-core machine; a hook past 5 s there is not a failure of the code.
  testTimeout: 30_000,
  projects: [
    project('unit', ['<rootDir>/{apps,libs}/**/*.unit.spec.ts']),
    project('int', ['<rootDir>/{apps,libs}/**/*.int.spec.ts', '<rootDir>/test/**/*.int.spec.ts']),
    project('e2e', ['<rootDir>/test/**/*.e2e.spec.ts'], {
      globalSetup: '<rootDir>/test/support/web-client-build.ts',
    }),
  ],
};
