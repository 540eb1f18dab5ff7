import type { Db } from '../../kernel/db/client.js';
import * as E from '../../generated/sqlite/enums.js';
import { appendConsentEvent } from '../../privacy/consent/consent.service.js';
import { parseDate, type RowError } from './import.rows.js';

/**
 * Consent columns of a contact file. A file may say, per purpose, what each contact decided:
 *
 * - `consent.<purpose code>`: granted, denied or withdrawn (also yes/no, oui/non, 1/0, opt-in/opt-out);
 * - `consent.<purpose code>.date`: when it was decided (default: the import), which becomes the event's `effectiveFrom`;
 * - `consent.<purpose code>.source`: how it was captured, a ConsentSource (default IMPORT).
 *
 * Each decision is a ConsentEvent written through the consent service's `appendConsentEvent`, in the row's
 * transaction, with its provenance (source, captured by the importing user, proof `ImportJob <id>, line <n>`).
 * Idempotent: a dated decision already recorded (same purpose, status and date) is not recorded again, nor one older
 * than the contact's current decision for the purpose (the newer one stands); an undated decision is recorded only
 * when it changes the current status. So the same file twice adds no event.
 */

const pattern = /^consent\.([A-Za-z0-9_-]+)(?:\.(date|source))?$/;

export const isConsentField = (field: string): boolean => pattern.test(field);

const statusWords: Record<string, E.ConsentStatus> = {
  granted: 'GRANTED',
  grant: 'GRANTED',
  yes: 'GRANTED',
  oui: 'GRANTED',
  y: 'GRANTED',
  o: 'GRANTED',
  '1': 'GRANTED',
  true: 'GRANTED',
  'opt-in': 'GRANTED',
  optin: 'GRANTED',
  accepte: 'GRANTED',
  denied: 'DENIED',
  deny: 'DENIED',
  no: 'DENIED',
  non: 'DENIED',
  n: 'DENIED',
  '0': 'DENIED',
  false: 'DENIED',
  'opt-out': 'DENIED',
  optout: 'DENIED',
  refused: 'DENIED',
  refuse: 'DENIED',
  withdrawn: 'WITHDRAWN',
  withdraw: 'WITHDRAWN',
  retire: 'WITHDRAWN',
};

/** One decision read from a row, checked. */
export interface ConsentDecisionRow {
  purposeId: number;
  status: E.ConsentStatus;
  source: E.ConsentSource;
  /** The date given in the file; null: the import's time. */
  effectiveFrom: Date | null;
}

/** Active purposes by code. */
export async function loadPurposes(db: Db): Promise<Map<string, number>> {
  return new Map(
    (await db.purpose.findMany({ where: { active: true }, select: { id: true, code: true } })).map((p) => [
      p.code,
      p.id,
    ]),
  );
}

