import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builder } from '../../kernel/graphql/builder.js';
import { repoRoot } from '../../kernel/db/paths.js';

const version: string = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version ?? '0.0.0';

const DatabaseProvider = builder.enumType('DatabaseProvider', { values: ['SQLITE', 'POSTGRESQL'] as const });

const Health = builder
  .objectRef<{ status: string; database: 'SQLITE' | 'POSTGRESQL'; version: string }>('Health')
  .implement({
    fields: (t) => ({
      status: t.exposeString('status'),
      database: t.expose('database', { type: DatabaseProvider }),
      version: t.exposeString('version'),
    }),
  });

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Liveness: answers "ok" once the database answers.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      await ctx.db.$queryRaw`SELECT 1`;
      return {
        status: 'ok',
        database: ctx.provider === 'sqlite' ? ('SQLITE' as const) : ('POSTGRESQL' as const),
        version,
      };
    },
  }),
);
