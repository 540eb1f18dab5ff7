import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../plugin';
import { builtInPlugins } from '../plugins/built-in';

/** The API's enums as the printed schema declares them (the SDK's enum types are generated from it). */
const schema = parse(readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'));
const apiEnums = schema.definitions
  .filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
  .map((d) => ({ name: d.name.value, values: (d.values ?? []).map((v) => v.name.value) }))
  .filter((e) => e.values.length > 1);

/**
 * Groups keyed by an enum's values that say something other than the value's label, so they are not copies of
 * `fidele.enum.*`: the key, then why.
 */
const differentTexts: Record<string, string> = {
  'fidele.cases.move_to': 'CaseStatus: the verbs of the buttons that move a case to a status',
  'fidele.stewardship.done': 'ProposalStatus: what a decision did, as a notification sentence',
  'fidele.scores.assumption': 'LifetimeValueAssumption: each assumption spelt out as a sentence',
  'fidele.analytics.cmp.test_': 'UpliftTestMethod: the short name in parentheses after a p-value',
  'fidele.subject_requests.confirm_complete_': 'SubjectRequestType: the confirmation asked before completing',
};

/**
 * The groups of a message tree that label every value of an API enum: an object whose keys are exactly the enum's
 * values (`type: { CALL, EMAIL, ... }`), or keys made of one prefix and every value (`state_RUNNING`, ...).
 */
export function enumCopies(messages: Messages, enums: { name: string; values: string[] }[], path = ''): string[] {
  const keys = Object.keys(messages);
  const found: string[] = [];
  for (const { name, values } of enums) {
    if (keys.length === values.length && values.every((v) => keys.includes(v))) found.push(`${path} (${name})`);
    const first = values[0] ?? '';
    const prefixes = new Set(keys.filter((k) => k.endsWith(first)).map((k) => k.slice(0, k.length - first.length)));
    for (const prefix of prefixes)
      if (prefix && values.every((v) => keys.includes(prefix + v) || keys.includes(prefix + v.toLowerCase())))
        found.push(`${path}.${prefix} (${name})`);
  }
  for (const key of keys) {
    const value = messages[key];
    if (value && typeof value === 'object') found.push(...enumCopies(value, enums, path ? `${path}.${key}` : key));
  }
  return found;
}

describe('plugin translations keep no copy of the shared enum labels', () => {
  it('finds a copy, a prefixed copy, and nothing in other groups (the scan works)', () => {
    const enums = [{ name: 'ActivityType', values: ['CALL', 'NOTE'] }];
    const messages = {
      fidele: {
        a: { type: { CALL: 'Call', NOTE: 'Note' }, kind_CALL: 'Call', kind_NOTE: 'Note', line: { CALL: 'x' } },
      },
    };
    expect(enumCopies(messages, enums)).toEqual(['fidele.a.kind_ (ActivityType)', 'fidele.a.type (ActivityType)']);
  });

  it.each(['en', 'fr'] as const)('no plugin labels an API enum itself in %s: it uses fidele.enum.*', (locale) => {
    const copies = builtInPlugins().flatMap((p) =>
      enumCopies(p.translations?.[locale] ?? {}, apiEnums).map((copy) => `${p.name}: ${copy}`),
    );
    const explained = (k: string) => copies.some((c) => c.includes(`: ${k} (`));
    expect(copies.filter((c) => !Object.keys(differentTexts).some((k) => c.includes(`: ${k} (`)))).toEqual([]);
    // An exception whose group went away goes from the list too, so that the list says only what is true.
    expect(Object.keys(differentTexts).filter((k) => !explained(k))).toEqual([]);
  });
});
