import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-console': 'off'
    }
  },
  {
    // Functions short enough to read at once. The only exceptions are the port adapters' method
    // tables (one short closure per port method), each named where it stands.
    files: ['src/**/*.ts'],
    ignores: ['src/generated/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // The loop's labels and hidden markers are defined once, in src/loop/: a literal elsewhere
    // would be a second definition that can drift (architecture.md, "The shared vocabulary").
    files: ['src/**/*.ts'],
    ignores: ['src/loop/**', 'src/generated/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(delivery|status):[a-z-]+$/]',
          message: 'A label name: use its constant from src/loop/labels.ts.'
        },
        {
          selector: 'Literal[regex.pattern=/lc:/]',
          message: 'A marker pattern: use the render/parse pair in src/loop/markers.ts.'
        },
        {
          selector: 'TemplateElement[value.raw=/^<!-- ?lc:/]',
          message: 'A marker: render it with src/loop/markers.ts.'
        },
        {
          selector: 'Literal[value=/^<!-- ?lc:/]',
          message: 'A marker: render it with src/loop/markers.ts.'
        }
      ]
    }
  }
)
