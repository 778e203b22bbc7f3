import type { Indicator } from '@patuh/scoring';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { useEffect, useId, useState } from 'react';
import { answerMessages, decimalsOf, formatDecimal, parseTypedNumber } from './answerText';
import { EMPTY_ANSWER, type AnswerState } from './answers';

const messages = defineMessages(
  {
    value: 'Nilai',
    percentValue: 'Persentase (0–100)',
    range: 'Skala {min}–{max}; {direction}.',
    higherIsBetter: 'makin tinggi makin baik',
    lowerIsBetter: 'makin rendah makin baik',
    notApplicableFor: 'Tidak berlaku untuk unit ini',
    clear: 'Kosongkan jawaban',
  },
  {
    value: 'Value',
    percentValue: 'Percentage (0–100)',
    range: 'Scale {min}–{max}; {direction}.',
    higherIsBetter: 'higher is better',
    lowerIsBetter: 'lower is better',
    notApplicableFor: 'Not applicable to this unit',
    clear: 'Clear the answer',
  },
);

export interface AnswerControlProps {
  indicator: Indicator;
  answer: AnswerState | undefined;
  onChange: (answer: AnswerState) => void;
  /** The scale's objection to the answer, shown next to it. */
  error?: string | null;
  /** A number typed that is not one yet: reported so the page can say what still needs fixing. */
  onTypingProblem?: (problem: string | null) => void;
  disabled?: boolean;
}

/** The control that fits an indicator's scale: choices for yes/no and ordinal levels, a number field otherwise. */
export function AnswerControl(props: AnswerControlProps) {
  const kind = props.indicator.scale.kind;
  return kind === 'YES_NO' || kind === 'ORDINAL' ? <ChoiceAnswer {...props} /> : <NumberAnswer {...props} />;
}

const NOT_APPLICABLE = 'na';

function ChoiceAnswer({ indicator, answer, onChange, error, disabled }: AnswerControlProps) {
  const t = useT(messages);
  const tAnswer = useT(answerMessages);
  const { locale } = useLocale();
  const name = useId();
  const errorId = `${name}-error`;
  const current = answer ?? EMPTY_ANSWER;
  const scale = indicator.scale;
  const options =
    scale.kind === 'YES_NO'
      ? [
          { value: 1, label: scale.labels?.yes[locale] ?? tAnswer('yes'), description: null },
          { value: 0, label: scale.labels?.no[locale] ?? tAnswer('no'), description: null },
        ]
      : scale.kind === 'ORDINAL'
        ? scale.levels.map((level) => ({ value: level.value, label: `${level.value} — ${level.label[locale]}`, description: level.description?.[locale] ?? null }))
        : [];
  const selected = current.notApplicable ? NOT_APPLICABLE : current.value === null ? '' : String(current.value);
  const choose = (value: string) =>
    onChange(value === NOT_APPLICABLE ? { ...current, value: null, notApplicable: true } : { ...current, value: Number(value), notApplicable: false });

  return (
    <div className="answer-choices" role="radiogroup" aria-label={t('value')} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={selected === String(option.value)}
            disabled={disabled}
            onChange={(event) => choose(event.target.value)}
          />
          <span>
            {option.label}
            {option.description ? <span className="field__hint answer-choices__description">{option.description}</span> : null}
          </span>
        </label>
      ))}
      {indicator.allowNotApplicable ? (
        <label className="radio">
          <input type="radio" name={name} value={NOT_APPLICABLE} checked={selected === NOT_APPLICABLE} disabled={disabled} onChange={() => choose(NOT_APPLICABLE)} />
          <span>{t('notApplicableFor')}</span>
        </label>
      ) : null}
      {selected !== '' && !disabled ? (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange({ ...current, value: null, notApplicable: false })}>
          {t('clear')}
        </button>
      ) : null}
    </div>
  );
}

function NumberAnswer({ indicator, answer, onChange, error, onTypingProblem, disabled }: AnswerControlProps) {
  const t = useT(messages);
  const tAnswer = useT(answerMessages);
  const { locale } = useLocale();
  const id = useId();
  const current = answer ?? EMPTY_ANSWER;
  const decimals = decimalsOf(indicator);
  const shown = (value: number | null) => (value === null ? '' : formatDecimal(value, locale, decimals));
  const [text, setText] = useState(shown(current.value));
  const [typingProblem, setTypingProblem] = useState<string | null>(null);

  // A value set from elsewhere (a restored draft, a conflict resolved) replaces what is shown,
  // unless it is what the text already says.
  useEffect(() => {
    const parsed = parseTypedNumber(text, decimals);
    if (!parsed.ok || parsed.value !== current.value) {
      setText(shown(current.value));
      setTypingProblem(null);
      onTypingProblem?.(null);
    }
    // Only a change of the answer itself may overwrite what is being typed.
  }, [current.value]);

  const scale = indicator.scale;
  const hint =
    scale.kind === 'NUMERIC'
      ? [
          scale.unit?.[locale],
          t('range', {
            min: formatDecimal(scale.normalisation.min, locale),
            max: formatDecimal(scale.normalisation.max, locale),
            direction: t(scale.normalisation.direction === 'HIGHER_IS_BETTER' ? 'higherIsBetter' : 'lowerIsBetter'),
          }),
        ]
          .filter(Boolean)
          .join(' ')
      : null;
  const shownError = typingProblem ?? error ?? null;
  const describedBy = [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  const onText = (value: string) => {
    setText(value);
    const parsed = parseTypedNumber(value, decimals);
    if (!parsed.ok) {
      const problem = parsed.problem === 'tooManyDecimals' ? tAnswer('tooManyDecimals', { decimals }) : tAnswer('notANumber');
      setTypingProblem(problem);
      onTypingProblem?.(problem);
      return;
    }
    setTypingProblem(null);
    onTypingProblem?.(null);
    onChange({ ...current, value: parsed.value, notApplicable: false });
  };

  return (
    <div className="answer-number">
      <div className={`field${shownError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          {scale.kind === 'PERCENTAGE' ? t('percentValue') : t('value')}
        </label>
        {hint ? (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {shownError ? (
          <p className="field__error" id={`${id}-error`}>
            {shownError}
          </p>
        ) : null}
        <input
          id={id}
          className="input--short"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={current.notApplicable ? '' : text}
          disabled={disabled || current.notApplicable}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          onChange={(event) => onText(event.target.value)}
        />
      </div>
      {indicator.allowNotApplicable ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={current.notApplicable}
            disabled={disabled}
            onChange={(event) => {
              setTypingProblem(null);
              onTypingProblem?.(null);
              onChange({ ...current, value: null, notApplicable: event.target.checked });
            }}
          />
          <span>{t('notApplicableFor')}</span>
        </label>
      ) : null}
    </div>
  );
}
