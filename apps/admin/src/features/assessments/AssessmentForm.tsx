import type { AssessmentDetailFragment } from '@patuh/graphql';
import { scoreUnit, type Indicator, type UnitScore } from '@patuh/scoring';
import { ConfirmDialog, defineMessages, useLocale, useT } from '@patuh/ui';
import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { AnswerControl } from './AnswerControl';
import { problemsByIndicator, useAnswerText } from './answerText';
import { normaliseNote, scoringAnswers, type AnswerState } from './answers';
import { ConflictResolver } from './ConflictResolver';
import { EvidenceList, EvidenceUpload } from './Evidence';
import { CommentList } from './Comments';
import { indicatorAnchor, IndicatorTree } from './IndicatorTree';
import type { IndicatorPlace, ScoringMethod } from './method';
import { SaveStatus } from './SaveStatus';
import { UnitScorePanel } from './UnitScorePanel';
import { useAnswerDrafts, type DraftStatus, type SaveAnswers } from './useAnswerDrafts';

const messages = defineMessages(
  {
    restored: 'Perubahan yang belum tersimpan dari kunjungan sebelumnya dipulihkan dari peramban ini dan sedang disimpan.',
    discard: 'Buang perubahan lokal',
    discardTitle: 'Buang {count} perubahan yang belum tersimpan?',
    discardBody: 'Jawaban yang Anda ubah tetapi belum tersimpan di server dihapus dari peramban ini. Jawaban yang sudah tersimpan tidak berubah.',
    confirmDiscard: 'Ya, buang perubahan',
    retry: 'Coba lagi',
    note: 'Catatan untuk {code}',
    unsaved: 'Belum tersimpan',
    maxPoints: 'Paling banyak {points} poin dari nilai unit.',
    form: 'Jawaban per indikator',
    aside: 'Nilai dan penyimpanan',
  },
  {
    restored: 'Unsaved changes from your previous visit were restored from this browser and are being saved.',
    discard: 'Discard local changes',
    discardTitle: 'Discard {count} unsaved change(s)?',
    discardBody: 'Answers you changed but that are not saved on the server are removed from this browser. Saved answers do not change.',
    confirmDiscard: 'Yes, discard them',
    retry: 'Try again',
    note: 'Note for {code}',
    unsaved: 'Not saved yet',
    maxPoints: 'At most {points} points of the unit score.',
    form: 'Answers by indicator',
    aside: 'Score and saving',
  },
);

/** What the page around the form needs to know to offer its actions (submitting). */
export interface FormState {
  status: DraftStatus;
  score: UnitScore;
  /** The version the stored answers are at: submitting names it. */
  version: number;
}

export interface AssessmentFormProps {
  assessment: AssessmentDetailFragment;
  method: ScoringMethod;
  save: SaveAnswers;
  /** An evidence file was stored: the page reloads the assessment's evidence. */
  onEvidenceUploaded: () => void;
  /** Actions under the score, e.g. submitting, given the draft's state. */
  renderActions?: (state: FormState) => ReactNode;
  storage?: Storage | null;
  debounceMs?: number;
}

/**
 * The assessor's form: indicator by indicator in the methodology's order, each with the control its
 * scale needs, a note and its evidence; the unit score recomputed in the browser on every change;
 * answers saved automatically and kept in the browser until they are.
 */
