import type { FideleLocale } from '../plugin';
import type { EnumLabels } from './enum-labels/api-enums';
import { campaignsEnumLabels } from './enum-labels/campaigns-enums';
import { collaborationEnumLabels } from './enum-labels/collaboration-enums';
import { contactsEnumLabels } from './enum-labels/contacts-enums';
import { platformEnumLabels } from './enum-labels/platform-enums';
import { valueEnumLabels } from './enum-labels/value-enums';

const labelsIn = (locale: FideleLocale): EnumLabels => ({
  ...contactsEnumLabels[locale],
  ...campaignsEnumLabels[locale],
  ...platformEnumLabels[locale],
  ...valueEnumLabels[locale],
  ...collaborationEnumLabels[locale],
});

/**
 * Labels of the API's enums, shared by every plugin: `fidele.enum.<EnumName>.<VALUE>`. Typed by the enums so that
 * a value added to the API without a label fails the typecheck; one file per bounded context in `enum-labels/`.
 */
export const enumMessages: Record<FideleLocale, { fidele: { enum: EnumLabels } }> = {
  en: { fidele: { enum: labelsIn('en') } },
  fr: { fidele: { enum: labelsIn('fr') } },
};

/** The translation key of an enum value's label. */
export const enumLabelKey = (enumName: keyof EnumLabels, value: string): string => `fidele.enum.${enumName}.${value}`;
