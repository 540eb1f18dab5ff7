import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  DirectiveLocation, GraphQLBoolean, GraphQLDirective, type GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLSchema,
  lexicographicSortSchema,
} from 'graphql';
import { builder } from '../kernel/graphql/builder.js';
import { repoRoot } from '../kernel/db/paths.js';
import '../kernel/graphql/scalars.js';
import '../identity/auth.schema.js';
import '../identity/api-key.schema.js';
import '../privacy/audit/audit.schema.js';
import '../privacy/consent/consent.schema.js';
import '../privacy/subject-rights/subject-rights.schema.js';
import '../sales/catalog/catalog.schema.js';
import '../contacts/contact.schema.js';
import '../sales/products/product.schema.js';
import '../campaigns/actions/action.schema.js';
import '../campaigns/targets/target.schema.js';
import '../campaigns/targets/contact-targets.schema.js';
import '../sales/sale.schema.js';
import '../collaboration/activities/activity.schema.js';
import '../collaboration/tasks/task.schema.js';
import '../collaboration/cases/case.schema.js';
import '../collaboration/activities/timeline.schema.js';
import '../collaboration/calendar/calendar.schema.js';
import '../collaboration/notifications/notification.schema.js';
import '../campaigns/segments/segment.schema.js';
import '../campaigns/targeting/targeting.schema.js';
import '../campaigns/targeting/pressure.schema.js';
import './overview/health.schema.js';
import './overview/overview.schema.js';
import '../analytics/analytics.schema.js';
import '../analytics/lifetime-value.schema.js';
import '../privacy/access/permissions.schema.js';
import '../contacts/quality/quality.schema.js';
import '../integration/imports/import.schema.js';
import '../integration/exports/export.schema.js';
import '../collaboration/surveys/survey.schema.js';
import '../campaigns/triggers/trigger.schema.js';
import '../campaigns/attribution/attribution.schema.js';
import '../campaigns/sequences/sequence.schema.js';
import '../collaboration/documents/document.schema.js';
import '../contacts/stewardship/stewardship.schema.js';
import '../integration/webhooks/webhook.schema.js';

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
