import type { TranslateFunction } from 'react-admin';
import { enumLabelKey } from './enum-messages';

/**
 * The parameters of a coded server message (`MessageParam`s), with the values every such message names alike put in
 * the reader's words: a purpose (its code) and an action medium (its enum value) by their labels. A caller adds the
 * parameters only its codes have.
 */
export function readableParams(
  params: readonly { name: string; value: string }[],
  translate: TranslateFunction,
): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(params.map((p) => [p.name, p.value]));
  if (out.purpose !== undefined) out.purpose = translate(`fidele.purpose_names.${out.purpose}`, { _: out.purpose });
  if (out.medium !== undefined) out.medium = translate(enumLabelKey('ActionMedium', out.medium));
  return out;
}
