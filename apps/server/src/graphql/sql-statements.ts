/**
 * Counts the SQL statements each GraphQL request sends, so tests can pin what an operation costs
 * (rankings must stay at a constant number of statements whatever the size of a cycle). Off by
 * default; with PATUH_COUNT_QUERIES=true every response carries `extensions.sqlStatements`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';

interface StatementCount {
  count: number;
}

const currentRequest = new AsyncLocalStorage<StatementCount>();

/** The Prisma client's query listener: adds one to the count of the request that sent it. */
export function countSqlStatement(): void {
  const counter = currentRequest.getStore();
  if (counter) counter.count += 1;
}

/** Opens a count for the request; mounted right before the GraphQL handler. */
export const sqlStatementCounter: RequestHandler = (_req, _res, next) => {
  currentRequest.run({ count: 0 }, next);
};

/** Reports the request's count in the response's extensions. */
export const sqlStatementsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const counter = currentRequest.getStore();
        if (!counter || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, sqlStatements: counter.count };
      },
    };
  },
};
