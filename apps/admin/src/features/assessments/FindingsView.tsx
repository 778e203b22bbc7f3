import type { AssessmentChangesQuery, AssessmentDetailFragment } from '@patuh/graphql';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { formatDateTime } from '../../components/format';
import { useAnswerText } from './answerText';
import { answersFromApi, normaliseNote } from './answers';
import { CommentList } from './Comments';
import { EvidenceList } from './Evidence';
import { indicatorAnchor, IndicatorTree } from './IndicatorTree';
import type { ScoringMethod } from './method';

export type AnswerChange = AssessmentChangesQuery['assessmentChanges'][number];

const messages = defineMessages(
  {
    answer: 'Jawaban',
    note: 'Catatan',
    changed: 'Berubah sejak terakhir Anda lihat',
    changedFrom: 'Sebelumnya: {before}. Diubah oleh {name}, {time}.',
    changedFromUnknown: 'Sebelumnya: {before}. Diubah {time}.',
    by: 'Dijawab oleh {name}, {time}',
  },
  {
    answer: 'Answer',
    note: 'Note',
    changed: 'Changed since you last looked',
    changedFrom: 'Before: {before}. Changed by {name}, {time}.',
    changedFromUnknown: 'Before: {before}. Changed {time}.',
    by: 'Answered by {name}, {time}',
  },
);

export interface FindingsViewProps {
  assessment: AssessmentDetailFragment;
  method: ScoringMethod;
  /** Answers changed since a moment, marked on their indicators. */
  changes?: ReadonlyMap<string, AnswerChange>;
}

/** The findings read-only: every indicator's answer and note, its evidence and comments, and what changed. */
export function FindingsView({ assessment, method, changes }: FindingsViewProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { describe } = useAnswerText();
  const answers = answersFromApi(assessment.answers);
  const answeredBy = new Map(assessment.answers.map((answer) => [answer.indicatorCode, answer]));

  return (
    <IndicatorTree
      method={method}
      renderIndicator={({ indicator }) => {
        const code = indicator.code;
        const answer = answers[code];
        const stored = answeredBy.get(code);
        const change = changes?.get(code);
        const note = normaliseNote(answer?.note);
        return (
          <article key={code} className={`indicator${change ? ' indicator--changed' : ''}`} id={indicatorAnchor(code)} aria-labelledby={`${indicatorAnchor(code)}-title`}>
            <h4 className="indicator__title" id={`${indicatorAnchor(code)}-title`}>
              <span className="indicator__code">{code}</span> {indicator.title[locale]}
              {change ? <span className="tag tag--overdue">{t('changed')}</span> : null}
            </h4>
            <dl className="finding">
              <dt>{t('answer')}</dt>
              <dd>{describe(indicator, answer)}</dd>
              {note ? (
                <>
                  <dt>{t('note')}</dt>
                  <dd className="finding__note">{note}</dd>
                </>
              ) : null}
            </dl>
            {stored?.updatedBy ? <p className="muted">{t('by', { name: stored.updatedBy.name, time: formatDateTime(stored.updatedAt, locale) })}</p> : null}
            {change ? (
              <p className="finding__change">
                {change.changedBy
                  ? t('changedFrom', { before: describe(indicator, change.before), name: change.changedBy.name, time: formatDateTime(change.changedAt, locale) })
                  : t('changedFromUnknown', { before: describe(indicator, change.before), time: formatDateTime(change.changedAt, locale) })}
              </p>
            ) : null}
            <EvidenceList evidence={assessment.evidence.filter((file) => file.indicatorCode === code)} />
            <CommentList comments={assessment.comments.filter((comment) => comment.indicatorCode === code)} />
          </article>
        );
      }}
    />
  );
}
