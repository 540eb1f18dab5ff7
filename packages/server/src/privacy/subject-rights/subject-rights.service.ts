import { Prisma } from '../../generated/sqlite/client.js';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { ApiError } from '../../kernel/errors.js';
import { confidentialFields, consentBoundFields } from '../../kernel/field-rules.js';
import { contacts } from '../access/contact-access.js';
import { recordConsent } from '../consent/consent.service.js';
import { removeFiles } from '../../kernel/document-storage.js';
import { auditConcerning } from '../../kernel/audit-recorder.js';

type Rows = Promise<unknown[]>;

/**
 * Every relation of the data model that points at a contact (`Model.relationField`), and how the subject access
 * export reads its rows. A test walks the Prisma DMMF and fails when a relation to Contact is missing here, so a new
 * table cannot be forgotten: add it, with a loader, when the model grows.
 */
export const subjectExportSections: Record<string, (db: Db, contactId: number) => Rows> = {
  // Other contacts who are this contact's relations: only their id and kind (their own data is theirs).
  'Contact.relationOf': (db, id) =>
    db.contact.findMany({ where: { relationOfId: id }, select: { id: true, kind: true, relationType: true } }),
  // Duplicates merged into this contact: the same person, exported in full.
  'Contact.mergedInto': (db, id) => db.contact.findMany({ where: { mergedIntoId: id } }),
  'ContactInterest.contact': (db, id) => db.contactInterest.findMany({ where: { contactId: id } }),
  'ActionTarget.contact': (db, id) =>
    db.actionTarget.findMany({
      where: { contactId: id },
      include: { action: { select: { code: true, name: true } } },
      orderBy: { id: 'asc' },
    }),
  'Sale.contact': (db, id) =>
    db.sale.findMany({ where: { contactId: id }, include: { lines: true }, orderBy: { id: 'asc' } }),
  'Activity.contact': (db, id) => db.activity.findMany({ where: { contactId: id }, orderBy: { id: 'asc' } }),
  'Task.contact': (db, id) => db.task.findMany({ where: { contactId: id }, orderBy: { id: 'asc' } }),
  'ConsentEvent.contact': (db, id) =>
    db.consentEvent.findMany({
      where: { contactId: id },
      include: { purpose: { select: { code: true } } },
      orderBy: { id: 'asc' },
    }),
  'ConsentState.contact': (db, id) =>
    db.consentState.findMany({ where: { contactId: id }, include: { purpose: { select: { code: true } } } }),
  'MergeRecord.survivor': (db, id) => db.mergeRecord.findMany({ where: { survivorId: id } }),
  'MergeRecord.merged': (db, id) => db.mergeRecord.findMany({ where: { mergedId: id } }),
  'ContactScore.contact': (db, id) => db.contactScore.findMany({ where: { contactId: id } }),
  'SegmentMember.contact': (db, id) =>
    db.segmentMember.findMany({ where: { contactId: id }, include: { segment: { select: { name: true } } } }),
  'TargetingExclusion.contact': (db, id) =>
    db.targetingExclusion.findMany({
      where: { contactId: id },
      include: { run: { select: { actionId: true, runAt: true } } },
    }),
  'ContactChannelPreference.contact': (db, id) => db.contactChannelPreference.findMany({ where: { contactId: id } }),
  'TriggerFiring.contact': (db, id) => db.triggerFiring.findMany({ where: { contactId: id }, orderBy: { id: 'asc' } }),
  'ServiceCase.contact': (db, id) =>
    db.serviceCase.findMany({
      where: { contactId: id },
      include: { events: { orderBy: { id: 'asc' } } },
      orderBy: { id: 'asc' },
    }),
  'SurveyInvitation.contact': (db, id) =>
    db.surveyInvitation.findMany({ where: { contactId: id }, include: { answers: true }, orderBy: { id: 'asc' } }),
  // Documents: their description, not their content (the file itself is sent apart on request).
  'Document.contact': (db, id) =>
    db.document.findMany({
      where: { contactId: id },
      select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
      orderBy: { id: 'asc' },
    }),
  'ChangeProposal.contact': (db, id) =>
    db.changeProposal.findMany({ where: { contactId: id }, orderBy: { id: 'asc' } }),
  // Double opt-in requests: when asked, when confirmed, with the sign-up's proof.
  'ConsentRequest.contact': (db, id) =>
    db.consentRequest.findMany({
      where: { contactId: id },
      include: { purpose: { select: { code: true } } },
      orderBy: { id: 'asc' },
    }),
  // Messages sent to the person and what became of them, with their opens and clicks (recorded only with consent).
  'MessageDelivery.contact': (db, id) =>
    db.messageDelivery.findMany({
      where: { contactId: id },
      include: { action: { select: { code: true, name: true } }, trackingEvents: { orderBy: { id: 'asc' } } },
      orderBy: { id: 'asc' },
    }),
  // The person's own requests (access, erasure...): their dates, status and answer, with the partners notified.
  'SubjectRequest.contact': (db, id) =>
    db.subjectRequest.findMany({ where: { contactId: id }, include: { notices: true }, orderBy: { id: 'asc' } }),
};

