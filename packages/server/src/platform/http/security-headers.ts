/**
 * Response headers of the admin, the API and the plain routes. One place, so that a new route cannot forget them.
 * - `X-Content-Type-Options: nosniff`: a browser never runs a download or a JSON answer as a script or a page.
 * - `Referrer-Policy: no-referrer`: survey and preference links carry tokens in their path; no other site sees them.
 * - `Content-Security-Policy` with `frame-ancestors 'none'`: no site can frame the admin (clickjacking).
 */
const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The admin is a built single-page app: its own scripts only; MUI (emotion) writes inline styles. */
const adminPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers (JSON, CSV, files) are never documents to render: nothing may load from them or frame them. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * GraphiQL (development only) is Yoga's page: an inline bootstrap script and its bundle from a CDN. Never served in
 * production (see lib/production-mode.ts).
 */
const graphiqlPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://unpkg.com https://raw.githubusercontent.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

export type ResponseKind = 'admin' | 'api' | 'graphiql';

/** The security headers of a response of this kind. */
export function securityHeaders(kind: ResponseKind): Record<string, string> {
  const policy = kind === 'admin' ? adminPolicy : kind === 'graphiql' ? graphiqlPolicy : apiPolicy;
  return { ...common, 'content-security-policy': policy };
}

/**
 * The origins allowed to call the API from a browser (CORS), from `FIDELE_CORS_ORIGINS`: a comma-separated list of
 * exact origins (`https://crm.example.com`). Empty or unset: no cross-origin access at all (the admin is served by
 * the API itself, same origin). `*` is refused: credentials (tokens, keys) must never be sent to any site.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = (env.FIDELE_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*' || !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(
        `FIDELE_CORS_ORIGINS: "${origin}" is not an origin such as https://crm.example.com (no path, no *).`,
      );
    }
  }
  return origins;
}
