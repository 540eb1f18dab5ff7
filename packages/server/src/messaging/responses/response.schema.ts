import { builder } from '../../kernel/graphql/builder.js';
import { ResponseChannelEnum } from '../../kernel/graphql/enums.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { ApiError } from '../../kernel/errors.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { recordAcquisitionResponse } from './response.service.js';

/** Staff who key in responses (the roles of recordResponse). */
const responders = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };

builder.mutationFields((t) => ({
  recordCouponResponse: t.prismaField({
    type: 'ActionTarget',
    description:
      'Keys in a response brought back on a coupon (or a call, a visit) for an action open to public responses: ' +
      'the person is matched to a contact you may compare by the duplicate rules, or created as a prospect with the ' +
      'action as its source and the consent ticked on the coupon; the response is recorded on its target, or apart ' +
      '(`untargeted`) when the action did not target it. Retrying changes nothing.',
    authScopes: responders,
    args: {
      action: t.arg.globalID(),
      firstName: t.arg.string({ required: false }),
      lastName: t.arg.string(),
      email: t.arg.string({ required: false }),
      phone: t.arg.string({ required: false }),
      postalCode: t.arg.string({ required: false }),
      city: t.arg.string({ required: false }),
      addressLine1: t.arg.string({ required: false }),
      consent: t.arg.boolean({
        required: false,
        description: "The coupon's consent box for the action's purpose was ticked (never assumed).",
      }),
      channel: t.arg({ type: ResponseChannelEnum, required: false, description: 'Default MAIL_COUPON.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idFor('MarketingAction', args.action, ['action']);
      const action = await ctx.db.marketingAction.findFirst({
        where: { id, ...actionScope(ctx) },
        select: { code: true },
      });
      if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
      const r = await recordAcquisitionResponse(ctx, {
        actionCode: action.code,
        firstName: args.firstName,
        lastName: args.lastName,
        email: args.email,
        phone: args.phone,
        postalCode: args.postalCode,
        city: args.city,
        addressLine1: args.addressLine1,
        consent: args.consent,
        channel: args.channel ?? 'MAIL_COUPON',
        userAgent: `staff:${ctx.principal?.kind === 'staff' ? ctx.principal.userId : 'unknown'}`,
      });
      return ctx.db.actionTarget.findUniqueOrThrow({ ...query, where: { id: r.targetId } });
    },
  }),
}));
