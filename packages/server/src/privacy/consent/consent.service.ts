import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError, type FieldProblem, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import type { ConsentSource, ConsentStatus } from '../../generated/sqlite/enums.js';
import { contacts } from '../access/contact-access.js';
import { emitConsentChanged } from '../access/contact-events.js';

export interface ConsentDecision {
  contactId: number;
  purposeCode: string;
  status: ConsentStatus;
  source: ConsentSource;
  /** Reference of the proof (form id, recording id, signed document). */
  proof?: string | null;
  /** @default now */
  effectiveFrom?: Date | null;
  effectiveTo?: Date | null;
}

/**
 * Records a consent decision: appends a ConsentEvent (with its provenance: source, captured at, captured by,
 * proof, validity window) and makes it the current ConsentState of the contact for that purpose, in one
 * transaction. Events are never updated or deleted; the state is always the latest event. Because the consent
 * loader reads the state on every request, a withdrawal applies to the very next request.
 *
 * The contact must be one the caller may see (row rule); outside it, NOT_FOUND as for a missing contact.
 */
export async function recordConsent(ctx: Context, d: ConsentDecision) {
  const problems: FieldProblem[] = [];
  const effectiveFrom = d.effectiveFrom ?? ctx.now;
  if (d.effectiveTo && d.effectiveTo <= effectiveFrom)
    problems.push(
      fieldProblem(['input', 'effectiveTo'], fieldMessage('MUST_BE_AFTER_FIELD', { field: 'effectiveFrom' })),
    );
  if (d.proof != null && d.proof.length > 500)
    problems.push(fieldProblem(['input', 'proof'], fieldMessage('TOO_LONG', { max: 500 })));
  const [contact, purpose] = await Promise.all([
    contacts(ctx).findFirst({ where: { id: d.contactId, mergedIntoId: null }, select: { id: true } }),
    ctx.db.purpose.findFirst({ where: { code: d.purposeCode, active: true }, select: { id: true } }),
  ]);
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (!purpose) problems.push(fieldProblem(['input', 'purpose'], fieldMessage('UNKNOWN_PURPOSE')));
  if (problems.length) throw validationError(problems);
  return ctx.db.$transaction((tx) =>
    appendConsentEvent(tx as unknown as Db, {
      contactId: contact.id,
      purposeId: purpose!.id,
      status: d.status,
      source: d.source,
      capturedAt: ctx.now,
      capturedById: ctx.principal?.kind === 'staff' ? ctx.principal.userId : null,
      proof: d.proof ?? null,
      effectiveFrom,
      effectiveTo: d.effectiveTo ?? null,
    }),
  );
}

/** A consent decision given on the form that creates a contact (`createContact`'s `consents`). */
export interface GivenConsent {
  purpose: string;
  status?: ConsentStatus | null;
  source: ConsentSource;
  proof?: string | null;
}

/**
 * Checks the consents given on a creation form (known, active purposes, each at most once, proof at most 500
 * characters) and resolves their purposes, so that the contact and its basis are written together or not at all.
 * Problems are reported under `input.consents.<i>`.
 */
export async function resolveGivenConsents(ctx: Context, given: readonly GivenConsent[]) {
  if (!given.length) return [];
  const purposes = await ctx.db.purpose.findMany({
    where: { code: { in: given.map((g) => g.purpose) }, active: true },
    select: { id: true, code: true },
  });
  const byCode = new Map(purposes.map((p) => [p.code, p.id]));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  given.forEach((g, i) => {
    const path = ['input', 'consents', String(i)];
    if (!byCode.has(g.purpose)) problems.push(fieldProblem([...path, 'purpose'], fieldMessage('UNKNOWN_PURPOSE')));
    else if (seen.has(g.purpose)) problems.push(fieldProblem([...path, 'purpose'], fieldMessage('GIVEN_TWICE')));
    seen.add(g.purpose);
    if (g.proof != null && g.proof.length > 500)
      problems.push(fieldProblem([...path, 'proof'], fieldMessage('TOO_LONG', { max: 500 })));
  });
  if (problems.length) throw validationError(problems);
  return given.map((g) => ({
    purposeId: byCode.get(g.purpose)!,
    status: g.status ?? ('GRANTED' as const),
    source: g.source,
    proof: g.proof ?? null,
  }));
}

/** Records the resolved consents of a contact just created, in the creation's transaction, captured by the creator. */
export async function recordGivenConsents(
  ctx: Context,
  tx: Db,
  contactId: number,
  given: Awaited<ReturnType<typeof resolveGivenConsents>>,
) {
  for (const g of given) {
    await appendConsentEvent(tx, {
      contactId,
      ...g,
      capturedAt: ctx.now,
      capturedById:
        ctx.principal?.kind === 'staff'
          ? ctx.principal.userId
          : ctx.principal?.kind === 'system'
            ? (ctx.principal.onBehalfOf ?? null)
            : null,
      effectiveFrom: ctx.now,
      effectiveTo: null,
    });
  }
}

export interface ConsentEventData {
  contactId: number;
  purposeId: number;
  status: ConsentStatus;
  source: ConsentSource;
  capturedAt: Date;
  capturedById: number | null;
  proof: string | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  /** Double opt-in: when the confirmation was asked for (`capturedAt` is when it was confirmed). */
  requestedAt?: Date | null;
}

/**
 * The write half of `recordConsent`, inside the caller's transaction (the contact import records the consents of a
 * row in the row's transaction): appends the event and makes it the contact's current state for the purpose. The
 * caller has checked the contact, the purpose and the dates.
 */
export async function appendConsentEvent(tx: Db, data: ConsentEventData) {
  const event = await tx.consentEvent.create({ data });
  await emitConsentChanged(tx, data); // webhook outbox, in the same transaction (integration/webhooks)
  const state = {
    status: data.status,
    effectiveFrom: data.effectiveFrom,
    effectiveTo: data.effectiveTo,
    lastEventId: event.id,
  };
  await tx.consentState.upsert({
    where: { contactId_purposeId: { contactId: data.contactId, purposeId: data.purposeId } },
    create: { contactId: data.contactId, purposeId: data.purposeId, ...state },
    update: state,
  });
  return event;
}
