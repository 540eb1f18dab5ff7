import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the generated files go; the staleness test points it at a temporary folder and compares. */
const out = process.env.FIDELE_SDK_OUT ?? 'src/generated/';

/**
 * Custom scalars as they travel in JSON. DateTime is an ISO-8601 string both ways (a `Date` is accepted as input:
 * `JSON.stringify` turns it into that string). Decimal is an exact decimal string ("12.50"); the API also parses a
 * number as input.
 */
const scalars = {
  DateTime: { input: 'string | Date', output: 'string' },
  Decimal: { input: 'string | number', output: 'string' },
};

/** The SDK is generated from the committed, printed schema and the operation documents; CI fails on a diff. */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  generates: {
    // Typed operations: result and variable types, and each document as a typed string.
    [out]: {
      preset: 'client',
      // Documents as typed strings: no graphql-tag or graphql runtime in the SDK, so it stays small in browsers.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars, strictScalars: true },
      presetConfig: { fragmentMasking: false },
    },
    // Every type, input and enum of the schema, with the schema's descriptions as JSDoc: that is where SDK users
    // read the access rules (`@auth(roles)` fields say "Confidential: readable by ...", `@purpose(consentBound)`
    // fields say "Personal: resolves only when the contact's consent covers the request's purpose"). The client
    // preset above only emits the types its operations use, and its result types carry no descriptions.
    [`${out}schema.ts`]: {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars, strictScalars: true },
    },
    // The same rules as data (`fieldAccess['Contact.incomeBand'].roles`), for display and field hiding.
    [`${out}access.ts`]: {
      plugins: [{ add: { content: "import type { Role } from './schema.js';\n" } }, './codegen/access-rules.mjs'],
    },
    // The client's method table: one method per operation, typed by its document (client.ts derives the types).
    [`${out}methods.ts`]: { plugins: ['./codegen/methods.mjs'] },
  },
  emitLegacyCommonJSImports: false,
};
export default config;
