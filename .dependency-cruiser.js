/** Architecture boundaries (ARCHITECTURE.md sections 7 and 8), checked by `npm run boundaries`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing from adapters, Nest, the network or the file system.',
      severity: 'error',
      from: { path: '^libs/recommendations/src/domain/' },
      to: {
        path: [
          '^libs/event-store/',
          '^libs/projections/',
          '^apps/',
          'node_modules/(@nestjs|better-sqlite3|@eventstore|@grpc|express|prom-client)',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-io-builtins',
      severity: 'error',
      from: { path: '^libs/recommendations/src/domain/' },
      to: { dependencyTypes: ['core'], path: '^(http|https|net|fs|child_process|dgram|tls|worker_threads)$' },
    },
    {
      name: 'vocabulary-is-pure',
      comment: 'The vocabulary is data and pure functions: no Nest, no store, no I/O at call time.',
      severity: 'error',
      from: { path: '^libs/recommendations/src/vocabulary/' },
      to: {
        path: [
          '^libs/event-store/',
          '^libs/projections/',
          '^apps/',
          'node_modules/(@nestjs|better-sqlite3|@eventstore)',
          '^(fs|http|https|net|child_process)$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'imports-read-files-only',
      comment:
        'The imports library turns a file into candidates; proposing them is the command path, in the apps.',
      severity: 'error',
      from: { path: '^libs/imports/' },
      to: {
        path: [
          '^libs/event-store/',
          '^libs/projections/',
          '^libs/users/',
          '^apps/',
          'node_modules/(@nestjs|better-sqlite3|@eventstore|fastify)',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'apps-use-library-index',
      comment: 'Apps import a library only through @app/<name> (its index.ts).',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libs-use-library-index',
      comment: 'A library imports another library only through its index.ts.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
