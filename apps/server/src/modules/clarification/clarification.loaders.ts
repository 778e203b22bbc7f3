import DataLoader from 'dataloader';
import { defineLoader } from '../../graphql/loaders.js';
import { groupBy } from '../assessment/assessment.loaders.js';
import type { ClarificationMessage } from './clarification.type.js';

/** A clarification's conversation, oldest first, for every clarification on a page at once. */
export const messagesOfClarification = defineLoader(
  (prisma) =>
    new DataLoader<string, ClarificationMessage[]>(async (ids) => {
      const rows = await prisma.clarificationMessage.findMany({
        where: { clarificationId: { in: [...ids] } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, clarificationId: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
      });
      return groupBy(ids, rows, (r) => r.clarificationId);
    }),
);
