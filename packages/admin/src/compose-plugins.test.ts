import { describe, expect, it, vi } from 'vitest';
import { createFideleClient } from '@fidele/sdk';
import { createSession } from './api/session';
import { composePlugins } from './compose-plugins';
import { definePlugin, type FidelePlugin, type PluginContext } from './plugin';

const Widget = () => null;
const context: PluginContext = {
  apiUrl: '/graphql',
  client: createFideleClient({ url: '/graphql', fetch: vi.fn() }),
  session: createSession('test', new Map() as never),
};

const contactsPlugin = (options: { disabled?: boolean } = {}): FidelePlugin =>
  definePlugin(
    {
      name: 'contacts',
      resources: [{ name: 'contacts', list: Widget, recordRepresentation: 'lastName' }],
      menu: [{ to: '/segments', label: 'fidele.contacts.segments' }],
      customRoutes: [{ path: '/segments', element: null }],
      dashboardWidgets: [{ id: 'latest', component: Widget }],
      translations: { en: { fidele: { contacts: { title: 'Contacts', segments: 'Segments' } } } },
      dataProvider: () => ({
        getList: async (resource) => ({ data: [{ id: 1, resource }] as never[], total: 1 }),
        countContacts: async () => 42,
      }),
    },
    options,
  );

const statsPlugin: FidelePlugin = {
  name: 'stats',
  dashboardWidgets: [{ id: 'latest', component: Widget, width: 'full' }],
  translations: {
    en: { fidele: { contacts: { title: 'People' }, stats: { title: 'Stats' } } },
    fr: { fidele: { stats: { title: 'Stats' } } },
  },
  dataProvider: () => ({ getStats: async () => 'stats' }),
};

describe('composePlugins', () => {
  it('concatenates contributions in order and prefixes widget ids with the plugin name', () => {
    const composed = composePlugins([contactsPlugin(), statsPlugin]);
    expect(composed.names).toEqual(['contacts', 'stats']);
    expect(composed.resources.map((r) => r.name)).toEqual(['contacts']);
    expect(composed.dashboardWidgets.map((w) => w.id)).toEqual(['contacts.latest', 'stats.latest']);
    expect(composed.menu).toHaveLength(1);
  });

  it('deep-merges translations: a later plugin extends and may reword, never removes', () => {
    const { translations } = composePlugins([contactsPlugin(), statsPlugin]);
    expect(translations.en).toEqual({
      fidele: { contacts: { title: 'People', segments: 'Segments' }, stats: { title: 'Stats' } },
    });
    expect(translations.fr).toEqual({ fidele: { stats: { title: 'Stats' } } });
  });

  it('routes each resource to its plugin and merges custom methods', async () => {
    const dataProvider = composePlugins([contactsPlugin(), statsPlugin]).createDataProvider(context);
    await expect(dataProvider.getList('contacts', {} as never)).resolves.toEqual({
      data: [{ id: 1, resource: 'contacts' }],
      total: 1,
    });
    await expect(dataProvider.countContacts()).resolves.toBe(42);
    await expect(dataProvider.getStats()).resolves.toBe('stats');
  });

  it('rejects an unknown resource, or a method the owning plugin lacks, with a clear error', async () => {
    const dataProvider = composePlugins([contactsPlugin(), statsPlugin]).createDataProvider(context);
    await expect(dataProvider.getList('sales', {} as never)).rejects.toThrow(
      'no plugin serves the resource "sales" (getList). Resources served: contacts.',
    );
    await expect(dataProvider.delete('contacts', {} as never)).rejects.toThrow(
      'plugin "contacts" does not support delete on "contacts"',
    );
    const empty = composePlugins([statsPlugin]).createDataProvider(context);
    await expect(empty.getOne('contacts', {} as never)).rejects.toThrow('No enabled plugin declares any resource.');
  });

  it('refuses plugins that would replace each other', () => {
    expect(() => composePlugins([statsPlugin, statsPlugin])).toThrow('two plugins are named "stats"');
    const twin: FidelePlugin = { ...contactsPlugin(), name: 'contacts2' };
    expect(() => composePlugins([contactsPlugin(), twin])).toThrow('both declare the resource "contacts"');
    const sameMethod: FidelePlugin = { name: 'other', dataProvider: () => ({ getStats: async () => 'other' }) };
    expect(() => composePlugins([statsPlugin, sameMethod]).createDataProvider(context)).toThrow(
      'plugins "stats" and "other" both define the data provider method "getStats"',
    );
    const twoWidgets: FidelePlugin = {
      name: 'w',
      dashboardWidgets: [
        { id: 'a', component: Widget },
        { id: 'a', component: Widget },
      ],
    };
    expect(() => composePlugins([twoWidgets])).toThrow('two dashboard widgets with the id "a"');
    expect(() => composePlugins([{ name: 'x', resources: [{ name: 'x' }] }])).toThrow(
      'declares resources but no dataProvider',
    );
  });

  it('disabled keeps a plugin’s shape (name, translations, data, resource names) and removes its UI', async () => {
    const composed = composePlugins([contactsPlugin({ disabled: true })]);
    expect(composed.names).toEqual(['contacts']);
    expect(composed.resources).toEqual([{ name: 'contacts', recordRepresentation: 'lastName' }]);
    expect(composed.menu).toEqual([]);
    expect(composed.customRoutes).toEqual([]);
    expect(composed.dashboardWidgets).toEqual([]);
    expect(composed.translations.en).toEqual({ fidele: { contacts: { title: 'Contacts', segments: 'Segments' } } });
    await expect(composed.createDataProvider(context).countContacts()).resolves.toBe(42);
  });
});

describe('slots', () => {
  it('concatenates slot components in plugin order with prefixed ids; a disabled plugin adds none', () => {
    const A = () => null;
    const one: FidelePlugin = {
      name: 'one',
      slots: { 'contacts.show': [{ id: 'consents', component: A, requires: 'contact' }] },
    };
    const two = (disabled = false) =>
      definePlugin(
        {
          name: 'two',
          slots: {
            'contacts.show': [{ id: 'scores', component: A }],
            'contacts.bulkActions': [{ id: 'target', component: A }],
          },
        },
        { disabled },
      );
    const composed = composePlugins([one, two()]);
    expect(composed.slots['contacts.show']!.map((s) => s.id)).toEqual(['one.consents', 'two.scores']);
    expect(composed.slots['contacts.show']![0]!.requires).toBe('contact');
    expect(composed.slots['contacts.bulkActions']!.map((s) => s.id)).toEqual(['two.target']);
    expect(composePlugins([one, two(true)]).slots).toEqual({
      'contacts.show': [expect.objectContaining({ id: 'one.consents' })],
    });
    const twice: FidelePlugin = {
      name: 'x',
      slots: {
        s: [
          { id: 'a', component: A },
          { id: 'a', component: A },
        ],
      },
    };
    expect(() => composePlugins([twice])).toThrow(/two components with the id "a" in the slot "s"/);
  });
});
