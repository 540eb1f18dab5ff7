import { builder } from '../kernel/graphql/builder.js';
import * as E from '../generated/sqlite/enums.js';

/** Why a candidate was not targeted (shared by targeting runs and trigger firings: import it, do not redefine it). */
export const ExclusionReasonEnum = builder.enumType(E.ExclusionReason, {
  name: 'ExclusionReason',
  description: 'Why a candidate of a targeting was not targeted (campaigns/CAMPAIGNS.md).',
});

/** Where a targeting run's candidates came from. */
export const TargetingSourceEnum = builder.enumType('TargetingSource', {
  values: ['SEGMENT', 'LIST', 'TRIGGER', 'SEQUENCE'] as const,
});

export const SegmentKindEnum = builder.enumType(E.SegmentKind, {
  name: 'SegmentKind',
  description: 'DYNAMIC: re-evaluated each time it is read; STATIC: members frozen by freezeSegment.',
});
