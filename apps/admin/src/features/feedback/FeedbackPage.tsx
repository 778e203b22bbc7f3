import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { useNavigate } from 'react-router';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { paths } from '../../routes/paths';
import { useCycleId } from '../cycles/CycleLayout';

const messages = defineMessages(
  {
    documentTitle: 'Rapor — Patuh Admin',
    heading: 'Rapor: poin perbaikan instansi',
    intro: 'Setiap instansi menerima rapor dengan poin-poin yang perlu diperbaiki sebelum siklus berikutnya. Poin perbaikan dapat ditulis sepanjang siklus dan terlihat oleh instansi begitu hasil dipublikasikan.',
    institution: 'Instansi',
    hint: 'Ketik sebagian nama atau kode instansi, lalu pilih untuk membuka rapornya.',
  },
  {
    documentTitle: 'Report cards — Patuh Admin',
    heading: 'Report cards: improvement points',
    intro: 'Every body receives a report card with the points to improve before the next cycle. Points can be written throughout the cycle and become visible to the body once the results are published.',
    institution: 'Institution',
    hint: "Type part of the body's name or code, then choose it to open its report card.",
  },
);

/** Choosing the body whose report card to write. */
export function FeedbackPage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const cycleId = useCycleId();
  const navigate = useNavigate();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="narrow-page">
        <InstitutionPicker label={t('institution')} hint={t('hint')} value={null} onChange={(option) => option && void navigate(paths.cycleFeedback(cycleId, option.id))} />
      </div>
    </>
  );
}
