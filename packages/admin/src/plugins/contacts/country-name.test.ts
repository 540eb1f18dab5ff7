import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names the country in the admin’s language', () => {
    expect(countryName('FR', 'en')).toBe('France');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('de', 'en')).toBe('Germany');
  });

  it('falls back to the code when it is not a region the runtime knows', () => {
    expect(countryName('FRA', 'en')).toBe('FRA');
    expect(countryName('QM', 'fr')).toBe('QM');
  });

  it('has nothing to name without a code', () => {
    expect(countryName(null, 'en')).toBeNull();
    expect(countryName('', 'fr')).toBeNull();
  });
});
