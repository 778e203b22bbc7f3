import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API lives on the portal's own origin (the platform serves both). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        // There is one platform: every query's view of it merges into a single cache entry.
        Platform: { keyFields: [] },
      },
    }),
  });
}
