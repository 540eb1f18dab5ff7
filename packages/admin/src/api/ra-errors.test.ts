import { FideleError } from '@fidele/sdk';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createI18nProvider } from '../i18n/i18n-provider';
import { fieldErrorText, toRaError } from './ra-errors';

const validation = (fields: object[]) =>
  new FideleError([{ code: 'VALIDATION', message: 'input.x: y', fields } as never], 200);

describe('toRaError', () => {
  const error = validation([
    {
      path: ['input', 'followUpDelayDays'],
      code: 'INTEGER_RANGE',
      params: { min: 0, max: 365 },
      message: 'an integer from 0 to 365',
    },
    { path: ['input', 'brand'], code: 'SOME_NEWER_CODE', params: {}, message: 'a rule this admin does not know' },
    { path: ['input', 'name'], message: 'an uncoded problem' },
  ]);
  const mapped = toRaError(error, { brand: 'brandId' }) as HttpError;
  const errors = (mapped.body as { errors: Record<string, string> }).errors;

  it('gives each coded field its translation key, parameters and the English line as fallback', () => {
    expect(mapped).toBeInstanceOf(HttpError);
    expect(mapped.status).toBe(400);
    expect(mapped.message).toBe('fidele.validation.invalid');
    expect(JSON.parse(errors.followUpDelayDays!.replace(/^@@react-admin@@/, ''))).toEqual({
      message: 'fidele.validation.INTEGER_RANGE',
      args: { min: 0, max: 365, _: 'an integer from 0 to 365' },
    });
    expect(errors.name).toBe('an uncoded problem');
  });

  it('reads in French, in English, and in the server’s words for an unknown code', async () => {
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'en');
    const t = (key: string, options?: object) => i18n.translate(key, options) as string;
    expect(fieldErrorText(t, errors.followUpDelayDays!)).toBe('an integer from 0 to 365');
    expect(t(mapped.message)).toBe('Some fields are invalid: see the messages under them.');
    await i18n.changeLocale('fr');
    expect(fieldErrorText(t, errors.followUpDelayDays!)).toBe('un nombre entier de 0 à 365');
    expect(fieldErrorText(t, errors.brandId!)).toBe('a rule this admin does not know');
    expect(fieldErrorText(t, errors.name!)).toBe('an uncoded problem');
    expect(t(mapped.message)).toBe('Certains champs sont invalides : voyez les messages sous chacun.');
  });

  it('shows the label of a value a problem names, not the value (REQUIRED_FOR, NOT_FOR_SMS)', async () => {
    const named = toRaError(
      validation([
        {
          path: ['input', 'params', 'days'],
          code: 'REQUIRED_FOR',
          params: { kind: 'NO_PURCHASE_FOR_DAYS' },
          message: 'required for NO_PURCHASE_FOR_DAYS',
        },
        {
          path: ['input', 'bodyHtml'],
          code: 'NOT_FOR_SMS',
          params: { part: 'HTML body' },
          message: 'an SMS has no HTML body',
        },
        {
          path: ['input', 'subject'],
          code: 'NOT_FOR_SMS',
          params: { part: 'subject' },
          message: 'an SMS has no subject',
        },
      ]),
    ) as HttpError;
    const namedErrors = (named.body as { errors: Record<string, string> }).errors;
    const i18n = createI18nProvider({ en: {}, fr: {} }, 'fr');
    const t = (key: string, options?: object) => i18n.translate(key, options) as string;
    expect(fieldErrorText(t, namedErrors['params.days']!)).toBe(
      'obligatoire pour le type « Pas d’achat depuis N jours »',
    );
    expect(fieldErrorText(t, namedErrors.bodyHtml!)).toBe('pas de champ « corps HTML » dans un SMS');
    expect(fieldErrorText(t, namedErrors.subject!)).toBe('pas de champ « objet » dans un SMS');
    await i18n.changeLocale('en');
    expect(fieldErrorText(t, namedErrors['params.days']!)).toBe('required for “No purchase for N days”');
    expect(fieldErrorText(t, namedErrors.bodyHtml!)).toBe('an SMS has no HTML body');
  });
});
