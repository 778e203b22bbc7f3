import type { CycleStage } from '@patuh/graphql';
import { cycleStageMessages, defineMessages, useLocale, useT } from '@patuh/ui';
import { formatDate } from '../../components/format';
import { stageRows, type StageWindow } from './stages';
import { TableScroll } from '../../components/TableScroll';

const messages = defineMessages(
  {
    caption: 'Tahap dan jadwal',
    stage: 'Tahap',
    opens: 'Rencana dibuka',
    closes: 'Tenggat',
    opened: 'Dibuka pada',
    state: 'Keadaan',
    DONE: 'Selesai',
    CURRENT: 'Berjalan',
    UPCOMING: 'Belum dimulai',
    overdue: 'Lewat tenggat',
    none: '—',
    notPlanned: 'belum dijadwalkan',
  },
  {
    caption: 'Stages and schedule',
    stage: 'Stage',
    opens: 'Planned to open',
    closes: 'Deadline',
    opened: 'Opened on',
    state: 'State',
    DONE: 'Done',
    CURRENT: 'Under way',
    UPCOMING: 'Not started',
    overdue: 'Past its deadline',
    none: '—',
    notPlanned: 'not scheduled',
  },
);

/** Every stage with its window and deadline; a stage still open past its deadline says so. */
export function StageSchedule({ stages, current, now = new Date() }: { stages: readonly StageWindow[]; current: CycleStage; now?: Date }) {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const { locale } = useLocale();
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : t('none'));
  return (
    <TableScroll label={t('caption')}>
      <table className="data-table stage-table">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stage')}</th>
            <th scope="col">{t('opens')}</th>
            <th scope="col">{t('closes')}</th>
            <th scope="col">{t('opened')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {stageRows(stages, current, now).map((row) => (
            <tr key={row.stage} className={`stage-row stage-row--${row.progress.toLowerCase()}${row.overdue ? ' stage-row--overdue' : ''}`} aria-current={row.progress === 'CURRENT' ? 'step' : undefined}>
              <th scope="row">{tStage(row.stage)}</th>
              <td>{row.opensAt ? date(row.opensAt) : <span className="muted">{t('notPlanned')}</span>}</td>
              <td>{date(row.closesAt)}</td>
              <td>{date(row.openedAt)}</td>
              <td>
                <span className={`tag stage-state stage-state--${row.progress.toLowerCase()}`}>{t(row.progress)}</span>
                {row.overdue ? <span className="tag tag--overdue">{t('overdue')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
