/**
 * `pnpm generate`: derive each database's schema from prisma/schema.prisma and generate its Prisma client.
 *
 * The Prisma CLI checks for a native schema engine before any command and tries to download one, which fails
 * offline. `generate` does not use that engine (it runs on WebAssembly), so we point the check at an existing
 * executable. Migrations use the WebAssembly schema engine directly (see migrate.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deriveSchema } from './derive-schemas.js';
import { providers, repoRoot, schemaPathOf } from './paths.js';

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js');

export function writeDerivedSchemas(): string[] {
  const changed: string[] = [];
  for (const provider of providers) {
    const file = schemaPathOf(provider);
    const text = deriveSchema(provider);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      changed.push(path.relative(repoRoot, file));
    }
  }
  return changed;
}

export function generateClients(): void {
  for (const provider of providers) {
    execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPathOf(provider)], {
      cwd: path.join(repoRoot, 'packages/server'),
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        // Generators (prisma-pothos-types) are looked up as commands.
        PATH: `${path.join(repoRoot, 'packages/server/node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
        CHECKPOINT_DISABLE: '1',
      },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changed = writeDerivedSchemas();
  if (changed.length) console.log(`derived: ${changed.join(', ')}`);
  generateClients();
}
