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
  // The zod schemas in domain/model.ts validate data files (build, CLI); importing a value from
  // model.ts into the page pulls zod in (about 27 KB gzipped). Runtime constants come from
  // domain/vocabulary.ts; types from model.ts are fine.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/domain/**/*.ts', 'src/*.{ts,tsx}'],
    ignores: ['src/domain/model.ts', 'src/domain/dataset.ts', 'src/domain/course/**', 'src/cli.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/domain/model', '../model', './model'],
              allowTypeImports: true,
              message:
                'Import types only from model.ts (its schemas pull zod into the page); values come from domain/vocabulary.',
            },
          ],
        },
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
