import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'test/stubs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The domain core is pure: no Office.js, React, DOM or Node.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'react/*', '@fluentui/*'], message: 'The domain core must not depend on React or Fluent UI.' },
          { group: ['exceljs', 'office-*', '@microsoft/*'], message: 'The domain core must not depend on a host (ExcelJS, Office.js).' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util', 'stream', 'buffer', 'crypto'], message: 'The domain core must not depend on Node.' },
          { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**'], message: 'The domain core must not import from hosts, the task pane or the command line.' },
        ],
      }],
      'no-restricted-globals': ['error',
        'window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest',
        'Office', 'Excel', 'OfficeExtension',
        'process', 'Buffer', 'require', '__dirname', '__filename', 'global',
      ],
    },
  },
  // The domain's one direction: text → sheet → table → catalog → views (recognize) → analysis → relations
  // → checks, fill and the rest. Nothing below imports from above; only the engine imports the checks.
  ...[
    ['src/domain/table/**/*.ts', ['recognize', 'analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'tally', 'engine']],
    ['src/domain/recognize/**/*.ts', ['analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'engine']],
    ['src/domain/analysis/**/*.ts', ['relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'engine']],
    ['src/domain/relations/**/*.ts', ['checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'engine']],
    // Under the table: texts and numbers, then the grid, then the criteria sets (which read a header).
    ['src/domain/text/**/*.ts', ['sheet', 'table', 'catalog', 'recognize', 'analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'tally', 'findings', 'engine']],
    ['src/domain/sheet/**/*.ts', ['table', 'catalog', 'recognize', 'analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'tally', 'findings', 'engine']],
    ['src/domain/catalog/**/*.ts', ['recognize', 'analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'tally', 'engine']],
    ['src/domain/tally/**/*.ts', ['analysis', 'relations', 'checks', 'fill', 'report', 'plantext', 'appendix', 'consolidate', 'template', 'engine']],
    ['src/domain/{fill,report,plantext,appendix,consolidate,template,findings}/**/*.ts', ['checks']],
    ['src/domain/*.ts', ['checks'], ['src/domain/engine.ts']],
  ].map(([files, above, ignores = []]) => ({
    files: [files],
    ignores,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'react/*', '@fluentui/*'], message: 'The domain core must not depend on React or Fluent UI.' },
          { group: ['exceljs', 'office-*', '@microsoft/*'], message: 'The domain core must not depend on a host (ExcelJS, Office.js).' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'util', 'stream', 'buffer', 'crypto'], message: 'The domain core must not depend on Node.' },
          { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**'], message: 'The domain core must not import from hosts, the task pane or the command line.' },
          ...above.map((folder) => ({ group: [`**/${folder}/**`, `**/${folder}`, `../${folder}`], message: `The domain flows one way: this folder must not import from ${folder} (see README, Architecture).` })),
        ],
      }],
    },
  })),
  {
    // Microsoft's rules for Office.js code: load before read, sync after load, no sync in a loop …
    files: ['src/hosts/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
