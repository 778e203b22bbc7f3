import { FieldResolver, Resolver, Root } from 'type-graphql';
import { isValidMethodology, summarizeMethodology } from './methodology.service.js';
import { Methodology, MethodologySummary } from './methodology.type.js';

@Resolver(() => Methodology)
export class MethodologyResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the document passes the scoring package\'s validation.' })
  valid(@Root() methodology: Methodology): boolean {
    return isValidMethodology(methodology.document);
  }

  @FieldResolver(() => MethodologySummary, { nullable: true, description: 'The document as tables (describeMethodology); null when it is invalid.' })
  summary(@Root() methodology: Methodology): MethodologySummary | null {
    return summarizeMethodology(methodology.document);
  }
}