/** File-level problems: a consent column naming an unknown purpose, a date or source column without its status. */
export function checkConsentFields(purposes: Map<string, number>, fields: string[]): RowError[] {
  const errors: RowError[] = [];
  for (const field of fields) {
    const m = pattern.exec(field);
    if (!m) continue;
    if (!purposes.has(m[1]!))
      errors.push({ line: 1, field, code: 'UNKNOWN_REFERENCE', message: `unknown or inactive purpose "${m[1]}"` });
    else if (m[2] && !fields.includes(`consent.${m[1]}`))
      errors.push({
        line: 1,
        field: `consent.${m[1]}`,
        code: 'MISSING_COLUMN',
        message: `${field} needs a consent.${m[1]} column`,
      });
  }
  return errors;
}

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The decisions of one row; problems are added with the row's line. */
export function parseConsents(
  purposes: Map<string, number>,
  fields: Record<string, string>,
  now: Date,
  add: (field: string, code: string, message: string) => void,
): ConsentDecisionRow[] {
  const decisions: ConsentDecisionRow[] = [];
  const codes = new Set(
    Object.keys(fields)
      .map((f) => pattern.exec(f)?.[1])
      .filter((c): c is string => !!c),
  );
  for (const code of codes) {
    const purposeId = purposes.get(code);
    if (purposeId === undefined) continue; // reported for the whole file
    const [raw, rawDate, rawSource] = [
      fields[`consent.${code}`],
      fields[`consent.${code}.date`],
      fields[`consent.${code}.source`],
    ];
    if (raw === undefined) {
      add(`consent.${code}`, 'MISSING_VALUE', `a consent date or source without a decision for ${code}`);
      continue;
    }
    const status = statusWords[fold(raw)];
    if (!status)
      add(`consent.${code}`, 'INVALID_VALUE', `"${raw}" is not a consent decision: granted, denied or withdrawn`);
    let effectiveFrom: Date | null = null;
    if (rawDate !== undefined) {
      effectiveFrom = parseDate(rawDate);
      if (!effectiveFrom)
        add(`consent.${code}.date`, 'INVALID_DATE', `"${rawDate}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
      else if (effectiveFrom > now) add(`consent.${code}.date`, 'INVALID_DATE', `${rawDate} is in the future`);
    }
    const source =
      rawSource === undefined
        ? 'IMPORT'
        : (rawSource
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_') as E.ConsentSource);
    if (!(Object.values(E.ConsentSource) as string[]).includes(source))
      add(
        `consent.${code}.source`,
        'INVALID_VALUE',
        `"${rawSource}" is not one of ${Object.values(E.ConsentSource).join(', ')}`,
      );
    if (status) decisions.push({ purposeId, status, source, effectiveFrom });
  }
  return decisions;
}

export interface ConsentHistory {
  /** `contactId:purposeId` → the current state. */
  states: Map<string, { status: E.ConsentStatus; effectiveFrom: Date }>;
  /** `contactId:purposeId:status:effectiveFrom` of every recorded event. */
  events: Set<string>;
}

const eventKey = (contactId: number, purposeId: number, status: string, at: Date) =>
  `${contactId}:${purposeId}:${status}:${+at}`;

/** What the database already knows of these contacts' consents. */
export async function consentHistory(db: Db, contactIds: number[]): Promise<ConsentHistory> {
  if (!contactIds.length) return { states: new Map(), events: new Set() };
  const [states, events] = await Promise.all([
    db.consentState.findMany({
      where: { contactId: { in: contactIds } },
      select: { contactId: true, purposeId: true, status: true, effectiveFrom: true },
    }),
    db.consentEvent.findMany({
      where: { contactId: { in: contactIds } },
      select: { contactId: true, purposeId: true, status: true, effectiveFrom: true },
    }),
  ]);
  return {
    states: new Map(states.map((s) => [`${s.contactId}:${s.purposeId}`, s])),
    events: new Set(events.map((e) => eventKey(e.contactId, e.purposeId, e.status, e.effectiveFrom))),
  };
}

/** The decisions that are news for this contact (all of them for a new contact). */
export function newDecisions(
  decisions: ConsentDecisionRow[],
  contactId: number | null,
  history: ConsentHistory,
): ConsentDecisionRow[] {
  if (contactId === null) return decisions;
  return decisions.filter((d) => {
    const state = history.states.get(`${contactId}:${d.purposeId}`);
    if (d.effectiveFrom)
      return (
        !history.events.has(eventKey(contactId, d.purposeId, d.status, d.effectiveFrom)) &&
        !(state && state.effectiveFrom > d.effectiveFrom)
      );
    return state?.status !== d.status;
  });
}

/** Provenance shared by the decisions of a row. */
export interface ConsentProvenance {
  capturedAt: Date;
  capturedById: number | null;
  proof: string;
}

export async function writeConsents(
  tx: Db,
  contactId: number,
  decisions: ConsentDecisionRow[],
  p: ConsentProvenance,
): Promise<void> {
  for (const d of decisions) {
    await appendConsentEvent(tx, {
      contactId,
      purposeId: d.purposeId,
      status: d.status,
      source: d.source,
      capturedAt: p.capturedAt,
      capturedById: p.capturedById,
      proof: p.proof,
      effectiveFrom: d.effectiveFrom ?? p.capturedAt,
      effectiveTo: null,
    });
  }
}
