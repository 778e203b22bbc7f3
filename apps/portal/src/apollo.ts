import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PortalViewerDocument } from '@patuh/graphql';
import { hasErrorCode } from './features/api/errors';
import { readsByHashLink } from './features/api/readsByHash';

/**
 * A session that ends while the portal is open (expired, revoked, signed out elsewhere) makes the
 * next request UNAUTHENTICATED: forgetting the viewer puts "Masuk" back in the header and lets the
 * officer's pages ask them to sign in again. A refused sign-in is not a session ending.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'PortalSignIn' || !hasErrorCode(error, 'UNAUTHENTICATED')) return;
  operation.client.cache.writeQuery({ query: PortalViewerDocument, data: { me: null } });
});

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // There is one platform: every query's view of it merges into a single cache entry.
      Platform: { keyFields: [] },
      PublishedCycle: { keyFields: ['cycleId'] },
      // These have no id of their own: the field's arguments identify them, so two queries that
      // read different parts of the same one (the rapor and its what-if inputs) add up.
      Rapor: { merge: true },
      GradeDistribution: { merge: true },
      InstitutionProfile: { merge: true },
    },
  });
}

/** The API lives on the portal's own origin (the platform serves both). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, readsByHashLink, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}
