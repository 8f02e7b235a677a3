import { defineConfig } from 'vite';

// The console is served by the gateway from its jar (META-INF/resources); `npm run dev` serves it on :3000 and passes
// the API to a running gateway, so the browser still sees one origin.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 3000,
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080', '/openapi': 'http://127.0.0.1:8080' },
  },
});
