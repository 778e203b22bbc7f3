/**
 * Marks a root query whose answer depends only on published results and its arguments: the
 * same for every caller, changing only when results are published or corrected. Such a query,
 * sent by hash as a GET, is answered from the public read cache (see http/public-reads.ts).
 */
import { Extensions } from 'type-graphql';

export function PublicCache(): MethodDecorator {
  return Extensions({ publicCache: true });
}
