import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { assertConfidentialWrite } from '../../kernel/confidential-write.js';
import { isUniqueViolation } from '../../kernel/prisma-errors.js';
import { type DecodedGlobalId, idFor } from '../../kernel/graphql/global-id.js';
import { isBlank, moneyProblem, Problems } from '../../kernel/validate.js';
import { updateVersioned } from '../../kernel/versioned-update.js';
import { fieldMessage } from '../../kernel/field-messages.js';

/** What the ProductInput / ProductPatch GraphQL inputs decode to. */
export interface ProductWrite {
  code?: string | null;
  name?: string | null;
  category?: DecodedGlobalId | null;
  listPrice?: string | null;
  unitCost?: string | null;
  warrantyMonths?: number | null;
  active?: boolean | null;
}

/** Checks a product write, collecting every problem, and turns it into Prisma data. `id` is set for an update. */
async function prepare(ctx: Context, input: ProductWrite, id?: number) {
  assertConfidentialWrite(ctx, 'Product', input as Record<string, unknown>);
  const p = new Problems();
  const required = (field: 'code' | 'name' | 'listPrice' | 'category' | 'active') => {
    if (input[field] === null || (id === undefined && input[field] === undefined))
      p.add(field, fieldMessage('REQUIRED'));
  };
  for (const f of ['code', 'name', 'listPrice', 'category', 'active'] as const) required(f);
  const code = input.code?.trim();
  if (input.code != null)
    p.check(!isBlank(code) && code!.length <= 64, 'code', fieldMessage('CODE_LENGTH', { min: 1, max: 64 }));
  if (input.name != null) p.check(!isBlank(input.name), 'name', fieldMessage('NOT_BLANK'));
  if (input.listPrice != null) p.addIf('listPrice', moneyProblem(input.listPrice));
  if (input.unitCost != null) p.addIf('unitCost', moneyProblem(input.unitCost));
  if (input.warrantyMonths != null) p.check(input.warrantyMonths >= 0, 'warrantyMonths', fieldMessage('NOT_NEGATIVE'));
  const categoryId = input.category ? idFor('ProductCategory', input.category, ['input', 'category']) : undefined;
  const [category, clash] = await Promise.all([
    categoryId ? ctx.db.productCategory.count({ where: { id: categoryId } }) : 1,
    code ? ctx.db.product.count({ where: { code, ...(id ? { id: { not: id } } : {}) } }) : 0,
  ]);
  p.check(category === 1, 'category', fieldMessage('UNKNOWN_PRODUCT_CATEGORY'));
  p.check(clash === 0, 'code', fieldMessage('DUPLICATE_PRODUCT_CODE'));
  p.throwIfAny();

  const data: Record<string, unknown> = {};
  if (code !== undefined) data.code = code;
  if (input.name != null) data.name = input.name.trim();
  if (categoryId !== undefined) data.categoryId = categoryId;
  for (const f of ['listPrice', 'unitCost', 'warrantyMonths', 'active'] as const)
    if (input[f] !== undefined) data[f] = input[f];
  return data;
}

/** A concurrent insert of the same code loses the race at the unique index: report it like the pre-check does. */
const codeTaken = (e: unknown): never => {
  if (isUniqueViolation(e))
    throw validationError([fieldProblem(['input', 'code'], fieldMessage('DUPLICATE_PRODUCT_CODE'))]);
  throw e;
};

export async function createProduct(ctx: Context, input: ProductWrite) {
  const data = await prepare(ctx, input);
  return ctx.db.product
    .create({ data: data as { code: string; name: string; categoryId: number; listPrice: string } })
    .catch(codeTaken);
}

/** Updates a product if `version` is current (CONFLICT otherwise). */
export async function updateProduct(ctx: Context, id: number, version: number, input: ProductWrite) {
  if ((await ctx.db.product.count({ where: { id } })) === 0) throw new ApiError('NOT_FOUND', 'Product not found.');
  const data = await prepare(ctx, input, id);
  await updateVersioned(ctx.db.product, 'Product', { id }, version, data).catch(codeTaken);
}

/**
 * Deletes a product that was never sold. A sold product stays (its sale lines need it): deactivate it instead.
 * Its links to the actions that promoted it go with it.
 */
export async function deleteProduct(ctx: Context, id: number, version: number) {
  const product = await ctx.db.product.findUnique({
    where: { id },
    select: { version: true, _count: { select: { saleLines: true } } },
  });
  if (!product) throw new ApiError('NOT_FOUND', 'Product not found.');
  if (product.version !== version) {
    throw new ApiError('CONFLICT', 'Product was changed by someone else: reload it and apply your change again.', {
      expectedVersion: version,
    });
  }
  if (product._count.saleLines > 0) {
    throw validationError([fieldProblem(['id'], fieldMessage('PRODUCT_SOLD'))]);
  }
  const { count } = await ctx.db.product.deleteMany({ where: { id, version } });
  if (count === 0)
    throw new ApiError('CONFLICT', 'Product was changed by someone else: reload it and apply your change again.', {
      expectedVersion: version,
    });
}
