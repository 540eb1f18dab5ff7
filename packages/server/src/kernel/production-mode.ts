/**
 * Production mode, defined once: `FIDELE_ENV=production`, or `NODE_ENV=production` when FIDELE_ENV is unset.
 * FIDELE_ENV wins so that a production build can be run locally in development mode (`FIDELE_ENV=development`).
 * In production: no introspection or "Did you mean" suggestions except for staff, no GraphiQL, and the server refuses
 * to start with demo users or a default token secret (platform/production-safety.ts). It lives in lib/ so that
 * the HTTP layer, the auth module and the CLI share one rule without the auth module importing the HTTP layer.
 */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = env.FIDELE_ENV?.trim() || env.NODE_ENV?.trim();
  return mode === 'production';
}
