import { builder } from '../../kernel/graphql/builder.js';
import { ApiError } from '../../kernel/errors.js';

/**
 * The two settings of a purpose that the admin changes (the tree itself, codes, parents and legal bases, changes
 * only by migration or seed): whether the public preference centre shows it, and whether a sign-up to it needs a
 * confirmed double opt-in (messaging/public). Admin only; the mutation is audited like every other.
 */
builder.prismaObjectFields('Purpose', (t) => ({
  inPreferenceCentre: t.exposeBoolean('inPreferenceCentre', {
    description: 'Shown to contacts in the public preference centre (name and description).',
  }),
  doubleOptIn: t.exposeBoolean('doubleOptIn', {
    description: 'Sign-ups to this purpose are active only once confirmed from the e-mail sent (double opt-in).',
  }),
}));

const PurposeSettingsInput = builder.inputType('PurposeSettingsInput', {
  fields: (t) => ({
    inPreferenceCentre: t.boolean({ required: false, description: 'Unchanged when absent.' }),
    doubleOptIn: t.boolean({ required: false, description: 'Unchanged when absent.' }),
  }),
});

builder.mutationField('updatePurpose', (t) =>
  t.prismaField({
    type: 'Purpose',
    authScopes: { roles: ['ADMIN'] },
    description: 'Changes the preference-centre and double opt-in settings of an active purpose, by code (admin only).',
    args: { code: t.arg.string(), input: t.arg({ type: PurposeSettingsInput }) },
    resolve: async (query, _root, { code, input }, ctx) => {
      const purpose = await ctx.db.purpose.findFirst({ where: { code, active: true }, select: { id: true } });
      if (!purpose) throw new ApiError('NOT_FOUND', 'Purpose not found.');
      const data = {
        ...(input.inPreferenceCentre == null ? {} : { inPreferenceCentre: input.inPreferenceCentre }),
        ...(input.doubleOptIn == null ? {} : { doubleOptIn: input.doubleOptIn }),
      };
      return ctx.db.purpose.update({ ...query, where: { id: purpose.id }, data });
    },
  }),
);
