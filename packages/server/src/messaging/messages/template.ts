/**
 * The template grammar of messages: text with `{{field}}` placeholders, nothing else (no logic, no loops, no
 * partials, no raw output). Parsed here rather than with a library: the grammar is a few lines, strict validation
 * with positions is what editors need, and a logic-less grammar keeps every merged value visible to the consent
 * rule (a template cannot compute a personal value out of sight). See MESSAGING.md.
 *
 * - `{{ name }}`: the merge field `name` (letters and digits, starting with a letter; spaces inside the braces
 *   allowed). An unknown name is an error, so a typo never sends a message with a hole in it.
 * - Every `{{` opens a placeholder; `}}` alone is text.
 */
import { type FieldMessage, fieldMessage } from '../../kernel/field-messages.js';

export type TemplatePart = string | { field: string };

export interface TemplateProblem extends FieldMessage {
  /** TEMPLATE_SYNTAX (unclosed or malformed placeholder) or UNKNOWN_MERGE_FIELD. */
  code: 'TEMPLATE_SYNTAX' | 'UNKNOWN_MERGE_FIELD';
  /** Offset of the problem in the template (characters). */
  at: number;
}

/** Parses a template; problems list unclosed, empty or malformed placeholders and unknown fields. */
export function parseTemplate(
  source: string,
  known: (field: string) => boolean,
): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let i = 0;
  // A hostile template answers a bounded list of problems, not one per placeholder.
  while (i < source.length && problems.length < 20) {
    const open = source.indexOf('{{', i);
    if (open < 0) {
      parts.push(source.slice(i));
      break;
    }
    if (open > i) parts.push(source.slice(i, open));
    const close = source.indexOf('}}', open + 2);
    if (close < 0) {
      const text = source.slice(open, open + 40);
      problems.push({ ...fieldMessage('TEMPLATE_SYNTAX', { text, at: open }), code: 'TEMPLATE_SYNTAX', at: open });
      break;
    }
    const name = source.slice(open + 2, close).trim();
    if (!/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name))
      problems.push({
        ...fieldMessage('TEMPLATE_SYNTAX', {
          text: `{{${source.slice(open + 2, Math.min(close, open + 42))}}}`,
          at: open,
        }),
        code: 'TEMPLATE_SYNTAX',
        at: open,
      });
    else if (!known(name))
      problems.push({
        ...fieldMessage('UNKNOWN_MERGE_FIELD', { name, at: open }),
        code: 'UNKNOWN_MERGE_FIELD',
        at: open,
      });
    else parts.push({ field: name });
    i = close + 2;
  }
  return { parts, problems };
}

/** The fields a parsed template uses. */
export const fieldsOf = (parts: readonly TemplatePart[]): string[] => [
  ...new Set(parts.flatMap((p) => (typeof p === 'string' ? [] : [p.field]))),
];

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and quoted attributes. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => htmlEntities[c]!);

/** Fills a parsed template; `escape` is applied to every merged value (never to the template's own text). */
export function fillTemplate(
  parts: readonly TemplatePart[],
  values: Readonly<Record<string, string>>,
  escape: (value: string) => string = (v) => v,
): string {
  return parts.map((p) => (typeof p === 'string' ? p : escape(values[p.field] ?? ''))).join('');
}
