import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

/**
 * The host app's build. Once examples/* is in the pnpm workspace, `pnpm --filter @fidele/host-app build` uses the
 * host's own dependencies. Until then (and in the browser test) it is built with the admin package's Vite:
 *
 *   node packages/admin/node_modules/vite/bin/vite.js build --config examples/host-app/vite.config.ts
 *
 * and borrows the admin's React, React Router, react-admin and MUI: a host must share one copy of each with the
 * panel anyway (two Reacts or two routers break hooks and links).
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const adminEntry = fileURLToPath(new URL('../../packages/admin/src/index.ts', import.meta.url));
const ownModules = existsSync(new URL('./node_modules/react', import.meta.url));

/**
 * Without its own node_modules, the host's source resolves its bare imports (react, react-router, react-admin, MUI)
 * as the admin's source does: one copy of each, shared with the panel.
 */
const borrowAdminDependencies = (): Plugin => ({
  name: 'fidele-host-borrows-admin-dependencies',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (ownModules || !importer?.startsWith(path.join(here, 'src')) || source.startsWith('.') || source.startsWith('/'))
      return null;
    if (source === '@fidele/admin') return adminEntry;
    return this.resolve(source, adminEntry, { skipSelf: true });
  },
});

// No runtime import of 'vite': the config must load before the host's own dependencies exist.
export default async ({ mode }: { mode: string }): Promise<UserConfig> => {
  // The React plugin (fast refresh in dev) when it is installed; without it Vite's own transform compiles the JSX.
  const reactPlugin = '@vitejs/plugin-react'; // a variable: the config bundler must not try to resolve it
  const react = await import(reactPlugin).then((m: { default: () => Plugin }) => m.default).catch(() => null);
  return {
    root: here,
    base: '/',
    plugins: [borrowAdminDependencies(), ...(react ? [react()] : [])],
    oxc: { jsx: { runtime: 'automatic', development: mode !== 'production' } },
    // React's production build in `vite build` (its CommonJS entry picks a build by NODE_ENV).
    define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'production' ? 'production' : 'development') },
    resolve: {
      // With the host's own node_modules: the panel from source (the admin package exports its src/index.ts).
      alias: { '@fidele/admin': adminEntry },
      dedupe: ['react', 'react-dom', 'react-router'],
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 2500,
      rolldownOptions: {
        // MUI's 'use client' directives mean nothing in a client-only bundle (the React plugin silences them too).
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  };
};
