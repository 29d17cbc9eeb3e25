import js from '@eslint/js'
import { readFileSync } from 'node:fs'
import tseslint from 'typescript-eslint'

/**
 * The label namespaces, read from src/loop/labels.ts itself (`delivery:unit` → `delivery`,
 * `blocked-by:#` → `blocked-by`): a label added there is covered here without a second list.
 */
const labelNamespaces = [
  ...new Set(
    [...readFileSync('src/loop/labels.ts', 'utf8').matchAll(/'([a-z-]+):[^']*'/g)].map(m => m[1])
  )
].join('|')
/** The methods that take label names: any literal given to them is a label. */
const LABEL_CALLS = 'addLabels|removeLabel|hasLabel|createLabel|ensure'

/** Labels and markers are defined once, in src/loop/: their literals anywhere else are refused. */
const LABEL_AND_MARKER_RULES = [
  {
    selector: `Literal[value=/^(${labelNamespaces}):[a-z#-]*$/]`,
    message: 'A label name: use its constant from src/loop/labels.ts.'
  },
  {
    // `delivery:${kind}`: a label built by template.
    selector: `TemplateElement[value.raw=/^(${labelNamespaces}):/]`,
    message: 'A label name built by template: use src/loop/labels.ts.'
  },
  {
    // addLabels(n, ['needs-human']): any literal a label call is given is a label.
    selector: `CallExpression[callee.property.name=/^(${LABEL_CALLS})$/] Literal[value=/./]`,
    message: 'A label given to a label call: use its constant from src/loop/labels.ts.'
  },
  {
    selector: 'Literal[regex.pattern=/lc:/]',
    message: 'A marker pattern: use the render/parse pair in src/loop/markers.ts.'
  },
  {
    selector: 'TemplateElement[value.raw=/^(<!-- ?)?lc:/]',
    message: 'A marker: render it with src/loop/markers.ts.'
  },
  {
    // '<!-- lc:' + kind, 'lc:' + kind: a marker built by concatenation.
    selector: 'Literal[value=/^(<!-- ?)?lc:/]',
    message: 'A marker: render it with src/loop/markers.ts.'
  }
]

/** Every DELIVERY_LOOP_* variable has one home, src/environment.ts: code reads it through ENV. */
const ENVIRONMENT_RULES = [
  {
    selector: 'MemberExpression[property.name=/^DELIVERY_LOOP_/]',
    message: 'An environment variable: read it through ENV in src/environment.ts.'
  },
  {
    selector: 'Literal[value=/^DELIVERY_LOOP_[A-Z_]+$/]',
    message: 'An environment variable: name it through ENV in src/environment.ts.'
  }
]

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
    // Files that read as one piece: 400 lines of code at most. The exceptions are named in
    // __tests__/house/files.test.ts, each with what it will be split into.
    files: ['src/**/*.ts', 'rig/**/*.ts'],
    ignores: ['src/generated/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // The loop's labels and hidden markers are defined once, in src/loop/: a literal elsewhere
    // would be a second definition that can drift (architecture.md, "The shared vocabulary").
    files: ['src/**/*.ts'],
    ignores: ['src/loop/**', 'src/generated/**', 'src/environment.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...LABEL_AND_MARKER_RULES, ...ENVIRONMENT_RULES]
    }
  },
  {
    // src/environment.ts names the variables; labels and markers stay refused there too.
    files: ['src/environment.ts'],
    rules: { 'no-restricted-syntax': ['error', ...LABEL_AND_MARKER_RULES] }
  }
)
