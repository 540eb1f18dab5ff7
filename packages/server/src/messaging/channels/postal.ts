import { encodeGlobalID } from '@pothos/plugin-relay';
import { stringify } from 'csv-stringify/sync';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { contacts, purposeConsent } from '../../privacy/access/contact-access.js';
import { allowedPurposeCodes, loadPurposes, purposeIn } from '../../privacy/consent/purpose.service.js';
import { neutraliseFormula } from '../../integration/exports/csv-cell.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';
import { fold } from '../../contacts/quality/text.js';

/**
 * The postal channel: a routing file for the mail house (*fichier de routage*), one addressed line block per target
 * of a MAILING action, in the AFNOR NF Z10-011 style La Poste asks for: at most 6 lines of at most 38 characters,
 * upper case, the last line "POSTAL CODE CITY" without accents or punctuation, the country below it when not
 * France; sorted by postal code, so the mail house can presort for the postal rate. Only the action's sending list:
 * not the control group, not untargeted respondents, and only contacts the caller may see whose consent covers the
 * action's purpose today and who have not opted out of mailings since they were targeted.
 */
export const AFNOR_LINES = 6;
export const AFNOR_WIDTH = 38;

export interface AddressFields {
  civility: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  addressLine3: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string | null;
}

export interface RoutingRow {
  /** The action's code and the target's id: what the mail house prints for returns to be traced back. */
  reference: string;
  lines: string[];
  postalCode: string;
}

const civilities: Record<string, string> = { MR: 'M.', MRS: 'MME', MX: '' };
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const line = (s: string) => squash(s).toUpperCase().slice(0, AFNOR_WIDTH).trim();
/** The last lines: no accents, no punctuation (SAINT-ÉTIENNE CEDEX 2 → SAINT ETIENNE CEDEX 2). */
const plain = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .toUpperCase()
    .slice(0, AFNOR_WIDTH)
    .trim();

const countryName = (code: string) => {
  try {
    return new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * The address block of a contact: recipient (company, then person), delivery point (addressLine2: flat, floor),
 * street (addressLine1), locality or PO box (addressLine3), "POSTAL CODE CITY", country. Empty lines are left out;
 * when a company address needs seven lines, the person's line goes first.
 */
export function addressLines(c: AddressFields): string[] {
  const person = squash([civilities[c.civility ?? ''] ?? '', c.firstName, c.lastName].filter(Boolean).join(' '));
  const foreign = c.countryCode && c.countryCode.toUpperCase() !== 'FR' ? plain(countryName(c.countryCode)) : '';
  const recipients = [c.companyName, person].map((s) => line(s ?? '')).filter(Boolean);
  const address = [c.addressLine2, c.addressLine1, c.addressLine3].map((s) => line(s ?? '')).filter(Boolean);
  const last = [plain(`${squash(c.postalCode)} ${squash(c.city)}`), foreign].filter(Boolean);
  const lines = [...recipients, ...address, ...last];
  if (lines.length > AFNOR_LINES && recipients.length > 1) lines.splice(1, 1);
  return lines.slice(0, AFNOR_LINES);
}

const select = {
  id: true,
  civility: true,
  firstName: true,
  lastName: true,
  companyName: true,
  addressLine1: true,
  addressLine2: true,
  addressLine3: true,
  postalCode: true,
  city: true,
  countryCode: true,
  targets: { select: { id: true } },
} as const;

/** Roles that send mailings (they prepare campaigns). */
const routingRoles = ['ADMIN', 'MARKETING'];

/**
 * The routing rows of a MAILING action for a staff caller: NOT_FOUND for an action outside the caller's brands,
 * FORBIDDEN for a role that does not run campaigns or may not use the action's purpose, VALIDATION for another
 * medium. Rows are read through the access layer 1,000 at a time, then sorted by postal code, city and name.
 */
export async function routingRows(ctx: Context, actionId: number): Promise<RoutingRow[]> {
  const p = ctx.principal;
  if (p?.kind !== 'staff' || !routingRoles.includes(p.role))
    throw new ApiError('FORBIDDEN', 'Routing files are for ADMIN and MARKETING users.');
  const action = await ctx.db.marketingAction.findFirst({
    where: { id: actionId, ...actionScope(ctx) },
    select: { id: true, code: true, medium: true, requiredPurpose: { select: { code: true } } },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'Marketing action not found.');
  if (action.medium !== 'MAILING')
    throw new ApiError('VALIDATION', `A routing file is for a MAILING action, not ${action.medium}.`, {
      fields: [fieldProblem(['action'], fieldMessage('NOT_A_MAILING_ACTION'))],
    });
  const purpose = purposeIn(await loadPurposes(ctx.db), action.requiredPurpose.code);
  const allowed = allowedPurposeCodes(p);
  if (!purpose || !purpose.chain.some((c) => allowed.includes(c.code)))
    throw new ApiError('FORBIDDEN', `Your role may not use the purpose "${action.requiredPurpose.code}".`);
  const sendingList = { actionId, inControlGroup: false, untargeted: false };
  const where = {
    AND: [
      { targets: { some: sendingList }, deletedAt: null, mergedIntoId: null, erasedAt: null },
      { channelPreferences: { none: { medium: 'MAILING' as const, optedOut: true } } },
      purposeConsent(purpose, ctx.now),
    ],
  };
  const rows: (RoutingRow & { sort: string })[] = [];
  for (let lastId = 0; ;) {
    const page = await contacts(ctx).findMany({
      where: { AND: [where, { id: { gt: lastId } }] },
      select: { ...select, targets: { where: { actionId }, select: { id: true } } },
      orderBy: { id: 'asc' },
      take: 1000,
    });
    for (const c of page) {
      const lines = addressLines(c);
      const postalCode = squash(c.postalCode);
      const sort = `${postalCode.padEnd(10)}|${plain(c.city ?? '')}|${lines[0] ?? ''}|${String(c.id).padStart(12, '0')}`;
      rows.push({ reference: `${action.code}-${c.targets[0]!.id}`, lines, postalCode, sort });
    }
    if (page.length < 1000) break;
    lastId = page[page.length - 1]!.id;
  }
  rows.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return rows.map(({ sort: _sort, ...row }) => row);
}

/**
 * The CSV the mail house loads: `;`-separated with a BOM (as the contact export, for spreadsheets set to French),
 * reference, line1 to line6, postal_code; every cell through the export's formula-injection guard.
 */
export function routingCsv(rows: readonly RoutingRow[]): string {
  const header = ['reference', ...Array.from({ length: AFNOR_LINES }, (_, i) => `line${i + 1}`), 'postal_code'];
  const body = rows.map((r) =>
    [r.reference, ...Array.from({ length: AFNOR_LINES }, (_, i) => r.lines[i] ?? ''), r.postalCode].map(
      neutraliseFormula,
    ),
  );
  return stringify([header, ...body], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** The audit entry of a routing file: who, which action, how many addresses (never the addresses). */
export async function auditRoutingFile(ctx: Context, actionId: number, format: string, rows: number) {
  await ctx.db.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation: 'EXPORT',
      operationName: `GET /actions/routing-file ${format}: ${rows} rows`,
      entity: 'MarketingAction',
      entityId: encodeGlobalID('MarketingAction', actionId),
      fields: [
        'civility',
        'firstName',
        'lastName',
        'companyName',
        'addressLine1',
        'addressLine2',
        'addressLine3',
        'postalCode',
        'city',
      ],
      outcome: 'ALLOWED',
    },
  });
}
