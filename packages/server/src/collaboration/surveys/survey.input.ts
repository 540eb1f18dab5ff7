import { builder } from '../../kernel/graphql/builder.js';
import * as E from '../../generated/sqlite/enums.js';
import { ContactFilter } from '../../contacts/contact.filter.js';

export const SurveyStatusEnum = builder.enumType(E.SurveyStatus, {
  name: 'SurveyStatus',
  description: 'DRAFT: being written (editable); OPEN: sent, answers accepted; CLOSED: no more answers.',
});
export const SurveyQuestionTypeEnum = builder.enumType(E.SurveyQuestionType, {
  name: 'SurveyQuestionType',
  description: 'RATING: 1 to scaleMax; NPS: 0 to 10 (one per survey); CHOICE: one of the options; TEXT: free text.',
});

export const SurveyQuestionInput = builder.inputType('SurveyQuestionInput', {
  description: 'A question; its position is its place in the list.',
  fields: (t) => ({
    type: t.field({ type: SurveyQuestionTypeEnum }),
    label: t.string(),
    options: t.stringList({ required: false, description: 'CHOICE only: 2 to 20 distinct options.' }),
    scaleMax: t.int({ required: false, description: 'RATING only: the top of the scale, 2 to 10. @default 5' }),
    required: t.boolean({ required: false, description: '@default true' }),
  }),
});

export const SurveyInput = builder.inputType('SurveyInput', {
  fields: (t) => ({
    name: t.string(),
    description: t.string({ required: false }),
    brand: t.globalID({
      required: false,
      description: 'The brand the survey speaks for; its invitations go to contacts of that brand.',
    }),
    questions: t.field({ type: [SurveyQuestionInput] }),
  }),
});

export const SurveyPatch = builder.inputType('SurveyPatch', {
  description: 'Only a DRAFT survey can be changed. `questions`, when given, replaces the whole list.',
  fields: (t) => ({
    name: t.string({ required: false }),
    description: t.string({ required: false }),
    brand: t.globalID({ required: false }),
    questions: t.field({ type: [SurveyQuestionInput], required: false }),
  }),
});

export const SurveyRecipients = builder.inputType('SurveyRecipients', {
  description: 'Whom to send a survey to: exactly one of a segment, a list of contacts, or a contacts filter.',
  fields: (t) => ({
    segment: t.globalID({ required: false }),
    contacts: t.globalIDList({ required: false }),
    filter: t.field({ type: ContactFilter, required: false }),
  }),
});

export const SurveyAnswerInput = builder.inputType('SurveyAnswerInput', {
  description: 'The answer to one question: `rating` for RATING and NPS, `choice` for CHOICE, `text` for TEXT.',
  fields: (t) => ({
    question: t.globalID(),
    rating: t.int({ required: false }),
    choice: t.string({ required: false }),
    text: t.string({ required: false }),
  }),
});
