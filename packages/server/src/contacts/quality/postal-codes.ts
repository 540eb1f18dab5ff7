import { createRequire } from 'node:module';
import { levenshtein, simplify } from './text.js';

/** One row of the official list of French postal codes (La Poste, through the `codes-postaux` package). */
interface PostalRow {
  codePostal: string;
  nomCommune: string;
  libelleAcheminement: string;
}

/** A commune served by a postal code, with the spellings a city field may legitimately hold. */
export interface Commune {
  /** The name to store: the commune's name, "Paris 3e Arrondissement" written "Paris" as on an envelope. */
  name: string;
  /** Folded spellings accepted for it: commune name, name without the arrondissement, routing label. */
  spellings: string[];
}

let index: Map<string, Commune[]> | undefined;

/** Postal code → communes, built once from the package's list (about 36,000 rows, a few milliseconds). */
function communesIndex(): Map<string, Commune[]> {
  if (!index) {
    const rows = createRequire(import.meta.url)('codes-postaux/codes-postaux.json') as PostalRow[];
    index = new Map();
    for (const row of rows) {
      const name = row.nomCommune.replace(/ \d+(er|e) Arrondissement$/, '');
      const spellings = [...new Set([simplify(row.nomCommune), simplify(name), simplify(row.libelleAcheminement)])];
      const list = index.get(row.codePostal) ?? [];
      const same = list.find((c) => c.name === name);
      if (same) same.spellings = [...new Set([...same.spellings, ...spellings])];
      else list.push({ name, spellings });
      index.set(row.codePostal, list);
    }
  }
  return index;
}

/** The communes of a French postal code (empty when the code does not exist). */
export const communesOf = (postalCode: string): readonly Commune[] => communesIndex().get(postalCode) ?? [];

/** A CEDEX address ("PARIS CEDEX 08"): its postal code is a company code, not in the list of communes. */
export const isCedex = (city: string): boolean => /\bcedex\b/.test(simplify(city));

export type CityCheck = { ok: true; name: string } | { ok: false; suggestion: string | null };

/**
 * Checks a city against the communes of a postal code, ignoring case, accents, hyphens and apostrophes
 * ("saint etienne" = "Saint-Étienne"). A match gives the commune's official spelling; a mismatch gives the closest
 * commune of that code by edit distance on the folded spellings (ties: the first in the list), as a suggestion.
 */
export function checkCity(postalCode: string, city: string): CityCheck {
  const communes = communesOf(postalCode);
  const wanted = simplify(city)
    .replace(/^(st)\b/, 'saint')
    .replace(/^(ste)\b/, 'sainte');
  let best: { name: string; distance: number } | null = null;
  for (const c of communes) {
    for (const s of c.spellings) {
      if (s === wanted) return { ok: true, name: c.name };
      const d = levenshtein(wanted, s);
      if (!best || d < best.distance) best = { name: c.name, distance: d };
    }
  }
  return { ok: false, suggestion: best?.name ?? null };
}
