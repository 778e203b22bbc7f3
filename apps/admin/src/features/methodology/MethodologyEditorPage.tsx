import { useQuery } from '@apollo/client/react';
import { CycleMethodologyDocument, type CycleStage } from '@patuh/graphql';
import { cycleStageMessages, defineMessages, ErrorState, LoadingState, useDocumentTitle, useT } from '@patuh/ui';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useCycleId } from '../cycles/CycleLayout';
import { useViewer } from '../session/useViewer';
import type { DraftMethodology } from './draft';
import { MethodologyEditor } from './MethodologyEditor';
import type { SampleAnswers } from './preview';

const messages = defineMessages(
  {
    documentTitle: 'Metodologi siklus {year} — Patuh Admin',
    heading: 'Metodologi siklus {year}',
    version: 'Versi tersimpan: {version}.',
    created: 'Siklus dibuat pada tahap Draf, dengan salinan metodologi dari preset. Periksa dan sesuaikan metodologinya di sini.',
    saved: 'Metodologi disimpan sebagai versi {version}.',
    lockedByStage: 'Metodologi hanya dapat diubah pada tahap Draf dan Persiapan; siklus ini pada tahap {stage}. Pratinjau nilai tetap dapat dipakai.',
    adminsOnly: 'Hanya admin pusat yang dapat mengubah metodologi. Pratinjau nilai tetap dapat dipakai.',
    none: 'Siklus ini belum memiliki metodologi.',
    unreadable: 'Dokumen metodologi ini tidak dapat dibaca oleh penyunting.',
  },
  {
    documentTitle: 'Cycle {year} methodology — Patuh Admin',
    heading: 'Cycle {year} methodology',
    version: 'Saved version: {version}.',
    created: 'The cycle was created in Draft, with a copy of the preset’s methodology. Check and adjust the methodology here.',
    saved: 'The methodology was saved as version {version}.',
    lockedByStage: 'The methodology can only change in Draft and Preparation; this cycle is in {stage}. The score preview still works.',
    adminsOnly: 'Only headquarters admins can change the methodology. The score preview still works.',
    none: 'This cycle has no methodology yet.',
    unreadable: 'The editor cannot read this methodology document.',
  },
);

const PLANNING_STAGES: readonly CycleStage[] = ['DRAFT', 'PREPARATION'];

/** The document has the methodology's shape, as far as the editor relies on it. */
function isDraft(document: unknown): document is DraftMethodology {
  const doc = document as Partial<DraftMethodology> | null;
  return typeof doc === 'object' && doc !== null && Array.isArray(doc.dimensions) && Array.isArray(doc.gradeBands) && Array.isArray(doc.years);
}

export function MethodologyEditorPage() {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const cycleId = useCycleId();
  const location = useLocation();
  const { viewer } = useViewer();
  const { data, loading, refetch } = useQuery(CycleMethodologyDocument, { variables: { id: cycleId } });
  const [saved, setSaved] = useState<number | null>(null);
  // The sample unit outlives a save, so its score can be compared before and after.
  const [answers, setAnswers] = useState<SampleAnswers>({});
  const cycle = data?.cycle;
  useDocumentTitle(t('documentTitle', { year: cycle?.year ?? '' }));

  if (!cycle) return loading ? <LoadingState /> : <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
  const methodology = cycle.methodology;
  const isAdmin = viewer?.role === 'ADMIN';
  const openStage = PLANNING_STAGES.includes(cycle.stage);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true && saved === null;

  return (
    <>
      <h1>{t('heading', { year: cycle.year })}</h1>
      {methodology ? <p className="lead">{t('version', { version: methodology.version })}</p> : null}
      <div aria-live="polite">
        {saved !== null ? (
          <div className="notice notice--success">
            <p>{t('saved', { version: saved })}</p>
          </div>
        ) : justCreated ? (
          <div className="notice notice--success">
            <p>{t('created')}</p>
          </div>
        ) : null}
      </div>
      {!isAdmin ? (
        <p className="notice notice--info">{t('adminsOnly')}</p>
      ) : !openStage ? (
        <p className="notice notice--info">{t('lockedByStage', { stage: tStage(cycle.stage) })}</p>
      ) : null}
      {!methodology ? (
        <p>{t('none')}</p>
      ) : !isDraft(methodology.document) ? (
        <ErrorState message={t('unreadable')} />
      ) : (
        <MethodologyEditor
          // Each saved version is a new row: a new version starts a fresh draft from what was saved.
          key={methodology.id}
          cycleId={cycle.id}
          version={methodology.version}
          document={methodology.document}
          editable={isAdmin && openStage}
          answers={answers}
          onAnswersChange={setAnswers}
          onSaved={setSaved}
          onReload={() => void refetch().catch(() => undefined)}
        />
      )}
    </>
  );
}
