/**
 * Régions of France by département code (the 2016 map: 13 metropolitan régions and 5 overseas ones). Corsica's
 * two départements are 2A (Corse-du-Sud, postal codes 200xx-201xx) and 2B (Haute-Corse, 202xx-206xx): the postal
 * code alone starts with 20 for both.
 */
const regions: Record<string, { name: string; departments: string[] }> = {
  ARA: {
    name: 'Auvergne-Rhône-Alpes',
    departments: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  },
  BFC: { name: 'Bourgogne-Franche-Comté', departments: ['21', '25', '39', '58', '70', '71', '89', '90'] },
  BRE: { name: 'Bretagne', departments: ['22', '29', '35', '56'] },
  CVL: { name: 'Centre-Val de Loire', departments: ['18', '28', '36', '37', '41', '45'] },
  COR: { name: 'Corse', departments: ['2A', '2B'] },
  GES: { name: 'Grand Est', departments: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'] },
  HDF: { name: 'Hauts-de-France', departments: ['02', '59', '60', '62', '80'] },
  IDF: { name: 'Île-de-France', departments: ['75', '77', '78', '91', '92', '93', '94', '95'] },
  NOR: { name: 'Normandie', departments: ['14', '27', '50', '61', '76'] },
  NAQ: {
    name: 'Nouvelle-Aquitaine',
    departments: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  },
  OCC: {
    name: 'Occitanie',
    departments: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  },
  PDL: { name: 'Pays de la Loire', departments: ['44', '49', '53', '72', '85'] },
  PAC: { name: "Provence-Alpes-Côte d'Azur", departments: ['04', '05', '06', '13', '83', '84'] },
  GUA: { name: 'Guadeloupe', departments: ['971'] },
  MTQ: { name: 'Martinique', departments: ['972'] },
  GUF: { name: 'Guyane', departments: ['973'] },
  LRE: { name: 'La Réunion', departments: ['974'] },
  MAY: { name: 'Mayotte', departments: ['976'] },
};

const byDepartment = new Map(
  Object.entries(regions).flatMap(([code, r]) => r.departments.map((d) => [d, { code, name: r.name }] as const)),
);

/** The région of a département code, or undefined for an unknown code (a foreign or malformed postal code). */
export const regionOfDepartment = (department: string) => byDepartment.get(department);
