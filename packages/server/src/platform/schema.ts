import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  type GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLSchema,
  lexicographicSortSchema,
} from 'graphql';
import { builder } from '../kernel/graphql/builder.js';
import { repoRoot } from '../kernel/db/paths.js';
import '../kernel/graphql/scalars.js';
import './modules.js';
import './overview/health.schema.js';
import './overview/overview.schema.js';
import './jobs/job-runs.schema.js';

const built = builder.toSchema();

/** The access directives printed in the schema. They document the rules; the rules themselves run in resolvers. */
const authDirective = new GraphQLDirective({
  name: 'auth',
  description: 'Only these staff roles may read the field; others get null and a FORBIDDEN error.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    roles: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(built.getType('Role') as GraphQLEnumType))) },
  },
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
