import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (this file is packages/server/src/db/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
export const prismaDir = path.join(repoRoot, 'prisma');
export const sourceSchemaPath = path.join(prismaDir, 'schema.prisma');

export type Provider = 'sqlite' | 'postgresql';
export const providers: Provider[] = ['sqlite', 'postgresql'];

/** Derived schema of one database (committed, regenerated from the source by `pnpm generate`). */
export const schemaPathOf = (provider: Provider) => path.join(prismaDir, provider, 'schema.prisma');
export const migrationsDirOf = (provider: Provider) => path.join(prismaDir, provider, 'migrations');
