import { builder } from './builder.js';
import { parseMessage, type MessageTemplate } from '../message-codes.js';

export interface MessageParam {
  name: string;
  value: string;
}

/** One parameter of a coded message: the admin puts it into the code's sentence in the reader's language. */
export const MessageParamRef = builder.objectRef<MessageParam>('MessageParam').implement({
  description: 'A named parameter of a coded message (a notification, an exclusion detail).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'title, due, subject, type, at, field, rule, count... (per code).' }),
    value: t.exposeString('value', { description: 'The value: an instant as ISO 8601 UTC, an enum as its value.' }),
  }),
});

/**
 * The parameters of a text written from the template of its code, read back; none when the code has no template or
 * the text does not follow it (a row written before the catalogue).
 */
export function messageParams(
  templates: Partial<Record<string, MessageTemplate>>,
  code: string,
  text: string | null,
): MessageParam[] {
  const template = templates[code];
  const params = template && text !== null ? parseMessage(template, text) : null;
  return params ? Object.entries(params).map(([name, value]) => ({ name, value })) : [];
}
