import { builder } from '../kernel/graphql/builder.js';
import * as E from '../generated/sqlite/enums.js';
import { idFor } from '../kernel/graphql/global-id.js';
import { createApiKey, revokeApiKey } from './api-key.service.js';

const admins = { roles: ['ADMIN' as const] };

export const ApiCapabilityEnum = builder.enumType(E.ApiCapability, {
  name: 'ApiCapability',
  description: 'What a partner key may do beyond reading the contacts of its brands; granted explicitly.',
});

/** A partner application's key, as admins see it: never the key itself (only a hash is stored). */
export const ApiKeyRef = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  // A missing id answers null, as a hidden one does (node-missing.test.ts), not an unexpected error.
  nullable: true,
  authScopes: admins,
  description: 'A partner application key. The key itself is shown once, when created; only its hash is stored.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The public part of the key (`fid_<prefix>_...`).' }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute', { description: 'Requests a minute, per API instance.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To the minute.' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    brandCodes: t.field({
      type: ['String'],
      select: { brands: { select: { brand: { select: { code: true } } } } },
      resolve: (k) => k.brands.map((b) => b.brand.code).sort(),
    }),
    purposeCodes: t.field({
      type: ['String'],
      select: { purposes: { select: { purpose: { select: { code: true } } } } },
      resolve: (k) => k.purposes.map((p) => p.purpose.code).sort(),
    }),
    capabilities: t.field({
      type: [ApiCapabilityEnum],
      description: 'Capabilities granted to the key (RECORD_SALES: the inbound sales route).',
      select: { capabilities: { select: { capability: true } } },
      resolve: (k) => k.capabilities.map((c) => c.capability).sort(),
    }),
  }),
});

const ApiKeyInput = builder.inputType('ApiKeyInput', {
  fields: (t) => ({
    name: t.string(),
    brands: t.globalIDList({ description: 'Brands whose contacts the partner may read.' }),
    purposes: t.stringList({ description: 'Purpose codes the partner may declare (each covers its subtree).' }),
    rateLimitPerMinute: t.int({ required: false, description: 'Default 60.' }),
    expiresAt: t.field({ type: 'DateTime', required: false }),
    capabilities: t.field({
      type: [ApiCapabilityEnum],
      required: false,
      description: 'Granted explicitly; none by default (RECORD_SALES: the key may record sales on /inbound/sales).',
    }),
  }),
});

const CreatedApiKey = builder.objectRef<{ key: string; apiKey: { id: number } }>('CreatedApiKey').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Send as `x-api-key`. Shown this once: store it now.' }),
    apiKey: t.prismaField({
      type: 'ApiKey',
      resolve: (query, r, _args, ctx) => ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: r.apiKey.id } }),
    }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaField({
    type: ['ApiKey'],
    authScopes: admins,
    description: 'Every partner key, newest first.',
    resolve: (query, _root, _args, ctx) => ctx.db.apiKey.findMany({ ...query, orderBy: { id: 'desc' } }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    authScopes: admins,
    description: 'Creates a partner key bound to brands and purposes; the answer is the only time the key is shown.',
    args: { input: t.arg({ type: ApiKeyInput }) },
    resolve: async (_root, { input }, ctx) => {
      const purposes = await ctx.db.purpose.findMany({
        where: { code: { in: input.purposes } },
        select: { id: true, code: true },
      });
      const unknown = input.purposes.filter((c) => !purposes.some((p) => p.code === c));
      return createApiKey(ctx, {
        name: input.name,
        brandIds: input.brands.map((b, i) => idFor('Brand', b, ['input', 'brands', String(i)])),
        // An unknown code becomes an id that does not exist, so the service reports it with the others.
        purposeIds: [...purposes.map((p) => p.id), ...unknown.map(() => -1)],
        rateLimitPerMinute: input.rateLimitPerMinute,
        expiresAt: input.expiresAt,
        capabilities: input.capabilities ?? [],
      });
    },
  }),
  revokeApiKey: t.prismaField({
    type: 'ApiKey',
    authScopes: admins,
    description: 'Revokes a key: its next request is UNAUTHENTICATED.',
    args: { id: t.arg.globalID() },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('ApiKey', args.id, ['id']);
      await revokeApiKey(ctx, id);
      return ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
