import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'main/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Limits that only catch a hang: on a loaded machine (npm run test:stress)
    // imports and first renders alone can outlast vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every time computation is tested against a pinned zone; specs that need
    // another zone set process.env.TZ themselves before importing.
    env: { TZ: 'Europe/Berlin' },
    restoreMocks: true,
    // Vitest hands every stylesheet to tests as an empty string; the theme
    // contrast test reads the tokens from base.css itself.
    css: { include: [/renderer\/styles\/base\.css/] },
  },
});
