import type { Plugin } from 'graphql-yoga';
import { securityHeaders } from './security-headers.js';

/** The security headers (security-headers.ts) on every /graphql response; GraphiQL's page gets its own policy. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      const kind = response.headers.get('content-type')?.startsWith('text/html') ? 'graphiql' : 'api';
      for (const [name, value] of Object.entries(securityHeaders(kind))) response.headers.set(name, value);
    },
  };
}
