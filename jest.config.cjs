// Four projects: unit (*.spec.ts, beside the code, an answer in seconds), slow (property tests with
// hundreds of solver runs and time-zone tests in child processes: *.property.spec.ts, *.time-zone.spec.ts),
// integration (*.int-spec.ts, real PostgreSQL and Redis) and end-to-end (test/*.e2e-spec.ts, GraphQL
// over HTTP with api and worker running). `npm test` runs all four; `--selectProjects unit` the fast ones.
const fs = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
delete swcrc.module; // @swc/jest picks ES modules or CommonJS per file, as jest asks
// swc rewrites the @kennis/<lib> aliases of tsconfig.json, so global setups resolve them too.
const { paths } = require('./tsconfig.json').compilerOptions;
const transform = {
  '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: __dirname, paths } }],
};

const base = {
  rootDir: __dirname,
  transform,
  testEnvironment: 'node',
  // NestJS 12 ships as ES modules only, so the tests run as ES modules too (node --experimental-vm-modules).
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};

const SLOW = ['\\.property\\.spec\\.ts$', '\\.time-zone\\.spec\\.ts$'];

module.exports = {
  maxWorkers: 2,
  // Integration and end-to-end tests start servers and race hundreds of requests on two cores.
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'], testPathIgnorePatterns: SLOW },
    { ...base, displayName: 'slow', testMatch: ['<rootDir>/{apps,libs}/**/*.{property,time-zone}.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,prisma-free-schema}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/prisma-free-schema/test-template.setup.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/e2e-global-setup.ts',
    },
  ],
};
