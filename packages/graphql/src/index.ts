/** Typed GraphQL documents and types generated from the server's schema (schema.graphql). */
export * from './generated/graphql.js';
