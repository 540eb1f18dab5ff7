import { builder } from '../../kernel/graphql/builder.js';
import * as E from '../../generated/sqlite/enums.js';

export const FollowUpConditionEnum = builder.enumType(E.FollowUpCondition, {
  name: 'FollowUpCondition',
  description:
    'Which targets of the previous action a follow-up takes over: NO_RESPONSE (not answered), RESPONDED, or ALL.',
});
