import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  DirectiveLocation, GraphQLDirective, type GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLSchema,
  lexicographicSortSchema,
} from 'graphql';
import { builder } from './builder.js';
import { repoRoot } from './db/paths.js';
import './scalars.js';
import './modules/auth/auth.schema.js';
import './modules/catalog/catalog.schema.js';
import './modules/contacts/contact.schema.js';
import './modules/products/product.schema.js';
import './modules/actions/action.schema.js';
import './modules/sales/sale.schema.js';
import './modules/overview/health.schema.js';
import './modules/overview/overview.schema.js';

const built = builder.toSchema();

/** The access directives printed in the schema. They document the rules; the rules themselves run in resolvers. */
const authDirective = new GraphQLDirective({
  name: 'auth',
  description: 'Only these staff roles may read the field; others get null and a FORBIDDEN error.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { roles: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(built.getType('Role') as GraphQLEnumType))) } },
});

export const schema = new GraphQLSchema({ ...built.toConfig(), directives: [...built.getDirectives(), authDirective] });

/** The printed schema, committed at the repository root; a test fails when it is stale. */
export const schemaFile = path.join(repoRoot, 'schema.graphql');
export const printedSchema = () => `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}
