// The architecture's import rules (docs/architecture.md, "Rules checked by tools"), checked on every
// `npm test` by `depcruise src e2e bench test-support`. Type-only imports count like any other.
/** Test code: unit tests, the browser tests' database helper, and the shared fixtures. */
const TEST_CODE = '\\.test\\.tsx?$|^src/renderer/src/db/test-database\\.ts$|^test-support/';
/** The only packages the pure core may use: none touches a platform. */
const PURE_PACKAGES = '^node_modules/(zod|approx-string-match|@noble/hashes)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: a cycle means two modules are one concept, or one of them is in the wrong place.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment:
        'src/shared runs everywhere (renderer, main, command line), so it imports only src/shared and a few pure ' +
        'packages: no Electron, ProseMirror, React, Dexie, Node built-ins, nor anything of src/main, src/preload, ' +
        'src/renderer or src/cli. (No DOM or Node globals either: tsconfig.shared.json.)',
      from: { path: '^src/shared/', pathNot: TEST_CODE },
      to: { pathNot: ['^src/shared/', PURE_PACKAGES] },
    },
    {
      name: 'shared-tests-are-platform-free',
      severity: 'error',
      comment: "src/shared's unit tests run in Node: they may read fixtures, but test nothing platform-specific.",
      from: { path: '^src/shared/.*\\.test\\.ts$' },
      to: { path: ['^src/(main|preload|renderer|cli)/', '^node_modules/(electron|react|react-dom|dexie|dexie-react-hooks|prosemirror-[^/]+)/'] },
    },
    {
      name: 'renderer-not-to-main',
      severity: 'error',
      comment:
        'The renderer is a sandboxed page: it reaches the main process only through window.veritag (src/shared/ipc.ts), ' +
        'never by importing src/main, src/preload, src/cli, Electron or Node built-ins.',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/(main|preload|cli)/', '^node_modules/electron/'] },
    },
    {
      name: 'renderer-not-to-node',
      severity: 'error',
      comment: 'The renderer runs in a browser page: no Node built-ins.',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'main-not-to-renderer',
      severity: 'error',
      comment: 'The main process shares code with the renderer only through src/shared.',
      from: { path: '^src/(main|preload|cli)/' },
      to: { path: '^src/renderer/' },
    },
    {
      name: 'cli-without-electron',
      severity: 'error',
      comment: 'The command line runs on plain Node: it may use src/main modules only where they do not reach Electron.',
      from: { path: '^src/cli/' },
      to: { path: '^node_modules/electron/', reachable: true },
    },
    {
      name: 'database-only-in-db',
      severity: 'error',
      comment:
        'Storage lives in src/renderer/src/db/: only its repositories and hooks open the database module; ' +
        'everything else uses them.',
      from: { pathNot: '^src/renderer/src/db/' },
      to: { path: '^src/renderer/src/db/database\\.ts$' },
    },
    {
      name: 'production-not-to-tests',
      severity: 'error',
      comment: 'The app, the preload and the command line never import test code (nor vitest).',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: [TEST_CODE, '^node_modules/(vitest|@vitest/[^/]+|@playwright/test)/'] },
    },
    {
      name: 'zod-only-jitless',
      severity: 'error',
      comment:
        'zod is imported only through src/shared/zod-jitless.ts, which configures it jitless before any schema ' +
        'exists: otherwise its `new Function` probe breaks the renderer\'s CSP (docs/security.md).',
      from: { pathNot: '^src/shared/zod-jitless\\.ts$' },
      to: { path: '^node_modules/zod/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (to a file of the repository, a package or a Node built-in).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|release|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
