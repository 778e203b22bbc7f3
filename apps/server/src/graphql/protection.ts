/**
 * Limits on what one GraphQL request may ask for, checked before anything runs: nesting depth,
 * aliases, tokens, directives and an estimated cost (graphql-armor). The limits sit well above
 * what the apps' own documents need and far below what an abusive query needs.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20000,
} as const;

export function queryProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor counts them in a
    // hook whose error Apollo answers as a server error (500) instead of a bad request (400).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Suggestions ("did you mean …?") reveal the schema; the SDL is published as a file instead.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
