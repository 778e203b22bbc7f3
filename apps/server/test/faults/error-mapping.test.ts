/**
 * The errors a database outage raises, as they reach Apollo's formatError, become the clean,
 * retryable SERVICE_UNAVAILABLE, in production as in development. The restart test meets them
 * only by chance (a request caught at the instant PostgreSQL goes away), so each is named here.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Prisma } from '@patuh/db';
import { formatError } from '../../src/errors.js';

const prismaError = (code: string, message: string) => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: 'test' });

/** What Apollo hands formatError when a resolver, or building the context, threw `error`. */
function format(error: Error, production: boolean) {
  const wrapped = new GraphQLError(`Context creation failed: ${error.message}`, { originalError: error, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return formatError(production, () => 'request-1')(wrapped.toJSON(), wrapped);
}

describe('database outages in formatError', () => {
  const outages: [string, Error][] = [
    ['the server closed the connection (restart)', prismaError('P1017', 'Server has closed the connection.')],
    ['the server cannot be reached', prismaError('P1001', "Can't reach database server at 127.0.0.1:5432")],
    ['an operation timed out', prismaError('P1008', 'Operation has timed out')],
    ['too many connections', prismaError('P2037', 'Too many database connections opened')],
    ['no pooled connection within the timeout', new Error('timeout exceeded when trying to connect')],
    ['an administrator shut the server down', new Error('terminating connection due to administrator command')],
    ['the server is starting up', new Error('the database system is starting up')],
  ];

  for (const [what, error] of outages) {
    it(`answers SERVICE_UNAVAILABLE when ${what}`, () => {
      for (const production of [true, false]) {
        const formatted = format(error, production);
        expect(formatted.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(formatted.message).not.toMatch(/Context creation|connection|database server/i);
        expect(formatted.extensions?.i18n).toMatchObject({ en: expect.stringMatching(/database cannot be reached/) });
      }
    });
  }

  it('keeps other unexpected errors internal and masked in production', () => {
    const formatted = format(prismaError('P2002', 'Unique constraint failed on the fields: (`email`)'), true);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(formatted)).not.toMatch(/email|Unique/);
  });
});
