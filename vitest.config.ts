import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core runner.
    // The slowest files mostly wait on child processes (CLI, indexer, fake servers), so one
    // worker per core keeps both cores busy without oversubscribing them.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
