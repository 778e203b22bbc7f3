import type { AssessmentStatus, CycleStage } from '@patuh/graphql';
import { defineMessages } from '@patuh/ui';

export const assessmentStatuses: readonly AssessmentStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED'];

export const assessmentStatusMessages = defineMessages(
  { DRAFT: 'Draf', SUBMITTED: 'Diajukan', RETURNED: 'Dikembalikan', VERIFIED: 'Terverifikasi' },
  { DRAFT: 'Draft', SUBMITTED: 'Submitted', RETURNED: 'Returned', VERIFIED: 'Verified' },
);

/**
 * Whether findings may change, as the API decides it (apps/server assessment.service
 * `assertFindingsOpen`): while collecting, drafts and returned ones; while verifying, returned ones.
 */
export function findingsOpen(stage: CycleStage, status: AssessmentStatus): boolean {
  return (stage === 'COLLECTION' && (status === 'DRAFT' || status === 'RETURNED')) || (stage === 'VERIFICATION' && status === 'RETURNED');
}
