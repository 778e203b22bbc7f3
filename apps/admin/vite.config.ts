import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { homePath } from './src/routes/paths.ts';

// The staff app, served by the platform at /admin. In development the API runs beside it.
export default defineConfig({
  plugins: [react()],
  base: homePath,
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
  preview: {
    port: 4174,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' },
  },
});