export function AssessmentForm({ assessment, method, save, onEvidenceUploaded, renderActions, storage, debounceMs }: AssessmentFormProps) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const { problem } = useAnswerText();
  const compiled = method.compiled;
  const isValid = useCallback(
    (code: string, answer: AnswerState) => scoreUnit(compiled, scoringAnswers({ [code]: answer }), { explain: false }).invalid.length === 0,
    [compiled],
  );
  const drafts = useAnswerDrafts({
    assessmentId: assessment.id,
    version: assessment.version,
    answers: assessment.answers,
    save,
    isValid,
    ...(storage !== undefined ? { storage } : {}),
    ...(debounceMs !== undefined ? { debounceMs } : {}),
  });
  const score = useMemo(() => scoreUnit(compiled, scoringAnswers(drafts.answers)), [compiled, drafts.answers]);
  const problems = useMemo(() => problemsByIndicator(score), [score]);
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [discarding, setDiscarding] = useState(false);
  const typingCount = Object.keys(typing).length;
  const onTyping = useCallback((code: string, text: string | null) => {
    setTyping((current) => {
      if ((current[code] ?? null) === text) return current;
      const next = { ...current };
      if (text) next[code] = text;
      else delete next[code];
      return next;
    });
  }, []);
  const maxPoints = useMemo(() => {
    const byCode = new Map<string, number>();
    for (const dimension of score.explanation?.dimensions ?? [])
      for (const variable of dimension.variables) for (const indicator of variable.indicators) byCode.set(indicator.code, indicator.maxPoints);
    return byCode;
  }, [score]);

  // Drawn once per indicator and memoised: a change redraws only the indicator it touches.
  const evidenceByCode = useMemo(() => groupByIndicator(assessment.evidence), [assessment.evidence]);
  const commentsByCode = useMemo(() => groupByIndicator(assessment.comments), [assessment.comments]);
  const renderIndicator = ({ indicator }: IndicatorPlace) => {
    const code = indicator.code;
    const problemCode = problems.get(code);
    const refusal = drafts.refusals[code];
    return (
      <IndicatorEntry
        key={code}
        indicator={indicator}
        answer={drafts.answers[code]}
        error={problemCode ? problem(indicator, problemCode) : refusal ? errorText(refusal) : null}
        unsaved={code in drafts.edits}
        maxPoints={maxPoints.get(code) ?? null}
        disabled={drafts.conflict !== null}
        onEdit={drafts.edit}
        onTyping={onTyping}
        assessmentId={assessment.id}
        evidence={evidenceByCode.get(code) ?? noItems}
        comments={commentsByCode.get(code) ?? noItems}
        onEvidenceUploaded={onEvidenceUploaded}
      />
    );
  };


  return (
    <div className="assessment-layout">
      <div className="assessment-layout__main">
        {drafts.restored ? (
          <div className="notice notice--info">
            <p>{t('restored')}</p>
          </div>
        ) : null}
        {drafts.failure ? (
          <div className="notice notice--error" role="alert">
            <p>{errorText(drafts.failure)}</p>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={drafts.retry}>
                {t('retry')}
              </button>
              <button type="button" className="button button--danger" onClick={() => setDiscarding(true)}>
                {t('discard')}
              </button>
            </div>
          </div>
        ) : null}
        {drafts.conflict ? (
          <ConflictResolver
            conflict={drafts.conflict}
            mine={Object.fromEntries(drafts.conflict.codes.map((code) => [code, drafts.edits[code]?.answer]))}
            indicatorOf={(code) => method.indicators.get(code)?.indicator}
            onResolve={drafts.resolve}
          />
        ) : null}
        <form aria-label={t('form')} onSubmit={(event) => event.preventDefault()} noValidate>
          <IndicatorTree method={method} explanation={score.explanation} renderIndicator={renderIndicator} />
        </form>
      </div>
      <aside className="assessment-layout__aside" aria-label={t('aside')}>
        <div className="assessment-layout__sticky">
          <SaveStatus status={drafts.status} unsavedCount={drafts.unsavedCount} lastSavedAt={drafts.lastSavedAt} typingProblems={typingCount} onRetry={drafts.retry} />
          <UnitScorePanel score={score} indicatorCount={method.compiled.indicatorCount} serverScore={assessment.liveScore} />
          {renderActions?.({ status: typingCount > 0 && drafts.status === 'saved' ? 'invalid' : drafts.status, score, version: drafts.version })}
        </div>
      </aside>
      {discarding ? (
        <ConfirmDialog
          title={t('discardTitle', { count: drafts.unsavedCount })}
          confirmLabel={t('confirmDiscard')}
          tone="danger"
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            drafts.discard();
            setDiscarding(false);
          }}
        >
          <p>{t('discardBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

type Evidence = AssessmentDetailFragment['evidence'][number];
type Comment = AssessmentDetailFragment['comments'][number];

const noItems: readonly never[] = [];

function groupByIndicator<T extends { indicatorCode: string | null }>(items: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (!item.indicatorCode) continue;
    const group = groups.get(item.indicatorCode);
    if (group) group.push(item);
    else groups.set(item.indicatorCode, [item]);
  }
  return groups;
}

interface IndicatorEntryProps {
  indicator: Indicator;
  answer: AnswerState | undefined;
  error: string | null;
  unsaved: boolean;
  maxPoints: number | null;
  disabled: boolean;
  onEdit: (code: string, answer: AnswerState) => void;
  onTyping: (code: string, problem: string | null) => void;
  assessmentId: string;
  evidence: readonly Evidence[];
  comments: readonly Comment[];
  onEvidenceUploaded: () => void;
}

const IndicatorEntry = memo(function IndicatorEntry({
  indicator,
  answer,
  error,
  unsaved,
  maxPoints,
  disabled,
  onEdit,
  onTyping,
  assessmentId,
  evidence,
  comments,
  onEvidenceUploaded,
}: IndicatorEntryProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const code = indicator.code;
  const current = answer ?? { value: null, notApplicable: false, note: null };
  const onChange = (next: AnswerState) => onEdit(code, next);
  return (
    <fieldset className={`indicator${error ? ' indicator--invalid' : ''}`} id={indicatorAnchor(code)}>
      <legend className="indicator__title">
        <span className="indicator__code">{code}</span> {indicator.title[locale]}
        {unsaved ? <span className="tag indicator__unsaved">{t('unsaved')}</span> : null}
      </legend>
      {indicator.description ? <p className="field__hint">{indicator.description[locale]}</p> : null}
      {maxPoints !== null ? <p className="field__hint">{t('maxPoints', { points: new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(maxPoints) })}</p> : null}
      <AnswerControl indicator={indicator} answer={answer} onChange={onChange} error={error} onTypingProblem={(problem) => onTyping(code, problem)} disabled={disabled} />
      <NoteField code={code} note={current.note} disabled={disabled} onChange={(note) => onChange({ ...current, note })} />
      <EvidenceList evidence={evidence} />
      <EvidenceUpload owner={{ assessmentId }} indicatorCode={code} onUploaded={onEvidenceUploaded} />
      <CommentList comments={comments} />
    </fieldset>
  );
});

/** The note keeps what is typed (spaces included) while the stored note is its trimmed form. */
function NoteField({ code, note, disabled, onChange }: { code: string; note: string | null; disabled: boolean; onChange: (note: string) => void }) {
  const t = useT(messages);
  const id = `catatan-${code}`;
  const [text, setText] = useState(note ?? '');
  useEffect(() => {
    if (normaliseNote(text) !== normaliseNote(note)) setText(note ?? '');
    // Only a note changed elsewhere replaces the text being typed.
  }, [note]);
  return (
    <div className="field indicator__note">
      <label className="field__label" htmlFor={id}>
        {t('note', { code })}
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
