// @ts-check
/**
 * Lint rules of the whole workspace (issue 16). Prettier owns layout; ESLint owns what layout cannot show:
 * import cycles, the direction of dependencies between the server's bounded contexts (ARCHITECTURE.md), unused code,
 * and the size limits (400 lines a file, 80 lines a function) that keep modules readable.
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The server's contexts from the bottom up: each may import the ones before it, never the ones after. `platform`
 * assembles everything; `testing` (test support) may import anything and nothing imports it but tests.
 */
export const contextOrder = [
  'kernel',
  'privacy',
  'identity',
  'analytics',
  'contacts',
  'campaigns',
  'sales',
  'collaboration',
  'integration',
  'messaging',
  'platform',
];

const server = 'packages/server/src';

/** import-x/no-restricted-paths zones: a context may not import a context above it, nor the test support. */
const contextZones = contextOrder.flatMap((context, i) => [
  ...contextOrder.slice(i + 1).map((above) => ({
    target: `./${server}/${context}`,
    from: `./${server}/${above}`,
    except: [],
    message: `${context} is below ${above} (ARCHITECTURE.md): invert the dependency instead.`,
  })),
  { target: `./${server}/${context}`, from: `./${server}/testing`, message: 'test support is for tests only.' },
]);

const testFiles = ['**/*.test.ts', '**/tests/**', '**/testing/**', 'test/**', '**/bench/**'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'packages/sdk/src/generated/**',
      'test/sdk-types/must-not-compile.mts',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Parse dependencies as TypeScript (import-x's TypeScript preset, without its legacy resolver).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: [
            'packages/server/tsconfig.json',
            'packages/sdk/tsconfig.json',
            'packages/admin/tsconfig.json',
            'test/tsconfig.json',
          ],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: [`${server}/**`],
    ignores: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: contextZones }] },
  },
  {
    files: ['packages/admin/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read as one story per file and per describe block; the size limits are for the code they test.
    files: testFiles,
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
);
