import { formatScore, scoreUnit, type Answer, type Indicator, type Methodology } from '@patuh/scoring';
import { defineMessages, GradeBadge, useLocale, useT } from '@patuh/ui';
import { useMemo, useState } from 'react';
import { parseDraftNumber } from './draft';
import { extremeAnswers, type SampleAnswers } from './preview';
import { TableScroll } from '../../components/TableScroll';

const messages = defineMessages(
  {
    heading: 'Pratinjau nilai unit contoh',
    intro: 'Isi jawaban untuk satu unit contoh: nilai, predikat, dan rincian per dimensi dihitung ulang dengan metodologi yang sedang disunting.',
    waiting: 'Pratinjau menunggu metodologi yang lolos validasi. Perbaiki masalah yang tercantum, lalu pratinjau muncul kembali dengan jawaban yang sama.',
    score: 'Nilai unit contoh',
    incomplete: 'Belum lengkap: {missing} dari {total} indikator belum dijawab.',
    pointsSoFar: 'Poin sejauh ini: {points} dari {max}.',
    invalid: 'Jawaban tidak sesuai skala: {codes}.',
    nothingApplicable: 'Semua indikator dinyatakan tidak berlaku: tidak ada yang dinilai.',
    fillBest: 'Isi semua dengan jawaban terbaik',
    fillWorst: 'Isi semua dengan jawaban terburuk',
    clear: 'Kosongkan jawaban',
    breakdown: 'Rincian per dimensi',
    dimension: 'Dimensi',
    weight: 'Bobot',
    points: 'Poin',
    maxPoints: 'Poin maks',
    dimensionScore: 'Nilai dimensi',
    answers: 'Jawaban unit contoh',
    answered: '{answered} dari {total} dijawab',
    unanswered: '— belum dijawab —',
    yes: 'Ya',
    no: 'Tidak',
    notApplicable: 'Tidak berlaku',
    notApplicableFor: 'Tidak berlaku untuk unit ini',
  },
  {
    heading: 'Preview of a sample unit’s score',
    intro: 'Set the answers of one sample unit: its score, grade and breakdown by dimension are recomputed with the methodology being edited.',
    waiting: 'The preview waits for a methodology that passes validation. Fix the issues listed, and it comes back with the same answers.',
    score: 'Sample unit score',
    incomplete: 'Incomplete: {missing} of {total} indicators are unanswered.',
    pointsSoFar: 'Points so far: {points} of {max}.',
    invalid: 'Answers that do not fit their scale: {codes}.',
    nothingApplicable: 'Every indicator is declared not applicable: there is nothing to score.',
    fillBest: 'Fill in the best answers',
    fillWorst: 'Fill in the worst answers',
    clear: 'Clear the answers',
    breakdown: 'Breakdown by dimension',
    dimension: 'Dimension',
    weight: 'Weight',
    points: 'Points',
    maxPoints: 'Max points',
    dimensionScore: 'Dimension score',
    answers: 'Sample unit answers',
    answered: '{answered} of {total} answered',
    unanswered: '— not answered —',
    yes: 'Yes',
    no: 'No',
    notApplicable: 'Not applicable',
    notApplicableFor: 'Not applicable to this unit',
  },
);

export interface ScorePreviewProps {
  /** The draft once it passes validation; null while it does not. */
  methodology: Methodology | null;
  answers: SampleAnswers;
  onAnswersChange: (answers: SampleAnswers) => void;
}

/**
 * A sample unit scored live by @patuh/scoring with the methodology as it is being edited, so a
 * change of weight or scale shows its effect on a score before it is saved.
 */
export function ScorePreview({ methodology, answers, onAnswersChange }: ScorePreviewProps) {
  const t = useT(messages);
  return (
    <section className="score-preview" aria-labelledby="score-preview-heading">
      <h2 id="score-preview-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      {methodology ? (
        <PreviewBody methodology={methodology} answers={answers} onAnswersChange={onAnswersChange} />
      ) : (
        <p className="notice notice--warning">{t('waiting')}</p>
      )}
    </section>
  );
}

