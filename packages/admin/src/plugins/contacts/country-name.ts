/**
 * A country's name in the reader's language from its ISO 3166 code ("FR" → "France", "Frankreich"...), through the
 * browser's Intl.DisplayNames; the code itself when the runtime does not know it (or it is not a region code).
 *
 * @example countryName('FR', 'fr') // 'France'
 */
export function countryName(code: string | null | undefined, locale: string): string | null {
  if (!code) return null;
  try {
    // `fallback: 'none'` answers undefined for a well-formed code the runtime has no name for.
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? code;
  } catch {
    // A code that is not a region subtag ("FRA", "") throws a RangeError.
    return code;
  }
}
