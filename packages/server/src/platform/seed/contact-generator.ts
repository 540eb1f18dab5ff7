import type { Faker } from '@faker-js/faker';
import type { ClassRank, ContactKind } from '../../generated/sqlite/enums.js';
import { randomPlace, randomStreet } from './addresses.js';
import type { BrandCode } from './catalog-data.js';
import { interestsAll, kindFields, kinds, personFields } from './contact-fields.js';
import {
  generateActivities,
  generateConsents,
  generatePurchases,
  generateTargets,
  generateTasks,
} from './contact-history.js';
import { addDays, type GeneratedContact, type GeneratedSale, minDate, type SeedWorld } from './contact-world.js';
import type { Random } from './random.js';

export type { GeneratedContact, GeneratedSale, GeneratedTarget, SeedWorld } from './contact-world.js';

/**
 * Generates one contact with everything that happens to it: consents, sales, targetings, responses and
 * conversions, activities, tasks. Pure apart from the random sources, so the same seed gives the same contact.
 * Every draw happens in a fixed order (the parts below are called in it): changing the order changes the data.
 */
export function generateContact(world: SeedWorld, random: Random, faker: Faker): GeneratedContact {
  const kind = random.weighted(kinds);
  const brand: BrandCode = random.chance(0.55) ? 'MAISON' : 'SPORT';
  const place = randomPlace(random);
  const street = randomStreet(random);
  const female = random.chance(0.52);
  const firstName = faker.person.firstName(female ? 'female' : 'male');
  const lastName = faker.person.lastName();
  const organisation =
    kind === 'SUPPLIER' || kind === 'BANKER' || kind === 'JOURNALIST' || (kind !== 'RELATION' && random.chance(0.12));
  const { firstContactAt, sourceActionId } = relationStart(world, random, kind);

  const eligibleOwners = world.owners.filter((o) => o.brands.includes(brand) && o.zones.includes(place.zone));
  const ownerId =
    (kind === 'CLIENT' || kind === 'PROSPECT') && eligibleOwners.length && random.chance(0.7)
      ? random.pick(eligibleOwners).id
      : null;

  const consents = generateConsents(world, random, kind, firstContactAt, ownerId);
  const purchases =
    kind === 'CLIENT' || kind === 'FORMER_CLIENT'
      ? generatePurchases(world, random, brand, kind, firstContactAt)
      : { sales: [], firstPurchase: null };
  const sales = purchases.sales;
  const targets = generateTargets(world, random, { kind, brand, firstContactAt, consents, sales });
  sales.sort((x, y) => x.saleDate.getTime() - y.saleDate.getTime());

  const contact: GeneratedContact['contact'] = {
    kind,
    ...personFields(random, faker, { kind, female, firstName, lastName, organisation, place, street }),
    firstContactAt,
    firstSaleAt:
      purchases.firstPurchase && sales[0]
        ? minDate(purchases.firstPurchase, sales[0].saleDate)
        : (sales[0]?.saleDate ?? purchases.firstPurchase),
    sourceActionId,
    ...buyerFields(random, sales),
    ownerId,
    brandId: world.brandIds[brand],
    zoneId: world.zoneIds[place.zone],
    ...classFields(random, sales),
    ...kindFields(random, kind, world, firstContactAt),
    createdAt: firstContactAt,
  };

  return {
    contact,
    interests: kind === 'RELATION' ? random.sample(interestsAll, random.int(1, 3)) : [],
    isRelationOfSomeone: kind === 'RELATION',
    consents,
    sales,
    targets,
    activities: generateActivities(world, random, kind, firstContactAt, ownerId, targets),
    tasks: generateTasks(world, random, contact, ownerId),
  };
}

/**
 * When the relation began: buyers within the three years of sales, other relations earlier too. A third of the
 * buyers were clients before the three years the demo holds: their history starts earlier. Half of the newcomers
 * came through an acquisition campaign: their first contact falls in its window, and it is their source action.
 */
function relationStart(world: SeedWorld, random: Random, kind: ContactKind) {
  const { asOf, salesFrom } = world;
  const buyerSince = random.chance(0.35) ? addDays(salesFrom, -2 * 365) : salesFrom;
  const earliest =
    kind === 'CLIENT' || kind === 'FORMER_CLIENT'
      ? buyerSince
      : kind === 'PROSPECT'
        ? addDays(asOf, -730)
        : addDays(asOf, -6 * 365);
  let firstContactAt = random.date(earliest, addDays(asOf, kind === 'PROSPECT' ? -1 : -45));
  let sourceActionId: number | null = null;
  const acquisitions = world.actions.filter(
    (a) => a.objective === 'ACQUISITION' && a.startDate >= earliest && addDays(a.endDate, 30) < asOf,
  );
  if (
    (kind === 'CLIENT' || kind === 'PROSPECT' || kind === 'FORMER_CLIENT') &&
    acquisitions.length &&
    random.chance(0.5)
  ) {
    const a = random.pick(acquisitions);
    sourceActionId = a.id;
    firstContactAt = random.date(a.startDate, addDays(a.endDate, 30));
  }
  return { firstContactAt, sourceActionId };
}

/** A buyer's negotiated discount (drawn before the classes: the order of the draws is the seed's). */
const buyerFields = (random: Random, sales: GeneratedSale[]) => ({
  discountRate: sales.length > 0 && random.chance(0.2) ? random.pick(['5.00', '10.00', '15.00']) : null,
});

const rank = (v: number, a: number, b: number, c: number): ClassRank =>
  v >= a ? 'A' : v >= b ? 'B' : v >= c ? 'C' : 'D';

/** A buyer's classes (revenue, frequency, margin) from its sales, and how it is served. Null for non-buyers. */
function classFields(random: Random, sales: GeneratedSale[]) {
  const buyer = sales.length > 0;
  const revenue = sales.reduce((s, x) => s + Number(x.total), 0);
  const margin = sales.reduce((s, x) => s + Number(x.grossMargin), 0);
  return {
    revenueClass: buyer ? rank(revenue, 1500, 600, 200) : null,
    frequencyClass: buyer ? rank(sales.length, 8, 4, 2) : null,
    distributionType: buyer ? (random.chance(0.8) ? 'SHORT' : 'LONG') : null,
    commercialService: buyer ? (random.chance(0.85) ? 'DIRECT' : 'INDIRECT') : null,
    grossMarginClass: buyer ? rank(margin, 800, 300, 100) : null,
  };
}
