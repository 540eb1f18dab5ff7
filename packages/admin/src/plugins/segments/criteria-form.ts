import type { SegmentCriteriaInput } from '@fidele/sdk';

/**
 * The segment builder's form values: a flat, form-friendly shape (one purchase condition, one response condition)
 * turned into the API's SegmentCriteriaInput by {@link toCriteria} and back by {@link fromCriteria}.
 */
export interface CriteriaForm {
  kinds?: string[];
  brands?: string[];
  zones?: string[];
  search?: string;
  postalCodePrefix?: string;
  revenueClasses?: string[];
  interests?: string[];
  categories?: string[];
  products?: string[];
  /** Calendar days (YYYY-MM-DD) or instants. */
  purchasedFrom?: string | null;
  purchasedTo?: string | null;
  minPurchases?: number | null;
  maxPurchases?: number | null;
  minRevenue?: string | number | null;
  maxRevenue?: string | number | null;
  responseAction?: string | null;
  responseHistory?: string | null;
  rfmBrand?: string | null;
  rfmSegments?: string[];
  consents?: string[];
}

const given = <T>(v: T | null | undefined | ''): v is T => v !== null && v !== undefined && v !== '';
const list = (v: string[] | undefined) => (v && v.length ? v : undefined);
const instant = (day: string, end: boolean) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T${end ? '23:59:59.999' : '00:00:00.000'}Z` : day;
const day = (iso: string | undefined | null) => (iso ? iso.slice(0, 10) : null);

/** Form values → the API's criteria (only what was filled in). */
export function toCriteria(f: CriteriaForm): SegmentCriteriaInput {
  const out: SegmentCriteriaInput = {};
  const contact = {
    ...(list(f.kinds) ? { kind: f.kinds as NonNullable<SegmentCriteriaInput['contact']>['kind'] } : {}),
    ...(list(f.brands) ? { brand: f.brands } : {}),
    ...(list(f.zones) ? { zone: f.zones } : {}),
    ...(given(f.search?.trim()) ? { search: f.search!.trim() } : {}),
    ...(given(f.postalCodePrefix?.trim()) ? { postalCodePrefix: f.postalCodePrefix!.trim() } : {}),
  };
  if (Object.keys(contact).length) out.contact = contact;
  const attributes = {
    ...(list(f.revenueClasses)
      ? { revenueClass: f.revenueClasses as NonNullable<SegmentCriteriaInput['attributes']>['revenueClass'] }
      : {}),
    ...(list(f.interests)
      ? { interests: f.interests as NonNullable<SegmentCriteriaInput['attributes']>['interests'] }
      : {}),
  };
  if (Object.keys(attributes).length) out.attributes = attributes;
  const period = {
    ...(given(f.purchasedFrom) ? { from: instant(f.purchasedFrom, false) } : {}),
    ...(given(f.purchasedTo) ? { to: instant(f.purchasedTo, true) } : {}),
  };
  const purchase = {
    ...(list(f.categories) ? { categories: f.categories } : {}),
    ...(list(f.products) ? { products: f.products } : {}),
    ...(Object.keys(period).length ? { period } : {}),
    ...(given(f.minPurchases) ? { minPurchases: Number(f.minPurchases) } : {}),
    ...(given(f.maxPurchases) ? { maxPurchases: Number(f.maxPurchases) } : {}),
    ...(given(f.minRevenue) ? { minRevenue: String(f.minRevenue) } : {}),
    ...(given(f.maxRevenue) ? { maxRevenue: String(f.maxRevenue) } : {}),
  };
  if (Object.keys(purchase).length) out.purchases = [purchase];
  if (given(f.responseAction) && given(f.responseHistory)) {
    out.responses = [{ action: f.responseAction, history: f.responseHistory as 'TARGETED' }];
  }
  if (list(f.rfmSegments)) {
    out.rfm = {
      segments: f.rfmSegments as NonNullable<SegmentCriteriaInput['rfm']>['segments'],
      ...(given(f.rfmBrand) ? { brand: f.rfmBrand } : {}),
    };
  }
  if (list(f.consents)) out.consents = f.consents;
  return out;
}

/** A segment's stored criteria (JSON, as the API returns them) → form values. */
export function fromCriteria(json: string | null | undefined): CriteriaForm {
  const c = (json ? JSON.parse(json) : {}) as SegmentCriteriaInput;
  const p = Array.isArray(c.purchases) ? c.purchases[0] : undefined;
  const r = Array.isArray(c.responses) ? c.responses[0] : undefined;
  return {
    kinds: (c.contact?.kind as string[] | undefined) ?? [],
    brands: (c.contact?.brand as string[] | undefined) ?? [],
    zones: (c.contact?.zone as string[] | undefined) ?? [],
    search: c.contact?.search ?? '',
    postalCodePrefix: c.contact?.postalCodePrefix ?? '',
    revenueClasses: (c.attributes?.revenueClass as string[] | undefined) ?? [],
    interests: (c.attributes?.interests as string[] | undefined) ?? [],
    categories: (p?.categories as string[] | undefined) ?? [],
    products: (p?.products as string[] | undefined) ?? [],
    purchasedFrom: day(p?.period?.from as string | undefined),
    purchasedTo: day(p?.period?.to as string | undefined),
    minPurchases: p?.minPurchases ?? null,
    maxPurchases: p?.maxPurchases ?? null,
    minRevenue: (p?.minRevenue as string | undefined) ?? null,
    maxRevenue: (p?.maxRevenue as string | undefined) ?? null,
    responseAction: (r?.action as string | undefined) ?? null,
    responseHistory: r?.history ?? null,
    rfmBrand: (c.rfm?.brand as string | undefined) ?? null,
    rfmSegments: (c.rfm?.segments as string[] | undefined) ?? [],
    consents: c.consents ?? [],
  };
}
