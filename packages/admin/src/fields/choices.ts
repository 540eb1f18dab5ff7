import type { ApiEnums, EnumLabels } from '../i18n/enum-labels/api-enums';
import { enumLabelKey, enumMessages } from '../i18n/enum-messages';

/** Choices for a SelectInput of an API enum, labelled by the shared enum messages (react-admin translates them). */
export const enumChoices = (name: keyof EnumLabels) =>
  Object.keys(enumMessages.en.fidele.enum[name]).map((value) => ({ id: value, name: enumLabelKey(name, value) }));

/** Choices for the given values of an API enum, in the order given (a form's order), labelled by the shared messages. */
export const enumValueChoices = <Name extends keyof ApiEnums>(name: Name, values: readonly ApiEnums[Name][]) =>
  values.map((value) => ({ id: value, name: enumLabelKey(name, value) }));
