/** Kinds of contact, as the API's `ContactKind` enum. */
export const contactKinds = [
  'CLIENT',
  'PROSPECT',
  'FORMER_CLIENT',
  'SUPPLIER',
  'BANKER',
  'JOURNALIST',
  'RELATION',
] as const;
export type ContactKind = (typeof contactKinds)[number];

/** Media of a marketing action, as the API's `ActionMedium` enum. */
export const actionMediums = [
  'DOOR_TO_DOOR',
  'EMAIL',
  'EVENT',
  'FAX_MAILING',
  'MAILING',
  'NEWSLETTER',
  'PRESS',
  'SMS',
  'TELEMARKETING',
  'WEB',
] as const;
export type ActionMedium = (typeof actionMediums)[number];

/** The `Overview` type of the API: non-personal aggregates over the whole database. */
export interface Overview {
  contactCount: number;
  /** One row per kind, zero counts included. */
  contactsByKind: { kind: ContactKind; count: number }[];
  productCount: number;
  actionCount: number;
  saleCount: number;
  /** The last 36 months that have sales, oldest first; `month` is `YYYY-MM`. */
  salesByMonth: { month: string; saleCount: number; revenue: number }[];
  actionsByMedium: { medium: ActionMedium; count: number }[];
}
