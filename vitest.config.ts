import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          // The stylesheet as text (`app.css?raw`) for its contrast test; other CSS stays empty in unit tests.
          css: { include: [/src\/web\/styles\/app\.css/] },
          globalSetup: ['src/server/db/test-global-setup.ts'],
          // Loaded before every test file, so that ExcelJS is always read with the UTF-8 fix.
          setupFiles: ['src/server/io/exceljs-utf8-fix.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // The browser tests: the real server (`balans serve`) on a fresh data folder, driven in Chromium.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          setupFiles: ['src/server/io/exceljs-utf8-fix.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
    ],
  },
});
