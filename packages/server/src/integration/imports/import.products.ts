import { fromHundredths, toHundredths } from '../../kernel/money.js';
import { moneyProblem } from '../../kernel/validate.js';
import { type ImportHandler, parseDecimal, type Prepared, type RowError, same, shapeErrors } from './import.rows.js';

/** Products of the catalogue: one row per product, upserted on its code. */

interface ProductData {
  id?: number;
  version?: number;
  values: Record<string, unknown>;
}

type AddError = (field: string | null, code: string, message: string) => void;

/** The row's values as columns, checked; problems go to `add`. */
function productValues(
  f: Record<string, string>,
  current: object | undefined,
  categories: Map<string, number>,
  add: AddError,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!f.code?.trim()) add('code', 'MISSING_KEY', 'the product code is empty');
  else if (f.code.trim().length > 64) add('code', 'INVALID_VALUE', 'a code has at most 64 characters');
  else values.code = f.code.trim();
  if (f.name?.trim()) values.name = f.name.trim();
  else if (!current) add('name', 'MISSING_VALUE', 'name is required');
  if (f.category) {
    const id = categories.get(f.category.trim().toUpperCase());
    if (id === undefined) add('category', 'UNKNOWN_REFERENCE', `unknown category "${f.category}"`);
    else values.categoryId = id;
  } else if (!current) add('category', 'MISSING_VALUE', 'category is required');
  for (const field of ['listPrice', 'unitCost'] as const) {
    if (f[field] === undefined) {
      if (field === 'listPrice' && !current) add(field, 'MISSING_VALUE', 'listPrice is required');
      continue;
    }
    const v = parseDecimal(f[field]!);
    const problem = moneyProblem(v);
    if (problem) add(field, 'INVALID_NUMBER', `"${f[field]}": ${problem.message}`);
    else values[field] = fromHundredths(toHundredths(v));
  }
  if (f.warrantyMonths !== undefined) {
    if (!/^\d+$/.test(f.warrantyMonths.trim()))
      add('warrantyMonths', 'INVALID_NUMBER', `"${f.warrantyMonths}" is not a whole number of months`);
    else values.warrantyMonths = Number(f.warrantyMonths);
  }
  if (f.active !== undefined) {
    const v = f.active.trim().toLowerCase();
    if (['1', 'true', 'yes', 'oui', 'y', 'o'].includes(v)) values.active = true;
    else if (['0', 'false', 'no', 'non', 'n'].includes(v)) values.active = false;
    else add('active', 'INVALID_VALUE', `"${f.active}" is not yes or no`);
  }
  return values;
}

export const products: ImportHandler<ProductData, Map<string, number>> = {
  model: 'Product',
  fields: ['code', 'name', 'category', 'listPrice', 'unitCost', 'warrantyMonths', 'active'],
  keys: ['code'],
  requiredFields: () => [['code'], ['name'], ['category'], ['listPrice']],
  keyOf: (u) => u.rows[0]!.fields.code?.trim() || null,
  start: async (ctx) => new Map((await ctx.db.productCategory.findMany()).map((c) => [c.code.toUpperCase(), c.id])),
  async prepare(ctx, categories, units, _key, defaults) {
    const errors: RowError[] = [];
    const ok: Prepared<ProductData>[] = [];
    const codes = units.map((u) => u.rows[0]!.fields.code?.trim()).filter((c): c is string => !!c);
    const existing = new Map(
      (await ctx.db.product.findMany({ where: { code: { in: codes } } })).map((p) => [p.code, p]),
    );
    for (const u of units) {
      const rowErrors = shapeErrors(u);
      const add = (field: string | null, code: string, message: string) =>
        rowErrors.push({ line: u.line, field, code, message });
      const f = { ...defaults, ...u.rows[0]!.fields };
      const current = f.code ? existing.get(f.code.trim()) : undefined;
      const values = productValues(f, current, categories, add);
      if (rowErrors.length) {
        errors.push(...rowErrors);
        continue;
      }
      if (!current) ok.push({ line: u.line, outcome: 'created', data: { values } });
      else {
        const cur = {
          ...current,
          listPrice: current.listPrice.toFixed(2),
          unitCost: current.unitCost?.toFixed(2) ?? null,
        } as Record<string, unknown>;
        const changed = Object.fromEntries(Object.entries(values).filter(([c, v]) => !same(cur[c], v)));
        ok.push({
          line: u.line,
          outcome: Object.keys(changed).length ? 'updated' : 'unchanged',
          data: { id: current.id, version: current.version, values: changed },
        });
      }
    }
    return { ok, errors };
  },
  async write(tx, p) {
    // Cast: the values are the import's checked columns of Product, typed as a record by the generic row reader.
    if (p.outcome === 'created') await tx.product.create({ data: p.data.values as never });
    else if (p.outcome === 'updated') {
      const { count } = await tx.product.updateMany({
        where: { id: p.data.id!, version: p.data.version! },
        data: { ...p.data.values, version: { increment: 1 } },
      });
      if (count !== 1) throw Object.assign(new Error('changed meanwhile'), { code: 'CONFLICT' });
    }
  },
};
