import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. WxtVitest() does not pick up the Vite plugins of wxt.config.ts, so Preact is added here too.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['tests/setup/pages-language.ts'],
  },
});
