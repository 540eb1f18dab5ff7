import { builder } from '../../kernel/graphql/builder.js';
import { ActionMediumEnum, ResponseChannelEnum } from '../../kernel/graphql/enums.js';
import { usualResponseChannels } from './response-channels.js';

builder.queryFields((t) => ({
  usualResponseChannels: t.field({
    type: [ResponseChannelEnum],
    description:
      'The response channels an action of this medium offers when it is created without any (the admin proposes them).',
    authScopes: { authenticated: true },
    args: { medium: t.arg({ type: ActionMediumEnum, required: true }) },
    resolve: (_root, args) => [...usualResponseChannels[args.medium]],
  }),
}));
