import { defineMessages, useT } from '@patuh/ui';
import { formatDelta } from '../format/numbers';

const messages = defineMessages(
  {
    up: 'naik {delta}',
    down: 'turun {delta}',
    same: 'tetap',
    new: 'baru dinilai',
    gradeFrom: 'dari predikat {grade}',
  },
  {
    up: 'up {delta}',
    down: 'down {delta}',
    same: 'unchanged',
    new: 'newly assessed',
    gradeFrom: 'from grade {grade}',
  },
);

export interface ScoreChangeProps {
  delta: number | null;
  grade: string;
  previousGrade: string | null;
}

/** The change since the previous published year, in words and with an arrow that only repeats them. */
export function ScoreChange({ delta, grade, previousGrade }: ScoreChangeProps) {
  const t = useT(messages);
  if (delta === null) return <span className="score-change score-change--new">{t('new')}</span>;
  const magnitude = formatDelta(Math.abs(delta), t.locale).replace('+', '');
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  return (
    <span className={`score-change score-change--${direction}`}>
      <span aria-hidden="true" className="score-change__arrow">
        {direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'}
      </span>{' '}
      {direction === 'same' ? t('same') : t(direction, { delta: magnitude })}
      {previousGrade && previousGrade !== grade ? <span className="score-change__grade"> ({t('gradeFrom', { grade: previousGrade })})</span> : null}
    </span>
  );
}
