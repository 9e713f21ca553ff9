// Lint configuration: typescript-eslint's strict type-checked rules over every TypeScript file (type
// information from the project's tsconfigs), React's hook rules and jsx-a11y over the renderer, and
// the house rule of no default exports. The import graph is checked by dependency-cruiser
// (.dependency-cruiser.cjs); `npm run lint` runs both, with no warning allowed.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'blob-report/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Numbers in messages ("12 of 31 decided") are what templates are for; other non-strings
      // (undefined, null, objects) are still reported.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false },
      ],
      // Function members are properties (`onClose: () => void`), not methods: checked contravariantly
      // under strictFunctionTypes, and destructured from props without unbound-method's complaint.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // `onClick={() => setOpen(false)}` is the idiom; a void result used anywhere else is reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Offsets count code points (docs/annotation-set.md), and `[...text]` is how a string is split
      // into them; spreading a string is therefore intended here, not a grapheme-cluster mistake.
      // The rule still reports spreading promises, functions, maps and class instances.
      '@typescript-eslint/no-misused-spread': ['error', { allow: ['string'] }],
      // Dropping properties by destructuring (`const { orphan: _, ...rest } = a`) leaves the dropped
      // names unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript (the bin launcher, the highlight-benchmark runner, these configs) is in no
    // tsconfig, so it is linted without type information.
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark runner's page.evaluate callbacks run in the page.
    files: ['bench/highlights/run.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // CommonJS (the bin launcher, dependency-cruiser's config) loads modules with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // In tests, benchmarks and end-to-end specs a `!` on a value the test itself set up (a seed, a
    // match, an element) fails the test loudly if it is wrong, which is all an explicit check would do.
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**', 'test-support/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.strict],
    rules: {
      // autoFocus is used only where the user has just opened something: inside a modal <dialog>
      // (whose showModal() moves focus in, onto the autofocus control, as the WAI-ARIA dialog pattern
      // asks) and on the rename field the user asked for; never to take focus on page load.
      'jsx-a11y/no-autofocus': 'off',
    },
  },
  {
    // Articles, names, titles and notes come from files of other people: the renderer shows them as
    // text (React and ProseMirror text nodes) and never parses a string as HTML (docs/security.md).
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc'].map((property) => ({
          property,
          message: 'Text from files is rendered as text, never parsed as HTML (docs/security.md).',
        })),
        { object: 'document', property: 'write', message: 'Text from files is rendered as text, never parsed as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from files is rendered as text, never as HTML.' },
        { selector: "NewExpression[callee.name='DOMParser']", message: 'Text from files is rendered as text, never parsed as HTML.' },
      ],
    },
  },
  {
    // No default exports (house style): a module's names are the names it is imported by.
    rules: {
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true },
        },
      ],
    },
  },
  {
    // Tools that read their configuration from a module's default export.
    files: [
      'eslint.config.mjs',
      'electron.vite.config.ts',
      'vite.cli.config.ts',
      'vitest.config.ts',
      'vitest.faults.config.ts',
      'playwright.config.ts',
      'bench/playwright.config.ts',
      'bench/highlights/vite.config.ts',
    ],
    rules: { 'no-restricted-exports': 'off' },
  },
);
