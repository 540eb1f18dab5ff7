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
    // Split per plugin (plugins/lazy-pages.tsx): the first load carries react-admin, MUI, the layout and the
    // dashboard's figures (1.45 MB, 463 kB gzipped, against 2.07 MB / 596 kB as one bundle); each screen's pages and
    // the charts come in their own chunks when first shown. The entry chunk stays above Vite's 500 kB default.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `pnpm --filter @fidele/admin dev` against a server started with `pnpm start` (port 4000).
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
