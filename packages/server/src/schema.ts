import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  DirectiveLocation, GraphQLBoolean, GraphQLDirective, type GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLSchema,
  lexicographicSortSchema,
} from 'graphql';
import { builder } from './builder.js';
import { repoRoot } from './db/paths.js';
import './scalars.js';
import './modules/auth/auth.schema.js';
import './modules/auth/api-key.schema.js';
import './modules/audit/audit.schema.js';
import './modules/consent/consent.schema.js';
import './modules/privacy/privacy.schema.js';
import './modules/catalog/catalog.schema.js';
import './modules/contacts/contact.schema.js';
import './modules/products/product.schema.js';
import './modules/actions/action.schema.js';
import './modules/targets/target.schema.js';
import './modules/sales/sale.schema.js';
import './modules/activities/activity.schema.js';
import './modules/tasks/task.schema.js';
import './modules/cases/case.schema.js';
import './modules/activities/timeline.schema.js';
import './modules/calendar/calendar.schema.js';
import './modules/notifications/notification.schema.js';
import './modules/segments/segment.schema.js';
import './modules/campaigns/targeting.schema.js';
import './modules/campaigns/pressure.schema.js';
import './modules/overview/health.schema.js';
import './modules/overview/overview.schema.js';
import './modules/analytics/analytics.schema.js';
import './modules/analytics/lifetime-value.schema.js';
import './modules/access/permissions.schema.js';
import './modules/quality/quality.schema.js';
import './modules/quality/import.schema.js';
import './modules/quality/export.schema.js';
import './modules/surveys/survey.schema.js';
import './modules/campaigns/trigger.schema.js';
import './modules/campaigns/attribution.schema.js';
import './modules/campaigns/sequence.schema.js';
import './modules/documents/document.schema.js';
import './modules/stewardship/stewardship.schema.js';
import './modules/webhooks/webhook.schema.js';

const built = builder.toSchema();

/** The access directives printed in the schema. They document the rules; the rules themselves run in resolvers. */
const authDirective = new GraphQLDirective({
  name: 'auth',
  description: 'Only these staff roles may read the field; others get null and a FORBIDDEN error.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { roles: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(built.getType('Role') as GraphQLEnumType))) } },
});

const purposeDirective = new GraphQLDirective({
  name: 'purpose',
  description:
    "Personal data (consentBound: true): resolves only when the contact's consent covers the purpose the request " +
    'declares (header x-fidele-purpose); otherwise null and a CONSENT_REQUIRED error. Filters and sorts on the field ' +
    'only see contacts whose consent covers the purpose.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { consentBound: { type: new GraphQLNonNull(GraphQLBoolean) } },
});

export const schema = new GraphQLSchema({
  ...built.toConfig(),
  directives: [...built.getDirectives(), authDirective, purposeDirective],
});

/** The printed schema, committed at the repository root; a test fails when it is stale. */
export const schemaFile = path.join(repoRoot, 'schema.graphql');
export const printedSchema = () => `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}
