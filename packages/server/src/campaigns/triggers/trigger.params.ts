import type { Db } from '../../kernel/db/client.js';
import type { RfmSegment, TriggerKind } from '../../generated/sqlite/enums.js';
import { Problems } from '../../kernel/validate.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/**
 * The parameters of a trigger, stored as JSON in `Trigger.params` and checked here per kind (TRIGGERS.md):
 * - NO_PURCHASE_FOR_DAYS { days, sinceDays? }
 * - FIRST_PURCHASE { sinceDays? }
 * - CATEGORY_PURCHASE { categoryCode, sinceDays? }
 * - SCORE_CHANGE { from?, to? }
 * - FIRST_PURCHASE_ANNIVERSARY { sinceDays? }
 */
export interface TriggerParams {
  days?: number | null;
  sinceDays?: number | null;
  categoryCode?: string | null;
  from?: RfmSegment | null;
  to?: RfmSegment | null;
}

/**
 * How far back an occurrence may lie and still fire, when `sinceDays` is not given: the catch-up horizon after the
 * job was stopped, and what a new trigger finds on its first run.
 */
export const DEFAULT_SINCE_DAYS = 7;

const allowed: Record<TriggerKind, (keyof TriggerParams)[]> = {
  NO_PURCHASE_FOR_DAYS: ['days', 'sinceDays'],
  FIRST_PURCHASE: ['sinceDays'],
  CATEGORY_PURCHASE: ['categoryCode', 'sinceDays'],
  SCORE_CHANGE: ['from', 'to'],
  FIRST_PURCHASE_ANNIVERSARY: ['sinceDays'],
};

const paramKeys = ['days', 'sinceDays', 'categoryCode', 'from', 'to'] as const;

const isDays = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 3650;

/**
 * Checks `params` for `kind`, adding each problem at `params.<field>` to `p`, and returns the normalised params
 * (only the fields of the kind, no nulls). A category code must name an existing category.
 */
export async function checkParams(
  db: Db,
  p: Problems,
  kind: TriggerKind,
  params: TriggerParams | null | undefined,
): Promise<TriggerParams> {
  const given = params ?? {};
  const out: TriggerParams = {};
  for (const key of paramKeys)
    if (given[key] != null && !allowed[kind].includes(key))
      p.add(`params.${key}`, fieldMessage('NOT_A_TRIGGER_PARAMETER', { kind }));
  if (kind === 'NO_PURCHASE_FOR_DAYS') {
    if (given.days == null) p.add('params.days', fieldMessage('REQUIRED_FOR', { kind }));
    else if (!isDays(given.days)) p.add('params.days', fieldMessage('INTEGER_RANGE', { min: 1, max: 3650 }));
    else out.days = given.days;
  }
  if (allowed[kind].includes('sinceDays') && given.sinceDays != null) {
    if (isDays(given.sinceDays)) out.sinceDays = given.sinceDays;
    else p.add('params.sinceDays', fieldMessage('INTEGER_RANGE', { min: 1, max: 3650 }));
  }
  if (kind === 'CATEGORY_PURCHASE') {
    const code = given.categoryCode?.trim();
    if (!code) p.add('params.categoryCode', fieldMessage('REQUIRED_FOR', { kind }));
    else if ((await db.productCategory.count({ where: { code } })) === 0)
      p.add('params.categoryCode', fieldMessage('UNKNOWN_CATEGORY_CODE', { code }));
    else out.categoryCode = code;
  }
  if (kind === 'SCORE_CHANGE') {
    if (given.from) out.from = given.from;
    if (given.to) out.to = given.to;
    if (given.from && given.from === given.to) p.add('params.to', fieldMessage('SAME_SEGMENT'));
  }
  return out;
}

/** The stored JSON read back as params (it was checked on the way in). */
export const storedParams = (json: unknown): TriggerParams =>
  json && typeof json === 'object' ? (json as TriggerParams) : {};
