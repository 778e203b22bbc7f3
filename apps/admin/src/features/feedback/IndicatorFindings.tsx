import type { AdminAssessmentFindingsQuery } from '@patuh/graphql';
import type { Indicator } from '@patuh/scoring';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { useAnswerText } from '../assessments/answerText';
import { normaliseNote } from '../assessments/answers';
import { assessmentStatusMessages } from '../assessments/status';
import './feedback.css';

type Finding = AdminAssessmentFindingsQuery['assessments']['nodes'][number];

const messages = defineMessages(
  {
    heading: 'Temuan {code}',
    choose: 'Pilih indikator pada poin perbaikan untuk melihat temuan setiap unit di sini.',
    none: 'Instansi ini tidak memiliki unit sampel pada siklus ini.',
    note: 'Catatan: {note}',
    status: 'Penilaian {status}',
  },
  {
    heading: 'Findings on {code}',
    choose: 'Choose an indicator for the improvement point to see every unit’s finding here.',
    none: 'This body has no sampled unit in this cycle.',
    note: 'Note: {note}',
    status: 'Assessment {status}',
  },
);

/** What the assessors found on one indicator in each of the body's units: the answer and its note. */
export function IndicatorFindings({ indicator, findings, unitId }: { indicator: Indicator | null; findings: readonly Finding[]; unitId: string | null }) {
  const t = useT(messages);
  const tStatus = useT(assessmentStatusMessages);
  const { locale } = useLocale();
  const { describe } = useAnswerText();
  if (!indicator) return <p className="muted">{t('choose')}</p>;
  const units = unitId ? findings.filter((finding) => finding.unit.id === unitId) : findings;
  return (
    <section className="indicator-findings" aria-labelledby="indicator-findings-heading">
      <h3 id="indicator-findings-heading">{t('heading', { code: indicator.code })}</h3>
      <p>{indicator.title[locale]}</p>
      {indicator.description ? <p className="field__hint">{indicator.description[locale]}</p> : null}
      {units.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="indicator-findings__list">
          {units.map((finding) => {
            const answer = finding.answers.find((item) => item.indicatorCode === indicator.code);
            const note = normaliseNote(answer?.note);
            return (
              <li key={finding.id}>
                <p className="indicator-findings__unit">
                  <strong>{finding.unit.name}</strong> <span className="muted">· {t('status', { status: tStatus(finding.status) })}</span>
                </p>
                <p>{describe(indicator, answer)}</p>
                {note ? <p className="muted">{t('note', { note })}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
