import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for everything: vitest could otherwise load its CommonJS and ESM builds side by side
    // ("Cannot use GraphQLDirective from another module or realm").
    alias: {
      graphql: require.resolve('graphql', {
        paths: [require.resolve('@fidele/server/package.json', { paths: ['test'] })],
      }),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['packages/server/src/testing/global-setup.ts'],
    // Every GraphQL test runs with Pothos' onUnusedQuery: 'error': a resolver that ignores `query` (an N+1 in
    // waiting) fails the test that reaches it.
    // Servers started by tests log nothing unless a test asks (its own logger, or FIDELE_LOG_LEVEL for a child).
    env: { FIDELE_UNUSED_QUERY: 'error', FIDELE_LOG_LEVEL: 'silent' },
    testTimeout: 60_000,
    // expect.poll's 1 s default is shorter than a page load on a CI machine whose two cores also run another
    // browser test: an admin list read 0 rows for that second after page.goto and failed a green test.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    // Test files create their own databases; two workers suit the 2-core machines.
    maxWorkers: 2,
    // On CI a JSON report too, per Node version: scripts/slowest-tests.mjs prints where the minutes go.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `test-results/vitest-node${process.versions.node.split('.')[0]}.json` }]]
      : ['default'],
  },
});
