import { describe, expect, it } from 'vitest';
import {
  type FieldMessageCode,
  fieldMessageTemplates,
  placeholdersOf,
} from '../../../server/src/kernel/field-messages';
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
    const differ = codes.filter((code) => fieldLabels.en[code] !== fieldMessageTemplates[code]);
    expect(differ.sort()).toEqual(['NOT_A_TRIGGER_PARAMETER', 'REQUIRED_FOR']);
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
