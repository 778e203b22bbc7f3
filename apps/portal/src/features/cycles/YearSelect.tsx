import { defineMessages, useT } from '@patuh/ui';
import { useId } from 'react';

const messages = defineMessages({ year: 'Tahun penilaian' }, { year: 'Assessment year' });

export interface YearSelectProps {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  label?: string;
}

/** Picks one of the published years; the page's address follows the choice. */
export function YearSelect({ years, value, onChange, label }: YearSelectProps) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label ?? t('year')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