/**
 * Tables that name a contact by id without a foreign key (`Model.column`), exported like the relations above.
 * `ContactMatchKey` keeps no foreign key on purpose (its keys are dropped by the next refresh), so the DMMF walk
 * over relations cannot see it; the marks of the data model (`/// @personal`) can, and a test checks them.
 */
export const subjectExportUnlinked: Record<string, (db: Db, contactId: number) => Rows> = {
  // The person's normalised e-mail, phone and phonetic name keys used to find duplicates.
  'ContactMatchKey.contactId': (db, id) =>
    db.contactMatchKey.findMany({ where: { contactId: id }, orderBy: { key: 'asc' } }),
};

/** Marked tables exported inside another section (`Model` → the section that includes its rows). */
export const subjectExportNested: Record<string, string> = {
  SurveyAnswer: 'SurveyInvitation.contact',
  ServiceCaseEvent: 'ServiceCase.contact',
  SaleLine: 'Sale.contact',
};

/**
 * The subject access export (GDPR art. 15): the contact row and every row that references it, plus the audit
 * entries about it (who read or changed it, for which purpose: the recipients of the data). Personal fields are
 * included whatever the consent: the data subject's right of access is its own legal basis. Only admins call it
 * and the call is audited (EXPORT).
 */
export async function exportSubject(ctx: Context, contactId: number) {
  // Personal fields are exported whatever the consent (the right of access is its own basis): only the row rule applies.
  const contact = await ctx.db.contact.findFirst({ where: contacts(ctx).where({ id: contactId }) });
  if (!contact) throw new ApiError('NOT_FOUND', 'Contact not found.');
  const loaders = { ...subjectExportSections, ...subjectExportUnlinked };
  const sections = Object.fromEntries(
    await Promise.all(
      Object.entries(loaders).map(async ([key, load]) => [key, await load(ctx.db, contactId)] as const),
    ),
  );
  const audit = await ctx.db.auditLog.findMany({
    where: auditConcerning('Contact', String(contactId)),
    select: {
      at: true,
      actorType: true,
      actorUserId: true,
      apiKeyId: true,
      purpose: true,
      operation: true,
      fields: true,
      outcome: true,
    },
    orderBy: { id: 'asc' },
  });
  return {
    format: 'fidele-subject-export/1',
    generatedAt: ctx.now.toISOString(),
    contact,
    related: sections,
    disclosures: audit,
  };
}

/**
 * Contact columns cleared by an erasure: every column marked `/// @personal` or `/// @confidential` in the data model
 * (the consent-bound and the confidential fields of `field-rules.ts`; a test checks they agree with the marks), and
 * the external reference: an import keyed on it would otherwise write the person's data back into the tombstone.
 * A new import of the same person makes a new contact, which is the source system's responsibility.
 */
