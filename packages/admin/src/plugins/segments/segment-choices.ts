import type { Interest, ResponseHistory, SegmentKind } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { enumValueChoices } from '../../fields/choices';

/** Choices labelled by the shared enum messages (`fidele.enum.SegmentKind.DYNAMIC`...), in the form's order. */
export const kindChoices = enumValueChoices('SegmentKind', enumValues<SegmentKind>()('DYNAMIC', 'STATIC'));
export const interestChoices = enumValueChoices(
  'Interest',
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
export const historyChoices = enumValueChoices(
  'ResponseHistory',
  enumValues<ResponseHistory>()('TARGETED', 'NOT_TARGETED', 'RESPONDED', 'DID_NOT_RESPOND'),
);
