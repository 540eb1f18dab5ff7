import { builder } from '../../kernel/graphql/builder.js';
import { ActionMediumEnum, ContactKindEnum } from '../../kernel/graphql/enums.js';
import { getOverview, type Overview } from './overview.service.js';

const KindCount = builder.objectRef<Overview['contactsByKind'][number]>('KindCount').implement({
  fields: (t) => ({ kind: t.expose('kind', { type: ContactKindEnum }), count: t.exposeInt('count') }),
});
const MonthlySales = builder.objectRef<Overview['salesByMonth'][number]>('MonthlySales').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'Calendar month, YYYY-MM.' }),
    saleCount: t.exposeInt('saleCount'),
    revenue: t.exposeFloat('revenue', { description: 'Sum of sale totals, net of discounts.' }),
  }),
});
const MediumCount = builder.objectRef<Overview['actionsByMedium'][number]>('MediumCount').implement({
  fields: (t) => ({ medium: t.expose('medium', { type: ActionMediumEnum }), count: t.exposeInt('count') }),
});

const OverviewRef = builder.objectRef<Overview>('Overview').implement({
  description: 'Non-personal figures about the part of the database you may see (your brands and zones).',
  fields: (t) => ({
    contactCount: t.exposeInt('contactCount', { description: 'Contacts you may see, neither deleted nor merged.' }),
    contactsByKind: t.field({ type: [KindCount], resolve: (o) => o.contactsByKind }),
    productCount: t.exposeInt('productCount'),
    actionCount: t.exposeInt('actionCount'),
    saleCount: t.exposeInt('saleCount'),
    salesByMonth: t.field({ type: [MonthlySales], resolve: (o) => o.salesByMonth }),
    actionsByMedium: t.field({ type: [MediumCount], resolve: (o) => o.actionsByMedium }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description:
      'Counts and monthly sales over what you may see: contacts of your brands and zones, their sales, the actions of ' +
      'your brands. Staff only (company figures are not public). Aggregates only: no personal field.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => getOverview(ctx),
  }),
);
