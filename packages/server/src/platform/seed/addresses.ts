import { createRequire } from 'node:module';
import { zoneOfPostalCode, type ZoneCode } from './catalog-data.js';
import type { Random } from './random.js';

/** One row of the official list of postal codes (La Poste, via the `codes-postaux` package). */
interface PostalRow {
  codePostal: string;
  nomCommune: string;
  libelleAcheminement: string;
}

export interface PostalPlace {
  postalCode: string;
  city: string;
  zone: ZoneCode;
}

const bigCities = new Set([
  'PARIS',
  'MARSEILLE',
  'LYON',
  'TOULOUSE',
  'NICE',
  'NANTES',
  'MONTPELLIER',
  'STRASBOURG',
  'BORDEAUX',
  'LILLE',
  'RENNES',
  'REIMS',
  'TOULON',
  'GRENOBLE',
  'DIJON',
  'ANGERS',
  'NIMES',
  'CLERMONT FERRAND',
  'LE MANS',
  'TOURS',
  'AMIENS',
  'LIMOGES',
  'METZ',
  'BREST',
  'PERPIGNAN',
  'ORLEANS',
  'ROUEN',
  'CAEN',
  'NANCY',
  'BOULOGNE BILLANCOURT',
]);

/** "Paris 3e Arrondissement" is written "Paris" on an envelope. */
const cityName = (row: PostalRow) => row.nomCommune.replace(/ \d+(er|e) Arrondissement$/, '');

let cache: { all: PostalPlace[]; cities: PostalPlace[] } | undefined;

/** Metropolitan places, loaded once: every place in the list, and those of the big cities. */
function places() {
  if (!cache) {
    const rows = createRequire(import.meta.url)('codes-postaux/codes-postaux.json') as PostalRow[];
    const all: PostalPlace[] = [];
    const cities: PostalPlace[] = [];
    for (const row of rows) {
      const zone = zoneOfPostalCode(row.codePostal);
      if (!zone) continue; // overseas: outside the demo's zones
      const place = { postalCode: row.codePostal, city: cityName(row), zone };
      all.push(place);
      if (
        bigCities.has(row.libelleAcheminement) &&
        place.city.toUpperCase().replace(/[-']/g, ' ').startsWith(row.libelleAcheminement.slice(0, 4))
      )
        cities.push(place);
    }
    cache = { all, cities };
  }
  return cache;
}

/** A real postal code with its real commune: city dwellers half of the time, anywhere in France otherwise. */
export function randomPlace(random: Random): PostalPlace {
  const { all, cities } = places();
  return random.chance(0.5) ? random.pick(cities) : random.pick(all);
}

const streetTypes = [
  'rue',
  'rue',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'allée',
  'impasse',
  'chemin',
  'route',
  'quai',
];
const streetNames = [
  'de la République',
  'Victor Hugo',
  'Jean Jaurès',
  'de la Gare',
  'du Général de Gaulle',
  'Pasteur',
  'de Verdun',
  'des Écoles',
  'de l\u2019Église',
  'du Moulin',
  'des Lilas',
  'Gambetta',
  'de la Paix',
  'Émile Zola',
  'du Château',
  'des Tilleuls',
  'de la Mairie',
  'Jules Ferry',
  'Voltaire',
  'Saint-Michel',
  'de la Liberté',
  'des Acacias',
  'du Stade',
  'Carnot',
  'Aristide Briand',
  'de Bretagne',
  'des Vignes',
  'du Port',
  'Anatole France',
  'Louis Pasteur',
];

export function randomStreet(random: Random): { line1: string; line2: string | null } {
  const number = random.chance(0.9) ? `${random.int(1, 180)}${random.chance(0.06) ? ' bis' : ''} ` : '';
  const line1 = `${number}${random.pick(streetTypes)} ${random.pick(streetNames)}`;
  const line2 = random.chance(0.12)
    ? random.pick([
        'Bâtiment B',
        'Résidence les Pins',
        `Appartement ${random.int(1, 60)}`,
        'Escalier C',
        'Lieu-dit les Granges',
      ])
    : null;
  return { line1: line1.charAt(0).toUpperCase() + line1.slice(1), line2 };
}
