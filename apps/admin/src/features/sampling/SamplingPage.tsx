import { useQuery } from '@apollo/client/react';
import { AdminCycleHeadingDocument } from '@patuh/graphql';
import { cycleStageMessages, defineMessages, LoadingState, useDocumentTitle, useT } from '@patuh/ui';
import { useCycleId } from '../cycles/CycleLayout';
import { useViewer } from '../session/useViewer';
import { AddToSample } from './AddToSample';
import { SampledUnitsTable } from './SampledUnitsTable';
import { SamplingRules } from './SamplingRules';

const messages = defineMessages(
  {
    documentTitle: 'Sampel dan penugasan siklus {year} — Patuh Admin',
    heading: 'Sampel dan penugasan',
    intro: 'Instansi dan unit layanan yang dinilai pada siklus ini, dan staf yang menilai dan memverifikasinya.',
    fixed: 'Sampel hanya dapat diubah pada tahap Draf dan Persiapan; siklus ini pada tahap {stage}. Penugasan staf tetap dapat diubah sampai hasil dipublikasikan.',
    readOnly: 'Sampel dan penugasan diatur oleh admin dan staf perwakilan; Anda dapat melihatnya.',
  },
  {
    documentTitle: 'Cycle {year} sample and assignments — Patuh Admin',
    heading: 'Sample and assignments',
    intro: 'The bodies and service units assessed in this cycle, and the staff who assess and verify them.',
    fixed: 'The sample can only change in Draft and Preparation; this cycle is in {stage}. Staff assignments can change until the results are published.',
    readOnly: 'The sample and assignments are managed by admins and regional staff; you can view them.',
  },
);

/** Sampling a cycle's bodies and units, and assigning staff to the sampled units. */
export function SamplingPage() {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const cycleId = useCycleId();
  const { viewer } = useViewer();
  const heading = useQuery(AdminCycleHeadingDocument, { variables: { id: cycleId } });
  const cycle = heading.data?.cycle;
  useDocumentTitle(t('documentTitle', { year: cycle?.year ?? '' }));
  if (!cycle || !viewer) return <LoadingState />;

  const manages = viewer.role === 'ADMIN' || viewer.role === 'REGIONAL_STAFF';
  const planning = cycle.stage === 'DRAFT' || cycle.stage === 'PREPARATION';
  const published = cycle.stage === 'PUBLISHED' || cycle.stage === 'ARCHIVED';

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {!manages ? (
        <div className="notice notice--info">
          <p>{t('readOnly')}</p>
        </div>
      ) : !planning ? (
        <div className="notice notice--info">
          <p>{t('fixed', { stage: tStage(cycle.stage) })}</p>
        </div>
      ) : null}
      {manages && planning ? (
        <>
          <SamplingRules cycleId={cycleId} viewer={viewer} />
          <AddToSample cycleId={cycleId} />
        </>
      ) : null}
      <SampledUnitsTable cycleId={cycleId} canAssign={manages && !published} canUnsample={manages && planning} />
    </>
  );
}
