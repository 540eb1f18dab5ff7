import { describe, expect, it } from 'vitest';
import {
  type FieldMessageCode,
  fieldMessageTemplates,
  placeholdersOf,
} from '../../../server/src/kernel/field-messages';
import { fieldLabels } from './field-messages';

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
});
