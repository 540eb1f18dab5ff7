import { builder } from '../../kernel/graphql/builder.js';
import * as E from '../../generated/sqlite/enums.js';

/** PLANNED activities are the contact's planning and the author's calendar; DONE ones its memory. */
export const ActivityStatusEnum = builder.enumType(E.ActivityStatus, { name: 'ActivityStatus' });

/** How a call, a meeting or a visit went. Only on DONE activities. */
export const ActivityOutcomeEnum = builder.enumType(E.ActivityOutcome, { name: 'ActivityOutcome' });
