import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { CycleList } from '../features/cycles/CycleList';
import { PlatformSummary } from '../features/platform/PlatformSummary';

const messages = defineMessages(
  {
    documentTitle: 'Patuh — Penilaian Kepatuhan Pelayanan Publik',
    heading: 'Kepatuhan pelayanan publik, dinilai setiap tahun',
    intro:
      'Setiap tahun Ombudsman Republik Indonesia menilai kepatuhan kementerian, lembaga, dan pemerintah daerah terhadap standar pelayanan publik. Di sini tersedia siklus penilaian beserta tahapannya.',
  },
  {
    documentTitle: 'Patuh — Public Service Compliance Assessment',
    heading: 'Public service compliance, assessed every year',
    intro:
      'Every year the Ombudsman of the Republic of Indonesia assesses how well ministries, agencies and local governments comply with public service standards. Here you can find the assessment cycles and the stage each has reached.',
  },
);

export function HomePage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <PlatformSummary />
      <CycleList />
    </>
  );
}
