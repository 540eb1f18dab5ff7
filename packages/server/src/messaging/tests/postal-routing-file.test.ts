/**
 * The postal routing file of a MAILING action over real HTTP: AFNOR-style address blocks (at most 6 lines of 38
 * characters, upper case, the city line without accents or punctuation, the country for abroad), sorted by postal
 * code, only the sending list (no control group) of contacts the caller may see whose consent covers the action's
 * purpose; the CSV guarded against formula injection; the PDF labels on A4 sheets of 24 (page count and text read
 * back from the file); staff-only with stable error codes.
 */
import { inflateSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { issueToken } from '../../identity/token.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { addressLines } from '../channels/postal.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const parseCsv = (text: string): string[][] => parse(text, { delimiter: ';', bom: true });

/** The text pdfkit drew: hex strings of the (deflated) content streams, decoded as WinAnsi, one entry per TJ. */
function pdfText(pdf: Buffer): string[] {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      content = m[1]!;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      out.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
      );
  }
  return out;
}

const address = (postalCode: string, city: string, extra: Record<string, unknown> = {}) => ({
  addressLine1: '1 rue de la Paix',
  postalCode,
  city,
  ...extra,
});

describe('AFNOR address lines', () => {
  it('upper case, 38 characters, accents only off the city line, country for abroad, 6 lines at most', () => {
    expect(
      addressLines({
        civility: 'MRS',
        firstName: 'Hélène',
        lastName: 'Dupré',
        companyName: null,
        addressLine1: "12  rue de l'Église",
        addressLine2: 'Appartement 3, escalier B',
        addressLine3: null,
        postalCode: '42000',
        city: 'Saint-Étienne',
        countryCode: 'FR',
      }),
    ).toEqual(['MME HÉLÈNE DUPRÉ', 'APPARTEMENT 3, ESCALIER B', "12 RUE DE L'ÉGLISE", '42000 SAINT ETIENNE']);
    const seven = addressLines({
      civility: 'MR',
      firstName: 'Jean',
      lastName: 'Martin',
      companyName: 'Compagnie générale des eaux et des forêts de France',
      addressLine1: '52 avenue des Champs-Élysées prolongée côté jardin',
      addressLine2: 'Bâtiment C',
      addressLine3: 'BP 42',
      postalCode: '1000',
      city: 'Bruxelles',
      countryCode: 'BE',
    });
    expect(seven).toEqual([
      'COMPAGNIE GÉNÉRALE DES EAUX ET DES FOR',
      'BÂTIMENT C',
      '52 AVENUE DES CHAMPS-ÉLYSÉES PROLONGÉE',
      'BP 42',
      '1000 BRUXELLES',
      'BELGIQUE',
    ]);
    expect(seven.every((l) => l.length <= 38)).toBe(true);
  });
});

