/**
 * The seed's reference data: brands, zones, catalogue, purposes, staff and marketing actions, each upserted by its
 * unique code (a run interrupted before the contacts can be started again). Returns the world the contact
 * generator draws in.
 */
import { hash } from '@node-rs/argon2';
import type { Db } from '../../kernel/db/client.js';
import type { ActionMedium, ContactKind, ResponseChannel } from '../../generated/sqlite/enums.js';
import { usualResponseChannels } from '../../campaigns/actions/response-channels.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { planActions } from './action-plans.js';
import { brands, categories, products, purposes, zones, type BrandCode, type ZoneCode } from './catalog-data.js';
import type { SeedWorld } from './contact-world.js';
import { DEMO_PASSWORD, demoUsers, salesReps } from './demo-users.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
type PurposeRows = Map<string, { id: number; parentId: number | null; legalBasis: RequestPurpose['legalBasis'] }>;
type Catalogue = Pick<SeedWorld, 'productsByBrand' | 'productByCode'>;
type Places = Pick<SeedWorld, 'brandIds' | 'zoneIds'>;

export async function seedReferenceData(db: Db, asOf: Date, contactCount: number): Promise<SeedWorld> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      const places = await seedPlaces(tx);
      const catalogue = await seedCatalogue(tx);
      const purposeRows = await seedPurposes(tx);
      const { owners, staffIds } = await seedStaff(tx, places, passwordHash);
      const actions = await seedActions(tx, asOf, contactCount, { ...places, ...catalogue, purposeRows });
      return {
        asOf,
        salesFrom: new Date(Date.UTC(asOf.getUTCFullYear() - 3, asOf.getUTCMonth(), asOf.getUTCDate())),
        ...places,
        actions,
        ...catalogue,
        purposes: requestPurposes(purposeRows),
        owners,
        staffIds,
      };
    },
    { timeout: 60_000 },
  );
}

async function seedPlaces(tx: Tx): Promise<Places> {
  const brandIds = {} as Record<BrandCode, number>;
  for (const b of brands)
    brandIds[b.code] = (await tx.brand.upsert({ where: { code: b.code }, create: b, update: {} })).id;
  const zoneIds = {} as Record<ZoneCode, number>;
  for (const z of zones)
    zoneIds[z.code] = (
      await tx.zone.upsert({ where: { code: z.code }, create: { code: z.code, name: z.name }, update: {} })
    ).id;
  return { brandIds, zoneIds };
}

/** Categories and products; a product of a category without a brand is sold by both brands. */
async function seedCatalogue(tx: Tx): Promise<Catalogue> {
  const categoryIds = new Map<string, number>();
  for (const c of categories)
    categoryIds.set(
      c.code,
      (
        await tx.productCategory.upsert({
          where: { code: c.code },
          create: { code: c.code, name: c.name },
          update: {},
        })
      ).id,
    );
  const productsByBrand: SeedWorld['productsByBrand'] = { MAISON: [], SPORT: [] };
  const productByCode: SeedWorld['productByCode'] = new Map();
  for (const [code, name, category, price, cost, warranty] of products) {
    const row = await tx.product.upsert({
      where: { code },
      create: {
        code,
        name,
        categoryId: categoryIds.get(category)!,
        listPrice: price.toFixed(2),
        unitCost: cost.toFixed(2),
        warrantyMonths: warranty,
      },
      update: {},
    });
    const p = { id: row.id, code, price, cost };
    productByCode.set(code, p);
    const brand = categories.find((c) => c.code === category)!.brand;
    for (const b of brand ? [brand] : (['MAISON', 'SPORT'] as const)) productsByBrand[b].push(p);
  }
  return { productsByBrand, productByCode };
}

/** Purposes, parents before children (the list is in that order). */
async function seedPurposes(tx: Tx): Promise<PurposeRows> {
  const purposeRows: PurposeRows = new Map();
  for (const p of purposes) {
    const parentId = p.parent ? purposeRows.get(p.parent)!.id : null;
    const row = await tx.purpose.upsert({
      where: { code: p.code },
      create: { code: p.code, name: p.name, description: p.description, legalBasis: p.legalBasis, parentId },
      update: {},
    });
    purposeRows.set(p.code, { id: row.id, parentId: row.parentId, legalBasis: row.legalBasis });
  }
  return purposeRows;
}

/** Each purpose as a request declares it: with its chain of parents, itself first. */
function requestPurposes(purposeRows: PurposeRows): Map<string, RequestPurpose> {
  const out = new Map<string, RequestPurpose>();
  for (const [code, row] of purposeRows) {
    const chain: RequestPurpose['chain'] = [];
    for (let c: string | undefined = code; c; c = purposes.find((p) => p.code === c)!.parent)
      chain.push({ id: purposeRows.get(c)!.id, code: c });
    out.set(code, { id: row.id, code, legalBasis: row.legalBasis, chain });
  }
  return out;
}

