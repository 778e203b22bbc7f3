/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a string carrying one, in a variable or
 * written into the document, would reach a query and fail there as an internal error. It is
 * refused before anything runs, as bad input naming where it was.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { badInput } from '../errors.js';

const NUL = '\u0000';

/**
 * The path of the first string holding NUL in a JSON value, e.g. `filter.search` or
 * `answers[2].note`. Walked with a stack of its own: variables can be nested deeper than the
 * call stack goes.
 */
function nulIn(variables: Record<string, unknown>): string | undefined {
  const pending: [unknown, string][] = Object.entries(variables).map(([key, value]) => [value, key]);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push([item, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) pending.push([inner, `${path}.${key}`]);
    }
  }
  return undefined;
}

function nulInDocument(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

export const refuseNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = nulIn(request.variables ?? {}) ?? (nulInDocument(document) ? 'query' : undefined);
        if (field === undefined) return;
        // Refused before execution: a bad request (400), as GraphQL's own input errors are.
        throw badInput(field, { id: 'Teks tidak boleh memuat karakter NUL (U+0000).', en: 'Text may not contain the NUL character (U+0000).' }, { http: { status: 400 } });
      },
    };
  },
};
