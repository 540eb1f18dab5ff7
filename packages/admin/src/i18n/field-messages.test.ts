import { describe, expect, it } from 'vitest';
import {
  type FieldMessageCode,
  fieldMessageTemplates,
  fieldMessageValueParams,
  placeholdersOf,
} from '../../../server/src/kernel/field-messages';
import { enumMessages } from './enum-messages';
import { fieldLabels, fieldMessageKey, fieldMessages } from './field-messages';

/**
 * Every code of the server's field-message catalogue (packages/server/src/kernel/field-messages.ts) reads in French
 * and in English under a form's input (issue 21: the French admin showed the server's English).
 */
const codes = Object.keys(fieldMessageTemplates) as FieldMessageCode[];
const sorted = (text: string) => placeholdersOf(text).sort();

describe('translations of the server’s field messages', () => {
  it('has an English and a French text for each code, and no text for a code the server does not have', () => {
    for (const locale of ['en', 'fr'] as const)
      expect(Object.keys(fieldLabels[locale]).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s: same parameters in both languages, each one the server sends', (code) => {
    const en = sorted(fieldLabels.en[code]);
    expect(sorted(fieldLabels.fr[code])).toEqual(en);
    for (const name of en) expect(placeholdersOf(fieldMessageTemplates[code])).toContain(name);
    expect(fieldLabels.fr[code]).not.toBe(fieldLabels.en[code]);
  });

  it('uses the server’s templates as its English, but for its few deliberate overrides', () => {
    // The overrides quote a value's label where the server's English names the raw value (NOT_FOR_SMS needs none).
    const differ = codes.filter((code) => fieldLabels.en[code] !== fieldMessageTemplates[code]);
    const quoting = Object.keys(fieldMessageValueParams).filter((code) => code !== 'NOT_FOR_SMS');
    expect(differ.sort()).toEqual(quoting.sort());
  });

  it('reads every value of every value parameter by its label, never by the value', () => {
    const values = (locale: 'en' | 'fr') =>
      (fieldMessages[locale].fidele as { validationValue: Record<string, Record<string, string>> }).validationValue;
    for (const [code, byParam] of Object.entries(fieldMessageValueParams)) {
      const list = Object.values(byParam)[0] as string;
      if (list === 'SmsPart') continue;
      const all = Object.keys((enumMessages.en.fidele.enum as Record<string, Record<string, string>>)[list]!);
      expect(all.length, list).toBeGreaterThan(1);
      for (const locale of ['en', 'fr'] as const) {
        const labels = (enumMessages[locale].fidele.enum as Record<string, Record<string, string>>)[list]!;
        for (const value of all) {
          const text = values(locale)[code]![value]!;
          expect(text, `${locale} ${code} ${value}`).toContain(labels[value]!);
          // The value itself only where its label names it (SMS, "Recommendation (NPS, 0-10)").
          if (!labels[value]!.includes(value)) expect(text, `${locale} ${code} ${value}`).not.toContain(value);
        }
      }
    }
    expect(values('fr').ACTIVITY_STATUS_FINAL!.DONE).toBe(
      'une activité au statut « Faite » le garde ; seule une activité prévue devient faite ou annulée',
    );
    expect(values('fr').ACTION_TAKES_NO_TARGETS!.COMPLETED).toMatch(/^l’action est au statut « [^»]+ » : elle/);
  });

  it('reads a value a problem names by its label, in each language (REQUIRED_FOR, NOT_FOR_SMS)', () => {
    expect(fieldMessageKey('REQUIRED_FOR', { kind: 'CATEGORY_PURCHASE' })).toBe(
      'fidele.validationValue.REQUIRED_FOR.CATEGORY_PURCHASE',
    );
    expect(fieldMessageKey('INTEGER_RANGE', { min: 1, max: 2 })).toBe('fidele.validation.INTEGER_RANGE');
    const values = (locale: 'en' | 'fr') =>
      (fieldMessages[locale].fidele as { validationValue: Record<string, Record<string, string>> }).validationValue;
    expect(values('fr').REQUIRED_FOR!.NO_PURCHASE_FOR_DAYS).toBe(
      'obligatoire pour le type « Pas d’achat depuis N jours »',
    );
    expect(values('fr').NOT_FOR_SMS!['HTML body']).toBe('pas de champ « corps HTML » dans un SMS');
    for (const locale of ['en', 'fr'] as const)
      for (const texts of Object.values(values(locale)))
        for (const text of Object.values(texts)) expect(text).not.toMatch(/[A-Z]{2,}_[A-Z]/);
  });
});
