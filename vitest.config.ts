import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/server/db/test-global-setup.ts'],
    // Loaded before every test file, so that ExcelJS is always read with the UTF-8 fix.
    setupFiles: ['src/server/io/exceljs-utf8-fix.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
