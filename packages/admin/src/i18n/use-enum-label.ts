import { useTranslate } from 'react-admin';
import type { EnumLabels } from './enum-labels/api-enums';
import { enumLabelKey } from './enum-messages';

/** The label of an API enum's value in the reader's language, from the shared tables (`fidele.enum.*`). */
export const useEnumLabel = () => {
  const translate = useTranslate();
  return (enumName: keyof EnumLabels, value: string): string => translate(enumLabelKey(enumName, value), { _: value });
};
