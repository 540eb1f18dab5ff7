import { readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../plugin';
import { builtInPlugins } from '../plugins/built-in';
import { mergeMessages } from '../compose-plugins';
import { enumLabelKey, enumMessages } from './enum-messages';
import type { EnumLabels } from './enum-labels/api-enums';
import { createI18nProvider } from './i18n-provider';

/** The printed schema the SDK is generated from: the API's enums as the server declares them. */
const schema = parse(readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'));
const apiEnums = schema.definitions
  .filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
  .map((d) => ({ name: d.name.value, values: (d.values ?? []).map((v) => v.name.value) }));

/**
 * Enums whose values never reach the screen as such: sort orders (the admin shows the column's label, not the
 * enum) and the mergeable contact fields (field names; the merge dialog labels its own groups of fields).
 */
const notShownAsValues = (name: string) =>
  name.endsWith('OrderField') || name === 'SortDirection' || name === 'MergeableContactField';

const pluginMessages = (locale: 'en' | 'fr'): Messages =>
  builtInPlugins()
    .map((p) => p.translations?.[locale] ?? {})
    .reduce(mergeMessages, {});

describe('enum labels', () => {
  const labelled = apiEnums.filter((e) => !notShownAsValues(e.name));

  it('the schema has enums to label (the walk reads the real schema)', () => {
    expect(labelled.length).toBeGreaterThan(60);
    expect(labelled.map((e) => e.name)).toContain('ContactKind');
  });

  it.each(['en', 'fr'] as const)('label every value of every API enum in %s, and no value the API lacks', (locale) => {
    const table = enumMessages[locale].fidele.enum as Record<string, Record<string, string>>;
    const missing: string[] = [];
    for (const { name, values } of labelled) {
      const labels = table[name] ?? {};
      for (const value of values) if (!labels[value]?.trim()) missing.push(`${name}.${value}`);
      for (const value of Object.keys(labels))
        if (!values.includes(value)) missing.push(`${name}.${value} (not in the API)`);
    }
    expect(missing).toEqual([]);
  });

  it('translate every enum value through the admin’s i18n provider in both languages', async () => {
    const i18n = createI18nProvider({ en: pluginMessages('en'), fr: pluginMessages('fr') }, 'en');
    const untranslated: string[] = [];
    for (const locale of ['en', 'fr'] as const) {
      await i18n.changeLocale(locale);
      for (const { name, values } of labelled)
        for (const value of values) {
          const key = enumLabelKey(name as keyof EnumLabels, value);
          if (i18n.translate(key, { _: key }) === key) untranslated.push(`${locale}:${key}`);
        }
    }
    expect(untranslated).toEqual([]);
    await i18n.changeLocale('fr');
    expect(i18n.translate(enumLabelKey('CaseStatus', 'WAITING'))).toBe('En attente');
  });
});
