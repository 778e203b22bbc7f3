import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { PortalSignInDocument, RankingsDocument } from '@patuh/graphql';
import { parse } from 'graphql';
import { firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { readsByHashLink } from './readsByHash';

interface Sent {
  method: string | undefined;
  includeQuery: boolean | undefined;
  persistedQuery: unknown;
  preflight: string | undefined;
}

/** Runs one operation through the link into a stand-in for the HTTP link, which answers with `answers` in turn. */
async function send(query: Parameters<typeof ApolloLink.execute>[1]['query'], answers: object[] = [{ data: {} }]) {
  const sent: Sent[] = [];
  const http = new ApolloLink((operation) => {
    const context = operation.getContext();
    sent.push({
      method: context.fetchOptions?.method,
      includeQuery: context.http?.includeQuery,
      persistedQuery: operation.extensions.persistedQuery,
      preflight: context.headers?.['apollo-require-preflight'],
    });
    return of(answers[sent.length - 1] ?? { data: {} });
  });
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
  const result = await firstValueFrom(ApolloLink.execute(ApolloLink.from([readsByHashLink, http]), { query, variables: {} }, { client }));
  return { sent, result };
}

describe('reads by hash', () => {
  const hash = (RankingsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash.slice('sha256:'.length);

  it('sends a generated query as a GET naming its hash, without its text', async () => {
    const { sent } = await send(RankingsDocument);
    expect(sent).toEqual([{ method: 'GET', includeQuery: false, persistedQuery: { version: 1, sha256Hash: hash }, preflight: 'true' }]);
  });

  it('leaves mutations and documents without a hash as they were', async () => {
    const { sent: mutation } = await send(PortalSignInDocument);
    expect(mutation[0]).toMatchObject({ method: undefined, persistedQuery: undefined });
    const { sent: adHoc } = await send(parse('query Ad { __typename }'));
    expect(adHoc[0]).toMatchObject({ method: undefined, persistedQuery: undefined });
  });

  it('sends the read again in full when the server does not know the hash', async () => {
    const notFound = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
    const { sent, result } = await send(RankingsDocument, [notFound, { data: { answer: 42 } }]);
    expect(sent.map((s) => [s.method, s.persistedQuery])).toEqual([
      ['GET', { version: 1, sha256Hash: hash }],
      [undefined, undefined],
    ]);
    expect(result).toEqual({ data: { answer: 42 } });
  });
});
