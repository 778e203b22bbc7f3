/** Every resolver of the API, one line per module. */
import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CycleResolver } from '../modules/cycle/cycle.resolver.js';
import { PlatformResolver } from '../modules/platform/platform.resolver.js';

export const resolvers: NonEmptyArray<Function> = [PlatformResolver, AuthResolver, CycleResolver];
