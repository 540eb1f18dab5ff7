/**
 * Text helpers of the data-quality module: folding (accents and case), casing of names, edit distance,
 * Jaro-Winkler similarity and a French-oriented phonetic key. Pure functions, no dependencies.
 */

/** Lower case, accents removed (NFD then combining marks dropped), ligatures spelled out: "Œuvre" → "oeuvre". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** Folded, with every run of non-letters and non-digits turned into one space, trimmed: for comparisons. */
export const simplify = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Trims and collapses inner whitespace (tabs, non-breaking spaces, several spaces) into one space. */
export const squash = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Name particles written in lower case inside a name ("Charles de Gaulle", "Ludwig van Beethoven"). */
const particles = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'y']);

/**
 * Title case of a name: each part between spaces, hyphens and apostrophes starts with a capital
 * ("jean-PIERRE" → "Jean-Pierre", "d'ARTAGNAN" → "d'Artagnan"); particles stay lower case when they are not the
 * first word.
 */
export function titleCase(s: string): string {
  const words = squash(s).toLowerCase().split(' ');
  return words
    .map((word, i) => {
      if (i > 0 && particles.has(word)) return word;
      const cased = word.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
      // "d'Ormesson" inside a name, "D'Artagnan" at its start.
      return i > 0 ? cased.replace(/^([DL])(['’])/, (_m, p: string, q: string) => p.toLowerCase() + q) : cased;
    })
    .join(' ');
}

/** Is the text written in one case only (all capitals or all small letters)? Then its case carries no information. */
export const isSingleCase = (s: string): boolean => s === s.toUpperCase() || s === s.toLowerCase();

/** Levenshtein edit distance (insertions, deletions, substitutions), two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Jaro similarity, 0 (nothing in common) to 1 (equal). */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Array<boolean>(a.length).fill(false);
  const bMatch = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bMatch[j] || a[i] !== b[j]) continue;
      aMatch[i] = bMatch[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler similarity: Jaro with a bonus for a common prefix (up to 4 characters, scale 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/**
 * A phonetic key for French (and most European) names, in the spirit of Soundex and Phonex: folded, common
 * spellings of one sound unified (ph/f, qu/k, c/s before e-i-y, au-eau/o, ai-ei/e, y/i, z/s, w/v, silent h), silent
 * final letters dropped (e, s, t, d, x, z), doubled letters merged, then vowels dropped after the first letter.
 * "Dupont", "Dupond" and "Du Pont" give DPN; "Lefèvre", "Lefebvre" and "Lefeuvre" give LFVR.
 */
export function phonetic(name: string): string {
  let s = fold(name).replace(/[^a-z]/g, '');
  if (!s) return '';
  s = s
    .replace(/sch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/(qu|q|ck)/g, 'k')
    .replace(/c([eiy])/g, 's$1')
    .replace(/ch/g, 's')
    .replace(/c/g, 'k')
    .replace(/g([eiy])/g, 'j$1')
    .replace(/gu([eiy])/g, 'g$1')
    .replace(/gn/g, 'n')
    .replace(/th/g, 't')
    .replace(/eaux?/g, 'o')
    .replace(/au/g, 'o')
    .replace(/(ai|ei)/g, 'e')
    .replace(/ou/g, 'u')
    .replace(/eu/g, 'e')
    .replace(/bv/g, 'v')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/h/g, '');
  s = s.replace(/[estdxz]+$/, '') || s;
  s = s.replace(/(.)\1+/g, '$1');
  const first = s[0]!;
  return (first + s.slice(1).replace(/[aeiou]/g, '')).toUpperCase();
}
