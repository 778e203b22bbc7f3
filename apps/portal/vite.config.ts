import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The public portal, served by the platform at /. In development the API runs beside it.
export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  preview: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
