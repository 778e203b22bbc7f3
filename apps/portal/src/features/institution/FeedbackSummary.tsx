import type { InstitutionProfileQuery } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';

type Summary = NonNullable<InstitutionProfileQuery['institutionProfile']['feedbackSummary']>;

const messages = defineMessages(
  {
    none: 'Rapor {year} tidak memuat poin perbaikan.',
    total: 'Rapor {year} memuat {total} poin perbaikan dari Ombudsman, tentang {units} unit layanan:',
    urgent: 'Mendesak',
    important: 'Penting',
    advisable: 'Disarankan',
    private: 'Isi poin perbaikan hanya dapat dibaca oleh instansi itu sendiri, di rapornya.',
  },
  {
    none: 'The {year} report card has no improvement points.',
    total: 'The {year} report card has {total} improvement points from the Ombudsman, about {units} service units:',
    urgent: 'Urgent',
    important: 'Important',
    advisable: 'Advisable',
    private: 'The text of the points is for the body itself, in its report card.',
  },
);

/** How many improvement points the body's latest report card has, by priority; never their text. */
export function FeedbackSummary({ summary }: { summary: Summary }) {
  const t = useT(messages);
  if (summary.total === 0) return <p>{t('none', { year: summary.year })}</p>;
  return (
    <>
      <p>{t('total', { year: summary.year, total: t.formatNumber(summary.total), units: t.formatNumber(summary.unitCount) })}</p>
      <dl className="stat-list stat-list--compact">
        <div className="stat-list__item">
          <dt className="stat-list__label">{t('urgent')}</dt>
          <dd className="stat-list__value">{t.formatNumber(summary.urgent)}</dd>
        </div>
        <div className="stat-list__item">
          <dt className="stat-list__label">{t('important')}</dt>
          <dd className="stat-list__value">{t.formatNumber(summary.important)}</dd>
        </div>
        <div className="stat-list__item">
          <dt className="stat-list__label">{t('advisable')}</dt>
          <dd className="stat-list__value">{t.formatNumber(summary.advisable)}</dd>
        </div>
      </dl>
      <p className="hint">{t('private')}</p>
    </>
  );
}
