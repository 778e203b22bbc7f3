import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * The API's SDL at a stable address of the portal, /schema.graphql: the committed schema of
 * @patuh/graphql, copied into every build, so what is published is what the server was built with.
 */
function publishedSchema(): Plugin {
  const read = () => readFileSync(require.resolve('@patuh/graphql/schema.graphql'), 'utf8');
  return {
    name: 'patuh-published-schema',
    configureServer(server) {
      server.middlewares.use('/schema.graphql', (_req, res) => {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'schema.graphql', source: read() });
    },
  };
}

// The public portal, served by the platform at /. In development the API runs beside it.
export default defineConfig({
  plugins: [react(), publishedSchema()],
  base: '/',
  build: {
    // The benchmark (scripts/bench-portal.mjs) reads the home's entry chunk and its imports here.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  preview: {
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
});
