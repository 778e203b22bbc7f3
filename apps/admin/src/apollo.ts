import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { StaffViewerDocument } from '@patuh/graphql';
import { hasErrorCode } from './api/errors';

/**
 * Operations whose UNAUTHENTICATED answer means "wrong credentials" or "bad link", not "your
 * session has ended".
 */
const credentialOperations = new Set(['StaffSignIn', 'StaffAcceptInvitation', 'StaffResetPassword']);

/**
 * A session that ends while the app is open (expired, revoked by an admin, signed out on another
 * device) makes the next request UNAUTHENTICATED: forgetting the viewer lets the guard send the
 * person to sign in, with the page they were on as the way back.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (credentialOperations.has(operation.operationName ?? '') || !hasErrorCode(error, 'UNAUTHENTICATED')) return;
  operation.client.cache.writeQuery({ query: StaffViewerDocument, data: { me: null } });
});

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // There is one platform: every query's view of it merges into a single cache entry.
      Platform: { keyFields: [] },
    },
  });
}

/** The API lives on the same origin as the app (the platform serves both apps and the API). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}
