import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { Access } from '../../auth/access.js';
import type { Context } from '../../context.js';
import { parseInput } from '../../validation.js';
import { CreateServiceProductInput } from './registry.input.js';
import { idSchema, nameSchema } from './registry.rules.js';
import { ServiceProduct } from './registry.type.js';
import { createServiceProduct, deleteServiceProduct, listServiceProducts } from './service-product.service.js';

const createSchema = z.object({ unitId: idSchema, cycleId: idSchema, name: nameSchema });

@Resolver(() => ServiceProduct)
export class ServiceProductResolver {
  @Query(() => [ServiceProduct], {
    description: "A unit's service products observed in a cycle, by name. Staff see them at any stage, others once the cycle is published.",
  })
  @Access('PUBLIC')
  serviceProducts(@Arg('unitId', () => ID) unitId: string, @Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context): Promise<ServiceProduct[]> {
    return listServiceProducts(ctx, parseInput(idSchema, unitId, 'unitId'), parseInput(idSchema, cycleId, 'cycleId'));
  }

  @Mutation(() => ServiceProduct, { description: 'Adds a service product to a unit for a cycle, while the cycle is at DRAFT, PREPARATION or COLLECTION.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  createServiceProduct(@Arg('input', () => CreateServiceProductInput) input: CreateServiceProductInput, @Ctx() ctx: Context): Promise<ServiceProduct> {
    return createServiceProduct(ctx, parseInput(createSchema, input, 'input'));
  }

  @Mutation(() => ID, { description: 'Deletes a service product while its cycle is at DRAFT, PREPARATION or COLLECTION; returns its id.' })
  @Access('ADMIN', 'REGIONAL_STAFF')
  deleteServiceProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteServiceProduct(ctx, parseInput(idSchema, id, 'id'));
  }
}
