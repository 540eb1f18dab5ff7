/**
 * Exact money arithmetic on decimal strings. Amounts are handled as integer hundredths (cents, or hundredths of a
 * percent for rates) in BigInt, so no binary float ever touches a price: "0.10" × 3 is "0.30", not 0.30000000000000004.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string with at most two decimals, as hundredths: "12.5" → 1250n. Throws on anything else. */
export function toHundredths(value: string | { toString(): string }): bigint {
  const m = DECIMAL.exec(String(value));
  if (!m) throw new Error(`not a decimal number: ${String(value)}`);
  const [, sign, whole, frac = ''] = m;
  // Stored values are Decimal(…, 2); trailing zeros beyond that ("1.500") are accepted.
  if (frac.length > 2 && /[^0]/.test(frac.slice(2))) throw new Error(`more than two decimals: ${String(value)}`);
  const n = BigInt(whole!) * 100n + BigInt(frac.slice(0, 2).padEnd(2, '0'));
  return sign ? -n : n;
}

/** Hundredths back to a decimal string with two decimals: 1250n → "12.50". */
export function fromHundredths(n: bigint): string {
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** Division rounded half away from zero. */
const divRound = (a: bigint, b: bigint) => {
  const q = a / b;
  const r = a % b;
  const away = (r < 0n ? -r : r) * 2n >= b;
  return away ? q + (a < 0n ? -1n : 1n) : q;
};

/**
 * Net amount of a sale line in cents: quantity × unit price × (1 − discount rate / 100), rounded to the cent
 * (half away from zero).
 */
export function lineAmountCents(
  quantity: number,
  unitPrice: string | { toString(): string },
  discountRate: string | { toString(): string } = '0',
): bigint {
  const price = toHundredths(unitPrice);
  const rate = toHundredths(discountRate); // hundredths of a percent: 10000 = 100 %
  return divRound(BigInt(quantity) * price * (10000n - rate), 10000n);
}

/** The same as a decimal string ("12.50"). */
export const lineAmount = (
  quantity: number,
  unitPrice: string | { toString(): string },
  discountRate?: string | { toString(): string },
) => fromHundredths(lineAmountCents(quantity, unitPrice, discountRate));

/**
 * A stored Decimal(…, 2) as the API prints money: always two decimals ("12.50", never "12.5"), whatever the
 * database driver returns. Null stays null.
 */
export function money(value: { toString(): string }): string;
export function money(value: { toString(): string } | null): string | null;
export function money(value: { toString(): string } | null): string | null {
  return value === null ? null : fromHundredths(toHundredths(value));
}
