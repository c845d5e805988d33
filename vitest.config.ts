import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { atlasData } from './build/atlasData';

export default defineConfig({
  plugins: [react(), atlasData()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
