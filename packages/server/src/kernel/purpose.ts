import type { LegalBasis } from '../generated/sqlite/enums.js';

/** The purpose a request declared, resolved against the purpose tree. */
export interface RequestPurpose {
  id: number;
  code: string;
  legalBasis: LegalBasis;
  /** The purpose and its ancestors, nearest first: consent to any of them may cover the request. */
  chain: { id: number; code: string }[];
}
