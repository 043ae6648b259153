/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // Builds run in child processes (Rspack 2 is ESM-only, which Jest's module system cannot load);
  // give them room on a 2-core machine.
  testTimeout: 120000,
  maxWorkers: 2,
};
