import type { ActionMedium, ResponseChannel } from '../../generated/sqlite/enums.js';

/**
 * The response channels an action offers when its creator names none: how people answer that medium. An action
 * takes responses only on the channels it offers (target.service, messaging/responses), so an action created with
 * none could never record one: a click in an e-mail sent through Fidele would not count, nor a coupon, nor the
 * hosted form. WEB is in every list because the hosted response form (POST /respond/<code>) records WEB.
 */
export const usualResponseChannels: Record<ActionMedium, readonly ResponseChannel[]> = {
  PRESS: ['MAIL_COUPON', 'WEB', 'PHONE'],
  MAILING: ['MAIL_COUPON', 'PHONE', 'WEB'],
  TELEMARKETING: ['PHONE', 'WEB'],
  EMAIL: ['EMAIL_CLICK', 'EMAIL_REPLY', 'WEB'],
  SMS: ['SMS_REPLY', 'WEB'],
  FAX_MAILING: ['FAX_COUPON', 'PHONE', 'WEB'],
  NEWSLETTER: ['EMAIL_CLICK', 'EMAIL_REPLY', 'WEB'],
  EVENT: ['STORE_VISIT', 'WEB'],
  DOOR_TO_DOOR: ['PHONE', 'STORE_VISIT', 'WEB'],
  WEB: ['WEB'],
};

/**
 * The channels a new action offers: the ones given, or, when none are (omitted or an empty list), the medium's usual
 * ones. An update never fills them in: channels an editor removed stay removed.
 */
export function channelsOnCreate(medium: ActionMedium, given: readonly ResponseChannel[] | null | undefined) {
  return given?.length ? [...new Set(given)] : [...usualResponseChannels[medium]];
}
