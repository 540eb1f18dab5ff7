import { enumLabelKey, type EnumLabels } from '../i18n/enum-messages';
import { enumMessages } from '../i18n/enum-messages';

/** Choices for a SelectInput of an API enum, labelled by the shared enum messages (react-admin translates them). */
export const enumChoices = (name: keyof EnumLabels) =>
  Object.keys(enumMessages.en.fidele.enum[name]).map((value) => ({ id: value, name: enumLabelKey(name, value) }));
