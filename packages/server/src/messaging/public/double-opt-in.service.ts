import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { validationError, type FieldProblem, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { systemContext } from '../../privacy/access/system.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { appendConsentEvent } from '../../privacy/consent/consent.service.js';
import { normalizeEmail } from '../../contacts/quality/normalize.js';
import { keyHolders } from '../../contacts/quality/match-keys.system.js';
import { createContact } from '../../contacts/contact.service.js';
import type { PageLanguage } from './page.js';

/** A confirmation link lives 7 days: long enough for a holiday inbox, short enough that an old mail is not a key. */
export const CONSENT_REQUEST_TTL_MS = 7 * 24 * 3600 * 1000;
/** No second confirmation mail for the same contact and purpose within 10 minutes: a form cannot mail-bomb anyone. */
const RESEND_AFTER_MS = 10 * 60 * 1000;

export interface SignUp {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  purposes: string[];
  language: PageLanguage;
  /** The sign-up's provenance (form, address, user agent), kept on the request and then on the event. */
  proof: string;
}

export interface PendingRequest {
  id: number;
  email: string;
  purposeName: string;
  expiresAt: Date;
}

/** Checks a sign-up: a valid address, 1 to 10 known purposes that take a double opt-in, a short first name. */
async function checkSignUp(db: Db, s: SignUp) {
  const problems: FieldProblem[] = [];
  const email = normalizeEmail(s.email ?? '');
  if (!email) problems.push(fieldProblem(['email'], fieldMessage('INVALID_EMAIL')));
  for (const f of ['firstName', 'lastName'] as const)
    if ((s[f]?.length ?? 0) > 100) problems.push(fieldProblem([f], fieldMessage('TOO_LONG', { max: 100 })));
  const codes = [...new Set(s.purposes)];
  if (!codes.length || codes.length > 10)
    problems.push(fieldProblem(['purpose'], fieldMessage('PURPOSE_COUNT', { min: 1, max: 10 })));
  const purposes = codes.length
    ? await db.purpose.findMany({
        where: { code: { in: codes.slice(0, 10) }, active: true, doubleOptIn: true },
        select: { id: true, code: true, name: true },
      })
    : [];
  if (codes.length && purposes.length !== codes.length)
    problems.push(fieldProblem(['purpose'], fieldMessage('UNKNOWN_DOUBLE_OPT_IN_PURPOSE')));
  if (problems.length) throw validationError(problems);
  return { email: email!, purposes };
}

/**
 * The sign-up's contact: the live contact with this e-mail (the normalised address or its blocking key `e:`, the
 * one duplicate detection uses), else a new PROSPECT of the sign-up brand and zone. The system compares the address
 * on the person's behalf; the caller learns nothing of which happened (the answer is the same).
 */
async function contactFor(db: Db, provider: Provider, s: SignUp, email: string, now: Date): Promise<number> {
  const ctx = systemContext(db, provider, 'public:subscribe', { now });
  const keyed = await keyHolders(db, [`e:${email}`]);
  const found = await contacts(ctx).findFirst({
    where: {
      deletedAt: null,
      erasedAt: null,
      mergedIntoId: null,
      OR: [{ email: { in: [email, s.email.trim()] } }, { id: { in: keyed } }],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (found) return found.id;
  const { brandId, zoneId } = await signupHome(db);
  const created = await createContact(ctx, {
    kind: 'PROSPECT',
    brand: { typename: 'Brand', id: String(brandId) },
    zone: { typename: 'Zone', id: String(zoneId) },
    email,
    firstName: s.firstName?.trim() || null,
    // A contact needs a name: a sign-up gives an address and maybe a first name, so the address stands in for the
    // last name until the person or staff give one (the duplicate rules also match on it).
    lastName: s.lastName?.trim() || email,
    language: s.language === 'en' ? 'EN' : 'FR',
  });
  return created.id;
}

/**
 * Where a new sign-up's prospect goes: FIDELE_SIGNUP_BRAND and FIDELE_SIGNUP_ZONE (codes), by default the first
 * brand and zone (lowest id). A code that names nothing is a deployment error, reported as such.
 */
export async function signupHome(db: Db, env: NodeJS.ProcessEnv = process.env) {
  const pick = async (model: 'brand' | 'zone', code: string | undefined) => {
    const where = code ? { code } : {};
    const row =
      model === 'brand'
        ? await db.brand.findFirst({ where, orderBy: { id: 'asc' }, select: { id: true } })
        : await db.zone.findFirst({ where, orderBy: { id: 'asc' }, select: { id: true } });
    if (!row) throw new Error(`No ${model} for sign-ups (FIDELE_SIGNUP_${model.toUpperCase()}=${code ?? ''})`);
    return row.id;
  };
  return { brandId: await pick('brand', env.FIDELE_SIGNUP_BRAND), zoneId: await pick('zone', env.FIDELE_SIGNUP_ZONE) };
}

/**
 * Records a sign-up: finds or creates the contact and opens one ConsentRequest per purpose (expiring in 7 days).
 * No consent is written: it becomes active only when confirmed. Answers the requests to mail (none for a purpose
 * already asked for in the last 10 minutes).
 */
export async function subscribe(db: Db, provider: Provider, s: SignUp, now: Date): Promise<PendingRequest[]> {
  const { email, purposes } = await checkSignUp(db, s);
  const contactId = await contactFor(db, provider, s, email, now);
  const pending: PendingRequest[] = [];
  for (const p of purposes) {
    const recent = await db.consentRequest.count({
      where: {
        contactId,
        purposeId: p.id,
        confirmedAt: null,
        requestedAt: { gt: new Date(now.getTime() - RESEND_AFTER_MS) },
      },
    });
    if (recent) continue;
    const request = await db.consentRequest.create({
      data: {
        contactId,
        purposeId: p.id,
        source: 'WEB_FORM',
        proof: s.proof.slice(0, 500),
        requestedAt: now,
        expiresAt: new Date(now.getTime() + CONSENT_REQUEST_TTL_MS),
      },
    });
    pending.push({ id: request.id, email, purposeName: p.name, expiresAt: request.expiresAt });
  }
  return pending;
}

/** A request a confirmation link names: open (not expired), its purpose and contact; null when unknown or expired. */
export async function openRequest(db: Db, requestId: number | undefined, now: Date) {
  if (typeof requestId !== 'number' || !Number.isInteger(requestId)) return null;
  const r = await db.consentRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      contactId: true,
      requestedAt: true,
      expiresAt: true,
      confirmedAt: true,
      proof: true,
      purpose: { select: { id: true, name: true, active: true } },
    },
  });
  if (!r || !r.purpose.active || (!r.confirmedAt && r.expiresAt <= now)) return null;
  return r;
}

/**
 * Confirms a request: the GRANTED consent event (source DOUBLE_OPT_IN, captured now, requested at the request's
 * time, with the sign-up's and the confirmation's proof) and the request marked confirmed, in one transaction.
 * Idempotent: a second confirmation writes nothing. `contactId` is the live contact (merges followed).
 */
export async function confirmRequest(
  db: Db,
  request: NonNullable<Awaited<ReturnType<typeof openRequest>>>,
  contactId: number,
  proof: string,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.consentRequest.updateMany({
      where: { id: request.id, confirmedAt: null, expiresAt: { gt: now } },
      data: { confirmedAt: now },
    });
    if (claimed.count !== 1) return false;
    const event = await appendConsentEvent(tx as unknown as Db, {
      contactId,
      purposeId: request.purpose.id,
      status: 'GRANTED',
      source: 'DOUBLE_OPT_IN',
      capturedAt: now,
      capturedById: null,
      proof: [proof, request.proof ? `signup: ${request.proof}` : ''].filter(Boolean).join('; ').slice(0, 500),
      requestedAt: request.requestedAt,
      effectiveFrom: now,
      effectiveTo: null,
    });
    await tx.consentRequest.update({ where: { id: request.id }, data: { consentEventId: event.id } });
    return true;
  });
}
