import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API lives on the same origin as the app (the platform serves both apps and the API). */
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
