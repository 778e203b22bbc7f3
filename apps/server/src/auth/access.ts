/**
 * Deny by default. Every root field of the API declares who may call it with `@Access(...)`;
 * the schema does not build when one does not (see assertEveryRootFieldDeclaresAccess), and a
 * snapshot test lists them all. `@Access` only says who may call at all: services still check
 * the scope of the object asked for (an officer's own body, a regional office's province).
 */
import type { GraphQLSchema } from 'graphql';
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Role } from '@patuh/db';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

/** PUBLIC: anyone, signed in or not. SIGNED_IN: any active user. Otherwise: these roles. */
export type Audience = 'PUBLIC' | 'SIGNED_IN' | Role;

function accessMiddleware(audiences: readonly Audience[]): MiddlewareFn<Context> {
  return ({ context }, next) => {
    if (audiences.includes('PUBLIC')) return next();
    const viewer = context.viewer;
    if (viewer.kind !== 'user') throw unauthenticated();
    if (audiences.includes('SIGNED_IN') || audiences.includes(viewer.role)) return next();
    throw forbidden();
  };
}

export function Access(...audiences: [Audience, ...Audience[]]): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access: audiences })(target, key, descriptor);
    UseMiddleware(accessMiddleware(audiences))(target, key, descriptor);
  };
}

/** Root fields with the audiences they declared, for the snapshot test and the startup check. */
export function accessDeclarations(schema: GraphQLSchema): { field: string; access: readonly Audience[] | undefined }[] {
  const rows: { field: string; access: readonly Audience[] | undefined }[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      rows.push({ field: `${type.name}.${field.name}`, access: field.extensions?.access as readonly Audience[] | undefined });
    }
  }
  return rows;
}

export function assertEveryRootFieldDeclaresAccess(schema: GraphQLSchema): void {
  const missing = accessDeclarations(schema).filter((r) => !r.access?.length).map((r) => r.field);
  if (missing.length) throw new Error(`These operations do not declare who may call them (@Access): ${missing.join(', ')}`);
}
