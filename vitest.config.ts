import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Workspace packages read each other's source in tests: no build needed for unit tests.
// End-to-end tests (CLI, add-on bundle) use the built dist/ on purpose.
const alias = {
  '@kyodo/core': src('./packages/core/src/index.ts'),
  '@kyodo/sheets': src('./packages/sheets/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'addon/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          env: { TZ: 'Asia/Tokyo' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'unit-utc',
          include: ['packages/core/src/calendar/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'property',
          include: ['packages/*/src/**/*.test-prop.ts', 'packages/*/test/**/*.test-prop.ts'],
          env: { TZ: 'Asia/Tokyo' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['packages/*/e2e/**/*.test.ts', 'addon/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          env: { TZ: 'Asia/Tokyo' },
        },
      },
    ],
  },
});
