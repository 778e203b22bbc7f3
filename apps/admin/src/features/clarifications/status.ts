import type { ClarificationStatus } from '@patuh/graphql';
import { defineMessages } from '@patuh/ui';

export const clarificationStatuses: readonly ClarificationStatus[] = ['OPEN', 'ANSWERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];

export const clarificationStatusMessages = defineMessages(
  { OPEN: 'Terbuka', ANSWERED: 'Dijawab, menunggu keputusan', ACCEPTED: 'Diterima', REJECTED: 'Ditolak', WITHDRAWN: 'Ditarik' },
  { OPEN: 'Open', ANSWERED: 'Answered, awaiting a decision', ACCEPTED: 'Accepted', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn' },
);