export const erasedColumns: readonly string[] = [
  ...consentBoundFields,
  ...Object.keys(confidentialFields)
    .filter((f) => f.startsWith('Contact.'))
    .map((f) => f.slice('Contact.'.length)),
  'externalRef',
];

/**
 * What an erasure does to each table holding data about the person, besides the contact row: delete its rows, or
 * clear the listed columns (the rows keep their figures). A test checks that every table with a marked column is
 * here, with its marked columns cleared, or deleted. Documents are deleted too (with their files, `eraseSubject`).
 */
export const subjectErasure: Record<string, 'delete' | { clear: readonly string[] }> = {
  ContactInterest: 'delete',
  Activity: 'delete',
  Task: 'delete',
  ContactMatchKey: 'delete',
  ChangeProposal: 'delete',
  Document: 'delete',
  ServiceCase: { clear: ['description'] },
  ServiceCaseEvent: { clear: ['comment'] },
  SurveyAnswer: { clear: ['text'] },
  // The request stays (proof of the answer and its date); what it held about the person goes.
  SubjectRequest: { clear: ['notes', 'artefact'] },
};

/**
 * Erasure (GDPR art. 17), as an anonymisation in place. The contact row stays as a tombstone (id, kind, brand,
 * zone, dates, classes) so that sales, targets and scores keep counting it; its marked columns are cleared
 * (`erasedColumns`); the other tables about the person follow `subjectErasure`: rows holding free text, preferences
 * or identifiers (activities, tasks, interests, match keys, change proposals, documents with their files) are
 * deleted, and the free text of cases and survey answers is cleared. The contact is soft-deleted so that it leaves
 * every list. Consent events stay (proof that past processing was lawful: they hold no personal data beyond the
 * contact id), as does the audit log.
 */
export async function eraseSubject(ctx: Context, contactId: number, version: number) {
  const where = contacts(ctx).where({ id: contactId, mergedIntoId: null });
  const current = await ctx.db.contact.findFirst({ where, select: { id: true, version: true } });
  if (!current) throw new ApiError('NOT_FOUND', 'Contact not found.');
  if (current.version !== version)
    throw new ApiError('CONFLICT', 'The contact changed since you read it: reload it.', {
      currentVersion: current.version,
    });
  const files = await ctx.db.$transaction(async (tx) => {
    const cleared = Object.fromEntries(erasedColumns.map((c) => [c, null]));
    const done = await tx.contact.updateMany({
      where: { id: contactId, version },
      data: { ...cleared, deletedAt: ctx.now, erasedAt: ctx.now, version: { increment: 1 } },
    });
    if (done.count !== 1) throw new ApiError('CONFLICT', 'The contact changed since you read it: reload it.');
    // Documents about the person (ID scans, letters, contracts): rows here, files once the transaction holds.
    const documents = await tx.document.findMany({ where: { contactId }, select: { storageKey: true } });
    await eraseRows(tx, contactId);
    return documents.map((d) => d.storageKey);
  });
  await removeFiles(files);
  return contactId;
}

/**
 * The same erasure as `eraseSubject` for a batch of contacts at once (the retention purge): one transaction, one
 * statement per table. Contacts already erased, merged or outside the caller's rows are skipped; no version check
 * (the purge decides from dates, not from a form the caller read). Returns the ids erased.
 */