describeEachDatabase('postal routing file', (provider) => {
  let w: DeliveryWorld;
  let server: RunningServer;
  let mailing: { id: number; code: string };
  const tokens: Record<string, string> = {};
  const c: Record<string, number> = {};
  const get = (path: string, role: string | null = 'MARKETING') =>
    fetchAgain(`${server.url}${path}`, { headers: role ? { authorization: `Bearer ${tokens[role]}` } : {} });
  const file = (actionId: number, format: 'csv' | 'pdf') =>
    `/actions/${encodeURIComponent(gid('MarketingAction', actionId))}/routing-file.${format}`;

  beforeAll(async () => {
    w = await deliveryWorld(provider);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
    for (const role of ['MARKETING', 'SUPPORT', 'ADMIN'] as const)
      tokens[role] = (await issueToken(w.h.users[role])).token;
    c.stEtienne = await w.contact({
      civility: 'MRS',
      firstName: 'Hélène',
      lastName: 'Dupré',
      ...address('42000', 'Saint-Étienne', { addressLine1: "12 rue de l'Église" }),
    });
    c.paris = await w.contact({ lastName: 'Martin', ...address('75008', 'Paris') });
    c.lyon = await w.contact({ lastName: '=HYPERLINK("http://evil")', ...address('69001', 'Lyon') });
    c.ajaccio = await w.contact({ lastName: 'Corse', ...address('20000', 'Ajaccio') });
    c.held = await w.contact({ lastName: 'Held', ...address('13001', 'Marseille') });
    c.withdrawn = await w.contact({ lastName: 'Withdrawn', ...address('33000', 'Bordeaux') });
    c.otherBrand = await w.contact({ lastName: 'Other', brandId: w.h.brands.b, ...address('59000', 'Lille') });
    mailing = await w.action({ medium: 'MAILING', brandId: null });
    await w.target(mailing.id, Object.values(c));
    await w.h.t.db.actionTarget.updateMany({
      where: { actionId: mailing.id, contactId: c.held },
      data: { inControlGroup: true },
    });
    await w.h.consent(c.withdrawn!, 'newsletter', { status: 'WITHDRAWN', from: new Date('2024-01-01T00:00:00Z') });
  });
  afterAll(async () => {
    await server?.close();
    await w?.h.drop();
  });

  it('the CSV: the sending list the caller may see, with consent, sorted by postal code, normalised, guarded', async () => {
    const res = await get(file(mailing.id, 'csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('x-fidele-row-count')).toBe('4');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(['reference', 'line1', 'line2', 'line3', 'line4', 'line5', 'line6', 'postal_code']);
    expect(rows.map((r) => r[7])).toEqual(['20000', '42000', '69001', '75008']);
    const targets = await w.h.t.db.actionTarget.findMany({ where: { actionId: mailing.id } });
    const targetOf = (id: number) => targets.find((t) => t.contactId === id)!.id;
    expect(rows[1]).toEqual([
      `${mailing.code}-${targetOf(c.stEtienne!)}`,
      'MME HÉLÈNE DUPRÉ',
      "12 RUE DE L'ÉGLISE",
      '42000 SAINT ETIENNE',
      '',
      '',
      '',
      '42000',
    ]);
    // The formula guard of the contact export: a cell a spreadsheet would evaluate starts with a quote.
    expect(rows[2]![1]).toBe('\'=HYPERLINK("HTTP://EVIL")');
    // The administrator sees the other brand's contact too.
    const admin = await get(file(mailing.id, 'csv'), 'ADMIN');
    expect(
      parseCsv(await admin.text())
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(['20000', '42000', '59000', '69001', '75008']);
    const audit = await w.h.t.db.auditLog.findFirst({
      where: { operation: 'EXPORT', entity: 'MarketingAction' },
      orderBy: { id: 'asc' },
    });
    expect(audit).toMatchObject({ actorUserId: w.h.users.MARKETING, outcome: 'ALLOWED' });
  });

  it('the PDF: 24 labels per A4 page, in postal-code order', async () => {
    const more: number[] = [];
    for (let i = 0; i < 23; i++) more.push(await w.contact({ lastName: `Extra ${i}`, ...address('99000', 'Zeta') }));
    const big = await w.action({ medium: 'MAILING' });
    await w.target(big.id, [...more, c.stEtienne!, c.paris!]);
    const res = await get(file(big.id, 'pdf'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2); // 25 labels: 24 + 1
    const text = pdfText(pdf);
    expect(text.indexOf('42000 SAINT ETIENNE')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('42000 SAINT ETIENNE')).toBeLessThan(text.indexOf('75008 PARIS'));
    expect(text.indexOf('75008 PARIS')).toBeLessThan(text.indexOf('99000 ZETA'));
    expect(text).toContain('MME HÉLÈNE DUPRÉ');
  });

  it('refuses with stable codes: anonymous, a role without campaigns, another medium, unknown or hidden actions', async () => {
    const email = await w.action({ medium: 'EMAIL' });
    const otherBrand = await w.action({ medium: 'MAILING', brandId: w.h.brands.b });
    const cases: [string, string | null, number, string][] = [
      [file(mailing.id, 'csv'), null, 401, 'UNAUTHENTICATED'],
      [file(mailing.id, 'csv'), 'SUPPORT', 403, 'FORBIDDEN'],
      [file(email.id, 'pdf'), 'MARKETING', 400, 'VALIDATION'],
      [file(otherBrand.id, 'csv'), 'MARKETING', 404, 'NOT_FOUND'],
      [file(999_999, 'csv'), 'MARKETING', 404, 'NOT_FOUND'],
      ['/actions/not-an-id/routing-file.csv', 'MARKETING', 404, 'NOT_FOUND'],
      [`/actions/${encodeURIComponent(gid('Contact', c.paris!))}/routing-file.csv`, 'MARKETING', 404, 'NOT_FOUND'],
      [`/actions/${encodeURIComponent(gid('MarketingAction', mailing.id))}/other.csv`, 'MARKETING', 404, 'NOT_FOUND'],
    ];
    for (const [path, role, status, code] of cases) {
      const res = await get(path, role);
      expect([path, res.status, ((await res.json()) as any).error.code]).toEqual([path, status, code]);
    }
  });
});
