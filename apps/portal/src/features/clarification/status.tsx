import type { ClarificationStatus } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';

export const clarificationStatusMessages = defineMessages(
  {
    OPEN: 'Menunggu jawaban Ombudsman',
    ANSWERED: 'Dijawab, menunggu keputusan',
    ACCEPTED: 'Diterima',
    REJECTED: 'Ditolak',
    WITHDRAWN: 'Ditarik',
  } satisfies Record<ClarificationStatus, string>,
  {
    OPEN: 'Waiting for the Ombudsman’s answer',
    ANSWERED: 'Answered, waiting for a decision',
    ACCEPTED: 'Accepted',
    REJECTED: 'Rejected',
    WITHDRAWN: 'Withdrawn',
  },
);

export function ClarificationStatusTag({ status }: { status: ClarificationStatus }) {
  const t = useT(clarificationStatusMessages);
  return <span className={`tag clarification-status clarification-status--${status.toLowerCase()}`}>{t(status)}</span>;
}

export const undecided = (status: ClarificationStatus) => status === 'OPEN' || status === 'ANSWERED';