export async function eraseSubjects(ctx: Context, contactIds: readonly number[]): Promise<number[]> {
  if (!contactIds.length) return [];
  const where = contacts(ctx).where({ id: { in: [...contactIds] }, mergedIntoId: null, erasedAt: null });
  const { ids, files } = await ctx.db.$transaction(async (tx) => {
    const ids = (await tx.contact.findMany({ where, select: { id: true } })).map((c) => c.id);
    if (!ids.length) return { ids, files: [] };
    const cleared = Object.fromEntries(erasedColumns.map((c) => [c, null]));
    await tx.contact.updateMany({
      where: { id: { in: ids }, erasedAt: null },
      data: { ...cleared, deletedAt: ctx.now, erasedAt: ctx.now, version: { increment: 1 } },
    });
    const documents = await tx.document.findMany({ where: { contactId: { in: ids } }, select: { storageKey: true } });
    await eraseRows(tx, { in: ids });
    return { ids, files: documents.map((d) => d.storageKey) };
  });
  await removeFiles(files);
  return ids;
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** One contact, or several (`{ in: ids }`), as a Prisma filter on a contact id column. */
type ContactIds = number | { in: number[] };

/** The rows of one table about the contact (each table reaches the contact its own way). */
const rowsOf: Record<keyof typeof subjectErasure, (contactId: ContactIds) => object> = {
  ContactInterest: (contactId) => ({ contactId }),
  Activity: (contactId) => ({ contactId }),
  Task: (contactId) => ({ contactId }),
  // Duplicate-detection keys are normalised names, e-mails and phones: personal data too (no foreign key).
  ContactMatchKey: (contactId) => ({ contactId }),
  // Proposals carry old and new personal values.
  ChangeProposal: (contactId) => ({ contactId }),
  Document: (contactId) => ({ contactId }),
  // Cases and survey answers keep their figures (category, status, times, ratings) but lose what was written.
  ServiceCase: (contactId) => ({ contactId }),
  ServiceCaseEvent: (contactId) => ({ case: { contactId } }),
  SurveyAnswer: (contactId) => ({ invitation: { contactId } }),
  SubjectRequest: (contactId) => ({ contactId }),
};

/** Cleared JSON columns take the database's NULL (Prisma refuses a plain null for a JSON column). */
const jsonColumns = new Set(['SubjectRequest.artefact']);

type Delegate = {
  deleteMany(a: { where: object }): Promise<unknown>;
  updateMany(a: { where: object; data: object }): Promise<unknown>;
};

/** Applies `subjectErasure` in the erasure's transaction: one statement per table (for one contact or a batch). */
async function eraseRows(tx: Tx, contactId: ContactIds): Promise<void> {
  for (const [model, how] of Object.entries(subjectErasure)) {
    const delegate = (tx as unknown as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    const where = rowsOf[model]!(contactId);
    if (how === 'delete') await delegate.deleteMany({ where });
    else
      await delegate.updateMany({
        where,
        data: Object.fromEntries(how.clear.map((c) => [c, jsonColumns.has(`${model}.${c}`) ? Prisma.DbNull : null])),
      });
  }
}

/** The purpose that a restriction of processing leaves usable (handling the contract, answering the person). */
export const UNRESTRICTED_PURPOSE = 'customer_service';

/**
 * Restriction of processing (GDPR art. 18) without a schema column: a DENIED decision on every active root
 * purpose but customer_service. Under the consent rule a refusal on a parent refuses its children, so the contact
 * becomes unusable for every purpose except customer_service, through the same rule that guards every read,
 * filter and export; partners lose the row (partner_sharing is denied). The decisions carry the reason as proof.
 * Limits, reported for a schema change: lifting the restriction needs new consents, and a root purpose created
 * later is not covered (a `restrictedAt` column checked by the rule would be).
 */
export async function restrictSubject(ctx: Context, contactId: number, reason: string) {
  const roots = await ctx.db.purpose.findMany({
    where: { parentId: null, active: true, code: { not: UNRESTRICTED_PURPOSE } },
    select: { code: true },
  });
  const events = [];
  for (const r of roots) {
    events.push(
      await recordConsent(ctx, {
        contactId,
        purposeCode: r.code,
        status: 'DENIED',
        source: 'API',
        proof: `restriction of processing: ${reason}`.slice(0, 500),
      }),
    );
  }
  return events;
}
