/**
 * The layers, and which way imports point (README "How it works"). Inner layers never import outer ones:
 *
 *   core  <-  retrieval  <-  prompts  <-  store  <-  admin | bot  <-  the composition root  <-  test, bench
 *
 * - core/: the project's own types and ports (turns, answers, citations, stores, locks, limiters, errors, logger).
 *   It imports nothing of the project.
 * - retrieval/, prompts/: pure text and search code; they import core/ (and prompts/ imports retrieval/).
 * - store/: implements core's ports on SQLite, PostgreSQL and Redis; never imports bot/, admin/ or prompts/.
 * - admin/ and bot/ are siblings: neither imports the other. The admin reaches the bot through core/ports/admin.ts,
 *   which the composition root implements on the running bot.
 * - The composition root (bot/main.ts, bot/server.ts, bot/wiring/, bot/cli/) may import everything above.
 * - A channel's folder (bot/channels/<name>/) imports no other channel's folder: what two channels share lives in
 *   bot/channels/ itself, so a channel is added, or removed, as one folder.
 * - Test code (*.test.ts, *.contract.ts, testing/ and store/contract/ folders, test/, bench/) may import any layer.
 * And no import cycle anywhere, type-only imports included.
 */
const TEST_CODE = '(\\.test\\.ts$|\\.contract\\.ts$|/testing/|^store/contract/|^test/|^bench/)';
const ROOT = '^bot/(main\\.ts|server\\.ts|wiring/|cli/)';

const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('core-imports-nothing', 'core/ holds the types and ports every layer shares: it imports no other folder of the project',
      { path: '^core/', pathNot: TEST_CODE }, { path: '^(retrieval|prompts|store|admin|bot|test|bench)/' }),
    forbid('retrieval-is-pure', 'retrieval/ imports only core/ (no prompts, stores, admin or bot)',
      { path: '^retrieval/', pathNot: TEST_CODE }, { path: '^(prompts|store|admin|bot|test|bench)/' }),
    forbid('prompts-are-pure', 'prompts/ imports only core/ and retrieval/',
      { path: '^prompts/', pathNot: TEST_CODE }, { path: '^(store|admin|bot|test|bench)/' }),
    forbid('store-implements-ports', 'store/ implements the ports in core/ports and imports nothing from bot/, admin/ or prompts/',
      { path: '^store/', pathNot: TEST_CODE }, { path: '^(prompts|admin|bot|test|bench)/' }),
    forbid('admin-through-ports', 'admin/ reaches the bot through core/ports/admin.ts, never by importing bot/',
      { path: '^admin/', pathNot: TEST_CODE }, { path: '^(bot|test|bench)/' }),
    forbid('bot-without-admin', 'only the composition root (bot/main.ts, bot/server.ts, bot/wiring/, bot/cli/) imports admin/; move shared types to core/',
      { path: '^bot/', pathNot: `${TEST_CODE}|${ROOT}` }, { path: '^admin/' }),
    forbid('channels-apart', 'a channel folder imports no other channel folder; move what they share to bot/channels/',
      { path: '^bot/channels/([^/]+)/' }, { path: '^bot/channels/[^/]+/', pathNot: '^bot/channels/$1/' }),
    forbid('program-without-tests', 'the program never imports test or benchmark code',
      { path: '^(core|retrieval|prompts|store|admin|bot)/', pathNot: TEST_CODE }, { path: TEST_CODE }),
    forbid('no-cycles', 'an import cycle: two modules that need each other belong in one, or their shared types in core/',
      {}, { circular: true }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^admin/public/vendor/' },
    // Type-only imports count: a cycle of types is still two modules that cannot be understood apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs'] },
  },
};
