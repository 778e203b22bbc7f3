/**
 * A GraphQL client for API tests: sends the typed documents of @patuh/graphql over HTTP to the
 * real server, as the apps do, and keeps its session cookie like a browser.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; i18n?: { id: string; en: string }; [k: string]: unknown };
}

export interface Reply<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

export class ApiClient {
  private cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request<T = any, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V): Promise<Reply<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      if (!pair?.startsWith('patuh_session=')) continue;
      const value = pair.slice('patuh_session='.length);
      this.cookie = value && !/expires=Thu, 01 Jan 1970/i.test(c) ? pair : undefined;
    }
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** The data, or a thrown error listing what the server said. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async data<T = any, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V): Promise<T> {
    const reply = await this.request(document, variables);
    if (reply.errors?.length || !reply.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(reply.errors ?? reply.status)}`);
    }
    return reply.data;
  }

  /** The first error's code, for tests of refusals. */
  async errorCode<T, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V): Promise<string | undefined> {
    const reply = await this.request(document, variables);
    return reply.errors?.[0]?.extensions?.code;
  }
}
