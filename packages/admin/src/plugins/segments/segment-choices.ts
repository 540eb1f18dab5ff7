import type { Interest, ResponseHistory, SegmentKind } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';

/** Choices labelled by the plugin's own messages (`fidele.segments.kind.DYNAMIC`...), one list per API enum. */
const choices = (group: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `fidele.segments.${group}.${id}` }));

export const kindChoices = choices('kind', enumValues<SegmentKind>()('DYNAMIC', 'STATIC'));
export const interestChoices = choices(
  'interest',
  enumValues<Interest>()(
    'SPORTS',
    'CULTURE',
    'TECHNOLOGY',
    'TRAVEL',
    'GASTRONOMY',
    'FASHION',
    'HOME',
    'FINANCE',
    'HEALTH',
    'ENVIRONMENT',
  ),
);
export const historyChoices = choices(
  'history',
  enumValues<ResponseHistory>()('TARGETED', 'NOT_TARGETED', 'RESPONDED', 'DID_NOT_RESPOND'),
);
