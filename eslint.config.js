import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/generated', 'test-results', 'bench/out', 'sources'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'node:*', 'cytoscape', 'd3'], paths: [] },
      ],
    },
  },
  // Features do not import each other: what two views share lives in src/ui/common
  // (STYLE.md, "one owner per piece of state"); App.tsx composes the views.
  ...['explorer', 'spec', 'plan', 'compare', 'search'].map((feature) => ({
    files: [`src/ui/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['explorer', 'spec', 'plan', 'compare', 'search']
                .filter((other) => other !== feature)
                .map((other) => `../${other}/*`),
              message: 'A feature does not import another feature; move what both need to src/ui/common.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/ui/common/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../explorer/*', '../spec/*', '../plan/*', '../compare/*', '../search/*'],
              message: 'Shared UI does not import a feature.',
            },
          ],
        },
      ],
    },
  },
);
