import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for both apps and the server's API tests, from the committed SDL.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/documents/**/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      // Each operation carries the SHA-256 of its text (`__meta__.hash`), and persisted-documents.json
      // maps hashes to texts: the server accepts public reads by hash as cacheable GETs.
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', ID: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: {},
};
export default config;
