import { readFileSync } from 'node:fs';
import { type Provider, sourceSchemaPath } from './paths.js';

const HEADER = '// GENERATED from prisma/schema.prisma by `pnpm generate`: edit the source, not this file.\n';

/**
 * The schema of one database, derived from the single source: the provider and the client output differ, and
 * SQLite, which has no native column types, drops the `@db.*` attributes (PostgreSQL keeps `Decimal(12, 2)`), and
 * only the SQLite schema generates the Pothos types.
 * Paths inside are relative to prisma/<provider>/.
 */
export function deriveSchema(provider: Provider, source = readFileSync(sourceSchemaPath, 'utf8')): string {
  const text =
    provider === 'sqlite'
      ? source.replace(/[ \t]+@db\.\w+(\([^)]*\))?/g, '')
      : // The Pothos types are generated once, from the SQLite schema: both clients share the model.
        source.replace(/\n\/\/ Types for @pothos[^\n]*\ngenerator pothos \{[^}]*\}\n/, '');
  const out = text
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
    .replace(/"\.\.\/packages\/server\/src\/generated\/sqlite/g, `"../../packages/server/src/generated/${provider}`);
  if (!out.includes(`provider = "${provider}"`) || !out.includes(`generated/${provider}"`)) {
    throw new Error('prisma/schema.prisma: datasource provider or client output not found where expected');
  }
  return HEADER + out;
}
