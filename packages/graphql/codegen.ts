import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for both apps and the server's API tests, from the committed SDL.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/documents/**/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: {},
};
export default config;
