import type { SubjectRequestType } from '../../generated/sqlite/enums.js';
import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import { contacts } from '../access/contact-access.js';
import { recordConsent } from '../consent/consent.service.js';
import { loadPurposes } from '../consent/purpose.service.js';
import {
  UNRESTRICTED_PURPOSE,
  erasedColumns,
  eraseSubject,
  exportSubject,
  restrictSubject,
  subjectErasure,
  subjectExportNested,
} from './subject-rights.service.js';

/** The purpose an objection withdraws, with its whole subtree (newsletter, targeted offers): direct marketing. */
export const OBJECTION_PURPOSE = 'marketing';

interface Answered {
  id: number;
  type: SubjectRequestType;
  contactId: number;
  receivedAt: Date;
}

/** A JSON value safe to store (Decimal becomes its string, bigint its digits, dates ISO strings). */
const asJson = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

/** Does what the request asks and answers the artefact to keep (no personal value but in an access export). */
export function completeByType(ctx: Context, request: Answered): Promise<unknown> {
  switch (request.type) {
    case 'ACCESS':
    case 'PORTABILITY':
      return exportSubject(ctx, request.contactId).then(asJson);
    case 'ERASURE':
      return eraseWithReport(ctx, request.contactId);
    case 'RESTRICTION':
      return restrictWithReport(ctx, request);
    case 'OBJECTION':
      return withdrawMarketing(ctx, request);
    case 'RECTIFICATION':
      return rectificationNote(ctx, request);
  }
}

/** The field of a section row that holds a nested table's rows (`subjectExportNested`). */
const nestedField: Record<string, string> = { ServiceCaseEvent: 'events', SurveyAnswer: 'answers', SaleLine: 'lines' };

/** How many rows of `model` the export found about the person (the rows the erasure deletes or clears). */
function rowsIn(related: Record<string, unknown[]>, model: string): number {
  const parent = subjectExportNested[model];
  if (parent)
    return (related[parent] ?? []).reduce<number>((n, row) => {
      const nested = (row as Record<string, unknown>)[nestedField[model]!];
      return n + (Array.isArray(nested) ? nested.length : 0);
    }, 0);
  const key = Object.keys(related).find((k) => k.startsWith(`${model}.`));
  return key ? related[key]!.length : 0;
}

/**
 * Erases the contact (`eraseSubject`) and reports what went: the contact columns that held a value and, per table,
 * whether its rows were deleted or which columns were cleared, with how many rows. Names and counts only, never a
 * value: the report outlives the data and proves the answer. The counts are read just before, in the export.
 */
async function eraseWithReport(ctx: Context, contactId: number) {
  const current = await contacts(ctx).findFirst({ where: { id: contactId }, select: { version: true } });
  if (!current) throw new ApiError('NOT_FOUND', 'Contact not found.');
  const before = await exportSubject(ctx, contactId);
  await eraseSubject(ctx, contactId, current.version);
  const held = before.contact as Record<string, unknown>;
  const related = before.related as Record<string, unknown[]>;
  const tables = Object.fromEntries(
    Object.entries(subjectErasure).map(([model, how]) => [
      model,
      how === 'delete'
        ? { action: 'deleted', rows: rowsIn(related, model) }
        : { action: 'cleared', columns: [...how.clear], rows: rowsIn(related, model) },
    ]),
  );
  return {
    format: 'fidele-erasure-report/1',
    erasedAt: ctx.now.toISOString(),
    contact: { action: 'anonymised', columnsCleared: erasedColumns.filter((c) => held[c] != null) },
    tables,
  };
}

async function purposeCodes(ctx: Context): Promise<Map<number, { code: string; parentId: number | null }>> {
  return new Map((await loadPurposes(ctx.db)).map((p) => [p.id, { code: p.code, parentId: p.parentId }]));
}

async function restrictWithReport(ctx: Context, request: Answered) {
  const events = await restrictSubject(ctx, request.contactId, `subject request ${request.id}`);
  const codes = await purposeCodes(ctx);
  return {
    format: 'fidele-restriction-report/1',
    restrictedAt: ctx.now.toISOString(),
    denied: events.map((e) => codes.get(e.purposeId)?.code ?? String(e.purposeId)).sort(),
    stillAllowed: UNRESTRICTED_PURPOSE,
  };
}

/**
 * Objection to direct marketing (GDPR art. 21(2), (3)): a WITHDRAWN decision on the marketing purpose and each of
 * its descendants (the parent's withdrawal already covers them; the explicit rows make the record plain).
 */
async function withdrawMarketing(ctx: Context, request: Answered) {
  const purposes = await purposeCodes(ctx);
  const inSubtree = (id: number | null): boolean =>
    id !== null && (purposes.get(id)?.code === OBJECTION_PURPOSE || inSubtree(purposes.get(id)?.parentId ?? null));
  const codes = [...purposes.entries()].filter(([id]) => inSubtree(id)).map(([, p]) => p.code);
  if (!codes.length)
    throw new ApiError('VALIDATION', `No active purpose "${OBJECTION_PURPOSE}" to withdraw.`, { reason: 'NO_PURPOSE' });
  for (const purposeCode of codes.sort())
    await recordConsent(ctx, {
      contactId: request.contactId,
      purposeCode,
      status: 'WITHDRAWN',
      source: 'API',
      proof: `objection: subject request ${request.id}`,
    });
  return { format: 'fidele-objection-report/1', withdrawnAt: ctx.now.toISOString(), withdrawn: codes };
}

/**
 * A rectification is made through `updateContact`; completing it records which fields were changed since the
 * request arrived, read from the audit log (its entries name fields, never values). None: VALIDATION.
 */
async function rectificationNote(ctx: Context, request: Answered) {
  const updates = await ctx.db.auditLog.findMany({
    where: {
      entity: 'Contact',
      entityId: String(request.contactId),
      // Only the contact's own edit: other mutations naming the contact (this request's log) are not changes of it.
      operationName: 'updateContact',
      outcome: 'ALLOWED',
      at: { gte: request.receivedAt },
    },
    select: { fields: true },
  });
  const fields = [...new Set(updates.flatMap((u) => (Array.isArray(u.fields) ? u.fields.map(String) : [])))].sort();
  if (!fields.length)
    throw new ApiError('VALIDATION', 'No change of the contact was recorded since the request: rectify it first.', {
      reason: 'NOTHING_RECTIFIED',
    });
  return { format: 'fidele-rectification-note/1', rectifiedAt: ctx.now.toISOString(), fieldsChanged: fields };
}
