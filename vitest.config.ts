import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'data/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for a behaviour; its 1 s default is a timing assumption a busy machine breaks.
    expect: { poll: { timeout: 15_000 } },
    // Under CI=true an unreachable PostgreSQL or Redis fails the run instead of skipping its suites.
    globalSetup: ['test/support/ci-services.ts'],
    // Two cores: CLI and server tests spawn processes of their own.
    maxWorkers: 2,
  },
});
