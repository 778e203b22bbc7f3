import type { AnswerValue, Scale } from '@patuh/scoring';
import { defineMessages, useT } from '@patuh/ui';
import { useId } from 'react';

const messages = defineMessages(
  { yes: 'Ya', no: 'Tidak', level: '{value} — {label}', range: '{min}–{max}' },
  { yes: 'Yes', no: 'No', level: '{value} — {label}', range: '{min}–{max}' },
);

export interface AnswerControlProps {
  scale: Scale;
  value: AnswerValue;
  /** Names the control, e.g. "Jawaban baru untuk IN-KOM-02 di Dinas Sosial". */
  label: string;
  onChange: (value: AnswerValue) => void;
}

/** The control that fits an indicator's scale: yes/no, a level, a percentage or a number. */
export function AnswerControl({ scale, value, label, onChange }: AnswerControlProps) {
  const t = useT(messages);
  const id = useId();
  switch (scale.kind) {
    case 'YES_NO': {
      const yes = value === true || value === 1;
      return (
        <fieldset className="answer-control answer-control--yes-no">
          <legend className="visually-hidden">{label}</legend>
          {[true, false].map((option) => (
            <label key={String(option)} className="answer-control__choice">
              <input type="radio" name={id} checked={yes === option} onChange={() => onChange(option)} />
              {option ? (scale.labels?.yes[t.locale] ?? t('yes')) : (scale.labels?.no[t.locale] ?? t('no'))}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'ORDINAL':
      return (
        <select aria-label={label} value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
          {scale.levels.map((level) => (
            <option key={level.value} value={level.value}>
              {t('level', { value: level.value, label: level.label[t.locale] })}
            </option>
          ))}
        </select>
      );
    case 'PERCENTAGE':
    case 'NUMERIC': {
      const min = scale.kind === 'PERCENTAGE' ? 0 : Math.min(scale.normalisation.min, scale.normalisation.max);
      const max = scale.kind === 'PERCENTAGE' ? 100 : Math.max(scale.normalisation.min, scale.normalisation.max);
      const decimals = scale.decimals ?? 2;
      return (
        <span className="answer-control answer-control--number">
          <input
            type="number"
            aria-label={label}
            aria-describedby={`${id}-range`}
            min={min}
            max={max}
            step={10 ** -decimals}
            value={typeof value === 'number' ? value : 0}
            onChange={(event) => {
              const next = event.target.valueAsNumber;
              if (Number.isFinite(next)) onChange(Math.min(max, Math.max(min, next)));
            }}
          />
          <span id={`${id}-range`} className="hint">
            {t('range', { min, max })}
            {scale.kind === 'PERCENTAGE' ? ' %' : ''}
          </span>
        </span>
      );
    }
  }
}
