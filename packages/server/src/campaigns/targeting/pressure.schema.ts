import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { ActionMediumEnum, ConsentSourceEnum } from '../../kernel/graphql/enums.js';
import { ApiError } from '../../kernel/errors.js';
import type { ActionMedium, ConsentSource, Role } from '../../generated/sqlite/enums.js';
import { idFor, type DecodedGlobalId } from '../../kernel/graphql/global-id.js';
import { Problems } from '../../kernel/validate.js';
import { deleteVersioned, updateVersioned } from '../../kernel/versioned-update.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { brandScope } from '../../privacy/access/row-rules.js';
import { fieldMessage } from '../../kernel/field-messages.js';

const marketing = { roles: ['ADMIN', 'MARKETING'] as Role[] };
const contactWriters = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };

/**
 * Row rule of pressure rules: everyone in marketing reads the all-brands rules and those of its brands; an
 * all-brands rule caps every brand, so only an administrator writes one.
 */
const ruleScope = (ctx: Context) => {
  const scope = brandScope(ctx);
  return scope.brandId ? { OR: [{ brandId: null }, { brandId: scope.brandId }] } : {};
};
const writableScope = (ctx: Context) => {
  const scope = brandScope(ctx);
  return scope.brandId ? { brandId: scope.brandId } : {};
};

/** Commercial pressure: at most `maxSolicitations` solicitations of a contact in `periodDays` days. */
export const PressureRuleRef = builder.prismaNode('PressureRule', {
  id: { field: 'id' },
  authScopes: marketing,
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...ruleScope(ctx) }),
  fields: (t) => ({
    brand: t.relation('brand', {
      nullable: true,
      description: 'The brand whose actions it caps; null: every brand together.',
    }),
    medium: t.expose('medium', {
      type: ActionMediumEnum,
      nullable: true,
      description: 'Only this medium; null: every medium together.',
    }),
    maxSolicitations: t.exposeInt('maxSolicitations'),
    periodDays: t.exposeInt('periodDays'),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const PressureRuleInput = builder.inputType('PressureRuleInput', {
  fields: (t) => ({
    brand: t.globalID({ required: false, description: 'None: every brand (administrators only).' }),
    medium: t.field({ type: ActionMediumEnum, required: false }),
    maxSolicitations: t.int({ description: '1 to 1000.' }),
    periodDays: t.int({ description: '1 to 3660.' }),
    active: t.boolean({ required: false, defaultValue: true }),
  }),
});

interface RuleWrite {
  brand?: DecodedGlobalId | null;
  medium?: ActionMedium | null;
  maxSolicitations: number;
  periodDays: number;
  active?: boolean | null;
}

async function ruleData(ctx: Context, input: RuleWrite) {
  const p = new Problems();
  p.check(
    Number.isInteger(input.maxSolicitations) && input.maxSolicitations >= 1 && input.maxSolicitations <= 1000,
    'maxSolicitations',
    fieldMessage('RANGE', { min: 1, max: 1000 }),
  );
  p.check(
    Number.isInteger(input.periodDays) && input.periodDays >= 1 && input.periodDays <= 3660,
    'periodDays',
    fieldMessage('DAYS_RANGE', { min: 1, max: 3660 }),
  );
  const brandId = input.brand ? idFor('Brand', input.brand, ['input', 'brand']) : null;
  const principal = ctx.principal;
  const admin = principal?.kind === 'staff' && principal.role === 'ADMIN';
  if (brandId === null) p.check(admin, 'brand', fieldMessage('PRESSURE_ALL_BRANDS_ADMIN_ONLY'));
  else
    p.check(
      admin || (principal?.kind === 'staff' && principal.brandIds.includes(brandId)),
      'brand',
      fieldMessage('NOT_YOUR_BRAND'),
    );
  p.throwIfAny();
  if (brandId !== null && !(await ctx.db.brand.count({ where: { id: brandId } })))
    throw new ApiError('NOT_FOUND', 'Brand not found.');
  return {
    brandId,
    medium: input.medium ?? null,
    maxSolicitations: input.maxSolicitations,
    periodDays: input.periodDays,
    active: input.active ?? true,
  };
}

/** A contact's opt-out (or opt-in again) of a medium. */
const ChannelPreferenceRef = builder.prismaObject('ContactChannelPreference', {
  fields: (t) => ({
    medium: t.expose('medium', { type: ActionMediumEnum }),
    optedOut: t.exposeBoolean('optedOut'),
    source: t.expose('source', { type: ConsentSourceEnum }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Contact', (t) => ({
  channelPreferences: t.relation('channelPreferences', {
    authScopes: { authenticated: true },
    description: 'Media the contact opted out of (or back into): targeting skips an opted-out medium.',
    query: { orderBy: { medium: 'asc' as const } },
  }),
}));

builder.queryFields((t) => ({
  pressureRules: t.prismaField({
    type: ['PressureRule'],
    description: 'Commercial pressure rules you may see (all-brands ones and those of your brands).',
    authScopes: marketing,
    resolve: (query, _r, _a, ctx) =>
      ctx.db.pressureRule.findMany({ ...query, where: ruleScope(ctx), orderBy: [{ brandId: 'asc' }, { id: 'asc' }] }),
  }),
}));

versionedMutations({
  type: 'PressureRule',
  authScopes: marketing,
  reread: rereadFrom((ctx) => ctx.db.pressureRule),
  create: {
    input: PressureRuleInput,
    run: async (ctx, input) => ctx.db.pressureRule.create({ data: await ruleData(ctx, input), select: { id: true } }),
  },
  update: {
    description: 'Replaces a rule; `version` must be current (CONFLICT otherwise).',
    input: PressureRuleInput,
    run: async (ctx, id, version, input) => {
      const where = { id, ...writableScope(ctx) };
      if (!(await ctx.db.pressureRule.count({ where }))) throw new ApiError('NOT_FOUND', 'Pressure rule not found.');
      await updateVersioned(ctx.db.pressureRule, 'Pressure rule', where, version, await ruleData(ctx, input));
    },
  },
  delete: {
    run: (ctx, id, version) =>
      deleteVersioned(ctx.db.pressureRule, 'Pressure rule', { id, ...writableScope(ctx) }, version),
  },
});

builder.mutationFields((t) => ({
  setChannelOptOut: t.prismaField({
    type: 'ContactChannelPreference',
    description:
      'Records that a contact opted out of a medium (optedOut: false opts back in); targeting then skips it.',
    authScopes: contactWriters,
    args: {
      contactId: t.arg.globalID(),
      medium: t.arg({ type: ActionMediumEnum }),
      optedOut: t.arg.boolean({ required: false, defaultValue: true }),
      source: t.arg({ type: ConsentSourceEnum }),
    },
    resolve: async (query, _r, args, ctx) => {
      const contactId = idFor('Contact', args.contactId, ['contactId']);
      if (!(await contacts(ctx).count({ where: { id: contactId } })))
        throw new ApiError('NOT_FOUND', 'Contact not found.');
      const data = { optedOut: args.optedOut ?? true, source: args.source as ConsentSource, changedAt: ctx.now };
      await ctx.db.contactChannelPreference.upsert({
        where: { contactId_medium: { contactId, medium: args.medium } },
        create: { contactId, medium: args.medium, ...data },
        update: data,
      });
      return ctx.db.contactChannelPreference.findUniqueOrThrow({
        ...query,
        where: { contactId_medium: { contactId, medium: args.medium } },
      });
    },
  }),
}));

export { ChannelPreferenceRef };
