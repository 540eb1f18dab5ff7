import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The standalone admin, served by the Fidele server at /admin (index.html + src/app/main.tsx). Hosts that embed
 * `<FideleAdmin>` import src/index.ts and bundle it themselves.
 */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // One bundle (about 1.7 MB, 490 kB gzipped) for a back-office used all day, cached immutably by the server:
    // splitting it buys little until the admin grows pages worth loading lazily.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `pnpm --filter @fidele/admin dev` against a server started with `pnpm start` (port 4000).
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
