import type { CodegenConfig } from '@graphql-codegen/cli';

/** The SDK is generated from the committed, printed schema and the operation documents; CI fails on a diff. */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  generates: {
    [process.env.FIDELE_SDK_OUT ?? 'src/generated/']: {
      preset: 'client',
      // Documents as typed strings: no graphql-tag or graphql runtime in the SDK, so it stays small in browsers.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
  emitLegacyCommonJSImports: false,
};
export default config;