/** The demo users and the sales representatives (the contacts' owners). */
async function seedStaff(tx: Tx, { brandIds, zoneIds }: Places, passwordHash: string) {
  const staff = [...demoUsers, ...salesReps.map((r) => ({ ...r, password: DEMO_PASSWORD, role: 'SALES' as const }))];
  const owners: SeedWorld['owners'] = [];
  const staffIds: number[] = [];
  for (const u of staff) {
    const row = await tx.staffUser.upsert({
      where: { email: u.email },
      create: {
        email: u.email,
        firstName: u.firstName,
        lastName: u.lastName,
        role: u.role,
        passwordHash,
        // Scopes are explicit rows: a user listed without brands or zones gets all of them.
        brands: {
          create: (u.brands.length ? u.brands : brands.map((b) => b.code)).map((b) => ({
            brandId: brandIds[b as BrandCode],
          })),
        },
        zones: {
          create: (u.zones.length ? u.zones : zones.map((z) => z.code)).map((z) => ({
            zoneId: zoneIds[z as ZoneCode],
          })),
        },
      },
      update: {},
    });
    staffIds.push(row.id);
    if (u.role === 'SALES') {
      owners.push({
        id: row.id,
        brands: u.brands.length ? (u.brands as BrandCode[]) : brands.map((b) => b.code),
        zones: u.zones.length ? (u.zones as ZoneCode[]) : zones.map((z) => z.code),
      });
    }
  }
  return { owners, staffIds };
}

/** The audience of a demo action in words, as a marketer writes it: "clients, prospects de Maison Fidèle". */
const audienceWords: Record<ContactKind, string> = {
  CLIENT: 'clients',
  PROSPECT: 'prospects',
  FORMER_CLIENT: 'anciens clients',
  SUPPLIER: 'fournisseurs',
  BANKER: 'banquiers',
  JOURNALIST: 'journalistes',
  RELATION: 'relations',
};

function targetDescription(audience: ContactKind[], brand: BrandCode | null): string {
  const of = brand ? ` de ${brands.find((b) => b.code === brand)!.name}` : '';
  return `${audience.map((k) => audienceWords[k]).join(', ')}${of}`;
}

/** The marketing actions of the three years, sized for the number of contacts. */
async function seedActions(
  tx: Tx,
  asOf: Date,
  contactCount: number,
  refs: Places & Catalogue & { purposeRows: PurposeRows },
): Promise<SeedWorld['actions']> {
  const actions: SeedWorld['actions'] = [];
  for (const plan of planActions(asOf, contactCount)) {
    const data = {
      code: plan.code,
      name: plan.name,
      objective: plan.objective,
      medium: plan.medium,
      targetDescription: targetDescription(plan.audience, plan.brand),
      plannedQuantity: plan.plannedQuantity,
      startDate: plan.startDate,
      endDate: plan.endDate,
      cost: plan.cost,
      promiseType: plan.promiseType,
      promiseSummary: plan.promiseSummary,
      status: plan.status,
      requiredPurposeId: refs.purposeRows.get(plan.purpose)!.id,
      controlGroupPercent: plan.controlGroupPercent,
      brandId: plan.brand ? refs.brandIds[plan.brand] : null,
      // Acquisition media take responses from anyone: the hosted form and coupons (messaging/responses).
      publicResponses: ['PRESS', 'WEB', 'EVENT'].includes(plan.medium),
    };
    const row = await tx.marketingAction.upsert({
      where: { code: plan.code },
      create: {
        ...data,
        responseChannels: { create: offeredChannels(plan).map((channel) => ({ channel })) },
        products: { create: plan.products.map((code) => ({ productId: refs.productByCode.get(code)!.id })) },
      },
      update: {},
    });
    actions.push({ ...plan, id: row.id });
  }
  return actions;
}

/**
 * The channels a demo action offers: those its seeded responses come on, plus a tracked click for e-mail media, as
 * an action created without channels gets (campaigns/actions/response-channels.ts). The seed simulates no click, but
 * a click in a message sent from the demo then counts as a response, as it would on a real e-mail action.
 */
function offeredChannels(plan: { medium: ActionMedium; responseChannels: ResponseChannel[] }): ResponseChannel[] {
  const clicks = usualResponseChannels[plan.medium].filter((c) => c === 'EMAIL_CLICK');
  return [...new Set([...plan.responseChannels, ...clicks])];
}