function PreviewBody({ methodology, answers, onAnswersChange }: ScorePreviewProps & { methodology: Methodology }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const result = useMemo(() => scoreUnit(methodology, answers), [methodology, answers]);
  const [openDimensions, setOpenDimensions] = useState<ReadonlySet<string>>(new Set());
  const decimalSeparator = locale === 'id' ? ',' : '.';
  const score = (value: number) => formatScore(value, { decimalSeparator });
  const total = methodology.dimensions.reduce((count, d) => count + d.variables.reduce((sum, v) => sum + v.indicators.length, 0), 0);
  const explanation = result.explanation;

  const setAnswer = (code: string, answer: Answer | undefined) => {
    const next: Record<string, Answer> = { ...answers };
    if (answer === undefined) delete next[code];
    else next[code] = answer;
    onAnswersChange(next);
  };

  return (
    <>
      <div className="preview-result" aria-live="polite" aria-atomic="true">
        {result.status === 'SCORED' && result.score !== null && result.grade ? (
          <p className="preview-result__score">
            <span className="preview-result__label">{t('score')}</span> <strong className="preview-result__value">{score(result.score)}</strong>{' '}
            <GradeBadge code={result.grade.code} label={result.grade.label[locale]} zone={result.grade.zone} />
          </p>
        ) : result.status === 'INCOMPLETE' ? (
          <>
            <p>{t('incomplete', { missing: t.formatNumber(result.missing.length), total: t.formatNumber(total) })}</p>
            {explanation ? <p>{t('pointsSoFar', { points: score(explanation.points), max: score(explanation.maxPoints) })}</p> : null}
          </>
        ) : result.status === 'INVALID' ? (
          <p>{t('invalid', { codes: result.invalid.map((problem) => problem.indicatorCode).join(', ') })}</p>
        ) : (
          <p>{t('nothingApplicable')}</p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" onClick={() => onAnswersChange(extremeAnswers(methodology, 'best'))}>
          {t('fillBest')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => onAnswersChange(extremeAnswers(methodology, 'worst'))}>
          {t('fillWorst')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => onAnswersChange({})}>
          {t('clear')}
        </button>
      </div>
      {explanation ? (
        <TableScroll label={t('breakdown')}>
          <table className="data-table">
            <caption>{t('breakdown')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dimension')}</th>
                <th scope="col" className="numeric">
                  {t('weight')}
                </th>
                <th scope="col" className="numeric">
                  {t('points')}
                </th>
                <th scope="col" className="numeric">
                  {t('maxPoints')}
                </th>
                <th scope="col" className="numeric">
                  {t('dimensionScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {explanation.dimensions.map((dimension) => (
                <tr key={dimension.code}>
                  <th scope="row">{dimension.title[locale]}</th>
                  <td className="numeric">{score(dimension.weight)} %</td>
                  <td className="numeric">{score(dimension.points)}</td>
                  <td className="numeric">{score(dimension.maxPoints)}</td>
                  <td className="numeric">{dimension.score === null ? '—' : score(dimension.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <h3>{t('answers')}</h3>
      {methodology.dimensions.map((dimension) => {
        const indicators = dimension.variables.flatMap((variable) => variable.indicators);
        const answered = indicators.filter((indicator) => answers[indicator.code] !== undefined).length;
        const open = openDimensions.has(dimension.code);
        return (
          <details
            key={dimension.code}
            className="preview-answers"
            open={open}
            onToggle={(event) => {
              const isOpen = event.currentTarget.open;
              setOpenDimensions((current) => {
                const next = new Set(current);
                if (isOpen) next.add(dimension.code);
                else next.delete(dimension.code);
                return next;
              });
            }}
          >
            <summary>
              {dimension.title[locale]} <span className="muted">({t('answered', { answered, total: indicators.length })})</span>
            </summary>
            {/* Only an unfolded dimension's fields exist, so typing stays quick in a long method. */}
            {open
              ? indicators.map((indicator) => (
                  <AnswerInput key={indicator.code} indicator={indicator} answer={answers[indicator.code]} onChange={(answer) => setAnswer(indicator.code, answer)} />
                ))
              : null}
          </details>
        );
      })}
    </>
  );
}

const NOT_APPLICABLE = 'na';

function AnswerInput({ indicator, answer, onChange }: { indicator: Indicator; answer: Answer | undefined; onChange: (answer: Answer | undefined) => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const id = `preview-${indicator.code}`;
  const isNotApplicable = typeof answer === 'object';
  const label = (
    <label htmlFor={id} className="field__label">
      <code>{indicator.code}</code> {indicator.title[locale]}
    </label>
  );
  const scale = indicator.scale;
  if (scale.kind === 'YES_NO' || scale.kind === 'ORDINAL') {
    const options =
      scale.kind === 'YES_NO'
        ? [
            { value: '1', label: scale.labels?.yes[locale] ?? t('yes') },
            { value: '0', label: scale.labels?.no[locale] ?? t('no') },
          ]
        : scale.levels.map((level) => ({ value: String(level.value), label: `${level.value} — ${level.label[locale]}` }));
    const current = answer === undefined ? '' : isNotApplicable ? NOT_APPLICABLE : String(Number(answer));
    return (
      <div className="field preview-answer">
        {label}
        <select
          id={id}
          value={current}
          onChange={(event) => {
            const value = event.target.value;
            if (value === '') onChange(undefined);
            else if (value === NOT_APPLICABLE) onChange({ notApplicable: true });
            else onChange(scale.kind === 'YES_NO' ? value === '1' : Number(value));
          }}
        >
          <option value="">{t('unanswered')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {indicator.allowNotApplicable ? <option value={NOT_APPLICABLE}>{t('notApplicable')}</option> : null}
        </select>
      </div>
    );
  }
  return <NumberAnswer id={id} label={label} indicator={indicator} answer={answer} onChange={onChange} />;
}

/** A percentage or a numeric aggregate, typed; what does not read as a number is left unanswered. */
function NumberAnswer({
  id,
  label,
  indicator,
  answer,
  onChange,
}: {
  id: string;
  label: React.ReactNode;
  indicator: Indicator;
  answer: Answer | undefined;
  onChange: (answer: Answer | undefined) => void;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  const shown = typeof answer === 'number' ? (locale === 'id' ? String(answer).replace('.', ',') : String(answer)) : '';
  const [text, setText] = useState(shown);
  // Follows a fill or a clear made with the buttons.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    if (parseDraftNumber(text) !== answer) setText(shown);
  }
  const isNotApplicable = typeof answer === 'object';
  return (
    <div className="field preview-answer">
      {label}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        disabled={isNotApplicable}
        value={isNotApplicable ? '' : text}
        onChange={(event) => {
          setText(event.target.value);
          const value = parseDraftNumber(event.target.value);
          onChange(typeof value === 'number' ? value : undefined);
        }}
      />
      {indicator.allowNotApplicable ? (
        <div className="checkbox">
          <input
            id={`${id}-na`}
            type="checkbox"
            checked={isNotApplicable}
            onChange={(event) => onChange(event.target.checked ? { notApplicable: true } : undefined)}
          />
          <label htmlFor={`${id}-na`}>
            {t('notApplicableFor')} <span className="visually-hidden">{indicator.code}</span>
          </label>
        </div>
      ) : null}
    </div>
  );
}
