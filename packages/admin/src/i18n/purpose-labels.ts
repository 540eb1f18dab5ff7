import { useCallback } from 'react';
import { useTranslate, type TranslateFunction } from 'react-admin';
import { useSessionState } from '../fidele-context';

/** A purpose as the API gives it: its stable code and the name (and description) an administrator wrote. */
export interface PurposeLike {
  code: string;
  name?: string | null;
  description?: string | null;
}

/** A purpose's name in the admin's language: the translated name of a known code, else the server's name, else the code. */
export const translatePurpose = (translate: TranslateFunction, purpose: PurposeLike): string =>
  translate(`fidele.purpose_names.${purpose.code}`, { _: purpose.name || purpose.code });

/** A purpose's description in the admin's language, with the server's as the fallback (`undefined` when neither). */
export const translatePurposeDescription = (translate: TranslateFunction, purpose: PurposeLike): string | undefined => {
  const key = `fidele.purpose_descriptions.${purpose.code}`;
  const text = translate(key, { _: purpose.description ?? '' });
  return text || undefined;
};

/**
 * `label(purpose)` → its name in the admin's language. A bare code is looked up among the purposes the session
 * knows (the names read at login), so a custom purpose shows its name rather than its code.
 *
 * @example const purposeLabel = usePurposeLabel(); purposeLabel('profiling') // "Profilage et analyses"
 */
export const usePurposeLabel = (): ((purpose: PurposeLike | string) => string) => {
  const translate = useTranslate();
  const names = useSessionState()?.purposeNames;
  return useCallback(
    (purpose) =>
      translatePurpose(translate, typeof purpose === 'string' ? { code: purpose, name: names?.[purpose] } : purpose),
    [translate, names],
  );
};
