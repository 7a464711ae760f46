import path from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
/** Where `npm run dev` sends /graphql and /auth: the API of `npm start` (API_PORT) unless told otherwise. */
const apiOrigin = process.env.KENNIS_API_ORIGIN ?? `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;

// No React plugin: Vite 8's own oxc transform compiles JSX with the automatic runtime.
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: path.resolve(root, '../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The explorer (GraphiQL and Monaco) is its own lazily loaded chunk; its size is expected.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Libraries marked "use client" for server components; meaningless in a browser-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/auth': { target: apiOrigin, changeOrigin: false },
    },
  },
});
