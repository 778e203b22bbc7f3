import { ApolloLink } from '@apollo/client';
import { Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import { mergeMap, of } from 'rxjs';

/** What the generated documents carry: the SHA-256 of their text (packages/graphql codegen). */
function hashOf(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' && hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : undefined;
}

const isQuery = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY);

/**
 * Reads go to the server as GETs that name the operation by the hash of its text
 * (`extensions.persistedQuery`, as Apollo's persisted-query link sends it) instead of POSTing the
 * text: the URL is then the same for everyone reading the same thing, so on publication day the
 * server's own cache, and any CDN in front of it, answer most of the portal's traffic without
 * running GraphQL. Mutations and documents without a hash are sent as before. The preflight
 * header lets the server run a hashed read that is personal (an officer's rapor) under its CSRF
 * rules. Should a server not know the hash (an instance still on an older release), the read is
 * sent again in full.
 */
export const readsByHashLink = new ApolloLink((operation, forward) => {
  const hash = hashOf(operation.query);
  if (hash === undefined || !isQuery(operation.query)) return forward(operation);

  const asSent = operation.getContext();
  operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
  operation.setContext({
    http: { ...asSent.http, includeQuery: false, includeExtensions: true },
    fetchOptions: { ...asSent.fetchOptions, method: 'GET' },
    headers: { ...asSent.headers, 'apollo-require-preflight': 'true' },
  });
  return forward(operation).pipe(
    mergeMap((result) => {
      if (!result.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return of(result);
      const { persistedQuery: _unknown, ...extensions } = operation.extensions;
      operation.extensions = extensions;
      operation.setContext({ http: asSent.http, fetchOptions: asSent.fetchOptions, headers: asSent.headers });
      return forward(operation);
    }),
  );
});
