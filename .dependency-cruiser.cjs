/**
 * CI fails on circular imports, on a lib reached through another lib's internals, on infrastructure
 * that depends on a domain, and on jobs and services of a library importing each other both ways.
 */
const INFRASTRUCTURE = '(config|database|queues|outbox|mail|calendar|auth|errors|testing)';
const DOMAIN = '(people|sessions|rooms|mentoring)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'libs-through-their-index',
      comment: 'Import a library as @kennis/<lib>, never a file inside another library.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/.+', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-and-tools-through-public-exports',
      comment: 'apps/, test/, bench/ and scripts/ use @kennis/<lib> and @kennis/schema, never files inside them.',
      severity: 'error',
      from: { path: '^(apps|test|bench|scripts)/' },
      to: {
        path: '^(libs/[^/]+/src/.+|prisma-free-schema/.+)',
        pathNot: ['^libs/[^/]+/src/index\\.ts$', '^prisma-free-schema/index\\.ts$'],
      },
    },
    {
      name: 'infrastructure-never-imports-domain',
      comment: 'Shared infrastructure serves every domain library, so it may not know any of them.',
      severity: 'error',
      from: { path: `^libs/${INFRASTRUCTURE}/` },
      to: { path: `^libs/${DOMAIN}/` },
    },
    {
      name: 'jobs-never-import-services',
      comment: 'Workers use repositories, mail and job declarations; services record work through the declarations. One way only.',
      severity: 'error',
      from: { path: '^libs/sessions/src/jobs/' },
      to: { path: '^libs/sessions/src/services/' },
    },
    {
      name: 'services-never-import-workers',
      severity: 'error',
      from: { path: '^libs/sessions/src/(services|mail|repositories|graphql)/' },
      to: { path: '^libs/sessions/src/jobs/.+\\.(handler|processor)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
