import { FideleError } from '@fidele/sdk';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { duplicateEntryTranslations } from './duplicate-entry-translations';
import { duplicateErrors, duplicateFound } from './duplicate-entry';

const candidate = {
  id: 'Q29udGFjdDox',
  score: 0.82,
  exactEmail: false,
  matches: [{ field: 'name', method: 'jaro-winkler', similarity: 1, weight: 4 }],
};

describe('duplicates at entry in the contacts data provider', () => {
  it('turns DUPLICATE_SUSPECTED into a 409 whose body carries the candidates for the dialog', async () => {
    const error = new FideleError([
      { code: 'DUPLICATE_SUSPECTED', message: 'looks like', extensions: { threshold: 0.6, candidates: [candidate] } },
    ]);
    const thrown = await duplicateErrors(() => Promise.reject(error)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(HttpError);
    expect((thrown as HttpError).status).toBe(409);
    expect(duplicateFound(thrown)).toEqual({ code: 'DUPLICATE_SUSPECTED', threshold: 0.6, candidates: [candidate] });
  });

  it('leaves any other error as it is', async () => {
    const error = new FideleError([{ code: 'VALIDATION', message: 'bad', fields: [] }]);
    expect(await duplicateErrors(() => Promise.reject(error)).catch((e: unknown) => e)).toBe(error);
    expect(duplicateFound(new HttpError('x', 400, { code: 'VALIDATION', errors: {} }))).toBeNull();
  });

  it('labels the dialog in French and English alike', () => {
    expect(Object.keys(duplicateEntryTranslations.fr).sort()).toEqual(
      Object.keys(duplicateEntryTranslations.en).sort(),
    );
  });
});
